#pragma once

#include "widgets/thread/StanceTimelineData.h"

#include <QWidget>

#include <array>

class QChart;
class QChartView;
class QComboBox;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace candor {

// The stance timeline of one thread (QtCharts): cumulative support/deny/query/comment over the time since the
// source, and the model's attention per reply on a second axis. Clicking a point selects that reply
// (postClicked); selectPost marks a reply chosen elsewhere. Reference (human, else gold) or model stances.
class StanceTimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StanceTimelineView)

public:
    explicit StanceTimelineView(QWidget *parent = nullptr);

    void setConversation(const ThreadConversation &conversation);
    void setSource(TimelineSource source);
    TimelineSource source() const { return m_source; }
    const StanceTimelineSeries &series() const { return m_series; }
    int selectedPost() const { return m_selected; }

    // Exports the chart as it is shown; false (with the reason in *error) when the file cannot be written.
    bool exportPng(const QString &path, QString *error = nullptr) const;
    bool exportSvg(const QString &path, QString *error = nullptr) const;

    // The reply whose point lies nearest to `value` (chart coordinates) in x; -1 without replies.
    int postNearest(const QPointF &value) const;

    QChartView *chartView() const { return m_view; }
    QLineSeries *stanceSeries(int stance) const { return m_lines[size_t(stance)]; }
    QScatterSeries *attentionSeries() const { return m_attention; }

    // The time axis: zoom by `factor` (< 1 zooms in) keeping `anchor` (chart x) in place; back to the whole range.
    void zoomTime(double factor, double anchor);
    QPair<double, double> timeRange() const;

public Q_SLOTS:
    void selectPost(int postIndex);
    void showWholeThread();

Q_SIGNALS:
    void postClicked(int postIndex);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    // Chart theme, background and text from the palette (light or dark); the stance colours stay.
    void applyPalette();

    ThreadConversation m_conversation;
    StanceTimelineSeries m_series;
    TimelineSource m_source = TimelineSource::Reference;
    int m_selected = -1;
    QComboBox *m_sourceBox = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    std::array<QLineSeries *, 4> m_lines{};
    QScatterSeries *m_attention = nullptr;
    QScatterSeries *m_marker = nullptr;
    QValueAxis *m_time = nullptr;
    QValueAxis *m_count = nullptr;
    QValueAxis *m_weight = nullptr;
    double m_fullTime = 1.0; // the whole thread's time range, end of the axis
};

} // namespace candor
