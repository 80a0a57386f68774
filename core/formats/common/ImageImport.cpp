#include "core/formats/common/ImageImport.h"

#include "core/formats/common/ImportContext.h"
#include "core/store/ProjectStore.h"

namespace candor {

qint64 storeImportedImage(ProjectStore &store, ImportContext &context, const QByteArray &bytes, const QString &origin,
    const QString &file, const QString &record, QJsonObject &metadata)
{
    QStringList warnings;
    const UpsertResult media = store.addMedia(bytes, origin, &warnings);
    if (media.outcome == UpsertOutcome::Added)
        ++context.report().mediaAdded;
    if (!warnings.isEmpty()) {
        const QString damage = warnings.join(QStringLiteral("; "));
        context.addWarning(file, record, ImportIssue::tr("image %1 stored with damage: %2").arg(origin, damage));
        metadata.insert(QStringLiteral("image_warning"), damage);
    }
    return media.id;
}

} // namespace candor
