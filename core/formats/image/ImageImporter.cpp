#include "core/formats/image/ImageImporter.h"

#include "core/domain/Error.h"
#include "core/formats/common/ImageImport.h"
#include "core/formats/common/SafePaths.h"
#include "core/image/ImageDecoder.h"
#include "core/ocr/MemeOcr.h"
#include "core/store/MemeStore.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonObject>

#include <memory>

namespace candor {

namespace {

const QString kSource = QStringLiteral("image");

bool isTakenFormat(ImageFormat format)
{
    return format == ImageFormat::Png || format == ImageFormat::Jpeg || format == ImageFormat::WebP;
}

bool hasImageName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("png") || suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg")
        || suffix == QLatin1String("webp");
}

// The images of a folder (sorted by name), or the file itself. A folder is this format only when every file in it
// is an image: a folder with a CSV beside its pictures is another dataset's.
QStringList imageFiles(const QString &path)
{
    if (!QFileInfo(path).isDir())
        return {path};
    QStringList files;
    // System entries too (a FIFO named like a picture): the import then names and refuses them.
    for (const QFileInfo &entry : listFolder(path, QDir::Files | QDir::System)) {
        if (!hasImageName(entry.filePath()))
            return {};
        files.append(entry.filePath());
    }
    return files;
}

} // namespace

QString ImageImporter::description() const
{
    return QStringLiteral("bare images and screenshots (PNG, JPEG, WebP; a file or a folder of them) as posts whose "
                          "text is read by OCR (Tesseract, eng+spa), word boxes kept");
}

bool ImageImporter::isImageFile(const QString &path)
{
    if (!hasImageName(path) || !isRegularFile(path))
        return false;
    QFile file;
    try {
        openRegularFile(file, path);
    } catch (const Error &) {
        return false;
    }
    return isTakenFormat(ImageDecoder::sniff(file.read(64)));
}

bool ImageImporter::recognises(const QString &path) const
{
    if (!QFileInfo(path).isDir())
        return isImageFile(path);
    try {
        const QStringList files = imageFiles(path);
        bool any = false;
        for (const QString &file : files) {
            if (!isRegularFile(file))
                continue;
            if (!isImageFile(file))
                return false;
            any = true;
        }
        return any;
    } catch (const Error &) { // a folder too large to list is nobody's dataset
        return false;
    }
}

void ImageImporter::import(
    ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context)
{
    const QStringList files = imageFiles(path);
    if (files.isEmpty())
        throw Error(
            Error::tr("%1: no PNG, JPEG or WebP image, or a folder that holds other files besides images").arg(path));
    const QString split = options.split.isEmpty() ? splitFromPath(path) : options.split;
    std::unique_ptr<MemeOcr> ocr;
    try {
        ocr = std::make_unique<MemeOcr>();
    } catch (const Error &error) {
        context.addWarning(path, QString(),
            ImportIssue::tr(
                "OCR is unavailable (%1): the images are imported without text; Tools > OCR on a filter that "
                "lists them reads them once Tesseract and its eng and spa data are installed")
                .arg(error.message()));
    }
    for (qsizetype i = 0; i < files.size() && !context.isCancelled(); ++i) {
        const QString &file = files[i];
        const QString name = QFileInfo(file).fileName();
        context.record(store, file, name, [&] {
            const QByteArray bytes = readFileLimited(file, kMaxImageBytes);
            if (!isTakenFormat(ImageDecoder::sniff(bytes)))
                throw Error(Error::tr("not a PNG, JPEG or WebP image (whatever its name says)"));
            const QImage pixels = ImageDecoder::decode(bytes, name);
            OcrResult read;
            if (ocr)
                read = ocr->recognise(pixels);

            Item item;
            item.kind = ItemKind::Post;
            item.source = kSource;
            item.externalId = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            item.split = split;
            item.text = read.text;
            item.metadata.insert(QStringLiteral("file"), name);
            item.metadata.insert(QStringLiteral("width"), pixels.width());
            item.metadata.insert(QStringLiteral("height"), pixels.height());
            if (ocr) {
                item.metadata.insert(QStringLiteral("ocr"),
                    QJsonObject{{QStringLiteral("engine"), QStringLiteral("tesseract")},
                        {QStringLiteral("languages"), OcrOptions().languages},
                        {QStringLiteral("mean_confidence"), read.meanConfidence},
                        {QStringLiteral("light_text"), read.inverted}, {QStringLiteral("words"), read.words.size()}});
            }
            item.mediaId = storeImportedImage(store, context, bytes, name, file, name, item.metadata);
            const UpsertResult stored = store.upsertItem(item);
            context.count(stored.outcome);
            if (ocr)
                writeOcrWords(store, stored.id, *item.mediaId, read.words);
            if (ocr && read.text.trimmed().isEmpty())
                context.addWarning(
                    file, name, ImportIssue::tr("no text was read in the image: the post keeps its picture only"));
        });
        context.progress(i + 1, files.size(), kSource);
    }
}

} // namespace candor
