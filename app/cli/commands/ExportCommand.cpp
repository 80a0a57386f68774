#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "core/domain/Error.h"
#include "core/formats/common/Exporter.h"
#include "core/store/ProjectStore.h"

namespace candor::cli {

namespace {
QStringList exporterNames()
{
    QStringList names;
    for (const auto &exporter : allExporters())
        names.append(exporter->format());
    return names;
}
} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Exports items and their annotations. The output appears only when complete (written aside, then renamed).\n"
        "rumoureval writes a folder with subtaskA.json and subtaskB.json, brat and webanno-tsv a folder with a file\n"
        "per item; the other formats write one file. conll (BIO tags) and webanno-tsv (INCEpTION) write the spans\n"
        "over tokens, one column per span schema.\n"
        "factcheck-jsonl, factcheck-csv and claimreview (schema.org ClaimReview JSON) write the fact-check records\n"
        "(claim, rating, note, annotator, times) of the items that have one; --origin does not apply to them."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file"));
    parser.addPositionalArgument(
        QStringLiteral("out"), QStringLiteral("output file (a new folder for rumoureval, brat and webanno-tsv)"));
    parser.addOption({QStringLiteral("format"), QStringLiteral("one of: ") + exporterNames().join(QStringLiteral(", ")),
        QStringLiteral("format")});
    parser.addOption(
        {QStringLiteral("split"), QStringLiteral("only items of this split (default: all)"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("origin"),
        QStringLiteral("annotations to export: gold, human, curated, model or best (default: curated, else human, else "
                       "gold, else accepted model rows); jsonl exports every origin"),
        QStringLiteral("origin"), QStringLiteral("best")});
    parser.addOption({QStringLiteral("model-version"),
        QStringLiteral("with --origin model or best: this model version id (default: per item, the newest version that "
                       "annotated it)"),
        QStringLiteral("id")});
    parser.addOption({QStringLiteral("language"),
        QStringLiteral("only items in this language, e.g. en (SemEval, PAN and RumourEval formats; default: all)"),
        QStringLiteral("code")});
    if (!parseOrExplain(parser, arguments, 2, 2))
        return Usage;
    if (!parser.isSet(QStringLiteral("format"))) {
        printErr(arguments.value(0)
            + QStringLiteral(": --format is required (one of: %1)").arg(exporterNames().join(QStringLiteral(", "))));
        return Usage;
    }
    const QString format = parser.value(QStringLiteral("format"));
    auto exporter = exporterFor(format);
    if (!exporter)
        throw Error(QStringLiteral("unknown export format '%1' (one of: %2)")
                        .arg(format, exporterNames().join(QStringLiteral(", "))));
    ExportOptions options;
    options.split = parser.value(QStringLiteral("split"));
    options.language = parser.value(QStringLiteral("language"));
    options.selection = AnnotationSelection::fromName(parser.value(QStringLiteral("origin")));
    options.selection.modelVersionId = modelVersionOption(parser);
    const QStringList positional = parser.positionalArguments();
    const ProjectStore store(positional.at(0));
    ProgressPrinter progress;
    const qint64 written = exporter->exportTo(
        store, positional.at(1), options,
        [&progress](qint64 done, qint64 total) { progress.update(done, total, QStringLiteral("exporting")); },
        interruptFlag());
    progress.finish();
    // Fact checks have no origin: saying "origin best" for them would suggest a choice that did not apply.
    const bool factChecks = format.startsWith(QLatin1String("factcheck-")) || format == QLatin1String("claimreview");
    printOut(
        QStringLiteral("%1: %2 records written (%3%4%5)")
            .arg(positional.at(1))
            .arg(written)
            .arg(format, factChecks ? QString() : QStringLiteral(", origin ") + parser.value(QStringLiteral("origin")),
                options.split.isEmpty() ? QString() : QStringLiteral(", split ") + options.split));
    return Ok;
}

} // namespace candor::cli
