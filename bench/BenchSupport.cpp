#include "BenchSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>

#include <stdexcept>

namespace candor::bench {

void Table::add(const QString &step, double seconds, const QString &rate, const QString &note)
{
    QString time;
    if (seconds >= 1)
        time = QString::number(seconds, 'f', seconds < 10 ? 2 : 1) + QStringLiteral(" s");
    else if (seconds >= 0)
        time = QString::number(seconds * 1000, 'f', 1) + QStringLiteral(" ms");
    m_rows.append({step, time, rate, note});
}

void Table::print() const
{
    QTextStream out(stdout);
    out << m_title << '\n';
    int widths[3] = {4, 4, 4};
    for (const QStringList &row : m_rows)
        for (int i = 0; i < 3; ++i)
            widths[i] = qMax(widths[i], int(row[i].size()));
    for (const QStringList &row : m_rows)
        out << "  " << row[0].leftJustified(widths[0]) << "  " << row[1].rightJustified(widths[1]) << "  "
            << row[2].rightJustified(widths[2]) << "  " << row[3] << '\n';
    out.flush();
}

QString perSecond(double count, double seconds, const QString &unit)
{
    return QStringLiteral("%1 %2/s").arg(QString::number(seconds > 0 ? count / seconds : 0.0, 'f', 0), unit);
}

qint64 writeTelegramExport(const QString &folder, qint64 messages)
{
    static const char *const words[] = {"the", "vaccine", "government", "data", "truth", "they", "hide", "media", "people",
        "report", "official", "why", "ask", "experts", "numbers", "crisis", "control", "freedom", "health", "plan",
        "secret", "study", "shows", "never", "again", "share", "before", "deleted", "wake", "up"};
    QDir().mkpath(folder);
    QFile file(QDir(folder).filePath(QStringLiteral("result.json")));
    if (!file.open(QIODevice::WriteOnly))
        throw std::runtime_error("cannot write the generated export");
    QRandomGenerator random(7);
    const qint64 firstTime = 1700000000;
    file.write("{\n \"name\": \"Benchmark channel\",\n \"type\": \"public_supergroup\",\n \"id\": 424242,\n \"messages\": [\n");
    for (qint64 id = 1; id <= messages; ++id) {
        QString text;
        const int length = 8 + int(random.bounded(30));
        for (int w = 0; w < length; ++w)
            text += QLatin1String(words[random.bounded(30)]) + QLatin1Char(' ');
        QJsonObject message{{QStringLiteral("id"), id}, {QStringLiteral("type"), QStringLiteral("message")},
                            {QStringLiteral("date"), QDateTime::fromSecsSinceEpoch(firstTime + id * 13, Qt::UTC).toString(Qt::ISODate).chopped(1)},
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
