#pragma once

#include <QDBusConnection>
#include <QObject>

#include <optional>

class QDBusVariant;

namespace candor {

// The XDG desktop portal's colour-scheme preference (org.freedesktop.portal.Settings, namespace
// org.freedesktop.appearance, key color-scheme: 0 no preference, 1 prefer dark, 2 prefer light), read once and
// followed live through the portal's SettingChanged signal. GNOME 42+, KDE Plasma 5.24+ and others answer it; the
// bus is a parameter so tests can stand up their own portal on a private bus.
class PortalColorScheme final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalColorScheme)

public:
    explicit PortalColorScheme(const QDBusConnection &bus, QObject *parent = nullptr);

    // Asks the portal and waits at most `timeoutMs`; nullopt when there is no bus, no portal or no such setting.
    std::optional<uint> read(int timeoutMs = 1000) const;
    // Unwraps the portal's answer: Read returns the value inside a variant inside a variant.
    static std::optional<uint> colorSchemeFrom(const QVariant &reply);

Q_SIGNALS:
    void changed(std::optional<uint> colorScheme);

private Q_SLOTS:
    void onSettingChanged(const QString &nameSpace, const QString &key, const QDBusVariant &value);

private:
    QDBusConnection m_bus;
};

} // namespace candor
