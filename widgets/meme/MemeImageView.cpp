#include "widgets/meme/MemeImageView.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace candor {

namespace {
constexpr double kZoomStep = 1.25;
constexpr int kPanStep = 40; // pixels per arrow key press
constexpr int kClickSlack = 3; // a press and release closer than this is a click, not a drag
} // namespace

MemeImageView::MemeImageView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAccessibleName(tr("Meme image"));
    setAccessibleDescription(tr("The meme's picture, with the model's heatmap over it when one is shown. The caption "
                                "is the item text below; words and regions picked here select it there."));
    setToolTip(tr("Wheel or +/- zoom, 0 fits, drag pans; click a word or Shift+drag a region to select its text"));
    setBackgroundRole(QPalette::Dark);
    setAutoFillBackground(true);
}

void MemeImageView::setOverlay(const MemeOverlay &overlay)
{
    const bool newImage
        = overlay.image.size() != m_overlay.image.size() || overlay.image.cacheKey() != m_overlay.image.cacheKey();
    m_overlay = overlay;
    if (newImage)
        fitToView();
    update();
}

void MemeImageView::setHighlighted(const QList<QRect> &boxes, const QColor &colour)
{
    if (boxes == m_overlay.highlighted && colour == m_overlay.highlight)
        return;
    m_overlay.highlighted = boxes;
    m_overlay.highlight = colour;
    update();
}

void MemeImageView::fitToView()
{
    m_transform.fit(m_overlay.image.size(), size());
    update();
    Q_EMIT zoomChanged(m_transform.zoom());
}

void MemeImageView::zoomBy(const QPointF &anchor, double factor)
{
    if (m_overlay.image.isNull())
        return;
    m_transform.zoomAt(anchor, factor);
    update();
    Q_EMIT zoomChanged(m_transform.zoom());
}

void MemeImageView::zoomIn()
{
    zoomBy(QRectF(rect()).center(), kZoomStep);
}

void MemeImageView::zoomOut()
{
    zoomBy(QRectF(rect()).center(), 1 / kZoomStep);
}

void MemeImageView::paintEvent(QPaintEvent *)
{
    if (m_overlay.image.isNull())
        return;
    QPainter painter(this);
    painter.setTransform(m_transform.transform());
    m_overlay.paint(painter);
    if (m_drag == Drag::Band && m_moved) {
        painter.resetTransform();
        QPen pen(palette().highlight().color(), 1, Qt::DashLine);
        painter.setPen(pen);
        QColor fill = palette().highlight().color();
        fill.setAlpha(50);
        painter.setBrush(fill);
        painter.drawRect(QRect(m_pressPoint, m_lastPoint).normalized());
    }
}

void MemeImageView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_transform.isFitted())
        fitToView();
}

void MemeImageView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y();
    if (steps == 0) {
        event->ignore();
        return;
    }
    zoomBy(event->position(), std::pow(kZoomStep, steps / 120.0));
    event->accept();
}

void MemeImageView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    m_pressPoint = m_lastPoint = event->position().toPoint();
    m_moved = false;
    const bool band = event->button() == Qt::RightButton
        || (event->button() == Qt::LeftButton && event->modifiers().testFlag(Qt::ShiftModifier));
    m_drag = band ? Drag::Band : (event->button() == Qt::LeftButton ? Drag::Pan : Drag::None);
    if (m_drag == Drag::Pan)
        setCursor(Qt::ClosedHandCursor);
}

void MemeImageView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint point = event->position().toPoint();
    if (m_drag == Drag::None)
        return;
    m_moved = m_moved || (point - m_pressPoint).manhattanLength() > kClickSlack;
    if (m_drag == Drag::Pan && m_moved) {
        m_transform.pan(point - m_lastPoint);
        update();
    } else if (m_drag == Drag::Band) {
        update();
    }
    m_lastPoint = point;
}

void MemeImageView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    if (drag == Drag::None || m_overlay.image.isNull())
        return;
    const QPoint point = event->position().toPoint();
    if (!m_moved) {
        const QPointF at = m_transform.toImage(point);
        Q_EMIT regionPicked(QRect(QPoint(int(at.x()), int(at.y())), QSize(1, 1)));
    } else if (drag == Drag::Band) {
        const QRectF band = m_transform.toImage(QRectF(QRect(m_pressPoint, point).normalized()));
        update();
        Q_EMIT regionPicked(band.toAlignedRect().intersected(m_overlay.image.rect()));
    }
}

void MemeImageView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); break;
    case Qt::Key_Minus: zoomOut(); break;
    case Qt::Key_0: fitToView(); break;
    case Qt::Key_Left:
        m_transform.pan(QPointF(kPanStep, 0));
        update();
        break;
    case Qt::Key_Right:
        m_transform.pan(QPointF(-kPanStep, 0));
        update();
        break;
    case Qt::Key_Up:
        m_transform.pan(QPointF(0, kPanStep));
        update();
        break;
    case Qt::Key_Down:
        m_transform.pan(QPointF(0, -kPanStep));
        update();
        break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

} // namespace candor
