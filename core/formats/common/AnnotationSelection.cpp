#include "core/formats/common/AnnotationSelection.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/store/ExportQueries.h"
#include "core/store/ProjectStore.h"

#include <QVariant>

#include <algorithm>

namespace candor {

bool isSingleChoiceSchema(const QString &schema)
{
    return schema == Schemas::Stance4 || schema == Schemas::Veracity3 || schema == Schemas::Oppositional2
        || schema == Schemas::Fake2;
}

AnnotationSelection AnnotationSelection::fromName(const QString &name)
{
    AnnotationSelection selection;
    if (name == QLatin1String("gold"))
        selection.layer = Layer::Gold;
    else if (name == QLatin1String("human"))
        selection.layer = Layer::Human;
    else if (name == QLatin1String("model"))
        selection.layer = Layer::Model;
    else if (name == QLatin1String("best"))
        selection.layer = Layer::Best;
    else if (name == QLatin1String("curated"))
        selection.layer = Layer::Curated;
    else
        throw Error(Error::tr("unknown annotation origin '%1' (use gold, human, curated, model or best)").arg(name));
    return selection;
}

namespace {

std::optional<qint64> latestModelForSchema(const ProjectStore &store, qint64 itemId, const QString &schema)
{
    return ExportQueries(store).latestModelForSchema(itemId, schema);
}

} // namespace

QList<Annotation> AnnotationSelection::select(const ProjectStore &store, qint64 itemId, const QString &schema) const
{
    AnnotationFilter filter;
    filter.schema = schema;
    filter.includeRejected = false;
    filter.includeIgnored = false;
    switch (layer) {
    case Layer::Gold: filter.origin = Origin::Gold; return store.annotations(itemId, filter);
    case Layer::Human:
    case Layer::Curated: {
        filter.origin = layer == Layer::Human ? Origin::Human : Origin::Curated;
        QList<Annotation> rows = store.annotations(itemId, filter);
        return isSingleChoiceSchema(schema) ? latestPerTarget(rows) : rows;
    }
    case Layer::Model: {
        filter.origin = Origin::Model;
        filter.modelVersionId = modelVersionId ? modelVersionId : latestModelForSchema(store, itemId, schema);
        if (!filter.modelVersionId)
            return {};
        return store.annotations(itemId, filter);
    }
    case Layer::Best: {
        const QList<Annotation> curated = AnnotationSelection{Layer::Curated, {}}.select(store, itemId, schema);
        if (!curated.isEmpty())
            return curated;
        const QList<Annotation> human = AnnotationSelection{Layer::Human, {}}.select(store, itemId, schema);
        if (!human.isEmpty())
            return human;
        const QList<Annotation> gold = AnnotationSelection{Layer::Gold, {}}.select(store, itemId, schema);
        if (!gold.isEmpty())
            return gold;
        QList<Annotation> model = AnnotationSelection{Layer::Model, modelVersionId}.select(store, itemId, schema);
        model.erase(std::remove_if(
                        model.begin(), model.end(), [](const Annotation &a) { return a.status != Status::Accepted; }),
            model.end());
        return model;
    }
    }
    return {};
}

QList<Annotation> latestPerTarget(QList<Annotation> rows)
{
    // One answer per (item, post) for single-choice schemas: the most recently updated one wins.
    std::stable_sort(rows.begin(), rows.end(), [](const Annotation &a, const Annotation &b) {
        if (a.postRowId != b.postRowId)
            return a.postRowId < b.postRowId;
        return a.updatedAt > b.updatedAt || (a.updatedAt == b.updatedAt && a.id > b.id);
    });
    QList<Annotation> result;
    for (const Annotation &row : rows)
        if (result.isEmpty() || result.last().postRowId != row.postRowId)
            result.append(row);
    return result;
}

} // namespace candor
