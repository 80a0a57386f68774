#pragma once

#include "core/report/ReportFigures.h"

#include <QByteArray>
#include <QSize>

class QChart;
class QPainter;
class QPalette;
class QRectF;

namespace candor {

// A report figure drawn with QtCharts off screen: the bar and line charts of the report, in the window's chart
// palette (applyChartPalette, light: reports are read on paper) and its label colours. Needs a QApplication
// (QtCharts draws through QGraphicsScene); the offscreen platform is enough.
class ReportChart
{
public:
    // A new chart of the figure; the caller owns it.
    static QChart *create(const ReportFigure &figure);
    // The same in a window's palette (the Charts dock follows the light or dark appearance).
    static QChart *create(const ReportFigure &figure, const QPalette &palette);
    // The size the figure wants at `width` (bar charts grow with their categories).
    static QSize preferredSize(const ReportFigure &figure, int width = 760);
    // The figure as an SVG document (QSvgGenerator) of preferredSize.
    static QByteArray svg(const ReportFigure &figure);
    // The figure painted into `target` (the PDF's vector drawing).
    static void paint(const ReportFigure &figure, QPainter *painter, const QRectF &target);
    // SVG drawings of every figure, by id (what ReportHtml embeds).
    static ReportDrawings drawAll(const QList<ReportFigure> &figures);
};

} // namespace candor
