#include "app/gui/TrainDialog.h"

#include "models/meme/MemeModel.h"
#include "models/text/TextModel.h"
#include "models/thread/ThreadModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace candor {

namespace {

int defaultEpochs(TaskFamily family)
{
    switch (family) {
    case TaskFamily::Text: return models::TextTrainConfig().epochs;
    case TaskFamily::Thread: return models::ThreadTrainConfig().epochs;
    case TaskFamily::Meme: return models::MemeTrainConfig().epochs;
    }
    return 10;
}

} // namespace

TrainDialog::TrainDialog(const QString &task, QWidget *parent, const QList<TaskInfo> &extraTasks)
    : QDialog(parent)
    , m_task(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_variantLabel(new QLabel(this))
    , m_variant(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_transformer(new QCheckBox(tr("Transformer encoder"), this))
    , m_ngram(new QCheckBox(tr("N-gram baseline"), this))
    , m_epochs(new QSpinBox(this))
    , m_layers(new QSpinBox(this))
{
    setWindowTitle(tr("Train a model"));
    for (const TaskInfo &info : TaskCatalog::tasks() + extraTasks) {
        m_task->addItem(info.name, info.name);
        m_task->setItemData(m_task->count() - 1, info.summary, Qt::ToolTipRole);
    }
    m_task->setAccessibleName(tr("Task"));
    m_summary->setWordWrap(true);
    m_variant->setAccessibleName(tr("Variant"));
    m_language->addItem(tr("English and Spanish (one model)"), QStringLiteral("all"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Spanish"), QStringLiteral("es"));
    m_language->setAccessibleName(tr("Language"));
    m_transformer->setChecked(true);
    m_ngram->setChecked(true);
    m_epochs->setRange(1, 500);
    m_layers->setRange(1, 12);
    m_layers->setValue(models::TextTrainConfig().layers);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Task"), m_task);
    form->addRow(m_summary);
    form->addRow(m_variantLabel, m_variant);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Candidates"), m_transformer);
    form->addRow(QString(), m_ngram);
    form->addRow(tr("Epochs (at most)"), m_epochs);
    form->addRow(tr("Encoder layers"), m_layers);
    auto *note
        = new QLabel(tr("Trains on the train split with gold labels, where human-confirmed annotations override gold, "
                        "and scores the dev split once at the end. The new version appears in the Models dock."),
            this);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Train"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto updateOk = [buttons, this] {
        const bool text = this->task().family == TaskFamily::Text;
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text || m_transformer->isChecked() || m_ngram->isChecked());
    };
    connect(m_transformer, &QCheckBox::toggled, this, updateOk);
    connect(m_ngram, &QCheckBox::toggled, this, updateOk);
    connect(m_task, &QComboBox::currentIndexChanged, this, [this, updateOk] {
        onTaskChanged();
        updateOk();
    });
    form->addRow(buttons);
    setTask(task);
    onTaskChanged();
}

TaskInfo TrainDialog::task() const
{
    return TaskCatalog::task(m_task->currentData().toString());
}

void TrainDialog::setTask(const QString &name)
{
    const int index = m_task->findData(name);
    if (index >= 0)
        m_task->setCurrentIndex(index);
}

void TrainDialog::onTaskChanged()
{
    const TaskInfo &info = task();
    m_summary->setText(info.summary);
    m_variant->clear();
    m_variant->addItems(info.variants);
    m_variantLabel->setText(info.variantLabel.isEmpty() ? tr("Variant") : info.variantLabel);
    m_variant->setEnabled(!info.variants.isEmpty());
    m_language->setEnabled(info.hasLanguages);
    const bool text = info.family == TaskFamily::Text;
    m_transformer->setEnabled(text);
    m_ngram->setEnabled(text);
    m_layers->setEnabled(text);
    m_epochs->setValue(defaultEpochs(info.family));
}

TrainRequest TrainDialog::request() const
{
    const TaskInfo &info = task();
    TrainRequest request;
    request.task = info.name;
    request.variant = m_variant->currentText();
    if (info.hasLanguages)
        request.language = m_language->currentData().toString();
    request.settings.insert(QStringLiteral("epochs"), m_epochs->value());
    if (info.family == TaskFamily::Text) {
        request.settings.insert(QStringLiteral("trainTransformer"), m_transformer->isChecked());
        request.settings.insert(QStringLiteral("trainNgramBaseline"), m_ngram->isChecked());
        request.settings.insert(QStringLiteral("layers"), m_layers->value());
    }
    return request;
}

} // namespace candor
