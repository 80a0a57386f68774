#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "core/agreement/AgreementReport.h"
#include "core/agreement/AgreementText.h"
#include "core/store/ProjectStore.h"

#include <QJsonDocument>

namespace candor::cli {

int runAgreement(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints inter-annotator agreement of the human annotations: Krippendorff's alpha, Fleiss' and "
                       "Cohen's kappa for labels, exact and partial span F1 for spans, with 95% bootstrap intervals."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file"));
    parser.addOption({QStringLiteral("task"),
        QStringLiteral("only this task: %1 (default: all)")
            .arg(AgreementReport::taskNames().join(QStringLiteral(", "))),
        QStringLiteral("task")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print one JSON object")});
    if (!parseOrExplain(parser, arguments, 1, 1))
        return Usage;
    const QString task = parser.value(QStringLiteral("task"));
    if (parser.isSet(QStringLiteral("task")) && !AgreementReport::taskNames().contains(task)) {
        printErr(QStringLiteral("unknown task '%1' (use %2)")
                     .arg(task, AgreementReport::taskNames().join(QStringLiteral(", "))));
        return Usage;
    }
    const ProjectStore store(parser.positionalArguments().first());
    const QJsonObject report = AgreementReport::compute(
        store, task.isEmpty() ? QStringList() : QStringList{task}, AgreementReport::Options());
    if (parser.isSet(QStringLiteral("json")))
        printOut(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented)).trimmed());
    else
        printOut(AgreementText::toText(report).trimmed());
    return Ok;
}

} // namespace candor::cli
