#include "core/formats/common/JsonArrayStream.h"

#include "core/domain/Error.h"
#include "core/formats/common/RecordLimits.h"
#include "core/formats/common/SafePaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace candor {

namespace {
constexpr qint64 kChunk = 1 << 20;
constexpr qsizetype kMaxKeptMember = 1 << 20; // other members kept when smaller than this
bool isWhitespace(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
} // namespace

JsonArrayStream::JsonArrayStream(const QString &path, const QString &memberKey)
    : JsonArrayStream(path, memberKey.isEmpty() ? QStringList() : QStringList{memberKey})
{
}

JsonArrayStream::JsonArrayStream(const QString &path, const QStringList &memberPath)
    : m_path(path)
{
    openRegularFile(m_file, path); // a FIFO or device would block the import for ever
    open();
    for (const QString &key : memberPath)
        readMembersUntil(key, m_others);
    skipWhitespace();
    if (get() != '[')
        fail(memberPath.isEmpty() ? Error::tr("expected a JSON array at the top level")
                                  : Error::tr("member \"%1\" is not an array").arg(memberPath.last()));
}

JsonArrayStream::JsonArrayStream(const QString &path, Probe)
    : m_path(path)
{
    openRegularFile(m_file, path);
    open();
}

QString JsonArrayStream::firstMember(const QString &path, const QStringList &keys)
{
    try {
        JsonArrayStream probe(path, Probe());
        probe.skipWhitespace();
        if (probe.get() != '{')
            return {};
        for (;;) {
            probe.skipWhitespace();
            if (probe.peek() != '"')
                return {};
            const QString name = probe.readKey();
            if (keys.contains(name))
                return name;
            probe.skipWhitespace();
            if (probe.get() != ':')
                return {};
            probe.captureValue(); // skipped; past kMaxRecordBytes nothing is kept
            probe.skipWhitespace();
            if (probe.get() != ',')
                return {};
        }
    } catch (const Error &) {
        return {};
    }
}

void JsonArrayStream::open()
{
    // A UTF-8 byte order mark is allowed before the JSON text.
    if (peek() == 0xEF) {
        get();
        if (get() != 0xBB || get() != 0xBF)
            fail(Error::tr("invalid UTF-8 at the start of the file"));
    }
}

int JsonArrayStream::peek()
{
    if (m_pos >= m_buffer.size()) {
        m_buffer = m_file.read(kChunk);
        m_pos = 0;
        if (m_buffer.isEmpty())
            return -1;
    }
    return static_cast<uchar>(m_buffer[m_pos]);
}

int JsonArrayStream::get()
{
    const int c = peek();
    if (c >= 0) {
        ++m_pos;
        ++m_consumed;
    }
    return c;
}

void JsonArrayStream::skipWhitespace()
{
    while (isWhitespace(peek()))
        get();
}

void JsonArrayStream::fail(const QString &reason) const
{
    m_broken = true;
    const qint64 index = m_levels.last().index;
    if (index >= 0)
        throw Error(
            Error::tr("%1: after record #%2 (byte %3): %4").arg(m_path).arg(index + 1).arg(m_consumed).arg(reason));
    throw Error(Error::tr("%1: byte %2: %3").arg(m_path).arg(m_consumed).arg(reason));
}

QByteArray JsonArrayStream::captureString()
{
    QByteArray out;
    if (get() != '"')
        fail(Error::tr("expected a string"));
    out.append('"');
    for (;;) {
        const int c = get();
        if (c < 0)
            fail(Error::tr("truncated JSON: string not closed"));
        if (!m_oversized)
            out.append(char(c));
        if (c == '\\') {
            const int escaped = get();
            if (escaped < 0)
                fail(Error::tr("truncated JSON: string not closed"));
            if (!m_oversized)
                out.append(char(escaped));
        } else if (c == '"') {
            return out;
        }
        if (out.size() > kMaxRecordBytes) { // keep scanning to the value's end, keep nothing more
            m_oversized = true;
            out.clear();
        }
    }
}

QByteArray JsonArrayStream::captureValue()
{
    m_deepest = 0;
    m_oversized = false;
    skipWhitespace();
    const int first = peek();
    if (first < 0)
        fail(Error::tr("truncated JSON: value expected"));
    if (first == '"')
        return captureString();
    QByteArray out;
    if (first == '{' || first == '[') {
        int depth = 0;
        for (;;) {
            const int c = peek();
            if (c < 0)
                fail(first == '{' ? Error::tr("truncated JSON: object not closed")
                                  : Error::tr("truncated JSON: array not closed"));
            if (c == '"') {
                const QByteArray string = captureString();
                if (!m_oversized)
                    out += string;
            } else {
                get();
                if (!m_oversized)
                    out.append(char(c));
                if (c == '{' || c == '[')
                    m_deepest = std::max(m_deepest, ++depth);
                else if (c == '}' || c == ']')
                    --depth;
                if (depth == 0)
                    return out;
            }
            if (out.size() > kMaxRecordBytes) {
                m_oversized = true;
                out.clear();
            }
        }
    }
    for (int c = peek(); c >= 0 && c != ',' && c != ']' && c != '}' && !isWhitespace(c); c = peek()) {
        out.append(char(get()));
        if (out.size() > kMaxRecordBytes)
            fail(Error::tr("a bare value longer than %1 bytes").arg(kMaxRecordBytes));
    }
    if (out.isEmpty())
        fail(Error::tr("unexpected character '%1'").arg(QChar(first)));
    return out;
}

QString JsonArrayStream::readKey()
{
    const QByteArray rawKey = captureString();
    if (m_oversized)
        fail(Error::tr("a member name longer than %1 bytes").arg(kMaxRecordBytes));
    return QJsonDocument::fromJson("[" + rawKey + "]").array().at(0).toString();
}

void JsonArrayStream::keepMember(const QString &key, const QByteArray &value, QJsonObject &members)
{
    if (m_oversized || value.size() >= kMaxKeptMember || m_deepest > kMaxJsonDepth)
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + value + "]", &error);
    if (error.error != QJsonParseError::NoError)
        fail(Error::tr("member \"%1\": %2").arg(key, error.errorString()));
    members.insert(key, doc.array().at(0));
}

void JsonArrayStream::readMembersUntil(const QString &key, QJsonObject &members)
{
    skipWhitespace();
    if (get() != '{')
        fail(Error::tr("expected a JSON object with a member \"%1\"").arg(key));
    for (bool firstMember = true;; firstMember = false) {
        skipWhitespace();
        if (!firstMember) {
            const int c = get();
            if (c == '}')
                fail(Error::tr("no member \"%1\" in the object").arg(key));
            if (c != ',')
                fail(
                    c < 0 ? Error::tr("truncated JSON: object not closed") : Error::tr("expected ',' between members"));
            skipWhitespace();
        } else if (peek() == '}') {
            fail(Error::tr("no member \"%1\" in the object").arg(key));
        }
        if (peek() < 0)
            fail(Error::tr("truncated JSON: object not closed"));
        const QString name = readKey();
        skipWhitespace();
        if (get() != ':')
            fail(Error::tr("expected ':' after member \"%1\"").arg(name));
        skipWhitespace();
        if (name == key)
            return;
        keepMember(name, captureValue(), members);
    }
}

bool JsonArrayStream::beginElement()
{
    skipWhitespace();
    const int c = peek();
    if (c < 0)
        fail(Error::tr("truncated JSON: the array is not closed"));
    if (c == ']') {
        get();
        m_done = true;
        return false;
    }
    if (!m_levels.last().first) {
        if (c != ',')
            fail(Error::tr("expected ',' or ']' between records"));
        get();
        skipWhitespace();
    }
    m_levels.last().first = false;
    return true;
}

bool JsonArrayStream::next(QJsonValue &value)
{
    if (m_done)
        return false;
    if (m_broken)
        fail(Error::tr("the file cannot be read further"));
    if (!beginElement())
        return false;
    const QByteArray bytes = captureValue();
    const qint64 index = ++m_levels.last().index;
    if (m_oversized)
        throw Error(Error::tr("%1: record #%2: longer than the limit of %3 bytes")
                        .arg(m_path)
                        .arg(index + 1)
                        .arg(kMaxRecordBytes));
    if (m_deepest > kMaxJsonDepth)
        throw Error(Error::tr("%1: record #%2: nested deeper than the limit of %3")
                        .arg(m_path)
                        .arg(index + 1)
                        .arg(kMaxJsonDepth));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + bytes + "]", &error);
    if (error.error != QJsonParseError::NoError)
        throw Error(
            Error::tr("%1: record #%2: malformed JSON: %3").arg(m_path).arg(index + 1).arg(error.errorString()));
    value = doc.array().at(0);
    return true;
}

bool JsonArrayStream::enterNextElement(const QString &key, QJsonObject &members)
{
    if (m_done)
        return false;
    if (m_broken)
        fail(Error::tr("the file cannot be read further"));
    if (!beginElement())
        return false;
    ++m_levels.last().index;
    members = QJsonObject();
    readMembersUntil(key, members);
    skipWhitespace();
    if (get() != '[')
        fail(Error::tr("member \"%1\" is not an array").arg(key));
    m_levels.append(Level());
    return true;
}

void JsonArrayStream::leaveElement(QJsonObject &members)
{
    if (m_levels.size() < 2 || !m_done)
        fail(Error::tr("internal: leaving an element that was not entered or not read to its end"));
    m_levels.removeLast();
    m_done = false;
    for (;;) {
        skipWhitespace();
        const int c = get();
        if (c == '}')
            return;
        if (c != ',')
            fail(c < 0 ? Error::tr("truncated JSON: object not closed")
                       : Error::tr("expected ',' or '}' after the array"));
        skipWhitespace();
        const QString name = readKey();
        skipWhitespace();
        if (get() != ':')
            fail(Error::tr("expected ':' after member \"%1\"").arg(name));
        keepMember(name, captureValue(), members);
    }
}

} // namespace candor
