#include "widgets/appearance/AppearanceController.h"

#include "widgets/appearance/SchemePalettes.h"

#include <QApplication>
#include <QEvent>
#include <QSettings>
#include <QStyle>
#include <QTimer>

#ifdef CANDOR_HAVE_DBUS
#include "widgets/appearance/PortalColorScheme.h"
#endif

namespace candor {

const QString AppearanceController::SettingKey = QStringLiteral("appearance/colorScheme");

AppearanceController::AppearanceController(QObject *parent)
    : QObject(parent)
    , m_platformStyle(QApplication::style()->name())
    , m_themeRecheck(new QTimer(this))
{
    m_hints.gtkTheme = qEnvironmentVariable("GTK_THEME");
    m_hints.paletteIsDark = isDarkPalette(QApplication::palette());
    m_scheme = m_hints.paletteIsDark ? ColorScheme::Dark : ColorScheme::Light;
    readWindowsSetting();
    // Windows announces a changed app theme with a theme change to every window: read the setting once per burst.
    m_themeRecheck->setSingleShot(true);
    m_themeRecheck->setInterval(0);
    connect(m_themeRecheck, &QTimer::timeout, this, [this] {
        readWindowsSetting();
        apply();
    });
    qApp->installEventFilter(this);
}

AppearanceController::~AppearanceController() = default;

void AppearanceController::start()
{
    m_choice = appearanceChoiceFromName(QSettings().value(SettingKey).toString());
    apply();
}

void AppearanceController::followSessionPortal()
{
#if defined(CANDOR_HAVE_DBUS) && defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    followPortal(new PortalColorScheme(QDBusConnection::sessionBus(), this));
#endif
}

#ifdef CANDOR_HAVE_DBUS
void AppearanceController::followPortal(PortalColorScheme *portal)
{
    portal->setParent(this);
    connect(portal, &PortalColorScheme::changed, this, &AppearanceController::setPortalColorScheme);
    setPortalColorScheme(portal->read());
}
#endif

void AppearanceController::setChoice(AppearanceChoice choice)
{
    if (choice == m_choice)
        return;
    m_choice = choice;
    QSettings().setValue(SettingKey, appearanceChoiceName(choice));
    apply();
    Q_EMIT choiceChanged(choice);
}

void AppearanceController::setPortalColorScheme(std::optional<uint> colorScheme)
{
    m_hints.portalColorScheme = colorScheme;
    apply();
}

void AppearanceController::readWindowsSetting()
{
#ifdef Q_OS_WIN
    const QSettings personalize(
        QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize"),
        QSettings::NativeFormat);
    const QVariant light = personalize.value(QStringLiteral("AppsUseLightTheme"));
    m_hints.windowsAppsUseLightTheme = light.isValid() ? std::optional<bool>(light.toInt() != 0) : std::nullopt;
#endif
}

void AppearanceController::apply()
{
    const ColorScheme wanted = effectiveColorScheme(m_choice, m_hints);
    const ColorScheme platform = m_hints.paletteIsDark ? ColorScheme::Dark : ColorScheme::Light;
    bool override = wanted != platform;
#ifdef Q_OS_MACOS
    if (m_choice == AppearanceChoice::System)
        override = false; // Qt's macOS style follows the system appearance itself
#endif
    m_applying = true;
    if (override) {
        if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(wanted == ColorScheme::Dark ? darkPalette() : lightPalette());
    } else if (m_overriding) {
        if (QApplication::style()->name().compare(m_platformStyle, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(m_platformStyle);
        // An empty palette resolves to the platform theme's again (and follows its later changes).
        QApplication::setPalette(QPalette());
    }
    m_applying = false;
    m_overriding = override;
    if (wanted != m_scheme) {
        m_scheme = wanted;
        Q_EMIT schemeChanged(wanted);
    }
}

bool AppearanceController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange && watched == qApp && !m_applying && !m_overriding) {
        // The platform changed its own palette (a KDE colour scheme switch): that is the new platform scheme.
        m_hints.paletteIsDark = isDarkPalette(QApplication::palette());
        QTimer::singleShot(0, this, &AppearanceController::apply);
    }
#ifdef Q_OS_WIN
    if (event->type() == QEvent::ThemeChange && !m_applying)
        m_themeRecheck->start();
#endif
    return QObject::eventFilter(watched, event);
}

} // namespace candor
