#pragma once

#include "core/report/ReportModel.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace candor {

// One chart of a report as plain data: both renderers name figures by id, the widgets layer draws each with
// QtCharts (SVG for HTML, vector painting for PDF), and a renderer without a drawing shows the numbers as a table.
struct ReportFigure
{
    enum class Kind {
        Bars, // grouped horizontal bars: one bar per series within each category
        StackedBars, // one stacked horizontal bar per category
        Lines // one line per series over the categories (months)
    };
    QString id; // "persuasion-20/origin", "threads/veracity", ...
    QString title;
    Kind kind = Kind::Bars;
    // data.rows are the categories (axis), data.columns the series; both already as people read them
    // (translated label names).
    CountGrid data;
    QList<QColor> seriesColours; // one per column
    QString valueAxis; // "items", "posts"
};

// SVG documents (or nothing) per figure id, drawn by the widgets layer.
using ReportDrawings = QHash<QString, QByteArray>;

class ReportFigures
{
    Q_DECLARE_TR_FUNCTIONS(ReportFigures)

public:
    // Every figure of the model, in the order the report shows them.
    static QList<ReportFigure> of(const ReportModel &model);
    // The window's stance timeline of the most denied threads (the first kTimelineThreads), drawn by the widgets
    // layer from the project, under this id.
    static constexpr int kTimelineThreads = 3;
    static QString timelineId(qint64 itemId) { return QStringLiteral("threads/timeline/%1").arg(itemId); }
    // The figures of one section, by id prefix ("persuasion-20/").
    static QList<ReportFigure> withPrefix(const QList<ReportFigure> &figures, const QString &prefix);
};

// The label as a reader sees it: the official name in the interface's language (Translations::labelName).
QString displayLabel(const QString &label);

} // namespace candor
