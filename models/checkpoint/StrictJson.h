#pragma once

// The engine's JSON files (safetensors headers, config.json) through nlohmann::json, held to the strict reading
// the files were always given: RFC 8259 only (no comments, no NaN), no duplicate object keys, bounded nesting,
// and typed access whose errors name the field. Every error is a std::runtime_error starting with "JSON: ", so
// readers can prefix their file name; nlohmann's own exception types never leave this file.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace candor::json {

struct ParseOptions
{
    int maxDepth = 64;
};

// One JSON document (surrounding whitespace allowed). Throws std::runtime_error("JSON: <reason>").
nlohmann::json parse(const std::string &text, const ParseOptions &options = {});

// Compact (indent < 0) or pretty-printed with `indent` spaces; keys come out sorted. Throws std::runtime_error
// for a non-finite number (nlohmann would write null) and for a string that is not valid UTF-8.
std::string serialize(const nlohmann::json &value, int indent = -1);

// Object lookup: nullptr when absent (or when `object` is not an object).
const nlohmann::json *find(const nlohmann::json &object, const std::string &key);
// Object lookup that throws "JSON: missing key \"<key>\"" when it is absent.
const nlohmann::json &at(const nlohmann::json &object, const std::string &key);

// Typed access; each throws "JSON: <what> must be <type>, found <type>" when the value has another type.
bool asBool(const nlohmann::json &value, const std::string &what);
double asDouble(const nlohmann::json &value, const std::string &what);
// Numbers written without fraction or exponent that fit in int64 (exact offsets and sizes beyond 2^53).
std::int64_t asInteger(const nlohmann::json &value, const std::string &what);
const std::string &asString(const nlohmann::json &value, const std::string &what);
const nlohmann::json::array_t &asArray(const nlohmann::json &value, const std::string &what);
const nlohmann::json::object_t &asObject(const nlohmann::json &value, const std::string &what);

} // namespace candor::json
