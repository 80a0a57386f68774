#pragma once

// The ensemble candidate: the weighted mean of the n-gram and transformer candidates' probabilities (weights chosen
// by cross-validation on out-of-fold outputs), with its own decision rule fitted like every candidate's. Class
// probabilities are averaged per label; token probabilities cannot be averaged per token (the members tokenize
// differently), so each member's token probability is spread over the code points of its token and the average is taken
// per code point; spans are decoded from those code points. Saved as config.json (kind "ensemble") plus every member's
// files under the prefix "<member kind>.".

#include "models/text/RawOutputModel.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace candor::models {

// The per-text weighted mean of the members' outputs (all of the same text); weights in member order, normalised
// to sum 1; empty: equal.
RawTextOutput averageRawOutputs(
    const std::vector<const RawTextOutput *> &members, int spanLabels, const std::vector<float> &weights = {});
std::vector<RawTextOutput> averageRawOutputs(
    const std::vector<std::vector<RawTextOutput>> &members, int spanLabels, const std::vector<float> &weights = {});

// Takes the trained members (distinct kinds, in kind order: "ngram" before "transformer"), the rule fitted on their
// averaged out-of-fold outputs and each member's weight in thousandths (empty: equal). The weights are saved as
// the config's architecture.member_<kind> values (1 each for an equal-weight ensemble).
std::unique_ptr<TextModel> makeEnsembleTextModel(
    std::vector<std::unique_ptr<RawOutputModel>> members, DecisionRule rule, std::vector<int> permille = {});

// `stored` comes from a validated config.json of kind "ensemble"; `files` are all the files of the saved model.
// `loadMember` loads one member from its own (un-prefixed) files.
using MemberLoader = std::unique_ptr<TextModel> (*)(const std::map<std::string, std::string> &files);
std::unique_ptr<TextModel> loadEnsembleTextModel(
    const StoredTextModel &stored, const std::map<std::string, std::string> &files, MemberLoader loadMember);

} // namespace candor::models
