#include "core/formats/factcheck/FactCheckRecords.h"

#include "core/store/FactCheckStore.h"
#include "core/store/ProjectStore.h"

#include <QJsonObject>

namespace candor {

QList<FactCheckRecord> factCheckRecords(const ProjectStore &store, const ExportOptions &options)
{
    QList<FactCheckRecord> records;
    for (const FactCheck &check : factChecks(store, options.split)) {
        std::optional<Item> item = store.item(check.itemId);
        if (!item || (!options.language.isEmpty() && item->language != options.language))
            continue;
        records.append({check, *item, itemUrl(*item)});
    }
    return records;
}

QString itemUrl(const Item &item)
{
    const QString url = item.metadata.value(QStringLiteral("url")).toString();
    if (!url.isEmpty())
        return url;
    bool numeric = false;
    item.externalId.toULongLong(&numeric);
    if (item.source == QLatin1String("mediaeval2016") && numeric)
        return QStringLiteral("https://twitter.com/i/web/status/") + item.externalId;
    return {};
}

} // namespace candor
