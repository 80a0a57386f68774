#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace candor {

// One rejected record: which file, which record (id or position), and why. Shown to people as is.
// Reasons an importer writes itself use ImportIssue::tr() (context "ImportIssue"); a reason taken from a caught
// candor::Error is already translated (context "Error"). The tr functions stay last: the struct is an aggregate.
struct ImportIssue
{
    QString file;
    QString record;
    QString reason;

    QString toString() const;

    Q_DECLARE_TR_FUNCTIONS(ImportIssue)
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

    Q_DECLARE_TR_FUNCTIONS(ImportReport)
};

} // namespace candor
