// candor-bench-team [--annotators N=10] [--edits M=1000]
//   N annotator processes make M edits each at once, first against one PostgreSQL server (a temporary server the
//   benchmark starts, with one login per annotator, through ServerAnnotations: each edit its own transaction),
//   then through each login's working copy of it (ProjectStore on a postgresql:// address: the edit goes to the
//   server and comes back into the copy), then against one SQLite project file (ProjectStore::addAnnotation, each
//   edit its own transaction). An edit
//   adds a human row; every fourth also changes the status of that annotator's previous row (by its version on the
//   server). Prints edits per second, latency percentiles and lost edits (rows acknowledged but not stored).
// Worker mode (started by the benchmark itself): candor-bench-team worker server|copy|file TARGET LOGIN EDITS OUT
#include "core/domain/Error.h"
#include "core/sample/SampleProject.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"
#include "core/store/server/ProjectTransfer.h"
#include "core/store/server/ServerAnnotations.h"
#include "core/store/server/ServerSchema.h"
#include "tests/support/TemporaryPostgres.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <algorithm>

using namespace candor;

namespace {

const QString kSchema = QStringLiteral("persuasion-20");
const QStringList kLabels
    = {QStringLiteral("Smears"), QStringLiteral("Loaded Language"), QStringLiteral("Doubt"), QStringLiteral("Slogans")};

Annotation editOf(qint64 item, int n)
{
    Annotation a;
    a.itemId = item;
    a.schema = kSchema;
    a.label = kLabels[n % kLabels.size()];
    a.origin = Origin::Human;
    a.status = Status::Accepted;
    return a;
}

// One annotator: M edits as fast as a person never could, each timed; the acknowledged count goes to OUT.
int runWorker(const QStringList &arguments)
{
    const QString kind = arguments.value(0);
    const QString target = arguments.value(1);
    const QString login = arguments.value(2);
    const int edits = arguments.value(3).toInt();
    QFile out(arguments.value(4));
    if (!out.open(QIODevice::WriteOnly))
        return 1;
    QTextStream stream(&out);
    int acknowledged = 0, errors = 0;
    QList<qint64> items;
    QElapsedTimer loop; // the edits alone, without the process start (and a working copy's first pull)
    try {
        if (kind == QLatin1String("server")) {
            ServerAnnotations annotations(ServerAddress::parse(target));
            for (qint64 id = 1; items.size() < 400; ++id) // the sample's items have ids 1..418
                items.append(id);
            loop.start();
            qint64 previousId = 0, previousVersion = 0;
            for (int i = 0; i < edits; ++i) {
                QElapsedTimer timer;
                timer.start();
                try {
                    const ServerAnnotation row = annotations.add(
                        editOf(items[i % items.size()], i), QUuid::createUuid().toString(QUuid::WithoutBraces));
                    if (i % 4 == 3 && previousId > 0)
                        annotations.setStatus(previousId, previousVersion, Status::Rejected);
                    previousId = row.annotation.id;
                    previousVersion = row.rowVersion;
                    ++acknowledged;
                } catch (const Error &error) {
                    ++errors;
                    stream << "error " << error.message() << '\n';
                }
                stream << timer.nsecsElapsed() / 1000 << '\n';
            }
        } else {
            ProjectStore store(target); // a file, or (an address) the login's working copy of the server's project
            for (qint64 id = 1; items.size() < 400; ++id)
                items.append(id);
            loop.start();
            qint64 previousId = 0;
            for (int i = 0; i < edits; ++i) {
                QElapsedTimer timer;
                timer.start();
                try {
                    Annotation a = editOf(items[i % items.size()], i);
                    a.annotator = login;
                    const qint64 id = store.addAnnotation(a);
                    if (i % 4 == 3 && previousId > 0)
                        store.setAnnotationStatus(previousId, Status::Rejected);
                    previousId = id;
                    ++acknowledged;
                } catch (const Error &error) {
                    ++errors;
                    stream << "error " << error.message() << '\n';
                }
                stream << timer.nsecsElapsed() / 1000 << '\n';
            }
        }
    } catch (const Error &error) {
        stream << "error " << error.message() << '\n';
        return 1;
    }
    stream << "acknowledged " << acknowledged << '\n'
           << "errors " << errors << '\n'
           << "loop_ms " << loop.elapsed() << '\n';
    return 0;
}

struct Outcome
{
    double seconds = 0;
    double editSeconds = 0; // the slowest worker's edit loop
    QList<double> latenciesMs;
    qint64 acknowledged = 0;
    qint64 errors = 0;
    QStringList errorSamples;
};

Outcome runWorkers(
    const QString &kind, const QString &target, const QStringList &logins, int edits, const QString &folder)
{
    QList<QProcess *> processes;
    QElapsedTimer wall;
    wall.start();
    for (const QString &login : logins) {
        auto *process = new QProcess;
        process->setProcessChannelMode(QProcess::ForwardedChannels);
        process->start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("worker"), kind,
                QString(target).replace(QStringLiteral("LOGIN@"), login + QLatin1Char('@')), login,
                QString::number(edits), folder + QStringLiteral("/%1-%2.txt").arg(kind, login)});
        processes.append(process);
    }
    for (QProcess *process : processes) {
        process->waitForFinished(-1);
        delete process;
    }
    Outcome outcome;
    outcome.seconds = wall.nsecsElapsed() / 1e9;
    for (const QString &login : logins) {
        QFile file(folder + QStringLiteral("/%1-%2.txt").arg(kind, login));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.startsWith("acknowledged "))
                outcome.acknowledged += line.mid(13).toLongLong();
            else if (line.startsWith("errors "))
                outcome.errors += line.mid(7).toLongLong();
            else if (line.startsWith("loop_ms "))
                outcome.editSeconds = std::max(outcome.editSeconds, line.mid(8).toLongLong() / 1000.0);
            else if (line.startsWith("error ")) {
                if (outcome.errorSamples.size() < 3)
                    outcome.errorSamples.append(QString::fromUtf8(line.mid(6)));
            } else if (!line.isEmpty())
                outcome.latenciesMs.append(line.toLongLong() / 1000.0);
        }
    }
    return outcome;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const int index = std::min<int>(values.size() - 1, int(p * (values.size() - 1) + 0.5));
    return values[index];
}

QJsonObject report(const QString &backend, const Outcome &outcome, qint64 stored, int annotators, int edits)
{
    const qint64 attempted = qint64(annotators) * edits;
    return QJsonObject{{QStringLiteral("backend"), backend}, {QStringLiteral("annotators"), annotators},
        {QStringLiteral("edits_each"), edits}, {QStringLiteral("seconds"), outcome.seconds},
        {QStringLiteral("edit_seconds"), outcome.editSeconds},
        {QStringLiteral("edits_per_second"), outcome.acknowledged / outcome.editSeconds},
        {QStringLiteral("p50_ms"), percentile(outcome.latenciesMs, 0.50)},
        {QStringLiteral("p95_ms"), percentile(outcome.latenciesMs, 0.95)},
        {QStringLiteral("max_ms"), percentile(outcome.latenciesMs, 1.0)}, {QStringLiteral("attempted"), attempted},
        {QStringLiteral("acknowledged"), outcome.acknowledged}, {QStringLiteral("errors"), outcome.errors},
        {QStringLiteral("stored"), stored}, {QStringLiteral("lost"), outcome.acknowledged - stored},
        {QStringLiteral("error_samples"), outcome.errorSamples.join(QStringLiteral(" | "))}};
}

int runBench(int annotators, int edits)
{
    QTextStream out(stdout);
    QTemporaryDir folder;
    const QString project = folder.filePath(QStringLiteral("team.candor"));
    buildSampleProject(project);
    Database::closeAll();
    QStringList logins;
    for (int i = 1; i <= annotators; ++i)
        logins.append(QStringLiteral("annotator%1").arg(i, 2, 10, QLatin1Char('0')));

    TemporaryPostgres server(/*durable=*/true); // fsync on, as the SQLite file syncs its WAL
    if (!server.isRunning()) {
        QTextStream(stderr) << "candor-bench-team: " << server.skipReason() << '\n';
        return 1;
    }
    const QString database = server.createDatabase();
    ProjectTransfer::push(project, server.address(database));
    {
        ServerConnection admin(server.address(database));
        for (const QString &login : logins) {
            server.createLogin(login, login + QStringLiteral("-pw"));
            ServerSchema::setMemberRole(admin.db(), login, ServerSchema::Role::Annotator);
        }
    }
    const auto storedOnServer = [&] {
        ServerConnection admin(server.address(database));
        return sql::scalar(admin.db(),
            QStringLiteral("SELECT count(*) FROM annotations WHERE origin = 'human'"
                           " AND annotator LIKE 'annotator%'"))
            .toLongLong();
    };
    const QString serverTarget = server.address(database, QStringLiteral("LOGIN")).url();
    const Outcome onServer = runWorkers(QStringLiteral("server"), serverTarget, logins, edits, folder.path());
    const qint64 storedByServerRun = storedOnServer();
    // Through Candor's own path: each worker opens its login's working copy (pulled first, outside the timed
    // loop) and edits with ProjectStore, so every edit also comes back into the copy.
    qputenv("XDG_CACHE_HOME", folder.filePath(QStringLiteral("cache")).toLocal8Bit());
    const Outcome onCopies = runWorkers(QStringLiteral("copy"), serverTarget, logins, edits, folder.path());
    const qint64 storedByCopyRun = storedOnServer() - storedByServerRun;
    const Outcome onFile = runWorkers(QStringLiteral("file"), project, logins, edits, folder.path());
    qint64 storedInFile = 0;
    {
        ProjectStore store(project);
        storedInFile = sql::scalar(storeConnection(store),
            QStringLiteral("SELECT count(*) FROM annotations WHERE"
                           " origin = 'human' AND annotator LIKE 'annotator%'"))
                           .toLongLong();
    }
    for (const QJsonObject &row : {report(QStringLiteral("postgresql"), onServer, storedByServerRun, annotators, edits),
             report(QStringLiteral("postgresql-working-copies"), onCopies, storedByCopyRun, annotators, edits),
             report(QStringLiteral("sqlite"), onFile, storedInFile, annotators, edits)})
        out << QJsonDocument(row).toJson(QJsonDocument::Compact) << '\n';
    const bool noneLost = onServer.acknowledged == storedByServerRun && onCopies.acknowledged == storedByCopyRun
        && onFile.acknowledged == storedInFile;
    return noneLost ? 0 : 3;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    try {
        if (arguments.value(0) == QLatin1String("worker"))
            return runWorker(arguments.mid(1));
        int annotators = 10, edits = 1000;
        for (int i = 0; i + 1 < arguments.size(); i += 2) {
            if (arguments[i] == QLatin1String("--annotators"))
                annotators = arguments[i + 1].toInt();
            else if (arguments[i] == QLatin1String("--edits"))
                edits = arguments[i + 1].toInt();
        }
        if (annotators < 1 || edits < 1) {
            QTextStream(stderr) << "usage: candor-bench-team [--annotators N] [--edits M]\n";
            return 2;
        }
        return runBench(annotators, edits);
    } catch (const Error &error) {
        QTextStream(stderr) << "candor-bench-team: " << error.message() << '\n';
        return 1;
    }
}
