// Model versions, model files and the job log of ProjectStore.
#include "core/domain/Error.h"
#include "core/store/Database.h"
#include "core/store/JobOwner.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace candor {

namespace {
QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ModelVersion readVersion(const QSqlQuery &query)
{
    ModelVersion version;
    version.id = query.value(0).toLongLong();
    version.task = query.value(1).toString();
    version.name = query.value(2).toString();
    version.createdAt = fromIsoUtc(query.value(3).toString());
    version.config = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
    version.dataSnapshot = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    version.metrics = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    return version;
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

const QString kVersionColumns = QStringLiteral("id, task, name, created_at, config, data_snapshot, metrics");
} // namespace

qint64 ProjectStore::addModelVersion(const ModelVersion &version)
{
    QSqlQuery insert = sql::prepare(db(),
        QStringLiteral("INSERT INTO model_versions(task, name, created_at, config, data_snapshot, metrics) VALUES (?, "
                       "?, ?, ?, ?, ?)"));
    insert.addBindValue(sql::text(version.task));
    insert.addBindValue(sql::text(version.name));
    insert.addBindValue(toIsoUtc(version.createdAt.isValid() ? version.createdAt : QDateTime::currentDateTimeUtc()));
    insert.addBindValue(compact(version.config));
    insert.addBindValue(compact(version.dataSnapshot));
    insert.addBindValue(compact(version.metrics));
    sql::exec(insert);
    return insert.lastInsertId().toLongLong();
}

QList<ModelVersion> ProjectStore::modelVersions(const QString &task) const
{
    QSqlQuery query = sql::prepare(db(),
        QStringLiteral("SELECT ") + kVersionColumns
            + QStringLiteral(" FROM model_versions WHERE (? = '' OR task = ?) ORDER BY id"));
    // A null QString binds as SQL NULL, and NULL = '' is never true: bind "" so the default lists every task.
    query.addBindValue(sql::text(task));
    query.addBindValue(sql::text(task));
    sql::exec(query);
    QList<ModelVersion> result;
    while (query.next())
        result.append(readVersion(query));
    return result;
}

std::optional<ModelVersion> ProjectStore::latestModelVersion(const QString &task) const
{
    QSqlQuery query = sql::prepare(db(),
        QStringLiteral("SELECT ") + kVersionColumns
            + QStringLiteral(" FROM model_versions WHERE task = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(task);
    sql::exec(query);
    if (!query.next())
        return std::nullopt;
    return readVersion(query);
}

std::optional<ModelVersion> ProjectStore::modelVersion(qint64 modelVersionId) const
{
    QSqlQuery query = sql::prepare(
        db(), QStringLiteral("SELECT ") + kVersionColumns + QStringLiteral(" FROM model_versions WHERE id = ?"));
    query.addBindValue(modelVersionId);
    sql::exec(query);
    if (!query.next())
        return std::nullopt;
    return readVersion(query);
}

namespace {
QString pinKey(const QString &task)
{
    return QStringLiteral("pinned_model_version/") + task;
}
} // namespace

void ProjectStore::pinModelVersion(const QString &task, std::optional<qint64> modelVersionId)
{
    if (modelVersionId) {
        const std::optional<ModelVersion> version = modelVersion(*modelVersionId);
        if (!version || version->task != task)
            throw Error(Error::tr("%1: model version %2 does not exist or is not a '%3' model")
                            .arg(m_path)
                            .arg(*modelVersionId)
                            .arg(task));
    }
    setMetaValue(pinKey(task), modelVersionId ? QString::number(*modelVersionId) : QStringLiteral(""));
}

std::optional<qint64> ProjectStore::pinnedModelVersion(const QString &task) const
{
    bool ok = false;
    const qint64 id = metaValue(pinKey(task)).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<ModelVersion> ProjectStore::currentModelVersion(const QString &task) const
{
    if (const std::optional<qint64> pinned = pinnedModelVersion(task))
        if (std::optional<ModelVersion> version = modelVersion(*pinned); version && version->task == task)
            return version;
    return latestModelVersion(task);
}

void ProjectStore::setModelMetrics(qint64 modelVersionId, const QJsonObject &metrics)
{
    QSqlQuery query = sql::prepare(db(), QStringLiteral("UPDATE model_versions SET metrics = ? WHERE id = ?"));
    query.addBindValue(compact(metrics));
    query.addBindValue(modelVersionId);
    sql::exec(query);
    if (query.numRowsAffected() != 1)
        throw Error(Error::tr("model version %1 does not exist").arg(modelVersionId));
}

void ProjectStore::putModelFile(qint64 modelVersionId, const QString &name, const QByteArray &bytes)
{
    QSqlQuery query = sql::prepare(db(),
        QStringLiteral(
            "INSERT OR REPLACE INTO model_files(model_version_id, name, bytes, sha256) VALUES (?, ?, ?, ?)"));
    query.addBindValue(modelVersionId);
    query.addBindValue(name);
    query.addBindValue(bytes.isNull() ? QByteArray("", 0) : bytes); // a null QByteArray binds as SQL NULL
    query.addBindValue(sha256Of(bytes));
    sql::exec(query);
}

QByteArray ProjectStore::modelFile(qint64 modelVersionId, const QString &name) const
{
    QSqlQuery query = sql::prepare(db(),
        QStringLiteral(
            "SELECT f.bytes, f.sha256, v.name FROM model_files f JOIN model_versions v ON v.id = f.model_version_id"
            " WHERE f.model_version_id = ? AND f.name = ?"));
    query.addBindValue(modelVersionId);
    query.addBindValue(name);
    sql::exec(query);
    if (!query.next())
        throw Error(Error::tr("model version %1 has no file '%2'").arg(modelVersionId).arg(name));
    const QByteArray bytes = query.value(0).toByteArray();
    const QString recorded = query.value(1).toString();
    const QString actual = sha256Of(bytes);
    // Flipped bytes in a checkpoint load without complaint and predict nonsense: the hash is the only witness.
    if (actual != recorded)
        throw Error(
            Error::tr("%1: model version %2 (%3): file '%4' is damaged: its SHA-256 is %5, %6 was recorded "
                      "when the model was registered. Train the model again or restore the project from a backup.")
                .arg(m_path)
                .arg(modelVersionId)
                .arg(query.value(2).toString(), name, actual, recorded.isEmpty() ? Error::tr("none") : recorded));
    return bytes;
}

qint64 ProjectStore::startJob(const QString &kind, const QJsonObject &parameters)
{
    static const JobOwner owner = JobOwner::current();
    QSqlQuery insert = sql::prepare(db(),
        QStringLiteral("INSERT INTO jobs(kind, started_at, status, parameters, owner_host, owner_pid, owner_started)"
                       " VALUES (?, ?, 'running', ?, ?, ?, ?)"));
    insert.addBindValue(sql::text(kind));
    insert.addBindValue(toIsoUtc(QDateTime::currentDateTimeUtc()));
    insert.addBindValue(compact(parameters));
    insert.addBindValue(sql::text(owner.host));
    insert.addBindValue(owner.pid);
    insert.addBindValue(sql::text(owner.started));
    sql::exec(insert);
    return insert.lastInsertId().toLongLong();
}

void ProjectStore::finishJob(qint64 jobId, const QString &status, const QJsonObject &result)
{
    QSqlQuery update
        = sql::prepare(db(), QStringLiteral("UPDATE jobs SET finished_at = ?, status = ?, result = ? WHERE id = ?"));
    update.addBindValue(toIsoUtc(QDateTime::currentDateTimeUtc()));
    update.addBindValue(status);
    update.addBindValue(compact(result));
    update.addBindValue(jobId);
    sql::exec(update);
}

QSet<qint64> ProjectStore::itemsPredictedBy(const QString &kind, qint64 versionId) const
{
    QSqlQuery query = sql::prepare(
        db(), QStringLiteral("SELECT result FROM jobs WHERE kind = ? AND status = 'finished' ORDER BY id"));
    query.addBindValue(kind);
    sql::exec(query);
    QSet<qint64> covered;
    while (query.next()) {
        const QJsonObject result = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        if (result.value(QStringLiteral("model_version")).toInteger() != versionId)
            continue;
        for (const QJsonValue &id : result.value(QStringLiteral("item_ids")).toArray())
            covered.insert(id.toInteger());
    }
    return covered;
}

QList<FinishedJob> ProjectStore::finishedJobs(const QString &kind) const
{
    QSqlQuery query = sql::prepare(db(),
        QStringLiteral("SELECT id, finished_at, parameters, result FROM jobs WHERE kind = ? AND status = 'finished'"
                       " ORDER BY id DESC"));
    query.addBindValue(kind);
    sql::exec(query);
    QList<FinishedJob> jobs;
    while (query.next()) {
        FinishedJob job;
        job.id = query.value(0).toLongLong();
        job.finishedAt = fromIsoUtc(query.value(1).toString());
        job.parameters = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        job.result = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
        jobs.append(job);
    }
    return jobs;
}

int ProjectStore::markInterruptedJobs()
{
    QSqlQuery running = sql::prepare(
        db(), QStringLiteral("SELECT id, owner_host, owner_pid, owner_started FROM jobs WHERE status = 'running'"));
    sql::exec(running);
    QList<qint64> gone;
    while (running.next()) {
        const JobOwner owner{running.value(1).toString(), running.value(2).toLongLong(), running.value(3).toString()};
        if (owner.isGone())
            gone.append(running.value(0).toLongLong());
    }
    if (gone.isEmpty())
        return 0;
    // Opening must not wait on another writer for this: without the lock at once, a later open marks the rows.
    sql::exec(db(), QStringLiteral("PRAGMA busy_timeout = 0"));
    struct RestoreTimeout
    {
        QSqlDatabase db;
        ~RestoreTimeout()
        {
            QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(Database::busyTimeoutMs));
        }
    } restore{db()};
    sql::Transaction transaction(db());
    QSqlQuery mark = sql::prepare(db(),
        QStringLiteral(
            "UPDATE jobs SET status = 'interrupted', finished_at = ?, result = ? WHERE id = ? AND status = 'running'"));
    const QString now = toIsoUtc(QDateTime::currentDateTimeUtc());
    const QString result = compact({{QStringLiteral("error"),
        QStringLiteral("interrupted: the process running this job ended before it finished")}});
    for (qint64 id : std::as_const(gone)) {
        mark.bindValue(0, now);
        mark.bindValue(1, result);
        mark.bindValue(2, id);
        sql::exec(mark);
    }
    transaction.commit();
    return int(gone.size());
}

} // namespace candor
