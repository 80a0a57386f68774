#pragma once

#include <QPixmap>

class QImage;

namespace candor {

// `image` scaled to fit `points` x `points` logical pixels, with as many device pixels as the screen has for them
// (96 at 2x for 48 points), tagged with that ratio so views draw it at its logical size: a 48-pixel image drawn
// on a 2x screen is a blur. Null for a null image.
QPixmap screenThumbnail(const QImage &image, int points);

} // namespace candor
