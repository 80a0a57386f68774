#include "models/text/EnsembleTextModel.h"

#include <algorithm>
#include <stdexcept>

namespace candor::models {

namespace {

constexpr const char *kMemberPrefix = "member_";

class EnsembleTextModel final : public TextModel
{
public:
    EnsembleTextModel(std::vector<std::unique_ptr<RawOutputModel>> members, DecisionRule rule)
        : m_members(std::move(members))
    {
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
            if (!m_stored.architecture.emplace(kMemberPrefix + member->kind(), 1).second)
                throw std::runtime_error("two ensemble members of kind '" + member->kind() + "'");
        }
    }

    std::vector<TextPrediction> predict(const std::vector<std::string> &texts) const override
    {
        std::vector<std::vector<RawTextOutput>> outputs;
        for (const auto &member : m_members)
            outputs.push_back(member->rawOutputsFor(texts));
        return m_stored.rule.decideAll(m_stored.task, averageRawOutputs(outputs, int(m_stored.task.spanLabels.size())));
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

RawTextOutput averageRawOutputs(const std::vector<const RawTextOutput *> &members, int spanLabels)
{
    RawTextOutput out;
    if (members.empty())
        return out;
    out.text = members.front()->text;
    const float weight = 1.0f / float(members.size());
    for (const RawTextOutput *m : members) {
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
    for (const RawTextOutput *m : members)
        spreadOverCodePoints(*m, spanLabels, probs, covered, weight);
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

std::vector<RawTextOutput> averageRawOutputs(const std::vector<std::vector<RawTextOutput>> &members, int spanLabels)
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
        out.push_back(averageRawOutputs(row, spanLabels));
    }
    return out;
}

std::unique_ptr<TextModel> makeEnsembleTextModel(
    std::vector<std::unique_ptr<RawOutputModel>> members, DecisionRule rule)
{
    return std::make_unique<EnsembleTextModel>(std::move(members), std::move(rule));
}

std::unique_ptr<TextModel> loadEnsembleTextModel(
    const StoredTextModel &stored, const std::map<std::string, std::string> &files, MemberLoader loadMember)
{
    std::map<std::string, std::map<std::string, std::string>> memberFiles;
    for (const auto &[key, value] : stored.architecture) {
        if (key.rfind(kMemberPrefix, 0) != 0 || value != 1)
            throw std::runtime_error("config.json: architecture." + key + " does not name an ensemble member");
        const std::string kind = key.substr(std::string(kMemberPrefix).size());
        if (kind != "ngram" && kind != "transformer")
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
    auto model = makeEnsembleTextModel(std::move(members), stored.rule);
    if (model->task().kind != stored.task.kind || model->task().classLabels != stored.task.classLabels
        || model->task().spanLabels != stored.task.spanLabels)
        throw std::runtime_error(
            "text model: the ensemble members were trained for another task than config.json names");
    return model;
}

} // namespace candor::models
