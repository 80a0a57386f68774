#pragma once

#include "core/store/ItemQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QTimer;
class QWidget;

namespace candor {

class ProjectStore;

// Filter controls of the items browser. Edits produce an ItemQuery (queryChanged, debounced for typing);
// named filters are saved in QSettings ("browser/savedFilters") as ItemQuery JSON.
class ItemFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemFilterBar)

public:
    explicit ItemFilterBar(QWidget *parent = nullptr);

    // Fills the choice lists (labels, sources, languages, annotators) from the project.
    void populate(const ProjectStore *store);
    ItemQuery query() const;
    void setQuery(const ItemQuery &query); // updates the controls; emits queryChanged once
    QLineEdit *searchEdit() const { return m_search; }
    // "Has a near-duplicate with a verdict": switching it on resolves the items (VerdictNeighbours) once; switch it
    // off and on again after new verdicts. A failed resolution leaves it off with the reason as its tooltip.
    QCheckBox *nearVerdictBox() const { return m_nearVerdict; }

    void saveCurrent(const QString &name);
    bool applySaved(const QString &name);
    QStringList savedNames() const;

Q_SIGNALS:
    void queryChanged(const ItemQuery &query);

private:
    QComboBox *choice(const QString &accessibleName);
    void emitChanged();
    void refreshSavedList();
    void resolveNearVerdicts();

    QLineEdit *m_search;
    QComboBox *m_kind;
    QComboBox *m_label;
    QComboBox *m_predicted;
    QDoubleSpinBox *m_minScore;
    QDoubleSpinBox *m_maxScore;
    QComboBox *m_review;
    QComboBox *m_annotator;
    QCheckBox *m_disagreement;
    QComboBox *m_language;
    QComboBox *m_source;
    QComboBox *m_split;
    QCheckBox *m_nearVerdict;
    QList<qint64> m_nearVerdictIds;
    const ProjectStore *m_store = nullptr;
    QComboBox *m_saved;
    QLineEdit *m_saveName;
    QWidget *m_more;
    QTimer *m_debounce;
    bool m_updating = false;
};

} // namespace candor
