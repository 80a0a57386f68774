#include "models/bundle/BundleJson.h"

#include "core/text/Utf8.h"
#include "models/bundle/BundleFiles.h"
#include "models/bundle/Sha256.h"
#include "models/text/TextTrainConfigFields.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace candor::bundle {

using models::TextTaskKind;
using Json = nlohmann::json;
namespace sj = candor::json;

namespace {

const std::pair<TextTaskKind, const char *> kKinds[]
    = {{TextTaskKind::MultiLabel, "multi-label"}, {TextTaskKind::SpanTagging, "span-tagging"},
        {TextTaskKind::Narrative, "narrative"}, {TextTaskKind::SingleLabel, "single-label"}};

int indexOf(const std::vector<std::string> &labels, const std::string &label, const std::string &what)
{
    const auto it = std::find(labels.begin(), labels.end(), label);
    if (it == labels.end())
        throw std::runtime_error(what + ": '" + label + "' is not a label of the task");
    return int(it - labels.begin());
}

int whole(const Json &value, const std::string &what)
{
    const std::int64_t x = sj::asInteger(value, what);
    if (x < std::numeric_limits<int>::min() || x > std::numeric_limits<int>::max())
        throw std::runtime_error(what + " is out of range");
    return int(x);
}

Json meanSdJson(const models::selection::MeanSd &m)
{
    return {{"mean", m.mean}, {"sd", m.sd}, {"count", m.count}};
}

models::selection::MeanSd meanSdFrom(const Json &object, const std::string &what)
{
    models::selection::MeanSd m;
    m.mean = sj::asDouble(sj::at(object, "mean"), what + ".mean");
    m.sd = sj::asDouble(sj::at(object, "sd"), what + ".sd");
    m.count = whole(sj::at(object, "count"), what + ".count");
    return m;
}

Json metricsJson(const std::map<std::string, double> &metrics)
{
    Json object = Json::object();
    for (const auto &[name, value] : metrics)
        object[name] = value;
    return object;
}

std::map<std::string, double> metricsFrom(const Json &object, const std::string &what)
{
    std::map<std::string, double> metrics;
    for (const auto &[name, value] : sj::asObject(object, what))
        metrics[name] = sj::asDouble(value, what + "." + name);
    return metrics;
}

} // namespace

std::string kindName(TextTaskKind kind)
{
    for (const auto &[k, name] : kKinds)
        if (k == kind)
            return name;
    throw std::logic_error("unknown text task kind");
}

TextTaskKind kindFromName(const std::string &name)
{
    for (const auto &[k, n] : kKinds)
        if (name == n)
            return k;
    throw std::runtime_error(
        "'" + name + "' is not a text task kind (multi-label, span-tagging, narrative, single-label)");
}

std::vector<std::string> stringsFromJson(const Json &array, const std::string &what)
{
    std::vector<std::string> strings;
    for (const Json &value : sj::asArray(array, what))
        strings.push_back(sj::asString(value, what + " item"));
    return strings;
}

void checkFormat(
    const Json &manifest, const std::string &format, int version, const std::string &what, const std::string &elsewhere)
{
    const std::string found = sj::asString(sj::at(manifest, "format"), "format");
    if (found != format)
        throw std::runtime_error("not a " + what + " (format is '" + found + "'; " + elsewhere + ")");
    const std::int64_t foundVersion = sj::asInteger(sj::at(manifest, "format_version"), "format_version");
    if (foundVersion != version)
        throw std::runtime_error("format_version " + std::to_string(foundVersion) + " (this program reads "
            + std::to_string(version) + "; export it again with the same Candor version)");
}

Json fileEntry(const std::string &bytes)
{
    return {{"bytes", bytes.size()}, {"sha256", sha256Hex(bytes)}};
}

std::string checkedFile(const std::string &path, const Json &entry, const std::string &manifestName)
{
    const std::string bytes = readFile(path);
    if (std::int64_t(bytes.size()) != sj::asInteger(sj::at(entry, "bytes"), path + ": bytes"))
        throw std::runtime_error(path + ": " + std::to_string(bytes.size()) + " bytes where " + manifestName
            + " records " + sj::at(entry, "bytes").dump() + " (truncated or changed copy)");
    if (sha256Hex(bytes) != sj::asString(sj::at(entry, "sha256"), path + ": sha256"))
        throw std::runtime_error(path + ": its SHA-256 differs from " + manifestName + "'s (corrupted copy)");
    return bytes;
}

void putDefinition(Json &object, const models::TextTaskDefinition &definition)
{
    object["kind"] = kindName(definition.kind);
    object["class_labels"] = definition.classLabels;
    object["span_labels"] = definition.spanLabels;
}

models::TextTaskDefinition definitionFromJson(const Json &object)
{
    models::TextTaskDefinition definition;
    definition.kind = kindFromName(sj::asString(sj::at(object, "kind"), "kind"));
    definition.classLabels = stringsFromJson(sj::at(object, "class_labels"), "class_labels");
    definition.spanLabels = stringsFromJson(sj::at(object, "span_labels"), "span_labels");
    if (models::hasClassLabels(definition.kind) && definition.classLabels.empty())
        throw std::runtime_error("class_labels: the task needs at least one");
    if (models::hasSpanLabels(definition.kind) && definition.spanLabels.empty())
        throw std::runtime_error("span_labels: the task needs at least one");
    return definition;
}

std::string exampleLine(const models::TextTaskDefinition &task, const models::TextExample &example)
{
    Json line = {{"id", example.id}, {"text", example.text}, {"language", example.language}, {"group", example.group}};
    Json classes = Json::array();
    for (const int c : example.classes)
        classes.push_back(task.classLabels.at(size_t(c)));
    line["classes"] = classes;
    Json spans = Json::array();
    for (const models::CharSpan &s : example.spans)
        spans.push_back({{"label", task.spanLabels.at(size_t(s.label))}, {"start", s.start}, {"end", s.end}});
    line["spans"] = spans;
    return sj::serialize(line);
}

models::TextExample exampleFromJson(const models::TextTaskDefinition &task, const Json &line)
{
    models::TextExample e;
    e.id = sj::asString(sj::at(line, "id"), "id");
    const std::string what = "example '" + e.id + "'";
    e.text = sj::asString(sj::at(line, "text"), what + ": text");
    e.language = sj::asString(sj::at(line, "language"), what + ": language");
    e.group = sj::asString(sj::at(line, "group"), what + ": group");
    for (const Json &c : sj::asArray(sj::at(line, "classes"), what + ": classes"))
        e.classes.push_back(indexOf(task.classLabels, sj::asString(c, what + ": class"), what));
    if (models::isSingleChoice(task.kind) && e.classes.size() != 1)
        throw std::runtime_error(what + ": a " + kindName(task.kind) + " example has exactly one class, found "
            + std::to_string(e.classes.size()));
    const long length = long(text::decodeUtf8(e.text).size());
    for (const Json &s : sj::asArray(sj::at(line, "spans"), what + ": spans")) {
        models::CharSpan span;
        span.label = indexOf(task.spanLabels, sj::asString(sj::at(s, "label"), what + ": span label"), what);
        span.start = whole(sj::at(s, "start"), what + ": span start");
        span.end = whole(sj::at(s, "end"), what + ": span end");
        if (span.start < 0 || span.end <= span.start || span.end > length)
            throw std::runtime_error(what + ": span [" + std::to_string(span.start) + ", " + std::to_string(span.end)
                + ") is not inside its text of " + std::to_string(length) + " code points");
        e.spans.push_back(span);
    }
    return e;
}

Json configToJson(const models::TextTrainConfig &config)
{
    Json object = Json::object();
#define CANDOR_PUT_FIELD(kind, member) object[#member] = config.member;
    CANDOR_TEXT_TRAIN_CONFIG_FIELDS(CANDOR_PUT_FIELD)
#undef CANDOR_PUT_FIELD
    return object;
}

models::TextTrainConfig configFromJson(const Json &object)
{
    models::TextTrainConfig config;
    for (const auto &[key, value] : sj::asObject(object, "config")) {
        const std::string what = "config." + key;
        bool known = false;
#define CANDOR_READ_WHOLE(member) config.member = decltype(config.member)(sj::asInteger(value, what))
#define CANDOR_READ_NUMBER(member) config.member = sj::asDouble(value, what)
#define CANDOR_READ_FLAG(member) config.member = sj::asBool(value, what)
#define CANDOR_READ_FIELD(kind, member)                                                                                \
    if (key == #member) {                                                                                              \
        CANDOR_READ_##kind(member);                                                                                    \
        known = true;                                                                                                  \
    }
        CANDOR_TEXT_TRAIN_CONFIG_FIELDS(CANDOR_READ_FIELD)
#undef CANDOR_READ_FIELD
#undef CANDOR_READ_FLAG
#undef CANDOR_READ_NUMBER
#undef CANDOR_READ_WHOLE
        if (!known)
            throw std::runtime_error(what + ": not a training setting");
    }
    return config;
}

Json reportToJson(const models::TrainReport &report)
{
    Json candidates = Json::object();
    for (const auto &[name, c] : report.candidates) {
        Json cv = Json::object();
        for (const auto &[metric, value] : c.cv)
            cv[metric] = meanSdJson(value);
        Json weights = Json::object();
        for (const auto &[member, weight] : c.weights)
            weights[member] = weight;
        candidates[name] = {{"cv", cv}, {"epoch", c.epoch}, {"dropped", c.dropped}, {"weights", weights}};
    }
    const models::LeadOverConstant &k = report.constant;
    const Json constant = {{"metric", k.metric}, {"answer", k.answer}, {"constant", meanSdJson(k.constant)},
        {"lead", {{"estimate", k.lead.estimate}, {"low", k.lead.low}, {"high", k.lead.high}, {"level", k.lead.level}}}};
    return {{"chosen", report.chosen}, {"folds", report.folds}, {"candidates", candidates}, {"constant", constant},
        {"dev", metricsJson(report.dev)}, {"seconds", report.seconds}};
}

models::TrainReport reportFromJson(const Json &object)
{
    models::TrainReport report;
    report.chosen = sj::asString(sj::at(object, "chosen"), "report.chosen");
    report.folds = whole(sj::at(object, "folds"), "report.folds");
    report.seconds = sj::asDouble(sj::at(object, "seconds"), "report.seconds");
    report.dev = metricsFrom(sj::at(object, "dev"), "report.dev");
    for (const auto &[name, value] : sj::asObject(sj::at(object, "candidates"), "report.candidates")) {
        const std::string what = "report.candidates." + name;
        models::CandidateReport c;
        for (const auto &[metric, m] : sj::asObject(sj::at(value, "cv"), what + ".cv"))
            c.cv[metric] = meanSdFrom(m, what + ".cv." + metric);
        c.epoch = whole(sj::at(value, "epoch"), what + ".epoch");
        c.dropped = sj::asString(sj::at(value, "dropped"), what + ".dropped");
        for (const auto &[member, weight] : sj::asObject(sj::at(value, "weights"), what + ".weights"))
            c.weights[member] = whole(weight, what + ".weights." + member);
        report.candidates[name] = c;
    }
    const Json &constant = sj::at(object, "constant");
    report.constant.metric = sj::asString(sj::at(constant, "metric"), "report.constant.metric");
    report.constant.answer = stringsFromJson(sj::at(constant, "answer"), "report.constant.answer");
    report.constant.constant = meanSdFrom(sj::at(constant, "constant"), "report.constant.constant");
    const Json &lead = sj::at(constant, "lead");
    report.constant.lead.estimate = sj::asDouble(sj::at(lead, "estimate"), "report.constant.lead.estimate");
    report.constant.lead.low = sj::asDouble(sj::at(lead, "low"), "report.constant.lead.low");
    report.constant.lead.high = sj::asDouble(sj::at(lead, "high"), "report.constant.lead.high");
    report.constant.lead.level = sj::asDouble(sj::at(lead, "level"), "report.constant.lead.level");
    return report;
}

} // namespace candor::bundle
