#include "core/ocr/OcrPass.h"

#include "core/domain/Error.h"
#include "core/image/ImageDecoder.h"
#include "core/ocr/WordLinks.h"
#include "core/store/ProjectStore.h"

#include <QElapsedTimer>

namespace candor {

OcrPassResult runOcrPass(ProjectStore &store, const QList<ItemImage> &images, const OcrOptions &options, bool measure,
    const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    const MemeOcr ocr(options);
    OcrPassResult pass;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < images.size(); ++i) {
        if (cancel && cancel->load()) {
            pass.cancelled = true;
            break;
        }
        const ItemImage &image = images[i];
        const QImage pixels
            = ImageDecoder::decode(store.mediaBytes(image.mediaId), Error::tr("item %1").arg(image.itemId));
        const OcrResult result = ocr.recognise(pixels);
        replaceOcrWords(store, image.itemId, image.mediaId, result.words);
        if (measure) {
            pass.accuracy += compareWords(image.text, result.text);
        } else if (image.text.trimmed().isEmpty() && !result.text.isEmpty()) {
            store.setItemText(image.itemId, result.text);
            ++pass.filled;
        }
        const int linked
            = int(linkWordsToText(result.words, image.text.trimmed().isEmpty() ? result.text : image.text).size());
        pass.linkedMemes += linked > 0 ? 1 : 0;
        pass.linkedWords += linked;
        pass.readWords += result.words.size();
        ++pass.images;
        if (progress)
            progress(i + 1, int(images.size()));
    }
    pass.msPerImage = pass.images ? double(clock.elapsed()) / pass.images : 0;
    return pass;
}

} // namespace candor
