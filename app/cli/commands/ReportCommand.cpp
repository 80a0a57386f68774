#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "core/report/ReportBuilder.h"
#include "core/report/SavedFilters.h"
#include "core/store/ProjectStore.h"
#include "widgets/report/ReportWriter.h"

namespace candor::cli {

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes an analyst's report of a project: counts by kind, source, language and split; persuasion techniques "
        "(by origin, source, month, co-occurrence, examples with their spans); narratives; threads (stance by "
        "veracity, most denied); the current models against their constant-answer baselines; method notes.\n"
        "HTML is one self-contained page (inline charts, no script, nothing fetched); PDF is A4 with vector charts.\n"
        "The scope is the whole project, a filter saved in the window (--filter), or --kind/--language/--split and "
        "--source (repeatable). The file appears only when complete."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file"));
    parser.addPositionalArgument(QStringLiteral("out"), QStringLiteral("the report file (.html or .pdf)"));
    parser.addOption({QStringLiteral("format"),
        QStringLiteral("html or pdf (default: pdf when OUT ends in .pdf, else html)"), QStringLiteral("format")});
    parser.addOption({QStringLiteral("filter"), QStringLiteral("a filter saved in the window's item browser, by name"),
        QStringLiteral("name")});
    parser.addOption({QStringLiteral("kind"), QStringLiteral("only items of this kind (meme, post, thread, message)"),
        QStringLiteral("kind")});
    parser.addOption(
        {QStringLiteral("language"), QStringLiteral("only items in this language, e.g. es"), QStringLiteral("code")});
    parser.addOption({QStringLiteral("split"), QStringLiteral("only items of this split"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("source"), QStringLiteral("only items of this source (repeat for several)"),
        QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("threshold"), QStringLiteral("a model's row counts from this score on (default 0.5)"),
            QStringLiteral("score"), QStringLiteral("0.5")});
    if (!parseOrExplain(parser, arguments, 2, 2))
        return Usage;
    const QString command = arguments.value(0);
    const QStringList positional = parser.positionalArguments();

    ReportFormat format = ReportWriter::formatForPath(positional.at(1));
    if (parser.isSet(QStringLiteral("format"))) {
        const std::optional<ReportFormat> named = ReportWriter::formatFromName(parser.value(QStringLiteral("format")));
        if (!named) {
            printErr(command
                + QStringLiteral(": --format must be html or pdf, not '%1'")
                      .arg(parser.value(QStringLiteral("format"))));
            return Usage;
        }
        format = *named;
    }
    bool numeric = false;
    ReportScope scope;
    scope.modelThreshold = parser.value(QStringLiteral("threshold")).toDouble(&numeric);
    if (!numeric || scope.modelThreshold < 0 || scope.modelThreshold > 1) {
        printErr(command + QStringLiteral(": --threshold must be a score between 0 and 1"));
        return Usage;
    }
    const bool facets = parser.isSet(QStringLiteral("kind")) || parser.isSet(QStringLiteral("language"))
        || parser.isSet(QStringLiteral("split")) || parser.isSet(QStringLiteral("source"));
    if (parser.isSet(QStringLiteral("filter"))) {
        if (facets) {
            printErr(command
                + QStringLiteral(": --filter is a whole filter; give it alone or use --kind, --language, "
                                 "--split and --source instead"));
            return Usage;
        }
        scope.filterName = parser.value(QStringLiteral("filter"));
        const std::optional<ItemQuery> saved = SavedFilters::find(scope.filterName);
        if (!saved) {
            const QStringList names = SavedFilters::names();
            printErr(command
                + QStringLiteral(": no saved filter named '%1' (saved: %2)")
                      .arg(scope.filterName,
                          names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "))));
            return Usage;
        }
        scope.query = *saved;
    }
    scope.query.kind = parser.isSet(QStringLiteral("kind")) ? parser.value(QStringLiteral("kind")) : scope.query.kind;
    if (parser.isSet(QStringLiteral("language")))
        scope.query.language = parser.value(QStringLiteral("language"));
    if (parser.isSet(QStringLiteral("split")))
        scope.query.split = parser.value(QStringLiteral("split"));
    const QStringList sources = parser.values(QStringLiteral("source"));
    if (sources.size() == 1)
        scope.query.source = sources.first();
    else
        scope.sources = sources;

    const ProjectStore store(positional.at(0));
    ProgressPrinter progress;
    const ReportModel model = ReportBuilder::build(
        store, scope, {}, [&progress](int done, int total) { progress.update(done, total, QStringLiteral("report")); },
        interruptFlag());
    progress.finish();
    const QString written = ReportWriter::write(model, format, positional.at(1), &store);
    printOut(QStringLiteral("%1: report of %2 items (%3), %4")
                 .arg(positional.at(1), QString::number(model.items), model.filterDescription, written));
    return Ok;
}

} // namespace candor::cli
