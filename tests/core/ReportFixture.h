#pragma once

// A small project whose report numbers are worked out by hand in TestReportModel: three SemEval-like posts,
// two RumourEval-like threads, two PAN-like messages, two model versions of one task. `hostile` replaces the
// texts, sources and ids with attacks on an HTML page (TestReportHtml).

#include "core/store/ProjectStore.h"

#include <QJsonArray>

namespace candor::fixture {

struct ReportTexts
{
    QString first = QStringLiteral("Aaaa Bbbb Cccc Dddd");
    QString second = QStringLiteral("Eeee Ffff");
    QString third = QStringLiteral("Gggg");
    QString alpha = QStringLiteral("alpha");
    QString threadText = QStringLiteral("The source tweet");
};

inline qint64 addItem(ProjectStore &store, ItemKind kind, const QString &source, const QString &id, const QString &text,
    const QString &language, const QString &split, const QString &date)
{
    Item item;
    item.kind = kind;
    item.source = source;
    item.externalId = id;
    item.text = text;
    item.language = language;
    item.split = split;
    if (!date.isEmpty())
        item.createdAt = QDateTime::fromString(date, Qt::ISODate);
    return store.upsertItem(item).id;
}

inline void annotate(ProjectStore &store, qint64 item, const QString &schema, const QString &label, Origin origin,
    std::optional<int> start = {}, std::optional<int> end = {}, std::optional<qint64> post = {},
    std::optional<qint64> version = {}, std::optional<double> score = {}, Status status = Status::Accepted)
{
    Annotation a;
    a.itemId = item;
    a.postRowId = post;
    a.schema = schema;
    a.label = label;
    a.start = start;
    a.end = end;
    a.origin = origin;
    a.annotator = origin == Origin::Human ? QStringLiteral("ana") : QString();
    a.modelVersionId = version;
    a.score = score;
    a.status = status;
    store.addAnnotation(a);
}

inline qint64 addPost(ProjectStore &store, qint64 item, const QString &id, const QString &parent)
{
    ThreadPost post;
    post.itemId = item;
    post.postId = id;
    post.parentPostId = parent;
    post.text = QStringLiteral("post ") + id;
    return store.upsertPost(post).id;
}

inline void buildReportProject(const QString &path, const ReportTexts &texts = {})
{
    ProjectStore::create(path);
    ProjectStore store(path);
    const QString p20 = QStringLiteral("persuasion-20");
    const QString smears = QStringLiteral("Smears");
    const QString loaded = QStringLiteral("Loaded Language");

    ModelVersion old;
    old.task = QStringLiteral("persuasion-labels");
    old.name = QStringLiteral("old");
    old.createdAt = QDateTime::fromString(QStringLiteral("2024-01-01T00:00:00Z"), Qt::ISODate);
    store.addModelVersion(old);
    ModelVersion current = old;
    current.name = QStringLiteral("labels v2");
    current.createdAt = QDateTime::fromString(QStringLiteral("2024-02-01T00:00:00Z"), Qt::ISODate);
    current.metrics = QJsonObject{{QStringLiteral("dev"), QJsonObject{{QStringLiteral("micro_f1"), 0.6}}},
        {QStringLiteral("baseline"),
            QJsonObject{{QStringLiteral("metric"), QStringLiteral("micro_f1")}, {QStringLiteral("dev"), 0.7},
                {QStringLiteral("cv"), QJsonObject{{QStringLiteral("mean"), 0.68}, {QStringLiteral("sd"), 0.01}}},
                {QStringLiteral("answer"), QJsonArray{smears}}}}};
    current.dataSnapshot = QJsonObject{{QStringLiteral("train"), QJsonObject{{QStringLiteral("items"), 3}}}};
    const qint64 version = store.addModelVersion(current);

    const qint64 p1 = addItem(store, ItemKind::Post, texts.alpha, QStringLiteral("p1"), texts.first,
        QStringLiteral("en"), QStringLiteral("train"), QStringLiteral("2021-01-05T10:00:00Z"));
    annotate(store, p1, p20, smears, Origin::Gold, 0, 4);
    annotate(store, p1, p20, loaded, Origin::Gold, 5, 9);
    const qint64 p2 = addItem(store, ItemKind::Post, texts.alpha, QStringLiteral("p2"), texts.second,
        QStringLiteral("en"), QStringLiteral("dev"), QStringLiteral("2021-02-10T10:00:00Z"));
    annotate(store, p2, p20, smears, Origin::Gold);
    annotate(store, p2, p20, loaded, Origin::Model, 5, 9, {}, version, 0.9);
    annotate(store, p2, p20, smears, Origin::Model, 0, 4, {}, version, 0.3); // under the 0.5 threshold
    const qint64 p3 = addItem(store, ItemKind::Post, QStringLiteral("beta"), QStringLiteral("p3"), texts.third,
        QStringLiteral("es"), QStringLiteral("train"), {});
    annotate(store, p3, p20, loaded, Origin::Human, 0, 4);
    annotate(store, p3, p20, smears, Origin::Gold, {}, {}, {}, {}, {}, Status::Rejected);

    const QString stance = QStringLiteral("stance-4");
    const qint64 t1 = addItem(store, ItemKind::Thread, QStringLiteral("rumours"), QStringLiteral("t1"),
        texts.threadText, QStringLiteral("en"), QStringLiteral("train"), {});
    annotate(store, t1, QStringLiteral("veracity-3"), QStringLiteral("false"), Origin::Gold);
    const qint64 s1 = addPost(store, t1, QStringLiteral("s"), {});
    const qint64 r11 = addPost(store, t1, QStringLiteral("r1"), QStringLiteral("s"));
    const qint64 r12 = addPost(store, t1, QStringLiteral("r2"), QStringLiteral("s"));
    const qint64 r13 = addPost(store, t1, QStringLiteral("r3"), QStringLiteral("r1"));
    annotate(store, t1, stance, QStringLiteral("support"), Origin::Gold, {}, {}, s1);
    annotate(store, t1, stance, QStringLiteral("deny"), Origin::Gold, {}, {}, r11);
    annotate(store, t1, stance, QStringLiteral("query"), Origin::Gold, {}, {}, r12);
    annotate(store, t1, stance, QStringLiteral("support"), Origin::Gold, {}, {}, r13);
    annotate(store, t1, stance, QStringLiteral("deny"), Origin::Human, {}, {}, r13); // a person overrides gold
    const qint64 t2 = addItem(store, ItemKind::Thread, QStringLiteral("rumours"), QStringLiteral("t2"),
        QStringLiteral("Another source"), QStringLiteral("en"), QStringLiteral("dev"), {});
    addPost(store, t2, QStringLiteral("s"), {});
    const qint64 r21 = addPost(store, t2, QStringLiteral("r1"), QStringLiteral("s"));
    const qint64 r22 = addPost(store, t2, QStringLiteral("r2"), QStringLiteral("s"));
    annotate(store, t2, stance, QStringLiteral("deny"), Origin::Gold, {}, {}, r21);
    annotate(store, t2, stance, QStringLiteral("comment"), Origin::Gold, {}, {}, r22);

    const qint64 m1 = addItem(store, ItemKind::Message, QStringLiteral("pan-en"), QStringLiteral("m1"),
        QStringLiteral("They want to control us"), QStringLiteral("en"), QStringLiteral("train"), {});
    annotate(store, m1, QStringLiteral("oppositional-2"), QStringLiteral("CONSPIRACY"), Origin::Gold);
    annotate(store, m1, QStringLiteral("narrative-6"), QStringLiteral("AGENT"), Origin::Gold, 0, 4);
    annotate(
        store, m1, QStringLiteral("narrative-6"), QStringLiteral("X"), Origin::Gold, 5, 9, {}, {}, {}, Status::Ignored);
    const qint64 m2 = addItem(store, ItemKind::Message, QStringLiteral("pan-es"), QStringLiteral("m2"),
        QStringLiteral("Mira los datos"), QStringLiteral("es"), QStringLiteral("train"), {});
    annotate(store, m2, QStringLiteral("oppositional-2"), QStringLiteral("CRITICAL"), Origin::Gold);
}

} // namespace candor::fixture
