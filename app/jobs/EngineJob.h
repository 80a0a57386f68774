#pragma once

// The one shape of every job that runs the learning engine on a project (train, predict, evaluate of each task
// family, reports): a plain class (no QObject, no widgets) that candor-cli runs on its main thread and the window's
// EngineJobRunner runs on a worker thread. It reports through the engine's vocabulary (engine::Progress) and stops
// on the engine's CancelToken, which the GUI job, the CLI's interrupt handler or a parent job may share.
//
// Outcomes: run() returns a typed result (the work is done and saved), throws candor::Error (it failed; nothing
// half-written), or throws engine::Cancelled (it was cancelled before saving; nothing was written).

#include "core/domain/Error.h"
#include "models/engine/RunControl.h"

#include <QJsonObject>
#include <QString>

#include <exception>
#include <optional>
#include <utility>

namespace candor {

class ProjectStore;

// What a finished job hands a runner that does not know its result type: the result as JSON (the window's
// Job::finished, `candor-cli ... --json`) and one line for the log.
struct EngineOutcome
{
    QJsonObject json;
    QString summary;
};

class EngineJob
{
public:
    explicit EngineJob(QString projectPath);
    virtual ~EngineJob() = default;
    EngineJob(const EngineJob &) = delete;
    EngineJob &operator=(const EngineJob &) = delete;

    // Translated title for the Jobs dock ("Train persuasion-spans").
    virtual QString title() const = 0;
    // Runs the job and returns its result as an outcome (see run() of TypedEngineJob).
    virtual EngineOutcome runForOutcome() = 0;

    const QString &projectPath() const { return m_projectPath; }
    void setProgressSink(engine::ProgressSink sink) { m_control.sink = std::move(sink); }
    // Shares a token owned elsewhere: one cancel then stops both (GUI job, SIGINT, a parent job).
    void shareCancelToken(const engine::CancelToken &token) { m_control.cancel = token; }
    const engine::CancelToken &cancelToken() const { return m_control.cancel; }
    void cancel() const { m_control.cancel.cancel(); }
    bool isCancelled() const { return m_control.cancel.isCancelled(); }

protected:
    const engine::RunControl &control() const { return m_control; }
    void report(const engine::Progress &progress) const { m_control.report(progress); }
    void report(const char *phase, long step = 0, long total = 0) const;
    void throwIfCancelled() const { m_control.throwIfCancelled(); }
    // A child job (evaluate runs predict) reports through this job and stops with it.
    void adopt(EngineJob &child) const;

    // Calls into models/ and turns a plain-C++ failure into candor::Error "<where>: <engine text>" (the engine's
    // text stays English inside the translated sentence); engine::Cancelled passes through.
    template <typename Call>
    auto callEngine(const QString &where, Call &&call) -> decltype(call())
    {
        try {
            return call();
        } catch (const engine::Cancelled &) {
            throw;
        } catch (const Error &) {
            throw;
        } catch (const std::exception &error) {
            if (engine::isOutOfMemory(error))
                throw Error(outOfMemory(where, error));
            throw Error(Error::tr("%1: %2").arg(where, QString::fromUtf8(error.what())));
        }
    }

    // "<where>: <engine text>" and what to do about memory that ran out: the device, the batch limit in force.
    static QString outOfMemory(const QString &where, const std::exception &error);

    // The project's job log. openRecord() starts this run's row; finishRecord() closes it inside the caller's save
    // transaction. A run that ends in an exception has its row closed "cancelled" or "failed" by TypedEngineJob::run.
    void openRecord(ProjectStore &store, const QString &kind, const QJsonObject &parameters);
    void finishRecord(ProjectStore &store, const QJsonObject &result);
    // Closes a row still open when the run ended in an exception (its save, if any, was rolled back with it).
    void closeOpenRecord(const QString &status, const QString &error) noexcept;
    void forgetRecord() { m_recordId = 0; }

private:
    QString m_projectPath;
    engine::RunControl m_control;
    qint64 m_recordId = 0;
};

// A job with a result type. Result provides `QJsonObject toJson() const` and `QString summary() const`.
template <typename Result>
class TypedEngineJob : public EngineJob
{
public:
    using EngineJob::EngineJob;

    // Runs on the calling thread (opens its own connection to the project). Throws candor::Error on failure and
    // engine::Cancelled when cancelled before it saved.
    Result run()
    {
        try {
            Result result = execute();
            forgetRecord(); // closed by finishRecord inside the committed save
            return result;
        } catch (const engine::Cancelled &) {
            closeOpenRecord(QStringLiteral("cancelled"), {});
            throw;
        } catch (const Error &error) {
            closeOpenRecord(QStringLiteral("failed"), error.message());
            throw;
        } catch (const std::exception &error) {
            const Error wrapped(Error::tr("%1: %2").arg(projectPath(), QString::fromUtf8(error.what())));
            closeOpenRecord(QStringLiteral("failed"), wrapped.message());
            throw wrapped;
        }
    }

    EngineOutcome runForOutcome() final
    {
        const Result result = run();
        return {result.toJson(), result.summary()};
    }

protected:
    virtual Result execute() = 0;
};

} // namespace candor
