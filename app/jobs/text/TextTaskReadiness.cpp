#include "app/jobs/text/TextTaskReadiness.h"

#include "app/jobs/text/TextTask.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace candor {

namespace {

// Reference rows as TextTaskData reads them: gold or human-confirmed, never rejected or ignored, on the item itself.
const char *const kReferenceRow =
    " FROM annotations a JOIN labels l ON l.id = a.label_id JOIN label_schemas s ON s.id = l.schema_id"
    " JOIN items i ON i.id = a.item_id WHERE s.name = :schema AND i.split = :split AND a.post_id IS NULL"
    " AND a.status NOT IN ('rejected', 'ignored') AND (a.origin <> 'model' OR a.status = 'accepted')";

bool exists(const ProjectStore &store, const QString &statement, const QVariantMap &binds)
{
    QSqlQuery query = sql::prepare(store.db(), QStringLiteral("SELECT EXISTS(%1)").arg(statement));
    for (auto it = binds.constBegin(); it != binds.constEnd(); ++it)
        query.bindValue(it.key(), it.value());
    sql::exec(query);
    return query.next() && query.value(0).toBool();
}

// Does `split` hold an item the task's training or evaluation would read?
bool hasLabelledItem(const ProjectStore &store, const TextTaskSpec &task, const QString &split)
{
    if (task.isNarrative()) {
        // The narrative task reads items with an oppositional-2 reference row.
        return exists(store, QStringLiteral("SELECT 1") + QLatin1String(kReferenceRow),
                      {{QStringLiteral(":schema"), task.classSchema}, {QStringLiteral(":split"), split}});
    }
    const bool spans = task.definition.kind == models::TextTaskKind::SpanTagging;
    const QString level = spans ? QStringLiteral(" AND a.start_cp IS NOT NULL AND i.kind = 'meme'")
                                : QStringLiteral(" AND a.start_cp IS NULL AND i.kind = 'meme'");
    if (exists(store, QStringLiteral("SELECT 1") + QLatin1String(kReferenceRow) + level,
               {{QStringLiteral(":schema"), spans ? task.spanSchema : task.classSchema}, {QStringLiteral(":split"), split}}))
        return true;
    // A meme the SemEval file of the subtask lists without a technique is a labelled negative.
    return exists(store, QStringLiteral("SELECT 1 FROM items i WHERE i.kind = 'meme' AND i.split = :split AND EXISTS("
                                        "SELECT 1 FROM json_each(i.metadata, '$.subtasks') WHERE value = :subtask)"),
                  {{QStringLiteral(":split"), split}, {QStringLiteral(":subtask"), spans ? 2 : 1}});
}

QString whatIsNeeded(const TextTaskSpec &task)
{
    if (task.isNarrative())
        return QCoreApplication::translate("TextTaskReadiness", "no message with a CONSPIRACY or CRITICAL label (%1, gold or human-confirmed)").arg(task.classSchema);
    if (task.definition.kind == models::TextTaskKind::SpanTagging)
        return QCoreApplication::translate("TextTaskReadiness", "no meme with %1 spans (gold or human-confirmed, SemEval subtask 2)").arg(task.spanSchema);
    return QCoreApplication::translate("TextTaskReadiness", "no meme with %1 item labels (gold or human-confirmed, SemEval subtask 1)").arg(task.classSchema);
}

} // namespace

QString missingTrainingData(const ProjectStore &store, const QString &task, const QStringList &trainSplits, const QString &devSplit)
{
    const TextTaskSpec spec = textTaskSpec(store, task);
    bool anyTrain = false;
    for (const QString &split : trainSplits)
        anyTrain = anyTrain || hasLabelledItem(store, spec, split);
    if (!anyTrain)
        return QCoreApplication::translate("TextTaskReadiness", "%1 in split '%2'").arg(whatIsNeeded(spec), trainSplits.join(QStringLiteral("', '")));
    if (!hasLabelledItem(store, spec, devSplit))
        return QCoreApplication::translate("TextTaskReadiness", "%1 in the dev split '%2'").arg(whatIsNeeded(spec), devSplit);
    return {};
}

} // namespace candor
