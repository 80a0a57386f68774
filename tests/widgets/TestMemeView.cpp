#include "core/store/MemeStore.h"
#include "core/store/ProjectStore.h"
#include "core/text/CodePoints.h"
#include "tests/support/TestFiles.h"
#include "widgets/itemview/SpanTextView.h"
#include "widgets/meme/MemeImageView.h"
#include "widgets/meme/MemeMapRequests.h"
#include "widgets/meme/MemeTextLink.h"
#include "widgets/meme/MemeView.h"

#include <QBuffer>
#include <QComboBox>
#include <QPainter>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QWheelEvent>

using namespace candor;

namespace {

// The caption is a transcription (other case, punctuation, an emoji), the image carries the words in capitals at
// known boxes; OCR offsets index the OCR text "STOP THE STEAL", not the caption.
const QString kCaption = QString::fromUtf8("\xf0\x9f\x99\x82 Stop the steal!");
const QList<QRect> kBoxes = {QRect(20, 40, 80, 40), QRect(120, 40, 70, 40), QRect(210, 40, 100, 40)};

QByteArray memePng()
{
    QImage image(320, 160, QImage::Format_RGB32);
    image.fill(QColor(128, 128, 128));
    QPainter painter(&image);
    painter.setPen(Qt::white);
    QFont font;
    font.setPixelSize(30);
    painter.setFont(font);
    const QStringList words{QStringLiteral("STOP"), QStringLiteral("THE"), QStringLiteral("STEAL")};
    for (int i = 0; i < 3; ++i)
        painter.drawText(kBoxes[i], Qt::AlignCenter, words[i]);
    painter.end();
    return testfiles::encoded(image);
}

// Records requests; the test answers them as the application's job would.
class FakeRequests final : public MemeMapRequests
{
public:
    using MemeMapRequests::MemeMapRequests;
    void request(const MemeMapKey &key) override { asked.append(key); }
    QList<MemeMapKey> asked;
};

} // namespace

class TestMemeView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    qint64 m_meme = 0;
    qint64 m_post = 0;
    qint64 m_version = 0;
    int m_projects = 0;

    std::unique_ptr<MemeView> makeView()
    {
        auto view = std::make_unique<MemeView>([this] { return m_store.get(); });
        view->resize(640, 480);
        return view;
    }

private Q_SLOTS:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("memes-%1.candor").arg(++m_projects)); // fresh per test
        ProjectStore::create(path);
        m_store = std::make_unique<ProjectStore>(path);
        Item meme;
        meme.kind = ItemKind::Meme;
        meme.source = QStringLiteral("test");
        meme.externalId = QStringLiteral("m1");
        meme.text = kCaption;
        meme.mediaId = m_store->addMedia(memePng(), QStringLiteral("meme.png")).id;
        m_meme = m_store->upsertItem(meme).id;
        Item post;
        post.kind = ItemKind::Post;
        post.source = QStringLiteral("test");
        post.externalId = QStringLiteral("p1");
        post.text = QStringLiteral("no image here");
        m_post = m_store->upsertItem(post).id;
        QList<OcrWord> words;
        words.append({QStringLiteral("STOP"), kBoxes[0], 90, 0, 4});
        words.append({QStringLiteral("THE"), kBoxes[1], 90, 5, 8});
        words.append({QStringLiteral("STEAL"), kBoxes[2], 90, 9, 14});
        replaceOcrWords(*m_store, m_meme, *meme.mediaId, words);
        ModelVersion version;
        version.task = QStringLiteral("persuasion-multimodal");
        version.name = QStringLiteral("meme-fused");
        version.config = {{QStringLiteral("variant"), QStringLiteral("fused")}};
        version.createdAt = QDateTime::currentDateTimeUtc();
        m_version = m_store->addModelVersion(version);
        ModelVersion textOnly = version;
        textOnly.name = QStringLiteral("meme-text");
        textOnly.config = {{QStringLiteral("variant"), QStringLiteral("text")}};
        m_store->addModelVersion(textOnly); // newer, but it sees no image: never the map source
        std::vector<float> attention(49, 0.0f);
        attention[0] = 1.0f; // the top-left cell
        putImageMap(*m_store, {m_meme, m_version, QStringLiteral("attention"), QString(), 7, 7, attention});
        Annotation smears;
        smears.itemId = m_meme;
        smears.schema = Schemas::Persuasion22;
        smears.label = QStringLiteral("Smears");
        smears.origin = Origin::Model;
        smears.status = Status::Proposed;
        smears.modelVersionId = m_version;
        smears.score = 0.7;
        m_store->addAnnotation(smears);
    }

    void cleanup() { m_store.reset(); }

    void showsAMemeAndHidesForItemsWithoutImage()
    {
        auto view = makeView();
        QVERIFY(view->showItem(*m_store->item(m_meme)));
        QVERIFY(!view->isHidden());
        QCOMPARE(view->imageView()->overlay().image.size(), QSize(320, 160));
        QCOMPARE(view->modelVersionId(), m_version);
        QCOMPARE(view->techniques().size(), 22);
        QCOMPARE(view->techniques().first(), QStringLiteral("Smears")); // the model's proposal first
        // The OCR words are linked to the caption's code points (the emoji is one code point).
        QCOMPARE(view->linkedWords().size(), 3);
        QCOMPARE(view->linkedWords()[1].start, 7);
        QCOMPARE(view->linkedWords()[1].end, 10);
        QCOMPARE(view->imageView()->overlay().wordBoxes, kBoxes);
        QVERIFY(!view->showItem(*m_store->item(m_post)));
        QVERIFY(view->isHidden());
    }

    // In a centre as narrow as the annotate screenshot's, the opacity slider keeps its groove (squeezed to its
    // handle it read as a faint checkbox) and the technique box gives way first; nothing falls off the toolbar.
    void narrowToolbarKeepsTheSliderReadable()
    {
        auto view = makeView();
        view->resize(590, 480);
        view->showItem(*m_store->item(m_meme));
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        auto *slider = view->findChild<QSlider *>();
        QVERIFY(slider->isVisible());
        QVERIFY2(slider->width() >= 80, qPrintable(QString::number(slider->width())));
        auto *technique = view->findChild<QComboBox *>();
        QVERIFY(technique->isVisible());
        QVERIFY(technique->width() >= 140);
        auto *bar = view->findChild<QToolBar *>();
        QCOMPARE(bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"))->isVisible(), false);
    }

    void heatmapToggleAndOpacityChangeTheOverlay()
    {
        auto view = makeView();
        view->showItem(*m_store->item(m_meme));
        const QColor plain = view->overlayImage().pixelColor(5, 5);
        QCOMPARE(plain, QColor(128, 128, 128));
        view->setHeatmapShown(true);
        QVERIFY(view->hasMap());
        QCOMPARE(view->currentMapKey().kind, QStringLiteral("attention"));
        view->setOpacity(0.3);
        const QColor light = view->overlayImage().pixelColor(5, 5);
        view->findChild<QSlider *>()->setValue(90); // the slider itself drives the view
        QCOMPARE(view->opacity(), 0.9);
        const QColor strong = view->overlayImage().pixelColor(5, 5);
        QVERIFY(light.red() > plain.red() && strong.red() > light.red());
        QVERIFY(strong.blue() < light.blue());
        // The far corner is the cold end of the map.
        QVERIFY(view->overlayImage().pixelColor(315, 155).blue() > view->overlayImage().pixelColor(315, 155).red());
        view->setHeatmapShown(false);
        QVERIFY(!view->hasMap());
        QCOMPARE(view->overlayImage().pixelColor(5, 5), plain);
    }

    void aMissingGradCamIsRequestedOnceAndShownWhenStored()
    {
        auto view = makeView();
        FakeRequests requests;
        view->setMapRequests(&requests);
        view->showItem(*m_store->item(m_meme));
        view->setHeatmapShown(true);
        QVERIFY(requests.asked.isEmpty()); // attention is stored
        view->setTechnique(QStringLiteral("Smears"));
        QCOMPARE(view->findChild<QComboBox *>()->currentText(), QStringLiteral("Grad-CAM: Smears (p 0.70)"));
        QCOMPARE(requests.asked.size(), 1);
        const MemeMapKey key = requests.asked.first();
        QCOMPARE(key.itemId, m_meme);
        QCOMPARE(key.modelVersionId, m_version);
        QCOMPARE(key.kind, QStringLiteral("gradcam"));
        QCOMPARE(key.label, QStringLiteral("Smears"));
        QVERIFY(!view->hasMap());
        view->setTechnique(QString());
        view->setTechnique(QStringLiteral("Smears"));
        QCOMPARE(requests.asked.size(), 1); // still pending: not asked twice
        std::vector<float> cam(49, 0.0f);
        cam[48] = 1.0f; // the bottom-right cell
        putImageMap(*m_store, {m_meme, m_version, QStringLiteral("gradcam"), QStringLiteral("Smears"), 7, 7, cam});
        Q_EMIT requests.mapStored(key);
        QVERIFY(view->hasMap());
        const QImage overlay = view->overlayImage();
        QVERIFY(overlay.pixelColor(315, 155).red() > overlay.pixelColor(5, 5).red());
    }

    void aFailedRequestIsReported()
    {
        auto view = makeView();
        FakeRequests requests;
        view->setMapRequests(&requests);
        QSignalSpy status(view.get(), &MemeView::statusMessage);
        view->showItem(*m_store->item(m_meme));
        view->setHeatmapShown(true);
        view->setTechnique(QStringLiteral("Doubt"));
        QCOMPARE(requests.asked.size(), 1);
        Q_EMIT requests.mapFailed(requests.asked.first(), QStringLiteral("no backbone file"));
        QCOMPARE(status.count(), 1);
        QVERIFY(status.first().first().toString().contains(QStringLiteral("no backbone file")));
        view->setTechnique(QString());
        view->setTechnique(QStringLiteral("Doubt"));
        QCOMPARE(requests.asked.size(), 2); // a failed request may be retried
    }

    void savesTheOverlayAsPng()
    {
        auto view = makeView();
        view->showItem(*m_store->item(m_meme));
        view->setHeatmapShown(true);
        view->setOpacity(0.5);
        const QString path = m_dir.filePath(QStringLiteral("overlay.png"));
        view->setSaveFileNameProvider([path] { return path; });
        QAction *save = nullptr;
        for (QAction *action : view->findChildren<QAction *>())
            if (action->text().startsWith(QStringLiteral("Save overlay")))
                save = action;
        QVERIFY(save && save->isEnabled());
        save->trigger();
        QImage written(path);
        QCOMPARE(written.size(), QSize(320, 160));
        const QImage expected = view->overlayImage();
        QCOMPARE(written.convertToFormat(QImage::Format_RGB32), expected.convertToFormat(QImage::Format_RGB32));
        QVERIFY(written.pixelColor(5, 5) != QColor(128, 128, 128)); // the heatmap is in the file
        view->setSaveFileNameProvider([] { return QString(); }); // a cancelled dialog writes nothing
        QFile::remove(path);
        save->trigger();
        QVERIFY(!QFile::exists(path));
    }

    void wheelKeysAndDragZoomAndPan()
    {
        auto view = makeView();
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        view->showItem(*m_store->item(m_meme));
        MemeImageView *image = view->imageView();
        QVERIFY(image->viewTransform().isFitted());
        const QPointF mouse(image->width() / 3.0, image->height() / 2.0);
        const QPointF under = image->viewTransform().toImage(mouse);
        QWheelEvent wheel(mouse, image->mapToGlobal(mouse), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
            Qt::NoScrollPhase, false);
        QApplication::sendEvent(image, &wheel);
        QVERIFY(qAbs(image->viewTransform().zoom() - 1.5625) < 1e-9); // two notches of 1.25
        QVERIFY((image->viewTransform().toImage(mouse) - under).manhattanLength() < 1e-6);
        QTest::keyClick(image, Qt::Key_Minus);
        QVERIFY(qAbs(image->viewTransform().zoom() - 1.25) < 1e-9);
        QTest::keyClick(image, Qt::Key_Plus);
        const QPointF before = image->viewTransform().offset();
        QTest::keyClick(image, Qt::Key_Left);
        QCOMPARE(image->viewTransform().offset(), before + QPointF(40, 0));
        // Drag pans by the mouse's movement.
        const QPointF offset = image->viewTransform().offset();
        QMouseEvent press(QEvent::MouseButtonPress, QPointF(100, 100), image->mapToGlobal(QPointF(100, 100)),
            Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        QMouseEvent move(QEvent::MouseMove, QPointF(130, 90), image->mapToGlobal(QPointF(130, 90)), Qt::NoButton,
            Qt::LeftButton, Qt::NoModifier);
        QMouseEvent release(QEvent::MouseButtonRelease, QPointF(130, 90), image->mapToGlobal(QPointF(130, 90)),
            Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
        QSignalSpy picked(image, &MemeImageView::regionPicked);
        QApplication::sendEvent(image, &press);
        QApplication::sendEvent(image, &move);
        QApplication::sendEvent(image, &release);
        QCOMPARE(image->viewTransform().offset(), offset + QPointF(30, -10));
        QCOMPARE(picked.count(), 0); // a drag is no pick
        QTest::keyClick(image, Qt::Key_0);
        QVERIFY(image->viewTransform().isFitted());
    }

    void hoveringASpanHighlightsItsWordBoxes()
    {
        SpanTextView text;
        auto view = makeView();
        view->attachText(&text);
        text.resize(500, 200);
        text.show();
        QVERIFY(QTest::qWaitForWindowExposed(&text));
        view->showItem(*m_store->item(m_meme));
        const CodePointMap map(kCaption);
        Annotation steal;
        steal.id = 7;
        steal.start = 11; // "steal" in code points
        steal.end = 16;
        text.setContent(kCaption, {DisplaySpan{steal, map.toUtf16(11), map.toUtf16(16), QColor(200, 0, 0), 0}});
        const QRectF rect = text.textRects(text.spans().first()).first();
        QMouseEvent move(QEvent::MouseMove, rect.center(), text.viewport()->mapToGlobal(rect.center()), Qt::NoButton,
            Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(text.viewport(), &move);
        QCOMPARE(view->textLink()->highlightedWords(), QList<int>{2});
        QCOMPARE(view->imageView()->overlay().highlighted, QList<QRect>{kBoxes[2]});
        QCOMPARE(view->imageView()->overlay().highlight, QColor(200, 0, 0));
        // Leaving the span shows the text selection's words again (none).
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(text.viewport(), &leave);
        QVERIFY(view->imageView()->overlay().highlighted.isEmpty());
        // Selecting text highlights its words too.
        QTextCursor cursor = text.textCursor();
        cursor.setPosition(int(map.toUtf16(2)));
        cursor.setPosition(int(map.toUtf16(10)), QTextCursor::KeepAnchor); // "Stop the"
        text.setTextCursor(cursor);
        QCOMPARE(view->textLink()->highlightedWords(), (QList<int>{0, 1}));
    }

    void pickingARegionOnTheImageSelectsItsText_data()
    {
        QTest::addColumn<QRect>("region");
        QTest::addColumn<QString>("selected");
        QTest::newRow("click on THE") << QRect(kBoxes[1].center(), QSize(1, 1)) << QStringLiteral("the");
        QTest::newRow("band over STOP and THE") << QRect(30, 30, 120, 30) << QStringLiteral("Stop the");
        QTest::newRow("band over all") << QRect(0, 0, 320, 160) << QStringLiteral("Stop the steal");
        QTest::newRow("click on the background") << QRect(5, 150, 1, 1) << QString();
    }

    void pickingARegionOnTheImageSelectsItsText()
    {
        QFETCH(QRect, region);
        QFETCH(QString, selected);
        SpanTextView text;
        auto view = makeView();
        view->attachText(&text);
        view->showItem(*m_store->item(m_meme));
        text.setContent(kCaption, {});
        Q_EMIT view->imageView()->regionPicked(region);
        // The selection is in UTF-16 inside the view (the emoji is two units) and covers exactly the words.
        QCOMPARE(text.textCursor().selectedText(), selected);
        if (!selected.isEmpty())
            QCOMPARE(text.textCursor().selectionStart(), selected.startsWith(QLatin1Char('S')) ? 3 : 8);
    }
};

QTEST_MAIN(TestMemeView)
#include "TestMemeView.moc"
