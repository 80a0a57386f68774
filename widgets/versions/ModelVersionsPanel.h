#pragma once

#include <QWidget>

class QTableWidget;

namespace candor {

class ProjectStore;

// The Models dock: every model version of the project with its task, date, what it was trained on and its
// dev metrics, newest first, so a retrained version is read next to the one before it.
class ModelVersionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelVersionsPanel)

public:
    explicit ModelVersionsPanel(QWidget *parent = nullptr);
    void setStore(ProjectStore *store);
    void refresh();
    int rowCount() const;

    // "macro_f1 0.512 · micro_f1 0.601": the numeric top-level metrics, for tables and log lines.
    static QString metricsSummary(const QJsonObject &metrics);

private:
    ProjectStore *m_store = nullptr;
    QTableWidget *m_table;
};

} // namespace candor
