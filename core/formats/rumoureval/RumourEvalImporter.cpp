#include "core/formats/rumoureval/RumourEvalImporter.h"

#include "core/domain/Error.h"
#include "core/formats/common/SafePaths.h"
#include "core/formats/rumoureval/RumourThread.h"

#include <QDir>
#include <QFileInfo>

namespace candor {

namespace {

void collectThreads(const QString &folder, int depthLeft, QStringList &found)
{
    if (RumourEvalImporter::isThreadFolder(folder)) {
        found.append(folder);
        return;
    }
    if (depthLeft == 0)
        return;
    for (const QFileInfo &child : listFolder(folder, QDir::Dirs)) {
        if (child.fileName().endsWith(QLatin1String("-annotations")))
            continue;
        collectThreads(child.absoluteFilePath(), depthLeft - 1, found);
    }
}

} // namespace

bool RumourEvalImporter::isThreadFolder(const QString &folder)
{
    return QFileInfo(folder + QStringLiteral("/source-tweet")).isDir();
}

QStringList RumourEvalImporter::threadFolders(const QString &path)
{
    QStringList found;
    if (QFileInfo(path).isDir())
        collectThreads(QFileInfo(path).absoluteFilePath(), 3, found);
    return found;
}

QString RumourEvalImporter::findAnswerFile(const QString &threadFolder, const QString &fileName)
{
    QDir ancestor(QFileInfo(threadFolder).absoluteFilePath());
    for (int level = 0; level < 3 && ancestor.cdUp(); ++level) {
        const QString inside = ancestor.filePath(fileName);
        if (QFileInfo(inside).isFile())
            return inside;
        const QString sibling
            = QStringLiteral("%1/../%2-annotations/%3").arg(ancestor.absolutePath(), ancestor.dirName(), fileName);
        if (QFileInfo(sibling).isFile())
            return QDir::cleanPath(sibling);
    }
    return {};
}

bool RumourEvalImporter::recognises(const QString &path) const
{
    try {
        return !threadFolders(path).isEmpty();
    } catch (const Error &) {
        return false; // a folder too large to list is not taken for a dataset; import says why
    }
}

void RumourEvalImporter::import(
    ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context)
{
    const QStringList threads = threadFolders(path);
    if (threads.isEmpty())
        throw Error(
            Error::tr("%1: no RumourEval thread folders (source-tweet/, replies/, structure.json) here").arg(path));
    QHash<QString, RumourLabels> labelsByFiles; // "subtaskA path\nsubtaskB path" -> labels, read once
    qint64 done = 0;
    for (const QString &folder : threads) {
        if (context.isCancelled())
            return;
        const QString stanceFile = findAnswerFile(folder, QStringLiteral("subtaskA.json"));
        const QString veracityFile = findAnswerFile(folder, QStringLiteral("subtaskB.json"));
        const QString key = stanceFile + QLatin1Char('\n') + veracityFile;
        if (!labelsByFiles.contains(key)) {
            RumourLabels labels;
            if (!stanceFile.isEmpty())
                labels.stance = RumourLabels::readAnswerFile(stanceFile, context);
            if (!veracityFile.isEmpty())
                labels.veracity = RumourLabels::readAnswerFile(veracityFile, context);
            labelsByFiles.insert(key, labels);
        }
        RumourThreadReader reader(store, context, labelsByFiles[key], ThreadLayout::rumourEval());
        ThreadInfo info;
        info.event = QFileInfo(QFileInfo(folder).absolutePath()).fileName();
        info.split = options.split.isEmpty() ? splitFromPath(folder) : options.split;
        context.record(store, folder, QFileInfo(folder).fileName(), [&] { reader.import(folder, info); });
        context.progress(++done, threads.size(), QStringLiteral("threads"));
    }
}

} // namespace candor
