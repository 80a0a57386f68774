#include "widgets/report/ThreadTimelines.h"

#include "widgets/thread/StanceTimelineView.h"
#include "widgets/thread/ThreadConversation.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QPainter>
#include <QSvgGenerator>

namespace candor {

namespace {

constexpr QSize kSize(760, 380); // tall enough for the count axis title ("replies (cumulative)") in full

// The view laid out at `size` without a window on screen: the chart renders as it would in the thread view.
void render(const ProjectStore &store, qint64 itemId, QPainter *painter, const QRectF &target)
{
    StanceTimelineView view;
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.setConversation(loadConversation(store, itemId));
    view.resize(target.size().toSize());
    view.show();
    QChartView *chart = view.chartView();
    chart->resize(target.size().toSize());
    chart->chart()->resize(target.size());
    // QGraphicsView::render: the view's contents (the chart) scaled into the target, as vectors on a vector device.
    chart->render(painter, target, QRect(), Qt::IgnoreAspectRatio);
}

} // namespace

void ThreadTimelines::paint(const ProjectStore &store, qint64 itemId, QPainter *painter, const QRectF &target)
{
    render(store, itemId, painter, target);
}

ReportDrawings ThreadTimelines::svgs(const ReportModel &model, const ProjectStore &store)
{
    ReportDrawings drawings;
    if (!model.threads)
        return drawings;
    for (const DeniedThread &thread : model.threads->mostDenied.mid(0, ReportFigures::kTimelineThreads)) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(kSize);
        generator.setViewBox(QRect(QPoint(0, 0), kSize));
        QPainter painter;
        if (!painter.begin(&generator))
            continue;
        render(store, thread.itemId, &painter, QRectF(QPointF(0, 0), kSize));
        painter.end();
        drawings.insert(ReportFigures::timelineId(thread.itemId), buffer.data());
    }
    return drawings;
}

} // namespace candor
