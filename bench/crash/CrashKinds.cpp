#include "bench/crash/CrashKinds.h"

#include "app/jobs/ModelFiles.h"
#include "bench/BenchSupport.h"
#include "bench/crash/AnnotationOps.h"
#include "core/domain/Error.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>

namespace candor::bench {

namespace {

// Sizes that make one run last seconds on a 2-core machine, so kills land throughout the work.
constexpr int kImportFiles = 3;
constexpr int kImportMessages = 1500; // per file
constexpr int kAnnotationOps = 3000;
constexpr int kRegistrations = 200;

qint64 scalar(const ProjectStore &store, const QString &statement)
{
    return sql::scalar(storeConnection(store), statement).toLongLong();
}

void copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        throw Error(QStringLiteral("cannot copy %1 to %2").arg(from, to));
}

// Every file a version's config lists must verify against its stored hash, and the model must load.
QStringList verifyVersion(const ProjectStore &store, const ModelVersion &version, bool load)
{
    QStringList failures;
    const QJsonArray names = version.config.value(QStringLiteral("files")).toArray();
    if (names.isEmpty())
        failures.append(QStringLiteral("version %1 lists no files").arg(version.id));
    try {
        for (const QJsonValue &name : names)
            if (store.modelFile(version.id, name.toString()).isEmpty())
                failures.append(QStringLiteral("version %1: file %2 is empty").arg(version.id).arg(name.toString()));
        if (load && failures.isEmpty())
            loadTextModel(store, version);
    } catch (const Error &error) {
        failures.append(QStringLiteral("version %1 is not whole: %2").arg(version.id).arg(error.message()));
    }
    return failures;
}

int lastAcknowledged(const QByteArray &output)
{
    const QList<QByteArray> lines = output.trimmed().split('\n');
    return lines.isEmpty() ? 0 : lines.last().trimmed().toInt();
}

// Where in the work a kill landed, in quarters of the planned steps.
QString quarter(int done, int planned)
{
    if (done == 0)
        return QStringLiteral("before the first commit");
    if (done >= planned)
        return QStringLiteral("after the last commit");
    return QStringLiteral("in quarter %1").arg(1 + 4 * done / planned);
}

// import: candor-cli import of three generated Telegram exports, one transaction each.
class ImportKind final : public CrashKind
{
public:
    QString name() const override { return QStringLiteral("import"); }

    void setUp(const CrashSetup &setup) override
    {
        m_setup = setup;
        m_base = setup.work + QStringLiteral("/import-base.candor");
        QFile::remove(m_base);
        ProjectStore::create(m_base);
        Database::closeAll();
        for (int f = 0; f < kImportFiles; ++f) {
            const QString folder = setup.work + QStringLiteral("/import-data/chat-%1").arg(f + 1);
            writeTelegramExport(folder, kImportMessages);
            // One chat id per export, so each file's rows are its own (ids "<chat>/<message>").
            QFile file(folder + QStringLiteral("/result.json"));
            file.open(QIODevice::ReadOnly);
            QByteArray json = file.readAll();
            file.close();
            json.replace(QByteArray("\"id\": 424242,"), QByteArray("\"id\": " + QByteArray::number(chatId(f)) + ","));
            file.open(QIODevice::WriteOnly | QIODevice::Truncate);
            file.write(json);
            m_files.append(folder);
        }
        // The whole of each file, from a complete import.
        const QString full = setup.work + QStringLiteral("/import-full.candor");
        copyFile(m_base, full);
        runToEnd(work(full, 0));
        ProjectStore store(full);
        for (int f = 0; f < kImportFiles; ++f)
            m_full.append(counts(store, f));
        Database::closeAll();
    }

    QString baseProject() const override { return m_base; }

    Command work(const QString &project, int) const override
    {
        return {m_setup.cli, QStringList{QStringLiteral("import"), project} + m_files};
    }

    Verdict check(const QString &project, const QByteArray &, int) const override
    {
        Verdict verdict;
        ProjectStore store(project);
        int whole = 0;
        bool gap = false;
        for (int f = 0; f < kImportFiles; ++f) {
            const QPair<qint64, qint64> now = counts(store, f);
            if (now == m_full[f]) {
                if (gap)
                    verdict.failures.append(
                        QStringLiteral("file %1 is whole although an earlier one is not").arg(f + 1));
                ++whole;
            } else if (now == QPair<qint64, qint64>(0, 0)) {
                gap = true;
            } else {
                verdict.failures.append(QStringLiteral("file %1 is half-written: %2 items and %3 posts of %4 and %5")
                                            .arg(f + 1)
                                            .arg(now.first)
                                            .arg(now.second)
                                            .arg(m_full[f].first)
                                            .arg(m_full[f].second));
            }
        }
        verdict.outcome = QStringLiteral("%1 of %2 files committed").arg(whole).arg(kImportFiles);
        return verdict;
    }

    Command rerun(const QString &project, int trial) const override { return work(project, trial); }

    QStringList checkComplete(const QString &project) const override
    {
        QStringList failures;
        ProjectStore store(project);
        for (int f = 0; f < kImportFiles; ++f)
            if (counts(store, f) != m_full[f])
                failures.append(QStringLiteral("after the re-run file %1 is not whole").arg(f + 1));
        return failures;
    }

private:
    static qint64 chatId(int file) { return 424242 + file; }

    // (items, posts) of one file's chat.
    static QPair<qint64, qint64> counts(const ProjectStore &store, int file)
    {
        const QString like = QStringLiteral("'%1/%'").arg(chatId(file));
        return {
            scalar(store,
                QStringLiteral("SELECT count(*) FROM items WHERE source = 'telegram' AND external_id LIKE ") + like),
            scalar(store,
                QStringLiteral("SELECT count(*) FROM posts p JOIN items i ON i.id = p.item_id"
                               " WHERE i.source = 'telegram' AND i.external_id LIKE ")
                    + like)};
    }

    CrashSetup m_setup;
    QString m_base;
    QStringList m_files;
    QList<QPair<qint64, qint64>> m_full;
};

// annotate: the annotation editor's store calls (AnnotationOps), each acknowledged after its commit.
class AnnotateKind final : public CrashKind
{
public:
    QString name() const override { return QStringLiteral("annotate"); }

    void setUp(const CrashSetup &setup) override
    {
        m_setup = setup;
        m_base = setup.work + QStringLiteral("/annotate-base.candor");
        copyFile(setup.sample, m_base);
        ProjectStore store(m_base);
        m_targets = AnnotationTargets::of(store);
        Database::closeAll();
    }

    QString baseProject() const override { return m_base; }

    Command work(const QString &project, int trial) const override
    {
        return {m_setup.bench,
            {QStringLiteral("crash-driver"), QStringLiteral("annotate"), project, QString::number(seed(trial)),
                QString::number(kAnnotationOps)}};
    }

    Verdict check(const QString &project, const QByteArray &output, int trial) const override
    {
        Verdict verdict;
        const int acknowledged = lastAcknowledged(output);
        ProjectStore store(project);
        const QList<AnnotationFact> stored = storedAnnotations(store);
        // The edit under way when the kill came may have committed without being acknowledged.
        if (stored != expectedAnnotations(m_targets, seed(trial), acknowledged)
            && stored != expectedAnnotations(m_targets, seed(trial), qMin(acknowledged + 1, kAnnotationOps)))
            verdict.failures.append(
                QStringLiteral("%1 human annotations stored; the %2 acknowledged edits (or one more) leave %3")
                    .arg(stored.size())
                    .arg(acknowledged)
                    .arg(expectedAnnotations(m_targets, seed(trial), acknowledged).size()));
        verdict.outcome = quarter(acknowledged, kAnnotationOps);
        return verdict;
    }

    Command rerun(const QString &project, int trial) const override
    {
        return {m_setup.bench,
            {QStringLiteral("crash-driver"), QStringLiteral("annotate"), project,
                QString::number(seed(trial) + 1000000), QStringLiteral("20")}};
    }

    QStringList checkComplete(const QString &) const override { return {}; }

private:
    static quint32 seed(int trial) { return quint32(trial + 1); }

    CrashSetup m_setup;
    QString m_base;
    AnnotationTargets m_targets;
};

QList<ModelVersion> versionsNamed(const ProjectStore &store, const QString &prefix)
{
    QList<ModelVersion> found;
    for (const ModelVersion &version : store.modelVersions())
        if (version.name.startsWith(prefix))
            found.append(version);
    return found;
}

// train: candor-cli train on the sample project, which registers a version at its end.
class TrainKind final : public CrashKind
{
public:
    QString name() const override { return QStringLiteral("train"); }

    void setUp(const CrashSetup &setup) override
    {
        m_setup = setup;
        m_base = setup.work + QStringLiteral("/train-base.candor");
        copyFile(setup.sample, m_base);
    }

    QString baseProject() const override { return m_base; }

    Command work(const QString &project, int) const override
    {
        return {m_setup.cli,
            {QStringLiteral("train"), project, QStringLiteral("--task"), QStringLiteral("persuasion-labels"),
                QStringLiteral("--config"), m_setup.trainConfig}};
    }

    Verdict check(const QString &project, const QByteArray &, int) const override
    {
        Verdict verdict;
        ProjectStore store(project);
        const QList<ModelVersion> versions = store.modelVersions();
        const qint64 finished = scalar(
            store, QStringLiteral("SELECT count(*) FROM jobs WHERE kind = 'train-text' AND status = 'finished'"));
        const qint64 interrupted = scalar(
            store, QStringLiteral("SELECT count(*) FROM jobs WHERE kind = 'train-text' AND status = 'interrupted'"));
        if (versions.size() > 1)
            verdict.failures.append(QStringLiteral("%1 versions after one training").arg(versions.size()));
        if (versions.size() == 1) {
            verdict.failures += verifyVersion(store, versions.first(), true);
            if (finished != 1)
                verdict.failures.append(QStringLiteral("a version is registered but its job is not finished"));
        } else if (finished != 0) {
            verdict.failures.append(QStringLiteral("the job is finished but no version is registered"));
        }
        verdict.outcome = versions.size() == 1 ? QStringLiteral("version registered")
            : interrupted == 1                 ? QStringLiteral("killed while training (job marked interrupted)")
                                               : QStringLiteral("killed before the job started");
        return verdict;
    }

    Command rerun(const QString &project, int trial) const override { return work(project, trial); }

    QStringList checkComplete(const QString &project) const override
    {
        ProjectStore store(project);
        const QList<ModelVersion> versions = store.modelVersions();
        if (versions.isEmpty())
            return {QStringLiteral("no version after the re-run")};
        return verifyVersion(store, versions.last(), true);
    }

private:
    CrashSetup m_setup;
    QString m_base;
};

// register: the registration transaction of a training job (version, files, job end), repeated.
class RegisterKind final : public CrashKind
{
public:
    QString name() const override { return QStringLiteral("register"); }

    void setUp(const CrashSetup &setup) override
    {
        m_setup = setup;
        m_base = setup.work + QStringLiteral("/register-base.candor");
        copyFile(setup.sample, m_base);
        runToEnd({setup.cli,
            {QStringLiteral("train"), m_base, QStringLiteral("--task"), QStringLiteral("persuasion-labels"),
                QStringLiteral("--config"), setup.trainConfig}});
        ProjectStore store(m_base);
        m_source = store.latestModelVersion(QStringLiteral("persuasion-labels")).value().id;
        Database::closeAll();
    }

    QString baseProject() const override { return m_base; }

    Command work(const QString &project, int) const override
    {
        return {m_setup.bench,
            {QStringLiteral("crash-driver"), QStringLiteral("register"), project, QString::number(m_source),
                QString::number(kRegistrations)}};
    }

    Verdict check(const QString &project, const QByteArray &output, int) const override
    {
        Verdict verdict;
        const int acknowledged = lastAcknowledged(output);
        ProjectStore store(project);
        const QList<ModelVersion> versions = versionsNamed(store, QStringLiteral("crash-trial "));
        if (versions.size() != acknowledged && versions.size() != acknowledged + 1)
            verdict.failures.append(
                QStringLiteral("%1 versions registered, %2 acknowledged").arg(versions.size()).arg(acknowledged));
        for (const ModelVersion &version : versions)
            verdict.failures += verifyVersion(store, version, &version == &versions.last());
        const qint64 finished = scalar(
            store, QStringLiteral("SELECT count(*) FROM jobs WHERE kind = 'train-text' AND status = 'finished'"));
        if (finished != versions.size() + 1) // + the base version's training
            verdict.failures.append(
                QStringLiteral("%1 finished jobs for %2 versions").arg(finished - 1).arg(versions.size()));
        verdict.outcome = quarter(acknowledged, kRegistrations);
        return verdict;
    }

    Command rerun(const QString &project, int) const override
    {
        return {m_setup.bench,
            {QStringLiteral("crash-driver"), QStringLiteral("register"), project, QString::number(m_source),
                QStringLiteral("2")}};
    }

    QStringList checkComplete(const QString &project) const override
    {
        ProjectStore store(project);
        QStringList failures;
        for (const ModelVersion &version : versionsNamed(store, QStringLiteral("crash-trial ")))
            failures += verifyVersion(store, version, false);
        return failures;
    }

private:
    CrashSetup m_setup;
    QString m_base;
    qint64 m_source = 0;
};

} // namespace

std::vector<std::unique_ptr<CrashKind>> crashKinds(const QStringList &names)
{
    std::vector<std::unique_ptr<CrashKind>> all;
    all.push_back(std::make_unique<ImportKind>());
    all.push_back(std::make_unique<AnnotateKind>());
    all.push_back(std::make_unique<TrainKind>());
    all.push_back(std::make_unique<RegisterKind>());
    std::vector<std::unique_ptr<CrashKind>> chosen;
    for (auto &kind : all)
        if (names.isEmpty() || names.contains(kind->name()))
            chosen.push_back(std::move(kind));
    return chosen;
}

QStringList projectChecks(const QString &project)
{
    QStringList failures;
    ProjectStore store(project); // opening marks the killed process's jobs interrupted
    const QString integrity = store.integrityCheck();
    if (integrity != QLatin1String("ok"))
        failures.append(QStringLiteral("integrity_check: %1").arg(integrity));
    const qint64 running = scalar(store, QStringLiteral("SELECT count(*) FROM jobs WHERE status = 'running'"));
    if (running != 0)
        failures.append(QStringLiteral("%1 job(s) still 'running' after the open").arg(running));
    return failures;
}

QByteArray runToEnd(const Command &command)
{
    QProcess process;
    process.start(command.program, command.arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw Error(QStringLiteral("%1 %2 failed (exit %3): %4")
                        .arg(command.program, command.arguments.join(QLatin1Char(' ')))
                        .arg(process.exitCode())
                        .arg(QString::fromUtf8(process.readAllStandardError().right(2000))));
    return process.readAllStandardOutput();
}

} // namespace candor::bench
