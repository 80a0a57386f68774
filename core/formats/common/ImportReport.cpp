#include "core/formats/common/ImportReport.h"

#include <QJsonArray>

#include <algorithm>

namespace candor {

QString ImportIssue::toString() const
{
    if (isWarning())
        return record.isEmpty() ? tr("warning: %1: %2").arg(file, reason)
                                : tr("warning: %1: record %2: %3").arg(file, record, reason);
    if (record.isEmpty())
        return tr("%1: %2").arg(file, reason);
    return tr("%1: record %2: %3").arg(file, record, reason);
}

qsizetype ImportReport::errorCount() const
{
    return std::count_if(issues.cbegin(), issues.cend(), [](const ImportIssue &issue) { return !issue.isWarning(); });
}

qsizetype ImportReport::warningCount() const
{
    return issues.size() - errorCount();
}

void ImportReport::merge(const ImportReport &other)
{
    itemsAdded += other.itemsAdded;
    itemsUpdated += other.itemsUpdated;
    itemsUnchanged += other.itemsUnchanged;
    postsAdded += other.postsAdded;
    postsUpdated += other.postsUpdated;
    annotationsAdded += other.annotationsAdded;
    mediaAdded += other.mediaAdded;
    recordsRead += other.recordsRead;
    issues += other.issues;
    cancelled = cancelled || other.cancelled;
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray issueList;
    for (const ImportIssue &issue : issues)
        issueList.append(QJsonObject{{QStringLiteral("file"), issue.file}, {QStringLiteral("record"), issue.record},
            {QStringLiteral("reason"), issue.reason},
            {QStringLiteral("severity"), issue.isWarning() ? QStringLiteral("warning") : QStringLiteral("error")}});
    return QJsonObject{
        {QStringLiteral("items_added"), itemsAdded},
        {QStringLiteral("items_updated"), itemsUpdated},
        {QStringLiteral("items_unchanged"), itemsUnchanged},
        {QStringLiteral("posts_added"), postsAdded},
        {QStringLiteral("posts_updated"), postsUpdated},
        {QStringLiteral("annotations_added"), annotationsAdded},
        {QStringLiteral("media_added"), mediaAdded},
        {QStringLiteral("records_read"), recordsRead},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("errors"), qint64(errorCount())},
        {QStringLiteral("warnings"), qint64(warningCount())},
        {QStringLiteral("issues"), issueList},
    };
}

QString ImportReport::summary() const
{
    // Two whole sentences rather than an appended clause, so a translation can order the words freely.
    const QString text = cancelled
        ? tr("%1 records read: %2 items added, %3 updated, %4 unchanged; %5 posts, %6 annotations, "
             "%7 images added; %8 errors, %9 warnings (cancelled, nothing of the cancelled file was written)")
        : tr("%1 records read: %2 items added, %3 updated, %4 unchanged; %5 posts, %6 annotations, "
             "%7 images added; %8 errors, %9 warnings");
    return text.arg(recordsRead)
        .arg(itemsAdded)
        .arg(itemsUpdated)
        .arg(itemsUnchanged)
        .arg(postsAdded)
        .arg(annotationsAdded)
        .arg(mediaAdded)
        .arg(errorCount())
        .arg(warningCount());
}

} // namespace candor
