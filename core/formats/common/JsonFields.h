#pragma once

#include "core/text/CodePoints.h"

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>

namespace candor {
class ImportContext;
}

namespace candor::json {

// Typed reads from one imported JSON record. Each throws candor::Error saying which field is wrong and why,
// so the importer's record() wrapper can report "file: record 17: field 'start' is not an integer".

QJsonObject requireObject(const QJsonValue &value, const QString &what);
// A string field; an integer id is accepted as its decimal text when allowNumber is set.
QString requireString(const QJsonObject &object, const QString &key, bool allowNumber = false);
QString optionalString(const QJsonObject &object, const QString &key);
// A JSON number as the text of an id or a record's name: an integer up to 2^53 as its digits, anything else (a
// fraction, beyond 2^53, beyond qint64) in the shortest form that reads back the same. Never converts a double
// outside qint64 to one (undefined behaviour; the fuzzer found 2^63).
QString numberText(double number);
QJsonArray requireArray(const QJsonObject &object, const QString &key);
int requireInt(const QJsonObject &object, const QString &key);

// Checks a code-point span [start, end) against `text` and, when `fragment` is not null, that the span
// covers exactly that fragment. Throws for reversed, empty or out-of-range spans and for mismatches.
void checkSpan(const CodePointMap &map, QStringView text, int start, int end, const QString &fragment);

// The deepest nesting of arrays and objects in JSON text (strings skipped): a linear scan before parsing.
int nestingDepth(QByteArrayView json);
// The text of a member's value in a JSON object's text, as written (its own digits for a number: QJsonDocument
// reads every number as a double, which keeps integers exactly only up to 2^53); empty when there is no such
// top-level member. `object` must be valid JSON (parse it first).
QByteArray rawMember(QByteArrayView object, const QString &key);
// Parses a whole JSON document at most kMaxJsonDepth deep; throws candor::Error with the byte offset and reason.
QJsonDocument parseDocument(const QByteArray &bytes);
// Reads and parses a JSON file (a regular file of at most kMaxJsonFileBytes); errors name the file.
QJsonDocument readDocument(const QString &path);

// Streams the elements of the JSON array in `path` (see JsonArrayStream), calling `each(element, index)` with
// the zero-based index. Progress and cancellation go through `context`. A malformed element becomes an issue and
// reading goes on; a broken structure (truncated file, garbage) becomes an issue and reading stops, keeping the
// records before it. A file that cannot be opened or is not an array at all throws.
void forEachArrayElement(const QString &path, ImportContext &context,
    const std::function<void(const QJsonValue &element, qint64 index)> &each);

} // namespace candor::json
