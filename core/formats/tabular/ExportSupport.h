#pragma once

#include <QList>
#include <QSaveFile>
#include <QString>
#include <QStringList>

#include <atomic>

namespace candor {

class ProjectStore;

// Row ids of the items an export covers, in insertion order (all items when `split` is empty).
QList<qint64> exportedItemIds(const ProjectStore &store, const QString &split);
// Names of the label schemas that annotate at least one of those items, in schema order.
QStringList schemasInUse(const ProjectStore &store, const QString &split);

// The output file of an export: written beside the target and renamed over it by commit(), so a failed or
// cancelled export leaves nothing behind.
class ExportFile
{
public:
    explicit ExportFile(const QString &path); // throws candor::Error when it cannot be created
    void write(const QByteArray &bytes);
    // Throws (discarding the partial file) when `cancel` is set.
    void checkCancelled(const std::atomic_bool *cancel);
    void commit();

private:
    QSaveFile m_file;
};

} // namespace candor
