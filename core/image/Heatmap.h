#pragma once

#include <QColor>
#include <QImage>

#include <vector>

namespace candor {

// A coarse grid of weights (rows x cols, row-major; e.g. the 7 x 7 attention of the meme model) drawn over
// the image it describes: bilinear upsampling to the image size (cell centres as sample points, edges
// clamped), min-max scaling to [0, 1], a perceptual colour map, alpha blending with `opacity` in [0, 1].
class Heatmap
{
public:
    // rows * cols weights; throws candor::Error when the count does not match or the grid is empty.
    Heatmap(std::vector<float> weights, int rows, int cols);

    // Weight at a point of a width x height image, bilinearly interpolated and scaled to [0, 1].
    float valueAt(double x, double y, int width, int height) const;
    // The colour-mapped heatmap alone (opaque), at the given size.
    QImage render(int width, int height) const;
    // The image with the heatmap blended on it (RGB888).
    QImage overlay(const QImage &image, double opacity = 0.5) const;

    // Dark blue -> cyan -> yellow -> red for t in [0, 1] (a "turbo"-like map readable on memes).
    static QColor colourAt(float t);

private:
    std::vector<float> m_weights; // scaled to [0, 1]
    int m_rows;
    int m_cols;
};

} // namespace candor
