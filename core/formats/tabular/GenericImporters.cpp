#include "core/formats/tabular/GenericImporters.h"

#include "core/domain/Error.h"
#include "core/formats/common/ImportReport.h"
#include "core/formats/common/SafePaths.h"
#include "core/formats/tabular/CsvReader.h"
#include "core/formats/tabular/GenericRecord.h"
#include "core/formats/tabular/LineReader.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace candor {

namespace {

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

char delimiterFor(const ImportOptions &options, const QString &path)
{
    const QString chosen = options.mapping.value(QStringLiteral("delimiter")).toString();
    if (chosen.isEmpty())
        return suffixOf(path) == QLatin1String("tsv") ? '\t' : ',';
    if (chosen == QLatin1String("tab") || chosen == QLatin1String("\\t"))
        return '\t';
    if (chosen.size() != 1 || chosen.at(0).unicode() > 0x7F || chosen == QLatin1String("\"") || chosen == QLatin1String("\n"))
        throw Error(Error::tr("CSV delimiter must be one ASCII character or 'tab', not '%1'").arg(chosen));
    return char(chosen.at(0).unicode());
}

} // namespace

bool JsonlImporter::recognises(const QString &path) const
{
    const QString suffix = suffixOf(path);
    return QFileInfo(path).isFile() && (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"));
}

void JsonlImporter::import(ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context)
{
    GenericRecordWriter writer(store, path, options, context);
    LineReader lines(path);
    QByteArray line;
    qint64 row = 0;
    while (!context.isCancelled() && lines.next(line)) {
        if (line.trimmed().isEmpty())
            continue;
        ++row;
        const QString name = ImportIssue::tr("line %1").arg(lines.lineNumber());
        context.record(store, path, name, [&] {
            decodeUtf8Strict(line, ImportIssue::tr("line %1").arg(lines.lineNumber()));
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError)
                throw Error(Error::tr("malformed JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
            if (!doc.isObject())
                throw Error(Error::tr("expected a JSON object"));
            writer.write(doc.object(), row, name);
        });
        context.progress(lines.bytesRead(), lines.totalBytes(), QStringLiteral("jsonl"));
    }
}

bool CsvImporter::recognises(const QString &path) const
{
    const QString suffix = suffixOf(path);
    return QFileInfo(path).isFile() && (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv"));
}

void CsvImporter::import(ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context)
{
    GenericRecordWriter writer(store, path, options, context);
    CsvReader reader(path, delimiterFor(options, path));
    QList<QByteArray> fields;
    if (!reader.next(fields))
        throw Error(Error::tr("%1: empty file, expected a header row").arg(path));
    QStringList header;
    for (const QByteArray &field : fields)
        header.append(decodeUtf8Strict(field, Error::tr("%1: header").arg(path)).trimmed());
    if (!header.contains(writer.mapping().text) && !header.contains(writer.mapping().image))
        throw Error(Error::tr("%1: the header has neither a '%2' nor an '%3' column (map them with --map text=COLUMN)")
                        .arg(path, writer.mapping().text, writer.mapping().image));
    qint64 row = 0;
    while (!context.isCancelled() && reader.next(fields)) {
        if (fields.size() == 1 && fields.first().isEmpty())
            continue;   // blank line
        ++row;
        const QString name = ImportIssue::tr("line %1").arg(reader.recordLine());
        context.record(store, path, name, [&] {
            if (fields.size() != header.size())
                throw Error(Error::tr("%1 fields where the header has %2").arg(fields.size()).arg(header.size()));
            QJsonObject record;
            for (int i = 0; i < header.size(); ++i)
                record.insert(header[i], decodeUtf8Strict(fields[i], Error::tr("column '%1'").arg(header[i])));
            writer.write(record, row, name);
        });
        context.progress(reader.bytesRead(), reader.totalBytes(), QStringLiteral("csv"));
    }
}

} // namespace candor
