#pragma once

#include "widgets/annotation/AnnotationEditor.h"

#include <QList>
#include <QUndoCommand>

namespace candor {

// Settles the curated rows of one item and schema (core's settleCuration) as one undoable step: undo puts back the
// curated rows it replaced (none: the curation is cleared again), redo settles the same rows again.
class SettleCurationCommand final : public QUndoCommand
{
public:
    SettleCurationCommand(AnnotationEditor *editor, qint64 itemId, const QString &schema, const QList<Annotation> &rows,
        const QString &curator, const QString &text);
    void redo() override;
    void undo() override;

private:
    void settle(const QList<Annotation> &rows, const QString &curator, bool keepReplaced);

    AnnotationEditor *m_editor;
    qint64 m_itemId;
    QString m_schema;
    QList<Annotation> m_rows;
    QString m_curator;
    QList<Annotation> m_replaced;
};

} // namespace candor
