#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace candor::metrics {

// UNITE-FND's translation-quality metrics (paper 004, section 4) for one image's text description, adapted to a
// description built without a vision-language model (core/image/ImageDescription):
// - IPR = 1 - exp(-5 s) and MTE = 0.7 s + 0.3 Cr, where s = (cos(P_I, P_T) + 1) / 2 is the cosine of the image
//   features and the text embedding after Xavier-initialised linear projections into d = min(dim I, dim T), and
//   Cr = min(σ_I, σ_T) / max(σ_I, σ_T) of the projections' values, each projection scaled to unit length. The paper
//   leaves the projections untrained, so s stays near 0.5 and IPR near 0.918, MTE near 0.65 for any description (its
//   Table 1 shows exactly that); the projections here are seeded, so the figures repeat.
// - SCS = 0.3 L + 0.4 S + 0.3 C over the description's objects: L = min(|O| / 10, 1); S = the share of objects
//   that are not generic (WordNet depth at least `genericDepth`); C = the share named by more than one word.
// - ISS = mean over the object terms of WordNet depth / 20 (the paper's D_max). The paper averages every content
//   word of a VLM's prose; a structured description has no prose, so its object terms are the content words.
// - SIR = |sentences| / 5 (the paper's text-technique form; it can exceed 1).
// - CIQS = the geometric mean of the five.
struct DescribedObject
{
    std::string name;
    int wordnetDepth = 0; // 0: unknown to WordNet
};

struct DescriptionQualityInput
{
    std::vector<float> imageFeatures; // e.g. the backbone's pooled features
    std::vector<float> textEmbedding; // e.g. hashedTextEmbedding(description)
    std::vector<DescribedObject> objects;
    int sentences = 0;
};

struct DescriptionQuality
{
    double ipr = 0;
    double scs = 0;
    double iss = 0;
    double sir = 0;
    double mte = 0;
    double ciqs = 0;
};

// WordNet depth below which a term is generic: entity 0, physical entity 1, object 2, whole 3, artifact and living
// thing 4. (The ImageNet class names are specific by design: 24 of the 1000 are at depth 4 or 5, "cliff", "seashore".)
constexpr int kGenericDepth = 5;
constexpr double kMaxWordNetDepth = 20.0;

// Throws std::invalid_argument when either vector is empty.
DescriptionQuality descriptionQuality(const DescriptionQualityInput &input, std::uint64_t projectionSeed = 2025);

// A bag-of-words embedding of `text` (UTF-8): lower-cased ASCII letters and digits and every non-ASCII byte form
// words, each counted in one of `dimensions` buckets by its FNV-1a hash; L2-normalised (all zero for no words).
std::vector<float> hashedTextEmbedding(const std::string &text, int dimensions = 512);

} // namespace candor::metrics
