#pragma once

#include "app/jobs/TaskCatalog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace candor {

// Models > Train…: which task, its variant (the meme model's inputs, the thread model's post order), the language
// of a narrative model, the text candidates and the epochs. Shown with open() (no nested loop); the caller reads
// request() when it is accepted.
class TrainDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainDialog)

public:
    // `extraTasks`: the tasks of the project's own schemas (TaskCatalog::tasksOf), listed after the built-in ones.
    TrainDialog(const QString &task, QWidget *parent = nullptr, const QList<TaskInfo> &extraTasks = {});
    TrainRequest request() const;
    void setTask(const QString &task);

private:
    void onTaskChanged();
    TaskInfo task() const;

    QComboBox *m_task;
    QLabel *m_summary;
    QLabel *m_variantLabel;
    QComboBox *m_variant;
    QComboBox *m_language;
    QCheckBox *m_transformer;
    QCheckBox *m_ngram;
    QSpinBox *m_epochs;
    QSpinBox *m_layers;
};

} // namespace candor
