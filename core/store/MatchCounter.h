#pragma once

#include <QMutex>
#include <QObject>
#include <QString>
#include <QVariantList>
#include <QWaitCondition>

#include <atomic>
#include <optional>

class QThread;

namespace candor {

struct FacetSelection;
struct ItemQuery;

// Runs one counting statement at a time (e.g. ItemQuery::countStatement) on a worker thread with its own
// connection to the project, so that the GUI shows a page first and the number when it arrives.
//
// Every start() gets a new generation number and supersedes the count before it: a superseded count stops
// inside SQLite (a progress handler on the worker's connection aborts the statement) or, if the worker had not
// taken it yet, never runs; either way it is reported as cancelled, never as a number. Outcomes are emitted in
// the owner's thread, and only the latest generation is ever reported as counted or failed. The worker keeps its
// connection open between counts (opening one costs more than a small count) and closes it on its own thread:
// on releaseConnection(), when another project is counted, and when the counter is destroyed (which stops the
// running count and waits for the worker).
class MatchCounter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatchCounter)

public:
    explicit MatchCounter(QObject *parent = nullptr);
    ~MatchCounter() override;

    // Counts the first column of the statement's first row over the project at `projectPath`; returns the
    // generation that counted(), cancelled() or failed() will carry.
    quint64 start(const QString &projectPath, const QString &statement, const QVariantList &binds);
    // Counts the items `query` matches (ItemQuery::countStatement, planned by `facets`).
    quint64 start(const QString &projectPath, const ItemQuery &query, const FacetSelection &facets);
    // Stops the running count (reported as cancelled); nothing is counted until the next start().
    void cancel();
    // Cancels and closes the worker's connection (before a project is closed or its file replaced).
    void releaseConnection();

    quint64 generation() const { return m_generation; }
    bool isCounting() const { return m_counting; }

Q_SIGNALS:
    void counted(quint64 generation, qint64 count);
    void cancelled(quint64 generation);
    void failed(quint64 generation, const QString &message);

private:
    struct Request
    {
        quint64 generation = 0;
        QString path;
        QString statement; // empty: close the connection
        QVariantList binds;
    };
    struct Outcome
    {
        enum class Kind { Counted, Cancelled, Failed } kind = Kind::Cancelled;
        qint64 count = 0;
        QString message;
    };

    void post(Request request);
    std::optional<quint64> takePending(); // under m_mutex: the dropped count's generation, if any
    void reportDropped(std::optional<quint64> generation);
    void work(); // worker thread
    Outcome count(const Request &request, QString &openPath); // worker thread
    void deliver(quint64 generation, const Outcome &outcome); // owner thread

    QThread *m_thread = nullptr;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::optional<Request> m_pending; // guarded by m_mutex; only the newest request waits
    bool m_stopping = false; // guarded by m_mutex
    // The generation that may still run; the worker's progress handler stops any statement of an older one.
    std::atomic<quint64> m_current{0};
    quint64 m_generation = 0; // owner thread
    bool m_counting = false; // owner thread
};

} // namespace candor
