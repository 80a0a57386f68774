#include "core/jobs/OcrJob.h"

#include "core/ocr/OcrPass.h"
#include "core/store/ItemReader.h"
#include "core/store/ProjectStore.h"

namespace candor {

OcrJob::OcrJob(const QString &projectPath, const ItemQuery &filter, const OcrOptions &options, QObject *parent)
    : Job(tr("OCR of the current filter"), parent)
    , m_projectPath(projectPath)
    , m_filter(filter)
    , m_options(options)
{
}

QString OcrJob::cancelOutcome() const
{
    const int read = m_read.load();
    return read == 0 ? Job::cancelOutcome() : tr("the %n image(s) read before the cancel are kept", nullptr, read);
}

QJsonObject OcrJob::run()
{
    ProjectStore store(m_projectPath);
    const QList<qint64> ids = ItemReader(store).ids(m_filter, [this] { return isCancelled(); });
    if (isCancelled())
        return {};
    // The filter is the person's choice: its posts with a picture (imported screenshots) are read too.
    const QList<ItemImage> images = memeImages(store, QString(), ids, /*includePosts=*/true);
    if (images.isEmpty()) {
        log(tr("The filter lists no meme or post with an image: nothing to read"));
        markCompleted();
        return {{QStringLiteral("images"), 0}};
    }
    log(tr("Reading %n image(s) with Tesseract (%1)", nullptr, int(images.size())).arg(m_options.languages));
    const OcrPassResult pass = runOcrPass(
        store, images, m_options, /*measure=*/false,
        [this](int done, int total) {
            m_read.store(done);
            reportProgress(done, total);
        },
        cancelToken().flag());
    if (pass.cancelled)
        return {};
    markCompleted();
    log(tr("OCR read %1 image(s): %2 got text, %3 have words linked to their text; %4 ms per image")
            .arg(pass.images)
            .arg(pass.filled)
            .arg(pass.linkedMemes)
            .arg(pass.msPerImage, 0, 'f', 0));
    return {{QStringLiteral("images"), pass.images}, {QStringLiteral("filled"), pass.filled},
        {QStringLiteral("linked_memes"), pass.linkedMemes}};
}

} // namespace candor
