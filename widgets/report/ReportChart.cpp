#include "widgets/report/ReportChart.h"

#include "core/report/HtmlText.h"
#include "widgets/appearance/ChartPalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QPalette>
#include <QSet>
#include <QSvgGenerator>
#include <QValueAxis>

namespace candor {

namespace {

// Series without a colour of their own (sources) take these, the window's label palette order.
const QList<QColor> kFallbackColours{QColor(0x43, 0x63, 0xd8), QColor(0xf5, 0x82, 0x31), QColor(0x3c, 0xb4, 0x4b),
    QColor(0xe6, 0x19, 0x4b), QColor(0x91, 0x1e, 0xb4), QColor(0x00, 0x80, 0x80), QColor(0x9a, 0x63, 0x24),
    QColor(0x80, 0x80, 0x00), QColor(0x00, 0x00, 0x75), QColor(0x80, 0x80, 0x80)};

QColor seriesColour(const ReportFigure &figure, int series)
{
    if (series < figure.seriesColours.size() && figure.seriesColours.at(series).isValid())
        return figure.seriesColours.at(series);
    return kFallbackColours.at(series % kFallbackColours.size());
}

// Axis categories and series names must be unique and short (a 10,000-character source name would take the whole
// chart), and escaped: QtCharts lays labels out as Qt rich text, where a source named "<img src=x>" would become
// an image.
QStringList categories(const QStringList &names)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &name : names) {
        QString shown = name.size() > 40 ? name.left(39) + QChar(0x2026) : name;
        if (shown.isEmpty())
            shown = QStringLiteral("–");
        for (int n = 2; seen.contains(shown); ++n)
            shown = shown.left(36) + QStringLiteral(" (%1)").arg(n);
        seen.insert(shown);
        result.append(html::text(shown));
    }
    return result;
}

QPalette paperPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x1b, 0x1b, 0x1b));
    palette.setColor(QPalette::Mid, QColor(0xcc, 0xcc, 0xcc));
    return palette;
}

void addBars(QChart *chart, const ReportFigure &figure, const QPalette &palette)
{
    QAbstractBarSeries *series = figure.kind == ReportFigure::Kind::StackedBars
        ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
        : static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries);
    const QStringList names = categories(figure.data.columns);
    for (int column = 0; column < figure.data.columns.size(); ++column) {
        auto *set = new QBarSet(names.at(column));
        // Categories run top to bottom as in the tables: a horizontal bar axis counts from the bottom.
        for (qsizetype row = figure.data.rows.size() - 1; row >= 0; --row)
            set->append(double(figure.data.at(int(row), column)));
        series->append(set);
    }
    chart->addSeries(series);
    QStringList rows = categories(figure.data.rows);
    std::reverse(rows.begin(), rows.end());
    auto *axis = new QBarCategoryAxis;
    axis->append(rows);
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    values->setTitleText(figure.valueAxis);
    chart->addAxis(axis, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(axis);
    series->attachAxis(values);
    values->setMin(0);
    values->applyNiceNumbers();
    applyChartPalette(chart, palette);
    const QList<QBarSet *> sets = series->barSets();
    for (int column = 0; column < sets.size(); ++column) {
        sets.at(column)->setColor(seriesColour(figure, column));
        sets.at(column)->setBorderColor(seriesColour(figure, column).darker(120));
    }
}

// The months of a chart over time. Up to a year each month is named; over more, a label per year (at its first
// month shown) keeps the axis readable where 40 month names would each be cut to "20…".
QAbstractAxis *timeAxis(const QStringList &months)
{
    if (months.size() <= 12) {
        auto *axis = new QBarCategoryAxis;
        axis->append(categories(months));
        return axis;
    }
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(0, double(months.size() - 1));
    for (int index = 0; index < months.size(); ++index) {
        const QString year = months.at(index).left(4);
        if (index == 0 || months.at(index).endsWith(QLatin1String("-01")))
            axis->append(index == 0 ? html::text(months.at(index)) : html::text(year), index);
    }
    return axis;
}

void addLines(QChart *chart, const ReportFigure &figure, const QPalette &palette)
{
    QAbstractAxis *axis = timeAxis(figure.data.rows);
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    values->setTitleText(figure.valueAxis);
    chart->addAxis(axis, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    const QStringList names = categories(figure.data.columns);
    QList<QLineSeries *> lines;
    for (int column = 0; column < figure.data.columns.size(); ++column) {
        auto *line = new QLineSeries;
        line->setName(names.at(column));
        line->setPointsVisible(true);
        for (int row = 0; row < figure.data.rows.size(); ++row)
            line->append(row, double(figure.data.at(row, column)));
        chart->addSeries(line);
        line->attachAxis(axis);
        line->attachAxis(values);
        lines.append(line);
    }
    values->setMin(0);
    values->applyNiceNumbers();
    applyChartPalette(chart, palette);
    for (int column = 0; column < lines.size(); ++column) {
        QPen pen(seriesColour(figure, column));
        pen.setWidthF(2.0);
        lines.at(column)->setPen(pen);
    }
}

} // namespace

QChart *ReportChart::create(const ReportFigure &figure)
{
    return create(figure, paperPalette());
}

QChart *ReportChart::create(const ReportFigure &figure, const QPalette &palette)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    if (figure.kind == ReportFigure::Kind::Lines)
        addLines(chart, figure, palette);
    else
        addBars(chart, figure, palette);
    chart->legend()->setAlignment(Qt::AlignTop);
    // Even one series says what it counts ("gold" alone among the origins, the one label of a timeline).
    chart->legend()->setVisible(!figure.data.columns.isEmpty());
    return chart;
}

QSize ReportChart::preferredSize(const ReportFigure &figure, int width)
{
    const int rows = int(figure.data.rows.size());
    const int series = int(figure.data.columns.size());
    switch (figure.kind) {
    // Below ~200 points the value axis has no room for its numbers.
    case ReportFigure::Kind::Bars: return {width, qMax(200, 110 + rows * (10 * series + 12))};
    case ReportFigure::Kind::StackedBars: return {width, qMax(200, 110 + rows * 26)};
    case ReportFigure::Kind::Lines: return {width, 340};
    }
    return {width, 340};
}

void ReportChart::paint(const ReportFigure &figure, QPainter *painter, const QRectF &target)
{
    QGraphicsScene scene;
    QChart *chart = create(figure); // the scene owns it from here
    scene.addItem(chart);
    chart->resize(target.size());
    scene.setSceneRect(QRectF(QPointF(0, 0), target.size()));
    scene.render(painter, target, scene.sceneRect());
}

QByteArray ReportChart::svg(const ReportFigure &figure)
{
    const QSize size = preferredSize(figure);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(figure.title); // the report's own words; QSvgGenerator escapes it
    generator.setDescription(figure.title);
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    painter.setRenderHint(QPainter::Antialiasing);
    paint(figure, &painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return buffer.data();
}

ReportDrawings ReportChart::drawAll(const QList<ReportFigure> &figures)
{
    ReportDrawings drawings;
    for (const ReportFigure &figure : figures)
        drawings.insert(figure.id, svg(figure));
    return drawings;
}

} // namespace candor
