#include "core/formats/brat/BratExporter.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/formats/brat/BratManifest.h"
#include "core/formats/brat/BratStandoff.h"
#include "core/formats/common/ExportFolder.h"
#include "core/formats/common/ExportSupport.h"
#include "core/formats/common/InterchangeItems.h"
#include "core/formats/tabular/ExportSupport.h"
#include "core/formats/tokens/TokenisedItems.h"
#include "core/store/ProjectStore.h"
#include "core/text/CodePoints.h"

#include <QSet>

namespace candor {

namespace {

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
void writeConfiguration(const ProjectStore &store, const QStringList &schemas, ExportFolder &folder)
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
    folder.writeFile(QStringLiteral("annotation.conf"),
        (entities + QStringLiteral("[relations]\n[events]\n[attributes]\n")).toUtf8());
    folder.writeFile(QStringLiteral("visual.conf"), (labels + drawing).toUtf8());
}

} // namespace

qint64 BratExporter::exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
    const ProgressFn &progress, const std::atomic_bool *cancel)
{
    ExportFolder folder(outPath);
    const QList<qint64> ids = exportedItemIds(store, options.split);
    const QStringList spanSchemas = tokens::spanSchemasToExport(store, options);
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
        const QString name = documentFileName(int(++written), item->externalId);
        folder.writeFile(name + QStringLiteral(".txt"), item->text.toUtf8());
        const QStringList all = lines + notes;
        folder.writeFile(name + QStringLiteral(".ann"),
            all.isEmpty() ? QByteArray() : (all.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        manifest.add(name, {item->source, item->externalId});
    }
    throwIfCancelled(cancel);
    writeConfiguration(store, spanSchemas, folder);
    folder.writeFile(brat::Manifest::kFileName, manifest.toJson());
    folder.commit();
    if (progress)
        progress(ids.size(), ids.size());
    return written;
}

} // namespace candor
