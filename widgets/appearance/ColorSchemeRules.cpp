#include "widgets/appearance/ColorSchemeRules.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace candor {

QString appearanceChoiceName(AppearanceChoice choice)
{
    switch (choice) {
    case AppearanceChoice::Light: return QStringLiteral("light");
    case AppearanceChoice::Dark: return QStringLiteral("dark");
    case AppearanceChoice::System: break;
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
    if (theme.endsWith(QLatin1String(":dark"), Qt::CaseInsensitive)
        || theme.endsWith(QLatin1String("-dark"), Qt::CaseInsensitive))
        return ColorScheme::Dark;
    return hints.paletteIsDark ? ColorScheme::Dark : ColorScheme::Light;
}

ColorScheme effectiveColorScheme(AppearanceChoice choice, const SystemSchemeHints &hints)
{
    switch (choice) {
    case AppearanceChoice::Light: return ColorScheme::Light;
    case AppearanceChoice::Dark: return ColorScheme::Dark;
    case AppearanceChoice::System: break;
    }
    return systemColorScheme(hints);
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor readableOn(const QColor &colour, const QColor &background, double minimum)
{
    if (contrastRatio(colour, background) >= minimum)
        return colour;
    // Steps in HSL lightness keep hue and saturation, so the stance (or technique) stays recognisable; 22 steps of
    // 12 reach white or black from any colour.
    const bool darkBackground = relativeLuminance(background) < 0.18;
    const QColor hsl = colour.toHsl();
    int lightness = hsl.lightness();
    QColor result = colour;
    for (int step = 0; step < 22 && contrastRatio(result, background) < minimum; ++step) {
        lightness = std::clamp(lightness + (darkBackground ? 12 : -12), 0, 255);
        result = QColor::fromHsl(hsl.hslHue(), hsl.hslSaturation(), lightness, hsl.alpha()).toRgb();
    }
    return result;
}

} // namespace candor
