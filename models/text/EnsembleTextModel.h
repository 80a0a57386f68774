#pragma once

// The ensemble candidate: the mean of the n-gram and transformer candidates' probabilities, with its own decision
// rule tuned on dev like every candidate. Class probabilities are averaged per label; token probabilities cannot be
// averaged per token (the members tokenize differently), so each member's token probability is spread over the code
// points of its token and the average is taken per code point; spans are decoded from those code points.
// Saved as config.json (kind "ensemble") plus every member's files under the prefix "<member kind>.".

#include "models/text/RawOutputModel.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace candor::models {

// The per-text average of the members' outputs (all of the same text).
RawTextOutput averageRawOutputs(const std::vector<const RawTextOutput *> &members, int spanLabels);
std::vector<RawTextOutput> averageRawOutputs(const std::vector<std::vector<RawTextOutput>> &members, int spanLabels);

// Takes the trained members (distinct kinds) and the rule tuned on their averaged dev outputs.
std::unique_ptr<TextModel> makeEnsembleTextModel(
    std::vector<std::unique_ptr<RawOutputModel>> members, DecisionRule rule);

// `stored` comes from a validated config.json of kind "ensemble"; `files` are all the files of the saved model.
// `loadMember` loads one member from its own (un-prefixed) files.
using MemberLoader = std::unique_ptr<TextModel> (*)(const std::map<std::string, std::string> &files);
std::unique_ptr<TextModel> loadEnsembleTextModel(
    const StoredTextModel &stored, const std::map<std::string, std::string> &files, MemberLoader loadMember);

} // namespace candor::models
