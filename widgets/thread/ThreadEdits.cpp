#include "widgets/thread/ThreadEdits.h"

#include "core/domain/LabelSchema.h"
#include "core/store/ProjectStore.h"
#include "widgets/annotation/AnnotationCommands.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace candor {

bool setHumanAnswer(AnnotationEditor &editor, qint64 itemId, std::optional<qint64> postRowId, const QString &schema,
    const QString &label)
{
    ProjectStore *store = editor.store();
    const LabelSchema labels = builtinSchema(schema);
    const int index = labels.indexOf(label);
    if (!store || index < 0)
        return false;
    AnnotationFilter humans;
    humans.origin = Origin::Human;
    humans.schema = schema;
    QList<Annotation> earlier;
    for (const Annotation &row : store->annotations(itemId, humans))
        if (row.postRowId == postRowId && !row.isSpan())
            earlier.append(row);
    if (earlier.size() == 1 && earlier.first().label == label && earlier.first().status != Status::Rejected)
        return false;

    const QString what = postRowId ? QCoreApplication::translate("ThreadEdits", "Set stance %1").arg(label)
                                   : QCoreApplication::translate("ThreadEdits", "Set veracity %1").arg(label);
    auto *macro = new QUndoCommand(what);
    for (const Annotation &row : std::as_const(earlier))
        new DeleteAnnotationCommand(&editor, row, macro);
    Annotation answer;
    answer.itemId = itemId;
    answer.postRowId = postRowId;
    answer.schema = schema;
    answer.label = label;
    answer.origin = Origin::Human;
    answer.annotator = editor.annotator();
    // A label the schema marks ignored (fake-2 "unsure") is an answer that is no class: its row is stored ignored,
    // so no training or evaluation takes it as a reference.
    answer.status = labels.labels[index].ignored ? Status::Ignored : Status::Accepted;
    new AddAnnotationCommand(&editor, answer, macro);
    editor.undoStack()->push(macro);
    return true;
}

} // namespace candor
