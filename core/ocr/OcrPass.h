#pragma once

#include "core/ocr/MemeOcr.h"
#include "core/store/MemeStore.h"

#include <QList>

#include <atomic>
#include <functional>

namespace candor {

class ProjectStore;

// What an OCR pass over a project's memes found.
struct OcrPassResult
{
    int images = 0; // memes read
    int filled = 0; // memes without text that got the OCR text
    int linkedMemes = 0; // memes with at least one OCR word linked to their text (span <-> box links work)
    qint64 linkedWords = 0;
    qint64 readWords = 0;
    WordAccuracy accuracy; // measure mode: OCR text against the stored captions
    double msPerImage = 0;
    bool cancelled = false; // stopped between images; the images before were written (each its own transaction)
};

// Tesseract over each image (MemeOcr): its word boxes are stored, so a text span maps to image regions; a meme
// without text gets the OCR text. `measure` compares with the stored captions instead and changes no text.
// `progress(done, total)` after each image; `cancel` is polled between images. Throws candor::Error when Tesseract
// or its language data cannot be loaded, or an image cannot be decoded (naming the item).
OcrPassResult runOcrPass(ProjectStore &store, const QList<ItemImage> &images, const OcrOptions &options, bool measure,
    const std::function<void(int, int)> &progress = {}, const std::atomic_bool *cancel = nullptr);

} // namespace candor
