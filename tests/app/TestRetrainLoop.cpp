// The review-and-retrain loop as a new user meets it: open the sample project, train and retrain the
// persuasion-labels task from the Models menu, read the new version's dev metrics next to the previous one,
// accept the offer to predict again, and walk to the most uncertain proposal. Real training (a small n-gram
// model on one thread, a few seconds), the GUI's own ModelActions, offscreen.
#include "app/gui/ModelActions.h"
#include "app/jobs/EngineJobRunner.h"
#include "core/domain/LabelSchema.h"
#include "core/domain/MetricsText.h"
#include "core/jobs/Job.h"
#include "core/jobs/JobManager.h"
#include "core/store/Database.h"
#include "core/store/ItemQuery.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"
#include "widgets/annotation/AnnotationEditor.h"
#include "widgets/browser/ItemBrowser.h"
#include "widgets/browser/ItemFilterBar.h"
#include "widgets/browser/ItemTableModel.h"
#include "widgets/itemview/ItemView.h"
#include "widgets/jobs/JobsPanel.h"
#include "widgets/jobs/TrainingChart.h"
#include "widgets/main/MainWindow.h"
#include "widgets/versions/ModelVersionsPanel.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace candor;

namespace {

constexpr int kJobTimeoutMs = 180000; // the shared build machine can be slow; a run takes seconds when quiet

// Every gold and human row of the project, one line each: what predictions must never change.
QStringList referenceRows(const ProjectStore &store)
{
    QSqlQuery query = sql::prepare(storeConnection(store),
        QStringLiteral(
            "SELECT id, item_id, label_id, coalesce(start_cp, -1), coalesce(end_cp, -1), origin, status, updated_at"
            " FROM annotations WHERE origin <> 'model' ORDER BY id"));
    sql::exec(query);
    QStringList rows;
    while (query.next()) {
        QStringList fields;
        for (int column = 0; column < 8; ++column)
            fields.append(query.value(column).toString());
        rows.append(fields.join(QLatin1Char('|')));
    }
    return rows;
}

int modelRows(const ProjectStore &store, qint64 versionId)
{
    QSqlQuery query = sql::prepare(storeConnection(store),
        QStringLiteral("SELECT count(*) FROM annotations WHERE origin = 'model' AND model_version_id = ? AND status = "
                       "'proposed'"));
    query.addBindValue(versionId);
    sql::exec(query);
    query.next();
    return query.value(0).toInt();
}

} // namespace

class TestRetrainLoop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ModelActions *m_actions = nullptr;

    QAction *menuAction(QMenu *menu, const QString &text) const
    {
        for (QAction *action : menu->actions())
            if (action->text().remove(QLatin1Char('&')) == text)
                return action;
        return nullptr;
    }

    QAction *menuAction(const QString &menuTitle, const QString &text) const
    {
        for (QAction *menu : m_window->menuBar()->actions())
            if (menu->menu() && menu->text().remove(QLatin1Char('&')) == menuTitle)
                return menuAction(menu->menu(), text);
        return nullptr;
    }

    QMessageBox *openOffer() const
    {
        for (QMessageBox *box : m_window->findChildren<QMessageBox *>())
            if (box->isVisible())
                return box;
        return nullptr;
    }

    Job *lastJob() const
    {
        return m_window->jobs()->count() > 0 ? m_window->jobs()->at(m_window->jobs()->count() - 1) : nullptr;
    }

    static void waitFor(Job *job)
    {
        QVERIFY(job);
        QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), kJobTimeoutMs);
        QVERIFY2(job->state() == Job::State::Finished,
            qPrintable(job->title() + QStringLiteral(": ") + job->errorMessage()));
    }

    // Small settings, so the whole loop takes seconds: the n-gram candidate alone, on one thread.
    static TrainRequest smallOptions()
    {
        TrainRequest request;
        request.task = QStringLiteral("persuasion-labels");
        request.settings = {{QStringLiteral("threads"), 1}, {QStringLiteral("trainTransformer"), false},
            {QStringLiteral("trainEnsemble"), false}, {QStringLiteral("ngramHashBits"), 14},
            {QStringLiteral("ngramEpochs"), 20}};
        return request;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Run by hand, the tokenizer module is the build tree's copy.
        if (qEnvironmentVariableIsEmpty("CANDOR_SPM_MODULE"))
            qputenv("CANDOR_SPM_MODULE", CANDOR_BINARY_DIR "/lib/candor/libcandor_spm.so");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CandorTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_retrainloop"));
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_actions = new ModelActions(m_window.get());
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        Database::closeAll();
    }

    void sampleOpensWithEveryTextTaskTrainable()
    {
        Job *build = m_window->openSampleProject(m_dir.filePath(QStringLiteral("sample.candor")));
        waitFor(build);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->hasProject(), 10000);
        for (const QString &task :
            {QStringLiteral("persuasion-labels"), QStringLiteral("persuasion-spans"), QStringLiteral("narrative")}) {
            m_actions->setTask(task);
            QAction *retrain = menuAction(QStringLiteral("Models"), QStringLiteral("Retrain with the last settings"));
            QVERIFY(retrain);
            QVERIFY2(retrain->isEnabled(), qPrintable(task + QStringLiteral(": ") + retrain->toolTip()));
        }
    }

    void trainRetrainPredictAndReview()
    {
        ProjectStore &store = *m_window->store();
        ModelVersionsPanel *versions = m_window->modelVersionsPanel();
        QCOMPARE(versions->rowCount(), 0);

        // Version 1: what Models > Train… starts, with small settings. The offer to predict is declined. (How long
        // the GUI thread waits while a job trains is measured by candor-bench gui-gaps, not asserted here.)
        Job *training = m_actions->train(smallOptions());
        // The Jobs dock's chart is fed by the run's training points: loss per step, and each cross-validation
        // fold's held-out score per epoch (the final refit on all training items has nothing held out).
        int heldOutPoints = 0;
        const TrainingChart *chart = m_window->jobsPanel()->trainingChart();
        connect(qobject_cast<EngineJobRunner *>(training), &EngineJobRunner::trainingPoint, this,
            [&](const QString &, double, double, double heldOut) { heldOutPoints += heldOut >= 0; });
        waitFor(training);
        QVERIFY(chart->lossPointCount() > 0);
        QVERIFY2(heldOutPoints >= 5, qPrintable(QString::number(heldOutPoints)));
        QTRY_VERIFY_WITH_TIMEOUT(openOffer(), 10000);
        openOffer()->button(QMessageBox::No)->click();
        QTRY_VERIFY(!openOffer());
        const std::optional<ModelVersion> first = store.latestModelVersion(QStringLiteral("persuasion-labels"));
        QVERIFY(first);
        QCOMPARE(versions->rowCount(), 1);

        // An annotator corrects a training meme: the correction is a human row that retraining reads.
        QSqlQuery meme = sql::prepare(storeConnection(store),
            QStringLiteral("SELECT id FROM items WHERE kind = 'meme' AND split = 'train' ORDER BY id LIMIT 1"));
        sql::exec(meme);
        QVERIFY(meme.next());
        const qint64 corrected = meme.value(0).toLongLong();
        meme.finish(); // an open statement would pin this connection to its snapshot and hide the jobs' writes
        m_window->editor()->setItemLabel(corrected, Schemas::Persuasion20, QStringLiteral("Smears"), true);
        const QStringList reference = referenceRows(store);
        QVERIFY(reference.filter(QStringLiteral("|human|")).size() == 1);

        // Models > Retrain with the last settings: a new version, its dev metrics shown next to version 1's.
        const int jobsBefore = m_window->jobs()->count();
        menuAction(QStringLiteral("Models"), QStringLiteral("Retrain with the last settings"))->trigger();
        QCOMPARE(m_window->jobs()->count(), jobsBefore + 1);
        waitFor(lastJob());
        QTRY_VERIFY_WITH_TIMEOUT(openOffer(), 10000);
        QMessageBox *offer = openOffer();
        const std::optional<ModelVersion> second = store.latestModelVersion(QStringLiteral("persuasion-labels"));
        QVERIFY(second && second->id > first->id);
        QCOMPARE(
            second->config.value(QStringLiteral("train")).toObject().value(QStringLiteral("ngramHashBits")).toInt(),
            14);
        QCOMPARE(second->dataSnapshot.value(QStringLiteral("train"))
                     .toObject()
                     .value(QStringLiteral("reference_origins"))
                     .toObject()
                     .value(QStringLiteral("human"))
                     .toInt(),
            1);
        const QString secondSummary = metricsSummary(second->metrics);
        const QString firstSummary = metricsSummary(first->metrics);
        QVERIFY(secondSummary.contains(QStringLiteral("micro_f1")));
        QVERIFY(offer->text().contains(secondSummary));
        QVERIFY(offer->text().contains(QStringLiteral("Previous version %1: %2").arg(first->id).arg(firstSummary)));
        QVERIFY(m_window->logText().contains(QStringLiteral("Dev metrics of the previous version %1").arg(first->id)));
        // The Models dock lists both, newest first, each with its dev metrics.
        QCOMPARE(versions->rowCount(), 2);
        auto *table = versions->findChild<QTableWidget *>();
        QVERIFY(table->item(0, 0)->text().startsWith(QStringLiteral("#%1 ").arg(second->id)));
        // ... followed by what cross-validation inside train found, and the constant answer it must beat.
        const QString secondCell = table->item(0, ModelVersionsPanel::MetricsColumn)->text();
        QVERIFY2(secondCell.startsWith(secondSummary + QStringLiteral(" · CV micro_f1 ")), qPrintable(secondCell));
        QVERIFY2(secondCell.contains(QStringLiteral(" · constant answer micro_f1 ")), qPrintable(secondCell));
        QVERIFY(table->item(1, 0)->text().startsWith(QStringLiteral("#%1 ").arg(first->id)));
        QVERIFY(
            table->item(1, ModelVersionsPanel::MetricsColumn)->text().startsWith(firstSummary + QStringLiteral(" · ")));
        // The sample's model beats the constant answer, so no warning.
        QVERIFY(!secondCell.contains(QStringLiteral("no better than")));
        // The sample is learnable: the retrained model beats chance on its dev memes.
        const double microF1
            = second->metrics.value(QStringLiteral("dev")).toObject().value(QStringLiteral("micro_f1")).toDouble();
        qInfo("dev of version %lld: %s", second->id, qPrintable(secondSummary));
        QVERIFY2(microF1 > 0.5, qPrintable(secondSummary));

        // "Predict again?" Yes: proposals of the new version on every meme; gold and human rows untouched.
        offer->button(QMessageBox::Yes)->click();
        QCOMPARE(m_window->jobs()->count(), jobsBefore + 2);
        waitFor(lastJob());
        QVERIFY(modelRows(store, second->id) > 0);
        QCOMPARE(modelRows(store, first->id), 0);
        QCOMPARE(referenceRows(store), reference);

        // Go > Next most uncertain lands on an item with proposals of the new version.
        const qint64 before = m_window->itemView()->itemId();
        menuAction(QStringLiteral("Go"), QStringLiteral("Next most uncertain"))->trigger();
        QTRY_VERIFY(m_window->itemView()->itemId() != 0 && m_window->itemView()->itemId() != before);
        int proposals = 0;
        for (const Annotation &row : m_window->itemView()->annotations())
            proposals += row.origin == Origin::Model && row.modelVersionId == second->id ? 1 : 0;
        QVERIFY(proposals > 0);

        // Models > Predict current filter: the filter bar's kind + split (one facet) picks the 24 dev memes.
        ItemQuery devMemes;
        devMemes.kind = QStringLiteral("meme");
        devMemes.split = QStringLiteral("dev");
        m_window->browser()->filterBar()->setQuery(devMemes);
        QTRY_COMPARE(m_window->browser()->model()->knownMatchCount().value_or(-1), qint64(24));
        const int jobsBeforeFilter = m_window->jobs()->count();
        menuAction(QStringLiteral("Models"), QStringLiteral("Predict current filter"))->trigger();
        QCOMPARE(m_window->jobs()->count(), jobsBeforeFilter + 1);
        Job *filtered = lastJob();
        QVERIFY2(filtered->title().contains(QStringLiteral("24 filtered item(s)")), qPrintable(filtered->title()));
        waitFor(filtered);
        QCOMPARE(filtered->result().value(QStringLiteral("items")).toInt(), 24);
        QCOMPARE(referenceRows(store), reference);
    }

    // The thread task runs from the same menu: train with a post order, predict the filtered threads, evaluate,
    // and the Models dock pins the version predictions use.
    void threadTaskThroughTheWindow()
    {
        ProjectStore &store = *m_window->store();
        m_actions->setTask(QStringLiteral("thread"));
        QVERIFY(menuAction(QStringLiteral("Models"), QStringLiteral("Retrain with the last settings"))->isEnabled());
        TrainRequest request;
        request.task = QStringLiteral("thread");
        request.variant = QStringLiteral("chronological");
        request.settings = {{QStringLiteral("epochs"), 2}, {QStringLiteral("threads"), 1},
            {QStringLiteral("useImages"), false}, {QStringLiteral("hashBuckets"), 1024}};
        Job *training = m_actions->train(request);
        QCOMPARE(training->title(), QStringLiteral("Train thread (chronological)"));
        waitFor(training);
        QTRY_VERIFY_WITH_TIMEOUT(openOffer(), 10000);
        openOffer()->button(QMessageBox::No)->click();
        const std::optional<ModelVersion> version = store.latestModelVersion(QStringLiteral("thread"));
        QVERIFY(version);
        QCOMPARE(version->config.value(QStringLiteral("train")).toObject().value(QStringLiteral("order")).toString(),
            QStringLiteral("chronological"));

        ItemQuery devThreads;
        devThreads.kind = QStringLiteral("thread");
        devThreads.split = QStringLiteral("dev");
        m_window->browser()->filterBar()->setQuery(devThreads);
        QTRY_COMPARE(m_window->browser()->model()->knownMatchCount().value_or(-1), qint64(10));
        Job *predicted = m_actions->predict(ModelActions::Scope::Filter);
        waitFor(predicted);
        QCOMPARE(predicted->result().value(QStringLiteral("items")).toInt(), 10);
        QVERIFY(modelRows(store, version->id) > 10); // a veracity per thread and a stance per reply

        Job *evaluated = m_actions->evaluate();
        waitFor(evaluated);
        const QJsonObject metrics = evaluated->result().value(QStringLiteral("metrics")).toObject();
        QVERIFY(metrics.contains(QStringLiteral("stance_accuracy")));
        QVERIFY(
            m_window->logText().contains(QStringLiteral("Evaluation of thread (version %1) on dev").arg(version->id)));

        // Retrain keeps the post order; pinning the first version makes predictions use it again.
        menuAction(QStringLiteral("Models"), QStringLiteral("Retrain with the last settings"))->trigger();
        waitFor(lastJob());
        QTRY_VERIFY_WITH_TIMEOUT(openOffer(), 10000);
        openOffer()->button(QMessageBox::No)->click();
        const std::optional<ModelVersion> second = store.latestModelVersion(QStringLiteral("thread"));
        QVERIFY(second && second->id > version->id);
        QCOMPARE(second->config.value(QStringLiteral("train")).toObject().value(QStringLiteral("order")).toString(),
            QStringLiteral("chronological"));
        ModelVersionsPanel *versions = m_window->modelVersionsPanel();
        versions->selectVersion(version->id);
        QVERIFY(versions->pinSelected());
        QVERIFY(m_window->logText().contains(
            QStringLiteral("Predictions of thread now use version %1 (pinned)").arg(version->id)));
        Job *again = m_actions->predict(ModelActions::Scope::Filter);
        waitFor(again);
        QCOMPARE(again->result().value(QStringLiteral("model_version")).toInteger(), version->id);
        m_window->browser()->filterBar()->setQuery(ItemQuery());
    }

    // Where a task has no data, Retrain says so before the click instead of failing after it.
    void retrainNamesWhatIsMissing()
    {
        QVERIFY(m_window->newProject(m_dir.filePath(QStringLiteral("empty.candor"))));
        QAction *retrain = menuAction(QStringLiteral("Models"), QStringLiteral("Retrain with the last settings"));
        m_actions->setTask(QStringLiteral("persuasion-labels"));
        QVERIFY(!retrain->isEnabled());
        QCOMPARE(retrain->toolTip(),
            QStringLiteral("Cannot train persuasion-labels: no meme with persuasion-20 item labels "
                           "(gold or human-confirmed, SemEval subtask 1) in split 'train'"));
        m_actions->setTask(QStringLiteral("narrative"));
        QVERIFY(retrain->toolTip().contains(QStringLiteral("no message with a CONSPIRACY or CRITICAL label")));
        QVERIFY(!m_actions->train(smallOptions())); // Train… refuses too, with the reason in the log
        QVERIFY(m_window->logText().contains(QStringLiteral("Cannot train persuasion-labels: no meme")));

        // A labelled training meme is not enough: the dev split needs one as well.
        Item meme;
        meme.kind = ItemKind::Meme;
        meme.source = QStringLiteral("test");
        meme.externalId = QStringLiteral("1");
        meme.text = QStringLiteral("NO MORE LIES");
        meme.split = QStringLiteral("train");
        const qint64 id = m_window->store()->upsertItem(meme).id;
        m_window->editor()->setItemLabel(id, Schemas::Persuasion20, QStringLiteral("Slogans"), true);
        m_actions->setTask(QStringLiteral("persuasion-labels"));
        QVERIFY(!retrain->isEnabled());
        QVERIFY(retrain->toolTip().endsWith(QStringLiteral("in the dev split 'dev'")));
        meme.externalId = QStringLiteral("2");
        meme.split = QStringLiteral("dev");
        m_window->editor()->setItemLabel(
            m_window->store()->upsertItem(meme).id, Schemas::Persuasion20, QStringLiteral("Slogans"), true);
        QVERIFY(retrain->isEnabled()); // the edit itself refreshed the action
    }
};

QTEST_MAIN(TestRetrainLoop)
#include "TestRetrainLoop.moc"
