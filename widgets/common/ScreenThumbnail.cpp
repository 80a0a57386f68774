#include "widgets/common/ScreenThumbnail.h"

#include <QGuiApplication>
#include <QImage>

namespace candor {

QPixmap screenThumbnail(const QImage &image, int points)
{
    if (image.isNull())
        return {};
    const qreal ratio = qGuiApp->devicePixelRatio();
    QPixmap pixmap = QPixmap::fromImage(
        image.scaled(QSize(points, points) * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    return pixmap;
}

} // namespace candor
