#include "core/domain/Error.h"
#include "core/store/Database.h"
#include "core/store/MemeStore.h"
#include "core/store/Migrations.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

class TestMemeStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QByteArray png()
    {
        QImage image(8, 8, QImage::Format_RGB888);
        image.fill(Qt::red);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

    static qint64 addMeme(ProjectStore &store, qint64 mediaId)
    {
        Item item;
        item.kind = ItemKind::Meme;
        item.source = QStringLiteral("test");
        item.externalId = QStringLiteral("m1");
        item.text = QStringLiteral("STOP THE STEAL");
        item.mediaId = mediaId;
        return store.upsertItem(item).id;
    }

private Q_SLOTS:
    void cleanup() { Database::closeAll(); }

    void upgradesVersionTwoFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("v2.candor"));
        {
            QSqlDatabase db = Database::connection(path);
            Migrations::migrate(db, 2);
            QCOMPARE(Migrations::currentVersion(db), 2);
            QCOMPARE(
                sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'ocr_words'")).toInt(),
                0);
            Database::close(path);
        }
        ProjectStore store(path);
        QCOMPARE(
            Migrations::currentVersion(storeConnection(store)), Migrations::latestVersion); // v3 and every later step
        QCOMPARE(sql::scalar(storeConnection(store),
                     QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('ocr_words', 'image_maps')"))
                     .toInt(),
            2);
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    void storesOcrWordsInReadingOrder()
    {
        const QString path = m_dir.filePath(QStringLiteral("ocr.candor"));
        ProjectStore::create(path);
        ProjectStore store(path);
        const qint64 media = store.addMedia(png(), QStringLiteral("red.png")).id;
        const qint64 item = addMeme(store, media);
        QList<OcrWord> words;
        words.append({QStringLiteral("STOP"), QRect(1, 2, 30, 10), 91.5f, 0, 4});
        words.append({QStringLiteral("THE"), QRect(40, 2, 20, 10), 88.0f, 5, 8});
        replaceOcrWords(store, item, media, words);
        replaceOcrWords(store, item, media, words); // replaces, never duplicates
        const QList<OcrWord> back = ocrWords(store, item);
        QCOMPARE(back.size(), 2);
        QCOMPARE(back[1].text, QStringLiteral("THE"));
        QCOMPARE(back[1].box, QRect(40, 2, 20, 10));
        QCOMPARE(back[1].start, 5);
        QCOMPARE(back[0].confidence, 91.5f);
    }

    void storesImageMapsPerVersionKindAndLabel()
    {
        const QString path = m_dir.filePath(QStringLiteral("maps.candor"));
        ProjectStore::create(path);
        ProjectStore store(path);
        const qint64 item = addMeme(store, store.addMedia(png(), QStringLiteral("red.png")).id);
        ModelVersion version;
        version.task = QStringLiteral("persuasion-multimodal");
        version.name = QStringLiteral("meme-fused");
        version.createdAt = QDateTime::currentDateTimeUtc();
        const qint64 versionId = store.addModelVersion(version);
        ImageMap map{
            item, versionId, QStringLiteral("gradcam"), QStringLiteral("Smears"), 2, 2, {0.0f, 0.25f, 0.5f, 1.0f}};
        putImageMap(store, map);
        map.weights[0] = 0.125f;
        putImageMap(store, map); // same key: replaced
        const auto back = imageMap(store, item, versionId, QStringLiteral("gradcam"), QStringLiteral("Smears"));
        QVERIFY(back.has_value());
        QCOMPARE(back->weights, (std::vector<float>{0.125f, 0.25f, 0.5f, 1.0f}));
        QVERIFY(!imageMap(store, item, versionId, QStringLiteral("attention")).has_value());
        map.weights.pop_back();
        QVERIFY_THROWS_EXCEPTION(Error, putImageMap(store, map));
    }
};

QTEST_GUILESS_MAIN(TestMemeStore)
#include "TestMemeStore.moc"
