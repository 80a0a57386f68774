#include "core/image/Heatmap.h"

#include "core/domain/Error.h"

#include <algorithm>
#include <cmath>

namespace candor {

Heatmap::Heatmap(std::vector<float> weights, int rows, int cols)
    : m_weights(std::move(weights))
    , m_rows(rows)
    , m_cols(cols)
{
    if (rows <= 0 || cols <= 0 || m_weights.size() != size_t(rows) * size_t(cols))
        throw Error(
            Error::tr("heatmap: %1 weights do not form a %2 x %3 grid").arg(m_weights.size()).arg(rows).arg(cols));
    const auto [low, high] = std::minmax_element(m_weights.begin(), m_weights.end());
    const float lo = *low;
    const float range = *high - lo;
    for (float &w : m_weights)
        w = range > 0 ? (w - lo) / range : 0.0f;
}

float Heatmap::valueAt(double x, double y, int width, int height) const
{
    // Cell (r, c) covers [c, c+1) x [r, r+1) in grid units; its weight sits at the centre.
    const double gx = std::clamp((x + 0.5) * m_cols / width - 0.5, 0.0, double(m_cols - 1));
    const double gy = std::clamp((y + 0.5) * m_rows / height - 0.5, 0.0, double(m_rows - 1));
    const int c0 = int(std::floor(gx));
    const int r0 = int(std::floor(gy));
    const int c1 = std::min(c0 + 1, m_cols - 1);
    const int r1 = std::min(r0 + 1, m_rows - 1);
    const double fx = gx - c0;
    const double fy = gy - r0;
    const auto at = [this](int r, int c) { return double(m_weights[size_t(r * m_cols + c)]); };
    const double top = at(r0, c0) * (1 - fx) + at(r0, c1) * fx;
    const double bottom = at(r1, c0) * (1 - fx) + at(r1, c1) * fx;
    return float(top * (1 - fy) + bottom * fy);
}

QColor Heatmap::colourAt(float t)
{
    static const QColor stops[] = {QColor(48, 18, 59), QColor(40, 120, 240), QColor(30, 210, 200), QColor(160, 250, 60),
        QColor(250, 190, 40), QColor(220, 50, 20)};
    constexpr int last = int(std::size(stops)) - 1;
    const float position = std::clamp(t, 0.0f, 1.0f) * last;
    const int i = std::min(int(position), last - 1);
    const float f = position - i;
    const auto mix = [f](int a, int b) { return int(std::lround(a + (b - a) * f)); };
    return QColor(mix(stops[i].red(), stops[i + 1].red()), mix(stops[i].green(), stops[i + 1].green()),
        mix(stops[i].blue(), stops[i + 1].blue()));
}

QImage Heatmap::render(int width, int height) const
{
    QImage out(width, height, QImage::Format_RGB888);
    for (int y = 0; y < height; ++y) {
        uchar *line = out.scanLine(y);
        for (int x = 0; x < width; ++x) {
            const QColor colour = colourAt(valueAt(x, y, width, height));
            line[3 * x] = uchar(colour.red());
            line[3 * x + 1] = uchar(colour.green());
            line[3 * x + 2] = uchar(colour.blue());
        }
    }
    return out;
}

QImage Heatmap::overlay(const QImage &image, double opacity) const
{
    const QImage base = image.convertToFormat(QImage::Format_RGB888);
    const QImage map = render(base.width(), base.height());
    const double a = std::clamp(opacity, 0.0, 1.0);
    QImage out(base.size(), QImage::Format_RGB888);
    for (int y = 0; y < base.height(); ++y) {
        const uchar *b = base.constScanLine(y);
        const uchar *m = map.constScanLine(y);
        uchar *o = out.scanLine(y);
        for (int i = 0; i < 3 * base.width(); ++i)
            o[i] = uchar(std::lround(b[i] * (1 - a) + m[i] * a));
    }
    return out;
}

} // namespace candor
