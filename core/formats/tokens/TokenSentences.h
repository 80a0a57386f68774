#pragma once

#include <QList>
#include <QString>

namespace candor::tokens {

// A token of an item's text: [start, end) in code points.
struct Token
{
    int start = 0;
    int end = 0;
    bool operator==(const Token &other) const { return start == other.start && end == other.end; }
};
using Sentence = QList<Token>;

// Cuts a text into the tokens the token-based formats (CoNLL BIO, WebAnno TSV) need, without a language model:
//  - a run of letters, digits and marks is a word ("don't" and "l'homme" stay one: an apostrophe between letters
//    joins), except Han ideographs, which are a token each (Chinese has no spaces; BERT cuts them so too);
//  - every other visible character is a token of its own, a whole grapheme cluster at a time, so an emoji ZWJ
//    sequence ("👨‍👩‍👧"), a flag or a letter with its combining accents is never cut apart;
//  - a sentence is a paragraph: an empty line ends one. Single line breaks (a meme's lines) stay inside, because
//    persuasion spans run across them.
// Every offset in `cuts` (code points) also becomes a token edge: a span's start and end fall on token edges, so
// a span written over tokens keeps exactly its offsets.
QList<Sentence> tokenise(const QString &text, QList<int> cuts = {});

// The first and last token (indices into the tokens of all sentences, in order) of [start, end); {-1, -1} when it
// covers no token (only white space).
QPair<int, int> tokensCovering(const QList<Token> &tokens, int start, int end);

// All tokens of all sentences, in order.
QList<Token> flatten(const QList<Sentence> &sentences);

} // namespace candor::tokens
