#pragma once

#include "widgets/annotation/AnnotationEditor.h"

#include <QUndoCommand>

namespace candor {

// Adds one annotation; undo deletes that row, redo adds it again.
class AddAnnotationCommand final : public QUndoCommand
{
public:
    AddAnnotationCommand(AnnotationEditor *editor, const Annotation &annotation, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationEditor *m_editor;
    Annotation m_annotation;
    AnnotationEditor::Handle m_handle;
};

// Deletes one annotation; undo adds it back (same content, origin and timestamps).
class DeleteAnnotationCommand final : public QUndoCommand
{
public:
    DeleteAnnotationCommand(AnnotationEditor *editor, const Annotation &annotation, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationEditor *m_editor;
    Annotation m_annotation;
    AnnotationEditor::Handle m_handle;
};

// Changes the review status of one annotation.
class SetStatusCommand final : public QUndoCommand
{
public:
    SetStatusCommand(
        AnnotationEditor *editor, const Annotation &annotation, Status status, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(Status status);

    AnnotationEditor *m_editor;
    qint64 m_itemId;
    AnnotationEditor::Handle m_handle;
    Status m_before;
    Status m_after;
};

} // namespace candor
