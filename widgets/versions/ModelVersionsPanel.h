#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace candor {

class ProjectStore;

// The Models dock: every model version of every task with its date, what it was trained on and its dev metrics,
// newest first, so a retrained version is read next to the one before it. The "Predictions use" column marks
// each task's current version; "Use for predictions" pins the selected version (the roll-back: an older version
// pinned), "Follow the latest" unpins its task. Pinning deletes nothing: every version and its proposals stay.
class ModelVersionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelVersionsPanel)

public:
    enum Column { VersionColumn, TaskColumn, CurrentColumn, CreatedColumn, MetricsColumn, DataColumn, ColumnCount };

    explicit ModelVersionsPanel(QWidget *parent = nullptr);
    void setStore(ProjectStore *store);
    void refresh();
    int rowCount() const;
    // The version id shown in a row (0: none).
    qint64 versionAt(int row) const;
    void selectVersion(qint64 versionId);
    // Pins the selected version for its task / unpins its task. Return false when nothing is selected.
    bool pinSelected();
    bool followLatestForSelected();

Q_SIGNALS:
    // The version a task's predictions use changed (pinned: 0 when it follows the latest again).
    void currentVersionChanged(const QString &task, qint64 pinnedVersionId);
    void errorOccurred(const QString &message);

private:
    void updateButtons();

    ProjectStore *m_store = nullptr;
    QTableWidget *m_table;
    QPushButton *m_pin;
    QPushButton *m_follow;
    QLabel *m_hint;
};

} // namespace candor
