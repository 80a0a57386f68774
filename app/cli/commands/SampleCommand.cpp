#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "core/sample/SampleProject.h"
#include "core/store/ProjectStats.h"
#include "core/store/ProjectStore.h"

#include <QJsonDocument>

namespace candor::cli {

int runSample(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Builds the bundled sample project: 120 memes (96 train, 24 dev) with images, technique labels (persuasion-22\n"
        "and persuasion-20) and spans; 262 English and Spanish Telegram messages (30 written, 232 from templates), "
        "with\n"
        "narrative spans and oppositional labels on 91 of them; 36 reply threads with stance and veracity.\n"
        "The data is generated and imported through the real JSONL and Telegram importers. Prints the stats."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file to create"));
    parser.addOption({QStringLiteral("json"), QStringLiteral("print the stats as one JSON object")});
    if (!parseOrExplain(parser, arguments, 1, 1))
        return Usage;
    const QString path = parser.positionalArguments().first();
    buildSampleProject(path, interruptFlag(), [](int step, int steps, const QString &what) {
        printErr(QStringLiteral("[%1/%2] %3").arg(step).arg(steps).arg(what));
    });
    const QJsonObject stats = ProjectStats::compute(ProjectStore(path));
    if (parser.isSet(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(QJsonDocument(stats).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        printOut(QStringLiteral("created sample project %1").arg(path));
        printOut(ProjectStats::toText(stats).trimmed());
    }
    return Ok;
}

} // namespace candor::cli
