#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "core/domain/Error.h"
#include "core/store/server/ProjectTransfer.h"
#include "core/store/server/ServerAddress.h"
#include "core/store/server/ServerSchema.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace candor::cli {

namespace {

const char *const kPasswordHelp
    = "The password comes from PGPASSFILE (~/.pgpass) or PGPASSWORD, never from the address; TLS with\n"
      "?sslmode=verify-full&sslrootcert=FILE.";

void printReport(const TransferReport &report, bool json)
{
    if (json) {
        printOut(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)).trimmed());
        return;
    }
    printOut(QStringLiteral("%1 -> %2: %3 rows").arg(report.from, report.to).arg(report.totalRows()));
    for (const auto &[table, rows] : report.rows)
        if (rows > 0)
            printOut(QStringLiteral("  %1: %2").arg(table).arg(rows));
}

} // namespace

int runPush(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Copies a project file into an empty PostgreSQL database, where a team shares it: the same\n"
                       "tables and ids, plus the team's roles (annotator, curator, admin) and their row-level\n"
                       "security, row versions, item claims and change notifications. The database must be empty\n"
                       "(create it with createdb); the user needs CREATEROLE the first time. All or nothing.\n")
        + QLatin1String(kPasswordHelp));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file"));
    parser.addPositionalArgument(QStringLiteral("server"), QStringLiteral("postgresql://[user@]host[:port]/database"));
    parser.addOption({QStringLiteral("json"), QStringLiteral("print one JSON object")});
    if (!parseOrExplain(parser, arguments, 2, 2))
        return Usage;
    const QStringList positional = parser.positionalArguments();
    const ServerAddress server = ServerAddress::parse(positional.at(1));
    ProgressPrinter progress;
    const TransferReport report = ProjectTransfer::push(
        positional.at(0), server,
        [&progress](qint64 done, qint64 total) { progress.update(done, total, QStringLiteral("rows")); },
        interruptFlag());
    progress.finish();
    printReport(report, parser.isSet(QStringLiteral("json")));
    return Ok;
}

int runPull(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes a team's project from a PostgreSQL database into a new project file, from one\n"
                       "consistent snapshot of the server (edits others commit meanwhile are wholly in it or not).\n"
                       "The file must not exist; a failed pull leaves none behind.\n")
        + QLatin1String(kPasswordHelp));
    parser.addPositionalArgument(QStringLiteral("server"), QStringLiteral("postgresql://[user@]host[:port]/database"));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the new project file"));
    parser.addOption({QStringLiteral("json"), QStringLiteral("print one JSON object")});
    if (!parseOrExplain(parser, arguments, 2, 2))
        return Usage;
    const QStringList positional = parser.positionalArguments();
    const ServerAddress server = ServerAddress::parse(positional.at(0));
    ProgressPrinter progress;
    const TransferReport report = ProjectTransfer::pull(
        server, positional.at(1),
        [&progress](qint64 done, qint64 total) { progress.update(done, total, QStringLiteral("rows")); },
        interruptFlag());
    progress.finish();
    printReport(report, parser.isSet(QStringLiteral("json")));
    return Ok;
}

int runTeam(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The team of a project on a PostgreSQL server: who may connect and what each may change, enforced by the\n"
        "server's roles and row-level security whatever client a person uses.\n"
        "  list                      the members and their roles\n"
        "  add LOGIN --role ROLE     make a login a member (annotator: own rows; curator: curated rows, schemas,\n"
        "                            content; admin: everything); the login must exist (createuser --pwprompt)\n"
        "  remove LOGIN              take a login out of the team (its rows stay, attributed to it)\n"
        "Needs a superuser or a login with CREATEROLE (PostgreSQL's rule for granting roles)."));
    parser.addPositionalArgument(QStringLiteral("server"), QStringLiteral("postgresql://[user@]host[:port]/database"));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, add or remove"));
    parser.addPositionalArgument(
        QStringLiteral("login"), QStringLiteral("the login (add, remove)"), QStringLiteral("[LOGIN]"));
    parser.addOption(
        {QStringLiteral("role"), QStringLiteral("annotator, curator or admin (add)"), QStringLiteral("role")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print one JSON object (list)")});
    if (!parseOrExplain(parser, arguments, 2, 3))
        return Usage;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.at(1);
    const ServerAddress server = ServerAddress::parse(positional.at(0));
    if (action != QLatin1String("list") && positional.size() != 3) {
        printErr(QStringLiteral("team %1 needs a LOGIN").arg(action));
        return Usage;
    }
    ServerConnection connection(server);
    if (ServerSchema::installedVersion(connection.db()) == 0)
        throw Error(Error::tr("%1 holds no Candor project yet (push one first)").arg(server.display()));
    if (action == QLatin1String("list")) {
        QJsonArray members;
        for (const ServerSchema::Member &member : ServerSchema::members(connection.db())) {
            members.append(QJsonObject{{QStringLiteral("login"), member.login},
                {QStringLiteral("role"), ServerSchema::roleWord(member.role)}});
            if (!parser.isSet(QStringLiteral("json")))
                printOut(QStringLiteral("%1\t%2").arg(member.login, ServerSchema::roleWord(member.role)));
        }
        if (parser.isSet(QStringLiteral("json")))
            printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("server"), server.display()},
                                                         {QStringLiteral("members"), members}})
                                           .toJson(QJsonDocument::Indented))
                         .trimmed());
        return Ok;
    }
    const QString login = positional.at(2);
    if (action == QLatin1String("add")) {
        const auto role = ServerSchema::roleFromWord(parser.value(QStringLiteral("role")));
        if (!role) {
            printErr(QStringLiteral("team add needs --role annotator, curator or admin"));
            return Usage;
        }
        ServerSchema::setMemberRole(connection.db(), login, *role);
        printOut(QStringLiteral("%1 is now %2 of %3").arg(login, ServerSchema::roleWord(*role), server.display()));
        return Ok;
    }
    if (action == QLatin1String("remove")) {
        ServerSchema::removeMember(connection.db(), login);
        printOut(QStringLiteral("%1 is no longer in the team of %2").arg(login, server.display()));
        return Ok;
    }
    printErr(QStringLiteral("unknown team action '%1' (list, add, remove)").arg(action));
    return Usage;
}

} // namespace candor::cli
