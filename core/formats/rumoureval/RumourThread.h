#pragma once

#include <QHash>
#include <QString>

namespace candor {

class ImportContext;
class ProjectStore;

inline const QString kRumourEvalSource = QStringLiteral("rumoureval2017");

// The gold labels of one split: subtaskA.json (tweet id -> stance) and subtaskB.json (thread id -> veracity).
struct RumourLabels
{
    QHash<QString, QString> stance;
    QHash<QString, QString> veracity;

    // Reads one answer file (a JSON object of id -> label); throws candor::Error naming the file.
    static QHash<QString, QString> readAnswerFile(const QString &path);
};

// One thread folder (source-tweet/<id>.json, replies/*.json, structure.json) -> one thread item with its posts.
//  - Posts: the source tweet (no parent), then the replies in time order. A reply's parent is its
//    in_reply_to_status_id_str when that tweet is in the folder, else its parent in structure.json, else the
//    source tweet (marked "parent_inferred" in the post metadata), so the reply tree is always whole. When the
//    tweet and structure.json disagree the tweet wins and the disagreement is reported.
//  - Stance of each post (stance-4) and veracity of the thread (veracity-3) from `labels`, as gold.
class RumourThreadReader
{
public:
    RumourThreadReader(ProjectStore &store, ImportContext &context, const RumourLabels &labels);
    // Throws candor::Error for a thread that cannot be read (the caller's record() rolls it back).
    void import(const QString &folder, const QString &event, const QString &split);

private:
    ProjectStore &m_store;
    ImportContext &m_context;
    const RumourLabels &m_labels;
};

} // namespace candor
