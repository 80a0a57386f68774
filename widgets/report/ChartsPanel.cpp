#include "widgets/report/ChartsPanel.h"

#include "core/jobs/ReportFiguresJob.h"
#include "widgets/report/ReportChart.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace candor {

namespace {

constexpr int kDebounceMs = 400; // a typed search changes the filter per key

// A run the panel no longer wants: cancelled, and deleted once its worker has ended, so the window never waits for
// a report section still counting a big project.
void retire(std::unique_ptr<ReportFiguresJob> job)
{
    if (!job)
        return;
    ReportFiguresJob *running = job.release();
    running->disconnect();
    if (!running->isActive()) {
        running->deleteLater();
        return;
    }
    QObject::connect(running, &Job::finished, running, &QObject::deleteLater);
    QObject::connect(running, &Job::failed, running, &QObject::deleteLater);
    QObject::connect(running, &Job::cancelled, running, &QObject::deleteLater);
    running->cancel();
}

} // namespace

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent)
    , m_figures(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_view(new QChartView(this))
    , m_debounce(new QTimer(this))
{
    m_figures->setObjectName(QStringLiteral("chartChoice"));
    m_figures->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *update = new QPushButton(tr("&Update"), this);
    update->setObjectName(QStringLiteral("chartsUpdate"));
    update->setToolTip(tr("Build the charts of the items the browser's filter lists, as a report would show them"));
    m_status->setObjectName(QStringLiteral("chartsStatus"));
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Chart:"), this));
    bar->addWidget(m_figures, 1);
    bar->addWidget(update);
    bar->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ChartsPanel::refresh);
    connect(update, &QPushButton::clicked, this, &ChartsPanel::refresh);
    connect(m_figures, &QComboBox::currentIndexChanged, this, &ChartsPanel::showFigure);
    setStatus(tr("No project"));
}

ChartsPanel::~ChartsPanel() = default; // a job still running is cancelled and waited for by its destructor

void ChartsPanel::setProject(const QString &path)
{
    retire(std::move(m_job));
    m_path = path;
    m_query = {};
    m_list.clear();
    m_figures->clear();
    replaceChart(new QChart);
    setStatus(path.isEmpty() ? tr("No project") : QString());
    scheduleRefresh();
}

void ChartsPanel::setQuery(const ItemQuery &query)
{
    m_query = query;
    scheduleRefresh();
}

void ChartsPanel::scheduleRefresh()
{
    m_stale = true;
    if (isVisible() && !m_path.isEmpty())
        m_debounce->start();
}

void ChartsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && !m_path.isEmpty())
        m_debounce->start();
}

void ChartsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Light or dark appearance: the chart takes the new palette.
    if (event->type() == QEvent::PaletteChange && !m_list.isEmpty())
        showFigure(m_figures->currentIndex());
}

void ChartsPanel::refresh()
{
    m_debounce->stop();
    if (m_path.isEmpty())
        return;
    m_stale = false;
    ReportScope scope;
    scope.query = m_query;
    retire(std::move(m_job));
    m_job = std::make_unique<ReportFiguresJob>(m_path, scope);
    connect(m_job.get(), &Job::finished, this, &ChartsPanel::onFinished);
    connect(m_job.get(), &Job::failed, this, [this](const QString &message) {
        setStatus(message);
        m_job.release()->deleteLater(); // the job emitted from its own slot: delete it later
    });
    setStatus(tr("Counting…"));
    m_job->start();
}

void ChartsPanel::onFinished()
{
    const QString current = currentFigureId();
    m_list = m_job->figures();
    m_job.release()->deleteLater();
    const QSignalBlocker block(m_figures);
    m_figures->clear();
    int keep = 0;
    for (int i = 0; i < m_list.size(); ++i) {
        // Each label schema has its own "Items per label and origin": the schema (the id's first part) tells them
        // apart, as the report's section headings do.
        const QString section = m_list.at(i).id.section(QLatin1Char('/'), 0, 0);
        m_figures->addItem(tr("%1: %2").arg(section, m_list.at(i).title), m_list.at(i).id);
        if (m_list.at(i).id == current)
            keep = i;
    }
    setStatus(m_list.isEmpty() ? tr("The filtered items have no labels to chart") : QString());
    if (m_list.isEmpty()) {
        replaceChart(new QChart);
    } else {
        m_figures->setCurrentIndex(keep);
        showFigure(keep);
    }
    Q_EMIT figuresReady(int(m_list.size()));
}

QStringList ChartsPanel::figureTitles() const
{
    QStringList titles;
    for (const ReportFigure &figure : m_list)
        titles.append(figure.title);
    return titles;
}

QString ChartsPanel::currentFigureId() const
{
    return m_figures->currentData().toString();
}

void ChartsPanel::showFigure(int index)
{
    if (index < 0 || index >= m_list.size())
        return;
    replaceChart(ReportChart::create(m_list.at(index), palette()));
}

void ChartsPanel::replaceChart(QChart *chart)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old; // a chart view lets go of its old chart without deleting it
}

void ChartsPanel::setStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace candor
