#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "app/cli/EngineJobConsole.h"
#include "core/domain/Error.h"
#include "core/domain/MetricsText.h"
#include "core/store/ProjectStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace candor::cli {

int runModels(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists the model versions of a project with their dev metrics; '*' marks the version each task's predictions\n"
        "use (the pinned one, else the latest). --pin ID makes predictions of that version's task use it (the\n"
        "roll-back: pin an older version); --follow-latest TASK unpins. Nothing is deleted either way."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file"));
    parser.addOption({QStringLiteral("task"), QStringLiteral("only versions of this task"), QStringLiteral("task")});
    parser.addOption(
        {QStringLiteral("pin"), QStringLiteral("use this version for its task's predictions"), QStringLiteral("id")});
    parser.addOption({QStringLiteral("follow-latest"),
        QStringLiteral("let the task's predictions use its newest version"), QStringLiteral("task")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print one JSON array")});
    if (!parseOrExplain(parser, arguments, 1, 1))
        return Usage;
    ProjectStore store(parser.positionalArguments().first());
    if (parser.isSet(QStringLiteral("pin"))) {
        bool ok = false;
        const qint64 id = parser.value(QStringLiteral("pin")).toLongLong(&ok);
        const std::optional<ModelVersion> version = ok ? store.modelVersion(id) : std::nullopt;
        if (!version)
            throw Error(
                QStringLiteral("%1: no model version '%2'").arg(store.path(), parser.value(QStringLiteral("pin"))));
        store.pinModelVersion(version->task, id);
        printOut(QStringLiteral("predictions of %1 now use version %2").arg(version->task).arg(id));
        return Ok;
    }
    if (parser.isSet(QStringLiteral("follow-latest"))) {
        const QString task = parser.value(QStringLiteral("follow-latest"));
        store.pinModelVersion(task, std::nullopt);
        printOut(QStringLiteral("predictions of %1 now use its newest version").arg(task));
        return Ok;
    }
    const QList<ModelVersion> versions = store.modelVersions(parser.value(QStringLiteral("task")));
    QHash<QString, qint64> current;
    for (const ModelVersion &version : versions)
        if (!current.contains(version.task))
            current.insert(version.task, store.currentModelVersion(version.task).value_or(ModelVersion{}).id);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ModelVersion &version : versions)
            list.append(QJsonObject{{QStringLiteral("id"), version.id}, {QStringLiteral("task"), version.task},
                {QStringLiteral("name"), version.name}, {QStringLiteral("created_at"), toIsoUtc(version.createdAt)},
                {QStringLiteral("config"), version.config}, {QStringLiteral("data_snapshot"), version.dataSnapshot},
                {QStringLiteral("metrics"), version.metrics},
                {QStringLiteral("current"), current.value(version.task) == version.id},
                {QStringLiteral("pinned"), store.pinnedModelVersion(version.task) == version.id}});
        printOut(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)).trimmed());
        return Ok;
    }
    if (versions.isEmpty())
        printOut(QStringLiteral("no model versions"));
    for (const ModelVersion &version : versions) {
        printOut(QStringLiteral("%1%2  %3  %4  %5")
                     .arg(current.value(version.task) == version.id ? QStringLiteral("*") : QStringLiteral(" "))
                     .arg(version.id)
                     .arg(toIsoUtc(version.createdAt), version.task, version.name));
        const QJsonObject dev = version.metrics.value(QStringLiteral("dev")).toObject();
        if (!dev.isEmpty())
            printOut(QStringLiteral("    dev (%1): %2")
                         .arg(version.metrics.value(QStringLiteral("dev_split")).toString(), metricsLine(dev)));
        if (const QString cv = cvSummary(version.metrics); !cv.isEmpty())
            printOut(QStringLiteral("    ") + cv);
        if (const QString baseline = baselineSummary(version.metrics); !baseline.isEmpty())
            printOut(QStringLiteral("    ") + baseline);
    }
    return Ok;
}

} // namespace candor::cli
