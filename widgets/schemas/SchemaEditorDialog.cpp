#include "widgets/schemas/SchemaEditorDialog.h"

#include "core/domain/Error.h"
#include "core/formats/schema/SchemaFile.h"
#include "core/store/ProjectStore.h"
#include "widgets/schemas/LabelTable.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace candor {

SchemaEditorDialog::SchemaEditorDialog(
    ProjectStore *store, const QList<QPair<QKeySequence, QString>> &reservedKeys, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_description(new QLineEdit(this))
    , m_use(new QComboBox(this))
    , m_table(new LabelTable(this))
    , m_readOnlyNote(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_addLabel(new QPushButton(tr("&Add label"), this))
    , m_removeLabel(new QPushButton(tr("Re&move label"), this))
    , m_colour(new QPushButton(tr("C&olour…"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move do&wn"), this))
    , m_new(new QPushButton(tr("&New…"), this))
    , m_copy(new QPushButton(tr("&Copy…"), this))
    , m_import(new QPushButton(tr("&Import…"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Reset | QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("SchemaEditorDialog"));
    setWindowTitle(tr("Label schemas"));
    m_context.background = palette().color(QPalette::Base);
    m_context.reservedKeys = reservedKeys;
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_revert = m_buttons->button(QDialogButtonBox::Reset);
    m_revert->setText(tr("&Revert"));
    m_list->setAccessibleName(tr("Label schemas"));
    m_description->setAccessibleName(tr("Description"));
    m_use->setAccessibleName(tr("Offered as"));
    m_use->addItem(tr("Item labels and spans"), int(SchemaUse::Both));
    m_use->addItem(tr("Item labels"), int(SchemaUse::Items));
    m_use->addItem(tr("Spans"), int(SchemaUse::Spans));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setText(tr("Built-in schemas are read-only: Copy… makes one you can edit."));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setAccessibleName(tr("Schema check"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *schemaButtons = new QGridLayout;
    schemaButtons->addWidget(m_new, 0, 0);
    schemaButtons->addWidget(m_copy, 0, 1);
    schemaButtons->addWidget(m_import, 1, 0);
    schemaButtons->addWidget(m_export, 1, 1);
    schemaButtons->addWidget(m_delete, 2, 0);
    leftLayout->addLayout(schemaButtons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->addRow(tr("De&scription:"), m_description);
    form->addRow(tr("O&ffered as:"), m_use);
    rightLayout->addLayout(form);
    rightLayout->addWidget(m_readOnlyNote);
    rightLayout->addWidget(m_table, 1);
    auto *labelButtons = new QHBoxLayout;
    m_removeLabel->setToolTip(tr("Remove the selected label; one that annotations use can only be retired"));
    for (QPushButton *button : {m_addLabel, m_removeLabel, m_colour, m_up, m_down})
        labelButtons->addWidget(button);
    labelButtons->addStretch();
    rightLayout->addLayout(labelButtons);
    rightLayout->addWidget(m_problems);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
    resize(860, 520);

    m_askName = [this](const QString &title, const QString &suggestion) {
        return QInputDialog::getText(this, title, tr("Name of the schema:"), QLineEdit::Normal, suggestion);
    };
    m_askFile = [this](bool saving, const QString &suggestion) {
        const QString filter = tr("Label schemas (*.json *.xml *.conf);;All files (*)");
        return saving ? QFileDialog::getSaveFileName(this, tr("Export label schema"), suggestion, filter)
                      : QFileDialog::getOpenFileName(this, tr("Import label schema"), QString(), filter);
    };
    m_askDiscard = [this](const QString &schema) {
        return QMessageBox::question(this, tr("Unsaved changes"),
                   tr("The schema %1 has changes that are not saved. Discard them?").arg(schema),
                   QMessageBox::Discard | QMessageBox::Cancel)
            == QMessageBox::Discard;
    };

    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &text) {
        if (m_loading || text.isEmpty())
            return;
        const QString name = m_list->currentItem()->data(Qt::UserRole).toString();
        if (name == m_current)
            return;
        if (!confirmDiscard()) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(rowOf(m_current));
            return;
        }
        loadSchema(name);
    });
    const auto edited = [this] {
        if (m_loading)
            return;
        m_dirty = true;
        refreshChecks();
    };
    connect(m_table, &LabelTable::edited, this, edited);
    connect(m_description, &QLineEdit::textEdited, this, edited);
    connect(m_use, &QComboBox::currentIndexChanged, this, edited);
    connect(m_addLabel, &QPushButton::clicked, m_table, &LabelTable::addLabel);
    connect(m_removeLabel, &QPushButton::clicked, m_table, &LabelTable::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { m_table->moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { m_table->moveCurrent(1); });
    connect(m_colour, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        const QColor colour = QColorDialog::getColor(m_table->labels().value(row).colour, this, tr("Label colour"));
        m_table->setColour(row, colour);
    });
    connect(m_new, &QPushButton::clicked, this, [this] {
        const QString name = m_askName(tr("New label schema"), QString());
        if (!name.isEmpty())
            createSchema(name);
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const QString name = m_askName(tr("Copy label schema"), tr("%1 copy").arg(m_current));
        if (!name.isEmpty())
            copyCurrentSchema(name);
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = m_askFile(false, QString());
        if (path.isEmpty())
            return;
        // Label Studio configurations and exports and brat annotation.conf name no schema, and a name a JSON file
        // gives may be taken: always ask, the file's own name (else its base name) filled in.
        QString suggestion = QFileInfo(path).completeBaseName();
        try {
            suggestion = SchemaFile::read(path).name;
        } catch (const Error &) {
        }
        const QString name = m_askName(tr("Import label schema"), suggestion);
        if (name.isEmpty())
            return;
        importSchema(path, name);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = m_askFile(true, m_current + QStringLiteral(".json"));
        if (!path.isEmpty())
            exportCurrentSchema(path);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteCurrentSchema(); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, [this] { loadSchema(m_current); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reloadList(QString());
}

void SchemaEditorDialog::setNameAsker(std::function<QString(const QString &, const QString &)> asker)
{
    m_askName = std::move(asker);
}
void SchemaEditorDialog::setFileAsker(std::function<QString(bool, const QString &)> asker)
{
    m_askFile = std::move(asker);
}
void SchemaEditorDialog::setDiscardAsker(std::function<bool(const QString &)> asker)
{
    m_askDiscard = std::move(asker);
}

void SchemaEditorDialog::reloadList(const QString &select)
{
    m_loading = true;
    m_list->clear();
    QString first;
    if (m_store) {
        for (const LabelSchema &schema : m_store->schemas()) {
            auto *item
                = new QListWidgetItem(schema.isBuiltin() ? tr("%1 (built-in)").arg(schema.name) : schema.name, m_list);
            item->setData(Qt::UserRole, schema.name);
            item->setToolTip(schema.description);
            if (first.isEmpty())
                first = schema.name;
        }
    }
    m_loading = false;
    loadSchema(select.isEmpty() ? first : select);
}

void SchemaEditorDialog::loadSchema(const QString &name)
{
    m_loading = true;
    m_current = name;
    if (const int row = rowOf(name); row >= 0)
        m_list->setCurrentRow(row);
    LabelSchema schema;
    QHash<qint64, qint64> uses;
    if (m_store && !name.isEmpty()) {
        try {
            schema = m_store->schema(name);
            uses = m_store->labelUseCounts(name);
        } catch (const Error &error) {
            showProblems({error.message().toHtmlEscaped()}, {error.message()});
        }
    }
    m_builtin = schema.name.isEmpty() || schema.isBuiltin();
    m_description->setText(schema.description);
    m_use->setCurrentIndex(m_use->findData(int(schema.use)));
    m_table->setLabels(schema.labels, uses, !m_builtin);
    for (QWidget *widget :
        {static_cast<QWidget *>(m_description), static_cast<QWidget *>(m_use), static_cast<QWidget *>(m_addLabel),
            static_cast<QWidget *>(m_removeLabel), static_cast<QWidget *>(m_colour), static_cast<QWidget *>(m_up),
            static_cast<QWidget *>(m_down), static_cast<QWidget *>(m_delete)})
        widget->setEnabled(!m_builtin);
    m_copy->setEnabled(!schema.name.isEmpty());
    m_export->setEnabled(!schema.name.isEmpty());
    m_readOnlyNote->setVisible(m_builtin);
    m_dirty = false;
    m_loading = false;
    refreshChecks();
}

LabelSchema SchemaEditorDialog::draft() const
{
    LabelSchema schema;
    schema.name = m_current;
    schema.description = m_description->text();
    schema.use = SchemaUse(m_use->currentData().toInt());
    schema.labels = m_table->labels();
    return schema;
}

QList<SchemaProblem> SchemaEditorDialog::problems() const
{
    return m_builtin ? QList<SchemaProblem>() : checkSchema(draft(), m_context);
}

QString SchemaEditorDialog::problemText() const
{
    return m_problems->accessibleDescription();
}

void SchemaEditorDialog::showProblems(const QStringList &html, const QStringList &plain)
{
    m_problems->setText(html.join(QStringLiteral("<br>")));
    m_problems->setAccessibleDescription(plain.join(QLatin1Char('\n'))); // what a screen reader says
}

void SchemaEditorDialog::refreshChecks()
{
    const LabelSchema schema = draft();
    const QList<SchemaProblem> found = problems();
    QStringList lines, plain;
    for (const SchemaProblem &problem : found) {
        const QString where = problem.label < 0
            ? QString()
            : tr("Label %1 “%2”: ").arg(problem.label + 1).arg(schema.labels.value(problem.label).name);
        const bool error = problem.severity == SchemaProblem::Severity::Error;
        // Colour and a word both say which is which: the word is for those who cannot tell the colours apart.
        lines.append(
            QStringLiteral("<span style=\"color:%1\">%2</span> %3%4")
                .arg(error ? QStringLiteral("#c62828") : QStringLiteral("#8d6e00"),
                    error ? tr("Error:") : tr("Warning:"), where.toHtmlEscaped(), problem.message.toHtmlEscaped()));
        plain.append((error ? tr("Error:") : tr("Warning:")) + QLatin1Char(' ') + where + problem.message);
    }
    if (lines.isEmpty() && !m_builtin) {
        lines.append(tr("No problems: keys are distinct and colours readable."));
        plain.append(lines.last());
    }
    showProblems(lines, plain);
    m_save->setEnabled(!m_builtin && m_dirty && !hasErrors(found));
    m_revert->setEnabled(m_dirty);
}

bool SchemaEditorDialog::report(const std::function<void()> &action)
{
    try {
        action();
        return true;
    } catch (const Error &error) {
        showProblems({QStringLiteral("<span style=\"color:#c62828\">%1</span> %2")
                             .arg(tr("Error:"), error.message().toHtmlEscaped())},
            {tr("Error:") + QLatin1Char(' ') + error.message()});
        return false;
    }
}

bool SchemaEditorDialog::confirmDiscard()
{
    return !m_dirty || m_askDiscard(m_current);
}

bool SchemaEditorDialog::selectSchema(const QString &name)
{
    if (name == m_current)
        return true;
    if (!confirmDiscard())
        return false;
    loadSchema(name);
    return m_current == name;
}

QString SchemaEditorDialog::currentSchemaName() const
{
    return m_current;
}

bool SchemaEditorDialog::save()
{
    if (!m_store || m_builtin || !m_dirty)
        return false;
    const LabelSchema schema = draft();
    if (!report([&] { m_store->saveSchema(schema); }))
        return false;
    m_dirty = false;
    reloadList(schema.name);
    Q_EMIT schemasChanged();
    return true;
}

bool SchemaEditorDialog::createSchema(const QString &name)
{
    if (!m_store || !confirmDiscard())
        return false;
    LabelSchema schema;
    schema.name = name.trimmed();
    schema.labels.append({tr("label 1"), defaultLabelColour(0), defaultLabelKey(0)});
    return report(
        [&] { saveNewSchema(schema, Error::tr("the project has a label schema '%1' already").arg(schema.name)); });
}

int SchemaEditorDialog::rowOf(const QString &name) const
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toString() == name)
            return row;
    return -1;
}

void SchemaEditorDialog::saveNewSchema(const LabelSchema &schema, const QString &nameTaken)
{
    // The list holds every schema of the project (reloaded after each change): no store read to find a name taken.
    if (rowOf(schema.name) >= 0)
        throw Error(nameTaken);
    m_store->saveSchema(schema);
    reloadList(schema.name);
    Q_EMIT schemasChanged();
}

bool SchemaEditorDialog::copyCurrentSchema(const QString &name)
{
    if (!m_store || m_current.isEmpty() || !confirmDiscard())
        return false;
    return report([&] {
        LabelSchema copy = m_store->schema(m_current);
        copy.name = name.trimmed();
        copy.description = tr("Copy of %1: %2").arg(m_current, copy.description);
        saveNewSchema(copy, Error::tr("the project has a label schema '%1' already").arg(copy.name));
    });
}

bool SchemaEditorDialog::importSchema(const QString &path, const QString &name)
{
    if (!m_store || !confirmDiscard())
        return false;
    return report([&] {
        const LabelSchema schema = SchemaFile::read(path, name);
        saveNewSchema(schema,
            Error::tr("the project has a label schema '%1' already; import it under another name").arg(schema.name));
    });
}

bool SchemaEditorDialog::exportCurrentSchema(const QString &path)
{
    if (!m_store || m_current.isEmpty())
        return false;
    return report([&] { SchemaFile::write(m_store->schema(m_current), path); });
}

bool SchemaEditorDialog::deleteCurrentSchema()
{
    if (!m_store || m_builtin)
        return false;
    return report([&] {
        m_store->deleteSchema(m_current);
        m_dirty = false;
        reloadList(QString());
        Q_EMIT schemasChanged();
    });
}

void SchemaEditorDialog::done(int result)
{
    if (!confirmDiscard())
        return;
    QDialog::done(result);
}

} // namespace candor
