#include "core/formats/brat/BratImporter.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/formats/brat/BratManifest.h"
#include "core/formats/brat/BratStandoff.h"
#include "core/formats/common/InterchangeItems.h"
#include "core/formats/common/SafePaths.h"
#include "core/text/CodePoints.h"

#include <QFileInfo>
#include <QSet>

namespace candor {

namespace {

struct Document
{
    QString name; // the file name without .txt / .ann
    QString text; // path of the .txt
    QString ann; // path of the .ann
};

// The documents of a folder (every .ann with its .txt beside it), or the pair one file belongs to.
QList<Document> documentsOf(const QString &path)
{
    const QFileInfo info(path);
    QList<Document> documents;
    if (info.isDir()) {
        for (const QFileInfo &entry : listFolder(path, QDir::Files, {QStringLiteral("*.ann")})) {
            const QString text = entry.path() + QLatin1Char('/') + entry.completeBaseName() + QStringLiteral(".txt");
            if (isRegularFile(text))
                documents.append({entry.completeBaseName(), text, entry.filePath()});
        }
        return documents;
    }
    const QString suffix = info.suffix().toLower();
    if (suffix != QLatin1String("ann") && suffix != QLatin1String("txt"))
        return documents;
    const QString stem = info.path() + QLatin1Char('/') + info.completeBaseName();
    if (isRegularFile(stem + QStringLiteral(".txt")) && isRegularFile(stem + QStringLiteral(".ann")))
        documents.append({info.completeBaseName(), stem + QStringLiteral(".txt"), stem + QStringLiteral(".ann")});
    return documents;
}

QString readText(const QString &path)
{
    const QString text = decodeUtf8Strict(readFileLimited(path, kMaxJsonFileBytes), path);
    if (text.size() > kMaxRecordTextChars)
        throw Error(Error::tr("%1: the text has %2 UTF-16 units, more than the %3 a record may hold")
                        .arg(path)
                        .arg(text.size())
                        .arg(kMaxRecordTextChars));
    return text;
}

// brat type name -> label of `schema` (the first label when two share a type name).
QHash<QString, QString> typesOf(const LabelSchema &schema)
{
    QHash<QString, QString> types;
    for (const QString &label : schema.labelNames(true))
        if (!types.contains(brat::typeName(label)))
            types.insert(brat::typeName(label), label);
    return types;
}

// The schema named in the mapping, else the one whose labels cover the most of the types used (the types it lacks
// are reported span by span); on a tie the span schemas of the built-in tasks first (persuasion-20 before
// persuasion-22, which holds the same text techniques), then the rest in the project's order.
LabelSchema chooseSchema(
    const ProjectStore &store, const QSet<QString> &types, const QString &requested, const QString &path)
{
    const QList<LabelSchema> schemas = store.schemas();
    if (!requested.isEmpty()) {
        for (const LabelSchema &schema : schemas)
            if (schema.name == requested)
                return schema;
        throw Error(Error::tr("%1: the project has no label schema '%2'").arg(path, requested));
    }
    QList<LabelSchema> ordered;
    for (const QString &first : {Schemas::Persuasion20, Schemas::Narrative6})
        for (const LabelSchema &schema : schemas)
            if (schema.name == first)
                ordered.append(schema);
    for (const LabelSchema &schema : schemas)
        if (schema.name != Schemas::Persuasion20 && schema.name != Schemas::Narrative6)
            ordered.append(schema);
    const LabelSchema *best = nullptr;
    qsizetype bestCovered = 0;
    for (const LabelSchema &schema : ordered) {
        const QHash<QString, QString> known = typesOf(schema);
        const qsizetype covered
            = std::count_if(types.begin(), types.end(), [&known](const QString &type) { return known.contains(type); });
        if (covered > bestCovered) {
            best = &schema;
            bestCovered = covered;
        }
    }
    if (best)
        return *best;
    if (types.isEmpty()) // nothing annotated yet: the texts alone are imported
        return ordered.value(0);
    QStringList sorted(types.begin(), types.end());
    sorted.sort();
    throw Error(Error::tr("%1: no label schema has any of the types these documents use (%2); name one with --map "
                          "schema=NAME")
                    .arg(path, sorted.join(QStringLiteral(", ")).left(400)));
}

} // namespace

QString BratImporter::description() const
{
    return QStringLiteral("brat standoff (.txt + .ann pairs): text-bound annotations as spans, offsets in code points "
                          "checked against their quoted text");
}

bool BratImporter::recognises(const QString &path) const
{
    try {
        return !documentsOf(path).isEmpty();
    } catch (const Error &) {
        return false;
    }
}

void BratImporter::import(
    ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context)
{
    const QList<Document> documents = documentsOf(path);
    if (documents.isEmpty())
        throw Error(Error::tr("%1: no brat document (a .ann file with its .txt beside it)").arg(path));
    const QString folder = QFileInfo(path).isDir() ? path : QFileInfo(path).path();
    const brat::Manifest manifest = brat::Manifest::read(folder);

    // Every document's annotations are read first: the schema must cover the types of all of them.
    // A .ann that cannot be read is that document's issue, reported when its turn comes.
    QList<brat::AnnFile> files;
    QStringList unreadable;
    QSet<QString> types;
    for (const Document &document : documents) {
        try {
            files.append(brat::parseAnn(readText(document.ann)));
            unreadable.append(QString());
        } catch (const Error &error) {
            files.append(brat::AnnFile());
            unreadable.append(error.message());
        }
        for (const brat::TextBound &span : files.last().spans)
            types.insert(span.type);
    }
    const LabelSchema schema
        = chooseSchema(store, types, options.mapping.value(QStringLiteral("schema")).toString(), path);
    const QHash<QString, QString> labelOf = typesOf(schema);
    const QString split = options.split.isEmpty() ? splitFromPath(path) : options.split;
    const QString source = options.mapping.value(QStringLiteral("source"), QStringLiteral("brat")).toString();

    for (qsizetype d = 0; d < documents.size() && !context.isCancelled(); ++d) {
        const Document &document = documents[d];
        const brat::AnnFile &ann = files[d];
        context.progress(d, documents.size(), document.name);
        context.record(store, document.ann, document.name, [&] {
            if (!unreadable[d].isEmpty())
                throw Error(unreadable[d]);
            const QString text = readText(document.text);
            const std::optional<brat::ManifestEntry> exported = manifest.entry(document.name);
            qint64 itemId = 0;
            if (exported) {
                // Back onto the item it was exported from, whose text the offsets must still fit.
                itemId = itemExportedFrom(store, exported->source, exported->externalId, text);
            } else {
                Item item;
                item.kind = ItemKind::Post;
                item.source = source;
                item.externalId = document.name;
                item.split = split;
                item.text = text;
                item.metadata.insert(QStringLiteral("file"), QFileInfo(document.text).fileName());
                const UpsertResult stored = store.upsertItem(item);
                context.count(stored.outcome);
                itemId = stored.id;
            }
            for (const QString &problem : ann.problems)
                context.addIssue(document.ann, document.name, problem);
            if (ann.leftOut > 0)
                context.addWarning(document.ann, document.name,
                    ImportIssue::tr(
                        "%n relation, event, attribute or normalisation line(s) left out", nullptr, ann.leftOut));

            const CodePointMap codePoints(text);
            AnnotationFilter mine;
            mine.origin = Origin::Human;
            mine.schema = schema.name;
            const QList<Annotation> existing
                = options.annotator.isEmpty() ? QList<Annotation>() : store.annotations(itemId, mine);
            for (const brat::TextBound &span : ann.spans) {
                const QString label = labelOf.value(span.type);
                if (label.isEmpty()) {
                    context.addIssue(document.ann, span.id,
                        ImportIssue::tr("type '%1' is no label of %2").arg(span.type.left(80), schema.name));
                    continue;
                }
                QStringList covered;
                bool inside = true;
                for (const auto &[start, end] : span.fragments) {
                    inside = inside && end <= codePoints.length();
                    if (inside)
                        covered.append(codePoints.mid(text, start, end));
                }
                if (!inside) {
                    context.addIssue(document.ann, span.id,
                        ImportIssue::tr("line %1: the span ends after the text's %2 code points")
                            .arg(span.line)
                            .arg(codePoints.length()));
                    continue;
                }
                // brat quotes a discontinuous span's fragments joined by a space; newlines quoted as spaces.
                QString quoted = covered.join(QLatin1Char(' '));
                quoted.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
                quoted.replace(QLatin1Char('\t'), QLatin1Char(' '));
                if (!span.text.isEmpty() && span.text != quoted) {
                    context.addIssue(document.ann, span.id,
                        ImportIssue::tr("line %1: the file quotes \"%2\" but the text has \"%3\" there (offsets "
                                        "counted in other units?)")
                            .arg(span.line)
                            .arg(span.text.left(80), quoted.left(80)));
                    continue;
                }
                if (span.fragments.size() > 1)
                    context.addWarning(document.ann, span.id,
                        ImportIssue::tr("a discontinuous span is stored as %n span(s), one per fragment", nullptr,
                            int(span.fragments.size())));
                for (const auto &[start, end] : span.fragments) {
                    Annotation row;
                    row.itemId = itemId;
                    row.schema = schema.name;
                    row.label = label;
                    row.start = start;
                    row.end = end;
                    if (!options.annotator.isEmpty()) {
                        row.origin = Origin::Human;
                        row.annotator = options.annotator;
                        if (hasHumanRow(existing, row))
                            continue;
                    }
                    if (store.addAnnotation(row) != 0)
                        ++context.report().annotationsAdded;
                }
            }
        });
    }
    context.progress(documents.size(), documents.size(), {});
}

} // namespace candor
