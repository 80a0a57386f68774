#include "bench/crash/AnnotationOps.h"

#include "core/domain/LabelSchema.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"

#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace candor::bench {

bool AnnotationFact::operator<(const AnnotationFact &other) const
{
    return std::tie(itemId, label, status) < std::tie(other.itemId, other.label, other.status);
}

bool AnnotationFact::operator==(const AnnotationFact &other) const
{
    return itemId == other.itemId && label == other.label && status == other.status;
}

AnnotationTargets AnnotationTargets::of(const ProjectStore &store)
{
    AnnotationTargets targets;
    QSqlQuery items
        = sql::prepare(storeConnection(store), QStringLiteral("SELECT id FROM items WHERE kind = 'meme' ORDER BY id"));
    sql::exec(items);
    while (items.next())
        targets.items.append(items.value(0).toLongLong());
    targets.labels = store.schema(Schemas::Persuasion22).labelNames();
    return targets;
}

namespace {

// The op sequence, shared by the driver (which writes) and the checker (which only counts): both walk it with
// the same generator and the same list of live annotations, so they make the same choices.
template <typename Add, typename SetStatus, typename Delete>
void walk(const AnnotationTargets &targets, quint32 seed, int count, Add add, SetStatus setStatus, Delete remove)
{
    QRandomGenerator random(seed);
    int live = 0;
    for (int op = 0; op < count; ++op) {
        const int roll = int(random.bounded(10));
        if (live == 0 || roll < 5) {
            add(targets.items[int(random.bounded(int(targets.items.size())))],
                targets.labels[int(random.bounded(int(targets.labels.size())))]);
            ++live;
        } else if (roll < 8) {
            const Status status = random.bounded(2) ? Status::Rejected : Status::Accepted;
            setStatus(int(random.bounded(live)), status);
        } else {
            remove(int(random.bounded(live)));
            --live;
        }
    }
}

} // namespace

void runAnnotationOps(ProjectStore &store, const AnnotationTargets &targets, quint32 seed, int count,
    const std::function<void(int)> &acknowledged)
{
    QList<qint64> live; // annotation ids, in the order the walk knows them
    int done = 0;
    walk(
        targets, seed, count,
        [&](qint64 item, const QString &label) {
            Annotation annotation;
            annotation.itemId = item;
            annotation.schema = Schemas::Persuasion22;
            annotation.label = label;
            annotation.origin = Origin::Human;
            annotation.annotator = kTrialAnnotator;
            annotation.status = Status::Accepted;
            live.append(store.addAnnotation(annotation));
            acknowledged(++done);
        },
        [&](int index, Status status) {
            store.setAnnotationStatus(live[index], status);
            acknowledged(++done);
        },
        [&](int index) {
            store.deleteAnnotation(live.takeAt(index));
            acknowledged(++done);
        });
}

QList<AnnotationFact> expectedAnnotations(const AnnotationTargets &targets, quint32 seed, int done)
{
    QList<AnnotationFact> live;
    walk(
        targets, seed, done,
        [&](qint64 item, const QString &label) {
            live.append({item, label, Status::Accepted});
        },
        [&](int index, Status status) { live[index].status = status; }, [&](int index) { live.removeAt(index); });
    std::sort(live.begin(), live.end());
    return live;
}

QList<AnnotationFact> storedAnnotations(const ProjectStore &store)
{
    QSqlQuery query = sql::prepare(storeConnection(store),
        QStringLiteral("SELECT a.item_id, l.name, a.status FROM annotations a JOIN labels l ON l.id = a.label_id"
                       " WHERE a.origin = 'human' AND a.annotator = ?"));
    query.addBindValue(kTrialAnnotator);
    sql::exec(query);
    QList<AnnotationFact> facts;
    while (query.next())
        facts.append(
            {query.value(0).toLongLong(), query.value(1).toString(), statusFromName(query.value(2).toString())});
    std::sort(facts.begin(), facts.end());
    return facts;
}

} // namespace candor::bench
