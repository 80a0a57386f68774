#include "core/jobs/Job.h"

#include "core/domain/Error.h"

#include <QElapsedTimer>
#include <QThread>

#include <exception>

namespace candor {

namespace {
// At most one progress signal per interval (the last one, done == total, always goes out).
constexpr qint64 kProgressIntervalMs = 40;

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}
} // namespace

Job::Job(const QString &title, QObject *parent)
    : QObject(parent)
    , m_title(title)
{
}

Job::~Job()
{
    if (m_thread) {
        m_cancel.cancel();
        m_thread->wait();
        delete m_thread;
    }
}

QString Job::errorMessage() const
{
    QMutexLocker lock(&m_outcomeMutex);
    return m_error;
}

QJsonObject Job::result() const
{
    QMutexLocker lock(&m_outcomeMutex);
    return m_result;
}

double Job::secondsLeft() const
{
    const qint64 doneNow = done();
    const qint64 totalNow = total();
    if (m_state != State::Running || doneNow <= 0 || totalNow <= doneNow)
        return -1.0;
    const double elapsed = m_startedAt.msecsTo(QDateTime::currentDateTimeUtc()) / 1000.0;
    return elapsed * double(totalNow - doneNow) / double(doneNow);
}

void Job::start()
{
    if (m_thread)
        return;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_thread = QThread::create([this] { execute(); });
    m_thread->setObjectName(m_title);
    // QThread::finished comes from the worker; the queued hop lands in this object's (the owner's) thread.
    connect(m_thread, &QThread::finished, this, &Job::onWorkerEnded, Qt::QueuedConnection);
    setState(State::Running);
    m_thread->start();
}

void Job::cancel()
{
    m_cancel.cancel();
    if (m_state == State::Pending)
        setState(State::Cancelled);
}

bool Job::wait(int milliseconds)
{
    if (!m_thread)
        return true;
    return milliseconds < 0 ? m_thread->wait() : m_thread->wait(QDeadlineTimer(milliseconds));
}

void Job::reportProgress(qint64 doneNow, qint64 totalNow)
{
    m_done.store(doneNow);
    m_total.store(totalNow);
    const qint64 now = monotonicMs();
    if (doneNow < totalNow && now - m_lastSignalMs.load() < kProgressIntervalMs)
        return;
    m_lastSignalMs.store(now);
    Q_EMIT progress(doneNow, totalNow);
}

void Job::log(const QString &line)
{
    Q_EMIT logLine(line);
}

void Job::execute()
{
    QJsonObject result;
    QString error;
    bool threw = false;
    try {
        result = run();
    } catch (const Error &e) {
        threw = true;
        error = e.message();
    } catch (const std::exception &e) {
        threw = true;
        error = QString::fromLocal8Bit(e.what());
    } catch (...) {
        threw = true;
        error = tr("unknown error");
    }
    QMutexLocker lock(&m_outcomeMutex);
    m_result = result;
    m_error = error;
    m_threw = threw;
}

void Job::onWorkerEnded()
{
    m_endedAt = QDateTime::currentDateTimeUtc();
    QMutexLocker lock(&m_outcomeMutex);
    const bool threw = m_threw;
    const QJsonObject result = m_result;
    const QString error = m_error;
    lock.unlock();
    if (threw) {
        setState(State::Failed);
        Q_EMIT failed(error);
    } else if (m_cancel.isCancelled() && !m_completed.load()) {
        setState(State::Cancelled);
        Q_EMIT cancelled();
    } else {
        setState(State::Finished);
        Q_EMIT finished(result);
    }
}

void Job::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace candor
