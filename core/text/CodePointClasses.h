#pragma once

// Character classes the engine's tokenisation needs, over code points and without ICU or Qt: whitespace, word
// characters and a simple case folding. They decide n-gram features and span edges of saved models, so they
// must not change behind a model's back.

namespace candor::text {

// Spaces, tabs, line breaks and the Unicode space separators NFKC folds to a space: exactly what
// sentencepiece's normalisation turns into its "▁" word marker.
bool isSpaceCodePoint(char32_t c);
// Letters and digits of any script: everything that is neither space, control nor ASCII/Latin-1/general punctuation.
bool isWordCodePoint(char32_t c);
// Lower-cases ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic; other code points are returned unchanged.
char32_t foldCase(char32_t c);

} // namespace candor::text
