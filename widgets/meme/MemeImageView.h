#pragma once

#include "widgets/meme/MemeOverlay.h"
#include "widgets/meme/ViewTransform.h"

#include <QWidget>

namespace candor {

// The meme image with its overlay, zoomable and pannable. Wheel or +/- zoom (around the mouse, or the centre
// for keys), 0 fits, drag or the arrow keys pan; Shift+drag (or a right-button drag) draws a rubber band and a
// click without movement picks the point, both reported in image pixels so the owner can select the words there.
class MemeImageView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemeImageView)

public:
    explicit MemeImageView(QWidget *parent = nullptr);

    void setOverlay(const MemeOverlay &overlay); // a new image refits the view
    const MemeOverlay &overlay() const { return m_overlay; }
    void setHighlighted(const QList<QRect> &boxes, const QColor &colour);

    const ViewTransform &viewTransform() const { return m_transform; }
    void zoomIn();
    void zoomOut();
    void fitToView();

    QSize sizeHint() const override { return {480, 360}; }
    QSize minimumSizeHint() const override { return {160, 120}; }

Q_SIGNALS:
    // A rubber band or a click (a 1 x 1 region) in image pixels.
    void regionPicked(const QRect &imageRegion);
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Drag { None, Pan, Band };
    void zoomBy(const QPointF &anchor, double factor);

    MemeOverlay m_overlay;
    ViewTransform m_transform;
    Drag m_drag = Drag::None;
    QPoint m_pressPoint;
    QPoint m_lastPoint;
    bool m_moved = false;
};

} // namespace candor
