#pragma once

// A small, strict JSON reader and writer for the files the engine reads and writes itself (safetensors headers,
// config.json). RFC 8259 only: no comments, no trailing commas, no NaN, no duplicate object keys, bounded nesting.
// models/ never sees Qt, so QJsonDocument is not an option here.

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace candor::json {

class Value
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };
    using Array = std::vector<Value>;
    using Object = std::map<std::string, Value>;

    Value() = default;
    Value(std::nullptr_t) {}
    Value(bool b) : m_type(Type::Bool), m_bool(b) {}
    Value(int i) : Value(std::int64_t(i)) {}
    Value(std::int64_t i) : m_type(Type::Number), m_number(double(i)), m_integer(i), m_isInteger(true) {}
    Value(double d) : m_type(Type::Number), m_number(d) {}
    Value(const char *s) : m_type(Type::String), m_string(s) {}
    Value(std::string s) : m_type(Type::String), m_string(std::move(s)) {}
    Value(Array a) : m_type(Type::Array), m_array(std::move(a)) {}
    Value(Object o) : m_type(Type::Object), m_object(std::move(o)) {}

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isObject() const { return m_type == Type::Object; }
    bool isArray() const { return m_type == Type::Array; }
    bool isString() const { return m_type == Type::String; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isBool() const { return m_type == Type::Bool; }
    // True for numbers written without fraction or exponent that fit in int64 (exact offsets, sizes).
    bool isInteger() const { return m_type == Type::Number && m_isInteger; }

    // Typed access; each throws std::runtime_error naming `what` when the value has another type.
    bool asBool(const std::string &what = "value") const;
    double asDouble(const std::string &what = "value") const;
    std::int64_t asInteger(const std::string &what = "value") const;
    const std::string &asString(const std::string &what = "value") const;
    const Array &asArray(const std::string &what = "value") const;
    const Object &asObject(const std::string &what = "value") const;

    // Object lookup: nullptr when absent (or when this is not an object).
    const Value *find(const std::string &key) const;
    // Object lookup that throws naming the key when it is absent.
    const Value &at(const std::string &key) const;

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    double m_number = 0;
    std::int64_t m_integer = 0;
    bool m_isInteger = false;
    std::string m_string;
    Array m_array;
    Object m_object;
};

struct ParseOptions
{
    int maxDepth = 64;
};

// Parses one JSON document (surrounding whitespace allowed). Throws std::runtime_error("JSON: <reason> at byte N").
Value parse(const std::string &text, const ParseOptions &options = {});

// Compact serialization (indent < 0) or pretty-printed with `indent` spaces. Keys come out sorted.
// Non-finite numbers cannot be written and throw std::runtime_error.
std::string serialize(const Value &value, int indent = -1);

// The JSON string literal for `s` (quotes included); `s` must be valid UTF-8.
std::string quote(const std::string &s);

} // namespace candor::json
