#include "core/formats/weibo/WeiboImporter.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/formats/common/ImageImport.h"
#include "core/formats/common/RecordLimits.h"
#include "core/formats/common/SafePaths.h"
#include "core/formats/weibo/WeiboReader.h"
#include "core/formats/weibo/WeiboRecord.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace candor {

namespace {

const QString kSource = QStringLiteral("weibo");
const QString kRumour = QStringLiteral("rumor");
const QString kNonRumour = QStringLiteral("nonrumor");

QStringList nameTokens(const QString &path)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    return QFileInfo(path).completeBaseName().toLower().split(separators, Qt::SkipEmptyParts);
}

QString imageFolderName(const QString &postClass)
{
    return postClass + QStringLiteral("_images");
}

// The first line that is not blank, read no further than one real metadata line needs.
bool startsWithPost(const QString &path)
{
    QFile file;
    try {
        openRegularFile(file, path);
    } catch (const Error &) {
        return false;
    }
    for (int lines = 0; lines < 8 && !file.atEnd(); ++lines) {
        QByteArray line = file.readLine(64 * 1024);
        if (lines == 0 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        line = line.trimmed();
        if (!line.isEmpty())
            return weibo::looksLikeMetadata(line);
    }
    return false;
}

bool isPostsFile(const QString &path)
{
    return isRegularFile(path) && path.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive)
        && !WeiboImporter::classFromName(path).isEmpty() && startsWithPost(path);
}

// The posts files of a dataset folder: in it, else in its tweets/ sub-folder (EANN's layout).
QStringList postsFiles(const QString &path)
{
    if (!QFileInfo(path).isDir())
        return {path};
    for (const QString &folder : {path, QDir(path).filePath(QStringLiteral("tweets"))}) {
        if (!QFileInfo(folder).isDir())
            continue;
        QStringList files;
        for (const QFileInfo &entry :
            listFolder(folder, QDir::Files, {QStringLiteral("*.txt"), QStringLiteral("*.TXT")}))
            if (isPostsFile(entry.filePath()))
                files.append(entry.filePath());
        if (!files.isEmpty())
            return files;
    }
    return {};
}

// Where rumor_images/ and nonrumor_images/ are: the folder mapping key "images" names, else beside the posts file,
// else one folder up (weibo-eann/tweets/train_rumor.txt, weibo-eann/rumor_images/). Empty: no image folder.
QString imagesBase(const QString &path, const ImportOptions &options)
{
    const QString chosen = options.mapping.value(QStringLiteral("images")).toString();
    if (!chosen.isEmpty()) {
        if (!QFileInfo(chosen).isDir())
            throw Error(Error::tr("image folder '%1' does not exist").arg(chosen));
        return chosen;
    }
    const QDir beside = QFileInfo(path).absoluteDir();
    for (const QString &base : {beside.path(), QFileInfo(beside.path()).path()})
        for (const QString &postClass : {kRumour, kNonRumour})
            if (QFileInfo(QDir(base).filePath(imageFolderName(postClass))).isDir())
                return base;
    return {};
}

struct ImageFile
{
    QString name;
    QByteArray bytes;
};

// One posts file being imported.
class FileImport
{
public:
    FileImport(ProjectStore &store, ImportContext &context, const QString &path, const ImportOptions &options,
        QHash<QString, QString> &importedFrom)
        : m_store(store)
        , m_context(context)
        , m_path(path)
        , m_importedFrom(importedFrom)
    {
        m_class = WeiboImporter::classFromName(path);
        if (m_class.isEmpty())
            throw Error(Error::tr("%1: the file name does not say rumour or non-rumour (expected a name such as "
                                  "train_rumor.txt or test_nonrumor.txt)")
                            .arg(path));
        m_split = options.split.isEmpty() ? WeiboImporter::splitFromName(path) : options.split;
        const QString base = imagesBase(path, options);
        if (!base.isEmpty()) { // the class's own folder first; the other in case an image was filed there
            for (const QString &postClass : {m_class, m_class == kRumour ? kNonRumour : kRumour}) {
                const QString folder = QDir(base).filePath(imageFolderName(postClass));
                if (QFileInfo(folder).isDir())
                    m_imageFolders.append(folder);
            }
        }
    }

    void run()
    {
        WeiboReader reader(m_path);
        WeiboRawRecord raw;
        while (!m_context.isCancelled()) {
            const bool more = reader.next(raw);
            for (const WeiboSkipped &skipped : reader.takeSkipped())
                m_context.addIssue(m_path, skipped.record, skipped.reason);
            if (!more)
                break;
            const QString recordName = ImportIssue::tr("line %1 (post %2)")
                                           .arg(raw.line)
                                           .arg(QString::fromLatin1(weibo::postIdOf(raw.metadata)));
            m_context.batchedRecord(m_store, m_path, recordName, [&] { return check(raw, recordName); });
            m_context.progress(reader.bytesRead(), reader.totalBytes(), kSource);
        }
        m_context.endBatch(); // a replay of the batch later, in the next file, would call into this object gone
        reportPostsWithoutImage();
    }

private:
    ImportContext::RecordWrites check(const WeiboRawRecord &raw, const QString &recordName)
    {
        if (!raw.problem.isEmpty())
            throw Error(raw.problem);
        const WeiboMetadata meta = weibo::parseMetadata(decodeUtf8Strict(raw.metadata, Error::tr("the metadata line")));
        if (const auto first = m_firstLine.constFind(meta.postId); first != m_firstLine.cend())
            throw Error(
                Error::tr("post %1 appears twice in this file (first at line %2)").arg(meta.postId).arg(*first));
        if (const auto other = m_importedFrom.constFind(meta.postId); other != m_importedFrom.cend())
            throw Error(Error::tr("post %1 was read from %2 already").arg(meta.postId, *other));
        const QString urlLine = decodeUtf8Strict(raw.urls, Error::tr("the image-URL line"));
        checkText(urlLine, QStringLiteral("image-URL line"));

        Item item;
        item.kind = ItemKind::Post;
        item.source = kSource;
        item.externalId = meta.postId;
        item.split = m_split;
        item.language = QStringLiteral("zh"); // Sina Weibo: the subset is Chinese (posts quote English words at most)
        item.text = decodeUtf8Strict(raw.text, Error::tr("the text line"));
        checkText(item.text, QStringLiteral("text"));
        item.author = meta.author;
        item.createdAt = meta.createdAt;
        item.metadata = meta.metadata;
        item.metadata.insert(QStringLiteral("label"), m_class);
        const QStringList urls = weibo::imageUrls(urlLine);
        item.metadata.insert(QStringLiteral("image_urls"), QJsonArray::fromStringList(urls));

        const QList<ImageFile> images = readImages(urls, recordName);
        if (item.text.trimmed().isEmpty() && images.isEmpty())
            throw Error(Error::tr("empty text and no image: the post has nothing to verify"));
        m_firstLine.insert(meta.postId, raw.line);
        m_importedFrom.insert(meta.postId, m_path);
        return [this, item, images, recordName] { write(item, images, recordName); };
    }

    // The bytes of every image of the post found in the image folders; a missing one is counted, an unusable one
    // (a name that would leave the folder, a link out of it, a FIFO, a file too large) is the record's issue.
    QList<ImageFile> readImages(const QStringList &urls, const QString &recordName)
    {
        QList<ImageFile> images;
        QSet<QString> names;
        for (const QString &url : urls) {
            try {
                const QString name = weibo::imageFileName(url);
                if (names.contains(name))
                    continue;
                names.insert(name);
                bool found = false;
                for (const QString &folder : std::as_const(m_imageFolders)) {
                    const QString file = resolveInside(folder, name);
                    if (!QFileInfo::exists(file) && !QFileInfo(file).isSymLink())
                        continue; // a FIFO or device of that name exists, and is refused by the read with its reason
                    images.append({name, readFileLimited(file, kMaxImageBytes)});
                    found = true;
                    break;
                }
                if (!found)
                    ++m_missingFiles;
            } catch (const Error &error) {
                m_context.addIssue(m_path, recordName, ImportIssue::tr("image skipped: %1").arg(error.message()));
            }
        }
        return images;
    }

    // May run twice (ImportContext::batchedRecord): assigns m_hasImage, never adds to it.
    void write(Item item, const QList<ImageFile> &images, const QString &recordName)
    {
        QJsonArray mediaIds;
        for (const ImageFile &image : images) {
            try {
                const qint64 id = storeImportedImage(
                    m_store, m_context, image.bytes, image.name, m_path, recordName, item.metadata);
                if (!mediaIds.contains(id))
                    mediaIds.append(id);
            } catch (const Error &error) { // undecodable or too many pixels: the post keeps its other images
                m_context.addIssue(m_path, recordName, ImportIssue::tr("image skipped: %1").arg(error.message()));
            }
        }
        if (!mediaIds.isEmpty()) {
            item.mediaId = mediaIds.first().toInteger();
            item.metadata.insert(QStringLiteral("media_ids"), mediaIds);
        }
        if (item.text.trimmed().isEmpty()) {
            if (!item.mediaId)
                throw Error(Error::tr("empty text and no usable image: the post has nothing to verify"));
            m_context.addWarning(m_path, recordName, ImportIssue::tr("empty text: the post keeps its image only"));
        }
        const UpsertResult stored = m_store.upsertItem(item);
        m_context.count(stored.outcome);
        Annotation gold;
        gold.itemId = stored.id;
        gold.schema = Schemas::Fake2;
        gold.label = m_class == kRumour ? QStringLiteral("fake") : QStringLiteral("real");
        if (m_store.addAnnotation(gold) != 0)
            ++m_context.report().annotationsAdded;
        m_hasImage.insert(item.externalId, item.mediaId.has_value());
    }

    // One warning for the file, not one per post: most posts of the subset have lost their images.
    void reportPostsWithoutImage()
    {
        const qsizetype without = std::count(m_hasImage.cbegin(), m_hasImage.cend(), false);
        if (without == 0 || m_context.isCancelled())
            return;
        // Whole sentences, so a translation need not stitch fragments.
        QString reason;
        if (m_imageFolders.isEmpty())
            reason = ImportIssue::tr(
                "%1 of %2 posts have no image and keep their text only; no %3/ folder was found beside "
                "the file or one folder up")
                         .arg(without)
                         .arg(m_hasImage.size())
                         .arg(imageFolderName(m_class));
        else if (m_missingFiles > 0)
            reason = ImportIssue::tr(
                "%1 of %2 posts have no image and keep their text only; %3 image files their URLs name are "
                "not in %4")
                         .arg(without)
                         .arg(m_hasImage.size())
                         .arg(m_missingFiles)
                         .arg(m_imageFolders.join(QStringLiteral(", ")));
        else
            reason = ImportIssue::tr("%1 of %2 posts have no image and keep their text only")
                         .arg(without)
                         .arg(m_hasImage.size());
        m_context.addWarning(m_path, QString(), reason);
    }

    ProjectStore &m_store;
    ImportContext &m_context;
    QString m_path;
    QHash<QString, QString> &m_importedFrom; // post id -> posts file, across the files of one import
    QString m_class;
    QString m_split;
    QStringList m_imageFolders;
    QHash<QString, qint64> m_firstLine; // post id -> its first line in this file
    QHash<QString, bool> m_hasImage; // post id -> an image is attached (written posts only)
    qint64 m_missingFiles = 0;
};

} // namespace

QString WeiboImporter::classFromName(const QString &path)
{
    const QStringList tokens = nameTokens(path);
    for (const QString &token : tokens)
        if (token == QLatin1String("nonrumor") || token == QLatin1String("nonrumour"))
            return kNonRumour;
    for (int i = 0; i < tokens.size(); ++i) {
        if (tokens[i] != QLatin1String("rumor") && tokens[i] != QLatin1String("rumour"))
            continue;
        return i > 0 && tokens[i - 1] == QLatin1String("non") ? kNonRumour : kRumour; // non_rumor.txt
    }
    return {};
}

QString WeiboImporter::splitFromName(const QString &path)
{
    const QStringList tokens = nameTokens(path);
    if (tokens.contains(QLatin1String("train")))
        return QStringLiteral("train");
    if (tokens.contains(QLatin1String("test")))
        return QStringLiteral("test");
    return {};
}

bool WeiboImporter::recognises(const QString &path) const
{
    if (!QFileInfo(path).isDir())
        return isPostsFile(path);
    return !postsFiles(path).isEmpty();
}

void WeiboImporter::import(
    ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context)
{
    const QStringList files = postsFiles(path);
    if (files.isEmpty())
        throw Error(
            Error::tr("%1: no Weibo posts file (*_rumor.txt or *_nonrumor.txt starting with a post's metadata line) "
                      "in the folder or its tweets/ sub-folder")
                .arg(path));
    QHash<QString, QString> importedFrom;
    for (const QString &file : files) {
        if (context.isCancelled())
            return;
        FileImport(store, context, file, options, importedFrom).run();
    }
}

} // namespace candor
