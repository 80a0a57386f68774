#include "core/jobs/ImportJob.h"

#include "core/domain/Error.h"
#include "core/formats/common/Importer.h"
#include "core/store/ProjectStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace candor {

namespace {

std::unique_ptr<Importer> chooseImporter(const QString &path, const QString &format)
{
    if (!format.isEmpty()) {
        auto importer = importerFor(format);
        if (!importer)
            throw Error(Error::tr("unknown import format '%1'").arg(format));
        return importer;
    }
    for (auto &importer : allImporters())
        if (importer->recognises(path))
            return std::move(importer);
    throw Error(Error::tr("%1: no importer recognises this file or folder").arg(path));
}

bool recognisedByAny(const QString &path)
{
    for (const auto &importer : allImporters())
        if (importer->recognises(path))
            return true;
    return false;
}

// A folder that no importer takes as a whole (not a dataset layout) is a bag of files and dataset folders: each
// entry some importer recognises is imported on its own, the walk goes on into the other sub-folders, and the
// rest is named in `skipped`.
void collectRecognised(const QString &folder, QStringList &found, QStringList &skipped, const CancelToken &cancel)
{
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (cancel.isCancelled())   // a dropped home folder is a long walk; a cancel still ends it at once
            return;
        if (recognisedByAny(entry.filePath()))
            found.append(entry.filePath());
        else if (entry.isDir())
            collectRecognised(entry.filePath(), found, skipped, cancel);
        else
            skipped.append(entry.filePath());
    }
}

} // namespace

ImportJob::ImportJob(const QString &projectPath, const QStringList &paths, const QString &format, QObject *parent)
    : Job(paths.size() == 1 ? tr("Import %1").arg(QFileInfo(paths.first()).fileName()) : tr("Import %n files", nullptr, int(paths.size())), parent)
    , m_projectPath(projectPath)
    , m_paths(paths)
    , m_format(format)
{
}

QJsonObject ImportJob::run()
{
    ProjectStore store(m_projectPath);
    QStringList paths;
    for (const QString &path : m_paths) {
        QStringList found;
        QStringList skipped;
        if (m_format.isEmpty() && QFileInfo(path).isDir() && !recognisedByAny(path))
            collectRecognised(path, found, skipped, cancelToken());
        if (found.isEmpty()) {   // a file, a dataset folder, or a folder of nothing known (chooseImporter says so)
            paths.append(path);
            continue;
        }
        paths.append(found);
        for (const QString &file : skipped)
            log(tr("Skipped %1: no importer recognises it").arg(file));
    }
    ImportReport total;
    QJsonArray files;
    int imported = 0;
    for (int i = 0; i < paths.size() && !isCancelled(); ++i) {
        const QString &path = paths[i];
        auto importer = chooseImporter(path, m_format);
        log(tr("Importing %1 as %2").arg(path, importer->format()));
        const auto progress = [this, i, count = paths.size()](qint64 done, qint64 totalRecords, const QString &) {
            // Several paths share one bar: each path is an equal slice of it.
            const qint64 slice = 1000;
            const qint64 within = totalRecords > 0 ? qMin(slice, done * slice / totalRecords) : 0;
            reportProgress(i * slice + within, count * slice);
        };
        const ImportReport report = importPath(store, *importer, path, ImportOptions{}, progress, cancelToken().flag());
        for (const ImportIssue &issue : report.issues)
            log(issue.toString());
        log(report.summary());
        total.merge(report);
        QJsonObject file = report.toJson();
        file.insert(QStringLiteral("path"), path);
        files.append(file);
        if (!report.cancelled)
            m_filesImported.store(++imported);
    }
    if (imported == paths.size())
        markCompleted();
    reportProgress(paths.size(), paths.size());
    QJsonObject result = total.toJson();
    result.insert(QStringLiteral("files"), files);
    return result;
}

QString ImportJob::cancelOutcome() const
{
    const int kept = m_filesImported.load();
    if (kept == 0)
        return Job::cancelOutcome();
    return tr("%n path(s) imported before the cancel are kept; the one under way was not written", nullptr, kept);
}

} // namespace candor
