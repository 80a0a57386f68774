#include "widgets/thread/StanceTimelineView.h"

#include "widgets/appearance/ChartPalette.h"
#include "widgets/appearance/ColorSchemeRules.h"
#include "widgets/thread/StanceChipDelegate.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QPushButton>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace candor {

StanceTimelineView::StanceTimelineView(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Stance timeline"));
    setAccessibleDescription(
        tr("Cumulative replies per stance over the thread's time, and the model's attention per reply"));
    m_sourceBox = new QComboBox(this);
    m_sourceBox->addItem(tr("Reference stance (human, else gold)"));
    m_sourceBox->addItem(tr("Model stance"));
    connect(m_sourceBox, &QComboBox::currentIndexChanged, this,
        [this](int index) { setSource(index == 1 ? TimelineSource::Model : TimelineSource::Reference); });

    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_time = new QValueAxis;
    m_count = new QValueAxis;
    m_weight = new QValueAxis;
    m_count->setTitleText(tr("replies (cumulative)"));
    m_count->setLabelFormat(QStringLiteral("%d"));
    m_weight->setTitleText(tr("attention"));
    m_weight->setRange(0, 1);
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_count, Qt::AlignLeft);
    m_chart->addAxis(m_weight, Qt::AlignRight);
    for (int s = 0; s < 4; ++s) {
        auto *line = new QLineSeries;
        line->setName(timelineStanceLabels()[s]);
        line->setColor(stanceColour(timelineStanceLabels()[s]));
        line->setPointsVisible(true);
        m_chart->addSeries(line);
        line->attachAxis(m_time);
        line->attachAxis(m_count);
        connect(line, &QXYSeries::clicked, this, [this](const QPointF &value) {
            const int post = postNearest(value);
            if (post >= 0) {
                selectPost(post);
                Q_EMIT postClicked(post);
            }
        });
        m_lines[size_t(s)] = line;
    }
    m_attention = new QScatterSeries;
    m_attention->setName(tr("model attention"));
    m_attention->setMarkerSize(9);
    m_marker = new QScatterSeries;
    m_marker->setName(tr("selected"));
    m_marker->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_marker->setMarkerSize(14);
    for (QScatterSeries *scatter : {m_attention, m_marker}) {
        m_chart->addSeries(scatter);
        scatter->attachAxis(m_time);
        scatter->attachAxis(m_weight);
    }
    connect(m_attention, &QXYSeries::clicked, this, [this](const QPointF &value) {
        const int post = postNearest(value);
        if (post >= 0) {
            selectPost(post);
            Q_EMIT postClicked(post);
        }
    });

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260); // below this the axis titles collapse to ellipses
    m_view->viewport()->installEventFilter(this); // the wheel zooms the time axis
    m_view->setToolTip(tr("Wheel: zoom the time axis around the pointer; click a point to select its reply"));
    auto *fit = new QPushButton(tr("Whole thread"), this);
    fit->setToolTip(tr("Show the whole time range again after zooming"));
    connect(fit, &QPushButton::clicked, this, &StanceTimelineView::showWholeThread);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Stances:"), this));
    top->addWidget(m_sourceBox);
    top->addStretch();
    top->addWidget(fit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    applyPalette();
    rebuild();
}

void StanceTimelineView::applyPalette()
{
    applyChartPalette(m_chart, palette());
    for (size_t s = 0; s < m_lines.size(); ++s)
        m_lines[s]->setColor(stanceColour(timelineStanceLabels()[int(s)]));
    const bool dark = isDarkPalette(palette());
    m_attention->setColor(dark ? QColor(0xb3, 0x9d, 0xdb) : QColor(0x5e, 0x35, 0xb1));
    m_attention->setBorderColor(m_attention->color());
    m_marker->setColor(Qt::transparent);
    m_marker->setBorderColor(palette().color(QPalette::Text));
}

void StanceTimelineView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void StanceTimelineView::setConversation(const ThreadConversation &conversation)
{
    m_conversation = conversation;
    m_selected = -1;
    rebuild();
}

void StanceTimelineView::setSource(TimelineSource source)
{
    m_source = source;
    const QSignalBlocker block(m_sourceBox);
    m_sourceBox->setCurrentIndex(source == TimelineSource::Model ? 1 : 0);
    rebuild();
}

void StanceTimelineView::rebuild()
{
    m_series = timelineSeries(m_conversation, m_source);
    double maxX = 1, maxCount = 1;
    for (size_t s = 0; s < 4; ++s) {
        m_lines[s]->replace(m_series.cumulative[s]);
        for (const QPointF &p : m_series.cumulative[s]) {
            maxX = std::max(maxX, p.x());
            maxCount = std::max(maxCount, p.y());
        }
    }
    m_attention->replace(m_series.attention);
    m_attention->setVisible(!m_series.attention.isEmpty());
    m_time->setTitleText(tr("time since the source (%1)").arg(m_series.unit.name));
    m_fullTime = maxX * 1.05;
    m_time->setRange(0, m_fullTime);
    m_count->setRange(0, std::ceil(maxCount * 1.1));
    m_chart->setTitle(m_source == TimelineSource::Model ? tr("Model stance over time") : tr("Stance over time"));
    selectPost(m_selected);
}

void StanceTimelineView::selectPost(int postIndex)
{
    m_selected = postIndex;
    QList<QPointF> marker;
    const qsizetype at = m_series.replies.indexOf(postIndex);
    if (at >= 0) {
        const int attentionAt = int(m_series.attentionReplies.indexOf(postIndex));
        const double y = attentionAt >= 0 ? m_series.attention[attentionAt].y() : 0.0;
        marker.append(QPointF(m_series.cumulative[0][at].x(), y));
    }
    m_marker->replace(marker);
}

QPair<double, double> StanceTimelineView::timeRange() const
{
    return {m_time->min(), m_time->max()};
}

void StanceTimelineView::showWholeThread()
{
    m_time->setRange(0, m_fullTime);
}

void StanceTimelineView::zoomTime(double factor, double anchor)
{
    // Most replies of a rumour thread come in its first minutes and a few stragglers hours later: zooming around
    // the pointer keeps the anchor where it is and never leaves [0, whole thread].
    const double width = std::clamp((m_time->max() - m_time->min()) * factor, m_fullTime / 1000.0, m_fullTime);
    const double share = (anchor - m_time->min()) / std::max(1e-12, m_time->max() - m_time->min());
    const double low = std::clamp(anchor - share * width, 0.0, m_fullTime - width);
    m_time->setRange(low, low + width);
}

bool StanceTimelineView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Wheel) {
        const auto *wheel = static_cast<QWheelEvent *>(event);
        const QPointF scene = m_view->mapToScene(wheel->position().toPoint());
        const QPointF value = m_chart->mapToValue(m_chart->mapFromScene(scene), m_lines[0]);
        zoomTime(std::pow(0.8, wheel->angleDelta().y() / 120.0), std::clamp(value.x(), m_time->min(), m_time->max()));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

int StanceTimelineView::postNearest(const QPointF &value) const
{
    int best = -1;
    double distance = std::numeric_limits<double>::max();
    for (int i = 0; i < m_series.replies.size(); ++i) {
        const double d = std::abs(m_series.cumulative[0][i].x() - value.x());
        if (d < distance) {
            distance = d;
            best = m_series.replies[i];
        }
    }
    return best;
}

bool StanceTimelineView::exportPng(const QString &path, QString *error) const
{
    const bool ok = m_view->grab().save(path, "PNG");
    if (!ok && error)
        *error = tr("%1: cannot write the PNG file").arg(path);
    return ok;
}

bool StanceTimelineView::exportSvg(const QString &path, QString *error) const
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(m_view->size());
    generator.setViewBox(QRect(QPoint(0, 0), m_view->size()));
    generator.setTitle(m_chart->title());
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = tr("%1: cannot write the SVG file").arg(path);
        return false;
    }
    m_view->render(&painter);
    return painter.end();
}

} // namespace candor
