#include "widgets/annotation/FactCheckCommand.h"

#include "core/domain/Error.h"
#include "core/store/FactCheckStore.h"
#include "widgets/annotation/AnnotationEditor.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace candor {

namespace {

QString describe(const std::optional<FactCheck> &after)
{
    return after
        ? QCoreApplication::translate("FactCheckCommand", "Fact check: %1").arg(factCheckRatingText(after->rating))
        : QCoreApplication::translate("FactCheckCommand", "Remove fact check");
}

// The content a person edits: two records that differ only in who or when are the same answer.
bool sameContent(const std::optional<FactCheck> &a, const std::optional<FactCheck> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->claim == b->claim && a->rating == b->rating && a->note == b->note);
}

} // namespace

SetFactCheckCommand::SetFactCheckCommand(AnnotationEditor *editor, qint64 itemId, std::optional<FactCheck> before,
    std::optional<FactCheck> after, QUndoCommand *parent)
    : QUndoCommand(describe(after), parent)
    , m_editor(editor)
    , m_itemId(itemId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SetFactCheckCommand::redo()
{
    apply(m_after);
}

void SetFactCheckCommand::undo()
{
    apply(m_before);
}

void SetFactCheckCommand::apply(std::optional<FactCheck> &record)
{
    try {
        if (record)
            record = putFactCheck(*m_editor->store(), *record); // keeps the times it got, so redo restores them
        else
            removeFactCheck(*m_editor->store(), m_itemId);
    } catch (const Error &error) {
        setObsolete(true);
        m_editor->reportError(error.message());
    }
    m_editor->notifyChanged(m_itemId);
}

bool setFactCheck(AnnotationEditor &editor, qint64 itemId, std::optional<FactCheck> record)
{
    if (!editor.store())
        return false;
    const std::optional<FactCheck> before = factCheck(*editor.store(), itemId);
    if (sameContent(before, record))
        return false;
    if (record) {
        record->itemId = itemId;
        record->annotator = editor.annotator();
        record->createdAt = before ? before->createdAt : QDateTime();
        record->updatedAt = QDateTime(); // now, when written
    }
    editor.undoStack()->push(new SetFactCheckCommand(&editor, itemId, before, record));
    return true;
}

} // namespace candor
