#include "widgets/jobs/JobsPanel.h"

#include "core/jobs/Job.h"
#include "core/jobs/JobManager.h"
#include "widgets/jobs/JobListModel.h"
#include "widgets/jobs/TrainingChart.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace candor {

namespace {

// A progress bar in the Progress column, drawn by the style so it follows the platform and dark mode.
class ProgressBarDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(1000 * index.data(JobListModel::ProgressRole).toDouble());
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        const QWidget *widget = option.widget;
        (widget ? widget->style() : QApplication::style())->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

} // namespace

JobsPanel::JobsPanel(JobManager *jobs, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_model(new JobListModel(jobs, this))
    , m_table(new QTableView(this))
    , m_chart(new TrainingChart(this))
    , m_tick(new QTimer(this))
{
    setAccessibleName(tr("Jobs"));
    m_table->setAccessibleName(tr("Job list"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(JobListModel::Progress, new ProgressBarDelegate(this));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(JobListModel::Title, 220);
    m_table->horizontalHeader()->resizeSection(JobListModel::Progress, 160);

    m_chart->hide(); // TrainingChart::start() shows it
    auto *cancel = new QPushButton(tr("Cancel job"), this);
    cancel->setToolTip(tr("Cancel the selected job, or the newest running one"));
    auto *clear = new QPushButton(tr("Clear ended"), this);
    connect(cancel, &QPushButton::clicked, this, &JobsPanel::cancelSelected);
    connect(clear, &QPushButton::clicked, m_jobs, &JobManager::clearEnded);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(cancel);
    buttons->addWidget(clear);
    buttons->addStretch(1);
    auto *left = new QWidget(this);
    auto *column = new QVBoxLayout(left);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_table, 1);
    column->addLayout(buttons);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    // The time left moves even between progress signals.
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (m_model->rowCount() > 0)
            Q_EMIT m_model->dataChanged(m_model->index(0, JobListModel::TimeLeft),
                m_model->index(m_model->rowCount() - 1, JobListModel::TimeLeft));
    });
    connect(m_jobs, &JobManager::runningCountChanged, this, [this](int running) {
        if (running > 0)
            m_tick->start();
        else
            m_tick->stop();
    });
}

void JobsPanel::cancelSelected()
{
    Job *job = m_model->jobAt(m_table->currentIndex().row());
    for (int row = m_model->rowCount() - 1; (!job || !job->isActive()) && row >= 0; --row)
        job = m_model->jobAt(row);
    if (job && job->isActive())
        job->cancel();
}

} // namespace candor

namespace candor {

void JobsPanel::selectJob(const Job *job)
{
    const int row = m_jobs->indexOf(job);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, JobListModel::Title));
}

} // namespace candor
