// The crash trials' child processes: annotation edits and model registrations, the same store calls the window's
// annotation commands and the training jobs make, acknowledging each committed step on stdout.
#include "app/jobs/ModelFiles.h"
#include "bench/crash/AnnotationOps.h"
#include "bench/crash/CrashTrials.h"
#include "core/domain/Error.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTextStream>

#include <cstdio>

namespace candor::bench {

namespace {

void acknowledge(int done)
{
    std::printf("%d\n", done);
    std::fflush(stdout);
}

// What TrainTextJob does once a model is trained: the job row first, then the version, its files and the job's
// end in one transaction. The files are those of an already registered version (`sourceVersion`).
void registerVersions(ProjectStore &store, qint64 sourceVersion, int count)
{
    const ModelVersion source = resolveModelVersion(store, QStringLiteral("persuasion-labels"), sourceVersion);
    ModelFiles files;
    for (const QJsonValue &name : source.config.value(QStringLiteral("files")).toArray()) {
        const QByteArray bytes = store.modelFile(source.id, name.toString());
        files.emplace(name.toString().toStdString(), bytes.toStdString());
    }
    for (int i = 1; i <= count; ++i) {
        const qint64 jobId = store.startJob(QStringLiteral("train-text"), source.config);
        ModelVersion version = source;
        version.name = QStringLiteral("crash-trial %1").arg(i);
        version.createdAt = QDateTime::currentDateTimeUtc();
        sql::Transaction transaction(storeConnection(store));
        const qint64 id = store.addModelVersion(version);
        storeModelFiles(store, id, files);
        store.finishJob(jobId, QStringLiteral("finished"), {{QStringLiteral("model_version"), id}});
        transaction.commit();
        acknowledge(i);
    }
}

} // namespace

int runCrashDriver(const QStringList &arguments)
{
    QTextStream err(stderr);
    if (arguments.size() != 4) {
        err << "usage: candor-bench crash-driver annotate PROJECT SEED COUNT | register PROJECT VERSION COUNT\n";
        return 2;
    }
    try {
        ProjectStore store(arguments[1]);
        if (arguments[0] == QLatin1String("annotate")) {
            runAnnotationOps(
                store, AnnotationTargets::of(store), arguments[2].toUInt(), arguments[3].toInt(), &acknowledge);
            return 0;
        }
        if (arguments[0] == QLatin1String("register")) {
            registerVersions(store, arguments[2].toLongLong(), arguments[3].toInt());
            return 0;
        }
        err << "crash-driver: unknown work '" << arguments[0] << "'\n";
        return 2;
    } catch (const Error &error) {
        err << "crash-driver: " << error.message() << '\n';
    }
    return 1;
}

} // namespace candor::bench
