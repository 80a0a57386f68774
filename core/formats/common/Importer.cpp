#include "core/formats/common/Importer.h"

#include "core/domain/Error.h"
#include "core/store/Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace candor {

std::unique_ptr<Importer> importerFor(const QString &format)
{
    for (auto &importer : allImporters())
        if (importer->format() == format)
            return std::move(importer);
    return nullptr;
}

QString splitFromPath(const QString &path)
{
    static const QRegularExpression separators(QStringLiteral("[^A-Za-z0-9]+"));
    QString remaining = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    // The file or folder itself decides first, then up to two parent folders.
    for (int level = 0; level < 3 && !remaining.isEmpty(); ++level) {
        const QString name = QFileInfo(remaining).fileName().toLower();
        for (const QString &token : name.split(separators, Qt::SkipEmptyParts)) {
            if (token == QLatin1String("train") || token == QLatin1String("training")
                || token == QLatin1String("trainset"))
                return QStringLiteral("train");
            if (token == QLatin1String("dev") || token == QLatin1String("devset")
                || token == QLatin1String("development") || token == QLatin1String("validation"))
                return QStringLiteral("dev");
            if (token == QLatin1String("test") || token == QLatin1String("testset"))
                return QStringLiteral("test");
        }
        remaining = QFileInfo(remaining).path();
    }
    return {};
}

ImportReport importPath(ProjectStore &store, Importer &importer, const QString &path, const ImportOptions &options,
    const ImportContext::ProgressFn &progress, const std::atomic_bool *cancel)
{
    if (!QFileInfo::exists(path))
        throw Error(Error::tr("%1: no such file or folder").arg(path));
    ImportContext context(progress, cancel);
    auto transaction = store.transaction();
    importer.import(store, path, options, context); // a fatal Error unwinds through the rollback
    context.endBatch();
    if (context.isCancelled()) {
        transaction.rollback();
        ImportReport report;
        report.cancelled = true;
        report.recordsRead = context.report().recordsRead;
        return report;
    }
    transaction.commit();
    return context.report();
}

} // namespace candor
