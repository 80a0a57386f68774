#pragma once

#include "core/domain/Annotation.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

class QUndoStack;

namespace candor {

class ProjectStore;

// Every annotation edit of the GUI goes through here: each one is written to the project at once and pushed
// as a QUndoCommand on one stack that spans all items. Undoing an add deletes the row; redoing re-adds it
// (a new row id), so later commands refer to annotations through handles that follow the current id.
class AnnotationEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationEditor)

public:
    using Handle = std::shared_ptr<qint64>;

    explicit AnnotationEditor(QObject *parent = nullptr);
    ~AnnotationEditor() override;

    // The project edits go to; null closes (and clears the undo history, which refers to that project).
    void setStore(ProjectStore *store);
    ProjectStore *store() const { return m_store; }
    QUndoStack *undoStack() const { return m_stack; }
    void setAnnotator(const QString &name) { m_annotator = name; }
    QString annotator() const { return m_annotator; }

    // A new human span [start, end) in code points.
    void addSpan(qint64 itemId, const QString &schema, const QString &label, int start, int end);
    // Change technique and/or edges. A human span is replaced; a gold or model span stays and a corrected human
    // span is added (the model span is rejected, so the correction replaces the proposal).
    void correctSpan(const Annotation &span, const QString &label, int start, int end);
    // Human rows are deleted, model rows rejected; gold rows are never removed (returns false).
    bool removeAnnotation(const Annotation &annotation);
    void setStatus(const Annotation &annotation, Status status);
    // Accepts every proposed model span and label of the item; returns how many.
    int acceptAll(qint64 itemId);
    // Item-level label on or off: on adds a human label (or accepts a proposal), off removes the human rows and
    // rejects model rows. Gold item labels are left alone.
    void setItemLabel(qint64 itemId, const QString &schema, const QString &label, bool present);

    // Internal to the commands.
    Handle handleFor(qint64 annotationId);
    void rebind(const Handle &handle, qint64 newId);
    void notifyChanged(qint64 itemId) { Q_EMIT itemChanged(itemId); }
    void reportError(const QString &message) { Q_EMIT errorOccurred(message); }

Q_SIGNALS:
    // The annotations of an item changed (an edit, an undo or a redo).
    void itemChanged(qint64 itemId);
    void errorOccurred(const QString &message);

private:
    Annotation humanSpan(qint64 itemId, const QString &schema, const QString &label, int start, int end) const;

    ProjectStore *m_store = nullptr;
    QUndoStack *m_stack = nullptr;
    QString m_annotator;
    QHash<qint64, Handle> m_handles; // current row id -> handle
};

} // namespace candor
