#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace candor {

// The output folder of an export that writes one file per document (brat, WebAnno TSV): files go into a hidden
// folder beside the target, which commit() renames into place, so a failed or cancelled export leaves nothing.
// An existing folder that is not empty is refused, never written into or overwritten.
class ExportFolder
{
public:
    explicit ExportFolder(const QString &outPath); // throws candor::Error
    void writeFile(const QString &name, const QByteArray &bytes);
    void commit();

private:
    QString m_outPath;
    QTemporaryDir m_work;
};

// A document's file name every file system and annotation tool takes: its number in the export, then letters,
// digits and '_' of the external id ("000001_128_batch_2__").
QString documentFileName(int number, const QString &externalId);

} // namespace candor
