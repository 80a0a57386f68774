#pragma once

#include "core/domain/FactCheck.h"

#include <QUndoCommand>

#include <optional>

namespace candor {

class AnnotationEditor;

// Sets (or, with nullopt, removes) the fact-check record of one item, on the editor's undo stack so fact-check
// edits undo in one history with the annotations. Undo puts back the earlier record exactly (times included) or
// removes the record when there was none. A write that fails is reported through the editor and the command
// dropped, as for the annotation commands.
class SetFactCheckCommand final : public QUndoCommand
{
public:
    SetFactCheckCommand(AnnotationEditor *editor, qint64 itemId, std::optional<FactCheck> before,
        std::optional<FactCheck> after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(std::optional<FactCheck> &record);

    AnnotationEditor *m_editor;
    qint64 m_itemId;
    std::optional<FactCheck> m_before;
    std::optional<FactCheck> m_after;
};

// Pushes the change of the item's fact check to `record` (nullopt removes it) unless it is no change. Returns false
// and pushes nothing without a project or when nothing changes; the caller validates first (FactCheck::problems).
bool setFactCheck(AnnotationEditor &editor, qint64 itemId, std::optional<FactCheck> record);

} // namespace candor
