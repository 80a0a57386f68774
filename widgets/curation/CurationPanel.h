#pragma once

#include "core/agreement/Curation.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace candor {

class AnnotationEditor;
class ProjectStore;

// The Curation dock (INCEpTION's curation, for one item): the versions of the shown item in one schema (the
// curated rows already settled, each annotator's rows, gold, the model's), each with its labels and span texts,
// and the curator's actions: accept the selected version as the curated rows, clear the curation, go to the next
// item where annotators disagree (Ctrl+D). Settling goes through the editor's undo stack under the profile's name.
class CurationPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CurationPanel(AnnotationEditor *editor, QWidget *parent = nullptr);

    void setStore(ProjectStore *store);
    void showItem(qint64 itemId); // 0: none
    qint64 itemId() const { return m_itemId; }
    // Rereads the item's versions (after an edit, undo or redo), keeping the chosen schema.
    void reload();

    QComboBox *schemaBox() const { return m_schemas; }
    QTreeWidget *versionsTree() const { return m_versions; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *clearButton() const { return m_clear; }
    QPushButton *mergeButton() const { return m_merge; }
    // Ticks (or unticks) row `row` of version `name`, as a click on its box does; false when there is none such.
    bool setRowChecked(const QString &name, int row, bool checked);
    // The ticked rows of every version: what "Accept ticked rows" settles.
    QList<Annotation> checkedRows() const;
    // Selects the version named `name` ("human:ana", "gold", ...); false when the item has none such.
    bool selectVersion(const QString &name);

Q_SIGNALS:
    void nextDisagreementRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillSchemas();
    void fillVersions();
    void acceptSelected();
    void acceptChecked();
    void clearCuration();
    void updateButtons();
    QString selectedVersion() const;

    AnnotationEditor *m_editor;
    ProjectStore *m_store = nullptr;
    qint64 m_itemId = 0;
    bool m_stale = false; // the item changed while the dock was hidden: read it when shown
    QString m_text;
    QList<CurationVersion> m_current;
    QComboBox *m_schemas;
    QTreeWidget *m_versions;
    QLabel *m_status;
    QPushButton *m_accept;
    QPushButton *m_clear;
    QPushButton *m_merge;
    QPushButton *m_next;
};

} // namespace candor
