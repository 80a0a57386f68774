#include "core/report/SavedFilters.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace candor::SavedFilters {

namespace {

QJsonObject saved()
{
    const QSettings settings(QCoreApplication::organizationName(), QStringLiteral("candor"));
    return QJsonDocument::fromJson(settings.value(QStringLiteral("browser/savedFilters")).toByteArray()).object();
}

} // namespace

QStringList names()
{
    return saved().keys();
}

std::optional<ItemQuery> find(const QString &name)
{
    const QJsonObject all = saved();
    if (!all.contains(name))
        return std::nullopt;
    return ItemQuery::fromJson(all.value(name).toObject());
}

} // namespace candor::SavedFilters
