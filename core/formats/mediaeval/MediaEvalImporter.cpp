#include "core/formats/mediaeval/MediaEvalImporter.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/formats/common/ImageImport.h"
#include "core/formats/common/ImportReport.h"
#include "core/formats/common/RecordLimits.h"
#include "core/formats/common/SafePaths.h"
#include "core/formats/tabular/LineReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

namespace candor {

namespace {

const QString kSource = QStringLiteral("mediaeval2016");
const QStringList kColumns = {QStringLiteral("post_id"), QStringLiteral("post_text"), QStringLiteral("user_id"),
    QStringLiteral("image_id(s)"), QStringLiteral("username"), QStringLiteral("timestamp"), QStringLiteral("label")};
const char *const kImageSuffixes[] = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".JPG", ".PNG"};

struct Columns
{
    int postId, text, userId, imageIds, username, timestamp, label;
};

Columns locateColumns(const QStringList &header, const QString &path)
{
    QList<int> at;
    for (const QString &name : kColumns) {
        const int index = int(header.indexOf(name));
        if (index < 0)
            throw Error(Error::tr("%1: header has no column '%2' (expected %3)")
                            .arg(path, name, kColumns.join(QLatin1Char(' '))));
        at.append(index);
    }
    return {at[0], at[1], at[2], at[3], at[4], at[5], at[6]};
}

QString imageFolder(const QString &path, const ImportOptions &options)
{
    const QString chosen = options.mapping.value(QStringLiteral("images")).toString();
    if (!chosen.isEmpty()) {
        if (!QFileInfo(chosen).isDir())
            throw Error(Error::tr("image folder '%1' does not exist").arg(chosen));
        return chosen;
    }
    const QString sibling = QFileInfo(path).dir().filePath(QStringLiteral("images"));
    return QFileInfo(sibling).isDir() ? sibling : QString();
}

} // namespace

QDateTime MediaEvalImporter::parseTwitterTime(const QString &text)
{
    static const QStringList months
        = {QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
            QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"),
            QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    // Some dev-set rows write "23: 59: 22"; the stray spaces carry no meaning.
    QString normalised = text;
    normalised.replace(QLatin1String(": "), QLatin1String(":"));
    const QStringList parts = normalised.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 6 || parts[4].size() != 5)
        return {};
    const int month = int(months.indexOf(parts[1])) + 1;
    const QTime time = QTime::fromString(parts[3], QStringLiteral("HH:mm:ss"));
    const QDate date(parts[5].toInt(), month, parts[2].toInt());
    bool ok = false;
    const int offset = parts[4].mid(1).toInt(&ok);
    if (month == 0 || !time.isValid() || !date.isValid() || !ok
        || (parts[4][0] != QLatin1Char('+') && parts[4][0] != QLatin1Char('-')))
        return {};
    const int offsetSeconds = (offset / 100 * 3600 + offset % 100 * 60) * (parts[4][0] == QLatin1Char('-') ? -1 : 1);
    const QDateTime utc = QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
    return isStorableTime(utc) ? utc : QDateTime();
}

namespace {

bool hasMediaEvalHeader(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return false;
    return file.readLine(4096).startsWith("post_id\tpost_text\t");
}

// A folder holds the posts files of a distribution (devset_posts.txt, testset_posts.txt, ...).
QStringList postsFiles(const QString &path)
{
    if (!QFileInfo(path).isDir())
        return {path};
    QStringList files;
    const QDir dir(path);
    for (const QString &name : dir.entryList({QStringLiteral("*posts*.txt")}, QDir::Files, QDir::Name))
        if (hasMediaEvalHeader(dir.filePath(name)))
            files.append(dir.filePath(name));
    return files;
}

} // namespace

bool MediaEvalImporter::recognises(const QString &path) const
{
    const QStringList files = postsFiles(path);
    return !files.isEmpty() && hasMediaEvalHeader(files.first());
}

void MediaEvalImporter::import(
    ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context)
{
    const QStringList files = postsFiles(path);
    if (files.isEmpty())
        throw Error(
            Error::tr("%1: no MediaEval posts file (*posts*.txt with a post_id header) in the folder").arg(path));
    for (const QString &file : files) {
        if (context.isCancelled())
            return;
        ImportOptions fileOptions = options;
        if (fileOptions.split.isEmpty())
            fileOptions.split = splitFromPath(file);
        importFile(store, file, fileOptions, context);
    }
}

void MediaEvalImporter::importFile(
    ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context)
{
    const QString folder = imageFolder(path, options);
    LineReader lines(path);
    QByteArray line;
    if (!lines.next(line))
        throw Error(Error::tr("%1: empty file, expected the header row").arg(path));
    const QStringList header = decodeUtf8Strict(line, Error::tr("%1: header").arg(path)).split(QLatin1Char('\t'));
    const Columns col = locateColumns(header, path);

    QSet<QString> postIds; // read from this file: a second line with one id would silently replace the first
    while (!context.isCancelled()) {
        try {
            if (!lines.next(line))
                break;
        } catch (const Error &error) { // a line past kMaxRecordBytes: skipped, the next one is read
            ++context.report().recordsRead;
            context.addIssue(path, ImportIssue::tr("line %1").arg(lines.lineNumber()), error.message());
            continue;
        }
        if (line.isEmpty())
            continue;
        const QList<QByteArray> rawFields = line.split('\t');
        // post_id need not be the first column (the header decides), and a short line may not reach it.
        const QString recordName = rawFields.size() > col.postId && !rawFields[col.postId].isEmpty()
            ? ImportIssue::tr("line %1 (post %2)")
                  .arg(lines.lineNumber())
                  .arg(QString::fromLatin1(rawFields[col.postId].left(40).toPercentEncoding()))
            : ImportIssue::tr("line %1").arg(lines.lineNumber());
        context.record(store, path, recordName, [&] {
            const QStringList fields
                = decodeUtf8Strict(line, ImportIssue::tr("line %1").arg(lines.lineNumber())).split(QLatin1Char('\t'));
            if (fields.size() != header.size())
                throw Error(Error::tr("%1 fields where the header has %2").arg(fields.size()).arg(header.size()));
            Item item;
            item.kind = ItemKind::Post;
            item.source = kSource;
            item.externalId = fields[col.postId].trimmed();
            if (item.externalId.isEmpty())
                throw Error(Error::tr("empty post_id"));
            if (postIds.contains(item.externalId))
                throw Error(Error::tr("post_id %1 appears twice in this file").arg(item.externalId));
            item.text = fields[col.text];
            checkText(item.text, QStringLiteral("post_text"));
            item.author = fields[col.username];
            checkText(item.author, QStringLiteral("username"));
            item.split = options.split;
            item.createdAt = parseTwitterTime(fields[col.timestamp]);
            const QString rawLabel = fields[col.label].trimmed();
            if (rawLabel != QLatin1String("fake") && rawLabel != QLatin1String("humor")
                && rawLabel != QLatin1String("real"))
                throw Error(Error::tr("label '%1' is not fake, humor or real").arg(rawLabel));
            const QStringList imageIds = fields[col.imageIds].split(QLatin1Char(','), Qt::SkipEmptyParts);
            QJsonArray images;
            for (const QString &id : imageIds)
                images.append(id.trimmed());
            item.metadata = {{QStringLiteral("user_id"), fields[col.userId]}, {QStringLiteral("image_ids"), images},
                {QStringLiteral("label"), rawLabel}};
            if (!item.createdAt.isValid()) // kept as written: the post matters more than its time
                item.metadata.insert(QStringLiteral("timestamp"), fields[col.timestamp]);
            if (!folder.isEmpty())
                item.mediaId = firstImage(store, folder, imageIds, path, recordName, context, item.metadata);
            const UpsertResult stored = store.upsertItem(item);
            context.count(stored.outcome);
            Annotation gold;
            gold.itemId = stored.id;
            gold.schema = Schemas::Fake2;
            gold.label = rawLabel == QLatin1String("real") ? QStringLiteral("real") : QStringLiteral("fake");
            if (store.addAnnotation(gold) != 0)
                ++context.report().annotationsAdded;
            postIds.insert(item.externalId);
        });
        context.progress(lines.bytesRead(), lines.totalBytes(), QStringLiteral("mediaeval"));
    }
}

std::optional<qint64> MediaEvalImporter::firstImage(ProjectStore &store, const QString &folder,
    const QStringList &imageIds, const QString &path, const QString &recordName, ImportContext &context,
    QJsonObject &metadata)
{
    for (const QString &rawId : imageIds) {
        const QString id = rawId.trimmed();
        try {
            for (const char *suffix : kImageSuffixes) {
                const QString file = resolveInside(folder, id + QLatin1String(suffix));
                if (!QFileInfo::exists(file))
                    continue; // a FIFO or device of that name is refused by the read, with its reason
                return storeImportedImage(store, context, readFileLimited(file, kMaxImageBytes),
                    QFileInfo(file).fileName(), path, recordName, metadata);
            }
            context.addIssue(path, recordName, ImportIssue::tr("image '%1' not found in %2").arg(id, folder));
        } catch (const Error &error) {
            context.addIssue(path, recordName, ImportIssue::tr("image skipped: %1").arg(error.message()));
        }
    }
    return std::nullopt;
}

} // namespace candor
