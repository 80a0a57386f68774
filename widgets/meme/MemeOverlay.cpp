#include "widgets/meme/MemeOverlay.h"

#include <QPainter>

#include <algorithm>

namespace candor {

void MemeOverlay::paint(QPainter &painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(QPointF(0, 0), image);
    if (!heat.isNull() && opacity > 0) {
        painter.setOpacity(std::clamp(opacity, 0.0, 1.0));
        painter.drawImage(QRectF(image.rect()), heat);
        painter.setOpacity(1.0);
    }
    // Outlines a pixel wide on screen whatever the zoom (cosmetic pens), scaled with the image when saved.
    QPen outline(QColor(255, 255, 255, 150), 0, Qt::DotLine);
    outline.setCosmetic(true);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(outline);
    for (const QRect &box : wordBoxes)
        painter.drawRect(box);
    // The span's colour inside a dark rim: readable over light captions and over every heatmap colour.
    const double width = std::max(2.0, image.height() / 250.0);
    QColor fill = highlight;
    fill.setAlpha(110);
    for (const QRect &box : highlighted) {
        const QRect around = box.adjusted(-3, -3, 3, 3);
        painter.setBrush(fill);
        painter.setPen(QPen(QColor(20, 20, 20), width * 2));
        painter.drawRect(around);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(highlight, width));
        painter.drawRect(around);
    }
    painter.restore();
}

QImage MemeOverlay::render() const
{
    QImage out(image.size(), QImage::Format_RGB32);
    out.fill(Qt::black);
    QPainter painter(&out);
    paint(painter);
    painter.end();
    return out;
}

} // namespace candor
