#include "core/store/JobOwner.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace candor {

namespace {

// Field 22 of /proc/<pid>/stat: the start time in clock ticks since boot. Together with the boot id it names one
// process for the life of the machine, whatever pid reuse happens. Empty where /proc is absent (not Linux).
QString processStart(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (fields.size() < 20)
        return {};
    QFile bootId(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    const QByteArray boot = bootId.open(QIODevice::ReadOnly) ? bootId.readAll().trimmed() : QByteArray();
    return QString::fromLatin1(boot + '/' + fields[19]); // field 22 is the 20th after the name
}

bool processExists(qint64 pid)
{
#ifdef Q_OS_UNIX
    // Signal 0 checks existence only; EPERM means it exists but belongs to someone else.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid)
    return true; // cannot tell: never mark another process's job
#endif
}

} // namespace

JobOwner JobOwner::current()
{
    JobOwner owner;
    owner.host = QSysInfo::machineHostName();
    owner.pid = QCoreApplication::applicationPid();
    owner.started = processStart(owner.pid);
    return owner;
}

bool JobOwner::isGone() const
{
    if (pid <= 0 || host != QSysInfo::machineHostName())
        return false; // unknown, or another machine sharing the file: its processes cannot be seen from here
    if (!processExists(pid))
        return true;
    // A live process with that id: the owner only if it started when the owner did.
    return !started.isEmpty() && processStart(pid) != started;
}

} // namespace candor
