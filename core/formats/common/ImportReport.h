#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace candor {

// One problem with a record: which file, which record (id or position), and why. Shown to people as is.
// An error means the record (or the part named, such as its image) was not imported; a warning means it was
// imported after a repair or with a mark the reason explains (a span moved onto its fragment, a corrupt JPEG).
// Reasons an importer writes itself use ImportIssue::tr() (context "ImportIssue"); a reason taken from a caught
// candor::Error is already translated (context "Error"). The tr functions stay last: the struct is an aggregate.
struct ImportIssue
{
    enum class Severity { Error, Warning };

    QString file;
    QString record;
    QString reason;
    Severity severity = Severity::Error;

    bool isWarning() const { return severity == Severity::Warning; }
    QString toString() const; // "file: record 12: reason"; warnings start with "warning: "

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

    qsizetype errorCount() const;
    qsizetype warningCount() const;
    void merge(const ImportReport &other);
    QJsonObject toJson() const;
    QString summary() const; // one line

    Q_DECLARE_TR_FUNCTIONS(ImportReport)
};

} // namespace candor
