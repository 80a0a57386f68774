#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "core/store/AnnotationMerge.h"
#include "core/store/ProjectStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace candor::cli {

int runMerge(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Merges the human annotations of other copies of the same project into PROJECT, in one transaction.\n"
        "Items are matched by source and external id, not by row id. Each annotator's rows stay their own: an\n"
        "annotator's answer to an item in a schema is copied when PROJECT has none of theirs, skipped when it has\n"
        "the same (merging twice adds nothing), and reported as a conflict when it differs (PROJECT keeps its own).\n"
        "Items PROJECT does not have are listed by external id. Exit code 3 when there are conflicts or missing "
        "items."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project to merge into"));
    parser.addPositionalArgument(QStringLiteral("others"),
        QStringLiteral("copies of the project to take annotations from"), QStringLiteral("OTHER..."));
    parser.addOption({QStringLiteral("annotator"),
        QStringLiteral("the name the copies' human rows without one are merged under (default: they stay unnamed; "
                       "the profile is not used, since those rows are someone else's)"),
        QStringLiteral("name")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print one JSON object")});
    if (!parseOrExplain(parser, arguments, 2, -1))
        return Usage;
    const QStringList positional = parser.positionalArguments();
    ProjectStore store(positional.first());
    ProgressPrinter progress;
    const QList<MergeReport> reports = AnnotationMerge::merge(
        store, positional.mid(1),
        [&progress](qint64 done, qint64 total) { progress.update(done, total, QStringLiteral("answers")); },
        interruptFlag(), parser.value(QStringLiteral("annotator")));
    progress.finish();
    bool partial = false;
    QJsonArray files;
    for (const MergeReport &report : reports) {
        partial = partial || !report.conflicts.isEmpty() || !report.missingItems.isEmpty();
        files.append(report.toJson());
        if (parser.isSet(QStringLiteral("json")))
            continue;
        printOut(QStringLiteral("%1: %2 rows added (%3 answers), %4 answers already present, %5 conflicts, %6 items "
                                "missing; annotators: %7")
                     .arg(report.otherPath)
                     .arg(report.rowsAdded)
                     .arg(report.answersAdded)
                     .arg(report.answersAlreadyPresent)
                     .arg(report.conflicts.size())
                     .arg(report.missingItems.size())
                     .arg(report.annotators.join(QStringLiteral(", "))));
        for (const MergeConflict &c : report.conflicts)
            printOut(QStringLiteral("  conflict: %1 on %2/%3%4 in %5: here {%6}, there {%7}")
                         .arg(c.annotator.isEmpty() ? QStringLiteral("(unnamed)") : c.annotator, c.source, c.externalId,
                             c.postId.isEmpty() ? QString() : QStringLiteral(" post ") + c.postId, c.schema,
                             c.targetAnswer.join(QStringLiteral("; ")), c.otherAnswer.join(QStringLiteral("; "))));
        for (const QString &missing : report.missingItems)
            printOut(QStringLiteral("  missing item: ") + missing);
    }
    if (parser.isSet(QStringLiteral("json")))
        printOut(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("project"), store.path()}, {QStringLiteral("files"), files}})
                .toJson(QJsonDocument::Indented))
                     .trimmed());
    return partial ? PartialImport : Ok;
}

} // namespace candor::cli
