#pragma once

#include "core/report/ReportFigures.h"

#include <QRectF>

class QPainter;

namespace candor {

class ProjectStore;

// The window's own stance timeline (StanceTimelineView: cumulative support/deny/query/comment over the thread's
// time, reference stances) of the report's most denied threads, drawn off screen: as SVG for the HTML page
// (by ReportFigures::timelineId) and painted into the PDF. Application thread only (QtCharts, a widget).
class ThreadTimelines
{
public:
    // SVG drawings of the first ReportFigures::kTimelineThreads most denied threads.
    static ReportDrawings svgs(const ReportModel &model, const ProjectStore &store);
    // One thread's timeline painted into `target`.
    static void paint(const ProjectStore &store, qint64 itemId, QPainter *painter, const QRectF &target);
};

} // namespace candor
