// Model versions, model files and the job log of ProjectStore.
#include "core/store/ProjectStore.h"

#include "core/domain/Error.h"
#include "core/store/Sql.h"

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

const QString kVersionColumns = QStringLiteral("id, task, name, created_at, config, data_snapshot, metrics");
} // namespace

qint64 ProjectStore::addModelVersion(const ModelVersion &version)
{
    QSqlQuery insert = sql::prepare(db(), QStringLiteral(
        "INSERT INTO model_versions(task, name, created_at, config, data_snapshot, metrics) VALUES (?, ?, ?, ?, ?, ?)"));
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
    QSqlQuery query = sql::prepare(db(), QStringLiteral("SELECT ") + kVersionColumns
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
    QSqlQuery query = sql::prepare(db(), QStringLiteral("SELECT ") + kVersionColumns
                                             + QStringLiteral(" FROM model_versions WHERE task = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(task);
    sql::exec(query);
    if (!query.next())
        return std::nullopt;
    return readVersion(query);
}

std::optional<ModelVersion> ProjectStore::modelVersion(qint64 modelVersionId) const
{
    QSqlQuery query = sql::prepare(db(), QStringLiteral("SELECT ") + kVersionColumns + QStringLiteral(" FROM model_versions WHERE id = ?"));
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
            throw Error(Error::tr("%1: model version %2 does not exist or is not a '%3' model").arg(m_path).arg(*modelVersionId).arg(task));
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
    QSqlQuery query = sql::prepare(db(), QStringLiteral(
        "INSERT OR REPLACE INTO model_files(model_version_id, name, bytes) VALUES (?, ?, ?)"));
    query.addBindValue(modelVersionId);
    query.addBindValue(name);
    query.addBindValue(bytes);
    sql::exec(query);
}

QByteArray ProjectStore::modelFile(qint64 modelVersionId, const QString &name) const
{
    QSqlQuery query = sql::prepare(db(), QStringLiteral("SELECT bytes FROM model_files WHERE model_version_id = ? AND name = ?"));
    query.addBindValue(modelVersionId);
    query.addBindValue(name);
    sql::exec(query);
    if (!query.next())
        throw Error(Error::tr("model version %1 has no file '%2'").arg(modelVersionId).arg(name));
    return query.value(0).toByteArray();
}

qint64 ProjectStore::startJob(const QString &kind, const QJsonObject &parameters)
{
    QSqlQuery insert = sql::prepare(db(), QStringLiteral(
        "INSERT INTO jobs(kind, started_at, status, parameters) VALUES (?, ?, 'running', ?)"));
    insert.addBindValue(sql::text(kind));
    insert.addBindValue(toIsoUtc(QDateTime::currentDateTimeUtc()));
    insert.addBindValue(compact(parameters));
    sql::exec(insert);
    return insert.lastInsertId().toLongLong();
}

void ProjectStore::finishJob(qint64 jobId, const QString &status, const QJsonObject &result)
{
    QSqlQuery update = sql::prepare(db(), QStringLiteral(
        "UPDATE jobs SET finished_at = ?, status = ?, result = ? WHERE id = ?"));
    update.addBindValue(toIsoUtc(QDateTime::currentDateTimeUtc()));
    update.addBindValue(status);
    update.addBindValue(compact(result));
    update.addBindValue(jobId);
    sql::exec(update);
}

QSet<qint64> ProjectStore::itemsPredictedBy(const QString &kind, qint64 versionId) const
{
    QSqlQuery query = sql::prepare(db(), QStringLiteral("SELECT result FROM jobs WHERE kind = ? AND status = 'finished' ORDER BY id"));
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

} // namespace candor
