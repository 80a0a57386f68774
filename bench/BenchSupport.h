#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace candor::bench {

// A small fixed-width table printed to stdout: benchmarks report rows of (step, time, rate, note).
class Table
{
public:
    explicit Table(QString title) : m_title(std::move(title)) {}
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
