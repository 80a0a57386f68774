#include "core/formats/common/ExportSupport.h"

#include "core/domain/Error.h"
#include "core/store/ExportQueries.h"
#include "core/store/ProjectStore.h"

#include <QVariant>

namespace candor {

QList<qint64> itemIdsForExport(const ProjectStore &store, ItemKind kind, const ExportOptions &options)
{
    return ExportQueries(store).itemIds(kind, options.split, options.language);
}

void throwIfCancelled(const std::atomic_bool *cancel)
{
    if (cancel && cancel->load(std::memory_order_relaxed))
        throw Error(Error::tr("export cancelled; nothing was written"));
}

JsonArrayWriter::JsonArrayWriter(const QString &path)
    : m_file(path)
    , m_path(path)
{
    if (!m_file.open(QIODevice::WriteOnly))
        throw Error(Error::tr("%1: cannot write: %2").arg(path, m_file.errorString()));
    write("[\n");
}

void JsonArrayWriter::write(const QByteArray &bytes)
{
    if (m_file.write(bytes) != bytes.size())
        throw Error(Error::tr("%1: write failed: %2").arg(m_path, m_file.errorString()));
}

void JsonArrayWriter::append(const QJsonObject &element)
{
    QByteArray bytes = QJsonDocument(element).toJson(QJsonDocument::Indented);
    bytes.chop(1); // the trailing newline: the separator follows
    // Indent the element one level, as the official SemEval files are.
    bytes.replace('\n', QByteArrayLiteral("\n    "));
    write((m_first ? QByteArrayLiteral("    ") : QByteArrayLiteral(",\n    ")) + bytes);
    m_first = false;
}

void JsonArrayWriter::commit()
{
    write(m_first ? QByteArrayLiteral("]\n") : QByteArrayLiteral("\n]\n"));
    if (!m_file.commit())
        throw Error(Error::tr("%1: cannot save: %2").arg(m_path, m_file.errorString()));
}

void writeJsonFileAtomically(const QString &path, const QJsonDocument &document)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Error::tr("%1: cannot write: %2").arg(path, file.errorString()));
    const QByteArray bytes = document.toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit())
        throw Error(Error::tr("%1: cannot save: %2").arg(path, file.errorString()));
}

} // namespace candor
