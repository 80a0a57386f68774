#include "core/store/PostVerdict.h"

#include "core/domain/LabelSchema.h"

namespace candor {

namespace {

const QString kTask = QStringLiteral("post-veracity");

bool newer(const Annotation &a, const Annotation &b)
{
    return a.updatedAt > b.updatedAt || (a.updatedAt == b.updatedAt && a.id > b.id);
}

} // namespace

PostVerdict PostVerdict::of(const ProjectStore &store, qint64 itemId)
{
    AnnotationFilter filter;
    filter.schema = Schemas::Fake2;
    filter.includeRejected = false;
    const QList<Annotation> rows = store.annotations(itemId, filter);

    PostVerdict verdict;
    QList<Annotation> modelRows;
    for (const Annotation &row : rows) {
        if (row.postRowId || row.isSpan())
            continue;
        switch (row.origin) {
        case Origin::Gold:
            if (!verdict.gold)
                verdict.gold = row;
            break;
        case Origin::Human:
            if (!verdict.human || (verdict.human->origin != Origin::Curated && newer(row, *verdict.human)))
                verdict.human = row;
            break;
        case Origin::Curated: // the curator's settlement outranks every annotator's answer
            if (!verdict.human || verdict.human->origin != Origin::Curated || newer(row, *verdict.human))
                verdict.human = row;
            break;
        case Origin::Model:
            if (row.modelVersionId && row.score)
                modelRows.append(row);
            break;
        }
    }
    if (modelRows.isEmpty())
        return verdict;

    std::optional<qint64> version;
    if (const std::optional<ModelVersion> current = store.currentModelVersion(kTask))
        for (const Annotation &row : modelRows)
            if (*row.modelVersionId == current->id)
                version = current->id;
    if (!version)
        for (const Annotation &row : modelRows)
            if (!version || *row.modelVersionId > *version)
                version = *row.modelVersionId;
    for (const Annotation &row : modelRows) {
        if (*row.modelVersionId != *version)
            continue;
        if (row.label == QLatin1String("fake"))
            verdict.fakeProbability = *row.score;
        else if (row.label == QLatin1String("real") && !verdict.fakeProbability)
            verdict.fakeProbability = 1.0 - *row.score;
    }
    verdict.model = store.modelVersion(*version);
    return verdict;
}

} // namespace candor
