#pragma once

// A small project written fresh for each test: texts with emoji and combining marks, gold, human and model
// annotations in known places, so tests assert exact rows, offsets and counts.
#include "core/domain/LabelSchema.h"
#include "core/store/ProjectStore.h"

#include <QString>

namespace candor::fixture {

// Item 1 (meme, en, semeval, dev): kText1 with gold Slogans on "WAKE UP" and a proposed model Loaded Language
// span on "sheep" (0.81), model item labels (persuasion-22) Smears 0.45, Slogans 0.9.
// Item 2 (post, es, pan, train): kText2 (emoji + combining mark), no annotations.
// Item 3 (post, en, pan, train): human Doubt item label by "alice".
// Items 4..(3 + extra): plain posts "filler post N" (source "filler", split "test").
inline const QString kText1 = QStringLiteral("WAKE UP sheep, the truth is out there");
inline const QString kText2 = QString::fromUtf8("Caf\x65\xcc\x81 \xf0\x9f\x98\x80 says the e\xcc\x81lite lie");
inline const QString kText3 = QStringLiteral("Who really pays the experts? Ask yourself.");

inline Annotation makeAnnotation(qint64 item, const QString &schema, const QString &label, Origin origin,
    std::optional<int> start = {}, std::optional<int> end = {})
{
    Annotation a;
    a.itemId = item;
    a.schema = schema;
    a.label = label;
    a.origin = origin;
    a.start = start;
    a.end = end;
    a.status = origin == Origin::Model ? Status::Proposed : Status::Accepted;
    return a;
}

inline void build(const QString &path, int extra = 0)
{
    ProjectStore::create(path);
    ProjectStore store(path);
    ModelVersion version;
    version.task = QStringLiteral("persuasion");
    version.name = QStringLiteral("fixture v1");
    version.createdAt = QDateTime::currentDateTimeUtc();
    const qint64 model = store.addModelVersion(version);
    const auto item = [&](ItemKind kind, const QString &source, const QString &id, const QString &text,
                          const QString &lang, const QString &split) {
        Item i;
        i.kind = kind;
        i.source = source;
        i.externalId = id;
        i.text = text;
        i.language = lang;
        i.split = split;
        return store.upsertItem(i).id;
    };
    const qint64 one = item(ItemKind::Meme, QStringLiteral("semeval"), QStringLiteral("m1"), kText1,
        QStringLiteral("en"), QStringLiteral("dev"));
    item(ItemKind::Post, QStringLiteral("pan"), QStringLiteral("p2"), kText2, QStringLiteral("es"),
        QStringLiteral("train"));
    const qint64 three = item(ItemKind::Post, QStringLiteral("pan"), QStringLiteral("p3"), kText3, QStringLiteral("en"),
        QStringLiteral("train"));
    for (int i = 0; i < extra; ++i)
        item(ItemKind::Post, QStringLiteral("filler"), QStringLiteral("f%1").arg(i),
            QStringLiteral("filler post %1").arg(i), QStringLiteral("en"), QStringLiteral("test"));

    store.addAnnotation(makeAnnotation(one, Schemas::Persuasion20, QStringLiteral("Slogans"), Origin::Gold, 0, 7));
    Annotation sheep
        = makeAnnotation(one, Schemas::Persuasion20, QStringLiteral("Loaded Language"), Origin::Model, 8, 13);
    sheep.modelVersionId = model;
    sheep.score = 0.81;
    store.addAnnotation(sheep);
    for (const auto &[label, score] :
        {std::pair{QStringLiteral("Smears"), 0.45}, std::pair{QStringLiteral("Slogans"), 0.9}}) {
        Annotation a = makeAnnotation(one, Schemas::Persuasion22, label, Origin::Model);
        a.modelVersionId = model;
        a.score = score;
        store.addAnnotation(a);
    }
    Annotation doubt = makeAnnotation(three, Schemas::Persuasion22, QStringLiteral("Doubt"), Origin::Human);
    doubt.annotator = QStringLiteral("alice");
    store.addAnnotation(doubt);
}

} // namespace candor::fixture
