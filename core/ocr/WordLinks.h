#pragma once

#include "core/ocr/MemeOcr.h"

#include <QPair>
#include <QRect>

#include <optional>

namespace candor {

// The link between OCR word boxes and an item's text. SemEval memes carry a human transcription as their text,
// so the stored OCR offsets (into the OCR output) do not index it; the words are placed in the text by an
// order-preserving alignment of normalised words (case-folded letters and digits), allowing small OCR slips.

// OCR words placed in `text`: each linked word keeps its box and gets the [start, end) code points of the text
// word it matched (punctuation around the word left out). Words that match nothing are left out, so an empty
// result means the image has no link to this text. When `text` is the OCR output, every word links to itself.
QList<OcrWord> linkWordsToText(const QList<OcrWord> &words, const QString &text);

// Image region -> text: the code-point range from the first to the last word whose box intersects `region`
// (nullopt when no box does).
std::optional<QPair<int, int>> spanOfRegion(const QList<OcrWord> &words, const QRect &region);

} // namespace candor
