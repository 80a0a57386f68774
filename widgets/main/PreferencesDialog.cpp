#include "widgets/main/PreferencesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace candor {

namespace {

QString deviceText(const QString &device)
{
    if (device == QLatin1String("auto"))
        return PreferencesDialog::tr("Automatic (a GPU when one is found, else the CPU)");
    if (device == QLatin1String("cpu"))
        return PreferencesDialog::tr("CPU");
    if (device.startsWith(QLatin1String("cuda:")))
        return PreferencesDialog::tr("GPU %1 (CUDA)").arg(device.mid(5));
    return device;
}

} // namespace

PreferencesDialog::PreferencesDialog(const QStringList &devices, int cores, QWidget *parent)
    : QDialog(parent)
    , m_device(new QComboBox(this))
    , m_threads(new QSpinBox(this))
    , m_batchLimit(new QSpinBox(this))
{
    setObjectName(QStringLiteral("PreferencesDialog"));
    setWindowTitle(tr("Preferences"));
    for (const QString &device : devices)
        m_device->addItem(deviceText(device), device);
    m_device->setObjectName(QStringLiteral("deviceBox"));
    m_device->setAccessibleName(tr("Device"));
    m_threads->setObjectName(QStringLiteral("threadsBox"));
    m_threads->setAccessibleName(tr("CPU threads"));
    m_threads->setRange(0, std::max(1, cores) * 4);
    m_threads->setSpecialValueText(tr("All cores (%n)", nullptr, cores));
    m_batchLimit->setObjectName(QStringLiteral("batchLimitBox"));
    m_batchLimit->setAccessibleName(tr("Largest batch"));
    m_batchLimit->setRange(0, 65536);
    m_batchLimit->setSpecialValueText(tr("As each model's settings say"));
    m_batchLimit->setSuffix(tr(" examples"));
    m_batchLimit->setToolTip(tr("The most examples a model trains or predicts with at once. Lower it when a GPU runs "
                                "out of memory; a training that runs out retries at half its batch by itself."));
    auto *note = new QLabel(tr("Training, prediction and evaluation started from now on use these settings; a job "
                               "already running keeps its own. The command line takes --device, --threads and "
                               "--batch-limit."),
        this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Device"), m_device);
    form->addRow(tr("CPU &threads"), m_threads);
    form->addRow(tr("Largest &batch"), m_batchLimit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::setDevice(const QString &device)
{
    const int index = m_device->findData(device);
    if (index >= 0) {
        m_device->setCurrentIndex(index);
        return;
    }
    // A device saved earlier that is not here now (a GPU removed) stays visible, so OK does not change it silently.
    m_device->addItem(tr("%1 (not found now)").arg(deviceText(device)), device);
    m_device->setCurrentIndex(m_device->count() - 1);
}

QString PreferencesDialog::device() const
{
    return m_device->currentData().toString();
}

void PreferencesDialog::setThreads(int threads)
{
    m_threads->setValue(threads);
}

int PreferencesDialog::threads() const
{
    return m_threads->value();
}

void PreferencesDialog::setBatchLimit(int examples)
{
    m_batchLimit->setValue(examples);
}

int PreferencesDialog::batchLimit() const
{
    return m_batchLimit->value();
}

} // namespace candor
