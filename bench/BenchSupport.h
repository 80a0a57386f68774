#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace candor::bench {

// Wall-clock and process CPU time since construction (or restart). CPU time stays meaningful when the machine
// is shared: wall time then includes waiting for a core.
class Stopwatch
{
public:
    Stopwatch() { restart(); }
    void restart();
    double wallSeconds() const;
    double cpuSeconds() const;

private:
    qint64 m_wallStartNs = 0;
    double m_cpuStart = 0;
};

// A small fixed-width table printed to stdout: benchmarks report rows of (step, wall time, CPU time, rate, note).
class Table
{
public:
    explicit Table(QString title)
        : m_title(std::move(title))
    {
    }
    void add(const QString &step, const Stopwatch &watch, const QString &rate = {}, const QString &note = {});
    void add(
        const QString &step, double wallSeconds, double cpuSeconds, const QString &rate = {}, const QString &note = {});
    // Wall time only (the CPU column stays empty).
    void add(const QString &step, double seconds, const QString &rate = {}, const QString &note = {});
    void print() const;

private:
    QString m_title;
    QList<QStringList> m_rows;
};

QString perSecond(double count, double seconds, const QString &unit);

// Writes a Telegram Desktop export (result.json) of `messages` generated messages into `folder`: varied
// English text, a quarter of them replies to a recent message (so reply threads form), a few edits and
// entity arrays. Returns the file size in bytes.
qint64 writeTelegramExport(const QString &folder, qint64 messages);

} // namespace candor::bench
