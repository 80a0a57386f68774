#include "core/domain/Error.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/ProjectStore.h"
#include "core/store/SimilarItems.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"

#include <QBuffer>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

// A busy deterministic picture (a meme's background): gradient and 60 shapes of random colours.
QImage scene(quint32 seed)
{
    QRandomGenerator random(seed);
    QImage image(600, 450, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 600, 450);
    gradient.setColorAt(0, QColor::fromRgb(random.generate()));
    gradient.setColorAt(1, QColor::fromRgb(random.generate()));
    painter.fillRect(image.rect(), gradient);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < 60; ++i) {
        painter.setBrush(QColor::fromRgb(random.generate()));
        const int w = random.bounded(40, 200);
        const int h = random.bounded(30, 150);
        painter.drawEllipse(QRect(random.bounded(600 - w), random.bounded(450 - h), w, h));
    }
    return image;
}

QByteArray encoded(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

const QString kCaption = QStringLiteral("when you finally understand that the government lies to you every day");
const QString kEdited = QStringLiteral("when you finally understand that the media lies to you every day");

} // namespace

class TestSimilarItems : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::optional<ProjectStore> m_store;
    qint64 m_original = 0;

    qint64 addItem(const QString &id, const QString &text, std::optional<qint64> media = std::nullopt)
    {
        Item item;
        item.kind = ItemKind::Post;
        item.source = QStringLiteral("test");
        item.externalId = id;
        item.text = text;
        item.mediaId = media;
        return m_store->upsertItem(item).id;
    }

    void label(qint64 item, const QString &schema, const QString &name, Origin origin)
    {
        Annotation annotation;
        annotation.itemId = item;
        annotation.schema = schema;
        annotation.label = name;
        annotation.origin = origin;
        annotation.annotator = origin == Origin::Human ? QStringLiteral("ana") : QString();
        if (origin == Origin::Model) {
            ModelVersion version;
            version.task = QStringLiteral("post-veracity");
            version.name = QStringLiteral("test");
            version.createdAt = QDateTime::currentDateTimeUtc();
            annotation.modelVersionId = m_store->addModelVersion(version);
            annotation.score = 0.9;
            annotation.status = Status::Proposed;
        }
        m_store->addAnnotation(annotation);
    }

    const SimilarItem *find(const QList<SimilarItem> &items, qint64 id)
    {
        for (const SimilarItem &item : items)
            if (item.itemId == id)
                return &item;
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("similar-%1.candor").arg(QTest::currentTestFunction()));
        QFile::remove(m_path);
        ProjectStore::create(m_path);
        m_store.emplace(m_path);
        const qint64 media = m_store->addMedia(encoded(scene(1), "PNG"), QStringLiteral("meme.png")).id;
        m_original = addItem(QStringLiteral("original"), kCaption, media);
    }
    void cleanup()
    {
        m_store.reset();
        Database::closeAll();
    }

    // The same meme re-posted half size as JPEG with a one-word caption change: found by image and by text, with
    // the verdict of the best origin and the human labels; unrelated posts are not listed.
    void findsRepostByImageAndText()
    {
        const QImage half = scene(1).scaled(300, 225, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const qint64 halfMedia = m_store->addMedia(encoded(half, "JPG", 70), QStringLiteral("repost.jpg")).id;
        const qint64 repost = addItem(QStringLiteral("repost"), kEdited, halfMedia);
        const qint64 sameImage = addItem(QStringLiteral("same image"), QStringLiteral("totally different words here"),
            m_store->addMedia(encoded(scene(1), "PNG"), QStringLiteral("again.png")).id); // same bytes: same media
        const qint64 textOnly = addItem(QStringLiteral("text only"), kEdited + QStringLiteral(" https://t.co/abc"));
        const qint64 unrelated = addItem(QStringLiteral("unrelated"), QStringLiteral("my cat sleeps on the keyboard"),
            m_store->addMedia(encoded(scene(2), "PNG"), QStringLiteral("other.png")).id);
        label(repost, Schemas::Fake2, QStringLiteral("real"), Origin::Model);
        label(repost, Schemas::Fake2, QStringLiteral("fake"), Origin::Gold);
        label(repost, Schemas::Oppositional2, QStringLiteral("CONSPIRACY"), Origin::Human);
        label(textOnly, Schemas::Fake2, QStringLiteral("real"), Origin::Human);

        const QList<SimilarItem> items = SimilarItems::of(*m_store, m_original);
        QCOMPARE(items.size(), 3);
        QVERIFY(!find(items, unrelated));
        QVERIFY(!find(items, m_original));

        const SimilarItem *same = find(items, sameImage);
        QVERIFY(same);
        QCOMPARE(same->imageDistance, 0);
        QCOMPARE(same->textSimilarity, -1.0);
        for (int i = 1; i < items.size(); ++i)
            QVERIFY(items[i - 1].similarity() >= items[i].similarity());
        QVERIFY(!same->verdictOrigin);

        const SimilarItem *re = find(items, repost);
        QVERIFY(re);
        QVERIFY2(re->imageDistance >= 0 && re->imageDistance <= 4, qPrintable(QString::number(re->imageDistance)));
        QVERIFY2(re->textSimilarity > 0.5, qPrintable(QString::number(re->textSimilarity)));
        QCOMPARE(re->verdict, QStringLiteral("fake")); // gold beats the model's "real"
        QCOMPARE(re->verdictOrigin, std::optional<Origin>(Origin::Gold));
        QCOMPARE(re->labels, QStringList{QStringLiteral("oppositional-2: CONSPIRACY")});
        QCOMPARE(re->kind, ItemKind::Post);

        const SimilarItem *text = find(items, textOnly);
        QVERIFY(text);
        QCOMPARE(text->imageDistance, -1);
        QVERIFY(text->textSimilarity > 0.5);
        QCOMPARE(text->verdictOrigin, std::optional<Origin>(Origin::Human));

        QVERIFY(SimilarItems::hasNeighbourWithVerdict(*m_store, m_original));
        QVERIFY(!SimilarItems::hasNeighbourWithVerdict(*m_store, unrelated));
        SimilarityOptions one;
        one.limit = 1;
        QCOMPARE(SimilarItems::of(*m_store, m_original, one).size(), 1);
    }

    // Edited text re-indexes: OCR replacing a meme's text moves it out of (and into) the neighbourhood.
    void followsTextEdits()
    {
        const qint64 other = addItem(QStringLiteral("other"), QStringLiteral("nothing alike at all"));
        QVERIFY(SimilarItems::of(*m_store, m_original).isEmpty());
        m_store->setItemText(other, kEdited);
        QCOMPARE(SimilarItems::of(*m_store, m_original).size(), 1);
        Item changed = *m_store->item(other);
        changed.text = QStringLiteral("nothing alike again");
        m_store->upsertItem(changed);
        QVERIFY(SimilarItems::of(*m_store, m_original).isEmpty());
        // A deleted item takes its index rows with it.
        const qint64 copy = addItem(QStringLiteral("copy"), kCaption);
        QCOMPARE(SimilarItems::of(*m_store, m_original).size(), 1);
        sql::exec(storeConnection(*m_store), QStringLiteral("DELETE FROM items WHERE id = %1").arg(copy));
        QVERIFY(SimilarItems::of(*m_store, m_original).isEmpty());
        QCOMPARE(sql::scalar(storeConnection(*m_store),
                     QStringLiteral("SELECT count(*) FROM text_lsh WHERE item_id = %1").arg(copy))
                     .toInt(),
            0);
    }

    void refusesBadRequests()
    {
        QVERIFY_THROWS_EXCEPTION(Error, SimilarItems::of(*m_store, 999));
        SimilarityOptions far;
        far.maxImageDistance = 8;
        QVERIFY_THROWS_EXCEPTION(Error, SimilarItems::of(*m_store, m_original, far));
        SimilarityOptions zero;
        zero.minTextSimilarity = 0;
        QVERIFY_THROWS_EXCEPTION(Error, SimilarItems::of(*m_store, m_original, zero));
    }

    // A project written before schema 7 gets its images and texts indexed when it is opened.
    void upgradeIndexesOlderProjects()
    {
        const QString path = m_dir.filePath(QStringLiteral("v6.candor"));
        QFile::remove(path);
        const QByteArray png = encoded(scene(3), "PNG");
        {
            QSqlDatabase db = Database::connection(path);
            Migrations::migrate(db, 6);
            sql::exec(db,
                QStringLiteral("INSERT INTO media(id, sha256, mime, width, height, bytes)"
                               " VALUES (1, 'x', 'image/png', 600, 450, x'%1')")
                    .arg(QString::fromLatin1(png.toHex())));
            sql::exec(db,
                QStringLiteral("INSERT INTO media(id, sha256, mime, width, height, bytes)"
                               " VALUES (2, 'y', 'image/png', 600, 450, x'00')")); // damaged since import
            for (int i = 1; i <= 3; ++i)
                sql::exec(db,
                    QStringLiteral("INSERT INTO items(id, kind, source, external_id, text, content_hash,"
                                   " media_id) VALUES (%1, 'meme', 'old', '%1', '%2', 'h', %3)")
                        .arg(i)
                        .arg(i == 3 ? QStringLiteral("something else entirely") : kCaption)
                        .arg(i == 3 ? 2 : 1));
        }
        Database::close(path);
        ProjectStore old(path);
        QCOMPARE(Migrations::currentVersion(storeConnection(old)), Migrations::latestVersion);
        QCOMPARE(sql::scalar(storeConnection(old), QStringLiteral("SELECT count(*) FROM image_hashes")).toInt(), 1);
        QCOMPARE(sql::scalar(storeConnection(old), QStringLiteral("SELECT count(*) FROM text_minhash")).toInt(), 3);
        const QList<SimilarItem> items = SimilarItems::of(old, 1);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().itemId, 2);
        QCOMPARE(items.first().imageDistance, 0);
        QCOMPARE(items.first().textSimilarity, 1.0);
        QCOMPARE(old.integrityCheck(), QStringLiteral("ok"));
    }
};

QTEST_MAIN(TestSimilarItems)
#include "TestSimilarItems.moc"
