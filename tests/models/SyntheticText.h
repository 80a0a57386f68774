#pragma once

// Tiny seeded synthetic text tasks that a working model must learn: a label is present when its keyword occurs,
// a span covers the keyword's characters, the narrative (single-label) class follows a cue word. Shared by the models
// tests.

#include "models/text/TextModel.h"

#include <random>
#include <string>
#include <vector>

namespace candor::testing {

inline const std::vector<std::string> &fillerWords()
{
    static const std::vector<std::string> words = {"the", "people", "said", "today", "city", "news", "about", "water",
        "river", "green", "house", "blue", "more", "than", "ever", "light", "morning", "train", "story", "garden",
        "window", "paper", "street", "music"};
    return words;
}

// Keywords of labels 0..2 (one of them multi-word, one with an accent).
inline const std::vector<std::string> &keywords()
{
    static const std::vector<std::string> words = {"liars", "fear them all", "traición"};
    return words;
}

inline models::TextTaskDefinition syntheticTask(models::TextTaskKind kind)
{
    models::TextTaskDefinition task;
    task.kind = kind;
    if (kind == models::TextTaskKind::MultiLabel)
        task.classLabels = {"Liars", "Fear", "Betrayal"};
    if (kind == models::TextTaskKind::Narrative)
        task.classLabels = {"CONSPIRACY", "CRITICAL"};
    if (kind == models::TextTaskKind::SingleLabel)
        task.classLabels = {"fake", "real"};
    if (models::hasSpanLabels(kind))
        task.spanLabels = {"Liars", "Fear", "Betrayal"};
    return task;
}

// Each text: 6-14 filler words with 0-2 keywords at random places. Offsets in code points.
inline std::vector<models::TextExample> syntheticExamples(models::TextTaskKind kind, int count, unsigned seed)
{
    std::mt19937 random(seed);
    std::vector<models::TextExample> out;
    for (int n = 0; n < count; ++n) {
        models::TextExample e;
        e.id = "ex" + std::to_string(n);
        const int words = 6 + int(random() % 9);
        std::vector<int> labelAt(size_t(words), -1);
        const int keywordCount = int(random() % 3);
        for (int k = 0; k < keywordCount; ++k)
            labelAt[random() % size_t(words)] = int(random() % 3);
        const bool conspiracy = random() % 2 == 0;
        int codePoints = 0;
        auto append = [&](const std::string &word, int codePointLength) {
            if (!e.text.empty()) {
                e.text += ' ';
                ++codePoints;
            }
            e.text += word;
            codePoints += codePointLength;
        };
        if (models::isSingleChoice(kind))
            append(conspiracy ? "they hide" : "we question", conspiracy ? 9 : 11);
        for (int w = 0; w < words; ++w) {
            if (labelAt[size_t(w)] >= 0) {
                const int label = labelAt[size_t(w)];
                const std::string &word = keywords()[size_t(label)];
                const int length = label == 2 ? 8 : int(word.size()); // "traición": 8 code points, 9 bytes
                append(word, length);
                e.spans.push_back(models::CharSpan{label, codePoints - length, codePoints, 1.0f});
                if (std::find(e.classes.begin(), e.classes.end(), label) == e.classes.end()
                    && kind == models::TextTaskKind::MultiLabel)
                    e.classes.push_back(label);
            } else {
                const std::string &word = fillerWords()[random() % fillerWords().size()];
                append(word, int(word.size()));
            }
        }
        if (!models::hasSpanLabels(kind))
            e.spans.clear();
        if (models::isSingleChoice(kind))
            e.classes = {conspiracy ? 0 : 1};
        out.push_back(std::move(e));
    }
    return out;
}

inline std::vector<std::string> textsOf(const std::vector<models::TextExample> &examples)
{
    std::vector<std::string> out;
    for (const auto &e : examples)
        out.push_back(e.text);
    return out;
}

} // namespace candor::testing
