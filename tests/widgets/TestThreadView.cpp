// The thread view on a generated thread in a temporary project: S/D/Q/C keys add human stances (configurable),
// the veracity selector adds a human veracity, every answer is undoable on the editor's stack, tree and timeline
// select each other, the chart exports.
#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/store/ProjectStore.h"
#include "widgets/annotation/AnnotationEditor.h"
#include "widgets/appearance/ColorSchemeRules.h"
#include "widgets/appearance/SchemePalettes.h"
#include "widgets/thread/StanceChipDelegate.h"
#include "widgets/thread/StanceTimelineView.h"
#include "widgets/thread/ThreadTreeModel.h"
#include "widgets/thread/ThreadView.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <QWheelEvent>

using namespace candor;

class TestThreadView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<AnnotationEditor> m_editor;
    qint64 m_item = 0;

    QList<Annotation> humanRows(const QString &schema)
    {
        AnnotationFilter filter;
        filter.origin = Origin::Human;
        filter.schema = schema;
        return m_store->annotations(m_item, filter);
    }

private Q_SLOTS:
    void init()
    {
        const QString path
            = m_dir.filePath(QStringLiteral("thread-%1.candor").arg(QDateTime::currentMSecsSinceEpoch()));
        ProjectStore::create(path);
        m_store = std::make_unique<ProjectStore>(path);
        m_editor = std::make_unique<AnnotationEditor>();
        m_editor->setStore(m_store.get());
        m_editor->setAnnotator(QStringLiteral("tester"));
        Item item;
        item.kind = ItemKind::Thread;
        item.source = QStringLiteral("generated");
        item.externalId = QStringLiteral("t1");
        item.split = QStringLiteral("dev");
        item.text = QStringLiteral("Plane crashed in the Alps");
        m_item = m_store->upsertItem(item).id;
        const QDateTime start(QDate(2015, 3, 24), QTime(10, 0), Qt::UTC);
        const QList<std::tuple<QString, QString, int>> posts{{QStringLiteral("s"), QString(), 0},
            {QStringLiteral("a"), QStringLiteral("s"), 120}, {QStringLiteral("b"), QStringLiteral("a"), 600},
            {QStringLiteral("c"), QStringLiteral("s"), 900}};
        for (const auto &[id, parent, seconds] : posts) {
            ThreadPost post;
            post.itemId = m_item;
            post.postId = id;
            post.parentPostId = parent;
            post.author = QStringLiteral("user_") + id;
            post.createdAt = start.addSecs(seconds);
            post.text = QStringLiteral("post ") + id;
            m_store->upsertPost(post);
        }
        Annotation gold;
        gold.itemId = m_item;
        gold.postRowId = m_store->findPost(m_item, QStringLiteral("a"));
        gold.schema = Schemas::Stance4;
        gold.label = QStringLiteral("query");
        m_store->addAnnotation(gold);
    }

    void keysSetHumanStance()
    {
        ThreadView view(m_editor.get());
        view.showThread(m_item);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.conversation().posts.size(), qsizetype(4));
        const int a = view.conversation().indexOfRow(*m_store->findPost(m_item, QStringLiteral("a")));
        view.setCurrentPost(a);
        view.tree()->setFocus();
        QSignalSpy changed(&view, &ThreadView::annotationsChanged);
        QTest::keyClick(view.tree(), Qt::Key_D);
        QCOMPARE(changed.count(), 1);
        QList<Annotation> rows = humanRows(Schemas::Stance4);
        QCOMPARE(rows.size(), qsizetype(1));
        QCOMPARE(rows[0].label, QStringLiteral("deny"));
        QCOMPARE(rows[0].annotator, QStringLiteral("tester"));
        QCOMPARE(view.conversation().posts[a].shown()->label, QStringLiteral("deny"));
        QCOMPARE(view.currentPost(), a); // the selection survives the reload

        // A second answer replaces the first; gold stays.
        QTest::keyClick(view.tree(), Qt::Key_S);
        rows = humanRows(Schemas::Stance4);
        QCOMPARE(rows.size(), qsizetype(1));
        QCOMPARE(rows[0].label, QStringLiteral("support"));
        QCOMPARE(view.conversation().posts[a].gold->label, QStringLiteral("query"));

        // Configurable keys: 1..4.
        view.setStanceKeys(
            {QKeySequence(Qt::Key_1), QKeySequence(Qt::Key_2), QKeySequence(Qt::Key_3), QKeySequence(Qt::Key_4)});
        QTest::keyClick(view.tree(), Qt::Key_3);
        QCOMPARE(humanRows(Schemas::Stance4).first().label, QStringLiteral("query"));
        QTest::keyClick(view.tree(), Qt::Key_C); // no longer bound
        QCOMPARE(humanRows(Schemas::Stance4).first().label, QStringLiteral("query"));
    }

    // Each answer is one command: undo restores the previous human answer (or none), redo re-applies it, and the
    // view follows every step. Pressing the key of the answer already given pushes nothing.
    void answersUndoAndRedo()
    {
        ThreadView view(m_editor.get());
        view.showThread(m_item);
        QUndoStack *stack = m_editor->undoStack();
        const int a = view.conversation().indexOfRow(*m_store->findPost(m_item, QStringLiteral("a")));
        view.setCurrentPost(a);
        QVERIFY(view.setCurrentStance(QStringLiteral("deny")));
        QVERIFY(view.setCurrentStance(QStringLiteral("support")));
        QVERIFY(!view.setCurrentStance(QStringLiteral("support")));
        QVERIFY(!view.setCurrentStance(QStringLiteral("maybe")));
        QVERIFY(view.setVeracity(QStringLiteral("unverified")));
        QCOMPARE(stack->count(), 3);

        stack->undo(); // veracity
        QVERIFY(humanRows(Schemas::Veracity3).isEmpty());
        QVERIFY(!view.conversation().humanVeracity);
        QCOMPARE(view.veracityBox()->currentData().toString(), QString());
        stack->undo(); // support -> deny
        QCOMPARE(humanRows(Schemas::Stance4).size(), qsizetype(1));
        QCOMPARE(humanRows(Schemas::Stance4).first().label, QStringLiteral("deny"));
        QCOMPARE(view.conversation().posts[a].shown()->label, QStringLiteral("deny"));
        stack->undo(); // deny -> gold query shows again
        QVERIFY(humanRows(Schemas::Stance4).isEmpty());
        QCOMPARE(view.conversation().posts[a].shown()->label, QStringLiteral("query"));
        QCOMPARE(view.conversation().posts[a].shown()->origin, Origin::Gold);
        QCOMPARE(view.timeline()->series().cumulative[2].first().y(), 1.0); // query counted from gold

        stack->redo();
        stack->redo();
        QCOMPARE(humanRows(Schemas::Stance4).first().label, QStringLiteral("support"));
        QCOMPARE(view.conversation().posts[a].shown()->label, QStringLiteral("support"));
        QCOMPARE(view.timeline()->series().cumulative[0].first().y(), 1.0);
        QCOMPARE(view.timeline()->series().cumulative[2].first().y(), 0.0);
        stack->redo();
        QCOMPARE(humanRows(Schemas::Veracity3).first().label, QStringLiteral("unverified"));
        QCOMPARE(view.veracityBox()->currentData().toString(), QStringLiteral("unverified"));
        QCOMPARE(view.currentPost(), a);
    }

    // Tweets arrive HTML-escaped (&amp; &lt; &gt;); the tree shows the typed characters, the project keeps the text.
    void showsTweetTextUnescaped()
    {
        ThreadPost post;
        for (const ThreadPost &stored : m_store->posts(m_item))
            if (stored.postId == QLatin1String("c"))
                post = stored;
        post.text = QStringLiteral("Q&amp;A &lt;live&gt; &amp;amp;");
        m_store->upsertPost(post);
        ThreadView view(m_editor.get());
        view.showThread(m_item);
        const int c = view.conversation().indexOfRow(*m_store->findPost(m_item, QStringLiteral("c")));
        auto *model = qobject_cast<ThreadTreeModel *>(view.tree()->model());
        QVERIFY(model);
        QCOMPARE(model->indexOfPost(c).data(Qt::DisplayRole).toString(), QStringLiteral("user_c: Q&A <live> &amp;"));
        QCOMPARE(view.conversation().posts[c].post.text, QStringLiteral("Q&amp;A &lt;live&gt; &amp;amp;"));
    }

    void readOnlyWithoutProject()
    {
        AnnotationEditor editor;
        ThreadView view(&editor);
        QVERIFY_THROWS_EXCEPTION(Error, view.showThread(m_item));
        QVERIFY(!view.setCurrentStance(QStringLiteral("deny")));
        QVERIFY(!view.setVeracity(QStringLiteral("true")));
    }

    void veracitySelector()
    {
        ThreadView view(m_editor.get());
        view.showThread(m_item);
        const int index = view.veracityBox()->findData(QStringLiteral("false"));
        view.veracityBox()->setCurrentIndex(index);
        Q_EMIT view.veracityBox()->activated(index);
        const QList<Annotation> rows = humanRows(Schemas::Veracity3);
        QCOMPARE(rows.size(), qsizetype(1));
        QCOMPARE(rows[0].label, QStringLiteral("false"));
        QVERIFY(!rows[0].postRowId);
        QCOMPARE(view.conversation().humanVeracity->label, QStringLiteral("false"));
    }

    void timelineAndTreeSelectEachOther()
    {
        ThreadView view(m_editor.get());
        view.showThread(m_item);
        const ThreadConversation &c = view.conversation();
        const int b = c.indexOfRow(*m_store->findPost(m_item, QStringLiteral("b")));
        const int cPost = c.indexOfRow(*m_store->findPost(m_item, QStringLiteral("c")));
        // Minutes: a at 2, b at 10, c at 15.
        QCOMPARE(view.timeline()->series().unit.name, QStringLiteral("minutes"));
        QCOMPARE(view.timeline()->postNearest(QPointF(9.4, 0)), b);
        Q_EMIT view.timeline()->stanceSeries(0)->clicked(QPointF(14.8, 0));
        QCOMPARE(view.currentPost(), cPost);
        view.setCurrentPost(b);
        QCOMPARE(view.timeline()->selectedPost(), b);
    }

    // The wheel zooms the time axis around the pointer, never past the thread's range; "Whole thread" resets it.
    void timelineZoomsTime()
    {
        ThreadView view(m_editor.get());
        view.showThread(m_item);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        StanceTimelineView *timeline = view.timeline();
        const QPair<double, double> whole = timeline->timeRange();
        QCOMPARE(whole.first, 0.0);
        QCOMPARE(whole.second, 15.0 * 1.05); // c at 15 minutes is the last reply

        timeline->zoomTime(0.5, 2.0);
        QPair<double, double> range = timeline->timeRange();
        QCOMPARE(range.second - range.first, whole.second * 0.5);
        QVERIFY(range.first <= 2.0 && range.second >= 2.0);
        QCOMPARE((2.0 - range.first) / (range.second - range.first), 2.0 / whole.second); // the anchor stays put

        timeline->zoomTime(100.0, 2.0); // zooming out stops at the whole thread
        QCOMPARE(timeline->timeRange(), whole);

        QWidget *viewport = timeline->chartView()->viewport();
        const QPoint middle = viewport->rect().center();
        QWheelEvent wheel(middle, viewport->mapToGlobal(middle), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
            Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &wheel);
        range = timeline->timeRange();
        QVERIFY2(range.second - range.first < whole.second * 0.7, "two wheel steps in zoom to 0.64 of the range");
        QVERIFY(range.first >= 0.0 && range.second <= whole.second + 1e-9);

        timeline->showWholeThread();
        QCOMPARE(timeline->timeRange(), whole);
    }

    void exportsPngAndSvg()
    {
        StanceTimelineView timeline;
        ThreadView view(m_editor.get());
        view.showThread(m_item);
        timeline.setConversation(view.conversation());
        timeline.resize(640, 400);
        const QString png = m_dir.filePath(QStringLiteral("timeline.png"));
        const QString svg = m_dir.filePath(QStringLiteral("timeline.svg"));
        QVERIFY(timeline.exportPng(png));
        QVERIFY(timeline.exportSvg(svg));
        QVERIFY(QImage(png).width() > 100);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("<svg"));
        QString error;
        QVERIFY(!timeline.exportPng(m_dir.filePath(QStringLiteral("missing/dir/t.png")), &error));
        QVERIFY(!error.isEmpty());
    }

    // Model proposals are outlined chips with text in the stance colour: readable (4.5:1) on the light and the dark
    // palette's base; a colour that already is stays the stance colour.
    void proposalChipsReadOnBothPalettes()
    {
        for (const QPalette &palette : {lightPalette(), darkPalette()}) {
            for (const QString &label : timelineStanceLabels()) {
                const QColor ink = stanceProposalColour(label, palette);
                const double contrast = contrastRatio(ink, palette.color(QPalette::Base));
                QVERIFY2(contrast >= 4.5, qPrintable(QStringLiteral("%1 %2: %3").arg(label, ink.name()).arg(contrast)));
            }
        }
        QCOMPARE(stanceProposalColour(QStringLiteral("deny"), lightPalette()), stanceColour(QStringLiteral("deny")));
        QVERIFY(stanceProposalColour(QStringLiteral("deny"), darkPalette()).lightness()
            > stanceColour(QStringLiteral("deny")).lightness());
        QVERIFY(stanceProposalColour(QStringLiteral("query"), lightPalette()).lightness()
            < stanceColour(QStringLiteral("query")).lightness());
    }

    void filledChipsReadOnTheirFill()
    {
        for (const QString &label : timelineStanceLabels()) {
            const double contrast = contrastRatio(stanceChipTextColour(label), stanceColour(label));
            QVERIFY2(contrast >= 4.5, qPrintable(QStringLiteral("%1: %2").arg(label).arg(contrast)));
        }
        QCOMPARE(stanceChipTextColour(QStringLiteral("query")), QColor(Qt::black));
        QCOMPARE(stanceChipTextColour(QStringLiteral("deny")), QColor(Qt::white));
    }

    // tools/screenshots.sh: a generated rumour thread with gold and model stances and attention, grabbed whole.
    void screenshot()
    {
        const QString folder = qEnvironmentVariable("CANDOR_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("set CANDOR_SCREENSHOT_DIR to write the thread view screenshot");
        const QStringList texts{QStringLiteral("Is this confirmed? Source please"),
            QStringLiteral("This is fake, the photo is from 2012"), QStringLiteral("Praying for everyone on board"),
            QStringLiteral("Confirmed by the airline just now"), QStringLiteral("Not true, the flight landed safely"),
            QStringLiteral("Where did you hear that?"), QStringLiteral("So sad"),
            QStringLiteral("Officials confirm the crash near Digne"), QStringLiteral("Hoax. Stop spreading this"),
            QStringLiteral("Terrible news")};
        const QStringList gold{QStringLiteral("query"), QStringLiteral("deny"), QStringLiteral("comment"),
            QStringLiteral("support"), QStringLiteral("deny"), QStringLiteral("query"), QStringLiteral("comment"),
            QStringLiteral("support"), QStringLiteral("deny"), QStringLiteral("comment")};
        const QDateTime start(QDate(2015, 3, 24), QTime(10, 0), Qt::UTC);
        ModelVersion version;
        version.task = QStringLiteral("thread");
        version.name = QStringLiteral("thread mm-mtl branches");
        version.createdAt = start;
        const qint64 versionId = m_store->addModelVersion(version);
        QJsonObject attention;
        for (int i = 0; i < texts.size(); ++i) {
            ThreadPost post;
            post.itemId = m_item;
            post.postId = QStringLiteral("r%1").arg(i);
            post.parentPostId = i % 3 == 2 ? QStringLiteral("r%1").arg(i - 1) : QStringLiteral("s");
            post.author = QStringLiteral("reader_%1").arg(i);
            post.createdAt = start.addSecs(400 * (i + 1) + 90 * i * i);
            post.text = texts[i];
            const qint64 row = m_store->upsertPost(post).id;
            Annotation stance;
            stance.itemId = m_item;
            stance.postRowId = row;
            stance.schema = Schemas::Stance4;
            stance.label = gold[i];
            m_store->addAnnotation(stance);
            stance.origin = Origin::Model;
            stance.modelVersionId = versionId;
            stance.status = Status::Proposed;
            stance.label = i == 4 ? QStringLiteral("comment") : gold[i];
            stance.score = 0.55 + 0.04 * i;
            m_store->addAnnotation(stance);
            attention[QString::number(row)] = gold[i] == QLatin1String("comment") ? 0.03 : 0.08 + 0.01 * i;
        }
        // The file a prediction run writes beside the version: the view reads attention from there.
        m_store->putModelFile(versionId, QStringLiteral("attention.json"), QJsonDocument(attention).toJson());
        ThreadView view(m_editor.get());
        view.showThread(m_item);
        const ThreadConversation &conversation = view.conversation();
        QVERIFY(
            conversation.posts[conversation.indexOfRow(*m_store->findPost(m_item, QStringLiteral("r1")))].attention);
        view.resize(1100, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCurrentPost(conversation.indexOfRow(*m_store->findPost(m_item, QStringLiteral("r4"))));
        QVERIFY(view.grab().save(folder + QStringLiteral("/thread-view.png")));
        QVERIFY(view.timeline()->exportSvg(folder + QStringLiteral("/stance-timeline.svg")));
    }
};

QTEST_MAIN(TestThreadView)
#include "TestThreadView.moc"
