#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace candor {

class ImportContext;
class ProjectStore;

inline const QString kRumourEvalSource = QStringLiteral("rumoureval2017");

// The gold labels of one split: subtaskA.json (tweet id -> stance) and subtaskB.json (thread id -> veracity).
struct RumourLabels
{
    QHash<QString, QString> stance;
    QHash<QString, QString> veracity;

    // Reads one answer file (a JSON object of id -> label, or id -> [label, confidence]). An entry whose label
    // is not a string is reported (file, id, reason) and left out; a file that cannot be read as such an object is
    // reported and gives no labels: the threads are still imported.
    static QHash<QString, QString> readAnswerFile(const QString &path, ImportContext &context);
};

// Where a thread folder keeps its tweets: RumourEval 2017 writes source-tweet/ and replies/, PHEME
// source-tweets/ and reactions/; both have structure.json.
struct ThreadLayout
{
    QString itemSource; // Item::source of the threads: "rumoureval2017", "pheme"
    QString sourceFolder; // holds the one source tweet
    QString repliesFolder; // holds the replies (may be absent)

    static ThreadLayout rumourEval();
    static ThreadLayout pheme();
};

// What the caller knows of one thread besides its folder.
struct ThreadInfo
{
    QString event;
    QString split;
    std::optional<QString> veracity; // overrides the labels' subtaskB answer (PHEME's annotation.json)
    QJsonObject metadata; // added to the thread item's metadata
};

// One thread folder -> one thread item with its posts.
//  - Posts: the source tweet (no parent), then the replies in time order. A reply's parent is its
//    in_reply_to_status_id_str when that tweet is in the folder, else its parent in structure.json, else the
//    source tweet (marked "parent_inferred" in the post metadata), so the reply tree is always whole. When the
//    tweet and structure.json disagree the tweet wins and the disagreement is reported as a warning.
//  - Every tweet file must lie inside the thread folder (a link out is refused) and be a regular file of at most
//    kMaxJsonFileBytes; one that is not, or that does not read as a tweet, refuses the whole thread.
//  - Stance of each post (stance-4) and veracity of the thread (veracity-3) from `labels`, as gold.
class RumourThreadReader
{
public:
    RumourThreadReader(ProjectStore &store, ImportContext &context, const RumourLabels &labels, ThreadLayout layout);
    // Throws candor::Error for a thread that cannot be read (the caller's record() rolls it back).
    void import(const QString &folder, const ThreadInfo &info);

private:
    ProjectStore &m_store;
    ImportContext &m_context;
    const RumourLabels &m_labels;
    ThreadLayout m_layout;
};

} // namespace candor
