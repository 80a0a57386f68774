// candor-cli similar as scripts use it: the near-duplicates of an item with their verdicts, as text or JSON;
// bad usage exits 2, an unknown item exits 1 naming it.
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"
#include "tests/cli/CliProcess.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

using Run = candor::testing::CliRun;

Run cli(const QStringList &arguments)
{
    return candor::testing::runCli(arguments, 120);
}

// A busy deterministic picture, encoded: a meme's background.
QByteArray picture(quint32 seed, int width, const char *format)
{
    QRandomGenerator random(seed);
    QImage image(600, 450, QImage::Format_RGB32);
    QPainter painter(&image);
    image.fill(QColor::fromRgb(random.generate()));
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < 60; ++i) {
        painter.setBrush(QColor::fromRgb(random.generate()));
        const int w = random.bounded(40, 200);
        const int h = random.bounded(30, 150);
        painter.drawEllipse(QRect(random.bounded(600 - w), random.bounded(450 - h), w, h));
    }
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.scaledToWidth(width, Qt::SmoothTransformation).save(&buffer, format, 75);
    return bytes;
}

} // namespace

class TestSimilarCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    qint64 m_original = 0;
    qint64 m_repost = 0;
    qint64 m_unrelated = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_project = m_dir.filePath(QStringLiteral("p.candor"));
        ProjectStore::create(m_project);
        ProjectStore store(m_project);
        auto add = [&store](const QString &id, const QString &text, const QByteArray &image) {
            Item item;
            item.kind = ItemKind::Meme;
            item.source = QStringLiteral("test");
            item.externalId = id;
            item.text = text;
            item.mediaId = store.addMedia(image, id).id;
            return store.upsertItem(item).id;
        };
        m_original = add(QStringLiteral("a"), QStringLiteral("they do not want you to know the truth about this"),
            picture(5, 600, "PNG"));
        m_repost = add(QStringLiteral("b"), QStringLiteral("THEY do not want you to know the truth about it"),
            picture(5, 300, "JPG"));
        m_unrelated = add(QStringLiteral("c"), QStringLiteral("happy birthday grandma"), picture(6, 600, "PNG"));
        Annotation verdict;
        verdict.itemId = m_repost;
        verdict.schema = QStringLiteral("fake-2");
        verdict.label = QStringLiteral("fake");
        verdict.origin = Origin::Gold;
        store.addAnnotation(verdict);
        Database::closeAll();
    }

    void listsNearDuplicatesAsJson()
    {
        const Run run
            = cli({QStringLiteral("similar"), m_project, QString::number(m_original), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("item_id")).toInteger(), m_original);
        const QJsonArray similar = object.value(QStringLiteral("similar")).toArray();
        QCOMPARE(similar.size(), 1);
        const QJsonObject repost = similar.first().toObject();
        QCOMPARE(repost.value(QStringLiteral("item_id")).toInteger(), m_repost);
        QCOMPARE(repost.value(QStringLiteral("kind")).toString(), QStringLiteral("meme"));
        QVERIFY(repost.value(QStringLiteral("image_distance")).toInt(99) <= 7);
        QVERIFY(repost.value(QStringLiteral("text_similarity")).toDouble() >= 0.5);
        QCOMPARE(repost.value(QStringLiteral("verdict")).toString(), QStringLiteral("fake"));
        QCOMPARE(repost.value(QStringLiteral("verdict_origin")).toString(), QStringLiteral("gold"));
    }

    void listsAsTextAndSaysWhenNothingIsNear()
    {
        Run run = cli({QStringLiteral("similar"), m_project, QString::number(m_original)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("item %1 (meme)").arg(m_repost)), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("verdict fake (gold)")), qPrintable(run.out));
        run = cli({QStringLiteral("similar"), m_project, QString::number(m_unrelated)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("no near-duplicates of item %1").arg(m_unrelated));
    }

    void badUsageAndUnknownItems()
    {
        QCOMPARE(cli({QStringLiteral("similar"), m_project}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("similar"), m_project, QStringLiteral("abc")}).exitCode, 2);
        const Run unknown = cli({QStringLiteral("similar"), m_project, QStringLiteral("999")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("999")), qPrintable(unknown.err));
        const Run far = cli({QStringLiteral("similar"), m_project, QStringLiteral("1"),
            QStringLiteral("--max-distance"), QStringLiteral("12")});
        QCOMPARE(far.exitCode, 1);
        QVERIFY2(far.err.contains(QStringLiteral("0 and 7")), qPrintable(far.err));
    }
};

QTEST_MAIN(TestSimilarCommand)
#include "TestSimilarCommand.moc"
