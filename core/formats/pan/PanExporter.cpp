#include "core/formats/pan/PanExporter.h"

#include "core/domain/LabelSchema.h"
#include "core/formats/common/ExportSupport.h"
#include "core/store/ProjectStore.h"
#include "core/text/CodePoints.h"

#include <QJsonArray>

#include <algorithm>
#include <tuple>

namespace candor {

namespace {

QString annotatorOf(const Annotation &a)
{
    if (!a.annotator.isEmpty())
        return a.annotator;
    switch (a.origin) {
    case Origin::Gold: return QStringLiteral("gold_label");
    case Origin::Human: return QStringLiteral("human");
    case Origin::Curated: return QStringLiteral("curated");
    case Origin::Model: return QStringLiteral("model-%1").arg(a.modelVersionId.value_or(0));
    }
    return {};
}

// Single choice: the highest-scoring row (model rows may hold both categories with their probabilities).
QString categoryOf(const QList<Annotation> &rows)
{
    const Annotation *best = nullptr;
    for (const Annotation &row : rows)
        if (!row.isSpan() && !row.postRowId && (!best || row.score.value_or(1.0) > best->score.value_or(1.0)))
            best = &row;
    return best ? best->label : QString();
}

QList<Annotation> spansOf(const ProjectStore &store, qint64 itemId, const ExportOptions &options)
{
    QList<Annotation> rows = options.selection.select(store, itemId, Schemas::Narrative6);
    const bool humanChosen
        = std::any_of(rows.cbegin(), rows.cend(), [](const Annotation &a) { return a.origin != Origin::Gold; });
    const auto layer = options.selection.layer;
    if (layer == AnnotationSelection::Layer::Gold || (layer == AnnotationSelection::Layer::Best && !humanChosen)) {
        AnnotationFilter ignored;
        ignored.origin = Origin::Gold;
        ignored.schema = Schemas::Narrative6;
        ignored.includeRejected = false;
        for (const Annotation &row : store.annotations(itemId, ignored))
            if (row.status == Status::Ignored)
                rows.append(row);
    }
    rows.erase(std::remove_if(rows.begin(), rows.end(), [](const Annotation &a) { return !a.isSpan(); }), rows.end());
    std::sort(rows.begin(), rows.end(), [](const Annotation &a, const Annotation &b) {
        return std::tie(*a.start, *a.end, a.label) < std::tie(*b.start, *b.end, b.label);
    });
    return rows;
}

} // namespace

qint64 PanExporter::exportTo(const ProjectStore &store, const QString &outPath, const ExportOptions &options,
    const ProgressFn &progress, const std::atomic_bool *cancel)
{
    const QList<qint64> ids = itemIdsForExport(store, ItemKind::Message, options);
    JsonArrayWriter writer(outPath);
    qint64 written = 0;
    for (qint64 id : ids) {
        throwIfCancelled(cancel);
        const Item item = store.item(id).value();
        const QString panId = item.metadata.value(QLatin1String("pan_id")).toString();
        QJsonObject record{
            {QStringLiteral("id"), panId.isEmpty() ? item.externalId : panId}, {QStringLiteral("text"), item.text}};
        const QString category = categoryOf(options.selection.select(store, id, Schemas::Oppositional2));
        if (!category.isEmpty())
            record.insert(QStringLiteral("category"), category);
        const CodePointMap map(item.text);
        QJsonArray spans;
        for (const Annotation &span : spansOf(store, id, options)) {
            if (*span.end > map.length())
                continue;
            spans.append(QJsonObject{{QStringLiteral("category"), span.label},
                {QStringLiteral("start_char"), *span.start}, {QStringLiteral("end_char"), *span.end},
                {QStringLiteral("span_text"), map.mid(item.text, *span.start, *span.end)},
                {QStringLiteral("annotator"), annotatorOf(span)}});
        }
        record.insert(QStringLiteral("annotations"), spans);
        writer.append(record);
        ++written;
        if (progress)
            progress(written, ids.size());
    }
    writer.commit();
    return written;
}

} // namespace candor
