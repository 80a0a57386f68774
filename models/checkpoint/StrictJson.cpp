#include "models/checkpoint/StrictJson.h"

#include "core/text/Utf8.h"

#include <cmath>
#include <limits>
#include <set>
#include <stdexcept>
#include <vector>

namespace candor::json {

namespace {

using Json = nlohmann::json;

[[noreturn]] void fail(const std::string &reason)
{
    throw std::runtime_error("JSON: " + reason);
}

// nlohmann's what() reads "[json.exception.parse_error.101] parse error at line 1, column 4: <reason>"; people
// need the reason (the byte offset is added by the caller). The reason quotes the input it last read, which may
// be the invalid UTF-8 it refused: those bytes are escaped so the message itself stays valid text.
std::string reasonOf(const nlohmann::json::exception &e)
{
    std::string reason = e.what();
    const size_t tag = reason.find("] ");
    if (reason.rfind("[json.exception.", 0) == 0 && tag != std::string::npos)
        reason.erase(0, tag + 2);
    if (reason.rfind("parse error", 0) == 0) {
        const size_t colon = reason.find(": ");
        if (colon != std::string::npos)
            reason.erase(0, colon + 2);
    }
    return text::escapeInvalidUtf8(reason);
}

const char *typeName(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return "a number";
    case Json::value_t::string: return "a string";
    case Json::value_t::array: return "an array";
    case Json::value_t::object: return "an object";
    case Json::value_t::binary:
    case Json::value_t::discarded: break;
    }
    return "unknown";
}

[[noreturn]] void wrongType(const std::string &what, const char *expected, const Json &actual)
{
    fail(what + " must be " + expected + ", found " + typeName(actual));
}

void requireFinite(const Json &value)
{
    if (value.is_number_float() && !std::isfinite(value.get<double>()))
        fail("cannot write a non-finite number");
    if (value.is_structured())
        for (const Json &child : value)
            requireFinite(child);
}

// A SAX pass that only checks what nlohmann lets through: duplicate keys and nesting depth.
class StrictnessCheck final : public nlohmann::json_sax<Json>
{
public:
    explicit StrictnessCheck(int maxDepth)
        : m_maxDepth(maxDepth)
    {
    }

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t &) override { return true; }
    bool string(string_t &) override { return true; }
    bool binary(binary_t &) override { return true; }

    bool start_object(std::size_t) override
    {
        open();
        m_keysOfOpenObjects.emplace_back();
        return true;
    }
    bool key(string_t &key) override
    {
        if (!m_keysOfOpenObjects.back().insert(key).second)
            fail("duplicate key \"" + key + "\"");
        return true;
    }
    bool end_object() override
    {
        m_keysOfOpenObjects.pop_back();
        --m_depth;
        return true;
    }
    bool start_array(std::size_t) override
    {
        open();
        return true;
    }
    bool end_array() override
    {
        --m_depth;
        return true;
    }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override { return false; }

private:
    // The top-level container is at depth 0.
    void open()
    {
        if (m_depth > m_maxDepth)
            fail("nesting deeper than " + std::to_string(m_maxDepth));
        ++m_depth;
    }

    const int m_maxDepth;
    int m_depth = 0;
    std::vector<std::set<std::string>> m_keysOfOpenObjects;
};

} // namespace

Json parse(const std::string &text, const ParseOptions &options)
{
    try {
        // nlohmann keeps the last of duplicate keys and nests without limit: a first pass refuses both. (Its
        // callback parser could too, but it rescans the parent after every nested object: quadratic in a
        // safetensors header of many tensors.) A syntax error stops that pass quietly; parse() then reports it.
        StrictnessCheck check(options.maxDepth);
        Json::sax_parse(text, &check, Json::input_format_t::json, /*strict=*/true, /*ignore_comments=*/false);
        return Json::parse(text, nullptr, /*allow_exceptions=*/true, /*ignore_comments=*/false);
    } catch (const Json::parse_error &e) {
        fail(reasonOf(e) + " at byte " + std::to_string(e.byte));
    } catch (const Json::exception &e) {
        fail(reasonOf(e));
    }
}

std::string serialize(const Json &value, int indent)
{
    requireFinite(value);
    try {
        return value.dump(indent);
    } catch (const Json::type_error &e) {
        fail("string to write is not valid UTF-8 (" + reasonOf(e) + ")");
    }
}

const Json *find(const Json &object, const std::string &key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

const Json &at(const Json &object, const std::string &key)
{
    const Json *value = find(object, key);
    if (!value)
        fail("missing key \"" + key + "\"");
    return *value;
}

bool asBool(const Json &value, const std::string &what)
{
    if (!value.is_boolean())
        wrongType(what, "a boolean", value);
    return value.get<bool>();
}

double asDouble(const Json &value, const std::string &what)
{
    if (!value.is_number())
        wrongType(what, "a number", value);
    return value.get<double>();
}

std::int64_t asInteger(const Json &value, const std::string &what)
{
    if (!value.is_number_integer())
        wrongType(what, "an integer", value);
    if (value.is_number_unsigned()
        && value.get<std::uint64_t>() > std::uint64_t(std::numeric_limits<std::int64_t>::max()))
        fail(what + " = " + value.dump() + " is out of range");
    return value.get<std::int64_t>();
}

const std::string &asString(const Json &value, const std::string &what)
{
    if (!value.is_string())
        wrongType(what, "a string", value);
    return value.get_ref<const std::string &>();
}

const Json::array_t &asArray(const Json &value, const std::string &what)
{
    if (!value.is_array())
        wrongType(what, "an array", value);
    return value.get_ref<const Json::array_t &>();
}

const Json::object_t &asObject(const Json &value, const std::string &what)
{
    if (!value.is_object())
        wrongType(what, "an object", value);
    return value.get_ref<const Json::object_t &>();
}

} // namespace candor::json
