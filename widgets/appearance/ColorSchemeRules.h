#pragma once

#include "core/domain/SchemaChecks.h"

#include <QString>

#include <optional>

class QColor;
class QPalette;

namespace candor {

enum class ColorScheme { Light, Dark };

// What the user picked in View > Appearance: follow the desktop, or force one scheme.
enum class AppearanceChoice { System, Light, Dark };

QString appearanceChoiceName(AppearanceChoice choice); // "system", "light", "dark" (the stored setting)
AppearanceChoice appearanceChoiceFromName(const QString &name); // unknown names read as System

// Everything the desktop tells about its colour scheme; each source may be missing.
struct SystemSchemeHints
{
    // org.freedesktop.appearance color-scheme from the XDG desktop portal: 0 no preference, 1 dark, 2 light.
    std::optional<uint> portalColorScheme;
    // Windows: HKCU\...\Themes\Personalize\AppsUseLightTheme.
    std::optional<bool> windowsAppsUseLightTheme;
    QString gtkTheme; // $GTK_THEME, e.g. "Adwaita:dark"
    bool paletteIsDark = false; // the platform's own palette (a KDE dark colour scheme arrives this way)
};

// The desktop's scheme: the portal's explicit answer first, then the Windows setting, then $GTK_THEME, then the
// platform palette; light when nothing says dark.
ColorScheme systemColorScheme(const SystemSchemeHints &hints);
// The scheme the application should show: the user's forced choice, else the desktop's.
ColorScheme effectiveColorScheme(AppearanceChoice choice, const SystemSchemeHints &hints);

// Dark when the window background is darker than its text.
bool isDarkPalette(const QPalette &palette);
// contrastRatio (WCAG 2, core/domain/SchemaChecks.h): 1 (same luminance) to 21; 4.5 is the minimum for text.
// `colour` lightened (on a dark background) or darkened (on a light one) until it reaches `minimum` contrast
// against `background`; unchanged when it already does.
QColor readableOn(const QColor &colour, const QColor &background, double minimum = 4.5);

} // namespace candor
