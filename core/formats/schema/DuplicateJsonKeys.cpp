#include "core/formats/schema/DuplicateJsonKeys.h"

#include "core/domain/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QSet>

namespace candor {

namespace {

// The string starting at the quote `at`, decoded as JSON would (escapes included); `at` ends past the quote.
QString readString(const QByteArray &json, qsizetype &at)
{
    const qsizetype start = at;
    ++at;
    while (at < json.size() && json[at] != '"')
        at += json[at] == '\\' ? 2 : 1;
    ++at;
    const QByteArray literal = "[" + json.mid(start, at - start) + "]";
    return QJsonDocument::fromJson(literal).array().first().toString();
}

} // namespace

QString firstDuplicateJsonKey(const QByteArray &json)
{
    // One frame per open container: objects keep the keys seen so far, arrays keep none.
    struct Frame
    {
        bool object = false;
        bool expectKey = false;
        QSet<QString> keys;
    };
    QList<Frame> stack;
    int line = 1;
    for (qsizetype at = 0; at < json.size();) {
        const char c = json[at];
        if (c == '\n')
            ++line;
        if (c == '{' || c == '[') {
            stack.append({c == '{', c == '{', {}});
            ++at;
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
            ++at;
        } else if (c == ',') {
            if (!stack.isEmpty() && stack.last().object)
                stack.last().expectKey = true;
            ++at;
        } else if (c == '"') {
            const QString text = readString(json, at);
            if (!stack.isEmpty() && stack.last().object && stack.last().expectKey) {
                Frame &frame = stack.last();
                frame.expectKey = false;
                if (frame.keys.contains(text))
                    return Error::tr("line %1: the key '%2' appears twice in one object").arg(line).arg(text);
                frame.keys.insert(text);
            }
        } else {
            ++at;
        }
    }
    return {};
}

} // namespace candor
