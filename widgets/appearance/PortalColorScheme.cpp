#include "widgets/appearance/PortalColorScheme.h"

#include <QDBusMessage>
#include <QDBusVariant>

namespace candor {

namespace {
const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString kNamespace = QStringLiteral("org.freedesktop.appearance");
const QString kKey = QStringLiteral("color-scheme");
} // namespace

PortalColorScheme::PortalColorScheme(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    if (m_bus.isConnected())
        m_bus.connect(kService, kPath, kInterface, QStringLiteral("SettingChanged"), this,
            SLOT(onSettingChanged(QString, QString, QDBusVariant)));
}

std::optional<uint> PortalColorScheme::read(int timeoutMs) const
{
    if (!m_bus.isConnected())
        return std::nullopt;
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Read"));
    call << kNamespace << kKey;
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, timeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return std::nullopt;
    return colorSchemeFrom(reply.arguments().first());
}

std::optional<uint> PortalColorScheme::colorSchemeFrom(const QVariant &reply)
{
    QVariant value = reply;
    // Read() nests the value in two variants; ReadOne() and SettingChanged in one. Unwrap whatever is there.
    for (int depth = 0; depth < 4 && value.metaType() == QMetaType::fromType<QDBusVariant>(); ++depth)
        value = value.value<QDBusVariant>().variant();
    bool ok = false;
    const uint scheme = value.toUInt(&ok);
    if (!ok || scheme > 2)
        return std::nullopt;
    return scheme;
}

void PortalColorScheme::onSettingChanged(const QString &nameSpace, const QString &key, const QDBusVariant &value)
{
    if (nameSpace == kNamespace && key == kKey)
        Q_EMIT changed(colorSchemeFrom(QVariant::fromValue(value)));
}

} // namespace candor
