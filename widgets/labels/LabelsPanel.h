#pragma once

#include "core/domain/Annotation.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;

namespace candor {

class LabelListModel;
class ProjectStore;

// The Labels dock: the span techniques of the active span schema (colour, key; double-click labels the
// selection), the item-level labels as checkboxes with the model's probability bars, and review progress.
class LabelsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelsPanel)

public:
    explicit LabelsPanel(QWidget *parent = nullptr);

    void setStore(ProjectStore *store);
    // Rereads the schemas after Edit > Label schemas… changed them; keeps the chosen ones where they still exist.
    void reloadSchemas();
    // The shown item's annotations; the schemas follow the item when it has labels in another schema.
    void setItem(qint64 itemId, const QList<Annotation> &annotations);
    void refreshProgress();

    QString spanSchema() const;
    QString itemSchema() const;
    void setSpanSchema(const QString &name);
    void setItemSchema(const QString &name);
    LabelListModel *spanModel() const { return m_spanModel; }
    LabelListModel *itemModel() const { return m_itemModel; }
    QListView *itemList() const { return m_itemList; }

Q_SIGNALS:
    void spanSchemaChanged(const QString &schema);
    void spanLabelActivated(const QString &label);
    void itemLabelToggled(qint64 itemId, const QString &schema, const QString &label, bool checked);

private:
    void loadSchema(LabelListModel *model, const QString &name);

    ProjectStore *m_store = nullptr;
    qint64 m_itemId = 0;
    QList<Annotation> m_annotations;
    QComboBox *m_spanSchemas;
    QComboBox *m_itemSchemas;
    LabelListModel *m_spanModel;
    LabelListModel *m_itemModel;
    QListView *m_spanList;
    QListView *m_itemList;
    QLabel *m_progress;
};

} // namespace candor
