#include "core/metrics/DescriptionQuality.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numeric>
#include <random>
#include <stdexcept>

namespace candor::metrics {

namespace {

// x (n values) times a Xavier-uniform n x d matrix drawn from `rng`: U(-a, a) with a = sqrt(6 / (n + d)).
std::vector<double> xavierProjection(const std::vector<float> &x, size_t d, std::mt19937_64 &rng)
{
    const double bound = std::sqrt(6.0 / double(x.size() + d));
    // Drawn from the engine's bits directly: std::uniform_real_distribution is implementation-defined, and the
    // figures must repeat on every standard library.
    const auto weight = [&] { return (double(rng() >> 11) * 0x1.0p-53 * 2.0 - 1.0) * bound; };
    std::vector<double> out(d, 0.0);
    for (const float value : x)
        for (size_t j = 0; j < d; ++j)
            out[j] += double(value) * weight();
    return out;
}

std::vector<double> unitLength(std::vector<double> v)
{
    const double norm = std::sqrt(std::inner_product(v.begin(), v.end(), v.begin(), 0.0));
    if (norm > 0)
        for (double &x : v)
            x /= norm;
    return v;
}

double cosine(const std::vector<double> &a, const std::vector<double> &b)
{
    const double dot = std::inner_product(a.begin(), a.end(), b.begin(), 0.0);
    const double na = std::sqrt(std::inner_product(a.begin(), a.end(), a.begin(), 0.0));
    const double nb = std::sqrt(std::inner_product(b.begin(), b.end(), b.begin(), 0.0));
    return na > 0 && nb > 0 ? dot / (na * nb) : 0.0;
}

double standardDeviation(const std::vector<double> &values)
{
    const double mean = std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    double sum = 0;
    for (const double v : values)
        sum += (v - mean) * (v - mean);
    return std::sqrt(sum / double(values.size()));
}

bool isMultiWord(const std::string &name)
{
    return name.find(' ') != std::string::npos || name.find('-') != std::string::npos;
}

} // namespace

DescriptionQuality descriptionQuality(const DescriptionQualityInput &input, std::uint64_t projectionSeed)
{
    if (input.imageFeatures.empty() || input.textEmbedding.empty())
        throw std::invalid_argument("description quality needs image features and a text embedding");
    DescriptionQuality q;

    const size_t d = std::min(input.imageFeatures.size(), input.textEmbedding.size());
    std::mt19937_64 rng(projectionSeed);
    // "Normalized projections": unit length, so the spread compares shapes, not the inputs' scales.
    const std::vector<double> projectedImage = unitLength(xavierProjection(input.imageFeatures, d, rng));
    const std::vector<double> projectedText = unitLength(xavierProjection(input.textEmbedding, d, rng));
    const double s = (cosine(projectedImage, projectedText) + 1.0) / 2.0;
    const double sdImage = standardDeviation(projectedImage);
    const double sdText = standardDeviation(projectedText);
    const double complexityRatio
        = std::max(sdImage, sdText) > 0 ? std::min(sdImage, sdText) / std::max(sdImage, sdText) : 0.0;
    q.ipr = 1.0 - std::exp(-5.0 * s);
    q.mte = 0.7 * s + 0.3 * complexityRatio;

    const size_t objects = input.objects.size();
    if (objects > 0) {
        const auto specific = std::count_if(input.objects.begin(), input.objects.end(),
            [](const DescribedObject &o) { return o.wordnetDepth >= kGenericDepth; });
        const auto multiWord = std::count_if(
            input.objects.begin(), input.objects.end(), [](const DescribedObject &o) { return isMultiWord(o.name); });
        const double l = std::min(double(objects) / 10.0, 1.0);
        q.scs = 0.3 * l + 0.4 * double(specific) / double(objects) + 0.3 * double(multiWord) / double(objects);
        double depths = 0;
        for (const DescribedObject &o : input.objects)
            depths += std::min(double(o.wordnetDepth), kMaxWordNetDepth) / kMaxWordNetDepth;
        q.iss = depths / double(objects);
    }
    q.sir = double(std::max(input.sentences, 0)) / 5.0;
    q.ciqs = std::pow(q.ipr * q.scs * q.iss * q.sir * q.mte, 1.0 / 5.0);
    return q;
}

std::vector<float> hashedTextEmbedding(const std::string &text, int dimensions)
{
    if (dimensions <= 0)
        throw std::invalid_argument("an embedding needs at least one dimension");
    std::vector<float> embedding(size_t(dimensions), 0.0f);
    std::uint64_t hash = 0;
    bool inWord = false;
    const auto flush = [&] {
        if (inWord)
            embedding[size_t(hash % std::uint64_t(dimensions))] += 1.0f;
        inWord = false;
    };
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 || std::isalnum(byte)) {
            if (!inWord)
                hash = 14695981039346656037ULL; // FNV-1a offset basis
            inWord = true;
            hash = (hash ^ std::uint64_t(byte < 0x80 ? std::tolower(byte) : byte)) * 1099511628211ULL;
        } else {
            flush();
        }
    }
    flush();
    double norm = 0;
    for (const float v : embedding)
        norm += double(v) * v;
    if (norm > 0)
        for (float &v : embedding)
            v = float(double(v) / std::sqrt(norm));
    return embedding;
}

} // namespace candor::metrics
