#include "widgets/annotation/AnnotationEditor.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/store/ProjectStore.h"
#include "widgets/annotation/AnnotationCommands.h"

#include <QUndoStack>

namespace candor {

AnnotationEditor::AnnotationEditor(QObject *parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
{
}

AnnotationEditor::~AnnotationEditor()
{
    // Commands hold a pointer to this editor: they go first.
    m_stack->clear();
}

void AnnotationEditor::setStore(ProjectStore *store)
{
    m_stack->clear();
    m_handles.clear();
    m_store = store;
}

AnnotationEditor::Handle AnnotationEditor::handleFor(qint64 annotationId)
{
    auto it = m_handles.find(annotationId);
    if (it == m_handles.end())
        it = m_handles.insert(annotationId, std::make_shared<qint64>(annotationId));
    return *it;
}

void AnnotationEditor::rebind(const Handle &handle, qint64 newId)
{
    if (*handle != 0)
        m_handles.remove(*handle);
    *handle = newId;
    if (newId != 0)
        m_handles.insert(newId, handle);
}

Annotation AnnotationEditor::humanSpan(
    qint64 itemId, const QString &schema, const QString &label, int start, int end) const
{
    Annotation a;
    a.itemId = itemId;
    a.schema = schema;
    a.label = label;
    a.start = start;
    a.end = end;
    a.origin = Origin::Human;
    a.annotator = m_annotator;
    a.status = Status::Accepted;
    return a;
}

void AnnotationEditor::addSpan(qint64 itemId, const QString &schema, const QString &label, int start, int end)
{
    if (!m_store || end <= start)
        return;
    m_stack->push(new AddAnnotationCommand(this, humanSpan(itemId, schema, label, start, end)));
}

void AnnotationEditor::correctSpan(const Annotation &span, const QString &label, int start, int end)
{
    if (!m_store || !span.isSpan() || end <= start)
        return;
    if (label == span.label && start == *span.start && end == *span.end)
        return;
    auto *macro = new QUndoCommand(tr("Correct %1").arg(span.label));
    if (span.origin == Origin::Human)
        new DeleteAnnotationCommand(this, span, macro);
    else if (span.origin == Origin::Model && span.status != Status::Rejected)
        new SetStatusCommand(this, span, Status::Rejected, macro);
    Annotation corrected = humanSpan(span.itemId, span.schema, label, start, end);
    corrected.postRowId = span.postRowId;
    new AddAnnotationCommand(this, corrected, macro);
    m_stack->push(macro);
}

bool AnnotationEditor::removeAnnotation(const Annotation &annotation)
{
    if (!m_store)
        return false;
    switch (annotation.origin) {
    case Origin::Human:
    case Origin::Curated: m_stack->push(new DeleteAnnotationCommand(this, annotation)); return true;
    case Origin::Model:
        if (annotation.status != Status::Rejected)
            m_stack->push(new SetStatusCommand(this, annotation, Status::Rejected));
        return true;
    case Origin::Gold: break;
    }
    Q_EMIT errorOccurred(
        tr("Gold annotations come from the dataset and are not removed; add a corrected span instead."));
    return false;
}

void AnnotationEditor::setStatus(const Annotation &annotation, Status status)
{
    if (m_store && annotation.status != status)
        m_stack->push(new SetStatusCommand(this, annotation, status));
}

int AnnotationEditor::acceptAll(qint64 itemId)
{
    if (!m_store)
        return 0;
    AnnotationFilter filter;
    filter.origin = Origin::Model;
    auto *macro = new QUndoCommand(tr("Accept all proposals"));
    int accepted = 0;
    for (const Annotation &a : m_store->annotations(itemId, filter)) {
        if (a.status != Status::Proposed)
            continue;
        new SetStatusCommand(this, a, Status::Accepted, macro);
        ++accepted;
    }
    if (accepted == 0) {
        delete macro;
        return 0;
    }
    m_stack->push(macro);
    return accepted;
}

void AnnotationEditor::setItemLabel(qint64 itemId, const QString &schema, const QString &label, bool present)
{
    if (!m_store)
        return;
    AnnotationFilter filter;
    filter.schema = schema;
    QList<Annotation> rows;
    for (const Annotation &a : m_store->annotations(itemId, filter))
        if (!a.isSpan() && !a.postRowId && a.label == label)
            rows.append(a);
    auto *macro = new QUndoCommand(present ? tr("Label item %1").arg(label) : tr("Unlabel item %1").arg(label));
    bool any = false;
    if (present) {
        bool proposal = false;
        for (const Annotation &a : rows)
            if (a.origin == Origin::Model && a.status == Status::Proposed) {
                new SetStatusCommand(this, a, Status::Accepted, macro);
                proposal = any = true;
            }
        if (!proposal) {
            Annotation a = humanSpan(itemId, schema, label, 0, 0);
            a.start.reset();
            a.end.reset();
            // A label the schema marks ignored (fake-2 "unsure") is an answer, never a class: stored ignored, as
            // the verdict panel stores it, so no training or evaluation takes it as a reference.
            const LabelSchema labels = m_store->schema(schema);
            if (const int index = labels.indexOf(label); index >= 0 && labels.labels[index].ignored)
                a.status = Status::Ignored;
            new AddAnnotationCommand(this, a, macro);
            any = true;
        }
    } else {
        for (const Annotation &a : rows) {
            if (a.origin == Origin::Human) {
                new DeleteAnnotationCommand(this, a, macro);
                any = true;
            } else if (a.origin == Origin::Model && a.status != Status::Rejected) {
                new SetStatusCommand(this, a, Status::Rejected, macro);
                any = true;
            }
        }
    }
    if (!any) {
        delete macro;
        return;
    }
    m_stack->push(macro);
}

} // namespace candor
