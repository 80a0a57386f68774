#include "app/gui/ComputeActions.h"

#include "models/engine/Compute.h"
#include "widgets/main/MainWindow.h"
#include "widgets/main/PreferencesDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QSettings>

#include <stdexcept>
#include <thread>

namespace candor {

namespace {

QString statusText(const engine::ComputeInfo &compute)
{
    return compute.cuda ? QString::fromStdString(compute.deviceName)
                        : QCoreApplication::translate("Workbench", "CPU (%n threads)", nullptr, compute.threads);
}

} // namespace

ComputePreferences ComputePreferences::load()
{
    QSettings settings;
    ComputePreferences preferences;
    preferences.device = settings.value(QStringLiteral("compute/device"), preferences.device).toString();
    preferences.threads = std::max(0, settings.value(QStringLiteral("compute/threads"), 0).toInt());
    preferences.batchLimit = std::max(0, settings.value(QStringLiteral("compute/batch_limit"), 0).toInt());
    return preferences;
}

void ComputePreferences::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("compute/device"), device);
    settings.setValue(QStringLiteral("compute/threads"), threads);
    settings.setValue(QStringLiteral("compute/batch_limit"), batchLimit);
}

ComputeActions::ComputeActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(tr("&Preferences…"), this))
{
    m_action->setObjectName(QStringLiteral("preferencesAction"));
    m_action->setMenuRole(QAction::PreferencesRole);
    m_action->setShortcut(QKeySequence::Preferences);
    window->editMenu()->addAction(m_action);
    connect(m_action, &QAction::triggered, this, &ComputeActions::editPreferences);
    const QString error = apply(ComputePreferences::load());
    if (!error.isEmpty())
        window->appendLog(error);
}

QString ComputeActions::apply(const ComputePreferences &preferences)
{
    QString error;
    engine::setThreadOverride(preferences.threads);
    engine::setBatchLimit(preferences.batchLimit);
    engine::ComputeInfo compute;
    try {
        compute = engine::selectDevice(preferences.device.toStdString(), preferences.threads);
    } catch (const std::runtime_error &e) {
        error = tr("Preferences: %1; the engine uses the automatic choice").arg(QString::fromStdString(e.what()));
        compute = engine::selectDevice("auto", preferences.threads);
    }
    m_window->setComputeDeviceText(statusText(compute));
    return error;
}

void ComputeActions::editPreferences()
{
    QStringList devices{QStringLiteral("auto"), QStringLiteral("cpu")};
    for (const std::string &device : engine::cudaDevices())
        devices.append(QString::fromStdString(device));
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    auto *dialog = new PreferencesDialog(devices, cores, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const ComputePreferences saved = ComputePreferences::load();
    dialog->setDevice(saved.device);
    dialog->setThreads(saved.threads);
    dialog->setBatchLimit(saved.batchLimit);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ComputePreferences chosen;
        chosen.device = dialog->device();
        chosen.threads = dialog->threads();
        chosen.batchLimit = dialog->batchLimit();
        chosen.save();
        const QString error = apply(chosen);
        m_window->appendLog(error.isEmpty() ? tr("Models now run on %1").arg(m_window->computeDeviceText()) : error);
    });
    if (m_dialogHook) {
        m_dialogHook(dialog);
        dialog->close();
        return;
    }
    dialog->open();
}

} // namespace candor
