// The thread view inside the real main window: a thread item selected in the browser takes the centre (a post
// gives it back to the item view), stance keys and the veracity selector edit through the window's undo stack
// (Ctrl+Z / Ctrl+Shift+Z), a mouse click on a timeline point selects that reply and the reverse. Telegram reply
// chains arrive through the importer (a generated export with a photo), RumourEval threads from the shared dev
// split when it is there.
#include "core/domain/LabelSchema.h"
#include "core/jobs/Job.h"
#include "core/jobs/JobManager.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"
#include "tests/support/TestFiles.h"
#include "widgets/annotation/AnnotationEditor.h"
#include "widgets/browser/ItemBrowser.h"
#include "widgets/itemview/ItemView.h"
#include "widgets/main/MainWindow.h"
#include "widgets/main/WelcomePage.h"
#include "widgets/thread/StanceKeysDialog.h"
#include "widgets/thread/StanceTimelineView.h"
#include "widgets/thread/ThreadTreeModel.h"
#include "widgets/thread/ThreadView.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace candor;

namespace {

// Telegram Desktop's JSON export: message 1 roots a chain (2 and 4 reply to it, 3 to 2; 4 carries a photo),
// 5 stands alone, 6 is a service message.
const char kTelegram[] = R"JSON({
 "name": "Rumour group", "type": "private_supergroup", "id": 4242,
 "messages": [
  {"id": 1, "type": "message", "date": "2023-05-01T09:00:00", "from": "Ann", "from_id": "user1",
   "text": "The bridge on route 9 collapsed this morning"},
  {"id": 2, "type": "message", "date": "2023-05-01T09:02:00", "from": "Ben", "from_id": "user2",
   "reply_to_message_id": 1, "text": "Source? I drove over it an hour ago"},
  {"id": 3, "type": "message", "date": "2023-05-01T09:10:00", "from": "Ann", "from_id": "user1",
   "reply_to_message_id": 2, "text": "A friend saw it"},
  {"id": 4, "type": "message", "date": "2023-05-01T09:30:00", "from": "Cid", "from_id": "user3",
   "reply_to_message_id": 1, "photo": "photos/photo_1.png", "text": "Here is a photo of it"},
  {"id": 5, "type": "message", "date": "2023-05-01T10:00:00", "from": "Dee", "from_id": "user4", "text": "Unrelated"},
  {"id": 6, "type": "service", "date": "2023-05-01T10:01:00", "actor": "Ann", "action": "pin_message", "text": ""}
 ]
})JSON";

QByteArray photoPng()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(40, 90, 160));
    image.setPixelColor(10, 10, Qt::white);
    return testfiles::encoded(image);
}

} // namespace

class TestThreadWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_counter = 0;

    QStackedWidget *centre() const { return m_window->findChild<QStackedWidget *>(); }
    ThreadView *threads() const { return m_window->threadView(); }

    QList<Annotation> humanRows(qint64 item, const QString &schema) const
    {
        AnnotationFilter filter;
        filter.origin = Origin::Human;
        filter.schema = schema;
        return m_window->store()->annotations(item, filter);
    }

    // A generated thread (source s; a and c reply to s, b to a) beside a plain post, in a fresh project.
    QString generatedProject(qint64 &threadId, qint64 &postId)
    {
        const QString path = m_dir.filePath(QStringLiteral("gen%1.candor").arg(++m_counter));
        ProjectStore::create(path);
        ProjectStore store(path);
        Item post;
        post.kind = ItemKind::Post;
        post.source = QStringLiteral("generated");
        post.externalId = QStringLiteral("p1");
        post.text = QStringLiteral("A plain post");
        postId = store.upsertItem(post).id;
        Item thread;
        thread.kind = ItemKind::Thread;
        thread.source = QStringLiteral("generated");
        thread.externalId = QStringLiteral("t1");
        thread.text = QStringLiteral("Plane crashed in the Alps");
        threadId = store.upsertItem(thread).id;
        const QDateTime start(QDate(2015, 3, 24), QTime(10, 0), Qt::UTC);
        const QList<std::tuple<QString, QString, int, QString>> posts{
            {QStringLiteral("s"), QString(), 0, QStringLiteral("support")},
            {QStringLiteral("a"), QStringLiteral("s"), 120, QStringLiteral("query")},
            {QStringLiteral("b"), QStringLiteral("a"), 600, QStringLiteral("deny")},
            {QStringLiteral("c"), QStringLiteral("s"), 900, QStringLiteral("comment")}};
        for (const auto &[id, parent, seconds, stance] : posts) {
            ThreadPost p;
            p.itemId = threadId;
            p.postId = id;
            p.parentPostId = parent;
            p.author = QStringLiteral("user_") + id;
            p.createdAt = start.addSecs(seconds);
            p.text = QStringLiteral("post ") + id;
            Annotation gold;
            gold.itemId = threadId;
            gold.postRowId = store.upsertPost(p).id;
            gold.schema = Schemas::Stance4;
            gold.label = stance;
            store.addAnnotation(gold);
        }
        return path;
    }

    int postIndex(qint64 threadId, const QString &postId) const
    {
        return threads()->conversation().indexOfRow(*m_window->store()->findPost(threadId, postId));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CandorTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_threadwindow"));
    }

    void init()
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        Database::closeAll();
    }

    void threadItemTakesTheCentre()
    {
        qint64 thread = 0, post = 0;
        QVERIFY(m_window->openProject(generatedProject(thread, post)));
        m_window->showItem(thread);
        QCOMPARE(centre()->currentWidget(), threads());
        QVERIFY(threads()->isVisible());
        QCOMPARE(threads()->itemId(), thread);
        QCOMPARE(m_window->itemView()->itemId(), thread); // the window's current item stays the thread
        QCOMPARE(threads()->conversation().posts.size(), qsizetype(4));
        QCOMPARE(threads()->currentPost(), threads()->conversation().root);
        m_window->showItem(post);
        QCOMPARE(centre()->currentWidget(), m_window->itemView());
        m_window->showItem(thread);
        QCOMPARE(centre()->currentWidget(), threads());
        m_window->closeProject();
        QCOMPARE(centre()->currentWidget(), m_window->welcomePage());
    }

    // Keyboard only: Down walks the replies, D / Q set stances, the veracity box answers; Ctrl+Z and Ctrl+Shift+Z
    // (the window's Edit actions) undo and redo, and each step is in the project at once.
    void keysEditThroughTheWindowUndoStack()
    {
        qint64 thread = 0, post = 0;
        QVERIFY(m_window->openProject(generatedProject(thread, post)));
        m_window->showItem(thread);
        QTreeView *tree = threads()->tree();
        tree->setFocus();
        QVERIFY(tree->hasFocus());
        QTest::keyClick(tree, Qt::Key_Down); // s -> a (tree order: s, a, b, c)
        QCOMPARE(threads()->currentPost(), postIndex(thread, QStringLiteral("a")));
        QTest::keyClick(tree, Qt::Key_Down);
        const int b = postIndex(thread, QStringLiteral("b"));
        QCOMPARE(threads()->currentPost(), b);
        QTest::keyClick(tree, Qt::Key_Q);
        QList<Annotation> rows = humanRows(thread, Schemas::Stance4);
        QCOMPARE(rows.size(), qsizetype(1));
        QCOMPARE(rows[0].label, QStringLiteral("query"));
        QCOMPARE(rows[0].postRowId, m_window->store()->findPost(thread, QStringLiteral("b")));
        QCOMPARE(threads()->conversation().posts[b].shown()->label, QStringLiteral("query"));
        QCOMPARE(threads()->currentPost(), b);
        QTest::keyClick(tree, Qt::Key_D);
        QCOMPARE(humanRows(thread, Schemas::Stance4).first().label, QStringLiteral("deny"));

        QComboBox *veracity = threads()->veracityBox();
        const int falseIndex = veracity->findData(QStringLiteral("false"));
        veracity->setCurrentIndex(falseIndex);
        Q_EMIT veracity->activated(falseIndex);
        QCOMPARE(humanRows(thread, Schemas::Veracity3).first().label, QStringLiteral("false"));
        QCOMPARE(m_window->editor()->undoStack()->count(), 3);

        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(humanRows(thread, Schemas::Veracity3).isEmpty());
        QCOMPARE(veracity->currentData().toString(), QString());
        QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(humanRows(thread, Schemas::Stance4).first().label, QStringLiteral("query"));
        QCOMPARE(threads()->conversation().posts[b].shown()->label, QStringLiteral("query"));
        QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(humanRows(thread, Schemas::Stance4).isEmpty());
        QCOMPARE(threads()->conversation().posts[b].shown()->origin, Origin::Gold);
        QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(humanRows(thread, Schemas::Stance4).first().label, QStringLiteral("deny"));
        QCOMPARE(threads()->conversation().posts[b].shown()->label, QStringLiteral("deny"));

        // Undo from another item brings the thread back into the centre.
        m_window->showItem(post);
        QCOMPARE(centre()->currentWidget(), m_window->itemView());
        m_window->editor()->undoStack()->undo();
        QCOMPARE(m_window->itemView()->itemId(), thread);
        QCOMPARE(centre()->currentWidget(), threads());
        QCOMPARE(humanRows(thread, Schemas::Stance4).first().label, QStringLiteral("query"));
    }

    // Go > Focus item text (F6) puts the keyboard on the reply tree while a thread is in the centre, so stance keys
    // work at once; on a plain item it focuses the item view as before.
    void f6FocusesTheReplyTree()
    {
        qint64 thread = 0, post = 0;
        QVERIFY(m_window->openProject(generatedProject(thread, post)));
        m_window->showItem(thread);
        QTableView *table = m_window->browser()->table();
        table->setFocus();
        QVERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_F6);
        QVERIFY(threads()->tree()->hasFocus());
        QTest::keyClick(threads()->tree(), Qt::Key_Down);
        QTest::keyClick(threads()->tree(), Qt::Key_C);
        QCOMPARE(humanRows(thread, Schemas::Stance4).first().label, QStringLiteral("comment"));

        m_window->showItem(post);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F6);
        QVERIFY(m_window->itemView()->isAncestorOf(QApplication::focusWidget()) || m_window->itemView()->hasFocus());
        QVERIFY(!threads()->tree()->hasFocus());
    }

    // Edit > Stance keys…: conflicts with the window's shortcuts and between stances keep OK disabled, Restore
    // Defaults brings S / D / Q / C back; OK rebinds the thread view at once (the new key edits, the old one no
    // longer does) and stores the keys for the next start.
    void stanceKeysDialogRebindsLive()
    {
        qint64 thread = 0, post = 0;
        QVERIFY(m_window->openProject(generatedProject(thread, post)));
        m_window->showItem(thread);
        auto *open = m_window->findChild<QAction *>(QStringLiteral("stanceKeysAction"));
        QVERIFY(open);
        open->trigger();
        auto *dialog = m_window->findChild<StanceKeysDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        QCOMPARE(dialog->keys(),
            (QList<QKeySequence>{
                QKeySequence(Qt::Key_S), QKeySequence(Qt::Key_D), QKeySequence(Qt::Key_Q), QKeySequence(Qt::Key_C)}));
        QVERIFY(ok->isEnabled());

        QKeySequenceEdit *deny = dialog->editor(1);
        deny->setKeySequence(QKeySequence(Qt::CTRL | Qt::Key_J)); // Go > Next unreviewed
        QVERIFY(!ok->isEnabled());
        QVERIFY2(dialog->problems().contains(QStringLiteral("Next unreviewed")), qPrintable(dialog->problems()));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("problems"))->isVisibleTo(dialog));
        deny->setKeySequence(QKeySequence(Qt::Key_Q)); // already query
        QVERIFY(!ok->isEnabled());
        QVERIFY2(
            dialog->problems().contains(QStringLiteral("deny")) && dialog->problems().contains(QStringLiteral("query")),
            qPrintable(dialog->problems()));
        deny->clear();
        QVERIFY(!ok->isEnabled());
        dialog->buttons()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog->keys()[1], QKeySequence(Qt::Key_D));
        QVERIFY(ok->isEnabled());

        // Typed like a user: the editor records the key and keeps the first of a sequence.
        deny->setFocus();
        deny->clear();
        QTest::keyClick(deny, Qt::Key_N);
        QTest::keyClick(deny, Qt::Key_M);
        QTRY_COMPARE(deny->keySequence(), QKeySequence(Qt::Key_N));
        QVERIFY(ok->isEnabled());
        ok->click();
        QVERIFY(!dialog->isVisible());
        QCOMPARE(threads()->stanceKeys()[1], QKeySequence(Qt::Key_N));
        QCOMPARE(QSettings().value(QStringLiteral("threadView/stanceKeys")).toStringList(),
            (QStringList{QStringLiteral("S"), QStringLiteral("N"), QStringLiteral("Q"), QStringLiteral("C")}));

        // The dialog was the active window; a desktop gives activation back to the main window when it closes.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTreeView *tree = threads()->tree();
        tree->setFocus();
        threads()->setCurrentPost(postIndex(thread, QStringLiteral("b")));
        QTest::keyClick(tree, Qt::Key_D); // no longer a stance key
        QVERIFY(humanRows(thread, Schemas::Stance4).isEmpty());
        QTest::keyClick(tree, Qt::Key_N);
        QList<Annotation> rows = humanRows(thread, Schemas::Stance4);
        QCOMPARE(rows.size(), qsizetype(1));
        QCOMPARE(rows[0].label, QStringLiteral("deny"));
        QCOMPARE(rows[0].postRowId, m_window->store()->findPost(thread, QStringLiteral("b")));

        // The next window (the next start) reads the stored keys.
        ThreadView fresh(nullptr);
        QCOMPARE(fresh.stanceKeys()[1], QKeySequence(Qt::Key_N));
    }

    // A real mouse click on a point of the "deny" line selects that reply in the tree; picking a reply in the tree
    // moves the timeline's marker to it.
    void timelineClickSelectsTheReplyAndBack()
    {
        qint64 thread = 0, post = 0;
        QVERIFY(m_window->openProject(generatedProject(thread, post)));
        m_window->showItem(thread);
        StanceTimelineView *timeline = threads()->timeline();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCoreApplication::processEvents();
        const StanceTimelineSeries &series = timeline->series();
        const int b = postIndex(thread, QStringLiteral("b"));
        const int slot = int(series.replies.indexOf(b));
        QVERIFY(slot >= 0);
        QLineSeries *deny = timeline->stanceSeries(1);
        const QPointF scene = timeline->chartView()->chart()->mapToPosition(deny->at(slot), deny);
        const QPoint at = timeline->chartView()->mapFromScene(scene);
        QTest::mouseClick(timeline->chartView()->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(threads()->currentPost(), b);
        QCOMPARE(threads()->tree()->currentIndex().data(ThreadTreeModel::PostRowIdRole).toLongLong(),
            *m_window->store()->findPost(thread, QStringLiteral("b")));

        const int c = postIndex(thread, QStringLiteral("c"));
        threads()->tree()->setCurrentIndex(
            threads()->tree()->model()->index(1, 0, threads()->tree()->model()->index(0, 0)));
        QCOMPARE(threads()->currentPost(), c);
        QCOMPARE(timeline->selectedPost(), c);
    }

    // A Telegram export through the importer (the window's import job): the reply chain becomes a thread item
    // whose tree is the chain, with the photo as a thumbnail; stance keys work on it like on any thread.
    void telegramReplyChainThroughTheImporter()
    {
        const QString project = m_dir.filePath(QStringLiteral("tg%1.candor").arg(++m_counter));
        QVERIFY(m_window->newProject(project));
        const QString folder = m_dir.filePath(QStringLiteral("tg-export%1").arg(m_counter));
        testfiles::writeFile(folder + QStringLiteral("/result.json"), kTelegram);
        testfiles::writeFile(folder + QStringLiteral("/photos/photo_1.png"), photoPng());
        Job *job = m_window->importPaths({folder});
        QVERIFY(job);
        QTRY_COMPARE_WITH_TIMEOUT(job->state(), Job::State::Finished, 20000);

        const std::optional<qint64> threadId
            = m_window->store()->findItem(QStringLiteral("telegram"), QStringLiteral("4242/thread/1"));
        QVERIFY(threadId);
        const std::optional<Item> thread = m_window->store()->item(*threadId);
        m_window->showItem(thread->id);
        QCOMPARE(centre()->currentWidget(), threads());
        const ThreadConversation &c = threads()->conversation();
        QCOMPARE(c.posts.size(), qsizetype(4));
        QCOMPARE(c.posts[c.root].post.postId, QStringLiteral("1"));
        const auto index = [&](const char *id) { return postIndex(thread->id, QLatin1String(id)); };
        QCOMPARE(c.posts[c.root].children, (QList<int>{index("2"), index("4")}));
        QCOMPARE(c.posts[index("2")].children, QList<int>{index("3")});
        QCOMPARE(c.posts[index("3")].depth, 2);
        QCOMPARE(c.treeOrder(), (QList<int>{c.root, index("2"), index("3"), index("4")}));
        QCOMPARE(c.posts[index("4")].secondsSinceSource, 1800.0);
        QVERIFY(!c.posts[index("4")].thumbnail.isNull());
        QVERIFY(c.posts[index("2")].thumbnail.isNull());
        // The thumbnail has the screen's pixels for its 48 points (sharp on HiDPI: run with QT_SCALE_FACTOR=2).
        const QModelIndexList photo = threads()->tree()->model()->match(threads()->tree()->model()->index(0, 0),
            ThreadTreeModel::PostIndexRole, index("4"), 1, Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(photo.size(), 1);
        const QPixmap thumbnail = photo.first().data(Qt::DecorationRole).value<QPixmap>();
        QCOMPARE(thumbnail.devicePixelRatio(), qGuiApp->devicePixelRatio());
        QCOMPARE(qMax(thumbnail.deviceIndependentSize().width(), thumbnail.deviceIndependentSize().height()), 48.0);
        QCOMPARE(threads()->timeline()->series().unit.name, QStringLiteral("minutes"));

        threads()->tree()->setFocus();
        threads()->setCurrentPost(index("2"));
        QTest::keyClick(threads()->tree(), Qt::Key_Q);
        QCOMPARE(humanRows(thread->id, Schemas::Stance4).first().label, QStringLiteral("query"));
        QCOMPARE(threads()->timeline()->series().cumulative[2].first(), QPointF(2.0, 1.0));
        m_window->editor()->undoStack()->undo();
        QVERIFY(humanRows(thread->id, Schemas::Stance4).isEmpty());

        const std::optional<qint64> standalone
            = m_window->store()->findItem(QStringLiteral("telegram"), QStringLiteral("4242/5"));
        QVERIFY(standalone);
        m_window->showItem(*standalone);
        QCOMPARE(centre()->currentWidget(), m_window->itemView());
    }
};

QTEST_MAIN(TestThreadWindow)
#include "TestThreadWindow.moc"
