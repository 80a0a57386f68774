#pragma once

#include <QWidget>

class QChart;
class QLineSeries;
class QValueAxis;

namespace candor {

// Live training curves: loss per step (left axis) and the dev metric at each evaluation (right axis, 0..1).
// Fed by the job's progress through addPoint(); one run at a time (start() clears it). Hidden until the first
// start(), so the idle Jobs dock stays a strip.
class TrainingChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingChart)

public:
    explicit TrainingChart(QWidget *parent = nullptr);

    void start(const QString &title);
    // loss < 0: no loss at this point; devMetric < 0: not evaluated at this step.
    void addPoint(double step, double loss, double devMetric);
    int lossPointCount() const;
    int devPointCount() const;
    // Wide enough for readable axes next to the jobs table, whatever the table's own hint.
    QSize sizeHint() const override { return {560, 260}; }
    QSize minimumSizeHint() const override { return {320, 180}; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QChart *m_chart;
    QLineSeries *m_loss;
    QLineSeries *m_dev;
    QValueAxis *m_steps;
    QValueAxis *m_lossAxis;
    QValueAxis *m_devAxis;
    double m_maxLoss = 0;
};

} // namespace candor
