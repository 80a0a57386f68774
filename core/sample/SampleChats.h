#pragma once

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace candor {

class ProjectStore;

// Telegram-like sample messages in the style of the PAN 2024 oppositional-thinking corpus, in English and
// Spanish: narrative spans (narrative-6), a CONSPIRACY/CRITICAL label (oppositional-2), reply chains with the
// stance of each reply (stance-4) and the veracity of each chain's claim (veracity-3).
struct SampleMessage
{
    int id = 0;
    int replyTo = 0; // 0: not a reply
    QString from;
    QList<QPair<QString, QString>> parts; // (text, narrative role | "link" | empty)
    QString oppositional; // CONSPIRACY, CRITICAL or empty
    QString stance; // for replies inside a thread, else empty
    bool photo = false;
    bool edited = false;
};

struct SampleChat
{
    qint64 id = 0;
    QString name;
    QString language;
    QList<SampleMessage> messages;
    QMap<int, QString> veracity; // thread root message id -> true | false | unverified
};

// The hand-written messages of both chats followed by generated ones (generatedSampleMessages).
QList<SampleChat> sampleChats();

// `count` messages in `language` ("en" or "es") with ids from `firstId`, alternating CONSPIRACY and CRITICAL,
// each with narrative spans; no replies. Deterministic.
QList<SampleMessage> generatedSampleMessages(const QString &language, int firstId, int count);

// Appends `count` reply chains to `chat` (ids from `firstId`, six per chain): a claim with four replies whose
// wording carries their stance, and the claim's veracity (false, true, unverified in turn). Deterministic.
void appendGeneratedThreads(SampleChat &chat, int firstId, int count);

// Writes `chat` as a Telegram Desktop export (result.json + photos/) into `folder`.
void writeTelegramExport(const SampleChat &chat, const QString &folder);

// Adds the gold labels of `chat` to its imported messages and threads and assigns train/dev splits.
// Returns the number of annotations added.
int annotateChat(ProjectStore &store, const SampleChat &chat);

} // namespace candor
