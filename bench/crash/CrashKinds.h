#pragma once

// The four kinds of work the crash trials kill, each with the checks of what a kill may leave behind.
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace candor::bench {

// Where the trials work and what they run: the real candor-cli beside candor-bench, and candor-bench itself for
// the annotation and registration drivers.
struct CrashSetup
{
    QString work; // scratch folder
    QString cli; // candor-cli
    QString bench; // candor-bench (crash-driver)
    QString sample; // the sample project (candor-cli sample), built once
    QString trainConfig; // the training settings file of the train kind
};

struct Command
{
    QString program;
    QStringList arguments;
};

// What a check found: where the kill landed (a committed boundary, e.g. "2 of 3 files") and what is wrong.
struct Verdict
{
    QString outcome;
    QStringList failures;
};

class CrashKind
{
public:
    virtual ~CrashKind() = default;
    virtual QString name() const = 0;
    // Makes the base project every trial starts from (a copy of it) and the data the work reads.
    virtual void setUp(const CrashSetup &setup) = 0;
    virtual QString baseProject() const = 0;
    virtual Command work(const QString &project, int trial) const = 0;
    // After the kill: `output` is what the killed process wrote to stdout.
    virtual Verdict check(const QString &project, const QByteArray &output, int trial) const = 0;
    virtual Command rerun(const QString &project, int trial) const = 0;
    // After the re-run completed: the work is whole.
    virtual QStringList checkComplete(const QString &project) const = 0;
};

std::vector<std::unique_ptr<CrashKind>> crashKinds(const QStringList &names);

// Every kind's first checks: integrity_check is ok and no job row stayed 'running' (the open marks them).
QStringList projectChecks(const QString &project);

// Runs a command to its end; throws candor::Error with its stderr when it fails.
QByteArray runToEnd(const Command &command);

} // namespace candor::bench
