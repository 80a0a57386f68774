#include "widgets/curation/CurationPanel.h"

#include "core/domain/Error.h"
#include "core/formats/common/AnnotationSelection.h"
#include "core/store/ProjectStore.h"
#include "core/text/CodePoints.h"
#include "widgets/annotation/AnnotationEditor.h"
#include "widgets/annotation/CurationCommand.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace candor {

namespace {

constexpr int kVersionRole = Qt::UserRole + 1;
constexpr int kPeopleRole = Qt::UserRole + 2; // annotators who answered the schema on the item
constexpr int kRowRole = Qt::UserRole + 3; // a row's index in its version

QString versionTitle(const CurationVersion &version)
{
    if (version.name == QLatin1String("curated")) {
        const QString curator = version.rows.isEmpty() ? QString() : version.rows.first().annotator;
        return curator.isEmpty() ? CurationPanel::tr("Curated") : CurationPanel::tr("Curated by %1").arg(curator);
    }
    if (version.name.startsWith(QLatin1String("human:")))
        return version.name.mid(6).isEmpty() ? CurationPanel::tr("(unnamed annotator)") : version.name.mid(6);
    if (version.name == QLatin1String("gold"))
        return CurationPanel::tr("Gold (dataset)");
    return CurationPanel::tr("Model");
}

QPixmap swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(colour.isValid() ? colour : QColor(Qt::gray));
    return pixmap;
}

} // namespace

CurationPanel::CurationPanel(AnnotationEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_schemas(new QComboBox(this))
    , m_versions(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_accept(new QPushButton(tr("&Accept as curated"), this))
    , m_clear(new QPushButton(tr("C&lear curation"), this))
    , m_merge(new QPushButton(tr("Accept &ticked rows"), this))
    , m_next(new QPushButton(tr("&Next disagreement"), this))
{
    m_schemas->setAccessibleName(tr("Label schema"));
    m_versions->setColumnCount(2);
    m_versions->setHeaderLabels({tr("Version / label"), tr("Text")});
    m_versions->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_versions->header()->resizeSection(0, 190);
    m_versions->setAccessibleName(tr("Versions to curate"));
    m_status->setWordWrap(true);
    m_accept->setToolTip(tr("Store the selected version as this item's curated annotations (undoable)"));
    m_clear->setToolTip(tr("Remove this item's curated annotations in this schema (undoable)"));
    m_merge->setToolTip(tr("Merge: store the rows you ticked, from any versions, as this item's curated annotations "
                           "(undoable)"));
    m_next->setToolTip(tr("Go to the next item where annotators disagree and nothing is curated yet (Ctrl+D)"));

    // Narrow enough to share the right dock area with the labels (the items table keeps its two fifths).
    m_schemas->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_schemas->setMinimumContentsLength(12);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_clear);
    buttons->addStretch();
    auto *next = new QHBoxLayout;
    next->addWidget(m_merge);
    next->addStretch();
    next->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_schemas);
    layout->addWidget(m_versions, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addLayout(next);

    connect(m_schemas, &QComboBox::currentIndexChanged, this, [this] { fillVersions(); });
    connect(m_versions, &QTreeWidget::currentItemChanged, this, [this] { updateButtons(); });
    connect(m_versions, &QTreeWidget::itemDoubleClicked, this, [this] { acceptSelected(); });
    connect(m_accept, &QPushButton::clicked, this, &CurationPanel::acceptSelected);
    connect(m_clear, &QPushButton::clicked, this, &CurationPanel::clearCuration);
    connect(m_merge, &QPushButton::clicked, this, &CurationPanel::acceptChecked);
    connect(m_versions, &QTreeWidget::itemChanged, this, [this] { updateButtons(); });
    connect(m_next, &QPushButton::clicked, this, &CurationPanel::nextDisagreementRequested);
    updateButtons();
}

void CurationPanel::setStore(ProjectStore *store)
{
    m_store = store;
    showItem(0);
}

void CurationPanel::showItem(qint64 itemId)
{
    m_itemId = m_store ? itemId : 0;
    reload();
}

void CurationPanel::reload()
{
    // Every item the window shows comes here; its versions in every schema are a few queries each, so a hidden
    // dock reads them only once it is shown.
    m_stale = !isVisible();
    if (m_stale)
        return;
    const std::optional<Item> item = m_itemId ? m_store->item(m_itemId) : std::nullopt;
    m_text = item ? item->text : QString();
    fillSchemas();
}

void CurationPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void CurationPanel::fillSchemas()
{
    const QString previous = m_schemas->currentData().toString();
    const QSignalBlocker blocker(m_schemas);
    m_schemas->clear();
    if (m_store && m_itemId) {
        for (const LabelSchema &schema : m_store->schemas()) {
            const QList<CurationVersion> versions = curationVersions(*m_store, m_itemId, schema.name);
            if (versions.isEmpty())
                continue;
            int people = 0;
            for (const CurationVersion &version : versions)
                people += version.name.startsWith(QLatin1String("human:")) ? 1 : 0;
            m_schemas->addItem(tr("%1 (%n annotator(s))", nullptr, people).arg(schema.name), schema.name);
            m_schemas->setItemData(m_schemas->count() - 1, people, kPeopleRole);
        }
    }
    // The schema chosen before, else the one most annotators answered: what there is to curate.
    int index = m_schemas->findData(previous);
    if (index < 0) {
        index = 0;
        for (int i = 1; i < m_schemas->count(); ++i)
            if (m_schemas->itemData(i, kPeopleRole).toInt() > m_schemas->itemData(index, kPeopleRole).toInt())
                index = i;
    }
    m_schemas->setCurrentIndex(index);
    fillVersions();
}

void CurationPanel::fillVersions()
{
    const QString previous = selectedVersion();
    const QSignalBlocker blocker(m_versions); // filling is not ticking
    m_versions->clear();
    m_current.clear();
    const QString schemaName = m_schemas->currentData().toString();
    if (!m_store || !m_itemId || schemaName.isEmpty()) {
        m_status->setText(m_itemId ? tr("Nothing annotated on this item yet.") : tr("No item shown."));
        updateButtons();
        return;
    }
    const LabelSchema schema = m_store->schema(schemaName);
    const CodePointMap codePoints(m_text);
    m_current = curationVersions(*m_store, m_itemId, schemaName);
    for (const CurationVersion &version : m_current) {
        auto *top = new QTreeWidgetItem(m_versions, {versionTitle(version), QString()});
        top->setData(0, kVersionRole, version.name);
        top->setText(1, tr("%n row(s)", nullptr, int(version.rows.size())));
        if (version.name == QLatin1String("curated")) {
            QFont bold = top->font(0);
            bold.setBold(true);
            top->setFont(0, bold);
        }
        for (const Annotation &row : version.rows) {
            QString text;
            if (row.isSpan())
                text = QStringLiteral("“%1” [%2–%3]")
                           .arg(codePoints.mid(m_text, *row.start, *row.end).simplified())
                           .arg(*row.start)
                           .arg(*row.end);
            else if (row.postRowId)
                text = tr("post %1").arg(*row.postRowId);
            else
                text = tr("whole item");
            auto *child = new QTreeWidgetItem(top, {row.label, text});
            child->setData(0, kRowRole, int(top->childCount() - 1));
            child->setFlags(child->flags() | Qt::ItemIsUserCheckable);
            child->setCheckState(0, Qt::Unchecked);
            const int label = schema.indexOf(row.label);
            child->setIcon(0, swatch(label >= 0 ? schema.labels[label].colour : QColor()));
        }
        top->setExpanded(true);
    }
    const bool curated = !m_current.isEmpty() && m_current.first().name == QLatin1String("curated");
    m_status->setText(curated ? tr("Settled. Accepting another version replaces the curated rows.")
                              : tr("Not curated yet: accept a version, or tick rows of several and accept those."));
    if (!selectVersion(previous) && m_versions->topLevelItemCount() > 0)
        m_versions->setCurrentItem(m_versions->topLevelItem(0));
    updateButtons();
}

bool CurationPanel::selectVersion(const QString &name)
{
    for (int i = 0; i < m_versions->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_versions->topLevelItem(i);
        if (!name.isEmpty() && top->data(0, kVersionRole).toString() == name) {
            m_versions->setCurrentItem(top);
            return true;
        }
    }
    return false;
}

QString CurationPanel::selectedVersion() const
{
    QTreeWidgetItem *item = m_versions->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(0, kVersionRole).toString() : QString();
}

void CurationPanel::updateButtons()
{
    const QString version = selectedVersion();
    m_accept->setEnabled(!version.isEmpty() && version != QLatin1String("curated"));
    const bool curated = !m_current.isEmpty() && m_current.first().name == QLatin1String("curated");
    m_clear->setEnabled(curated);
    m_merge->setEnabled(!checkedRows().isEmpty());
    m_next->setEnabled(m_store != nullptr);
}

bool CurationPanel::setRowChecked(const QString &name, int row, bool checked)
{
    for (int i = 0; i < m_versions->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_versions->topLevelItem(i);
        if (top->data(0, kVersionRole).toString() != name || row < 0 || row >= top->childCount())
            continue;
        top->child(row)->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
        return true;
    }
    return false;
}

QList<Annotation> CurationPanel::checkedRows() const
{
    QList<Annotation> rows;
    for (int i = 0; i < m_versions->topLevelItemCount() && i < m_current.size(); ++i) {
        const QTreeWidgetItem *top = m_versions->topLevelItem(i);
        const CurationVersion &version = m_current[i];
        for (int c = 0; c < top->childCount(); ++c)
            if (top->child(c)->checkState(0) == Qt::Checked && c < version.rows.size())
                rows.append(version.rows[c]);
    }
    return rows;
}

void CurationPanel::acceptChecked()
{
    const QList<Annotation> rows = checkedRows();
    if (!m_store || !m_itemId || rows.isEmpty())
        return;
    const QString schema = m_schemas->currentData().toString();
    try {
        // A single-choice schema takes one answer per target: refuse before the command goes on the undo stack.
        if (isSingleChoiceSchema(schema)) {
            QSet<qint64> targets;
            for (const Annotation &row : rows)
                targets.insert(row.postRowId.value_or(0));
            QSet<QString> answers;
            for (const Annotation &row : rows)
                answers.insert(QString::number(row.postRowId.value_or(0)) + QLatin1Char('\n') + row.label);
            if (answers.size() > targets.size())
                throw Error(tr("%1 takes one answer per item or post: tick one of the differing answers").arg(schema));
        }
        m_editor->undoStack()->push(new SettleCurationCommand(m_editor, m_itemId, schema, rows, m_editor->annotator(),
            tr("Curate %1 from %n ticked row(s)", nullptr, int(rows.size())).arg(schema)));
    } catch (const Error &error) {
        m_status->setText(error.message());
    }
}

void CurationPanel::acceptSelected()
{
    const QString version = selectedVersion();
    if (!m_store || !m_itemId || version.isEmpty() || version == QLatin1String("curated"))
        return;
    const QString schema = m_schemas->currentData().toString();
    for (const CurationVersion &candidate : m_current) {
        if (candidate.name != version)
            continue;
        m_editor->undoStack()->push(new SettleCurationCommand(m_editor, m_itemId, schema, candidate.rows,
            m_editor->annotator(), tr("Curate %1 from %2").arg(schema, versionTitle(candidate))));
        return;
    }
}

void CurationPanel::clearCuration()
{
    if (!m_store || !m_itemId)
        return;
    const QString schema = m_schemas->currentData().toString();
    m_editor->undoStack()->push(
        new SettleCurationCommand(m_editor, m_itemId, schema, {}, m_editor->annotator(), tr("Clear curation")));
}

} // namespace candor
