#include "widgets/meme/ViewTransform.h"

#include <algorithm>

namespace candor {

void ViewTransform::fit(const QSizeF &image, const QSizeF &view)
{
    if (image.isEmpty() || view.isEmpty())
        return;
    m_fitScale = std::min(view.width() / image.width(), view.height() / image.height());
    m_scale = m_fitScale;
    m_offset = QPointF((view.width() - image.width() * m_scale) / 2, (view.height() - image.height() * m_scale) / 2);
    m_fitted = true;
}

void ViewTransform::zoomAt(const QPointF &anchor, double factor)
{
    const double target = std::clamp(m_scale * factor, m_fitScale * kMinimumZoom, m_fitScale * kMaximumZoom);
    const QPointF fixed = toImage(anchor);
    m_scale = target;
    m_offset = anchor - fixed * m_scale;
    m_fitted = false;
}

} // namespace candor
