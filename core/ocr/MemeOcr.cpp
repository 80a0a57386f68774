#include "core/ocr/MemeOcr.h"

#include "core/domain/Error.h"

#include <QHash>
#include <QRegularExpression>

#include <opencv2/imgproc.hpp>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cmath>

namespace candor {

struct MemeOcr::Engine
{
    tesseract::TessBaseAPI api;
};

MemeOcr::MemeOcr(const OcrOptions &options)
    : m_engine(std::make_unique<Engine>())
    , m_options(options)
{
    const QByteArray path = options.tessdataPath.toLocal8Bit();
    const QByteArray languages = options.languages.toLatin1();
    if (m_engine->api.Init(path.isEmpty() ? nullptr : path.constData(), languages.constData(), tesseract::OEM_LSTM_ONLY)
        != 0) {
        if (path.isEmpty())
            throw Error(Error::tr("Tesseract: cannot load language data '%1'").arg(options.languages));
        throw Error(Error::tr("Tesseract: cannot load language data '%1' from %2")
                        .arg(options.languages, options.tessdataPath));
    }
    m_engine->api.SetPageSegMode(tesseract::PSM_AUTO);
}

MemeOcr::~MemeOcr()
{
    m_engine->api.End();
}

QImage MemeOcr::preprocess(const QImage &image, int minimumHeight, bool invert, double *scale)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat source(
        grey.height(), grey.width(), CV_8UC1, const_cast<uchar *>(grey.constBits()), size_t(grey.bytesPerLine()));
    const double factor = grey.height() < minimumHeight ? std::min(4.0, double(minimumHeight) / grey.height()) : 1.0;
    cv::Mat scaled;
    if (factor > 1.0)
        cv::resize(source, scaled, cv::Size(), factor, factor, cv::INTER_CUBIC);
    else
        scaled = source.clone();
    cv::Mat binary;
    cv::threshold(scaled, binary, 0, 255, (invert ? cv::THRESH_BINARY_INV : cv::THRESH_BINARY) | cv::THRESH_OTSU);
    if (scale)
        *scale = factor;
    QImage out(binary.cols, binary.rows, QImage::Format_Grayscale8);
    for (int y = 0; y < binary.rows; ++y)
        std::memcpy(out.scanLine(y), binary.ptr(y), size_t(binary.cols));
    return out;
}

OcrResult MemeOcr::recognise(const QImage &image) const
{
    if (image.isNull())
        throw Error(Error::tr("OCR: empty image"));
    OcrResult best;
    best.meanConfidence = -1;
    for (bool invert : {false, true}) {
        double scale = 1.0;
        const QImage page = preprocess(image, m_options.minimumHeight, invert, &scale);
        tesseract::TessBaseAPI &api = m_engine->api;
        api.SetImage(page.constBits(), page.width(), page.height(), 1, int(page.bytesPerLine()));
        api.SetSourceResolution(300);
        if (api.Recognize(nullptr) != 0)
            continue;
        OcrResult result;
        result.inverted = invert;
        double confidenceSum = 0;
        std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
        int codePoints = 0;
        if (it) {
            do {
                if (it->Empty(tesseract::RIL_WORD))
                    continue;
                const std::unique_ptr<char[]> utf8(it->GetUTF8Text(tesseract::RIL_WORD));
                const QString word = QString::fromUtf8(utf8.get()).trimmed();
                if (word.isEmpty())
                    continue;
                if (!result.words.isEmpty()) {
                    const QString separator
                        = it->IsAtBeginningOf(tesseract::RIL_TEXTLINE) ? QStringLiteral("\n") : QStringLiteral(" ");
                    result.text += separator;
                    codePoints += 1;
                }
                int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
                it->BoundingBox(tesseract::RIL_WORD, &x1, &y1, &x2, &y2);
                OcrWord entry;
                entry.text = word;
                entry.confidence = it->Confidence(tesseract::RIL_WORD);
                entry.box = QRect(QPoint(int(std::floor(x1 / scale)), int(std::floor(y1 / scale))),
                    QPoint(int(std::ceil(x2 / scale)) - 1, int(std::ceil(y2 / scale)) - 1));
                entry.start = codePoints;
                codePoints += int(word.toUcs4().size());
                entry.end = codePoints;
                result.text += word;
                confidenceSum += entry.confidence;
                result.words.append(entry);
            } while (it->Next(tesseract::RIL_WORD));
        }
        api.Clear();
        // Mean confidence weighted by the share of words found: a reading with two confident words must not beat
        // one with twenty fairly confident ones.
        result.meanConfidence = result.words.isEmpty() ? 0 : confidenceSum / result.words.size();
        const double quality = result.meanConfidence * std::log1p(double(result.words.size()));
        const double bestQuality
            = best.meanConfidence < 0 ? -1 : best.meanConfidence * std::log1p(double(best.words.size()));
        if (quality > bestQuality)
            best = result;
    }
    if (best.meanConfidence < 0)
        best.meanConfidence = 0;
    return best;
}

QList<int> wordsInSpan(const QList<OcrWord> &words, int start, int end)
{
    QList<int> out;
    for (int i = 0; i < words.size(); ++i)
        if (words[i].start < end && start < words[i].end)
            out.append(i);
    return out;
}

WordAccuracy &WordAccuracy::operator+=(const WordAccuracy &other)
{
    referenceWords += other.referenceWords;
    ocrWords += other.ocrWords;
    edits += other.edits;
    matched += other.matched;
    return *this;
}

QStringList comparableWords(const QString &text)
{
    QStringList out;
    for (const QString &token : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        QString word;
        for (const QChar c : token)
            if (c.isLetterOrNumber())
                word += c.toCaseFolded();
        if (!word.isEmpty())
            out.append(word);
    }
    return out;
}

WordAccuracy compareWords(const QString &reference, const QString &ocr)
{
    const QStringList ref = comparableWords(reference);
    const QStringList hyp = comparableWords(ocr);
    WordAccuracy result;
    result.referenceWords = int(ref.size());
    result.ocrWords = int(hyp.size());
    std::vector<int> previous(size_t(hyp.size()) + 1), current(size_t(hyp.size()) + 1);
    for (int j = 0; j <= hyp.size(); ++j)
        previous[size_t(j)] = j;
    for (int i = 1; i <= ref.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= hyp.size(); ++j)
            current[size_t(j)] = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1,
                previous[size_t(j - 1)] + (ref[i - 1] == hyp[j - 1] ? 0 : 1)});
        std::swap(previous, current);
    }
    result.edits = previous[size_t(hyp.size())];
    QHash<QString, int> available;
    for (const QString &word : hyp)
        ++available[word];
    for (const QString &word : ref)
        if (available.value(word) > 0) {
            --available[word];
            ++result.matched;
        }
    return result;
}

int wordAt(const QList<OcrWord> &words, const QPoint &point)
{
    for (int i = 0; i < words.size(); ++i)
        if (words[i].box.contains(point))
            return i;
    return -1;
}

} // namespace candor
