#include "core/formats/common/ImportContext.h"

#include "core/domain/Error.h"

#include <algorithm>

namespace candor {

namespace {

// The numbers a record's writes change; issues and records read are kept apart.
void restoreCounts(ImportReport &report, const ImportReport &from)
{
    report.itemsAdded = from.itemsAdded;
    report.itemsUpdated = from.itemsUpdated;
    report.itemsUnchanged = from.itemsUnchanged;
    report.postsAdded = from.postsAdded;
    report.postsUpdated = from.postsUpdated;
    report.annotationsAdded = from.annotationsAdded;
    report.mediaAdded = from.mediaAdded;
}

// Runs `work` in a savepoint of its own; on a candor::Error its rows, counts and issues are taken back and the
// error becomes the record's issue.
bool runAlone(ProjectStore &store, ImportReport &report, const QString &file, const QString &recordId,
    const std::function<void()> &work)
{
    const ImportReport before = report;
    auto savepoint = store.savepoint(QStringLiteral("import_record"));
    try {
        work();
        savepoint.release();
        return true;
    } catch (const Error &error) {
        savepoint.rollback();
        const qint64 read = report.recordsRead;
        report = before;
        report.recordsRead = read;
        report.issues.append({file, recordId, error.message()});
        return false;
    }
}

} // namespace

void ImportContext::addIssue(const QString &file, const QString &record, const QString &reason)
{
    m_report.issues.append({file, record, reason});
}

void ImportContext::addWarning(const QString &file, const QString &record, const QString &reason)
{
    m_report.issues.append({file, record, reason, ImportIssue::Severity::Warning});
}

bool ImportContext::record(
    ProjectStore &store, const QString &file, const QString &recordId, const std::function<void()> &work)
{
    endBatch(); // a batch rolled back later must not take this record's rows with it
    ++m_report.recordsRead;
    return runAlone(store, m_report, file, recordId, work);
}

bool ImportContext::batchedRecord(
    ProjectStore &store, const QString &file, const QString &recordId, const std::function<RecordWrites()> &check)
{
    ++m_report.recordsRead;
    RecordWrites writes;
    try {
        writes = check();
    } catch (const Error &error) {
        addIssue(file, recordId, error.message());
        return false;
    }
    if (!writes)
        return true;
    if (!m_batch) {
        m_batch.emplace(store.savepoint(QStringLiteral("import_batch")));
        m_countsAtBatchStart = m_report;
    }
    const qsizetype issuesBefore = m_report.issues.size();
    try {
        writes();
    } catch (const Error &error) {
        replayBatchWithout(store, issuesBefore);
        addIssue(file, recordId, error.message());
        return false;
    }
    BatchedRecord written{file, recordId, std::move(writes), {}};
    for (qsizetype i = issuesBefore; i < m_report.issues.size(); ++i)
        written.issuesAdded.append(i);
    m_batchRecords.append(std::move(written));
    if (m_batchRecords.size() >= recordsPerBatch)
        endBatch();
    return true;
}

void ImportContext::replayBatchWithout(ProjectStore &store, qsizetype failedIssueStart)
{
    m_batch->rollback();
    m_batch.reset();
    // The issues those writes added went with their rows; writing them again adds them again.
    QList<qsizetype> rolledBack;
    for (const BatchedRecord &record : std::as_const(m_batchRecords))
        rolledBack += record.issuesAdded;
    for (qsizetype i = failedIssueStart; i < m_report.issues.size(); ++i)
        rolledBack.append(i);
    std::sort(rolledBack.begin(), rolledBack.end(), std::greater<>());
    for (const qsizetype index : std::as_const(rolledBack))
        m_report.issues.removeAt(index);
    restoreCounts(m_report, m_countsAtBatchStart);
    const QList<BatchedRecord> records = std::exchange(m_batchRecords, {});
    for (const BatchedRecord &record : records)
        runAlone(store, m_report, record.file, record.recordId, record.writes);
}

void ImportContext::endBatch()
{
    if (m_batch) {
        m_batch->release();
        m_batch.reset();
    }
    m_batchRecords.clear();
}

void ImportContext::count(UpsertOutcome itemOutcome)
{
    switch (itemOutcome) {
    case UpsertOutcome::Added: ++m_report.itemsAdded; break;
    case UpsertOutcome::Updated: ++m_report.itemsUpdated; break;
    case UpsertOutcome::Unchanged: ++m_report.itemsUnchanged; break;
    }
}

} // namespace candor
