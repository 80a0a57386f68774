#pragma once

#include "core/report/ReportFigures.h"
#include "core/store/ItemQuery.h"

#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTimer;

namespace candor {

class ReportFiguresJob;

// The Charts dock: the report's figures (techniques by origin, source and month, narratives, stance by veracity,
// verdicts) for the browser's current filter, drawn by the report's own ReportChart, so the window shows the very
// charts a report of that filter holds. The figures are built on a worker (ReportFiguresJob) when the filter
// changes while the dock is visible (debounced), or when it is shown after a change; a newer filter cancels the
// older run.
class ChartsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsPanel(QWidget *parent = nullptr);
    ~ChartsPanel() override;

    // The open project (empty: none) and the filter the charts follow.
    void setProject(const QString &path);
    void setQuery(const ItemQuery &query);
    // Builds the figures now (the Update button).
    void refresh();

    bool isBusy() const { return m_job != nullptr; }
    QStringList figureTitles() const;
    QString currentFigureId() const;
    void showFigure(int index);
    QChartView *chartView() const { return m_view; }

Q_SIGNALS:
    // The figures of the current filter arrived (also when there are none).
    void figuresReady(int count);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void onFinished();
    void setStatus(const QString &text);
    void replaceChart(QChart *chart);

    QString m_path;
    ItemQuery m_query;
    bool m_stale = false;
    QComboBox *m_figures;
    QLabel *m_status;
    QChartView *m_view;
    QTimer *m_debounce;
    std::unique_ptr<ReportFiguresJob> m_job;
    QList<ReportFigure> m_list;
};

} // namespace candor
