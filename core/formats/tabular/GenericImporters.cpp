#include "core/formats/tabular/GenericImporters.h"

#include "core/domain/Error.h"
#include "core/formats/common/ImportReport.h"
#include "core/formats/common/JsonFields.h"
#include "core/formats/common/SafePaths.h"
#include "core/formats/tabular/CsvReader.h"
#include "core/formats/tabular/ExportedRecord.h"
#include "core/formats/tabular/GenericRecord.h"
#include "core/formats/tabular/LineReader.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <numeric>

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
    if (chosen.size() != 1 || chosen.at(0).unicode() > 0x7F || chosen == QLatin1String("\"")
        || chosen == QLatin1String("\n"))
        throw Error(Error::tr("CSV delimiter must be one ASCII character or 'tab', not '%1'").arg(chosen));
    return char(chosen.at(0).unicode());
}

} // namespace

bool JsonlImporter::recognises(const QString &path) const
{
    const QString suffix = suffixOf(path);
    return QFileInfo(path).isFile() && (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"));
}

void JsonlImporter::import(
    ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context)
{
    GenericRecordWriter writer(store, path, options, context);
    const GenericMapping &mapping = writer.mapping();
    ExportedRecordWriter exported(store, context, path, options.split, options.annotator);
    // Candor's own export reads back as written unless a mapping says how to read the file.
    const bool mapped = !options.mapping.isEmpty();
    QStringList idColumns{mapping.id};
    if (mapping.threadPosts())
        idColumns << mapping.thread << mapping.post << mapping.parent;
    LineReader lines(path);
    QByteArray line;
    qint64 row = 0;
    for (;;) {
        if (context.isCancelled())
            return;
        try {
            if (!lines.next(line))
                break;
        } catch (const Error &error) { // a line past kMaxRecordBytes: skipped, the next one is read
            ++context.report().recordsRead;
            context.addIssue(path, ImportIssue::tr("line %1").arg(lines.lineNumber()), error.message());
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        ++row;
        const QString name = ImportIssue::tr("line %1").arg(lines.lineNumber());
        context.record(store, path, name, [&] {
            decodeUtf8Strict(line, ImportIssue::tr("line %1").arg(lines.lineNumber()));
            const QJsonDocument doc = json::parseDocument(line);
            if (!doc.isObject())
                throw Error(Error::tr("expected a JSON object"));
            QJsonObject record = doc.object();
            // Ids are text: a number keeps the digits it was written with, beyond 2^53 too.
            for (const QString &column : idColumns)
                if (record.value(column).isDouble())
                    record.insert(column, QString::fromLatin1(json::rawMember(line, column)));
            if (!mapped && ExportedRecordWriter::isExportedRecord(record))
                exported.write(record, name);
            else
                writer.write(record, row, name);
        });
        context.progress(lines.bytesRead(), lines.totalBytes(), QStringLiteral("jsonl"));
    }
    if (exported.modelRowsLeftOut() > 0)
        context.addWarning(path, QString(),
            ImportIssue::tr("%n model annotation(s) left out: their model versions are not in this "
                            "project (a JSONL export carries no model files)",
                nullptr, int(exported.modelRowsLeftOut())));
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
    if (!reader.next(fields)) // a header that does not read throws: nothing of the file can be mapped
        throw Error(Error::tr("%1: empty file, expected a header row").arg(path));
    QStringList header;
    for (const QByteArray &field : fields)
        header.append(decodeUtf8Strict(field, Error::tr("%1: header").arg(path)).trimmed());
    // The columns in name order: a record object is then built by appending, linear in its width (inserting in
    // file order moves the keys after each insert, quadratic: a million columns took minutes).
    QList<int> byName(header.size());
    std::iota(byName.begin(), byName.end(), 0);
    std::sort(byName.begin(), byName.end(), [&header](int a, int b) { return header[a] < header[b]; });
    for (qsizetype i = 1; i < byName.size(); ++i)
        if (header[byName[i]] == header[byName[i - 1]])
            throw Error(Error::tr("%1: column '%2' appears twice in the header").arg(path, header[byName[i]]));
    if (!header.contains(writer.mapping().text) && !header.contains(writer.mapping().image))
        throw Error(Error::tr("%1: the header has neither a '%2' nor an '%3' column (map them with --map text=COLUMN)")
                        .arg(path, writer.mapping().text, writer.mapping().image));
    qint64 row = 0;
    while (!context.isCancelled()) {
        try {
            if (!reader.next(fields))
                break;
        } catch (const Error &error) {
            ++context.report().recordsRead;
            if (!reader.canContinue()) { // the one rule for cut files: keep what came before, report the cut
                context.addIssue(path, ImportIssue::tr("line %1").arg(reader.recordLine()),
                    ImportIssue::tr("%1; the records before it are kept, nothing after it is read")
                        .arg(error.message()));
                break;
            }
            context.addIssue(path, ImportIssue::tr("line %1").arg(reader.recordLine()), error.message());
            continue;
        }
        if (fields.size() == 1 && fields.first().isEmpty())
            continue; // blank line
        ++row;
        const QString name = ImportIssue::tr("line %1").arg(reader.recordLine());
        context.record(store, path, name, [&] {
            if (fields.size() != header.size())
                throw Error(Error::tr("%1 fields where the header has %2").arg(fields.size()).arg(header.size()));
            QJsonObject record;
            for (const int i : std::as_const(byName))
                record.insert(header[i], decodeUtf8Strict(fields[i], Error::tr("column '%1'").arg(header[i])));
            writer.write(record, row, name);
        });
        context.progress(reader.bytesRead(), reader.totalBytes(), QStringLiteral("csv"));
    }
}

} // namespace candor
