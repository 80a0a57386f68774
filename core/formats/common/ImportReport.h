#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace candor {

// One rejected record: which file, which record (id or position), and why. Shown to people as is.
struct ImportIssue
{
    QString file;
    QString record;
    QString reason;

    QString toString() const;
};

struct ImportReport
{
    qint64 itemsAdded = 0;
    qint64 itemsUpdated = 0;
    qint64 itemsUnchanged = 0;
    qint64 postsAdded = 0;
    qint64 postsUpdated = 0;
    qint64 annotationsAdded = 0;
    qint64 mediaAdded = 0;
    qint64 recordsRead = 0;
    QList<ImportIssue> issues;
    bool cancelled = false;

    void merge(const ImportReport &other);
    QJsonObject toJson() const;
    QString summary() const;   // one line
};

} // namespace candor
