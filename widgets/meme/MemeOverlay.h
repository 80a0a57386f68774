#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QRect>

class QPainter;

namespace candor {

// What the meme view draws, in the image's own pixels: the meme, the colour-mapped heatmap blended over it
// with `opacity` (result = (1 - opacity) * image + opacity * heat), faint outlines of every linked OCR word and
// the highlighted words filled in their span's colour. The screen and the saved PNG share this one drawing.
struct MemeOverlay
{
    QImage image;
    QImage heat; // same size as image; null: no heatmap
    double opacity = 0.5; // 0..1
    QList<QRect> wordBoxes; // every linked word (outlined)
    QList<QRect> highlighted; // the words of the hovered span, the text selection or the picked region
    QColor highlight = QColor(255, 200, 0);

    // Paints into a painter already mapped to image coordinates.
    void paint(QPainter &painter) const;
    // The overlay at the image's size (RGB32), as "Save overlay as PNG" writes it.
    QImage render() const;
};

} // namespace candor
