#pragma once

// A project of 16 drawn memes (a red square top-left and a "liars" caption for Smears, a blue square bottom-right
// and a slogan for Slogans; 12 train, 4 dev) and one post without an image, and a small meme model trained on it.
// Shared by the meme map job test and the window's end-to-end map test.
#include "app/jobs/meme/TrainMemeJob.h"
#include "core/store/ProjectStore.h"
#include "tests/support/TestFiles.h"

#include <QPainter>

namespace memefixture {

using namespace candor;

inline const QString kModels = QStringLiteral(CANDOR_SHARED_DIR "/models");

inline bool hasBackbone()
{
    return QFile::exists(kModels + QStringLiteral("/mobilenetv2_quantized_imagenet.pt"));
}

inline QByteArray drawnMeme(bool smears, int variation)
{
    QImage image(160, 160, QImage::Format_RGB32);
    image.fill(QColor(200 - variation * 5, 200, 200));
    QPainter painter(&image);
    painter.fillRect(smears ? QRect(10, 10, 60, 60) : QRect(90, 90, 60, 60), smears ? Qt::red : Qt::blue);
    painter.end();
    return testfiles::encoded(image);
}

struct Project
{
    qint64 firstDevMeme = 0; // a Smears meme of the dev split
    qint64 post = 0; // an item without an image
};

inline Project build(const QString &path)
{
    ProjectStore::create(path);
    ProjectStore store(path);
    Project project;
    for (int i = 0; i < 16; ++i) {
        const bool smears = i % 2 == 0;
        Item meme;
        meme.kind = ItemKind::Meme;
        meme.source = QStringLiteral("test");
        meme.externalId = QStringLiteral("m%1").arg(i);
        meme.split = i < 12 ? QStringLiteral("train") : QStringLiteral("dev");
        meme.text = smears ? QStringLiteral("they are liars and crooks") : QStringLiteral("make it great again");
        meme.mediaId = store.addMedia(drawnMeme(smears, i), QStringLiteral("m%1.png").arg(i)).id;
        const qint64 id = store.upsertItem(meme).id;
        Annotation gold;
        gold.itemId = id;
        gold.schema = Schemas::Persuasion22;
        gold.label = smears ? QStringLiteral("Smears") : QStringLiteral("Slogans");
        gold.origin = Origin::Gold;
        store.addAnnotation(gold);
        if (i == 12)
            project.firstDevMeme = id;
    }
    Item post;
    post.kind = ItemKind::Post;
    post.source = QStringLiteral("test");
    post.externalId = QStringLiteral("p1");
    post.text = QStringLiteral("a post without image");
    project.post = store.upsertItem(post).id;
    return project;
}

// Three epochs, one thread, a small hash space: seconds, not minutes.
inline qint64 train(const QString &path, models::MemeVariant variant)
{
    TrainMemeOptions options;
    options.modelsFolder = kModels;
    options.config.variant = variant;
    options.config.epochs = 3;
    options.config.threads = 1;
    options.config.hashBuckets = 1 << 10;
    return TrainMemeJob(path, options).run().modelVersionId;
}

} // namespace memefixture
