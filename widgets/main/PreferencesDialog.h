#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QSpinBox;

namespace candor {

// Edit > Preferences…: where the models run. The devices are the application's to list (the widgets never see the
// engine): "auto", "cpu", "cuda:0", ...; the threads are the engine's CPU threads, 0 for all cores; the batch limit
// caps every training and prediction batch (a GPU with little memory), 0 for none. A change applies
// to the models built after it: a training already running keeps its device.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    PreferencesDialog(const QStringList &devices, int cores, QWidget *parent = nullptr);

    void setDevice(const QString &device);
    QString device() const;
    void setThreads(int threads);
    int threads() const;
    void setBatchLimit(int examples);
    int batchLimit() const; // 0: none
    QSpinBox *batchLimitBox() const { return m_batchLimit; }
    QComboBox *deviceBox() const { return m_device; }
    QSpinBox *threadsBox() const { return m_threads; }

private:
    QComboBox *m_device;
    QSpinBox *m_threads;
    QSpinBox *m_batchLimit;
};

} // namespace candor
