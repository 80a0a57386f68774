#include "app/gui/TrainDialog.h"

#include "app/jobs/text/TextTask.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace candor {

TrainDialog::TrainDialog(const QString &task, QWidget *parent)
    : QDialog(parent)
    , m_task(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_transformer(new QCheckBox(tr("Transformer encoder"), this))
    , m_ngram(new QCheckBox(tr("N-gram baseline"), this))
    , m_epochs(new QSpinBox(this))
    , m_layers(new QSpinBox(this))
{
    setWindowTitle(tr("Train a text model"));
    m_task->addItems(textTaskNames());
    m_task->setCurrentText(task);
    m_task->setAccessibleName(tr("Task"));
    m_language->addItems({QStringLiteral("all"), QStringLiteral("en"), QStringLiteral("es")});
    m_language->setAccessibleName(tr("Language"));
    m_transformer->setChecked(true);
    m_ngram->setChecked(true);
    const models::TextTrainConfig defaults;
    m_epochs->setRange(1, 200);
    m_epochs->setValue(defaults.epochs);
    m_layers->setRange(1, 12);
    m_layers->setValue(defaults.layers);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Task"), m_task);
    form->addRow(tr("Language (narrative)"), m_language);
    form->addRow(tr("Candidates"), m_transformer);
    form->addRow(QString(), m_ngram);
    form->addRow(tr("Epochs"), m_epochs);
    form->addRow(tr("Encoder layers"), m_layers);
    auto *note = new QLabel(tr("Trains on the train split with gold labels, where human-confirmed annotations override gold; "
                               "the dev split picks the candidate and the thresholds. The new version appears in the Models dock."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Train"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_transformer, &QCheckBox::toggled, this, [buttons, this] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_transformer->isChecked() || m_ngram->isChecked());
    });
    connect(m_ngram, &QCheckBox::toggled, m_transformer, &QCheckBox::toggled);
    form->addRow(buttons);
}

TrainTextOptions TrainDialog::options() const
{
    TrainTextOptions options;
    options.task = m_task->currentText();
    options.language = m_language->currentText();
    options.config.trainTransformer = m_transformer->isChecked();
    options.config.trainNgramBaseline = m_ngram->isChecked();
    options.config.epochs = m_epochs->value();
    options.config.layers = m_layers->value();
    return options;
}

} // namespace candor
