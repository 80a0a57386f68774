#pragma once

#include "core/jobs/CancelToken.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace candor {

// One piece of long work (import, train, predict, export) run on its own worker thread.
//
// The Job object lives in the thread that created it (the GUI thread); only run() executes on the worker.
// Signals raised by run() through reportProgress()/log() are queued to the owner's thread. The outcome
// (finished, failed or cancelled) is emitted in the owner's thread once the worker has ended, so a receiver
// may delete the job from its slot. Exceptions never leave run(): they become failed(message).
// Destroying a job requests cancellation and waits for the worker: no thread outlives its owner.
class Job : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)

public:
    enum class State { Pending, Running, Finished, Failed, Cancelled };
    Q_ENUM(State)

    explicit Job(const QString &title, QObject *parent = nullptr);
    ~Job() override;

    QString title() const { return m_title; }
    // A more specific title before the job starts ("Predict narrative (24 filtered items)").
    void setTitle(const QString &title) { m_title = title; }
    State state() const { return m_state; }
    bool isActive() const { return m_state == State::Pending || m_state == State::Running; }
    QDateTime startedAt() const { return m_startedAt; }
    QDateTime endedAt() const { return m_endedAt; }
    qint64 done() const { return m_done.load(); }
    qint64 total() const { return m_total.load(); }
    QString errorMessage() const;
    QJsonObject result() const;
    // Seconds left, extrapolated from the rate so far; negative when unknown.
    double secondsLeft() const;
    // What a cancel left behind, for the log line that reports it; most jobs write in one transaction.
    virtual QString cancelOutcome() const { return tr("nothing was written"); }

    void start();
    void cancel();
    bool isCancelRequested() const { return m_cancel.isCancelled(); }
    // Blocks until the worker ended (shutdown and tests only; the GUI reacts to the signals instead).
    bool wait(int milliseconds = -1);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void logLine(const QString &line);
    void finished(const QJsonObject &result);
    void failed(const QString &message);
    void cancelled();
    void stateChanged(candor::Job::State state);

protected:
    // The work, on the worker thread. Return the result; throw candor::Error to fail; return early when
    // isCancelled() turns true (checked at least once per record or iteration).
    virtual QJsonObject run() = 0;

    bool isCancelled() const { return m_cancel.isCancelled(); }
    const CancelToken &cancelToken() const { return m_cancel; }
    // Says the work is done and saved. A cancel that arrives after this (after the job's last check) no longer
    // turns the outcome into "cancelled", which would tell the user nothing was written when it was.
    void markCompleted() { m_completed.store(true); }
    // Thread-safe; signals are throttled so a fast loop cannot flood the owner's event loop.
    void reportProgress(qint64 done, qint64 total);
    void log(const QString &line);

private:
    void execute(); // worker thread
    void onWorkerEnded(); // owner thread
    void setState(State state);

    QString m_title;
    CancelToken m_cancel;
    QThread *m_thread = nullptr;
    State m_state = State::Pending;
    QDateTime m_startedAt;
    QDateTime m_endedAt;
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::atomic<qint64> m_lastSignalMs{0};
    std::atomic_bool m_completed{false};
    mutable QMutex m_outcomeMutex; // guards the three outcome fields written by the worker
    QJsonObject m_result;
    QString m_error;
    bool m_threw = false;
};

} // namespace candor
