#include "models/text/TextModelConfig.h"

#include "models/checkpoint/StrictJson.h"

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

// Thresholds are floats in memory and doubles in the file (as they always were written).
nlohmann::json floatArray(const std::vector<float> &values)
{
    nlohmann::json out = nlohmann::json::array();
    for (float v : values)
        out.push_back(double(v));
    return out;
}

std::vector<std::string> readStrings(const nlohmann::json &value, const std::string &what)
{
    std::vector<std::string> out;
    for (const nlohmann::json &v : json::asArray(value, what))
        out.push_back(json::asString(v, what));
    return out;
}

std::vector<float> readThresholds(const nlohmann::json &value, const std::string &what, size_t expected)
{
    std::vector<float> out;
    for (const nlohmann::json &v : json::asArray(value, what)) {
        const double t = json::asDouble(v, what);
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
    for (TextTaskKind kind :
        {TextTaskKind::MultiLabel, TextTaskKind::SpanTagging, TextTaskKind::Narrative, TextTaskKind::SingleLabel})
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
    case TextTaskKind::SingleLabel: return "single_label";
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
    nlohmann::json architecture = nlohmann::json::object();
    for (const auto &[key, value] : model.architecture)
        architecture[key] = std::int64_t(value);
    nlohmann::json root{
        {"format", kFormat},
        {"version", kVersion},
        {"kind", model.kind},
        {"task",
            {{"kind", taskKindName(model.task.kind)}, {"class_labels", model.task.classLabels},
                {"span_labels", model.task.spanLabels}}},
        {"decision",
            {{"class_thresholds", floatArray(model.rule.classThresholds)},
                {"span_thresholds", floatArray(model.rule.spanThresholds)},
                {"min_span_length", model.rule.minSpanLength}}},
        {"architecture", architecture},
    };
    if (!model.rule.calibration.identity()) // written only when there is one: uncalibrated files stay as they were
        root["decision"]["class_calibration"]
            = floatArray({model.rule.calibration.scale, model.rule.calibration.shift});
    return json::serialize(root, 2);
}

StoredTextModel readTextModelConfig(const std::string &text)
{
    nlohmann::json root;
    try {
        root = json::parse(text);
    } catch (const std::exception &e) {
        fail(e.what());
    }
    try {
        if (!root.is_object())
            fail("the document is not an object");
        if (json::asString(json::at(root, "format"), "format") != kFormat)
            fail("format is not '" + std::string(kFormat) + "'");
        const std::int64_t version = json::asInteger(json::at(root, "version"), "version");
        if (version != kVersion)
            fail("unsupported version " + std::to_string(version));
        StoredTextModel model;
        model.kind = json::asString(json::at(root, "kind"), "kind");
        if (model.kind != "ngram" && model.kind != "linear" && model.kind != "transformer" && model.kind != "ensemble")
            fail("unknown model kind '" + model.kind + "'");
        const nlohmann::json &task = json::at(root, "task");
        model.task.kind = taskKindFromName(json::asString(json::at(task, "kind"), "task.kind"));
        model.task.classLabels = readStrings(json::at(task, "class_labels"), "task.class_labels");
        model.task.spanLabels = readStrings(json::at(task, "span_labels"), "task.span_labels");
        const bool needsClasses = hasClassLabels(model.task.kind);
        const bool needsSpans = hasSpanLabels(model.task.kind);
        if (needsClasses == model.task.classLabels.empty() || needsSpans == model.task.spanLabels.empty())
            fail("the label lists do not fit task kind " + std::string(taskKindName(model.task.kind)));
        if (isSingleChoice(model.task.kind) && model.task.classLabels.size() < 2)
            fail("a single-choice task needs at least two classes");
        const nlohmann::json &decision = json::at(root, "decision");
        model.rule.classThresholds = readThresholds(
            json::at(decision, "class_thresholds"), "decision.class_thresholds", model.task.classLabels.size());
        model.rule.spanThresholds = readThresholds(
            json::at(decision, "span_thresholds"), "decision.span_thresholds", model.task.spanLabels.size());
        const std::int64_t minSpan = json::asInteger(json::at(decision, "min_span_length"), "decision.min_span_length");
        if (minSpan < 0 || minSpan > 1000000)
            fail("decision.min_span_length is out of range");
        model.rule.minSpanLength = int(minSpan);
        // Versions saved before calibration existed have none: the identity.
        if (const auto calibration = decision.find("class_calibration"); calibration != decision.end()) {
            if (!calibration->is_array() || calibration->size() != 2 || !(*calibration)[0].is_number()
                || !(*calibration)[1].is_number())
                fail("decision.class_calibration must be [scale, shift]");
            const double scale = (*calibration)[0].get<double>(), shift = (*calibration)[1].get<double>();
            if (!(scale > 0 && scale < 1000) || !(std::abs(shift) < 1000))
                fail("decision.class_calibration is out of range");
            model.rule.calibration = PlattScaling{float(scale), float(shift)};
        }
        for (const auto &[key, value] : json::asObject(json::at(root, "architecture"), "architecture"))
            model.architecture[key] = long(json::asInteger(value, "architecture." + key));
        for (const auto &[key, value] : json::asObject(root, "the document"))
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
