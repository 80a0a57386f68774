#include "core/formats/brat/BratExporter.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/formats/brat/BratManifest.h"
#include "core/formats/brat/BratStandoff.h"
#include "core/formats/common/ExportSupport.h"
#include "core/formats/common/InterchangeItems.h"
#include "core/formats/tabular/ExportSupport.h"
#include "core/store/ProjectStore.h"
#include "core/text/CodePoints.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

namespace candor {

namespace {

// A document name brat and every file system take: letters, digits, '.', '-', '_' of the external id.
QString documentName(int number, const QString &externalId)
{
    QString safe;
    for (const QChar c : externalId.left(60))
        safe.append(c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char('_'));
    return QStringLiteral("%1_%2").arg(number, 6, 10, QLatin1Char('0')).arg(safe);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        throw Error(Error::tr("%1: cannot write: %2").arg(path, file.errorString()));
}

QString noteOf(const Annotation &row)
{
    QStringList parts{row.schema, originName(row.origin)};
    if (!row.annotator.isEmpty())
        parts.append(row.annotator);
    if (row.score)
        parts.append(QStringLiteral("score %1").arg(*row.score, 0, 'f', 3));
    QString note = parts.join(QStringLiteral(" · "));
    note.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' '));
    return note;
}

// annotation.conf (the entity types) and visual.conf (each type's label as the window names it, its colour).
void writeConfiguration(const ProjectStore &store, const QStringList &schemas, const QString &folder)
{
    QString entities
        = QStringLiteral("# Written by Candor: the labels of %1\n[entities]\n").arg(schemas.join(QStringLiteral(", ")));
    QString labels = QStringLiteral("[labels]\n");
    QString drawing = QStringLiteral("[drawing]\n");
    QSet<QString> seen;
    for (const QString &name : schemas) {
        for (const LabelDef &label : store.schema(name).labels) {
            const QString type = brat::typeName(label.name);
            if (seen.contains(type))
                continue;
            seen.insert(type);
            entities += type + QLatin1Char('\n');
            QString shown = label.name;
            shown.replace(QLatin1Char('|'), QLatin1Char('/'));
            labels += type + QStringLiteral(" | ") + shown + QLatin1Char('\n');
            if (label.colour.isValid())
                drawing += type + QStringLiteral("\tbgColor:") + label.colour.name() + QLatin1Char('\n');
        }
    }
    writeFile(QDir(folder).filePath(QStringLiteral("annotation.conf")),
        (entities + QStringLiteral("[relations]\n[events]\n[attributes]\n")).toUtf8());
    writeFile(QDir(folder).filePath(QStringLiteral("visual.conf")), (labels + drawing).toUtf8());
}

} // namespace

qint64 BratExporter::exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
    const ProgressFn &progress, const std::atomic_bool *cancel)
{
    const QFileInfo target(outPath);
    if (target.exists() && !(target.isDir() && QDir(outPath).isEmpty()))
        throw Error(
            Error::tr("%1: exists and is not an empty folder; brat documents go into a new folder").arg(outPath));
    // Written beside the target and renamed over it at the end: a failed or cancelled export leaves nothing.
    QTemporaryDir work(target.absolutePath() + QStringLiteral("/.candor-brat-XXXXXX"));
    if (!work.isValid())
        throw Error(Error::tr("%1: cannot create a folder beside it: %2").arg(outPath, work.errorString()));

    const QList<qint64> ids = exportedItemIds(store, options.split);
    QStringList spanSchemas;
    for (const QString &schema : schemasInUse(store, options.split))
        if (!isSingleChoiceSchema(schema) && schema != Schemas::Fake2)
            spanSchemas.append(schema);
    brat::Manifest manifest;
    qint64 written = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        throwIfCancelled(cancel);
        if (progress)
            progress(i, ids.size());
        const std::optional<Item> item = itemToExport(store, ids[i], options);
        if (!item)
            continue;
        QStringList lines;
        QStringList notes;
        const CodePointMap codePoints(item->text);
        for (const QString &schema : spanSchemas) {
            for (const Annotation &row : options.selection.select(store, item->id, schema)) {
                if (!row.isSpan() || row.postRowId)
                    continue;
                const int number = int(lines.size()) + 1;
                lines.append(brat::textBoundLine(number, brat::typeName(row.label), *row.start, *row.end,
                    codePoints.mid(item->text, *row.start, *row.end)));
                notes.append(QStringLiteral("#%1\tAnnotatorNotes T%1\t%2").arg(number).arg(noteOf(row)));
            }
        }
        const QString name = documentName(int(++written), item->externalId);
        writeFile(work.filePath(name + QStringLiteral(".txt")), item->text.toUtf8());
        const QStringList all = lines + notes;
        writeFile(work.filePath(name + QStringLiteral(".ann")),
            all.isEmpty() ? QByteArray() : (all.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        manifest.add(name, {item->source, item->externalId});
    }
    throwIfCancelled(cancel);
    writeConfiguration(store, spanSchemas, work.path());
    writeFile(work.filePath(brat::Manifest::kFileName), manifest.toJson());
    if (target.exists() && !QDir().rmdir(outPath))
        throw Error(Error::tr("%1: cannot replace the empty folder").arg(outPath));
    if (!QDir().rename(work.path(), outPath))
        throw Error(Error::tr("%1: cannot move the finished export into place").arg(outPath));
    work.setAutoRemove(false);
    if (progress)
        progress(ids.size(), ids.size());
    return written;
}

} // namespace candor
