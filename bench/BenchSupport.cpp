#include "bench/BenchSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>

#include <chrono>
#include <ctime>
#include <stdexcept>

namespace candor::bench {

void Stopwatch::restart()
{
    m_wallStartNs
        = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
              .count();
    m_cpuStart = double(std::clock()) / CLOCKS_PER_SEC;
}

double Stopwatch::wallSeconds() const
{
    return (std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
                   .count()
               - m_wallStartNs)
        / 1e9;
}

double Stopwatch::cpuSeconds() const
{
    return double(std::clock()) / CLOCKS_PER_SEC - m_cpuStart;
}

namespace {
QString duration(double seconds)
{
    if (seconds < 0)
        return {};
    if (seconds >= 1)
        return QString::number(seconds, 'f', seconds < 10 ? 2 : 1) + QStringLiteral(" s");
    return QString::number(seconds * 1000, 'f', 1) + QStringLiteral(" ms");
}
} // namespace

void Table::add(const QString &step, const Stopwatch &watch, const QString &rate, const QString &note)
{
    add(step, watch.wallSeconds(), watch.cpuSeconds(), rate, note);
}

void Table::add(const QString &step, double seconds, const QString &rate, const QString &note)
{
    add(step, seconds, -1.0, rate, note);
}

void Table::add(const QString &step, double wallSeconds, double cpuSeconds, const QString &rate, const QString &note)
{
    m_rows.append({step, duration(wallSeconds), duration(cpuSeconds), rate, note});
}

void Table::print() const
{
    QTextStream out(stdout);
    out << m_title << '\n';
    QList<QStringList> rows = m_rows;
    rows.prepend(
        {QStringLiteral("step"), QStringLiteral("wall"), QStringLiteral("cpu"), QStringLiteral("rate"), QString()});
    int widths[4] = {0, 0, 0, 0};
    for (const QStringList &row : rows)
        for (int i = 0; i < 4; ++i)
            widths[i] = qMax(widths[i], int(row[i].size()));
    for (const QStringList &row : rows)
        out << "  " << row[0].leftJustified(widths[0]) << "  " << row[1].rightJustified(widths[1]) << "  "
            << row[2].rightJustified(widths[2]) << "  " << row[3].rightJustified(widths[3]) << "  " << row[4] << '\n';
    out.flush();
}

QString perSecond(double count, double seconds, const QString &unit)
{
    return QStringLiteral("%1 %2/s").arg(QString::number(seconds > 0 ? count / seconds : 0.0, 'f', 0), unit);
}

qint64 writeTelegramExport(const QString &folder, qint64 messages)
{
    static const char *const words[] = {"the", "vaccine", "government", "data", "truth", "they", "hide", "media",
        "people", "report", "official", "why", "ask", "experts", "numbers", "crisis", "control", "freedom", "health",
        "plan", "secret", "study", "shows", "never", "again", "share", "before", "deleted", "wake", "up"};
    QDir().mkpath(folder);
    QFile file(QDir(folder).filePath(QStringLiteral("result.json")));
    if (!file.open(QIODevice::WriteOnly))
        throw std::runtime_error("cannot write the generated export");
    QRandomGenerator random(7);
    const qint64 firstTime = 1700000000;
    file.write("{\n \"name\": \"Benchmark channel\",\n \"type\": \"public_supergroup\",\n \"id\": 424242,\n "
               "\"messages\": [\n");
    for (qint64 id = 1; id <= messages; ++id) {
        QString text;
        const int length = 8 + int(random.bounded(30));
        for (int w = 0; w < length; ++w)
            text += QLatin1String(words[random.bounded(30)]) + QLatin1Char(' ');
        QJsonObject message{{QStringLiteral("id"), id}, {QStringLiteral("type"), QStringLiteral("message")},
            {QStringLiteral("date"),
                QDateTime::fromSecsSinceEpoch(firstTime + id * 13, Qt::UTC).toString(Qt::ISODate).chopped(1)},
            {QStringLiteral("date_unixtime"), QString::number(firstTime + id * 13)},
            {QStringLiteral("from"), QStringLiteral("User %1").arg(random.bounded(500))},
            {QStringLiteral("from_id"), QStringLiteral("user%1").arg(random.bounded(500))},
            {QStringLiteral("text"), text.trimmed()}};
        if (id > 1 && random.bounded(4) == 0)
            message.insert(QStringLiteral("reply_to_message_id"), qMax<qint64>(1, id - 1 - random.bounded(50)));
        if (random.bounded(20) == 0)
            message.insert(QStringLiteral("edited_unixtime"), QString::number(firstTime + id * 13 + 60));
        file.write(QJsonDocument(message).toJson(QJsonDocument::Compact));
        file.write(id < messages ? ",\n" : "\n");
    }
    file.write(" ]\n}\n");
    return file.size();
}

} // namespace candor::bench
