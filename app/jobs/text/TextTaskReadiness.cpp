#include "app/jobs/text/TextTaskReadiness.h"

#include "app/jobs/text/TextTask.h"
#include "core/store/ProjectStore.h"
#include "core/store/TaskQueries.h"

#include <QCoreApplication>

namespace candor {

namespace {

// Does `split` hold an item the task's training or evaluation would read?
bool hasLabelledItem(const ProjectStore &store, const TextTaskSpec &task, const QString &split)
{
    const TaskQueries queries(store);
    if (task.ownSchema)
        return task.spanSchema.isEmpty()
            ? queries.hasReferenceRow(task.classSchema, split, TaskQueries::Level::ItemLabel)
            : queries.hasReferenceRow(task.spanSchema, split, TaskQueries::Level::Span);
    if (task.isSingleChoice()) // narrative / post-veracity read items with an oppositional-2 / fake-2 reference row
        return queries.hasReferenceRow(task.classSchema, split, TaskQueries::Level::ItemLabel);
    const bool spans = task.definition.kind == models::TextTaskKind::SpanTagging;
    return queries.hasReferenceRow(spans ? task.spanSchema : task.classSchema, split,
               spans ? TaskQueries::Level::Span : TaskQueries::Level::ItemLabel, QStringLiteral("meme"))
        || queries.hasSubtaskListing(split, spans ? 2 : 1);
}

QString whatIsNeeded(const TextTaskSpec &task)
{
    if (task.ownSchema)
        return QCoreApplication::translate("TextTaskReadiness", "no item with %1 %2 (gold, curated or human-confirmed)")
            .arg(task.spanSchema.isEmpty() ? task.classSchema : task.spanSchema,
                task.spanSchema.isEmpty() ? QCoreApplication::translate("TextTaskReadiness", "item labels")
                                          : QCoreApplication::translate("TextTaskReadiness", "spans"));
    if (task.isNarrative())
        return QCoreApplication::translate(
            "TextTaskReadiness", "no message with a CONSPIRACY or CRITICAL label (%1, gold or human-confirmed)")
            .arg(task.classSchema);
    if (task.isPostVeracity())
        return QCoreApplication::translate(
            "TextTaskReadiness", "no post with a fake or real label (%1, gold or human-confirmed)")
            .arg(task.classSchema);
    if (task.definition.kind == models::TextTaskKind::SpanTagging)
        return QCoreApplication::translate(
            "TextTaskReadiness", "no meme with %1 spans (gold or human-confirmed, SemEval subtask 2)")
            .arg(task.spanSchema);
    return QCoreApplication::translate(
        "TextTaskReadiness", "no meme with %1 item labels (gold or human-confirmed, SemEval subtask 1)")
        .arg(task.classSchema);
}

} // namespace

QString missingTextTrainingData(
    const ProjectStore &store, const QString &task, const QStringList &trainSplits, const QString &devSplit)
{
    const TextTaskSpec spec = textTaskSpec(store, task);
    bool anyTrain = false;
    for (const QString &split : trainSplits)
        anyTrain = anyTrain || hasLabelledItem(store, spec, split);
    if (!anyTrain)
        return QCoreApplication::translate("TextTaskReadiness", "%1 in split '%2'")
            .arg(whatIsNeeded(spec), trainSplits.join(QStringLiteral("', '")));
    // Post veracity trains without a dev split when there is none (TrainTextOptions::devSplit).
    if (!devSplit.isEmpty() && !spec.isPostVeracity() && !hasLabelledItem(store, spec, devSplit))
        return QCoreApplication::translate("TextTaskReadiness", "%1 in the dev split '%2'")
            .arg(whatIsNeeded(spec), devSplit);
    return {};
}

} // namespace candor
