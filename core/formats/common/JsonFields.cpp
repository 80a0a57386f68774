#include "core/formats/common/JsonFields.h"

#include "core/domain/Error.h"
#include "core/formats/common/ImportContext.h"
#include "core/formats/common/JsonArrayStream.h"
#include "core/formats/common/RecordLimits.h"
#include "core/formats/common/SafePaths.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <limits>

namespace candor::json {

namespace {
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
    case QJsonValue::Undefined: return Error::tr("missing");
    }
    return Error::tr("unknown");
}

bool isIntegral(double number)
{
    return std::isfinite(number) && std::floor(number) == number
        && std::fabs(number) <= std::numeric_limits<int>::max();
}

QString shorten(const QString &text)
{
    return text.size() <= 60 ? text : text.left(57) + QStringLiteral("...");
}
} // namespace

QJsonObject requireObject(const QJsonValue &value, const QString &what)
{
    if (!value.isObject())
        throw Error(Error::tr("%1 is %2, expected an object").arg(what, typeName(value)));
    return value.toObject();
}

QString requireString(const QJsonObject &object, const QString &key, bool allowNumber)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (allowNumber && value.isDouble()) {
        // Integers are exact in a double up to 2^53; past it the digits read are not the ones written.
        const double number = value.toDouble();
        if (std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 9007199254740992.0)
            return QString::number(qint64(number));
        if (std::isfinite(number) && std::floor(number) == number)
            throw Error(Error::tr(
                "field '%1': the number %2 is beyond 2^53 and cannot be kept exactly; write the id as a string")
                            .arg(key, QString::number(number, 'g', 17)));
    }
    throw Error(Error::tr("field '%1' is %2, expected a string").arg(key, typeName(value)));
}

QString numberText(double number)
{
    if (std::abs(number) <= 9007199254740992.0 && number == std::trunc(number))
        return QString::number(qint64(number));
    return QString::number(number, 'g', 17);
}

QString optionalString(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        throw Error(Error::tr("field '%1' is %2, expected a string").arg(key, typeName(value)));
    return value.toString();
}

QJsonArray requireArray(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray())
        throw Error(Error::tr("field '%1' is %2, expected an array").arg(key, typeName(value)));
    return value.toArray();
}

int requireInt(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || !isIntegral(value.toDouble()))
        throw Error(Error::tr("field '%1' is %2, expected an integer").arg(key, typeName(value)));
    return int(value.toDouble());
}

void checkSpan(const CodePointMap &map, QStringView text, int start, int end, const QString &fragment)
{
    if (start < 0 || end < 0)
        throw Error(Error::tr("span [%1, %2) has a negative offset").arg(start).arg(end));
    if (end < start)
        throw Error(Error::tr("span [%1, %2) is reversed").arg(start).arg(end));
    if (end == start)
        throw Error(Error::tr("span [%1, %2) is empty").arg(start).arg(end));
    if (end > map.length())
        throw Error(
            Error::tr("span [%1, %2) ends after the text (%3 code points)").arg(start).arg(end).arg(map.length()));
    if (!fragment.isNull()) {
        const QString covered = map.mid(text, start, end);
        if (covered != fragment)
            throw Error(Error::tr("span [%1, %2) covers \"%3\", not the given fragment \"%4\"")
                            .arg(start)
                            .arg(end)
                            .arg(shorten(covered), shorten(fragment)));
    }
}

int nestingDepth(QByteArrayView json)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = std::max(deepest, ++depth);
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

namespace {
// From `at` (a '"'), the index after the closing quote.
qsizetype skipString(QByteArrayView json, qsizetype at)
{
    for (++at; at < json.size(); ++at) {
        if (json[at] == '\\')
            ++at;
        else if (json[at] == '"')
            return at + 1;
    }
    return json.size();
}

qsizetype skipSpace(QByteArrayView json, qsizetype at)
{
    while (at < json.size() && (json[at] == ' ' || json[at] == '\t' || json[at] == '\n' || json[at] == '\r'))
        ++at;
    return at;
}
} // namespace

QByteArray rawMember(QByteArrayView object, const QString &key)
{
    qsizetype at = skipSpace(object, 0);
    if (at >= object.size() || object[at] != '{')
        return {};
    ++at;
    while (at < object.size()) {
        at = skipSpace(object, at);
        if (at >= object.size() || object[at] != '"')
            return {};
        const qsizetype keyEnd = skipString(object, at);
        const QByteArrayView rawKey = object.sliced(at, keyEnd - at);
        const QString name = rawKey.contains('\\')
            ? QJsonDocument::fromJson("[" + rawKey.toByteArray() + "]").array().at(0).toString()
            : QString::fromUtf8(rawKey.sliced(1, rawKey.size() - 2));
        at = skipSpace(object, keyEnd) + 1; // past ':'
        at = skipSpace(object, at);
        const qsizetype valueStart = at;
        int depth = 0;
        while (at < object.size()) {
            const char c = object[at];
            if (c == '"') {
                at = skipString(object, at);
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if (c == '}' || c == ']')
                --depth;
            if (depth < 0 || (depth == 0 && c == ','))
                break;
            ++at;
        }
        if (name == key)
            return object.sliced(valueStart, at - valueStart).trimmed().toByteArray();
        if (at >= object.size() || object[at] == '}')
            return {};
        ++at; // past ','
    }
    return {};
}

QJsonDocument parseDocument(const QByteArray &bytes)
{
    if (const int depth = nestingDepth(bytes); depth > kMaxJsonDepth)
        throw Error(Error::tr("JSON nested %1 levels deep, deeper than the limit of %2").arg(depth).arg(kMaxJsonDepth));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        throw Error(Error::tr("malformed JSON at byte %1: %2").arg(error.offset).arg(error.errorString()));
    return document;
}

QJsonDocument readDocument(const QString &path)
{
    const QByteArray bytes = readFileLimited(path, kMaxJsonFileBytes); // its errors name the file
    try {
        return parseDocument(bytes);
    } catch (const Error &error) {
        throw Error(Error::tr("%1: %2").arg(path, error.message()));
    }
}

void forEachArrayElement(const QString &path, ImportContext &context,
    const std::function<void(const QJsonValue &element, qint64 index)> &each)
{
    JsonArrayStream stream(path);
    const QString name = QFileInfo(path).fileName();
    for (;;) {
        if (context.isCancelled())
            return;
        QJsonValue element;
        try {
            if (!stream.next(element))
                return;
        } catch (const Error &error) {
            // The stream's message starts with the path; the issue names the file on its own.
            QString reason = error.message();
            if (reason.startsWith(path + QStringLiteral(": ")))
                reason.remove(0, path.size() + 2);
            context.addIssue(path, QString(), reason);
            if (!stream.canContinue())
                return;
            continue;
        }
        each(element, stream.elementIndex());
        context.progress(stream.bytesRead(), stream.totalBytes(), name);
    }
}

} // namespace candor::json
