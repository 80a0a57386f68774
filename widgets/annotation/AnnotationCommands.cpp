#include "widgets/annotation/AnnotationCommands.h"

#include "core/domain/Error.h"
#include "core/store/ProjectStore.h"

#include <QCoreApplication>

namespace candor {

namespace {

// A failed write must not throw through QUndoStack: report it and mark the command obsolete, so a failed
// push is dropped from the stack instead of being replayed.
template <typename Work>
void guarded(AnnotationEditor *editor, QUndoCommand *command, Work work)
{
    try {
        work();
    } catch (const Error &error) {
        command->setObsolete(true);
        editor->reportError(error.message());
    }
}

QString describe(const Annotation &a)
{
    return a.isSpan()
        ? QCoreApplication::translate("AnnotationCommands", "%1 [%2, %3)").arg(a.label).arg(*a.start).arg(*a.end)
        : a.label;
}

} // namespace

AddAnnotationCommand::AddAnnotationCommand(AnnotationEditor *editor, const Annotation &annotation, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("AnnotationCommands", "Add %1").arg(describe(annotation)), parent)
    , m_editor(editor)
    , m_annotation(annotation)
    , m_handle(std::make_shared<qint64>(0))
{
}

void AddAnnotationCommand::redo()
{
    guarded(m_editor, this, [this] {
        Annotation row = m_annotation;
        row.id = 0;
        const qint64 id = m_editor->store()->addAnnotation(row);
        if (id == 0)
            throw Error(QCoreApplication::translate("AnnotationCommands", "the same annotation exists already"));
        m_editor->rebind(m_handle, id);
    });
    m_editor->notifyChanged(m_annotation.itemId);
}

void AddAnnotationCommand::undo()
{
    guarded(m_editor, this, [this] {
        m_editor->store()->deleteAnnotation(*m_handle);
        m_editor->rebind(m_handle, 0);
    });
    m_editor->notifyChanged(m_annotation.itemId);
}

DeleteAnnotationCommand::DeleteAnnotationCommand(
    AnnotationEditor *editor, const Annotation &annotation, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("AnnotationCommands", "Delete %1").arg(describe(annotation)), parent)
    , m_editor(editor)
    , m_annotation(annotation)
    , m_handle(editor->handleFor(annotation.id))
{
}

void DeleteAnnotationCommand::redo()
{
    guarded(m_editor, this, [this] {
        m_editor->store()->deleteAnnotation(*m_handle);
        m_editor->rebind(m_handle, 0);
    });
    m_editor->notifyChanged(m_annotation.itemId);
}

void DeleteAnnotationCommand::undo()
{
    guarded(m_editor, this, [this] {
        Annotation row = m_annotation;
        row.id = 0;
        m_editor->rebind(m_handle, m_editor->store()->addAnnotation(row));
    });
    m_editor->notifyChanged(m_annotation.itemId);
}

SetStatusCommand::SetStatusCommand(
    AnnotationEditor *editor, const Annotation &annotation, Status status, QUndoCommand *parent)
    : QUndoCommand(
        QCoreApplication::translate("AnnotationCommands", "Mark %1 %2").arg(describe(annotation), statusName(status)),
        parent)
    , m_editor(editor)
    , m_itemId(annotation.itemId)
    , m_handle(editor->handleFor(annotation.id))
    , m_before(annotation.status)
    , m_after(status)
{
}

void SetStatusCommand::redo()
{
    apply(m_after);
}
void SetStatusCommand::undo()
{
    apply(m_before);
}

void SetStatusCommand::apply(Status status)
{
    guarded(m_editor, this, [this, status] { m_editor->store()->setAnnotationStatus(*m_handle, status); });
    m_editor->notifyChanged(m_itemId);
}

} // namespace candor
