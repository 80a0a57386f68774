#pragma once

// Helpers for the SemEval, PAN and RumourEval format tests: a fresh project per test, files written into a
// temporary folder, images drawn in memory, imports through the same path the CLI takes.
#include "core/domain/Error.h"
#include "core/formats/common/Exporter.h"
#include "core/formats/common/Importer.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"
#include "tests/support/TestFiles.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace datasets {

inline QString sharedDatasets()
{
    return QStringLiteral(CANDOR_SHARED_DIR) + QStringLiteral("/datasets");
}

using testfiles::writeFile;

inline void writeJson(const QString &path, const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    writeFile(path, document.toJson(QJsonDocument::Indented));
}

inline QJsonValue readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

inline QByteArray imageBytes(int width, int height, QColor colour, const char *format)
{
    QImage image(width, height, QImage::Format_RGB888);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

inline qint64 count(const candor::ProjectStore &store, const QString &statement)
{
    return candor::sql::scalar(storeConnection(store), statement).toLongLong();
}

// A project in a temporary folder, closed (connections dropped) on destruction.
class Project
{
public:
    // The folder name must not say train/dev/test: splits are read from paths.
    Project()
        : m_dir(QDir::tempPath() + QStringLiteral("/candor-formats-XXXXXX"))
        , m_path(m_dir.filePath(QStringLiteral("project.candor")))
    {
        candor::ProjectStore::create(m_path);
        m_store = std::make_unique<candor::ProjectStore>(m_path);
    }
    ~Project()
    {
        m_store.reset();
        candor::Database::closeAll();
    }

    candor::ProjectStore &store() { return *m_store; }
    QString folder() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    candor::ImportReport import(const QString &format, const QString &path, const QString &split = {})
    {
        auto importer = candor::importerFor(format);
        if (!importer)
            qFatal("no importer %s", qPrintable(format));
        candor::ImportOptions options;
        options.split = split;
        return candor::importPath(*m_store, *importer, path, options);
    }

    qint64 exportTo(const QString &format, const QString &out, const QString &origin = QStringLiteral("gold"),
        const QString &split = {}, const QString &language = {})
    {
        auto exporter = candor::exporterFor(format);
        if (!exporter)
            qFatal("no exporter %s", qPrintable(format));
        candor::ExportOptions options;
        options.split = split;
        options.language = language;
        options.selection = candor::AnnotationSelection::fromName(origin);
        return exporter->exportTo(*m_store, out, options);
    }

    qint64 count(const QString &statement) const { return datasets::count(*m_store, statement); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<candor::ProjectStore> m_store;
};

inline bool issuesMention(const candor::ImportReport &report, const QString &record, const QString &reason)
{
    for (const candor::ImportIssue &issue : report.issues)
        if ((record.isEmpty() || issue.record == record) && issue.reason.contains(reason, Qt::CaseInsensitive))
            return true;
    return false;
}

inline QString issuesText(const candor::ImportReport &report)
{
    QStringList lines;
    for (const candor::ImportIssue &issue : report.issues)
        lines.append(issue.toString());
    return lines.join(QLatin1Char('\n'));
}

// A JSON array of records as a sorted list of canonical strings, so two files compare as sets: only `keys` of
// each record are kept, and the nested list under `listKey` is sorted too (keeping only `listKeys` of its members).
inline QStringList canonicalRecords(
    const QJsonArray &records, const QStringList &keys, const QString &listKey, const QStringList &listKeys)
{
    QStringList result;
    for (const QJsonValue &value : records) {
        QJsonObject record;
        for (const QString &key : keys)
            if (value.toObject().contains(key))
                record.insert(key, value.toObject().value(key));
        QStringList members;
        for (const QJsonValue &member : value.toObject().value(listKey).toArray()) {
            if (!member.isObject()) {
                members.append(QString::fromUtf8(QJsonDocument(QJsonArray{member}).toJson(QJsonDocument::Compact)));
                continue;
            }
            QJsonObject kept;
            for (const QString &key : listKeys)
                kept.insert(key, member.toObject().value(key));
            members.append(QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)));
        }
        members.sort();
        record.insert(listKey, QJsonArray::fromStringList(members));
        result.append(QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
    }
    result.sort();
    return result;
}

} // namespace datasets
