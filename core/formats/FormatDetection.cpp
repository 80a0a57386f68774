#include "core/formats/FormatDetection.h"

#include "core/domain/Error.h"
#include "core/formats/common/SafePaths.h"

#include <QFileInfo>

namespace candor {

namespace {

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

std::unique_ptr<Importer> recognisingImporter(const QString &path)
{
    for (auto &importer : allImporters()) {
        try {
            if (importer->recognises(path))
                return std::move(importer);
        } catch (const Error &) {
            // Not its format (a folder too large to list, say); naming the format imports it and says why.
        }
    }
    return nullptr;
}

// A folder is one dataset when an importer recognises it and no entry in it belongs to another format (pictures
// aside): a SemEval folder holding a CSV of notes, or a dropped folder of several datasets, is a bag of entries.
std::unique_ptr<Importer> importerOf(const QString &path)
{
    auto importer = recognisingImporter(path);
    if (!importer || !QFileInfo(path).isDir())
        return importer;
    for (const QFileInfo &entry : listFolder(path, QDir::Files | QDir::Dirs)) {
        const auto other = recognisingImporter(entry.filePath());
        // Pictures go with datasets (meme images, Weibo's image folders, Telegram photos): they do not make a bag.
        if (other && other->format() != importer->format() && other->format() != QLatin1String("image"))
            return nullptr;
    }
    return importer;
}

void walk(const QString &folder, int depthLeft, ImportPlan &plan, const std::atomic_bool *cancel)
{
    for (const QFileInfo &entry : listFolder(folder, QDir::Files | QDir::Dirs | QDir::System)) {
        if (isCancelled(cancel))
            return;
        const QString path = entry.filePath();
        if (!entry.isFile() && !entry.isDir()) {
            plan.skipped.append(Error::tr("%1: not a regular file or folder").arg(path));
            continue;
        }
        if (auto importer = importerOf(path)) {
            plan.steps.push_back({path, std::move(importer)});
        } else if (entry.isDir()) {
            if (depthLeft > 0)
                walk(path, depthLeft - 1, plan, cancel);
            else
                plan.skipped.append(
                    Error::tr("%1: deeper than %2 folders, not searched").arg(path).arg(kMaxFolderWalkDepth));
        } else {
            plan.skipped.append(Error::tr("%1: no importer recognises it").arg(path));
        }
    }
}

} // namespace

QStringList importFormatNames()
{
    QStringList names;
    for (const auto &importer : allImporters())
        names.append(importer->format());
    return names;
}

ImportPlan planImport(const QStringList &paths, const QString &format, const std::atomic_bool *cancel)
{
    ImportPlan plan;
    const bool named = !format.isEmpty() && format != QLatin1String("auto");
    for (const QString &path : paths) {
        if (isCancelled(cancel))
            break;
        const QFileInfo info(path);
        if (!info.exists())
            throw Error(Error::tr("%1: no such file or folder").arg(path));
        if (named) {
            auto importer = importerFor(format);
            if (!importer)
                throw Error(Error::tr("unknown import format '%1' (one of: %2)")
                                .arg(format, importFormatNames().join(QStringLiteral(", "))));
            plan.steps.push_back({path, std::move(importer)});
            continue;
        }
        if (auto importer = importerOf(path)) {
            plan.steps.push_back({path, std::move(importer)});
            continue;
        }
        const std::size_t before = plan.steps.size();
        if (info.isDir())
            walk(path, kMaxFolderWalkDepth - 1, plan, cancel);
        if (plan.steps.size() == before && !isCancelled(cancel))
            throw Error(Error::tr("%1: no importer recognises this file or folder (known formats: %2)")
                            .arg(path, importFormatNames().join(QStringLiteral(", "))));
    }
    return plan;
}

} // namespace candor
