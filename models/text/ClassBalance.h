#pragma once

// Class weights for the single-label class head (Narrative): N / (classes x count of the class) over the training
// examples, so each class weighs as much in the loss as the others. Decided on the training data alone (no dev).

#include "models/text/TextModel.h"

#include <vector>

namespace candor::models {

inline std::vector<float> balancedClassWeights(const TextTaskDefinition &task, const std::vector<TextExample> &train)
{
    const size_t classes = task.classLabels.size();
    std::vector<double> counts(classes, 0.0);
    double total = 0;
    for (const TextExample &e : train)
        for (int c : e.classes)
            if (c >= 0 && size_t(c) < classes) {
                counts[size_t(c)] += 1;
                total += 1;
            }
    std::vector<float> weights(classes, 1.0f);
    for (size_t c = 0; c < classes; ++c)
        if (counts[c] > 0)
            weights[c] = float(total / (double(classes) * counts[c]));
    return weights;
}

} // namespace candor::models
