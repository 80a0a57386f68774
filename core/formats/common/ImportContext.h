#pragma once

#include "core/formats/common/ImportReport.h"
#include "core/store/ProjectStore.h"

#include <atomic>
#include <functional>

namespace candor {

// What an importer needs from its caller: progress reporting, a cancel flag, and the report it fills.
class ImportContext
{
public:
    using ProgressFn = std::function<void(qint64 done, qint64 total, const QString &what)>;

    ImportContext() = default;
    ImportContext(ProgressFn progress, const std::atomic_bool *cancelFlag)
        : m_progress(std::move(progress)), m_cancel(cancelFlag) {}

    bool isCancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    void progress(qint64 done, qint64 total, const QString &what) const
    {
        if (m_progress)
            m_progress(done, total, what);
    }

    ImportReport &report() { return m_report; }
    const ImportReport &report() const { return m_report; }
    void addIssue(const QString &file, const QString &record, const QString &reason);

    // Runs one record's writes inside a savepoint. A candor::Error thrown by `work` rolls back this record
    // alone and is recorded as an issue; the import goes on with the next record. Returns true on success.
    bool record(ProjectStore &store, const QString &file, const QString &recordId, const std::function<void()> &work);

    void count(UpsertOutcome itemOutcome);

private:
    ProgressFn m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    ImportReport m_report;
};

} // namespace candor
