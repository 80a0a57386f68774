#pragma once

// A small generated project on which the text tasks are learnable: a technique is present when its cue phrase
// occurs (the span covers the phrase), a message is CONSPIRACY when it names the cue agent. Seeded, so every run
// builds the same project.

#include "core/domain/LabelSchema.h"
#include "core/store/ProjectStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

namespace candor::testing {

struct CuePhrase
{
    QString label;
    QString phrase;
};

inline const QList<CuePhrase> &memeCues()
{
    static const QList<CuePhrase> cues = {
        {QStringLiteral("Loaded Language"), QStringLiteral("disgusting traitors")},
        {QStringLiteral("Flag-waving"), QStringLiteral("proud patriots")},
        {QStringLiteral("Appeal to fear/prejudice"), QString::fromUtf8("terror is coming \xf0\x9f\x94\xa5")},
    };
    return cues;
}

inline QString fillerWord(QRandomGenerator &random)
{
    static const QStringList words = {QStringLiteral("the"), QStringLiteral("people"), QStringLiteral("said"),
        QStringLiteral("today"), QStringLiteral("city"), QStringLiteral("news"), QStringLiteral("about"),
        QStringLiteral("water"), QStringLiteral("river"), QStringLiteral("green"), QStringLiteral("house"),
        QStringLiteral("blue"), QStringLiteral("more"), QStringLiteral("light"), QStringLiteral("story")};
    return words[int(random.bounded(words.size()))];
}

struct GeneratedSpan
{
    QString label;
    int start = 0; // code points
    int end = 0;
};

// Filler words with the chosen phrases at random places; spans in code points.
inline QString composeText(QRandomGenerator &random, const QList<CuePhrase> &phrases, QList<GeneratedSpan> &spans)
{
    QList<QPair<QString, QString>> parts; // (text, label of the phrase or empty)
    const int words = 5 + int(random.bounded(6));
    for (int i = 0; i < words; ++i)
        parts.append({fillerWord(random), QString()});
    for (const CuePhrase &cue : phrases)
        parts.insert(int(random.bounded(int(parts.size()) + 1)), {cue.phrase, cue.label});
    QString text;
    int codePoints = 0;
    for (const auto &[word, label] : parts) {
        if (!text.isEmpty()) {
            text += QLatin1Char(' ');
            ++codePoints;
        }
        const int length = int(word.toUcs4().size());
        if (!label.isEmpty())
            spans.append({label, codePoints, codePoints + length});
        text += word;
        codePoints += length;
    }
    return text;
}

inline qint64 addItem(ProjectStore &store, ItemKind kind, const QString &id, const QString &split, const QString &text,
    const QString &language = QStringLiteral("en"), const QJsonObject &metadata = {})
{
    Item item;
    item.kind = kind;
    item.source = QStringLiteral("fixture");
    item.externalId = id;
    item.split = split;
    item.text = text;
    item.language = language;
    item.metadata = metadata;
    return store.upsertItem(item).id;
}

inline void addGold(ProjectStore &store, qint64 itemId, const QString &schema, const QString &label,
    std::optional<int> start = {}, std::optional<int> end = {}, Status status = Status::Accepted)
{
    Annotation a;
    a.itemId = itemId;
    a.schema = schema;
    a.label = label;
    a.start = start;
    a.end = end;
    a.origin = Origin::Gold;
    a.status = status;
    store.addAnnotation(a);
}

// `count` memes, train:dev 3:1; each has 0-3 of the cue techniques as item labels and spans. Like the SemEval
// importer, every meme is marked as listed by subtasks 1 and 2, so a meme without techniques is a negative example.
inline void addMemes(ProjectStore &store, int count, quint32 seed)
{
    QRandomGenerator random(seed);
    for (int n = 0; n < count; ++n) {
        QList<CuePhrase> chosen;
        for (const CuePhrase &cue : memeCues())
            if (random.bounded(3) == 0)
                chosen.append(cue);
        QList<GeneratedSpan> spans;
        const QString text = composeText(random, chosen, spans);
        const qint64 id = addItem(store, ItemKind::Meme, QStringLiteral("meme%1").arg(n),
            n % 4 == 3 ? QStringLiteral("dev") : QStringLiteral("train"), text, QStringLiteral("en"),
            QJsonObject{{QStringLiteral("subtasks"), QJsonArray{1, 2}}});
        for (const CuePhrase &cue : chosen)
            addGold(store, id, Schemas::Persuasion20, cue.label);
        for (const GeneratedSpan &span : spans)
            addGold(store, id, Schemas::Persuasion20, span.label, span.start, span.end);
    }
}

// PAN-like messages: CONSPIRACY names "the globalist elites" (AGENT span); CRITICAL ones name "the health ministry"
// (FACILITATOR span). Every message also carries an ignored X span that must never be learned or scored.
inline void addMessages(ProjectStore &store, int count, quint32 seed, const QString &language = QStringLiteral("en"))
{
    QRandomGenerator random(seed);
    const CuePhrase agent{QStringLiteral("AGENT"), QStringLiteral("the globalist elites")};
    const CuePhrase facilitator{QStringLiteral("FACILITATOR"), QStringLiteral("the health ministry")};
    for (int n = 0; n < count; ++n) {
        const bool conspiracy = random.bounded(2) == 0;
        QList<GeneratedSpan> spans;
        const QString text = composeText(random, {conspiracy ? agent : facilitator}, spans);
        const qint64 id = addItem(store, ItemKind::Message, QStringLiteral("%1/msg%2").arg(language).arg(n),
            n % 4 == 3 ? QStringLiteral("dev") : QStringLiteral("train"), text, language);
        addGold(
            store, id, Schemas::Oppositional2, conspiracy ? QStringLiteral("CONSPIRACY") : QStringLiteral("CRITICAL"));
        for (const GeneratedSpan &span : spans)
            addGold(store, id, Schemas::Narrative6, span.label, span.start, span.end);
        addGold(store, id, Schemas::Narrative6, QStringLiteral("X"), 0, 3, Status::Ignored);
    }
}

// MediaEval-like posts of `events` events, all in split `split`: a fake post repeats "shocking photo", a real one
// "officials confirmed"; the event is the prefix of the post's image id, as MediaEval names them.
inline void addPosts(ProjectStore &store, int count, int events, quint32 seed, const QString &split)
{
    QRandomGenerator random(seed);
    const CuePhrase fake{QStringLiteral("fake"), QStringLiteral("shocking photo")};
    const CuePhrase real{QStringLiteral("real"), QStringLiteral("officials confirmed")};
    for (int n = 0; n < count; ++n) {
        const bool isFake = random.bounded(3) != 0; // two thirds fake, as in MediaEval
        QList<GeneratedSpan> spans;
        const QString text = composeText(random, {isFake ? fake : real}, spans);
        const QString imageId = QStringLiteral("event%1_%2_%3").arg(n % events).arg(isFake ? "fake" : "real").arg(n);
        const qint64 id = addItem(store, ItemKind::Post, QStringLiteral("post%1").arg(n), split, text,
            QStringLiteral("en"), QJsonObject{{QStringLiteral("image_ids"), QJsonArray{imageId}}});
        addGold(store, id, Schemas::Fake2, isFake ? QStringLiteral("fake") : QStringLiteral("real"));
    }
}

} // namespace candor::testing
