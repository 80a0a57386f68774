#include "core/formats/tabular/GenericRecord.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/formats/common/ImageImport.h"
#include "core/formats/common/ImportReport.h"
#include "core/formats/common/RecordLimits.h"
#include "core/formats/common/SafePaths.h"
#include "core/store/ProjectStore.h"
#include "core/text/CodePoints.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace candor {

namespace {

const QStringList kColumnKeys = {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("image"),
    QStringLiteral("labels"), QStringLiteral("spans"), QStringLiteral("language"), QStringLiteral("author"),
    QStringLiteral("created_at"), QStringLiteral("split"), QStringLiteral("thread"), QStringLiteral("post"),
    QStringLiteral("parent"), QStringLiteral("thread_labels")};
const QStringList kValueKeys
    = {QStringLiteral("schema"), QStringLiteral("span_schema"), QStringLiteral("thread_schema"),
        QStringLiteral("separator"), QStringLiteral("source"), QStringLiteral("kind"), QStringLiteral("delimiter")};

constexpr qint64 kNotInteger = std::numeric_limits<qint64>::min();
constexpr double kExactIntegers = 9007199254740992.0; // 2^53: a double holds every integer up to here

// The JSON type as a noun phrase for error messages ("must be a string, not %1"); null is JSON's own word.
QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return Error::tr("a boolean");
    case QJsonValue::Double: return Error::tr("a number");
    case QJsonValue::String: return Error::tr("a string");
    case QJsonValue::Array: return Error::tr("an array");
    case QJsonValue::Object: return Error::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return Error::tr("missing");
}

// Optional text column: absent or null gives an empty string, anything but a string is an error.
QString textField(const QJsonObject &record, const QString &column)
{
    const QJsonValue value = record.value(column);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        throw Error(Error::tr("field '%1' must be a string, not %2").arg(column, typeName(value)));
    QString text = value.toString();
    checkText(text, Error::tr("field '%1'").arg(column));
    return text;
}

int integerField(const QJsonObject &span, const QString &key)
{
    const QJsonValue value = span.value(key);
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || number != std::floor(number) || std::abs(number) > 1e9)
        throw Error(Error::tr("span field '%1' must be an integer, not %2").arg(key, typeName(value)));
    return int(number);
}

// An id as text: a string as it is, a number as its digits. JsonlImporter hands over numbers' own digits as
// strings; a number that still arrives here beyond 2^53 has lost digits already and is refused.
QString idText(const QJsonValue &value, const QString &column)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::fabs(number) >= kExactIntegers)
            throw Error(Error::tr(
                "field '%1': the number %2 is beyond 2^53 and cannot be kept exactly; write the id as a string")
                            .arg(column, QString::number(number, 'g', 17)));
        return value.toInteger(kNotInteger) != kNotInteger ? QString::number(value.toInteger())
                                                           : QString::number(number, 'g', 17);
    }
    if (value.isUndefined() || value.isNull())
        return {};
    throw Error(Error::tr("field '%1' must be a string or a number, not %2").arg(column, typeName(value)));
}

QDateTime timeField(const QJsonObject &record, const QString &column)
{
    const QJsonValue created = record.value(column);
    QDateTime time;
    if (created.isDouble()) {
        const double seconds = created.toDouble();
        // Seconds since 1970 within the years 1-9999; a cast of 1e300 to an integer would be undefined.
        if (!std::isfinite(seconds) || std::fabs(seconds) > 3.0e11)
            throw Error(Error::tr("field '%1': %2 seconds since 1970 is outside the years %3-%4")
                            .arg(column, QString::number(seconds, 'g', 17))
                            .arg(kMinYear)
                            .arg(kMaxYear));
        time = QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
    } else if (!textField(record, column).isEmpty()) {
        time = QDateTime::fromString(created.toString(), Qt::ISODateWithMs);
        if (!time.isValid())
            throw Error(Error::tr("field '%1': '%2' is not an ISO 8601 time").arg(column, created.toString()));
    } else {
        return {};
    }
    if (!isStorableTime(time))
        throw Error(Error::tr("field '%1': '%2' is outside the years %3-%4")
                        .arg(column, time.toString(Qt::ISODate))
                        .arg(kMinYear)
                        .arg(kMaxYear));
    return time.toUTC();
}

// A cell that holds JSON (CSV) or a JSON value (JSONL) becomes the JSON value.
QJsonValue jsonCell(const QJsonValue &value, const QString &column)
{
    if (!value.isString())
        return value;
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return QJsonValue();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        throw Error(Error::tr("field '%1' must be a JSON array: %2").arg(column, error.errorString()));
    return doc.array();
}

} // namespace

GenericMapping GenericMapping::fromOptions(const ImportOptions &options, const QString &path)
{
    for (auto it = options.mapping.constBegin(); it != options.mapping.constEnd(); ++it)
        if (!kColumnKeys.contains(it.key()) && !kValueKeys.contains(it.key()))
            throw Error(
                Error::tr("unknown mapping key '%1' (columns: %2; values: %3)")
                    .arg(it.key(), kColumnKeys.join(QStringLiteral(", ")), kValueKeys.join(QStringLiteral(", "))));
    const auto value = [&](const QString &key, const QString &fallback) {
        const QString mapped = options.mapping.value(key).toString();
        return mapped.isEmpty() ? fallback : mapped;
    };
    GenericMapping m;
    m.id = value(QStringLiteral("id"), QStringLiteral("id"));
    m.text = value(QStringLiteral("text"), QStringLiteral("text"));
    m.image = value(QStringLiteral("image"), QStringLiteral("image"));
    m.labels = value(QStringLiteral("labels"), QStringLiteral("labels"));
    m.spans = value(QStringLiteral("spans"), QStringLiteral("spans"));
    m.language = value(QStringLiteral("language"), QStringLiteral("language"));
    m.author = value(QStringLiteral("author"), QStringLiteral("author"));
    m.createdAt = value(QStringLiteral("created_at"), QStringLiteral("created_at"));
    m.split = value(QStringLiteral("split"), QStringLiteral("split"));
    m.thread = options.mapping.value(QStringLiteral("thread")).toString(); // thread posts only when named
    m.post = value(QStringLiteral("post"), QStringLiteral("post_id"));
    m.parent = value(QStringLiteral("parent"), QStringLiteral("parent_id"));
    m.threadLabels = value(QStringLiteral("thread_labels"), QStringLiteral("thread_labels"));
    m.threadSchema = value(QStringLiteral("thread_schema"), Schemas::Veracity3);
    m.schema = value(QStringLiteral("schema"), Schemas::Persuasion22);
    m.spanSchema = value(QStringLiteral("span_schema"), m.schema);
    m.separator = value(QStringLiteral("separator"), QStringLiteral("|"));
    m.source = value(QStringLiteral("source"), QFileInfo(path).completeBaseName());
    m.kind = itemKindFromName(value(QStringLiteral("kind"), QStringLiteral("post")));
    builtinSchema(m.schema); // throws for an unknown schema name
    builtinSchema(m.spanSchema);
    builtinSchema(m.threadSchema);
    if (m.threadPosts())
        m.kind = ItemKind::Thread;
    return m;
}

bool GenericMapping::isMappedColumn(const QString &column) const
{
    if (threadPosts() && (column == thread || column == post || column == parent || column == threadLabels))
        return true;
    return column == id || column == text || column == image || column == labels || column == spans
        || column == language || column == author || column == createdAt || column == split;
}

GenericRecordWriter::GenericRecordWriter(
    ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context)
    : m_store(store)
    , m_path(path)
    , m_folder(QFileInfo(path).absolutePath())
    , m_split(options.split.isEmpty() ? splitFromPath(path) : options.split)
    , m_context(context)
    , m_mapping(GenericMapping::fromOptions(options, path))
{
}

GenericRecordWriter::Fields GenericRecordWriter::readFields(const QJsonObject &record, const QString &recordName)
{
    Fields fields;
    fields.text = textField(record, m_mapping.text);
    fields.language = textField(record, m_mapping.language);
    fields.author = textField(record, m_mapping.author);
    const QString split = textField(record, m_mapping.split);
    fields.split = split.isEmpty() ? m_split : split;
    fields.createdAt = timeField(record, m_mapping.createdAt);
    for (auto it = record.constBegin(); it != record.constEnd(); ++it)
        if (!m_mapping.isMappedColumn(it.key()))
            fields.metadata.insert(it.key(), it.value());
    // An object in the image column is an image description (as a foreign export may write): kept as metadata.
    const QJsonValue imageValue = record.value(m_mapping.image);
    if (imageValue.isObject())
        fields.metadata.insert(m_mapping.image, imageValue);
    else if (const QString image = textField(record, m_mapping.image); !image.isEmpty())
        fields.mediaId = storeImage(image, recordName, fields.metadata);
    return fields;
}

void GenericRecordWriter::write(const QJsonObject &record, qint64 row, const QString &recordName)
{
    if (m_mapping.threadPosts()) {
        writeThreadPost(record, row, recordName);
        return;
    }
    Item item;
    item.kind = m_mapping.kind;
    item.source = m_mapping.source;
    const QJsonValue id = record.value(m_mapping.id);
    item.externalId = id.isUndefined()
        ? QString::number(row) // no id column: the row number is stable for the same file
        : idText(id, m_mapping.id);
    if (item.externalId.isEmpty())
        throw Error(
            Error::tr("field '%1' must be a non-empty string or a number, not %2").arg(m_mapping.id, typeName(id)));
    if (m_idsRead.contains(item.externalId)) // the second would silently replace the first
        throw Error(Error::tr("id %1 appears twice in this file").arg(item.externalId));
    const Fields fields = readFields(record, recordName);
    item.text = fields.text;
    item.language = fields.language;
    item.author = fields.author;
    item.split = fields.split;
    item.createdAt = fields.createdAt;
    item.metadata = fields.metadata;
    item.mediaId = fields.mediaId;
    const UpsertResult stored = m_store.upsertItem(item);
    m_context.count(stored.outcome);
    addLabels(stored.id, std::nullopt, record.value(m_mapping.labels), m_mapping.schema, m_mapping.labels);
    addSpans(stored.id, std::nullopt, record.value(m_mapping.spans), item.text);
    m_idsRead.insert(item.externalId);
}

void GenericRecordWriter::writeThreadPost(const QJsonObject &record, qint64 row, const QString &recordName)
{
    const QString threadId = idText(record.value(m_mapping.thread), m_mapping.thread);
    if (threadId.isEmpty())
        throw Error(Error::tr("field '%1' (the thread id) is missing or empty").arg(m_mapping.thread));
    const QJsonValue postValue = record.value(m_mapping.post);
    const QString postId = postValue.isUndefined() ? QString::number(row) : idText(postValue, m_mapping.post);
    if (postId.isEmpty())
        throw Error(Error::tr("field '%1' (the post id) is empty").arg(m_mapping.post));
    if (m_postsRead.value(threadId).contains(postId))
        throw Error(Error::tr("post %1 of thread %2 appears twice").arg(postId, threadId));
    const QString parentId = idText(record.value(m_mapping.parent), m_mapping.parent);
    const Fields fields = readFields(record, recordName);

    // The thread item: written from its root post, or from its first post until the root comes.
    const bool isRoot = parentId.isEmpty();
    qint64 threadRow = m_threads.value(threadId, 0);
    if (threadRow == 0 || (isRoot && !m_rootsRead.contains(threadId))) {
        const std::optional<qint64> existing
            = threadRow == 0 && !isRoot ? m_store.findItem(m_mapping.source, threadId) : std::nullopt;
        if (existing) {
            threadRow = *existing; // imported before: its root post wrote it
        } else {
            Item thread;
            thread.kind = ItemKind::Thread;
            thread.source = m_mapping.source;
            thread.externalId = threadId;
            thread.split = fields.split;
            thread.text = fields.text;
            thread.language = fields.language;
            thread.author = fields.author;
            thread.createdAt = fields.createdAt;
            thread.mediaId = fields.mediaId;
            const UpsertResult stored = m_store.upsertItem(thread);
            if (threadRow == 0 || stored.outcome != UpsertOutcome::Updated)
                m_context.count(stored.outcome); // a root replacing the first post's text is the same new thread
            threadRow = stored.id;
        }
    }

    ThreadPost post;
    post.itemId = threadRow;
    post.postId = postId;
    post.parentPostId = parentId;
    post.author = fields.author;
    post.createdAt = fields.createdAt;
    post.text = fields.text;
    post.metadata = fields.metadata;
    post.mediaId = fields.mediaId;
    const UpsertResult stored = m_store.upsertPost(post);
    if (stored.outcome == UpsertOutcome::Added)
        ++m_context.report().postsAdded;
    else if (stored.outcome == UpsertOutcome::Updated)
        ++m_context.report().postsUpdated;
    addLabels(threadRow, stored.id, record.value(m_mapping.labels), m_mapping.schema, m_mapping.labels);
    addSpans(threadRow, stored.id, record.value(m_mapping.spans), post.text);
    addLabels(
        threadRow, std::nullopt, record.value(m_mapping.threadLabels), m_mapping.threadSchema, m_mapping.threadLabels);

    // Only now, with every write done: a record that failed leaves no trace in what later records see.
    m_threads.insert(threadId, threadRow);
    if (isRoot)
        m_rootsRead.insert(threadId);
    m_postsRead[threadId].insert(postId);
}

std::optional<qint64> GenericRecordWriter::storeImage(
    const QString &relative, const QString &recordName, QJsonObject &metadata)
{
    metadata.insert(QStringLiteral("image"), relative);
    try {
        const QString file = resolveInside(m_folder, relative);
        return storeImportedImage(
            m_store, m_context, readFileLimited(file, kMaxImageBytes), relative, m_path, recordName, metadata);
    } catch (const Error &error) {
        // The text and labels are still worth having; the image problem is reported and kept visible.
        m_context.addIssue(m_path, recordName, ImportIssue::tr("image skipped: %1").arg(error.message()));
        metadata.insert(QStringLiteral("image_error"), error.message());
        return std::nullopt;
    }
}

void GenericRecordWriter::addLabels(qint64 itemId, std::optional<qint64> postRowId, const QJsonValue &labels,
    const QString &schema, const QString &column)
{
    QStringList names;
    if (labels.isString()) {
        for (const QString &name : labels.toString().split(m_mapping.separator, Qt::SkipEmptyParts))
            if (!name.trimmed().isEmpty())
                names.append(name.trimmed());
    } else if (labels.isArray()) {
        for (const QJsonValue &label : labels.toArray()) {
            if (!label.isString())
                throw Error(Error::tr("field '%1' must hold strings, not %2").arg(column, typeName(label)));
            names.append(label.toString());
        }
    } else if (!labels.isUndefined() && !labels.isNull()) {
        throw Error(Error::tr("field '%1' must be a string or an array, not %2").arg(column, typeName(labels)));
    }
    for (const QString &name : names) {
        Annotation annotation;
        annotation.itemId = itemId;
        annotation.postRowId = postRowId;
        annotation.schema = schema;
        annotation.label = name;
        if (m_store.addAnnotation(annotation) != 0)
            ++m_context.report().annotationsAdded;
    }
}

void GenericRecordWriter::addSpans(
    qint64 itemId, std::optional<qint64> postRowId, const QJsonValue &cell, const QString &text)
{
    const QJsonValue spans = jsonCell(cell, m_mapping.spans);
    if (spans.isUndefined() || spans.isNull())
        return;
    if (!spans.isArray())
        throw Error(Error::tr("field '%1' must be an array of {start, end, label}").arg(m_mapping.spans));
    const int length = codePointLength(text);
    for (const QJsonValue &value : spans.toArray()) {
        const QJsonObject span = value.toObject();
        if (!value.isObject())
            throw Error(Error::tr("field '%1' must hold objects {start, end, label}, not %2")
                            .arg(m_mapping.spans, typeName(value)));
        Annotation annotation;
        annotation.itemId = itemId;
        annotation.postRowId = postRowId;
        annotation.schema = m_mapping.spanSchema;
        annotation.label = span.contains(QStringLiteral("label")) ? span.value(QStringLiteral("label")).toString()
                                                                  : span.value(QStringLiteral("technique")).toString();
        annotation.start = integerField(span, QStringLiteral("start"));
        annotation.end = integerField(span, QStringLiteral("end"));
        if (*annotation.start < 0 || *annotation.end > length || *annotation.start >= *annotation.end)
            throw Error(Error::tr("span [%1, %2) of '%3' is out of range or reversed (text has %4 code points)")
                            .arg(*annotation.start)
                            .arg(*annotation.end)
                            .arg(annotation.label)
                            .arg(length));
        if (m_store.addAnnotation(annotation) != 0)
            ++m_context.report().annotationsAdded;
    }
}

} // namespace candor
