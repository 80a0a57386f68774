#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace candor {

class ProjectStore;

// One disagreement a merge refused to settle: the same annotator answered the same item (post) in the same schema
// differently in the two copies. The target keeps its answer; the curator decides.
struct MergeConflict
{
    QString source;
    QString externalId;
    QString postId; // empty for rows on the item itself
    QString annotator;
    QString schema;
    QStringList targetAnswer; // "label" or "label [start, end)" (code points), sorted
    QStringList otherAnswer;
};

// What merging one other copy did.
struct MergeReport
{
    QString otherPath;
    int rowsAdded = 0; // human rows copied into the target
    int answersAdded = 0; // (item, post, annotator, schema) answers new to the target
    int answersAlreadyPresent = 0; // the same answer was there already (a second merge finds only these)
    QList<MergeConflict> conflicts;
    QStringList missingItems; // "source/external id" of items the target does not have
    QStringList annotators; // whose rows the other copy holds, sorted

    QJsonObject toJson() const;
};

// Takes the human rows of other copies of the same project into `target`. Items are matched by (source, external
// id) and posts by their post id, never by row id (each copy numbers its rows itself). An annotator's answer to one
// item in one schema is the set of their rows there; it is copied when the target has no answer of theirs, skipped
// when the target has the same one, and reported as a conflict otherwise, never overwritten. Rows of different
// annotators are kept apart, so two people's work on the same item both survive. Gold and model rows stay where
// they are: gold came from the same import, model rows belong to each copy's own model versions.
// Everything is written in one transaction: a failure or a cancel leaves the target as it was. Throws
// candor::Error naming the file and the reason for a file that is not a Candor project, one written by a newer
// Candor, the target itself, a copy that shares no item with the target (another project), and a label or post
// the target does not have.
class AnnotationMerge
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // `unnamedAs`: the name the other copies' human rows without one are merged under (empty: they stay unnamed,
    // one anonymous annotator).
    static QList<MergeReport> merge(ProjectStore &target, const QStringList &otherPaths, const Progress &progress = {},
        const std::atomic_bool *cancel = nullptr, const QString &unnamedAs = {});
};

} // namespace candor
