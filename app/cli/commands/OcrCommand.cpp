// `candor-cli ocr P.candor [--split S] [--measure]`: Tesseract over meme images. Word boxes are stored (a text
// span maps to image regions); memes imported without text get the OCR text. --measure compares the OCR text
// with the existing captions (SemEval's are human transcriptions) and reports word accuracy instead. Both count
// the memes whose OCR words link to their text (core/ocr/WordLinks: what the meme view's span <-> box links use).
#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "core/domain/Error.h"
#include "core/image/ImageDecoder.h"
#include "core/ocr/MemeOcr.h"
#include "core/ocr/WordLinks.h"
#include "core/store/MemeStore.h"
#include "core/store/Sql.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QVariant>

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
    const MemeOcr ocr(options);
    QSqlQuery query = sql::prepare(store.db(), QStringLiteral(
        "SELECT id, text, media_id FROM items WHERE kind = 'meme' AND media_id IS NOT NULL"
        " AND (? = '' OR split = ?) ORDER BY id"));
    query.bindValue(0, sql::text(parser.value(QStringLiteral("split"))));
    query.bindValue(1, sql::text(parser.value(QStringLiteral("split"))));
    sql::exec(query);
    struct Row { qint64 item; QString text; qint64 media; };
    QList<Row> rows;
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong()});
    const bool measure = parser.isSet(QStringLiteral("measure"));
    WordAccuracy total;
    int filled = 0;
    int linkedMemes = 0;   // memes with at least one OCR word linked to their text (hover/region links work)
    qint64 linkedWords = 0;
    qint64 readWords = 0;
    QElapsedTimer clock;
    clock.start();
    ProgressPrinter progress;
    for (int i = 0; i < rows.size(); ++i) {
        if (interruptFlag()->load())
            return Failure;
        const Row &row = rows[i];
        const QImage image = ImageDecoder::decode(store.mediaBytes(row.media), QStringLiteral("item %1").arg(row.item));
        const OcrResult result = ocr.recognise(image);
        replaceOcrWords(store, row.item, row.media, result.words);
        if (measure)
            total += compareWords(row.text, result.text);
        else if (row.text.trimmed().isEmpty() && !result.text.isEmpty()) {
            store.setItemText(row.item, result.text);
            ++filled;
        }
        const int linked = int(linkWordsToText(result.words, row.text.trimmed().isEmpty() ? result.text : row.text).size());
        linkedMemes += linked > 0 ? 1 : 0;
        linkedWords += linked;
        readWords += result.words.size();
        progress.update(i + 1, rows.size(), QStringLiteral("ocr"));
    }
    progress.finish();
    printOut(QStringLiteral("%1 of %2 memes have OCR words linked to their text (%3 of %4 words linked)")
                 .arg(linkedMemes).arg(rows.size()).arg(linkedWords).arg(readWords));
    const double msPerMeme = rows.isEmpty() ? 0 : double(clock.elapsed()) / rows.size();
    if (measure)
        printOut(QStringLiteral("%1 memes: word accuracy (1 - WER) %2, caption words found %3 (recall), OCR words right %4"
                                " (precision); %5 caption words; %6 ms/meme")
                     .arg(rows.size()).arg(total.accuracy(), 0, 'f', 4).arg(total.recall(), 0, 'f', 4)
                     .arg(total.precision(), 0, 'f', 4).arg(total.referenceWords).arg(msPerMeme, 0, 'f', 0));
    else
        printOut(QStringLiteral("%1 memes read, %2 got OCR text; %3 ms/meme").arg(rows.size()).arg(filled).arg(msPerMeme, 0, 'f', 0));
    return Ok;
}

} // namespace candor::cli
