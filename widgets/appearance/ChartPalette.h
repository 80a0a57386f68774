#pragma once

class QChart;
class QPalette;

namespace candor {

// Gives a chart the dark or light QtCharts theme that matches the palette, then the palette's own background,
// text and grid colours (titles, legend, every axis). A theme resets series colours: callers with fixed series
// colours set them again afterwards.
void applyChartPalette(QChart *chart, const QPalette &palette);

} // namespace candor
