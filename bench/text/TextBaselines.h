#pragma once

#include "models/text/TextModel.h"

#include <vector>

namespace candor::bench {

// The two reference points every dev result is printed next to, both fitted on the training examples only.
//  random: each label drawn independently with its training frequency (narrative: the class drawn with the class
//          prior); spans: per label, with the label's document frequency, one span of the label's mean training
//          length at a uniformly random place. Seeded.
//  prior:  the k most frequent labels for every item, k = the mean number of labels per training item rounded
//          (at least 1); narrative: the majority class; spans: the whole text for every label present in at least
//          half of the training texts, else for the most frequent label.
std::vector<models::TextExample> randomBaseline(const models::TextTaskDefinition &task,
    const std::vector<models::TextExample> &train, const std::vector<models::TextExample> &dev, unsigned seed = 13);
std::vector<models::TextExample> priorBaseline(const models::TextTaskDefinition &task,
    const std::vector<models::TextExample> &train, const std::vector<models::TextExample> &dev);

} // namespace candor::bench
