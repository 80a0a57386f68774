#include "core/formats/pheme/PhemeImporter.h"

#include "core/domain/Error.h"
#include "core/formats/common/JsonFields.h"
#include "core/formats/common/SafePaths.h"
#include "core/formats/pheme/PhemeAnnotation.h"
#include "core/formats/rumoureval/RumourThread.h"

#include <QDir>
#include <QFileInfo>

namespace candor {

namespace {

constexpr int kSearchDepth = 4; // root -> all-rnr-annotated-threads -> event -> rumours -> thread

void collectThreads(const QString &folder, int depthLeft, QStringList &found)
{
    if (PhemeImporter::isThreadFolder(folder)) {
        found.append(folder);
        return;
    }
    if (depthLeft == 0)
        return;
    for (const QFileInfo &child : listFolder(folder, QDir::Dirs))
        collectThreads(child.absoluteFilePath(), depthLeft - 1, found);
}

// rumours/ or non-rumours/ (PHEME-RNR), nothing for the older layout.
std::optional<bool> rumourFolder(const QString &threadFolder)
{
    const QString parent = QFileInfo(QFileInfo(threadFolder).absolutePath()).fileName().toLower();
    if (parent == QLatin1String("rumours") || parent == QLatin1String("rumors"))
        return true;
    if (parent == QLatin1String("non-rumours") || parent == QLatin1String("non-rumors")
        || parent == QLatin1String("nonrumours"))
        return false;
    return std::nullopt;
}

QString eventOf(const QString &threadFolder)
{
    QDir dir(QFileInfo(threadFolder).absolutePath());
    if (rumourFolder(threadFolder))
        dir.cdUp();
    QString event = dir.dirName();
    if (event.endsWith(QLatin1String("-all-rnr-threads")))
        event.chop(int(qstrlen("-all-rnr-threads")));
    return event;
}

PhemeAnnotation readAnnotation(const QString &folder)
{
    const QString path = folder + QStringLiteral("/annotation.json");
    if (!QFileInfo(path).exists() && !QFileInfo(path).isSymLink())
        return {};
    resolveInside(folder, QStringLiteral("annotation.json")); // a link out of the thread is refused
    const QJsonDocument document = json::readDocument(path);
    if (!document.isObject())
        throw Error(Error::tr("%1: expected a JSON object").arg(path));
    try {
        return PhemeAnnotation::parse(document.object());
    } catch (const Error &error) {
        throw Error(Error::tr("%1: %2").arg(path, error.message()));
    }
}

} // namespace

bool PhemeImporter::isThreadFolder(const QString &folder)
{
    return QFileInfo(folder + QStringLiteral("/source-tweets")).isDir();
}

QStringList PhemeImporter::threadFolders(const QString &path)
{
    QStringList found;
    if (QFileInfo(path).isDir())
        collectThreads(QFileInfo(path).absoluteFilePath(), kSearchDepth, found);
    return found;
}

bool PhemeImporter::recognises(const QString &path) const
{
    try {
        return !threadFolders(path).isEmpty();
    } catch (const Error &) {
        return false; // a folder too large to list is not taken for a dataset; import says why
    }
}

void PhemeImporter::import(
    ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context)
{
    const QStringList threads = threadFolders(path);
    if (threads.isEmpty())
        throw Error(Error::tr("%1: no PHEME thread folders (<thread id>/source-tweets/) here").arg(path));
    const RumourLabels noLabels; // PHEME's veracity comes per thread from annotation.json
    RumourThreadReader reader(store, context, noLabels, ThreadLayout::pheme());
    qint64 done = 0;
    for (const QString &folder : threads) {
        if (context.isCancelled())
            return;
        context.record(store, folder, QFileInfo(folder).fileName(), [&] {
            const PhemeAnnotation annotation = readAnnotation(folder);
            ThreadInfo info;
            info.event = eventOf(folder);
            info.split = options.split.isEmpty() ? splitFromPath(folder) : options.split;
            const std::optional<bool> isRumour = annotation.isRumour ? annotation.isRumour : rumourFolder(folder);
            if (isRumour)
                info.metadata.insert(QStringLiteral("is_rumour"), *isRumour);
            if (!annotation.category.isEmpty())
                info.metadata.insert(QStringLiteral("category"), annotation.category);
            // A non-rumour has no veracity to judge, whatever flags its file carries.
            info.veracity = isRumour.value_or(true) ? annotation.veracity.value_or(QString()) : QString();
            reader.import(folder, info);
            if (!annotation.warning.isEmpty())
                context.addWarning(folder, QFileInfo(folder).fileName(), annotation.warning);
        });
        context.progress(++done, threads.size(), QStringLiteral("threads"));
    }
}

} // namespace candor
