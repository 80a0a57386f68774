#include "widgets/jobs/TrainingChart.h"

#include "widgets/appearance/ChartPalette.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace candor {

TrainingChart::TrainingChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_loss(new QLineSeries(this))
    , m_dev(new QLineSeries(this))
    , m_steps(new QValueAxis(this))
    , m_lossAxis(new QValueAxis(this))
    , m_devAxis(new QValueAxis(this))
{
    setAccessibleName(tr("Training chart"));
    setAccessibleDescription(tr("No training yet"));
    m_loss->setName(tr("training loss"));
    m_dev->setName(tr("held-out score"));
    m_dev->setPointsVisible(true);
    m_chart->addSeries(m_loss);
    m_chart->addSeries(m_dev);
    m_steps->setTitleText(tr("step"));
    m_steps->setLabelFormat(QStringLiteral("%d"));
    m_lossAxis->setTitleText(tr("loss"));
    m_devAxis->setTitleText(tr("held-out"));
    m_devAxis->setRange(0.0, 1.0);
    m_chart->addAxis(m_steps, Qt::AlignBottom);
    m_chart->addAxis(m_lossAxis, Qt::AlignLeft);
    m_chart->addAxis(m_devAxis, Qt::AlignRight);
    m_loss->attachAxis(m_steps);
    m_loss->attachAxis(m_lossAxis);
    m_dev->attachAxis(m_steps);
    m_dev->attachAxis(m_devAxis);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    applyPalette();
    auto *view = new QChartView(m_chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    start(tr("No training yet"));
}

void TrainingChart::applyPalette()
{
    // Follow the application palette (also when the system switches to or from dark mode while running): the
    // dark or light chart theme, and the palette's text, grid and background.
    applyChartPalette(m_chart, palette());
}

void TrainingChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void TrainingChart::start(const QString &title)
{
    show(); // hidden until the first training: an empty chart would keep the Jobs dock tall for nothing
    m_chart->setTitle(title);
    setAccessibleDescription(title);
    m_loss->clear();
    m_dev->clear();
    m_maxLoss = 0;
    m_steps->setRange(0, 1);
    m_lossAxis->setRange(0, 1);
}

void TrainingChart::addPoint(double step, double loss, double devMetric)
{
    if (loss >= 0) {
        m_loss->append(step, loss);
        m_maxLoss = qMax(m_maxLoss, loss);
        m_lossAxis->setRange(0, m_maxLoss > 0 ? m_maxLoss * 1.1 : 1.0);
    }
    m_steps->setRange(0, qMax(1.0, step));
    if (devMetric >= 0)
        m_dev->append(step, devMetric);
    // The chart is painted: a screen reader gets the latest point in words.
    const QString point = tr("%1: step %2, loss %3").arg(m_chart->title()).arg(step).arg(loss, 0, 'f', 4);
    setAccessibleDescription(devMetric >= 0 ? tr("%1, held-out %2").arg(point).arg(devMetric, 0, 'f', 4) : point);
}

int TrainingChart::lossPointCount() const
{
    return int(m_loss->count());
}
int TrainingChart::devPointCount() const
{
    return int(m_dev->count());
}

} // namespace candor
