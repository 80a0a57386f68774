#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "core/domain/Error.h"
#include "core/formats/common/Importer.h"
#include "core/store/ProjectStore.h"

namespace candor::cli {

namespace {

std::unique_ptr<Importer> chooseImporter(const QString &format, const QString &path)
{
    if (format != QLatin1String("auto")) {
        auto importer = importerFor(format);
        if (!importer)
            throw Error(QStringLiteral("unknown import format '%1'").arg(format));
        return importer;
    }
    for (auto &importer : allImporters())
        if (importer->recognises(path))
            return std::move(importer);
    throw Error(QStringLiteral("%1: cannot tell its format; name it with --format").arg(path));
}

QStringList formatNames()
{
    QStringList names{QStringLiteral("auto")};
    for (const auto &importer : allImporters())
        names.append(importer->format());
    return names;
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports files or folders into a project. Each file is one transaction: written whole or not at all.\n"
        "Bad records are reported (file, record, reason) and skipped; exit code 3 when any were skipped."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file"));
    parser.addPositionalArgument(QStringLiteral("paths"), QStringLiteral("files or folders to import"), QStringLiteral("PATH..."));
    parser.addOption({QStringLiteral("format"), QStringLiteral("one of: ") + formatNames().join(QStringLiteral(", ")),
                      QStringLiteral("format"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("split"), QStringLiteral("split name (default: from the file or folder name)"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("map"), QStringLiteral("JSONL/CSV column mapping, e.g. id=post_id (repeatable)"), QStringLiteral("key=column")});
    if (!parseOrExplain(parser, arguments, 2, -1))
        return Usage;
    const QStringList positional = parser.positionalArguments();
    ProjectStore store(positional.first());
    ImportOptions options;
    for (const QString &mapping : parser.values(QStringLiteral("map"))) {
        const qsizetype eq = mapping.indexOf(QLatin1Char('='));
        if (eq <= 0)
            throw Error(QStringLiteral("--map expects key=column, got '%1'").arg(mapping));
        options.mapping.insert(mapping.left(eq), mapping.mid(eq + 1));
    }
    ImportReport total;
    for (const QString &path : positional.mid(1)) {
        auto importer = chooseImporter(parser.value(QStringLiteral("format")), path);
        options.split = parser.isSet(QStringLiteral("split")) ? parser.value(QStringLiteral("split")) : splitFromPath(path);
        ProgressPrinter progress;
        const ImportReport report = importPath(store, *importer, path, options,
            [&progress](qint64 done, qint64 all, const QString &what) { progress.update(done, all, what); }, interruptFlag());
        progress.finish();
        printOut(QStringLiteral("%1 (%2, split %3): %4").arg(path, importer->format(),
                 options.split.isEmpty() ? QStringLiteral("from the data") : options.split, report.summary()));
        for (const ImportIssue &issue : report.issues)
            printErr(QStringLiteral("error: ") + issue.toString());
        total.merge(report);
        if (report.cancelled)
            return Failure;
    }
    return total.issues.isEmpty() ? Ok : PartialImport;
}

} // namespace candor::cli
