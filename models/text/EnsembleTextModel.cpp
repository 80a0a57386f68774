#include "models/text/EnsembleTextModel.h"

#include <algorithm>
#include <stdexcept>

namespace candor::models {

namespace {

constexpr const char *kMemberPrefix = "member_";

class EnsembleTextModel final : public TextModel
{
public:
    // permille: each member's weight in thousandths, in member order; empty: equal weights (stored as 1 each, the
    // form ensembles had before weights were chosen).
    EnsembleTextModel(
        std::vector<std::unique_ptr<RawOutputModel>> members, DecisionRule rule, std::vector<int> permille)
        : m_members(std::move(members))
    {
        if (!permille.empty() && permille.size() != m_members.size())
            throw std::runtime_error("an ensemble needs one weight per member");
        if (m_members.size() < 2)
            throw std::runtime_error("an ensemble needs at least two members");
        m_stored.kind = "ensemble";
        m_stored.task = m_members.front()->task();
        m_stored.rule = std::move(rule);
        for (const auto &member : m_members) {
            const TextTaskDefinition &task = member->task();
            if (task.kind != m_stored.task.kind || task.classLabels != m_stored.task.classLabels
                || task.spanLabels != m_stored.task.spanLabels)
                throw std::runtime_error("ensemble member '" + member->kind() + "' was trained for another task");
            const int weight = permille.empty() ? 1 : permille[m_weights.size()];
            if (weight < 1 || weight > 1000)
                throw std::runtime_error("ensemble member '" + member->kind() + "' has a weight outside 1..1000");
            if (!m_stored.architecture.emplace(kMemberPrefix + member->kind(), weight).second)
                throw std::runtime_error("two ensemble members of kind '" + member->kind() + "'");
            m_weights.push_back(float(weight));
        }
    }

    std::vector<TextPrediction> predict(const std::vector<std::string> &texts) const override
    {
        std::vector<std::vector<RawTextOutput>> outputs;
        for (const auto &member : m_members)
            outputs.push_back(member->rawOutputsFor(texts));
        return m_stored.rule.decideAll(
            m_stored.task, averageRawOutputs(outputs, int(m_stored.task.spanLabels.size()), m_weights));
    }

    std::map<std::string, std::string> save() const override
    {
        std::map<std::string, std::string> files{{"config.json", writeTextModelConfig(m_stored)}};
        for (const auto &member : m_members)
            for (auto &[name, bytes] : member->save())
                files.emplace(member->kind() + "." + name, std::move(bytes));
        return files;
    }

    const TextTaskDefinition &task() const override { return m_stored.task; }
    std::string kind() const override { return "ensemble"; }

private:
    StoredTextModel m_stored;
    std::vector<std::unique_ptr<RawOutputModel>> m_members;
    std::vector<float> m_weights; // member order; averageRawOutputs normalises them
};

// Each code point covered by a token gets that token's probabilities (the larger one where tokens overlap).
void spreadOverCodePoints(
    const RawTextOutput &member, int spanLabels, std::vector<float> &probs, std::vector<char> &covered, float weight)
{
    const int length = int(member.text.size());
    std::vector<float> own(probs.size(), 0.0f);
    for (size_t t = 0; t < member.tokens.size(); ++t) {
        const int start = std::max(0, member.tokens[t].start), end = std::min(length, member.tokens[t].end);
        for (int c = start; c < end; ++c) {
            covered[size_t(c)] = 1;
            for (int l = 0; l < spanLabels; ++l) {
                float &slot = own[size_t(c) * size_t(spanLabels) + size_t(l)];
                slot = std::max(slot, member.tokenProbs[t * size_t(spanLabels) + size_t(l)]);
            }
        }
    }
    for (size_t i = 0; i < probs.size(); ++i)
        probs[i] += weight * own[i];
}

} // namespace

RawTextOutput averageRawOutputs(
    const std::vector<const RawTextOutput *> &members, int spanLabels, const std::vector<float> &weights)
{
    RawTextOutput out;
    if (members.empty())
        return out;
    out.text = members.front()->text;
    if (!weights.empty() && weights.size() != members.size())
        throw std::runtime_error("ensemble: one weight per member is needed");
    float total = 0;
    for (float w : weights)
        total += w;
    const auto weightOf
        = [&](size_t k) { return weights.empty() || total <= 0 ? 1.0f / float(members.size()) : weights[k] / total; };
    for (size_t k = 0; k < members.size(); ++k) {
        const RawTextOutput *m = members[k];
        const float weight = weightOf(k);
        if (m->text != out.text)
            throw std::runtime_error("ensemble members saw different texts");
        if (out.classProbs.empty())
            out.classProbs.assign(m->classProbs.size(), 0.0f);
        if (m->classProbs.size() != out.classProbs.size())
            throw std::runtime_error("ensemble members disagree on the number of classes");
        for (size_t c = 0; c < m->classProbs.size(); ++c)
            out.classProbs[c] += weight * m->classProbs[c];
    }
    if (spanLabels <= 0)
        return out;
    std::vector<float> probs(out.text.size() * size_t(spanLabels), 0.0f);
    std::vector<char> covered(out.text.size(), 0);
    for (size_t k = 0; k < members.size(); ++k)
        spreadOverCodePoints(*members[k], spanLabels, probs, covered, weightOf(k));
    // One "token" per covered code point; the span decoder trims whitespace and merges runs across the gaps.
    for (size_t c = 0; c < covered.size(); ++c) {
        if (!covered[c])
            continue;
        out.tokens.push_back(TokenRange{int(c), int(c) + 1});
        out.tokenProbs.insert(
            out.tokenProbs.end(), probs.begin() + long(c) * spanLabels, probs.begin() + long(c + 1) * spanLabels);
    }
    return out;
}

std::vector<RawTextOutput> averageRawOutputs(
    const std::vector<std::vector<RawTextOutput>> &members, int spanLabels, const std::vector<float> &weights)
{
    std::vector<RawTextOutput> out;
    if (members.empty())
        return out;
    for (const auto &m : members)
        if (m.size() != members.front().size())
            throw std::runtime_error("ensemble members returned different numbers of outputs");
    out.reserve(members.front().size());
    for (size_t i = 0; i < members.front().size(); ++i) {
        std::vector<const RawTextOutput *> row;
        for (const auto &m : members)
            row.push_back(&m[i]);
        out.push_back(averageRawOutputs(row, spanLabels, weights));
    }
    return out;
}

std::unique_ptr<TextModel> makeEnsembleTextModel(
    std::vector<std::unique_ptr<RawOutputModel>> members, DecisionRule rule, std::vector<int> permille)
{
    return std::make_unique<EnsembleTextModel>(std::move(members), std::move(rule), std::move(permille));
}

std::unique_ptr<TextModel> loadEnsembleTextModel(
    const StoredTextModel &stored, const std::map<std::string, std::string> &files, MemberLoader loadMember)
{
    std::map<std::string, std::map<std::string, std::string>> memberFiles;
    std::vector<int> permille; // member (kind) order, as memberFiles iterates
    for (const auto &[key, value] : stored.architecture) {
        if (key.rfind(kMemberPrefix, 0) != 0 || value < 1 || value > 1000)
            throw std::runtime_error(
                "config.json: architecture." + key + " does not name an ensemble member with a weight in 1..1000");
        permille.push_back(int(value));
        const std::string kind = key.substr(std::string(kMemberPrefix).size());
        if (kind != "ngram" && kind != "linear" && kind != "transformer")
            throw std::runtime_error("config.json: unknown ensemble member kind '" + kind + "'");
        memberFiles[kind];
    }
    for (const auto &[name, bytes] : files) {
        if (name == "config.json")
            continue;
        const size_t dot = name.find('.');
        const auto member = dot == std::string::npos ? memberFiles.end() : memberFiles.find(name.substr(0, dot));
        if (member == memberFiles.end())
            throw std::runtime_error("text model: unexpected file '" + name + "' in an ensemble");
        member->second.emplace(name.substr(dot + 1), bytes);
    }
    std::vector<std::unique_ptr<RawOutputModel>> members;
    for (auto &[kind, own] : memberFiles) {
        std::unique_ptr<TextModel> loaded = loadMember(own);
        auto *raw = dynamic_cast<RawOutputModel *>(loaded.get());
        if (!raw || loaded->kind() != kind)
            throw std::runtime_error("text model: ensemble member '" + kind + "' did not load as one");
        loaded.release();
        members.emplace_back(raw);
    }
    auto model = makeEnsembleTextModel(std::move(members), stored.rule, std::move(permille));
    if (model->task().kind != stored.task.kind || model->task().classLabels != stored.task.classLabels
        || model->task().spanLabels != stored.task.spanLabels)
        throw std::runtime_error(
            "text model: the ensemble members were trained for another task than config.json names");
    return model;
}

} // namespace candor::models
