#pragma once

#include <QWidget>

class QListWidget;

namespace candor {

// Shown while no project is open: recent projects, New project, Open…, Open sample project.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecentProjects(const QStringList &paths);
    QListWidget *recentList() const { return m_recent; }

Q_SIGNALS:
    void newProjectRequested();
    void openProjectRequested();
    void sampleProjectRequested();
    void recentProjectActivated(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace candor
