#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

namespace candor {

// Zoom and pan of an image in a view: a view point is image point * scale + offset. "Fit" shows the whole
// image centred; zooming keeps the image point under the anchor (the mouse, or the view centre for keys)
// where it is, so the user zooms into what they point at.
class ViewTransform
{
public:
    static constexpr double kMinimumZoom = 0.25; // relative to the fitted scale
    static constexpr double kMaximumZoom = 16.0;

    void fit(const QSizeF &image, const QSizeF &view);
    // Multiplies the scale by `factor` (clamped to the zoom range) around `anchor` (view coordinates).
    void zoomAt(const QPointF &anchor, double factor);
    void pan(const QPointF &delta)
    {
        m_offset += delta;
        m_fitted = false;
    }

    double scale() const { return m_scale; }
    QPointF offset() const { return m_offset; }
    double zoom() const { return m_fitScale > 0 ? m_scale / m_fitScale : 1.0; } // 1 = fitted
    bool isFitted() const { return m_fitted; }

    QPointF toView(const QPointF &image) const { return image * m_scale + m_offset; }
    QPointF toImage(const QPointF &view) const { return (view - m_offset) / m_scale; }
    QRectF toView(const QRectF &image) const { return {toView(image.topLeft()), toView(image.bottomRight())}; }
    QRectF toImage(const QRectF &view) const
    {
        return QRectF(toImage(view.topLeft()), toImage(view.bottomRight())).normalized();
    }
    QTransform transform() const { return QTransform(m_scale, 0, 0, m_scale, m_offset.x(), m_offset.y()); }

private:
    double m_scale = 1.0;
    double m_fitScale = 1.0;
    QPointF m_offset;
    bool m_fitted = true;
};

} // namespace candor
