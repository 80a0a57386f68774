#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <string>
#include <vector>

namespace candor {

class ProjectStore;

// An item's id and split: what a task's data reader walks before it reads the item itself.
struct ItemSplit
{
    qint64 id = 0;
    QString split;
};

struct ThreadItemRow
{
    qint64 id = 0;
    QString split;
    QString externalId;
    QString source;
    QJsonObject metadata;
};

struct MemeImageRow
{
    qint64 id = 0;
    QString split;
    QString text;
    qint64 mediaId = 0;
    QString sha256;
};

// The reads the learning tasks make of a project (their data readers and readiness checks), so the jobs that join
// store and engine hold no SQL. A reference row is what training learns from: gold, or human-confirmed (a human
// row, or a model row a person accepted), never rejected or ignored. Throws candor::Error on database errors.
class TaskQueries
{
public:
    explicit TaskQueries(const ProjectStore &store)
        : m_store(store)
    {
    }

    enum class Level { ItemLabel, Span };
    // Is there an item of `kind` (any kind when empty) in `split` with a reference row of `schema` at `level`?
    bool hasReferenceRow(const QString &schema, const QString &split, Level level, const QString &kind = {}) const;
    // Is there a meme in `split` that the SemEval file of `subtask` listed (a listed meme without labels is a
    // labelled negative)? The importer records the subtasks in the item's metadata.
    bool hasSubtaskListing(const QString &split, int subtask) const;
    // Is there a thread in `split` with a reference stance or veracity row?
    bool hasLabelledThread(const QString &split) const;
    // Memes with an image in `split`, counted up to `cap`.
    int countMemesWithImages(const QString &split, int cap) const;

    QList<ItemSplit> itemsOfKind(const QString &kind) const;
    QList<ItemSplit> allItems() const;
    // Items with a reference row of `schema` (any level), plus every item of `alsoKind` when it is not empty.
    QList<ItemSplit> itemsWithReference(const QString &schema, const QString &alsoKind = {}) const;
    QList<ThreadItemRow> threadItems() const;
    QList<MemeImageRow> memesWithImages() const;
    // Every item and post text (what a tokenizer or a masked-LM pre-training reads), UTF-8.
    std::vector<std::string> allTexts() const;
    QList<qint64> itemIdsOfSource(const QString &source) const;
    // The first item of `kind` with this external id (any source), 0 when there is none.
    qint64 itemOfKind(const QString &kind, const QString &externalId) const;

private:
    const ProjectStore &m_store;
};

} // namespace candor
