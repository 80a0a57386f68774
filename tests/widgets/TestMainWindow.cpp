#include "core/domain/AnnotatorProfile.h"
#include "core/formats/common/Exporter.h"
#include "core/jobs/Job.h"
#include "core/jobs/JobManager.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"
#include "tests/core/AgreementFixture.h"
#include "tests/widgets/FixtureProject.h"
#include "widgets/annotation/AnnotationEditor.h"
#include "widgets/browser/ItemBrowser.h"
#include "widgets/browser/ItemFilterBar.h"
#include "widgets/browser/ItemTableModel.h"
#include "widgets/itemview/ItemView.h"
#include "widgets/itemview/SpanTextView.h"
#include "widgets/jobs/JobListModel.h"
#include "widgets/jobs/JobsPanel.h"
#include "widgets/jobs/TrainingChart.h"
#include "widgets/labels/LabelListModel.h"
#include "widgets/labels/LabelsPanel.h"
#include "widgets/main/AnnotatorDialog.h"
#include "widgets/main/MainWindow.h"
#include "widgets/main/ShortcutsDialog.h"
#include "widgets/main/WelcomePage.h"
#include "widgets/meme/MemeImageView.h"
#include "widgets/report/ChartsPanel.h"
#include "widgets/thread/StanceTimelineView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHelpEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolTip>
#include <QTreeView>
#include <QUndoStack>

using namespace candor;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    int m_counter = 0;

    QAction *action(const QString &text) const
    {
        for (QAction *menu : m_window->menuBar()->actions())
            for (QAction *a : menu->menu()->actions())
                if (a->text().remove(QLatin1Char('&')) == text)
                    return a;
        return nullptr;
    }

    SpanTextView *text() const { return m_window->itemView()->textView(); }

    QList<Annotation> rows(qint64 item, Origin origin) const
    {
        AnnotationFilter filter;
        filter.origin = origin;
        return m_window->store()->annotations(item, filter);
    }

    // Centre of the text between two UTF-16 positions on one line, in viewport coordinates.
    QPoint pointAt(int utf16) const
    {
        QTextCursor cursor(text()->document());
        cursor.setPosition(utf16);
        const QRect rect = text()->cursorRect(cursor);
        return QPoint(rect.left() + 1, rect.center().y());
    }

    void openFixture() { QVERIFY(m_window->openProject(m_path)); }

    // Drags `urls` over the window and drops them, as a file manager does; false when the window refuses them.
    bool dropOnWindow(const QList<QUrl> &urls)
    {
        QMimeData mime;
        mime.setUrls(urls);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &drop);
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CandorTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_mainwindow"));
    }

    void init()
    {
        QSettings().clear();
        m_path = m_dir.filePath(QStringLiteral("w%1.candor").arg(++m_counter));
        fixture::build(m_path, 5);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_testers.clear();
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{m_window->browser()->model(),
                 m_window->labelsPanel()->spanModel(), m_window->labelsPanel()->itemModel(),
                 m_window->jobsPanel()->model()})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    void cleanup()
    {
        m_testers.clear();
        m_window.reset();
        Database::closeAll();
    }

    void welcomeThenOpenThroughTheMenuSeam()
    {
        auto *centre = m_window->findChild<QStackedWidget *>();
        QCOMPARE(centre->currentWidget(), m_window->welcomePage());
        QVERIFY(!m_window->findChild<QDockWidget *>(QStringLiteral("ItemsDock"))->isVisible());
        m_window->setNextFileName(m_path);
        action(QStringLiteral("Open project…"))->trigger();
        QVERIFY(m_window->hasProject());
        QCOMPARE(centre->currentWidget(), m_window->itemView());
        QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("ItemsDock"))->isVisible());
        QCOMPARE(m_window->itemView()->itemId(), qint64(1)); // the first item opens
        QCOMPARE(m_window->browser()->model()->rowCount(), 8);
        action(QStringLiteral("Close project"))->trigger();
        QVERIFY(!m_window->hasProject());
        QCOMPARE(m_window->welcomePage()->recentList()->count(), 1);
        QCOMPARE(m_window->welcomePage()->recentList()->item(0)->data(Qt::UserRole).toString(),
            QFileInfo(m_path).absoluteFilePath());
    }

    void newProjectThroughTheSeam()
    {
        const QString path = m_dir.filePath(QStringLiteral("new%1.candor").arg(m_counter));
        m_window->setNextFileName(path);
        action(QStringLiteral("New project…"))->trigger();
        QVERIFY(m_window->hasProject());
        QCOMPARE(m_window->store()->itemCount(), qint64(0));
        QCOMPARE(m_window->itemView()->itemId(), qint64(0));
    }

    void annotateByKeyboardKeepsCodePoints()
    {
        openFixture();
        m_window->showItem(2); // "Cafe\u0301 \U0001F600 says the e\u0301lite lie"
        QCOMPARE(m_window->itemView()->itemId(), qint64(2));
        text()->setFocus();
        QTest::keyClick(text(), Qt::Key_Home, Qt::ControlModifier);
        for (int i = 0; i < 4; ++i) // four graphemes: C a f e+U+0301
            QTest::keyClick(text(), Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(text(), Qt::Key_1); // persuasion-20 label 1: Appeal to authority
        QTest::keyClick(text(), Qt::Key_Right);
        QTest::keyClick(text(), Qt::Key_Right, Qt::ShiftModifier); // the emoji: one grapheme, two UTF-16 units
        QTest::keyClick(text(), Qt::Key_2);
        QList<Annotation> human = rows(2, Origin::Human);
        QCOMPARE(human.size(), 2);
        QCOMPARE(human[0].label, QStringLiteral("Appeal to authority"));
        QCOMPARE(*human[0].start, 0);
        QCOMPARE(*human[0].end, 5); // code points: C a f e U+0301
        QCOMPARE(human[1].label, QStringLiteral("Appeal to fear/prejudice"));
        QCOMPARE(*human[1].start, 6);
        QCOMPARE(*human[1].end, 7); // one code point
        // Reload from the file: the view maps code points back to the same UTF-16 ranges.
        m_window->closeProject();
        openFixture();
        m_window->showItem(2);
        QList<qsizetype> ranges;
        for (const DisplaySpan &span : text()->spans())
            ranges << span.start16 << span.end16;
        QCOMPARE(ranges, (QList<qsizetype>{0, 5, 6, 8}));
        QCOMPARE(text()->toPlainText().mid(6, 2), QString::fromUtf8("\xf0\x9f\x98\x80"));
        // Export: the file carries the same code points, which cut the same characters out of the text.
        const QString out = m_dir.filePath(QStringLiteral("offsets%1.jsonl").arg(m_counter));
        QCOMPARE(exporterFor(QStringLiteral("jsonl"))->exportTo(*m_window->store(), out, ExportOptions{}), qint64(8));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject exported;
        for (const QByteArray &line : file.readAll().split('\n'))
            if (const QJsonObject object = QJsonDocument::fromJson(line).object();
                object.value(QStringLiteral("id")) == QStringLiteral("p2"))
                exported = object;
        const QList<uint> codePoints = exported.value(QStringLiteral("text")).toString().toUcs4();
        QStringList cut;
        for (const QJsonValue &a : exported.value(QStringLiteral("annotations")).toArray()) {
            const int start = a.toObject().value(QStringLiteral("start")).toInt();
            const int end = a.toObject().value(QStringLiteral("end")).toInt();
            cut.append(
                QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + start), end - start));
        }
        QCOMPARE(cut, (QStringList{QString::fromUtf8("Cafe\xcc\x81"), QString::fromUtf8("\xf0\x9f\x98\x80")}));
    }

    void annotateByMouseAcceptRejectUndoRedo()
    {
        openFixture();
        m_window->showItem(1); // "WAKE UP sheep, the truth is out there"
        const int truth = int(fixture::kText1.indexOf(QStringLiteral("truth")));
        QTest::mousePress(text()->viewport(), Qt::LeftButton, {}, pointAt(truth));
        QTest::mouseMove(text()->viewport(), pointAt(truth + 3));
        QTest::mouseMove(text()->viewport(), pointAt(truth + 5));
        QTest::mouseRelease(text()->viewport(), Qt::LeftButton, {}, pointAt(truth + 5));
        QCOMPARE(text()->textCursor().selectedText(), QStringLiteral("truth"));
        QTest::keyClick(text(), Qt::Key_Q); // label 11 of persuasion-20
        QList<Annotation> human = rows(1, Origin::Human);
        QCOMPARE(human.size(), 1);
        QCOMPARE(human.first().label, QStringLiteral("Name calling/Labeling"));
        QCOMPARE(*human.first().start, truth);
        QCOMPARE(*human.first().end, truth + 5);

        // Click the model's "sheep" span, reject it with X, undo, redo.
        const int sheep = int(fixture::kText1.indexOf(QStringLiteral("sheep")));
        QTest::mouseClick(text()->viewport(), Qt::LeftButton, {}, pointAt(sheep + 2));
        const auto selected = m_window->itemView()->selectedSpan();
        QVERIFY(selected.has_value());
        QCOMPARE(selected->origin, Origin::Model);
        QTest::keyClick(text(), Qt::Key_X);
        QCOMPARE(rows(1, Origin::Model).first().status == Status::Rejected
                || rows(1, Origin::Model).last().status == Status::Rejected,
            true);
        QTest::keyClick(text(), Qt::Key_Z, Qt::ControlModifier);
        for (const Annotation &a : rows(1, Origin::Model))
            QCOMPARE(a.status, Status::Proposed);
        QTest::keyClick(text(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        int rejected = 0;
        for (const Annotation &a : rows(1, Origin::Model))
            rejected += a.status == Status::Rejected ? 1 : 0;
        QCOMPARE(rejected, 1);
        // The rejected proposal leaves the view; accept-all accepts the two item-level proposals.
        for (const DisplaySpan &span : text()->spans())
            QVERIFY(span.annotation.origin != Origin::Model);
        QTest::keyClick(text(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        int accepted = 0;
        for (const Annotation &a : rows(1, Origin::Model))
            accepted += a.status == Status::Accepted ? 1 : 0;
        QCOMPARE(accepted, 2);
        QCOMPARE(m_window->editor()->undoStack()->count(), 3);
    }

    void spanEditsByKeyboard()
    {
        openFixture();
        m_window->showItem(1);
        text()->setFocus();
        QTest::keyClick(text(), Qt::Key_Period); // first span in text order: gold "WAKE UP"
        QCOMPARE(m_window->itemView()->selectedSpan()->origin, Origin::Gold);
        QTest::keyClick(text(), Qt::Key_Delete); // gold is never deleted
        QCOMPARE(rows(1, Origin::Gold).size(), 1);
        QVERIFY(m_window->logText().contains(QStringLiteral("Gold annotations come from the dataset")));
        QTest::keyClick(text(), Qt::Key_Period); // the model span "sheep"
        QCOMPARE(m_window->itemView()->selectedSpan()->origin, Origin::Model);
        QTest::keyClick(text(), Qt::Key_Right, Qt::AltModifier); // start one code point right: a correction
        const QList<Annotation> human = rows(1, Origin::Human);
        QCOMPARE(human.size(), 1);
        QCOMPARE(*human.first().start, 9);
        QCOMPARE(*human.first().end, 13);
        QCOMPARE(human.first().label, QStringLiteral("Loaded Language"));
    }

    void clickASpanToRelabelAdjustAndDelete()
    {
        openFixture();
        m_window->showItem(3); // "Who really pays the experts? Ask yourself."
        const int experts = int(fixture::kText3.indexOf(QStringLiteral("experts")));
        m_window->itemView()->selectCodePoints(experts, experts + 7);
        QVERIFY(m_window->itemView()->applyLabel(QStringLiteral("Doubt")));
        const auto spanRow = [this] {
            for (const Annotation &a : rows(3, Origin::Human))
                if (a.isSpan())
                    return std::optional<Annotation>(a);
            return std::optional<Annotation>();
        };
        QCOMPARE(spanRow()->label, QStringLiteral("Doubt"));
        QTest::mouseClick(text()->viewport(), Qt::LeftButton, {}, pointAt(experts + 3));
        QVERIFY(m_window->itemView()->selectedSpan().has_value());
        QCOMPARE(m_window->itemView()->selectedSpan()->label, QStringLiteral("Doubt"));
        QTest::keyClick(text(), Qt::Key_1); // relabel: persuasion-20 key 1
        QCOMPARE(spanRow()->label, QStringLiteral("Appeal to authority"));
        QTest::keyClick(text(), Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier); // end one code point right
        QCOMPARE(*spanRow()->start, experts);
        QCOMPARE(*spanRow()->end, experts + 8); // "experts?"
        QTest::keyClick(text(), Qt::Key_Delete);
        QVERIFY(!spanRow());
        for (int i = 0; i < 3; ++i)
            m_window->editor()->undoStack()->undo();
        QCOMPARE(spanRow()->label, QStringLiteral("Doubt"));
        QCOMPARE(*spanRow()->end, experts + 7);
    }

    void annotateFromTheItemsTable()
    {
        openFixture();
        QTableView *table = m_window->browser()->table();
        table->setFocus();
        table->setCurrentIndex(m_window->browser()->model()->index(0, ItemTableModel::Preview));
        QCOMPARE(m_window->itemView()->itemId(), qint64(1));
        // Span walking, accept and technique keys reach the item view while the table keeps focus.
        QTest::keyClick(table, Qt::Key_Period); // gold "WAKE UP"
        QTest::keyClick(table, Qt::Key_Period); // the model span "sheep"
        QVERIFY(table->hasFocus());
        QCOMPARE(m_window->itemView()->selectedSpan()->origin, Origin::Model);
        QTest::keyClick(table, Qt::Key_A);
        int accepted = 0;
        for (const Annotation &a : rows(1, Origin::Model))
            accepted += a.status == Status::Accepted && a.isSpan() ? 1 : 0;
        QCOMPARE(accepted, 1);
        const int truth = int(fixture::kText1.indexOf(QStringLiteral("truth")));
        m_window->itemView()->selectCodePoints(truth, truth + 5);
        QTest::keyClick(table, Qt::Key_Q); // persuasion-20 label 11
        const QList<Annotation> human = rows(1, Origin::Human);
        QCOMPARE(human.size(), 1);
        QCOMPARE(human.first().label, QStringLiteral("Name calling/Labeling"));
        QCOMPARE(*human.first().start, truth);
        // Arrow keys still walk the table; Ctrl+J (next unreviewed) works from it as from anywhere.
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(m_window->itemView()->itemId(), qint64(2));
        QTest::keyClick(table, Qt::Key_J, Qt::ControlModifier);
        QCOMPARE(m_window->itemView()->itemId(), qint64(4)); // 3 is reviewed (alice)
        QCOMPARE(m_window->editor()->undoStack()->count(), 2);
    }

    void undoAcrossItemsBringsTheItemBack()
    {
        openFixture();
        m_window->showItem(3);
        m_window->itemView()->selectCodePoints(0, 3);
        QVERIFY(m_window->itemView()->applyLabel(QStringLiteral("Doubt")));
        QCOMPARE(rows(3, Origin::Human).size(), 2); // the fixture's item label plus the span
        m_window->showItem(2);
        m_window->editor()->undoStack()->undo();
        QCOMPARE(m_window->itemView()->itemId(), qint64(3));
        QCOMPARE(rows(3, Origin::Human).size(), 1);
        const int row = m_window->browser()->model()->rowOfItem(3);
        QCOMPARE(
            m_window->browser()->model()->index(row, ItemTableModel::Human).data().toString(), QStringLiteral("Doubt"));
    }

    void itemLabelCheckboxesAndProbabilityBars()
    {
        openFixture();
        m_window->showItem(1);
        LabelsPanel *labels = m_window->labelsPanel();
        QCOMPARE(labels->itemSchema(), Schemas::Persuasion22);
        LabelListModel *model = labels->itemModel();
        const int slogans = model->schema().indexOf(QStringLiteral("Slogans"));
        QCOMPARE(model->index(slogans).data(LabelListModel::ProbabilityRole).toDouble(), 0.9);
        QVERIFY(!model->isChecked(slogans)); // a proposal is not a label until accepted
        const int doubt = model->schema().indexOf(QStringLiteral("Doubt"));
        QVERIFY(model->setData(model->index(doubt), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(rows(1, Origin::Human).size(), 1);
        QVERIFY(model->isChecked(doubt));
        QVERIFY(model->setData(model->index(slogans), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model->isChecked(slogans));
        m_window->editor()->undoStack()->undo();
        QVERIFY(!model->isChecked(slogans));
        // Keyboard only: Space on the focused row of the list toggles the label as a click does.
        QListView *list = nullptr;
        for (QListView *view : labels->findChildren<QListView *>())
            if (view->accessibleName() == QLatin1String("Item labels"))
                list = view;
        QVERIFY(list);
        list->setFocus();
        list->setCurrentIndex(list->model()->index(slogans, 0));
        const int edits = m_window->editor()->undoStack()->index();
        QTest::keyClick(list, Qt::Key_Space);
        QVERIFY(model->isChecked(slogans));
        QCOMPARE(m_window->editor()->undoStack()->index(), edits + 1); // one undoable edit, written at once
    }

    // The Charts dock draws the report's figures of the browser's filter, and follows it.
    void chartsDockFollowsTheFilter()
    {
        openFixture();
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("ChartsDock"));
        auto *charts = m_window->findChild<ChartsPanel *>();
        QVERIFY(dock && charts);
        QSignalSpy ready(charts, &ChartsPanel::figuresReady);
        dock->show();
        dock->raise();
        QTRY_VERIFY(ready.size() >= 1);
        QVERIFY(ready.last().first().toInt() > 0);
        QCOMPARE(charts->currentFigureId(), QStringLiteral("persuasion-20/origin"));
        const int before = int(ready.size());
        QTest::keyClicks(m_window->browser()->filterBar()->searchEdit(), QStringLiteral("expert"));
        QTRY_VERIFY(ready.size() > before && !charts->isBusy());
        // Item 3 alone: alice's Doubt (persuasion-22), nothing else to chart.
        QCOMPARE(charts->currentFigureId(), QStringLiteral("persuasion-22/origin"));
        QCOMPARE(charts->figureTitles().size(), 1);
    }

    void filtersSearchAndSavedFilters()
    {
        openFixture();
        ItemBrowser *browser = m_window->browser();
        QLineEdit *search = browser->filterBar()->searchEdit();
        QTest::keyClicks(search, QStringLiteral("expert"));
        QTRY_COMPARE(browser->model()->rowCount(), 1);
        QCOMPARE(browser->model()->itemIdAt(0), qint64(3));
        QCOMPARE(
            browser->model()->index(0, ItemTableModel::Preview).data(ItemTableModel::SearchTermsRole).toStringList(),
            QStringList{QStringLiteral("expert")});
        browser->filterBar()->saveCurrent(QStringLiteral("experts"));
        search->clear();
        QTRY_COMPARE(browser->model()->rowCount(), 8);
        QVERIFY(browser->filterBar()->applySaved(QStringLiteral("experts")));
        QCOMPARE(browser->model()->rowCount(), 1);
        QCOMPARE(search->text(), QStringLiteral("expert"));
        QCOMPARE(browser->filterBar()->savedNames(), QStringList{QStringLiteral("experts")});
        // Language and source choices are the values in use (read from the facets table).
        const auto choices = [&](const QString &name) {
            QStringList values;
            for (QComboBox *box : browser->filterBar()->findChildren<QComboBox *>())
                if (box->accessibleName() == name)
                    for (int i = 1; i < box->count(); ++i)
                        values.append(box->itemData(i).toString());
            return values;
        };
        QCOMPARE(choices(QStringLiteral("Language")), (QStringList{QStringLiteral("en"), QStringLiteral("es")}));
        QCOMPARE(choices(QStringLiteral("Source")),
            (QStringList{QStringLiteral("filler"), QStringLiteral("pan"), QStringLiteral("semeval")}));
    }

    void reviewNavigation()
    {
        openFixture();
        m_window->showItem(1);
        QVERIFY(m_window->goToNextUnreviewed());
        QCOMPARE(m_window->itemView()->itemId(), qint64(2));
        QVERIFY(m_window->goToNextUnreviewed());
        QCOMPARE(m_window->itemView()->itemId(), qint64(4)); // 3 is reviewed (alice)
        QVERIFY(m_window->goToMostUncertain());
        QCOMPARE(m_window->itemView()->itemId(), qint64(1)); // the only item with model scores
        QVERIFY(!m_window->goToMostUncertain()); // nothing but itself
    }

    void perAnnotatorProgress()
    {
        openFixture();
        QLabel *progress = nullptr;
        for (QLabel *label : m_window->labelsPanel()->findChildren<QLabel *>())
            if (label->accessibleName() == QLatin1String("Review progress"))
                progress = label;
        QVERIFY(progress);
        // (Plural forms come from the translation catalogue, which a test does not load.)
        QCOMPARE(progress->text(), QStringLiteral("Annotated by: alice: 1 of 8 item(s)"));
        m_window->editor()->setAnnotator(QStringLiteral("bob"));
        for (const qint64 item : {1, 2}) {
            m_window->showItem(item);
            m_window->itemView()->selectCodePoints(0, 3);
            QVERIFY(m_window->itemView()->applyLabel(QStringLiteral("Doubt")));
        }
        QCOMPARE(progress->text(), QStringLiteral("Annotated by: bob: 2 of 8 item(s); alice: 1 of 8 item(s)"));
        m_window->editor()->undoStack()->undo();
        QCOMPARE(progress->text(), QStringLiteral("Annotated by: alice: 1 of 8 item(s); bob: 1 of 8 item(s)"));
    }

    void dropImportsAndSampleJobCancels()
    {
        openFixture();
        const QString jsonl = m_dir.filePath(QStringLiteral("drop%1.jsonl").arg(m_counter));
        QFile file(jsonl);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"id\": \"d1\", \"text\": \"dropped one\"}\n{\"id\": \"d2\", \"text\": \"dropped two\"}\n");
        file.close();
        QVERIFY(dropOnWindow({QUrl::fromLocalFile(jsonl)}));
        QCOMPARE(m_window->jobs()->count(), 1);
        QTRY_COMPARE(m_window->jobs()->at(0)->state(), Job::State::Finished);
        QCOMPARE(m_window->store()->itemCount(), qint64(10));
        QTRY_COMPARE(m_window->browser()->model()->rowCount(), 10);
        QTRY_VERIFY(m_window->logText().contains(QStringLiteral("Importing"))); // log lines are queued

        const QString sample = m_dir.filePath(QStringLiteral("sample%1.candor").arg(m_counter));
        Job *job = m_window->openSampleProject(sample);
        QVERIFY(job);
        m_window->jobsPanel()->cancelSelected();
        QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 30000);
        QVERIFY(job->state() == Job::State::Cancelled || job->state() == Job::State::Failed);
        QVERIFY(!QFile::exists(sample));
        QCOMPARE(m_window->projectPath(), m_path);
    }

    void layerTogglesHideAndShowOrigins()
    {
        openFixture();
        m_window->showItem(1); // gold "WAKE UP", model "sheep"
        const auto shown = [this] {
            QList<Origin> origins;
            for (const DisplaySpan &span : text()->spans())
                origins.append(span.annotation.origin);
            return origins;
        };
        m_window->itemView()->selectCodePoints(0, 4);
        QVERIFY(m_window->itemView()->applyLabel(QStringLiteral("Doubt"))); // and a human one on "WAKE"
        QCOMPARE(shown().size(), 3);
        text()->setFocus();
        QTest::keyClick(text(), Qt::Key_3, Qt::ControlModifier); // Model off
        QCOMPARE(shown(), (QList<Origin>{Origin::Gold, Origin::Human}));
        QTest::keyClick(text(), Qt::Key_1, Qt::ControlModifier); // Gold off
        QCOMPARE(shown(), QList<Origin>{Origin::Human});
        QTest::keyClick(text(), Qt::Key_2, Qt::ControlModifier); // Human off: nothing left
        QVERIFY(shown().isEmpty());
        for (QAction *layer : m_window->itemView()->layerActions())
            layer->setChecked(true);
        QCOMPARE(shown().size(), 3);
        QCOMPARE(rows(1, Origin::Model).size(), 3); // hiding is a view matter: nothing was written
    }

    void hoverNamesTechniqueOriginAndStatus()
    {
        openFixture();
        m_window->showItem(1);
        const int sheep = int(fixture::kText1.indexOf(QStringLiteral("sheep")));
        const QPoint point = pointAt(sheep + 2);
        QHelpEvent help(QEvent::ToolTip, point, text()->viewport()->mapToGlobal(point));
        QCoreApplication::sendEvent(text()->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), QStringLiteral("<b>Loaded Language</b> — model, score 0.81, proposed"));
        QToolTip::hideText();
    }

    void customPaintedWidgetsAreNamedForScreenReaders()
    {
        openFixture();
        m_window->showItem(1);
        const QList<QWidget *> painted{text(), m_window->findChild<MemeImageView *>(),
            m_window->findChild<TrainingChart *>(), m_window->findChild<StanceTimelineView *>()};
        for (QWidget *widget : painted) {
            QVERIFY(widget);
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleDescription().isEmpty(), widget->metaObject()->className());
        }
        // The bands are painted: the description names every span with its origin and status.
        const QString spans = text()->accessibleDescription();
        QVERIFY2(spans.startsWith(QStringLiteral("2 technique span(s): ")), qPrintable(spans));
        QVERIFY2(spans.contains(QStringLiteral("Loaded Language on \"sheep\" (model, score 0.81, proposed)")),
            qPrintable(spans));
        QVERIFY2(spans.contains(QStringLiteral("Slogans on \"WAKE UP\" (gold, accepted)")), qPrintable(spans));
        // The probability bars of the Labels dock say their number; the painted training chart its latest point.
        LabelListModel *labels = m_window->labelsPanel()->itemModel();
        const int slogans = labels->schema().indexOf(QStringLiteral("Slogans"));
        QCOMPARE(labels->index(slogans).data(Qt::AccessibleDescriptionRole).toString(),
            QStringLiteral("model probability 90%"));
        QVERIFY(!labels->index(labels->schema().indexOf(QStringLiteral("Doubt")))
                     .data(Qt::AccessibleDescriptionRole)
                     .isValid());
        auto *chart = m_window->findChild<TrainingChart *>();
        chart->start(QStringLiteral("Training persuasion-spans"));
        chart->addPoint(10, 0.5, 0.25);
        QCOMPARE(chart->accessibleDescription(),
            QStringLiteral("Training persuasion-spans: step 10, loss 0.5000, held-out 0.2500"));
        for (QTreeView *tree : m_window->findChildren<QTreeView *>())
            QVERIFY2(!tree->accessibleName().isEmpty(), qPrintable(tree->objectName()));
    }

    void dropOfAFolderImportsItsFiles()
    {
        openFixture();
        const QString folder = m_dir.filePath(QStringLiteral("dropped%1").arg(m_counter));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/nested")));
        for (const QString &name :
            {QStringLiteral("/a.jsonl"), QStringLiteral("/nested/b.jsonl"), QStringLiteral("/notes.md")}) {
            QFile file(folder + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("{\"id\": \"%1\", \"text\": \"from a dropped folder\"}\n").arg(name).toUtf8());
        }
        QVERIFY(dropOnWindow({QUrl::fromLocalFile(folder)}));
        QCOMPARE(m_window->jobs()->count(), 1);
        QTRY_VERIFY(!m_window->jobs()->at(0)->isActive());
        QVERIFY2(m_window->jobs()->at(0)->state() == Job::State::Finished, qPrintable(m_window->logText()));
        QCOMPARE(m_window->store()->itemCount(), qint64(10));
        QTRY_COMPARE(m_window->browser()->model()->rowCount(), 10);
        QVERIFY(
            m_window->logText().contains(QStringLiteral("Skipped %1/notes.md: no importer recognises it").arg(folder)));
        // Web links are not files: the window refuses them instead of guessing.
        QVERIFY(!dropOnWindow({QUrl(QStringLiteral("https://example.org/a.jsonl"))}));
    }

    void exportRunsAsAJob()
    {
        openFixture();
        const QString out = m_dir.filePath(QStringLiteral("export%1.jsonl").arg(m_counter));
        m_window->setNextExportFormat(QStringLiteral("jsonl"));
        m_window->setNextFileName(out);
        action(QStringLiteral("Export…"))->trigger();
        QCOMPARE(m_window->jobs()->count(), 1);
        Job *job = m_window->jobs()->at(0);
        QCOMPARE(job->title(), QStringLiteral("Export export%1.jsonl as jsonl").arg(m_counter));
        QTRY_VERIFY(!job->isActive());
        QCOMPARE(job->state(), Job::State::Finished);
        QCOMPARE(job->result().value(QStringLiteral("records")).toInt(), 8);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 8);
        QVERIFY(m_window->logText().contains(QStringLiteral("%1: 8 record(s) written").arg(out)));
        // A format no exporter has fails in the Jobs dock naming the file, and writes nothing.
        const QString never = m_dir.filePath(QStringLiteral("never%1.txt").arg(m_counter));
        Job *bad = m_window->exportProject(QStringLiteral("xml"), never);
        QTRY_VERIFY(!bad->isActive());
        QCOMPARE(bad->state(), Job::State::Failed);
        QCOMPARE(bad->errorMessage(), QStringLiteral("%1: unknown export format 'xml'").arg(never));
        QVERIFY(!QFileInfo::exists(never));
    }

    void statusBarShowsProjectCountsDeviceAndJobs()
    {
        const auto status = [this](const QString &name) {
            for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
                if (label->accessibleName() == name)
                    return label->text();
            return QStringLiteral("<no label %1>").arg(name);
        };
        QCOMPARE(status(QStringLiteral("Project")), QStringLiteral("No project"));
        m_window->setComputeDeviceText(QStringLiteral("CPU (2 threads)"));
        QCOMPARE(status(QStringLiteral("Compute device")), QStringLiteral("CPU (2 threads)"));
        openFixture();
        QCOMPARE(status(QStringLiteral("Project")), QFileInfo(m_path).fileName());
        QCOMPARE(status(QStringLiteral("Item counts")), QStringLiteral("8 of 8 items"));
        QTest::keyClicks(m_window->browser()->filterBar()->searchEdit(), QStringLiteral("expert"));
        QTRY_COMPARE(status(QStringLiteral("Item counts")), QStringLiteral("1 of 8 items"));
        QCOMPARE(status(QStringLiteral("Running jobs")), QString());
        Job *job = m_window->openSampleProject(m_dir.filePath(QStringLiteral("status%1.candor").arg(m_counter)));
        QVERIFY(job);
        QCOMPARE(status(QStringLiteral("Running jobs")), QStringLiteral("1 job(s) running"));
        job->cancel();
        QTRY_COMPARE(status(QStringLiteral("Running jobs")), QString());
    }

    void shortcutsDialogListsEveryShortcut()
    {
        openFixture();
        m_window->showShortcuts();
        auto *dialog = m_window->findChild<ShortcutsDialog *>(QStringLiteral("ShortcutsDialog"));
        QVERIFY(dialog);
        QList<QPair<QString, QString>> rows;
        for (int i = 0; i < dialog->rowCount(); ++i)
            rows.append(dialog->row(i));
        const auto keysText = [](const QList<QKeySequence> &keys) {
            QStringList texts;
            for (const QKeySequence &key : keys)
                texts.append(key.toString(QKeySequence::NativeText));
            return texts.join(QStringLiteral(", "));
        };
        // Every keyed action anywhere in the window (menus, item view, thread view), with all of its keys.
        int keyed = 0;
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->shortcuts().isEmpty())
                continue;
            ++keyed;
            const QPair<QString, QString> expected{keysText(a->shortcuts()), a->text().remove(QLatin1Char('&'))};
            QVERIFY2(rows.contains(expected), qPrintable(expected.first + QStringLiteral(" ") + expected.second));
        }
        QVERIFY(keyed > 20);
        const auto redo = std::find_if(
            rows.cbegin(), rows.cend(), [](const auto &row) { return row.second == QLatin1String("Redo"); });
        QVERIFY(redo != rows.cend());
        QVERIFY2(redo->first.split(QStringLiteral(", ")).contains(QStringLiteral("Ctrl+Shift+Z"))
                && redo->first.contains(QStringLiteral(", ")),
            qPrintable(redo->first)); // besides the platform's own
        // QShortcuts (the thread view's stance keys) say what they do.
        const QList<QShortcut *> shortcuts = m_window->findChildren<QShortcut *>();
        QVERIFY(shortcuts.size() >= 4);
        for (const QShortcut *shortcut : shortcuts) {
            QVERIFY(!shortcut->whatsThis().isEmpty());
            QVERIFY2(rows.contains(qMakePair(keysText(shortcut->keys()), shortcut->whatsThis())),
                qPrintable(shortcut->whatsThis()));
        }
        // The technique keys of the active span schema.
        const LabelSchema spans = m_window->itemView()->schema(m_window->itemView()->spanSchema());
        int techniqueKeys = 0;
        for (const LabelDef &def : spans.labels)
            if (!def.shortcut.isEmpty()) {
                ++techniqueKeys;
                QVERIFY2(
                    std::any_of(rows.cbegin(), rows.cend(),
                        [&](const auto &row) { return row.first == def.shortcut && row.second.endsWith(def.name); }),
                    qPrintable(def.name));
            }
        QCOMPARE(techniqueKeys, 20);
    }

    void layoutIsSavedAndRestored()
    {
        openFixture();
        m_window->findChild<QDockWidget *>(QStringLiteral("LabelsDock"))->hide();
        m_window->resize(1000, 700);
        QVERIFY(m_window->close()); // saves state and geometry
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->size(), QSize(1000, 700));
        openFixture();
        QVERIFY(!m_window->findChild<QDockWidget *>(QStringLiteral("LabelsDock"))->isVisibleTo(m_window.get()));
        QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("ItemsDock"))->isVisibleTo(m_window.get()));
        QCOMPARE(QSettings().value(QStringLiteral("window/layoutVersion")).toInt(), MainWindow::LayoutVersion);
    }

    void brokenLayoutIsReset()
    {
        openFixture();
        m_window.reset();
        QSettings settings;
        settings.setValue(QStringLiteral("window/state"), QByteArray("garbage"));
        settings.setValue(QStringLiteral("window/layoutVersion"), MainWindow::LayoutVersion - 1);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        openFixture();
        for (const char *name : {"ItemsDock", "LabelsDock", "JobsDock", "LogDock"}) {
            auto *dock = m_window->findChild<QDockWidget *>(QLatin1String(name));
            QVERIFY(dock);
            QVERIFY2(dock->isVisibleTo(m_window.get()) || name == std::string("LogDock"), name);
        }
    }

    // Edit > Annotator… through the dialog seam: the profile is saved, the status bar and the editor's new rows carry
    // it, and the open project's team remembers it; an invalid profile leaves everything as it was.
    void annotatorProfileThroughTheDialog()
    {
        QVERIFY(m_window->openProject(m_path));
        QVERIFY(!AnnotatorProfile::load());
        m_window->setAnnotatorDialogHook([](AnnotatorDialog *dialog) {
            dialog->nameEdit()->setText(QStringLiteral("   "));
            dialog->accept(); // refused: no name
            QVERIFY(!dialog->errorText().isEmpty());
            dialog->reject();
        });
        m_window->findChild<QAction *>(QStringLiteral("annotatorAction"))->trigger();
        QVERIFY(!AnnotatorProfile::load());
        m_window->setAnnotatorDialogHook([](AnnotatorDialog *dialog) {
            dialog->nameEdit()->setText(QStringLiteral("Ana López"));
            dialog->setColour(QColor(QStringLiteral("#8e44ad")));
            dialog->accept();
        });
        m_window->findChild<QAction *>(QStringLiteral("annotatorAction"))->trigger();
        const std::optional<AnnotatorProfile> saved = AnnotatorProfile::load();
        QVERIFY(saved);
        QCOMPARE(saved->shortId, QStringLiteral("AL"));
        QCOMPARE(m_window->annotatorStatusText(), QStringLiteral("AL Ana López"));
        QCOMPARE(m_window->editor()->annotator(), QStringLiteral("Ana López"));
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("annotatorLabel"))
                    ->text()
                    .contains(QStringLiteral("#8e44ad")));
        const QList<AnnotatorProfile> team = AnnotatorProfile::team(*m_window->store());
        QCOMPARE(team.size(), 1);
        QCOMPARE(team.first().name, QStringLiteral("Ana López"));
        QVERIFY(!m_window->askAnnotatorIfMissing()); // a profile exists: the first start's question is not asked
    }

    // File > Merge annotations… runs a job; ben's row from his copy arrives next to the project's own rows.
    void mergeAnnotationsFromACopy()
    {
        const QString copy = m_dir.filePath(QStringLiteral("ben-%1.candor").arg(m_counter));
        Database::close(m_path);
        QVERIFY(QFile::copy(m_path, copy));
        {
            ProjectStore ben(copy);
            Annotation a;
            a.itemId = *ben.findItem(QStringLiteral("pan"), QStringLiteral("p3"));
            a.schema = QStringLiteral("persuasion-20");
            a.label = QStringLiteral("Doubt");
            a.origin = Origin::Human;
            a.annotator = QStringLiteral("ben");
            ben.addAnnotation(a);
        }
        Database::close(copy);
        QVERIFY(m_window->openProject(m_path));
        m_window->setNextFileName(copy);
        m_window->findChild<QAction *>(QStringLiteral("mergeAnnotationsAction"))->trigger();
        QCOMPARE(m_window->jobs()->count(), 1);
        QTRY_COMPARE(m_window->jobs()->at(0)->state(), Job::State::Finished);
        QVERIFY(m_window->logText().contains(QStringLiteral("1 row(s) added")));
        AnnotationFilter filter;
        filter.origin = Origin::Human;
        const QList<Annotation> rows = m_window->store()->annotations(
            *m_window->store()->findItem(QStringLiteral("pan"), QStringLiteral("p3")), filter);
        // The fixture's own human row on p3 and ben's.
        QCOMPARE(rows.size(), 2);
        QCOMPARE(std::count_if(rows.begin(), rows.end(),
                     [](const Annotation &a) {
                         return a.annotator == QLatin1String("ben") && a.label == QLatin1String("Doubt");
                     }),
            1);
    }

    // The filter bar's "annotators disagree" narrows the browser to the agreement fixture's three disagreeing items
    // (p1, p3, the thread; see TestDisagreementFilter) and survives a saved filter.
    void disagreementFilterInTheBrowser()
    {
        const QString team = m_dir.filePath(QStringLiteral("team-%1.candor").arg(m_counter));
        QFile::remove(team);
        fixture::buildAgreementProject(team);
        Database::close(team);
        QVERIFY(m_window->openProject(team));
        ItemBrowser *browser = m_window->browser();
        QTRY_COMPARE(browser->model()->rowCount(), 5);
        auto *check = browser->filterBar()->findChild<QCheckBox *>(QStringLiteral("disagreementCheck"));
        QVERIFY(check);
        check->setChecked(true);
        QVERIFY(browser->filterBar()->query().disagreement);
        QTRY_COMPARE(browser->model()->rowCount(), 3);
        browser->filterBar()->saveCurrent(QStringLiteral("disputed"));
        check->setChecked(false);
        QTRY_COMPARE(browser->model()->rowCount(), 5);
        QVERIFY(browser->filterBar()->applySaved(QStringLiteral("disputed")));
        QVERIFY(check->isChecked());
        QTRY_COMPARE(browser->model()->rowCount(), 3);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
