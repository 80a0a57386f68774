#pragma once

#include "core/formats/common/ImportReport.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"

#include <atomic>
#include <functional>
#include <optional>

namespace candor {

// What an importer needs from its caller: progress reporting, a cancel flag, and the report it fills.
class ImportContext
{
public:
    using ProgressFn = std::function<void(qint64 done, qint64 total, const QString &what)>;
    // The writes of one checked record. They may run twice (see batchedRecord), so they must leave the
    // importer's own state the same either way: assign map entries, never append or increment there.
    using RecordWrites = std::function<void()>;

    // Batched records share one savepoint per this many records. SQLite's FTS5 index flushes its pending
    // terms at every SAVEPOINT, so a savepoint per record writes an index segment per record (half the time
    // of a Telegram import); a few hundred records per savepoint keep the flushes rare and a replay short.
    static constexpr int recordsPerBatch = 256;

    ImportContext() = default;
    ImportContext(ProgressFn progress, const std::atomic_bool *cancelFlag)
        : m_progress(std::move(progress))
        , m_cancel(cancelFlag)
    {
    }
    ImportContext(const ImportContext &) = delete;
    ImportContext &operator=(const ImportContext &) = delete;

    bool isCancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    void progress(qint64 done, qint64 total, const QString &what) const
    {
        if (m_progress)
            m_progress(done, total, what);
    }

    ImportReport &report() { return m_report; }
    const ImportReport &report() const { return m_report; }
    void addIssue(const QString &file, const QString &record, const QString &reason);
    void addWarning(const QString &file, const QString &record, const QString &reason);

    // Runs one record's writes inside a savepoint of its own. A candor::Error thrown by `work` rolls back this
    // record alone and is recorded as an issue; the import goes on with the next record. Returns true on success.
    bool record(ProjectStore &store, const QString &file, const QString &recordId, const std::function<void()> &work);

    // The fast path for records whose checks can all run before their writes. `check` parses and validates the
    // record without writing and returns its writes (empty: nothing to write); a candor::Error from it is the
    // record's issue. The writes run in the current batch savepoint. Should they throw after all, the batch is
    // rolled back, its earlier records are written again one by one, each in its own savepoint, and this record
    // is reported: the outcome is the same as with record(), only slower. Returns true when the record was written.
    bool batchedRecord(
        ProjectStore &store, const QString &file, const QString &recordId, const std::function<RecordWrites()> &check);
    // Closes the open batch, keeping its records. importPath calls it before committing; record() calls it first.
    void endBatch();

    void count(UpsertOutcome itemOutcome);

private:
    struct BatchedRecord
    {
        QString file;
        QString recordId;
        RecordWrites writes;
        QList<qsizetype> issuesAdded; // indexes in m_report.issues of the issues its writes added
    };
    void replayBatchWithout(ProjectStore &store, qsizetype failedIssueStart);

    ProgressFn m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    ImportReport m_report;
    std::optional<sql::Savepoint> m_batch;
    QList<BatchedRecord> m_batchRecords;
    ImportReport m_countsAtBatchStart;
};

} // namespace candor
