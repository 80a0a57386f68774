#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAction;

namespace candor {

class MainWindow;
class PreferencesDialog;

// Where the engine runs, as the person chose it (Edit > Preferences…), kept in the settings.
struct ComputePreferences
{
    QString device = QStringLiteral("auto"); // auto | cpu | cuda:N
    int threads = 0; // 0: all cores
    int batchLimit = 0; // the largest batch; 0: none

    static ComputePreferences load();
    void save() const;
};

// Edit > Preferences… and the status bar's device line: applies the saved choice at start-up, and a new one when the
// dialog is accepted, to the engine (models built after it use it). A device that is not there (a GPU removed since)
// is said in the Log dock and the engine keeps the automatic choice; the choice stays saved for when it is back.
class ComputeActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComputeActions)

public:
    explicit ComputeActions(MainWindow *window);

    QAction *action() const { return m_action; }
    void editPreferences();
    // Applies `preferences` to the engine and the status bar; returns the error, empty when it applied.
    QString apply(const ComputePreferences &preferences);
    // Test seam: the dialog goes to this instead of opening; the hook sets it and calls accept() or reject().
    void setDialogHook(std::function<void(PreferencesDialog *)> hook) { m_dialogHook = std::move(hook); }

private:
    MainWindow *m_window;
    QAction *m_action;
    std::function<void(PreferencesDialog *)> m_dialogHook;
};

} // namespace candor
