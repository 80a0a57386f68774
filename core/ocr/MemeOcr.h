#pragma once

#include <QImage>
#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

#include <memory>

namespace candor {

// One recognised word: its box in the original image's pixels and its place [start, end) in code points of
// the recognised text, so a text span maps to image regions and back.
struct OcrWord
{
    QString text;
    QRect box;
    float confidence = 0; // Tesseract's 0..100
    int start = 0;
    int end = 0;
};

struct OcrResult
{
    QString text; // words joined by spaces, lines by '\n'
    QList<OcrWord> words;
    double meanConfidence = 0;
    bool inverted = false; // the light-text reading (white Impact captions) won
};

struct OcrOptions
{
    QString languages = QStringLiteral("eng+spa");
    QString tessdataPath; // empty: Tesseract's default
    int minimumHeight = 1200; // smaller images are upscaled (bicubic) to about this height
};

// Tesseract tuned for memes: grey, upscale, Otsu threshold; meme captions are usually light letters with a dark
// outline, so both polarities are read and the one with the higher mean word confidence is kept.
// One instance per thread (Tesseract's API object is not shareable). Throws candor::Error when Tesseract or its
// language data cannot be loaded.
class MemeOcr
{
public:
    explicit MemeOcr(const OcrOptions &options = {});
    ~MemeOcr();
    MemeOcr(const MemeOcr &) = delete;
    MemeOcr &operator=(const MemeOcr &) = delete;

    OcrResult recognise(const QImage &image) const;

    // The pre-processing alone (8-bit grey, dark text on light when `invert` is false); `scale` gets the factor.
    static QImage preprocess(const QImage &image, int minimumHeight, bool invert, double *scale = nullptr);

private:
    struct Engine;
    std::unique_ptr<Engine> m_engine;
    OcrOptions m_options;
};

// The words whose code-point range overlaps [start, end), and the word whose box contains a point (-1: none).
QList<int> wordsInSpan(const QList<OcrWord> &words, int start, int end);
int wordAt(const QList<OcrWord> &words, const QPoint &point);

// Word accuracy of OCR text against a reference caption. Words are compared case-folded with punctuation
// stripped; `edits` is the word-level Levenshtein distance (substitutions + deletions + insertions), so
// accuracy() = 1 - WER, and `matched` counts reference words found in the OCR output (bag of words).
struct WordAccuracy
{
    int referenceWords = 0;
    int ocrWords = 0;
    int edits = 0;
    int matched = 0;

    double accuracy() const { return referenceWords ? 1.0 - double(edits) / referenceWords : 1.0; }
    double recall() const { return referenceWords ? double(matched) / referenceWords : 1.0; }
    double precision() const { return ocrWords ? double(matched) / ocrWords : 1.0; }
    WordAccuracy &operator+=(const WordAccuracy &other);
};

QStringList comparableWords(const QString &text);
WordAccuracy compareWords(const QString &reference, const QString &ocr);

} // namespace candor
