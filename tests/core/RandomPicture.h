#pragma once

// A 400x300 PNG of 50 random ellipses on a random background: distinct seeds give perceptual hashes far apart, so
// near-duplicate tests control exactly which pictures match.

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

namespace candor::testing {

inline QByteArray randomPicture(quint32 seed)
{
    QRandomGenerator random(seed);
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(QColor::fromRgb(random.generate()));
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < 50; ++i) {
        painter.setBrush(QColor::fromRgb(random.generate()));
        painter.drawEllipse(
            QRect(random.bounded(300), random.bounded(220), random.bounded(30, 120), random.bounded(20, 90)));
    }
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace candor::testing
