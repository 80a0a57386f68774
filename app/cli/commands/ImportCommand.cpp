#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "core/domain/AnnotatorProfile.h"
#include "core/domain/Error.h"
#include "core/formats/FormatDetection.h"
#include "core/store/ProjectStore.h"

namespace candor::cli {

namespace {

// One line per format for --help: what each reads, in the order auto-detection tries them.
QString formatList()
{
    QString text;
    for (const auto &importer : allImporters())
        text += QStringLiteral("\n  %1  %2").arg(importer->format(), -10).arg(importer->description());
    return text;
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "Imports files or folders into a project. Each file, or each dataset folder, is one transaction: written "
            "whole\n"
            "or not at all.\n"
            "Bad records are reported (file, record, reason) and skipped; exit code 3 when any record, or part of "
            "one,\n"
            "was left out.\n"
            "A truncated file keeps the records before the cut and reports the cut.\n"
            "With --format auto each path goes to the first format that recognises it; a folder none recognises is\n"
            "searched for files and dataset folders that one does (the window's drag-and-drop does the same).\n"
            "Formats:")
        + formatList());
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file"));
    parser.addPositionalArgument(
        QStringLiteral("paths"), QStringLiteral("files or folders to import"), QStringLiteral("PATH..."));
    parser.addOption({QStringLiteral("format"),
        QStringLiteral("auto (default) or one of: ") + importFormatNames().join(QStringLiteral(", ")),
        QStringLiteral("format"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("split"), QStringLiteral("split name (default: from the file or folder name)"),
        QStringLiteral("name")});
    parser.addOption({QStringLiteral("map"),
        QStringLiteral("settings of a format, repeatable: JSONL/CSV column mapping (id=post_id), mediaeval images=DIR, "
                       "telegram language=xx"),
        QStringLiteral("key=column")});
    parser.addOption({QStringLiteral("annotator"),
        QStringLiteral("the name human rows without one are stored under (default: the annotator profile's, else "
                       "$USER)"),
        QStringLiteral("name")});
    if (!parseOrExplain(parser, arguments, 2, -1))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList positional = parser.positionalArguments();
    ImportOptions options;
    for (const QString &mapping : parser.values(QStringLiteral("map"))) {
        const qsizetype eq = mapping.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            printErr(QStringLiteral("--map expects key=column, got '%1'").arg(mapping));
            return Usage;
        }
        options.mapping.insert(mapping.left(eq), mapping.mid(eq + 1));
    }
    options.split = parser.value(QStringLiteral("split"));
    options.annotator = AnnotatorProfile::resolveName(parser.value(QStringLiteral("annotator")));
    ProjectStore store(positional.first());
    const ImportPlan plan = planImport(positional.mid(1), parser.value(QStringLiteral("format")), interruptFlag());
    for (const QString &skipped : plan.skipped)
        printErr(QStringLiteral("skipped: ") + skipped);
    ImportReport total;
    for (const ImportPlan::Step &step : plan.steps) {
        ProgressPrinter progress;
        const ImportReport report = importPath(
            store, *step.importer, step.path, options,
            [&progress](qint64 done, qint64 all, const QString &what) { progress.update(done, all, what); },
            interruptFlag());
        progress.finish();
        // The split each importer takes from the path when --split is not given (a folder's files may differ).
        const QString split = options.split.isEmpty() ? splitFromPath(step.path) : options.split;
        printOut(QStringLiteral("%1 (%2, split %3): %4")
                     .arg(step.path, step.importer->format(), split.isEmpty() ? QStringLiteral("from the data") : split,
                         report.summary()));
        for (const ImportIssue &issue : report.issues)
            printErr(issue.isWarning() ? issue.toString() : QStringLiteral("error: ") + issue.toString());
        total.merge(report);
        if (report.cancelled)
            return Failure;
    }
    return total.errorCount() == 0 ? Ok : PartialImport;
}

} // namespace candor::cli
