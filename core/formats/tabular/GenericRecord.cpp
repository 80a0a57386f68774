#include "core/formats/tabular/GenericRecord.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/formats/common/ImportReport.h"
#include "core/formats/common/RecordLimits.h"
#include "core/formats/common/SafePaths.h"
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
    QStringLiteral("created_at"), QStringLiteral("split")};
const QStringList kValueKeys = {QStringLiteral("schema"), QStringLiteral("span_schema"), QStringLiteral("separator"),
    QStringLiteral("source"), QStringLiteral("kind"), QStringLiteral("delimiter")};

constexpr qint64 kNotInteger = std::numeric_limits<qint64>::min();

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
            throw Error(Error::tr("unknown mapping key '%1' (columns: %2; values: %3)")
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
    m.schema = value(QStringLiteral("schema"), Schemas::Persuasion22);
    m.spanSchema = value(QStringLiteral("span_schema"), m.schema);
    m.separator = value(QStringLiteral("separator"), QStringLiteral("|"));
    m.source = value(QStringLiteral("source"), QFileInfo(path).completeBaseName());
    m.kind = itemKindFromName(value(QStringLiteral("kind"), QStringLiteral("post")));
    builtinSchema(m.schema);   // throws for an unknown schema name
    builtinSchema(m.spanSchema);
    return m;
}

bool GenericMapping::isMappedColumn(const QString &column) const
{
    return column == id || column == text || column == image || column == labels || column == spans
        || column == language || column == author || column == createdAt || column == split;
}

GenericRecordWriter::GenericRecordWriter(ProjectStore &store, const QString &path, const ImportOptions &options,
                                         ImportContext &context)
    : m_store(store)
    , m_path(path)
    , m_folder(QFileInfo(path).absolutePath())
    , m_split(options.split.isEmpty() ? splitFromPath(path) : options.split)
    , m_context(context)
    , m_mapping(GenericMapping::fromOptions(options, path))
{
}

void GenericRecordWriter::write(const QJsonObject &record, qint64 row, const QString &recordName)
{
    Item item;
    item.kind = m_mapping.kind;
    item.source = m_mapping.source;
    const QJsonValue id = record.value(m_mapping.id);
    if (id.isString() && !id.toString().isEmpty())
        item.externalId = id.toString();
    else if (id.isDouble())   // integers exactly (tweet ids exceed a double's 53 bits), anything else as written
        item.externalId = id.toInteger(kNotInteger) != kNotInteger ? QString::number(id.toInteger()) : QString::number(id.toDouble(), 'g', 17);
    else if (id.isUndefined())
        item.externalId = QString::number(row);   // no id column: the row number is stable for the same file
    else
        throw Error(Error::tr("field '%1' must be a non-empty string or a number, not %2").arg(m_mapping.id, typeName(id)));
    item.text = textField(record, m_mapping.text);
    item.language = textField(record, m_mapping.language);
    item.author = textField(record, m_mapping.author);
    const QString split = textField(record, m_mapping.split);
    item.split = split.isEmpty() ? m_split : split;
    const QJsonValue created = record.value(m_mapping.createdAt);
    if (created.isDouble()) {
        item.createdAt = QDateTime::fromSecsSinceEpoch(qint64(created.toDouble()), Qt::UTC);
    } else if (!textField(record, m_mapping.createdAt).isEmpty()) {
        item.createdAt = QDateTime::fromString(created.toString(), Qt::ISODateWithMs);
        if (!item.createdAt.isValid())
            throw Error(Error::tr("field '%1': '%2' is not an ISO 8601 time").arg(m_mapping.createdAt, created.toString()));
    }
    for (auto it = record.constBegin(); it != record.constEnd(); ++it)
        if (!m_mapping.isMappedColumn(it.key()))
            item.metadata.insert(it.key(), it.value());
    // An object in the image column is the image description Candor's own JSONL export writes: kept as metadata.
    const QJsonValue imageValue = record.value(m_mapping.image);
    if (imageValue.isObject()) {
        item.metadata.insert(m_mapping.image, imageValue);
    } else if (const QString image = textField(record, m_mapping.image); !image.isEmpty()) {
        item.mediaId = storeImage(image, recordName, item.metadata);
    }

    const UpsertResult stored = m_store.upsertItem(item);
    m_context.count(stored.outcome);
    addLabels(stored.id, record.value(m_mapping.labels));
    addSpans(stored.id, record.value(m_mapping.spans), item.text);
}

std::optional<qint64> GenericRecordWriter::storeImage(const QString &relative, const QString &recordName, QJsonObject &metadata)
{
    metadata.insert(QStringLiteral("image"), relative);
    try {
        const QString file = resolveInside(m_folder, relative);
        const UpsertResult media = m_store.addMedia(readFileLimited(file, kMaxImageBytes), relative);
        if (media.outcome == UpsertOutcome::Added)
            ++m_context.report().mediaAdded;
        return media.id;
    } catch (const Error &error) {
        // The text and labels are still worth having; the image problem is reported and kept visible.
        m_context.addIssue(m_path, recordName, ImportIssue::tr("image skipped: %1").arg(error.message()));
        metadata.insert(QStringLiteral("image_error"), error.message());
        return std::nullopt;
    }
}

void GenericRecordWriter::addLabels(qint64 itemId, const QJsonValue &labels)
{
    QStringList names;
    if (labels.isString()) {
        for (const QString &name : labels.toString().split(m_mapping.separator, Qt::SkipEmptyParts))
            if (!name.trimmed().isEmpty())
                names.append(name.trimmed());
    } else if (labels.isArray()) {
        for (const QJsonValue &label : labels.toArray()) {
            if (!label.isString())
                throw Error(Error::tr("field '%1' must hold strings, not %2").arg(m_mapping.labels, typeName(label)));
            names.append(label.toString());
        }
    } else if (!labels.isUndefined() && !labels.isNull()) {
        throw Error(Error::tr("field '%1' must be a string or an array, not %2").arg(m_mapping.labels, typeName(labels)));
    }
    for (const QString &name : names) {
        Annotation annotation;
        annotation.itemId = itemId;
        annotation.schema = m_mapping.schema;
        annotation.label = name;
        if (m_store.addAnnotation(annotation) != 0)
            ++m_context.report().annotationsAdded;
    }
}

void GenericRecordWriter::addSpans(qint64 itemId, const QJsonValue &cell, const QString &text)
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
            throw Error(Error::tr("field '%1' must hold objects {start, end, label}, not %2").arg(m_mapping.spans, typeName(value)));
        Annotation annotation;
        annotation.itemId = itemId;
        annotation.schema = m_mapping.spanSchema;
        annotation.label = span.contains(QStringLiteral("label")) ? span.value(QStringLiteral("label")).toString()
                                                                  : span.value(QStringLiteral("technique")).toString();
        annotation.start = integerField(span, QStringLiteral("start"));
        annotation.end = integerField(span, QStringLiteral("end"));
        if (*annotation.start < 0 || *annotation.end > length || *annotation.start >= *annotation.end)
            throw Error(Error::tr("span [%1, %2) of '%3' is out of range or reversed (text has %4 code points)")
                            .arg(*annotation.start).arg(*annotation.end).arg(annotation.label).arg(length));
        if (m_store.addAnnotation(annotation) != 0)
            ++m_context.report().annotationsAdded;
    }
}

} // namespace candor
