// Bare images and screenshots as posts: the OCR text becomes the post's text with its word boxes, the same picture
// imported again is the same post, a folder of pictures is one import, and hostile files (a text file named .png,
// a truncated PNG, a decompression bomb's header, a FIFO) are each reported while the others are imported.
#include "core/formats/FormatDetection.h"
#include "core/formats/image/ImageImporter.h"
#include "core/store/MemeStore.h"
#include "tests/formats/DatasetFixtures.h"
#include "tests/formats/FormatFixtures.h"

#include <QCryptographicHash>
#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QTest>

#include <sys/stat.h>

using namespace candor;

namespace {

// A screenshot-like picture: dark words on a light background, as a phone screenshot of a post shows them.
QImage screenshot(const QStringList &words)
{
    QImage image(640, 200, QImage::Format_RGB888);
    image.fill(QColor(250, 250, 246));
    QPainter painter(&image);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(40);
    painter.setFont(font);
    painter.setPen(QColor(20, 20, 30));
    painter.drawText(QRect(24, 40, 600, 120), Qt::AlignLeft | Qt::AlignVCenter, words.join(QLatin1Char(' ')));
    return image;
}

Item imageItem(ProjectStore &store, const QByteArray &bytes)
{
    const QString id = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const auto found = store.findItem(QStringLiteral("image"), id);
    if (!found)
        qFatal("no image item %s", qPrintable(id));
    return store.item(*found).value();
}

} // namespace

class TestImageImporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<datasets::Project> m_project;
    QString m_folder;
    QByteArray m_english;
    QByteArray m_spanish;

private Q_SLOTS:
    void init()
    {
        m_project = std::make_unique<datasets::Project>();
        m_folder = m_project->file(QStringLiteral("screenshots"));
        QDir().mkpath(m_folder);
        m_english = testfiles::encoded(screenshot({QStringLiteral("VACCINES"), QStringLiteral("CHANGE"),
                                           QStringLiteral("YOUR"), QStringLiteral("DNA")}),
            "PNG");
        m_spanish = testfiles::encoded(
            screenshot({QStringLiteral("NO"), QStringLiteral("ES"), QStringLiteral("VERDAD")}), "JPEG");
        fixtures::writeFile(m_folder + QStringLiteral("/claim.png"), m_english);
        fixtures::writeFile(m_folder + QStringLiteral("/bulo.jpg"), m_spanish);
    }

    void cleanup() { m_project.reset(); }

    void aFolderOfScreenshotsBecomesPostsWithTheirText()
    {
        const ImportPlan plan = planImport({m_folder}, QString());
        QCOMPARE(plan.steps.size(), size_t(1));
        QCOMPARE(plan.steps.front().importer->format(), QStringLiteral("image"));

        const ImportReport report = m_project->import(QStringLiteral("image"), m_folder, QStringLiteral("dev"));
        QCOMPARE(report.itemsAdded, 2);
        QCOMPARE(report.mediaAdded, 2);
        QVERIFY2(report.issues.isEmpty(), qPrintable(datasets::issuesText(report)));

        const Item english = imageItem(m_project->store(), m_english);
        QCOMPARE(english.kind, ItemKind::Post);
        QCOMPARE(english.text, QStringLiteral("VACCINES CHANGE YOUR DNA"));
        QCOMPARE(english.split, QStringLiteral("dev"));
        QCOMPARE(english.metadata.value(QStringLiteral("file")).toString(), QStringLiteral("claim.png"));
        QCOMPARE(english.metadata.value(QStringLiteral("width")).toInt(), 640);
        QVERIFY(english.mediaId.has_value());
        const QList<OcrWord> words = ocrWords(m_project->store(), english.id);
        QCOMPARE(words.size(), 4);
        QCOMPARE(words[3].text, QStringLiteral("DNA"));
        QCOMPARE(words[3].start, 21); // code points into the post's text
        QCOMPARE(words[3].end, 24);
        QVERIFY(words[0].box.left() < words[3].box.left());

        QCOMPARE(imageItem(m_project->store(), m_spanish).text, QStringLiteral("NO ES VERDAD"));
    }

    void theSamePictureAgainIsTheSamePost()
    {
        m_project->import(QStringLiteral("image"), m_folder);
        const QString copy = m_project->file(QStringLiteral("forwarded.png"));
        fixtures::writeFile(copy, m_english);
        const ImportPlan plan = planImport({copy}, QString());
        QCOMPARE(plan.steps.front().importer->format(), QStringLiteral("image"));
        const ImportReport again = m_project->import(QStringLiteral("image"), copy);
        QCOMPARE(again.itemsAdded, 0);
        QCOMPARE(again.mediaAdded, 0);
        QCOMPARE(m_project->count(QStringLiteral("SELECT count(*) FROM items WHERE source = 'image'")), 2);
        QCOMPARE(imageItem(m_project->store(), m_english).metadata.value(QStringLiteral("file")).toString(),
            QStringLiteral("forwarded.png"));
    }

    void aPictureWithoutTextKeepsItsPictureAndSaysSo()
    {
        const QString blank = m_project->file(QStringLiteral("sunset.png"));
        fixtures::writeFile(blank, fixtures::pngBytes(300, 200, QColor(240, 160, 60)));
        const ImportReport report = m_project->import(QStringLiteral("image"), blank);
        QCOMPARE(report.itemsAdded, 1);
        QVERIFY2(datasets::issuesMention(report, QStringLiteral("sunset.png"), QStringLiteral("no text was read")),
            qPrintable(datasets::issuesText(report)));
        QCOMPARE(report.warningCount(), report.issues.size());
    }

    void hostileFilesAreReportedAndTheRestImported_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("text named .png") << "notes.png" << QByteArray("just some text, not a picture\n")
                                         << "not a PNG, JPEG or WebP image";
        QTest::newRow("truncated PNG") << "cut.png" << fixtures::truncatedPng() << "truncated";
        QTest::newRow("decompression bomb header") << "bomb.png" << fixtures::hugePngHeader() << "megapixels";
        QTest::newRow("empty file") << "empty.jpg" << QByteArray() << "not a PNG, JPEG or WebP image";
        QTest::newRow("FIFO") << "pipe.png" << QByteArray() << "not a regular file";
    }

    void hostileFilesAreReportedAndTheRestImported()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString path = m_folder + QLatin1Char('/') + name;
        if (name == QLatin1String("pipe.png"))
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else
            fixtures::writeFile(path, bytes);
        const ImportReport report = m_project->import(QStringLiteral("image"), m_folder);
        QCOMPARE(report.itemsAdded, 2);
        QVERIFY2(datasets::issuesMention(report, name, reason), qPrintable(datasets::issuesText(report)));
        QCOMPARE(m_project->count(QStringLiteral("SELECT count(*) FROM items")), 2);
    }

    void aFolderWithOtherFilesIsNotAnImageFolder()
    {
        fixtures::writeFile(m_folder + QStringLiteral("/posts.csv"), "id,text\n1,hello\n");
        QVERIFY(!ImageImporter().recognises(m_folder));
        QVERIFY(ImageImporter().recognises(m_folder + QStringLiteral("/claim.png")));
        QVERIFY(!ImageImporter().recognises(m_folder + QStringLiteral("/posts.csv")));
    }
};

QTEST_MAIN(TestImageImporter)
#include "TestImageImporter.moc"
