#pragma once

// A small project with three annotators whose agreement figures are worked out by hand in TestAgreementReport and
// checked again through candor-cli in TestAgreementCommand. Rows that must not count ride along: a rejected human
// row, an accepted model row, a gold row, and a superseded stance answer.

#include "core/store/ProjectStore.h"

namespace candor::fixture {

inline qint64 agreementItem(ProjectStore &store, ItemKind kind, const QString &id)
{
    Item item;
    item.kind = kind;
    item.source = QStringLiteral("fixture");
    item.externalId = id;
    item.text = QStringLiteral("Some text that is long enough for spans to sit in it.");
    return store.upsertItem(item).id;
}

inline void agreementRow(ProjectStore &store, qint64 item, const QString &schema, const QString &label,
    const QString &annotator, std::optional<int> start = {}, std::optional<int> end = {},
    std::optional<qint64> post = {}, Status status = Status::Accepted)
{
    Annotation a;
    a.itemId = item;
    a.postRowId = post;
    a.schema = schema;
    a.label = label;
    a.start = start;
    a.end = end;
    a.origin = Origin::Human;
    a.annotator = annotator;
    a.status = status;
    store.addAnnotation(a);
}

// persuasion-20 item labels (S = Smears, L = Loaded Language):
//   item 1: ana {S, L}, ben {S}, cy {S};  item 2: ana {L}, ben {L};  item 3: ana {S}, ben {L}, cy {S};
//   item 4: ben {S} (nobody else: not pairable).
// persuasion-20 spans on item 1: ana S [0,10), L [20,30); ben S [0,10), L [25,30).
// stance-4 on the three posts of a thread: ana support, deny, comment; ben support, query (after an earlier
// support on the same post, which the later row replaces), comment.
// oppositional-2 on item 1 by ana only.
inline void buildAgreementProject(const QString &path)
{
    ProjectStore::create(path);
    ProjectStore store(path);
    const QString p20 = QStringLiteral("persuasion-20");
    const QString smears = QStringLiteral("Smears");
    const QString loaded = QStringLiteral("Loaded Language");
    const QString ana = QStringLiteral("ana"), ben = QStringLiteral("ben"), cy = QStringLiteral("cy");
    qint64 items[5] = {};
    for (int i = 1; i <= 4; ++i)
        items[i] = agreementItem(store, ItemKind::Post, QStringLiteral("p%1").arg(i));
    agreementRow(store, items[1], p20, smears, ana);
    agreementRow(store, items[1], p20, loaded, ana);
    agreementRow(store, items[1], p20, smears, ben);
    agreementRow(store, items[1], p20, smears, cy);
    agreementRow(store, items[2], p20, loaded, ana);
    agreementRow(store, items[2], p20, loaded, ben);
    agreementRow(store, items[3], p20, smears, ana);
    agreementRow(store, items[3], p20, loaded, ben);
    agreementRow(store, items[3], p20, smears, cy);
    agreementRow(store, items[4], p20, smears, ben);
    // Not counted: cy's rejected row on item 2, a model row a person accepted, a gold row.
    agreementRow(store, items[2], p20, QStringLiteral("Doubt"), cy, {}, {}, {}, Status::Rejected);
    ModelVersion version;
    version.task = QStringLiteral("persuasion-labels");
    version.name = QStringLiteral("v1");
    version.createdAt = QDateTime::currentDateTimeUtc();
    Annotation model;
    model.itemId = items[2];
    model.schema = p20;
    model.label = smears;
    model.origin = Origin::Model;
    model.modelVersionId = store.addModelVersion(version);
    model.status = Status::Accepted;
    store.addAnnotation(model);
    Annotation gold = model;
    gold.origin = Origin::Gold;
    gold.modelVersionId.reset();
    store.addAnnotation(gold);

    agreementRow(store, items[1], p20, smears, ana, 0, 10);
    agreementRow(store, items[1], p20, loaded, ana, 20, 30);
    agreementRow(store, items[1], p20, smears, ben, 0, 10);
    agreementRow(store, items[1], p20, loaded, ben, 25, 30);

    const qint64 thread = agreementItem(store, ItemKind::Thread, QStringLiteral("t1"));
    qint64 posts[3] = {};
    for (int p = 0; p < 3; ++p) {
        ThreadPost post;
        post.itemId = thread;
        post.postId = QStringLiteral("post%1").arg(p);
        post.text = QStringLiteral("post");
        posts[p] = store.upsertPost(post).id;
    }
    const QString stance = QStringLiteral("stance-4");
    agreementRow(store, thread, stance, QStringLiteral("support"), ana, {}, {}, posts[0]);
    agreementRow(store, thread, stance, QStringLiteral("deny"), ana, {}, {}, posts[1]);
    agreementRow(store, thread, stance, QStringLiteral("comment"), ana, {}, {}, posts[2]);
    agreementRow(store, thread, stance, QStringLiteral("support"), ben, {}, {}, posts[0]);
    agreementRow(store, thread, stance, QStringLiteral("support"), ben, {}, {}, posts[1]);
    agreementRow(store, thread, stance, QStringLiteral("query"), ben, {}, {}, posts[1]);
    agreementRow(store, thread, stance, QStringLiteral("comment"), ben, {}, {}, posts[2]);

    agreementRow(store, items[1], QStringLiteral("oppositional-2"), QStringLiteral("CONSPIRACY"), ana);
}

} // namespace candor::fixture
