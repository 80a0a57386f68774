#include "core/store/MatchCounter.h"

#include "core/domain/Error.h"
#include "core/store/Database.h"
#include "core/store/FacetSelection.h"
#include "core/store/ItemQuery.h"
#include "core/store/Sql.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>

#include <exception>
#include <sqlite3.h>

namespace candor {

namespace {

// SQLite calls this every kProgressSteps virtual-machine instructions of the worker's statement (a few
// microseconds); non-zero aborts the statement with SQLITE_INTERRUPT. A progress handler rather than
// sqlite3_interrupt() from the owner thread: an interrupt that lands between the worker taking a request and
// its statement starting is cleared by SQLite when the statement starts, while the handler compares
// generations for as long as the statement runs.
constexpr int kProgressSteps = 1000;

struct ProgressContext
{
    const std::atomic<quint64> *current;
    quint64 generation;
};

int stopWhenSuperseded(void *context)
{
    const auto *progress = static_cast<const ProgressContext *>(context);
    return progress->current->load(std::memory_order_relaxed) != progress->generation ? 1 : 0;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw Error(
            Error::tr("project '%1': the SQL driver gives no SQLite handle (got '%2'), cannot count in the background")
                .arg(db.databaseName(), QLatin1String(handle.typeName())));
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// Installs the handler for one statement and removes it again, whatever way the statement ends.
class ProgressGuard
{
public:
    ProgressGuard(sqlite3 *handle, ProgressContext *context)
        : m_handle(handle)
    {
        sqlite3_progress_handler(m_handle, kProgressSteps, &stopWhenSuperseded, context);
    }
    ~ProgressGuard() { sqlite3_progress_handler(m_handle, 0, nullptr, nullptr); }
    ProgressGuard(const ProgressGuard &) = delete;
    ProgressGuard &operator=(const ProgressGuard &) = delete;

private:
    sqlite3 *m_handle;
};

} // namespace

MatchCounter::MatchCounter(QObject *parent)
    : QObject(parent)
{
}

MatchCounter::~MatchCounter()
{
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_pending.reset();
        m_current.store(m_generation + 1); // stops the running statement
    }
    m_wake.wakeAll();
    m_thread->wait();
    delete m_thread;
}

quint64 MatchCounter::start(const QString &projectPath, const ItemQuery &query, const FacetSelection &facets)
{
    QVariantList binds;
    const QString statement = query.countStatement(binds, &facets);
    return start(projectPath, statement, binds);
}

quint64 MatchCounter::start(const QString &projectPath, const QString &statement, const QVariantList &binds)
{
    Request request;
    request.path = projectPath;
    request.statement = statement;
    request.binds = binds;
    post(std::move(request));
    m_counting = true;
    return m_generation;
}

void MatchCounter::cancel()
{
    // A new generation with no request: whatever runs is superseded and nothing new starts.
    std::optional<quint64> dropped;
    {
        QMutexLocker lock(&m_mutex);
        dropped = takePending();
        m_current.store(++m_generation);
    }
    m_counting = false;
    reportDropped(dropped);
}

void MatchCounter::releaseConnection()
{
    if (!m_thread)
        return; // never counted: no connection to close
    post(Request{});
    m_counting = false;
}

std::optional<quint64> MatchCounter::takePending()
{
    std::optional<quint64> generation;
    if (m_pending && !m_pending->statement.isEmpty())
        generation = m_pending->generation;
    m_pending.reset();
    return generation;
}

void MatchCounter::reportDropped(std::optional<quint64> generation)
{
    // A count replaced before the worker took it never ran; it is still reported, like a stopped one.
    if (generation)
        QMetaObject::invokeMethod(
            this, [this, g = *generation] { Q_EMIT cancelled(g); }, Qt::QueuedConnection);
}

void MatchCounter::post(Request request)
{
    std::optional<quint64> dropped;
    {
        QMutexLocker lock(&m_mutex);
        dropped = takePending();
        request.generation = ++m_generation;
        m_current.store(m_generation);
        m_pending = std::move(request);
    }
    reportDropped(dropped);
    if (!m_thread) {
        m_thread = QThread::create([this] { work(); });
        m_thread->setObjectName(QStringLiteral("match counter"));
        m_thread->start();
    }
    m_wake.wakeAll();
}

void MatchCounter::work()
{
    QString openPath;
    for (;;) {
        Request request;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stopping && !m_pending)
                m_wake.wait(&m_mutex);
            if (m_stopping)
                break;
            request = std::move(*m_pending);
            m_pending.reset();
        }
        if (request.statement.isEmpty()) {
            if (!openPath.isEmpty())
                Database::close(openPath);
            openPath.clear();
            continue;
        }
        const Outcome outcome = count(request, openPath);
        // Queued to the owner's thread; dropped with the event queue if the counter is gone by then.
        QMetaObject::invokeMethod(
            this, [this, generation = request.generation, outcome] { deliver(generation, outcome); },
            Qt::QueuedConnection);
    }
    Database::closeAll(); // the worker's connections end on the thread that opened them
}

MatchCounter::Outcome MatchCounter::count(const Request &request, QString &openPath)
{
    Outcome outcome;
    ProgressContext progress{&m_current, request.generation};
    if (stopWhenSuperseded(&progress))
        return outcome; // superseded before it started
    try {
        if (openPath != request.path && !openPath.isEmpty())
            Database::close(openPath);
        openPath = request.path;
        const QSqlDatabase db = Database::connection(openPath);
        const ProgressGuard guard(sqliteHandle(db), &progress);
        QSqlQuery query = sql::prepare(db, request.statement);
        query.setForwardOnly(true);
        for (int i = 0; i < request.binds.size(); ++i)
            query.bindValue(i, request.binds[i]);
        sql::exec(query);
        outcome.count = query.next() ? query.value(0).toLongLong() : 0;
        outcome.kind = Outcome::Kind::Counted;
    } catch (const Error &error) {
        outcome.kind = Outcome::Kind::Failed;
        outcome.message = error.message();
    } catch (const std::exception &error) { // nothing may leave the worker thread
        outcome.kind = Outcome::Kind::Failed;
        outcome.message = QString::fromLocal8Bit(error.what());
    }
    // An interrupted statement fails or (stopped between rows) returns a partial number: neither is a count.
    if (stopWhenSuperseded(&progress))
        outcome.kind = Outcome::Kind::Cancelled;
    return outcome;
}

void MatchCounter::deliver(quint64 generation, const Outcome &outcome)
{
    // A count that finished just before a newer start() is superseded here, in the owner's thread.
    if (generation != m_generation || outcome.kind == Outcome::Kind::Cancelled) {
        Q_EMIT cancelled(generation);
        return;
    }
    m_counting = false;
    if (outcome.kind == Outcome::Kind::Failed)
        Q_EMIT failed(generation, outcome.message);
    else
        Q_EMIT counted(generation, outcome.count);
}

} // namespace candor
