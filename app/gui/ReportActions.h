#pragma once

#include <QObject>
#include <QString>

class QAction;

namespace candor {

class Job;
class MainWindow;

// File > Report…: a report of the items browser's current filter, as HTML or PDF (by the file name's suffix).
// The project is read by a ReportJob on a worker thread (progress, Cancel); when it finishes the file is written
// here, on the application's thread (the charts are QtCharts), and opened in the desktop's viewer.
class ReportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportActions)

public:
    explicit ReportActions(MainWindow *window);

    QAction *action() const { return m_action; }
    // Asks for the file, then starts the job; null without a project or when the dialog is cancelled.
    Job *report();
    // Test seam: written reports are not opened in a viewer.
    void setOpenWhenWritten(bool open) { m_open = open; }
    QString lastWritten() const { return m_lastWritten; }

Q_SIGNALS:
    // The report file is complete on disk.
    void written(const QString &path);

private:
    MainWindow *m_window;
    QAction *m_action;
    bool m_open = true;
    QString m_lastWritten;
};

} // namespace candor
