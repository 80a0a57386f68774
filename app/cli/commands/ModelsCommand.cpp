#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "app/cli/commands/TextCommandSupport.h"
#include "core/store/ProjectStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace candor::cli {

int runModels(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lists the model versions of a project with their dev metrics."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file"));
    parser.addOption({QStringLiteral("task"), QStringLiteral("only versions of this task"), QStringLiteral("task")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print one JSON array")});
    if (!parseOrExplain(parser, arguments, 1, 1))
        return Usage;
    const ProjectStore store(parser.positionalArguments().first());
    const QList<ModelVersion> versions = store.modelVersions(parser.value(QStringLiteral("task")));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ModelVersion &version : versions)
            list.append(QJsonObject{{QStringLiteral("id"), version.id}, {QStringLiteral("task"), version.task},
                                    {QStringLiteral("name"), version.name}, {QStringLiteral("created_at"), toIsoUtc(version.createdAt)},
                                    {QStringLiteral("config"), version.config}, {QStringLiteral("data_snapshot"), version.dataSnapshot},
                                    {QStringLiteral("metrics"), version.metrics}});
        printOut(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)).trimmed());
        return Ok;
    }
    if (versions.isEmpty())
        printOut(QStringLiteral("no model versions"));
    for (const ModelVersion &version : versions) {
        printOut(QStringLiteral("%1  %2  %3  %4").arg(version.id).arg(toIsoUtc(version.createdAt), version.task, version.name));
        const QJsonObject dev = version.metrics.value(QStringLiteral("dev")).toObject();
        if (!dev.isEmpty())
            printOut(QStringLiteral("    dev (%1): %2").arg(version.metrics.value(QStringLiteral("dev_split")).toString(), metricsLine(dev)));
    }
    return Ok;
}

} // namespace candor::cli
