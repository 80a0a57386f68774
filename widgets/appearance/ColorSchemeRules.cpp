#include "appearance/ColorSchemeRules.h"

#include <QPalette>

namespace candor {

QString appearanceChoiceName(AppearanceChoice choice)
{
    switch (choice) {
    case AppearanceChoice::Light:
        return QStringLiteral("light");
    case AppearanceChoice::Dark:
        return QStringLiteral("dark");
    case AppearanceChoice::System:
        break;
    }
    return QStringLiteral("system");
}

AppearanceChoice appearanceChoiceFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return AppearanceChoice::Light;
    if (name == QLatin1String("dark"))
        return AppearanceChoice::Dark;
    return AppearanceChoice::System;
}

ColorScheme systemColorScheme(const SystemSchemeHints &hints)
{
    // 0 ("no preference", GNOME's default) says nothing: the theme and palette below still may.
    if (hints.portalColorScheme == 1u)
        return ColorScheme::Dark;
    if (hints.portalColorScheme == 2u)
        return ColorScheme::Light;
    if (hints.windowsAppsUseLightTheme)
        return *hints.windowsAppsUseLightTheme ? ColorScheme::Light : ColorScheme::Dark;
    // GTK_THEME names a theme and an optional variant: "Adwaita:dark"; themes shipped as their own dark
    // variant are called "Name-dark" ("Adwaita-dark", "Yaru-dark").
    const QString theme = hints.gtkTheme.trimmed();
    if (theme.endsWith(QLatin1String(":dark"), Qt::CaseInsensitive) || theme.endsWith(QLatin1String("-dark"), Qt::CaseInsensitive))
        return ColorScheme::Dark;
    return hints.paletteIsDark ? ColorScheme::Dark : ColorScheme::Light;
}

ColorScheme effectiveColorScheme(AppearanceChoice choice, const SystemSchemeHints &hints)
{
    switch (choice) {
    case AppearanceChoice::Light:
        return ColorScheme::Light;
    case AppearanceChoice::Dark:
        return ColorScheme::Dark;
    case AppearanceChoice::System:
        break;
    }
    return systemColorScheme(hints);
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

} // namespace candor
