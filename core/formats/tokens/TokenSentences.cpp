#include "core/formats/tokens/TokenSentences.h"

#include "core/text/CodePoints.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace candor::tokens {

namespace {

enum class Kind { Space, LineBreak, Word, Own };

char32_t firstCodePoint(const QString &text, qsizetype at)
{
    if (QChar::isHighSurrogate(text.at(at).unicode()) && at + 1 < text.size()
        && QChar::isLowSurrogate(text.at(at + 1).unicode()))
        return QChar::surrogateToUcs4(text.at(at), text.at(at + 1));
    return text.at(at).unicode();
}

Kind kindOf(char32_t c)
{
    if (c == U'\n' || c == U'\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029)
        return Kind::LineBreak;
    if (QChar::isSpace(c))
        return Kind::Space;
    if ((QChar::isLetterOrNumber(c) || QChar::isMark(c)) && QChar::script(c) != QChar::Script_Han)
        return Kind::Word;
    return Kind::Own;
}

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == 0x2019;
}

struct Cluster
{
    int start; // code points
    int end;
    Kind kind;
    char32_t first;
};

QList<Cluster> clustersOf(const QString &text)
{
    const CodePointMap codePoints(text);
    QList<Cluster> clusters;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype to = finder.toNextBoundary();
        if (to <= from)
            to = text.size();
        const char32_t first = firstCodePoint(text, from);
        clusters.append({codePoints.toCodePoint(from), codePoints.toCodePoint(to - 1) + 1, kindOf(first), first});
        from = to;
    }
    // An apostrophe between two word clusters belongs to the word.
    for (qsizetype i = 1; i + 1 < clusters.size(); ++i)
        if (clusters[i].kind == Kind::Own && isApostrophe(clusters[i].first) && clusters[i - 1].kind == Kind::Word
            && clusters[i + 1].kind == Kind::Word)
            clusters[i].kind = Kind::Word;
    return clusters;
}

// Splits every token that has a cut strictly inside it.
Sentence cutAt(const Sentence &sentence, const QList<int> &sortedCuts)
{
    Sentence result;
    for (Token token : sentence) {
        auto cut = std::upper_bound(sortedCuts.begin(), sortedCuts.end(), token.start);
        for (; cut != sortedCuts.end() && *cut < token.end; ++cut) {
            result.append({token.start, *cut});
            token.start = *cut;
        }
        result.append(token);
    }
    return result;
}

} // namespace

QList<Sentence> tokenise(const QString &text, QList<int> cuts)
{
    std::sort(cuts.begin(), cuts.end());
    QList<Sentence> sentences;
    Sentence current;
    int lineBreaks = 0; // since the last token: two end the paragraph
    bool inWord = false;
    for (const Cluster &cluster : clustersOf(text)) {
        if (cluster.kind == Kind::LineBreak || cluster.kind == Kind::Space) {
            inWord = false;
            // "\r\n" is one grapheme cluster: one line break.
            if (cluster.kind == Kind::LineBreak && ++lineBreaks == 2 && !current.isEmpty()) {
                sentences.append(cutAt(current, cuts));
                current.clear();
            }
            continue;
        }
        lineBreaks = 0;
        if (cluster.kind == Kind::Word && inWord)
            current.last().end = cluster.end;
        else
            current.append({cluster.start, cluster.end});
        inWord = cluster.kind == Kind::Word;
    }
    if (!current.isEmpty())
        sentences.append(cutAt(current, cuts));
    return sentences;
}

QList<Token> flatten(const QList<Sentence> &sentences)
{
    QList<Token> tokens;
    for (const Sentence &sentence : sentences)
        tokens.append(sentence);
    return tokens;
}

QPair<int, int> tokensCovering(const QList<Token> &tokens, int start, int end)
{
    // Tokens are ordered and disjoint: the first one ending after `start`, the last one starting before `end`.
    const auto first = std::partition_point(
        tokens.begin(), tokens.end(), [start](const Token &token) { return token.end <= start; });
    const auto last
        = std::partition_point(tokens.begin(), tokens.end(), [end](const Token &token) { return token.start < end; });
    if (first == tokens.end() || first >= last)
        return {-1, -1};
    return {int(first - tokens.begin()), int(last - tokens.begin()) - 1};
}

} // namespace candor::tokens
