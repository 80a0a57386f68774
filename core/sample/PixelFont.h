#pragma once

#include <QColor>
#include <QImage>
#include <QString>

namespace candor {

// Draws text with a built-in 5x7 pixel font. The sample project renders meme images with it, because drawing
// with system fonts needs a QGuiApplication and candor-cli (a QCoreApplication) builds the sample too.
// Covers A-Z, 0-9 and common punctuation; lower case is drawn as upper case, other characters as blanks.
class PixelFont
{
public:
    static constexpr int glyphWidth = 5;
    static constexpr int glyphHeight = 7;

    // Draws `text` (one line) with its top-left at (x, y), each font pixel `scale` image pixels wide.
    static void drawLine(QImage &image, int x, int y, const QString &text, int scale, const QColor &colour);
    // Width in image pixels of `text` drawn at `scale`.
    static int lineWidth(const QString &text, int scale);
};

} // namespace candor
