#include "core/agreement/Curation.h"

#include "core/domain/Error.h"
#include "core/formats/common/AnnotationSelection.h"
#include "core/store/ProjectStore.h"

#include <QMap>

#include <tuple>

namespace candor {

namespace {

QList<Annotation> rowsOf(const ProjectStore &store, qint64 itemId, const QString &schema, Origin origin)
{
    AnnotationFilter filter;
    filter.schema = schema;
    filter.origin = origin;
    filter.includeRejected = false;
    filter.includeIgnored = false;
    return store.annotations(itemId, filter);
}

auto sameAnswer(const Annotation &row)
{
    return std::make_tuple(row.postRowId.value_or(0), row.label, row.start.value_or(-1), row.end.value_or(-1));
}

} // namespace

QList<CurationVersion> curationVersions(const ProjectStore &store, qint64 itemId, const QString &schema)
{
    QList<CurationVersion> versions;
    const auto add = [&versions](const QString &name, const QList<Annotation> &rows) {
        if (!rows.isEmpty())
            versions.append({name, rows});
    };
    add(QStringLiteral("curated"), rowsOf(store, itemId, schema, Origin::Curated));
    QMap<QString, QList<Annotation>> byAnnotator; // sorted by name
    for (const Annotation &row : rowsOf(store, itemId, schema, Origin::Human))
        byAnnotator[row.annotator].append(row);
    // A single-choice schema (stance, veracity, fake-2): an annotator's answer is their latest row per target.
    const bool single = isSingleChoiceSchema(schema);
    for (auto it = byAnnotator.cbegin(); it != byAnnotator.cend(); ++it)
        add(QStringLiteral("human:") + it.key(), single ? latestPerTarget(it.value()) : it.value());
    add(QStringLiteral("gold"), rowsOf(store, itemId, schema, Origin::Gold));
    AnnotationSelection model;
    model.layer = AnnotationSelection::Layer::Model;
    add(QStringLiteral("model"), model.select(store, itemId, schema));
    return versions;
}

QList<Annotation> curationVersion(const ProjectStore &store, qint64 itemId, const QString &schema, const QString &name)
{
    const QList<CurationVersion> versions = curationVersions(store, itemId, schema);
    QStringList names;
    for (const CurationVersion &version : versions) {
        if (version.name == name)
            return version.rows;
        names.append(version.name);
    }
    throw Error(Error::tr("item %1 has no %2 version in %3 (it has: %4)")
                    .arg(itemId)
                    .arg(name, schema, names.isEmpty() ? Error::tr("none") : names.join(QStringLiteral(", "))));
}

QList<Annotation> settleCuration(
    ProjectStore &store, qint64 itemId, const QString &schema, QList<Annotation> rows, const QString &curator)
{
    std::sort(rows.begin(), rows.end(),
        [](const Annotation &a, const Annotation &b) { return sameAnswer(a) < sameAnswer(b); });
    // Rows merged from several versions may give one target two answers where the schema takes one.
    if (isSingleChoiceSchema(schema))
        for (qsizetype i = 1; i < rows.size(); ++i) {
            if (rows[i].postRowId != rows[i - 1].postRowId || rows[i].label == rows[i - 1].label)
                continue;
            QString target = Error::tr("the item");
            if (rows[i].postRowId) // the post as its thread names it, not its row id
                for (const ThreadPost &post : store.posts(itemId))
                    if (post.id == *rows[i].postRowId)
                        target = Error::tr("post %1").arg(post.postId);
            throw Error(Error::tr("item %1: the rows to settle give %2 two answers in %3 (%4 and %5); %3 takes one")
                            .arg(QString::number(itemId), target, schema, rows[i - 1].label, rows[i].label));
        }
    auto transaction = store.transaction();
    const QList<Annotation> replaced = rowsOf(store, itemId, schema, Origin::Curated);
    // Rejected or ignored curated rows too: the settlement replaces the whole layer.
    AnnotationFilter all;
    all.schema = schema;
    all.origin = Origin::Curated;
    for (const Annotation &row : store.annotations(itemId, all))
        store.deleteAnnotation(row.id);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i > 0 && sameAnswer(rows[i]) == sameAnswer(rows[i - 1]))
            continue;
        Annotation row = rows[i];
        if (row.schema != schema)
            throw Error(Error::tr("a %1 row cannot settle %2").arg(row.schema, schema));
        row.id = 0;
        row.itemId = itemId;
        row.origin = Origin::Curated;
        row.status = Status::Accepted;
        row.modelVersionId.reset();
        row.score.reset();
        row.createdAt = {};
        row.updatedAt = {};
        if (!curator.isEmpty())
            row.annotator = curator;
        store.addAnnotation(row);
    }
    transaction.commit();
    return replaced;
}

} // namespace candor
