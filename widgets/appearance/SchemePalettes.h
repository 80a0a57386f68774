#pragma once

#include <QPalette>

namespace candor {

// The complete palettes Candor shows with the Fusion style when the desktop's scheme and the platform palette
// disagree (a GNOME "prefer dark" desktop hands Qt a light palette), and for the dark screenshot.
QPalette darkPalette();
// Fusion's own light palette (Qt 6.4 Fusion is always light).
QPalette lightPalette();

} // namespace candor
