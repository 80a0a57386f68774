#include "core/formats/common/JsonArrayStream.h"

#include "core/domain/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace candor {

namespace {
constexpr qint64 kChunk = 1 << 20;
constexpr qsizetype kMaxKeptMember = 1 << 20;   // other top-level members kept when smaller than this
bool isWhitespace(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
} // namespace

JsonArrayStream::JsonArrayStream(const QString &path, const QString &memberKey)
    : m_file(path)
    , m_path(path)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw Error(Error::tr("%1: cannot open: %2").arg(path, m_file.errorString()));
    // A UTF-8 byte order mark is allowed before the JSON text.
    if (peek() == 0xEF) {
        get();
        if (get() != 0xBB || get() != 0xBF)
            fail(Error::tr("invalid UTF-8 at the start of the file"));
    }
    skipWhitespace();
    if (memberKey.isEmpty()) {
        if (get() != '[')
            fail(Error::tr("expected a JSON array at the top level"));
    } else {
        enterMemberArray(memberKey);
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
    if (m_index >= 0)
        throw Error(Error::tr("%1: after record #%2 (byte %3): %4").arg(m_path).arg(m_index + 1).arg(m_consumed).arg(reason));
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
        out.append(char(c));
        if (c == '\\') {
            const int escaped = get();
            if (escaped < 0)
                fail(Error::tr("truncated JSON: string not closed"));
            out.append(char(escaped));
        } else if (c == '"') {
            return out;
        }
    }
}

QByteArray JsonArrayStream::captureValue()
{
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
                fail(first == '{' ? Error::tr("truncated JSON: object not closed") : Error::tr("truncated JSON: array not closed"));
            if (c == '"') {
                out += captureString();
                continue;
            }
            get();
            out.append(char(c));
            if (c == '{' || c == '[')
                ++depth;
            else if (c == '}' || c == ']')
                --depth;
            if (depth == 0)
                return out;
        }
    }
    for (int c = peek(); c >= 0 && c != ',' && c != ']' && c != '}' && !isWhitespace(c); c = peek())
        out.append(char(get()));
    if (out.isEmpty())
        fail(Error::tr("unexpected character '%1'").arg(QChar(first)));
    return out;
}

void JsonArrayStream::enterMemberArray(const QString &memberKey)
{
    if (get() != '{')
        fail(Error::tr("expected a JSON object at the top level"));
    for (;;) {
        skipWhitespace();
        if (peek() == '}' || peek() < 0)
            fail(Error::tr("no member \"%1\" in the top-level object").arg(memberKey));
        const QByteArray rawKey = captureString();
        const QJsonDocument keyDoc = QJsonDocument::fromJson("[" + rawKey + "]");
        const QString key = keyDoc.array().at(0).toString();
        skipWhitespace();
        if (get() != ':')
            fail(Error::tr("expected ':' after member \"%1\"").arg(key));
        skipWhitespace();
        if (key == memberKey) {
            if (get() != '[')
                fail(Error::tr("member \"%1\" is not an array").arg(memberKey));
            return;
        }
        const QByteArray value = captureValue();
        if (value.size() < kMaxKeptMember) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson("[" + value + "]", &error);
            if (error.error != QJsonParseError::NoError)
                fail(Error::tr("member \"%1\": %2").arg(key, error.errorString()));
            m_others.insert(key, doc.array().at(0));
        }
        skipWhitespace();
        const int c = get();
        if (c == ',')
            continue;
        fail(c == '}' ? Error::tr("no member \"%1\" in the top-level object").arg(memberKey)
                      : Error::tr("expected ',' between members"));
    }
}

bool JsonArrayStream::next(QJsonValue &value)
{
    if (m_done)
        return false;
    if (m_broken)
        fail(Error::tr("the file cannot be read further"));
    skipWhitespace();
    int c = peek();
    if (c < 0)
        fail(Error::tr("truncated JSON: the array is not closed"));
    if (c == ']') {
        get();
        m_done = true;
        return false;
    }
    if (!m_first) {
        if (c != ',')
            fail(Error::tr("expected ',' or ']' between records"));
        get();
        skipWhitespace();
    }
    m_first = false;
    const QByteArray bytes = captureValue();
    ++m_index;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + bytes + "]", &error);
    if (error.error != QJsonParseError::NoError)
        throw Error(Error::tr("%1: record #%2: malformed JSON: %3").arg(m_path).arg(m_index + 1).arg(error.errorString()));
    value = doc.array().at(0);
    return true;
}

} // namespace candor
