#pragma once

#include "core/domain/Item.h"
#include "core/formats/common/Exporter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSaveFile>
#include <QString>

namespace candor {

// Row ids of the items an export covers: one kind, the options' split and language (empty: any), in id order.
QList<qint64> itemIdsForExport(const ProjectStore &store, ItemKind kind, const ExportOptions &options);

// Throws candor::Error("export cancelled") when the flag is set; exporters call it once per record.
void throwIfCancelled(const std::atomic_bool *cancel);

// Writes a JSON array element by element (so a big export never sits in memory as one document) into a
// QSaveFile: the file at `path` appears only on commit(); on destruction without commit nothing changes.
class JsonArrayWriter
{
public:
    explicit JsonArrayWriter(const QString &path);
    void append(const QJsonObject &element);
    void commit();

private:
    void write(const QByteArray &bytes);

    QSaveFile m_file;
    QString m_path;
    bool m_first = true;
};

// Writes a whole document through QSaveFile (complete or not at all).
void writeJsonFileAtomically(const QString &path, const QJsonDocument &document);

} // namespace candor
