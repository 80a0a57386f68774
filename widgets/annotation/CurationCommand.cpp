#include "widgets/annotation/CurationCommand.h"

#include "core/agreement/Curation.h"
#include "core/domain/Error.h"
#include "core/store/ProjectStore.h"

namespace candor {

SettleCurationCommand::SettleCurationCommand(AnnotationEditor *editor, qint64 itemId, const QString &schema,
    const QList<Annotation> &rows, const QString &curator, const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_itemId(itemId)
    , m_schema(schema)
    , m_rows(rows)
    , m_curator(curator)
{
}

void SettleCurationCommand::redo()
{
    settle(m_rows, m_curator, true);
}

void SettleCurationCommand::undo()
{
    settle(m_replaced, QString(), false); // the replaced rows go back under their own curator
}

void SettleCurationCommand::settle(const QList<Annotation> &rows, const QString &curator, bool keepReplaced)
{
    if (!m_editor->store())
        return;
    try {
        const QList<Annotation> replaced = settleCuration(*m_editor->store(), m_itemId, m_schema, rows, curator);
        if (keepReplaced)
            m_replaced = replaced;
    } catch (const Error &error) {
        // settleCuration wrote nothing (one transaction): the project is as it was.
        m_editor->reportError(error.message());
    }
    m_editor->notifyChanged(m_itemId);
}

} // namespace candor
