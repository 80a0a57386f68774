#pragma once

// A trained candidate whose undecided outputs (probability per class, per token and span label) can be read before
// the decision rule: what the ensemble averages. Both the n-gram and the transformer candidate are one.

#include "models/text/TextDecisions.h"
#include "models/text/TextModel.h"
#include "models/text/TextModelConfig.h"

#include <string>
#include <vector>

namespace candor::models {

class RawOutputModel : public TextModel
{
public:
    virtual std::vector<RawTextOutput> rawOutputsFor(const std::vector<std::string> &texts) const = 0;
    virtual const StoredTextModel &storedModel() const = 0;
    // The thresholds selection settled on (trainers leave the defaults).
    virtual void setDecisionRule(DecisionRule rule) = 0;
};

} // namespace candor::models
