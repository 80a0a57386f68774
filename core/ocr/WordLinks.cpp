#include "core/ocr/WordLinks.h"

#include <algorithm>
#include <vector>

namespace candor {

namespace {

struct TextWord
{
    QString normalised;
    int start = 0; // code points of the first and one past the last letter or digit
    int end = 0;
};

QString normalised(const QString &word)
{
    QString out;
    for (const char32_t c : word.toUcs4())
        if (QChar::isLetterOrNumber(c))
            out += QString::fromUcs4(std::u32string(1, QChar::toCaseFolded(c)).data(), 1);
    return out;
}

// Whitespace-separated words of `text` with their letter/digit core in code points (toUcs4 counts a lone
// surrogate as one code point, as CodePointMap does).
std::vector<TextWord> textWords(const QString &text)
{
    const QList<uint> points = text.toUcs4();
    std::vector<TextWord> out;
    int i = 0;
    while (i < points.size()) {
        while (i < points.size() && QChar::isSpace(points[i]))
            ++i;
        TextWord word;
        word.start = -1;
        while (i < points.size() && !QChar::isSpace(points[i])) {
            if (QChar::isLetterOrNumber(points[i])) {
                if (word.start < 0)
                    word.start = i;
                word.end = i + 1;
                word.normalised
                    += QString::fromUcs4(std::u32string(1, QChar::toCaseFolded(char32_t(points[i]))).data(), 1);
            }
            ++i;
        }
        if (word.start >= 0)
            out.push_back(word);
    }
    return out;
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(size_t(b.size()) + 1), current(size_t(b.size()) + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[size_t(j)] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            current[size_t(j)] = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1,
                previous[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(previous, current);
    }
    return previous[size_t(b.size())];
}

// 3 for the same word, 2 for an OCR slip (one edit per four letters, words of three letters or more), else 0.
int matchScore(const QString &ocr, const QString &text)
{
    if (ocr.isEmpty() || text.isEmpty())
        return 0;
    if (ocr == text)
        return 3;
    const int shorter = int(std::min(ocr.size(), text.size()));
    if (shorter < 3 || std::abs(int(ocr.size() - text.size())) > 1)
        return 0;
    return editDistance(ocr, text) <= std::max(1, shorter / 4) ? 2 : 0;
}

} // namespace

QList<OcrWord> linkWordsToText(const QList<OcrWord> &words, const QString &text)
{
    const std::vector<TextWord> target = textWords(text);
    std::vector<QString> source;
    source.reserve(size_t(words.size()));
    for (const OcrWord &word : words)
        source.push_back(normalised(word.text));
    const size_t n = source.size();
    const size_t m = target.size();
    // Weighted longest common subsequence: best[i][j] is the best score of the first i OCR words against the
    // first j text words; skipping a word on either side costs nothing.
    std::vector<std::vector<int>> best(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = 1; i <= n; ++i)
        for (size_t j = 1; j <= m; ++j) {
            const int score = matchScore(source[i - 1], target[j - 1].normalised);
            best[i][j] = std::max({best[i - 1][j], best[i][j - 1], score > 0 ? best[i - 1][j - 1] + score : 0});
        }
    QList<OcrWord> linked;
    size_t i = n;
    size_t j = m;
    // Walking back, skipping a later text word wins ties, so a repeated word links to its first place.
    while (i > 0 && j > 0) {
        const int score = matchScore(source[i - 1], target[j - 1].normalised);
        if (best[i][j] == best[i][j - 1]) {
            --j;
        } else if (score > 0 && best[i][j] == best[i - 1][j - 1] + score) {
            OcrWord word = words[int(i - 1)];
            word.start = target[j - 1].start;
            word.end = target[j - 1].end;
            linked.prepend(word);
            --i;
            --j;
        } else {
            --i;
        }
    }
    return linked;
}

std::optional<QPair<int, int>> spanOfRegion(const QList<OcrWord> &words, const QRect &region)
{
    std::optional<QPair<int, int>> span;
    for (const OcrWord &word : words) {
        if (!word.box.intersects(region))
            continue;
        if (!span)
            span = QPair<int, int>(word.start, word.end);
        span->first = std::min(span->first, word.start);
        span->second = std::max(span->second, word.end);
    }
    return span;
}

} // namespace candor
