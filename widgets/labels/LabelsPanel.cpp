#include "widgets/labels/LabelsPanel.h"

#include "core/domain/LabelSchema.h"
#include "core/store/ProjectStore.h"
#include "widgets/labels/LabelListModel.h"
#include "widgets/labels/ProbabilityDelegate.h"

#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace candor {

LabelsPanel::LabelsPanel(QWidget *parent)
    : QWidget(parent)
    , m_spanSchemas(new QComboBox(this))
    , m_itemSchemas(new QComboBox(this))
    , m_spanModel(new LabelListModel(false, this))
    , m_itemModel(new LabelListModel(true, this))
    , m_spanList(new QListView(this))
    , m_itemList(new QListView(this))
    , m_progress(new QLabel(this))
{
    setAccessibleName(tr("Labels"));
    m_spanSchemas->setAccessibleName(tr("Span label schema"));
    m_itemSchemas->setAccessibleName(tr("Item label schema"));
    m_spanList->setAccessibleName(tr("Span techniques"));
    m_itemList->setAccessibleName(tr("Item labels"));
    m_spanList->setModel(m_spanModel);
    m_itemList->setModel(m_itemModel);
    m_itemList->setItemDelegate(new ProbabilityDelegate(this));
    m_spanList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (QListView *list : {m_spanList, m_itemList}) {
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setTextElideMode(Qt::ElideRight);
        list->setUniformItemSizes(true);
    }
    m_progress->setWordWrap(true);
    m_progress->setAccessibleName(tr("Review progress"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(new QLabel(tr("Span techniques (select text, press the key or double-click)"), this));
    layout->addWidget(m_spanSchemas);
    layout->addWidget(m_spanList, 3);
    layout->addWidget(new QLabel(tr("Item labels (bars: model probability)"), this));
    layout->addWidget(m_itemSchemas);
    layout->addWidget(m_itemList, 2);
    layout->addWidget(m_progress);

    connect(m_spanSchemas, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        loadSchema(m_spanModel, name);
        Q_EMIT spanSchemaChanged(name);
    });
    connect(m_itemSchemas, &QComboBox::currentTextChanged, this,
        [this](const QString &name) { loadSchema(m_itemModel, name); });
    connect(m_spanList, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT spanLabelActivated(index.data(LabelListModel::NameRole).toString());
    });
    connect(m_itemModel, &LabelListModel::labelToggled, this, [this](const QString &label, bool checked) {
        if (m_itemId != 0)
            Q_EMIT itemLabelToggled(m_itemId, itemSchema(), label, checked);
    });
}

void LabelsPanel::setStore(ProjectStore *store)
{
    m_store = store;
    m_itemId = 0;
    m_annotations.clear();
    const QSignalBlocker blockSpans(m_spanSchemas);
    const QSignalBlocker blockItems(m_itemSchemas);
    m_spanSchemas->clear();
    m_itemSchemas->clear();
    if (store)
        for (const LabelSchema &schema : store->schemas()) {
            if (schema.offersSpans())
                m_spanSchemas->addItem(schema.name);
            if (schema.offersItemLabels())
                m_itemSchemas->addItem(schema.name);
        }
    m_spanSchemas->setCurrentText(Schemas::Persuasion20);
    m_itemSchemas->setCurrentText(Schemas::Persuasion22);
    loadSchema(m_spanModel, spanSchema());
    loadSchema(m_itemModel, itemSchema());
    Q_EMIT spanSchemaChanged(spanSchema());
    refreshProgress();
}

void LabelsPanel::reloadSchemas()
{
    const QString spans = spanSchema(), items = itemSchema();
    const qint64 itemId = m_itemId;
    const QList<Annotation> annotations = m_annotations;
    setStore(m_store);
    if (m_spanSchemas->findText(spans) >= 0)
        setSpanSchema(spans);
    if (m_itemSchemas->findText(items) >= 0)
        setItemSchema(items);
    m_itemId = itemId;
    m_annotations = annotations;
    m_spanModel->setAnnotations(annotations);
    m_itemModel->setAnnotations(annotations);
}

void LabelsPanel::loadSchema(LabelListModel *model, const QString &name)
{
    if (!m_store || name.isEmpty()) {
        model->setSchema({});
        return;
    }
    model->setSchema(m_store->schema(name));
    model->setAnnotations(m_annotations);
}

void LabelsPanel::setItem(qint64 itemId, const QList<Annotation> &annotations)
{
    const bool newItem = itemId != m_itemId;
    m_itemId = itemId;
    m_annotations = annotations;
    if (newItem) {
        // Follow the item: its first span and item-level rows say which schemas it is annotated in.
        for (const Annotation &a : annotations) {
            if (a.postRowId)
                continue;
            if (a.isSpan() && a.schema != spanSchema() && m_spanSchemas->findText(a.schema) >= 0) {
                setSpanSchema(a.schema);
                break;
            }
        }
        for (const Annotation &a : annotations)
            if (!a.isSpan() && !a.postRowId && m_itemSchemas->findText(a.schema) >= 0) {
                setItemSchema(a.schema);
                break;
            }
    }
    m_spanModel->setAnnotations(annotations);
    m_itemModel->setAnnotations(annotations);
    m_itemList->setEnabled(itemId != 0);
}

void LabelsPanel::refreshProgress()
{
    if (!m_store) {
        m_progress->clear();
        return;
    }
    QStringList parts;
    const qint64 items = m_store->itemCount(); // progress is a share of the project, not a bare count
    for (const AnnotatorProgress &progress : m_store->annotatorProgress(8))
        parts.append(tr("%1: %2 of %n item(s)", nullptr, int(items))
                         .arg(progress.annotator.isEmpty() ? tr("(unnamed)") : progress.annotator)
                         .arg(progress.items));
    m_progress->setText(parts.isEmpty() ? tr("No human annotations yet.")
                                        : tr("Annotated by: %1").arg(parts.join(QStringLiteral("; "))));
}

QString LabelsPanel::spanSchema() const
{
    return m_spanSchemas->currentText();
}
QString LabelsPanel::itemSchema() const
{
    return m_itemSchemas->currentText();
}
void LabelsPanel::setSpanSchema(const QString &name)
{
    m_spanSchemas->setCurrentText(name);
}
void LabelsPanel::setItemSchema(const QString &name)
{
    m_itemSchemas->setCurrentText(name);
}

} // namespace candor
