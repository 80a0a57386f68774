#include "models/text/TextModelConfig.h"

#include "models/checkpoint/MiniJson.h"

#include <cmath>
#include <stdexcept>

namespace candor::models {

namespace {

constexpr const char *kFormat = "candor-text-model";
constexpr int kVersion = 1;

[[noreturn]] void fail(const std::string &reason)
{
    throw std::runtime_error("config.json: " + reason);
}

json::Value stringArray(const std::vector<std::string> &values)
{
    json::Value::Array out;
    for (const std::string &v : values)
        out.emplace_back(v);
    return json::Value(std::move(out));
}

json::Value floatArray(const std::vector<float> &values)
{
    json::Value::Array out;
    for (float v : values)
        out.emplace_back(double(v));
    return json::Value(std::move(out));
}

std::vector<std::string> readStrings(const json::Value &value, const std::string &what)
{
    std::vector<std::string> out;
    for (const json::Value &v : value.asArray(what))
        out.push_back(v.asString(what));
    return out;
}

std::vector<float> readThresholds(const json::Value &value, const std::string &what, size_t expected)
{
    std::vector<float> out;
    for (const json::Value &v : value.asArray(what)) {
        const double t = v.asDouble(what);
        if (!std::isfinite(t) || t < 0 || t > 1)
            fail(what + " holds a threshold outside [0, 1]");
        out.push_back(float(t));
    }
    if (out.size() != expected)
        fail(what + " has " + std::to_string(out.size()) + " entries, expected " + std::to_string(expected));
    return out;
}

TextTaskKind taskKindFromName(const std::string &name)
{
    for (TextTaskKind kind : {TextTaskKind::MultiLabel, TextTaskKind::SpanTagging, TextTaskKind::Narrative})
        if (name == taskKindName(kind))
            return kind;
    fail("unknown task kind '" + name + "'");
}

} // namespace

const char *taskKindName(TextTaskKind kind)
{
    switch (kind) {
    case TextTaskKind::MultiLabel: return "multi_label";
    case TextTaskKind::SpanTagging: return "span_tagging";
    case TextTaskKind::Narrative: return "narrative";
    }
    return "multi_label";
}

long StoredTextModel::architectureValue(const std::string &key, long minimum, long maximum) const
{
    const auto it = architecture.find(key);
    if (it == architecture.end())
        fail("architecture." + key + " is missing");
    if (it->second < minimum || it->second > maximum)
        fail("architecture." + key + " = " + std::to_string(it->second) + " is outside [" + std::to_string(minimum)
             + ", " + std::to_string(maximum) + "]");
    return it->second;
}

std::string writeTextModelConfig(const StoredTextModel &model)
{
    json::Value::Object architecture;
    for (const auto &[key, value] : model.architecture)
        architecture[key] = json::Value(std::int64_t(value));
    json::Value::Object root{
        {"format", json::Value(kFormat)},
        {"version", json::Value(kVersion)},
        {"kind", json::Value(model.kind)},
        {"task", json::Value(json::Value::Object{{"kind", json::Value(taskKindName(model.task.kind))},
                                                 {"class_labels", stringArray(model.task.classLabels)},
                                                 {"span_labels", stringArray(model.task.spanLabels)}})},
        {"decision", json::Value(json::Value::Object{{"class_thresholds", floatArray(model.rule.classThresholds)},
                                                     {"span_thresholds", floatArray(model.rule.spanThresholds)},
                                                     {"min_span_length", json::Value(model.rule.minSpanLength)}})},
        {"architecture", json::Value(std::move(architecture))},
    };
    return json::serialize(json::Value(std::move(root)), 2);
}

StoredTextModel readTextModelConfig(const std::string &text)
{
    json::Value root;
    try {
        root = json::parse(text);
    } catch (const std::exception &e) {
        fail(e.what());
    }
    try {
        if (!root.isObject())
            fail("the document is not an object");
        if (root.at("format").asString("format") != kFormat)
            fail("format is not '" + std::string(kFormat) + "'");
        if (root.at("version").asInteger("version") != kVersion)
            fail("unsupported version " + std::to_string(root.at("version").asInteger("version")));
        StoredTextModel model;
        model.kind = root.at("kind").asString("kind");
        if (model.kind != "ngram" && model.kind != "transformer" && model.kind != "ensemble")
            fail("unknown model kind '" + model.kind + "'");
        const json::Value &task = root.at("task");
        model.task.kind = taskKindFromName(task.at("kind").asString("task.kind"));
        model.task.classLabels = readStrings(task.at("class_labels"), "task.class_labels");
        model.task.spanLabels = readStrings(task.at("span_labels"), "task.span_labels");
        const bool needsClasses = model.task.kind != TextTaskKind::SpanTagging;
        const bool needsSpans = model.task.kind != TextTaskKind::MultiLabel;
        if (needsClasses == model.task.classLabels.empty() || needsSpans == model.task.spanLabels.empty())
            fail("the label lists do not fit task kind " + std::string(taskKindName(model.task.kind)));
        if (model.task.kind == TextTaskKind::Narrative && model.task.classLabels.size() < 2)
            fail("a narrative task needs at least two classes");
        const json::Value &decision = root.at("decision");
        model.rule.classThresholds = readThresholds(decision.at("class_thresholds"), "decision.class_thresholds",
                                                    model.task.classLabels.size());
        model.rule.spanThresholds = readThresholds(decision.at("span_thresholds"), "decision.span_thresholds",
                                                   model.task.spanLabels.size());
        const std::int64_t minSpan = decision.at("min_span_length").asInteger("decision.min_span_length");
        if (minSpan < 0 || minSpan > 1000000)
            fail("decision.min_span_length is out of range");
        model.rule.minSpanLength = int(minSpan);
        for (const auto &[key, value] : root.at("architecture").asObject("architecture"))
            model.architecture[key] = long(value.asInteger("architecture." + key));
        for (const auto &[key, value] : root.asObject())
            if (key != "format" && key != "version" && key != "kind" && key != "task" && key != "decision"
                && key != "architecture")
                fail("unknown key '" + key + "'");
        return model;
    } catch (const std::runtime_error &e) {
        const std::string message = e.what();
        if (message.rfind("config.json: ", 0) == 0)
            throw;
        fail(message);
    }
}

} // namespace candor::models
