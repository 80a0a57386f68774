#include "core/formats/common/ImportContext.h"

#include "core/domain/Error.h"
#include "core/store/Sql.h"

namespace candor {

void ImportContext::addIssue(const QString &file, const QString &record, const QString &reason)
{
    m_report.issues.append({file, record, reason});
}

bool ImportContext::record(ProjectStore &store, const QString &file, const QString &recordId, const std::function<void()> &work)
{
    ++m_report.recordsRead;
    const ImportReport before = m_report;
    auto savepoint = store.savepoint(QStringLiteral("import_record"));
    try {
        work();
        savepoint.release();
        return true;
    } catch (const Error &error) {
        savepoint.rollback();
        // Counts made by the failed record are taken back with its rows.
        const qint64 read = m_report.recordsRead;
        m_report = before;
        m_report.recordsRead = read;
        addIssue(file, recordId, error.message());
        return false;
    }
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
