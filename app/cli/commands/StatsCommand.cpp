#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "core/store/ProjectStats.h"
#include "core/store/ProjectStore.h"

#include <QJsonDocument>

namespace candor::cli {

int runStats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints counts per kind, split, label schema and label, annotation origin and thread posts."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file"));
    parser.addOption({QStringLiteral("json"), QStringLiteral("print one JSON object")});
    if (!parseOrExplain(parser, arguments, 1, 1))
        return Usage;
    const ProjectStore store(parser.positionalArguments().first());
    const QJsonObject stats = ProjectStats::compute(store);
    if (parser.isSet(QStringLiteral("json")))
        printOut(QString::fromUtf8(QJsonDocument(stats).toJson(QJsonDocument::Indented)).trimmed());
    else
        printOut(ProjectStats::toText(stats).trimmed());
    return Ok;
}

} // namespace candor::cli
