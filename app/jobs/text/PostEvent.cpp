#include "app/jobs/text/PostEvent.h"

#include "core/domain/Item.h"

#include <QJsonArray>

namespace candor {

QString postEvent(const Item &item)
{
    const QString event = item.metadata.value(QStringLiteral("event")).toString().trimmed();
    if (!event.isEmpty())
        return event;
    const QJsonArray imageIds = item.metadata.value(QStringLiteral("image_ids")).toArray();
    if (imageIds.isEmpty())
        return {};
    const QString first = imageIds.first().toString().trimmed();
    const int cut = first.indexOf(QLatin1Char('_'));
    return cut > 0 ? first.left(cut) : QString();
}

} // namespace candor
