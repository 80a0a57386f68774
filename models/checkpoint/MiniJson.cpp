#include "models/checkpoint/MiniJson.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <stdexcept>

namespace candor::json {

namespace {

const char *typeName(Value::Type type)
{
    switch (type) {
    case Value::Type::Null: return "null";
    case Value::Type::Bool: return "a boolean";
    case Value::Type::Number: return "a number";
    case Value::Type::String: return "a string";
    case Value::Type::Array: return "an array";
    case Value::Type::Object: return "an object";
    }
    return "unknown";
}

[[noreturn]] void wrongType(const std::string &what, const char *expected, Value::Type actual)
{
    throw std::runtime_error("JSON: " + what + " must be " + expected + ", found " + typeName(actual));
}

void appendUtf8(std::string &out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is invalid (overlong, surrogate, > U+10FFFF).
size_t utf8SequenceLength(const std::string &s, size_t i)
{
    const auto byte = [&](size_t k) { return k < s.size() ? (unsigned char)s[k] : 0u; };
    const unsigned c = byte(i);
    const auto cont = [&](size_t k) { return (byte(k) & 0xC0) == 0x80; };
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return cont(i + 1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const unsigned c1 = byte(i + 1);
        if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0))
            return 0;
        return cont(i + 1) && cont(i + 2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const unsigned c1 = byte(i + 1);
        if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90))
            return 0;
        return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    return 0;
}

class Parser
{
public:
    Parser(const std::string &text, const ParseOptions &options) : m_text(text), m_options(options) {}

    Value document()
    {
        skipWhitespace();
        Value v = value(0);
        skipWhitespace();
        if (m_pos != m_text.size())
            fail("unexpected data after the document");
        return v;
    }

private:
    [[noreturn]] void fail(const std::string &reason) const
    {
        throw std::runtime_error("JSON: " + reason + " at byte " + std::to_string(m_pos));
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }

    void skipWhitespace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }

    void expectLiteral(const char *literal)
    {
        for (const char *p = literal; *p; ++p, ++m_pos) {
            if (peek() != *p)
                fail(std::string("invalid literal, expected '") + literal + "'");
        }
    }

    Value value(int depth)
    {
        if (depth > m_options.maxDepth)
            fail("nesting deeper than " + std::to_string(m_options.maxDepth));
        switch (peek()) {
        case '{': return object(depth);
        case '[': return array(depth);
        case '"': return Value(string());
        case 't': expectLiteral("true"); return Value(true);
        case 'f': expectLiteral("false"); return Value(false);
        case 'n': expectLiteral("null"); return Value();
        default:
            if (peek() == '-' || (peek() >= '0' && peek() <= '9'))
                return number();
            fail(atEnd() ? "unexpected end of input" : "unexpected character");
        }
    }

    Value object(int depth)
    {
        ++m_pos;   // '{'
        Value::Object members;
        skipWhitespace();
        if (peek() == '}') {
            ++m_pos;
            return Value(std::move(members));
        }
        for (;;) {
            skipWhitespace();
            if (peek() != '"')
                fail("expected a string key");
            std::string key = string();
            skipWhitespace();
            if (peek() != ':')
                fail("expected ':'");
            ++m_pos;
            skipWhitespace();
            Value member = value(depth + 1);
            if (!members.emplace(key, std::move(member)).second)
                fail("duplicate key \"" + key + "\"");
            skipWhitespace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return Value(std::move(members));
            }
            fail("expected ',' or '}'");
        }
    }

    Value array(int depth)
    {
        ++m_pos;   // '['
        Value::Array items;
        skipWhitespace();
        if (peek() == ']') {
            ++m_pos;
            return Value(std::move(items));
        }
        for (;;) {
            skipWhitespace();
            items.push_back(value(depth + 1));
            skipWhitespace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                return Value(std::move(items));
            }
            fail("expected ',' or ']'");
        }
    }

    std::uint32_t hex4()
    {
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i, ++m_pos) {
            const char c = peek();
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= std::uint32_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= std::uint32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= std::uint32_t(c - 'A' + 10);
            else
                fail("invalid \\u escape");
        }
        return v;
    }

    std::string string()
    {
        ++m_pos;   // opening quote
        std::string out;
        for (;;) {
            if (atEnd())
                fail("unterminated string");
            const unsigned char c = (unsigned char)m_text[m_pos];
            if (c == '"') {
                ++m_pos;
                return out;
            }
            if (c < 0x20)
                fail("control character in string");
            if (c == '\\') {
                ++m_pos;
                const char e = peek();
                ++m_pos;
                switch (e) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    std::uint32_t cp = hex4();
                    if (cp >= 0xDC00 && cp <= 0xDFFF)
                        fail("unpaired low surrogate");
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        if (peek() != '\\' || m_pos + 1 >= m_text.size() || m_text[m_pos + 1] != 'u')
                            fail("unpaired high surrogate");
                        m_pos += 2;
                        const std::uint32_t low = hex4();
                        if (low < 0xDC00 || low > 0xDFFF)
                            fail("invalid low surrogate");
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    }
                    appendUtf8(out, cp);
                    break;
                }
                default:
                    --m_pos;
                    fail("invalid escape");
                }
                continue;
            }
            const size_t length = utf8SequenceLength(m_text, m_pos);
            if (length == 0)
                fail("invalid UTF-8 in string");
            out.append(m_text, m_pos, length);
            m_pos += length;
        }
    }

    Value number()
    {
        const size_t begin = m_pos;
        bool integral = true;
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0') {
            ++m_pos;
        } else if (peek() >= '1' && peek() <= '9') {
            while (peek() >= '0' && peek() <= '9')
                ++m_pos;
        } else {
            fail("invalid number");
        }
        if (peek() == '.') {
            integral = false;
            ++m_pos;
            if (!(peek() >= '0' && peek() <= '9'))
                fail("invalid number: digits expected after '.'");
            while (peek() >= '0' && peek() <= '9')
                ++m_pos;
        }
        if (peek() == 'e' || peek() == 'E') {
            integral = false;
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!(peek() >= '0' && peek() <= '9'))
                fail("invalid number: digits expected in the exponent");
            while (peek() >= '0' && peek() <= '9')
                ++m_pos;
        }
        const std::string literal = m_text.substr(begin, m_pos - begin);
        if (integral) {
            errno = 0;
            char *end = nullptr;
            const long long v = std::strtoll(literal.c_str(), &end, 10);
            if (errno == ERANGE)
                fail("integer out of range");
            return Value(std::int64_t(v));
        }
        const double d = std::strtod(literal.c_str(), nullptr);
        if (!std::isfinite(d))
            fail("number out of range");
        return Value(d);
    }

    const std::string &m_text;
    const ParseOptions m_options;
    size_t m_pos = 0;
};

void write(std::string &out, const Value &v, int indent, int level)
{
    const auto newline = [&](int lvl) {
        if (indent >= 0) {
            out += '\n';
            out.append(size_t(indent * lvl), ' ');
        }
    };
    switch (v.type()) {
    case Value::Type::Null: out += "null"; break;
    case Value::Type::Bool: out += v.asBool() ? "true" : "false"; break;
    case Value::Type::Number:
        if (v.isInteger()) {
            out += std::to_string(v.asInteger());
        } else {
            const double d = v.asDouble();
            if (!std::isfinite(d))
                throw std::runtime_error("JSON: cannot write a non-finite number");
            char buffer[32];
            std::snprintf(buffer, sizeof buffer, "%.17g", d);
            std::string literal = buffer;
            // Keep it a JSON number that reads back as a double, not as an integer.
            if (literal.find_first_of(".eE") == std::string::npos)
                literal += ".0";
            out += literal;
        }
        break;
    case Value::Type::String: out += quote(v.asString()); break;
    case Value::Type::Array: {
        const auto &items = v.asArray();
        out += '[';
        for (size_t i = 0; i < items.size(); ++i) {
            if (i)
                out += ',';
            newline(level + 1);
            write(out, items[i], indent, level + 1);
        }
        if (!items.empty())
            newline(level);
        out += ']';
        break;
    }
    case Value::Type::Object: {
        const auto &members = v.asObject();
        out += '{';
        bool first = true;
        for (const auto &[key, member] : members) {
            if (!first)
                out += ',';
            first = false;
            newline(level + 1);
            out += quote(key);
            out += indent >= 0 ? ": " : ":";
            write(out, member, indent, level + 1);
        }
        if (!members.empty())
            newline(level);
        out += '}';
        break;
    }
    }
}

} // namespace

bool Value::asBool(const std::string &what) const
{
    if (m_type != Type::Bool)
        wrongType(what, "a boolean", m_type);
    return m_bool;
}

double Value::asDouble(const std::string &what) const
{
    if (m_type != Type::Number)
        wrongType(what, "a number", m_type);
    return m_number;
}

std::int64_t Value::asInteger(const std::string &what) const
{
    if (!isInteger())
        wrongType(what, "an integer", m_type);
    return m_integer;
}

const std::string &Value::asString(const std::string &what) const
{
    if (m_type != Type::String)
        wrongType(what, "a string", m_type);
    return m_string;
}

const Value::Array &Value::asArray(const std::string &what) const
{
    if (m_type != Type::Array)
        wrongType(what, "an array", m_type);
    return m_array;
}

const Value::Object &Value::asObject(const std::string &what) const
{
    if (m_type != Type::Object)
        wrongType(what, "an object", m_type);
    return m_object;
}

const Value *Value::find(const std::string &key) const
{
    if (m_type != Type::Object)
        return nullptr;
    const auto it = m_object.find(key);
    return it == m_object.end() ? nullptr : &it->second;
}

const Value &Value::at(const std::string &key) const
{
    const Value *v = find(key);
    if (!v)
        throw std::runtime_error("JSON: missing key \"" + key + "\"");
    return *v;
}

Value parse(const std::string &text, const ParseOptions &options)
{
    return Parser(text, options).document();
}

std::string serialize(const Value &value, int indent)
{
    std::string out;
    write(out, value, indent, 0);
    return out;
}

std::string quote(const std::string &s)
{
    std::string out = "\"";
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = (unsigned char)s[i];
        const size_t length = utf8SequenceLength(s, i);
        if (length == 0)
            throw std::runtime_error("JSON: string to write is not valid UTF-8");
        if (length > 1) {
            out.append(s, i, length);
            i += length;
            continue;
        }
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
                out += buffer;
            } else {
                out += char(c);
            }
        }
        ++i;
    }
    out += '"';
    return out;
}

} // namespace candor::json
