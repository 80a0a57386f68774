// `candor-cli ocr P.candor [--split S] [--measure]`: Tesseract over meme images. Word boxes are stored (a text
// span maps to image regions); memes imported without text get the OCR text. --measure compares the OCR text
// with the existing captions (SemEval's are human transcriptions) and reports word accuracy instead. Both count
// the memes whose OCR words link to their text (core/ocr/WordLinks: what the meme view's span <-> box links use).
#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "core/domain/Error.h"
#include "core/ocr/OcrPass.h"
#include "core/store/MemeStore.h"
#include "core/store/ProjectStore.h"

namespace candor::cli {

int runOcr(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reads meme captions with Tesseract (grey, upscale, Otsu threshold, both polarities) and stores word boxes.\n"
        "Memes without text get the OCR text. --measure: compare with the existing captions, change no text."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file"));
    parser.addOption({QStringLiteral("split"), QStringLiteral("only memes of this split"), QStringLiteral("split")});
    parser.addOption({QStringLiteral("languages"), QStringLiteral("Tesseract languages (default eng+spa)"),
        QStringLiteral("langs"), QStringLiteral("eng+spa")});
    parser.addOption({QStringLiteral("measure"), QStringLiteral("report word accuracy against the stored captions")});
    if (!parseOrExplain(parser, arguments, 1, 1))
        return Usage;
    installInterruptHandler();
    ProjectStore store(parser.positionalArguments().first());
    OcrOptions options;
    options.languages = parser.value(QStringLiteral("languages"));
    const bool measure = parser.isSet(QStringLiteral("measure"));
    const QList<ItemImage> rows = memeImages(store, parser.value(QStringLiteral("split")));
    ProgressPrinter progress;
    const OcrPassResult pass = runOcrPass(
        store, rows, options, measure,
        [&progress](int done, int total) { progress.update(done, total, QStringLiteral("ocr")); }, interruptFlag());
    progress.finish();
    if (pass.cancelled) {
        printErr(QStringLiteral("cancelled: the %1 images read before are kept").arg(pass.images));
        return Failure;
    }
    const WordAccuracy &total = pass.accuracy;
    const double msPerMeme = pass.msPerImage;
    printOut(QStringLiteral("%1 of %2 memes have OCR words linked to their text (%3 of %4 words linked)")
                 .arg(pass.linkedMemes)
                 .arg(rows.size())
                 .arg(pass.linkedWords)
                 .arg(pass.readWords));
    if (measure)
        printOut(
            QStringLiteral("%1 memes: word accuracy (1 - WER) %2, caption words found %3 (recall), OCR words right %4"
                           " (precision); %5 caption words; %6 ms/meme")
                .arg(rows.size())
                .arg(total.accuracy(), 0, 'f', 4)
                .arg(total.recall(), 0, 'f', 4)
                .arg(total.precision(), 0, 'f', 4)
                .arg(total.referenceWords)
                .arg(msPerMeme, 0, 'f', 0));
    else
        printOut(QStringLiteral("%1 memes read, %2 got OCR text; %3 ms/meme")
                     .arg(rows.size())
                     .arg(pass.filled)
                     .arg(msPerMeme, 0, 'f', 0));
    return Ok;
}

} // namespace candor::cli
