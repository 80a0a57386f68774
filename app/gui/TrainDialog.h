#pragma once

#include "app/jobs/text/TrainTextJob.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace candor {

// Models > Train…: which text task, which candidates, how many epochs. Shown with open() (no nested loop);
// the caller reads options() when it is accepted.
class TrainDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainDialog)

public:
    TrainDialog(const QString &task, QWidget *parent = nullptr);
    TrainTextOptions options() const;

private:
    QComboBox *m_task;
    QComboBox *m_language;
    QCheckBox *m_transformer;
    QCheckBox *m_ngram;
    QSpinBox *m_epochs;
    QSpinBox *m_layers;
};

} // namespace candor
