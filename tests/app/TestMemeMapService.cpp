// The meme heatmap path end to end in a running window: showing a meme whose map is not stored makes the meme
// view ask the application's MemeMapService, which runs MemeMapJob in the window's job manager (a job in the Jobs
// dock, on a worker thread); when it ends the map is in the project and on the screen. A cancelled request
// leaves the view saying so instead of waiting forever. Needs the pretrained backbone in ../shared/models.
#include "app/gui/MemeMapService.h"
#include "core/jobs/JobManager.h"
#include "core/store/Database.h"
#include "core/store/MemeStore.h"
#include "tests/app/MemeProjectFixture.h"
#include "widgets/itemview/ItemView.h"
#include "widgets/main/MainWindow.h"
#include "widgets/meme/MemeImageView.h"
#include "widgets/meme/MemeView.h"

#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

class TestMemeMapService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_meme = 0;
    qint64 m_fused = 0;
    std::unique_ptr<MainWindow> m_window;

    MemeView *meme() const { return m_window->itemView()->memeView(); }

    std::optional<ImageMap> stored(const QString &kind, const QString &label) const
    {
        return imageMap(*m_window->store(), m_meme, m_fused, kind, label);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!memefixture::hasBackbone())
            QSKIP("no pretrained MobileNetV2 in ../shared/models");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CandorTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_mememapservice"));
        // The service asks for no folder: the job takes the application's default, which this points at.
        qputenv("CANDOR_MODELS_DIR", memefixture::kModels.toUtf8());
        m_path = m_dir.filePath(QStringLiteral("memes.candor"));
        m_meme = memefixture::build(m_path).firstDevMeme;
        m_fused = memefixture::train(m_path, models::MemeVariant::Fused);
        QVERIFY(m_fused > 0);
    }

    void init()
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->itemView()->memeView()->setMapRequests(new MemeMapService(m_window.get()));
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(m_path));
    }

    void cleanup()
    {
        m_window.reset();
        Database::closeAll();
    }

    void missingMapIsComputedByAJobAndShown()
    {
        QVERIFY(!stored(QStringLiteral("attention"), QString()));
        m_window->showItem(m_meme);
        QVERIFY(meme()->isVisible());
        QCOMPARE(meme()->modelVersionId(), m_fused);
        const int jobsBefore = m_window->jobs()->count();
        QTest::keyClick(
            m_window.get(), Qt::Key_H, Qt::ControlModifier); // View > Heatmap: the attention map, not stored yet
        QVERIFY(meme()->isHeatmapShown());
        QVERIFY(!meme()->hasMap());
        QCOMPARE(m_window->jobs()->count(), jobsBefore + 1);
        Job *job = m_window->jobs()->at(jobsBefore);
        QCOMPARE(job->title(), QStringLiteral("Attention map of item %1").arg(m_meme));
        QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 60000);
        QCOMPARE(job->state(), Job::State::Finished);
        QTRY_VERIFY(meme()->hasMap());
        const auto attention = stored(QStringLiteral("attention"), QString());
        QVERIFY(attention);
        QCOMPARE(attention->rows, 7);
        // What is painted is the picture with the heat over it, not the bare picture.
        const MemeOverlay overlay = meme()->imageView()->overlay();
        QVERIFY(!overlay.heat.isNull());
        QCOMPARE(overlay.heat.size(), overlay.image.size());
        QVERIFY(meme()->overlayImage() != overlay.image.convertToFormat(QImage::Format_RGB32));

        // A technique's Grad-CAM is another map: another job, and then it is shown.
        meme()->setTechnique(QStringLiteral("Smears"));
        QVERIFY(!meme()->hasMap());
        QCOMPARE(m_window->jobs()->count(), jobsBefore + 2);
        Job *gradCam = m_window->jobs()->at(jobsBefore + 1);
        QCOMPARE(gradCam->title(), QStringLiteral("Grad-CAM of Smears on item %1").arg(m_meme));
        QTRY_VERIFY_WITH_TIMEOUT(meme()->hasMap(), 60000);
        QVERIFY(stored(QStringLiteral("gradcam"), QStringLiteral("Smears")));
        // Back to attention: read from the project, no new job.
        meme()->setTechnique(QString());
        QVERIFY(meme()->hasMap());
        QCOMPARE(m_window->jobs()->count(), jobsBefore + 2);
    }

    void cancelledRequestSaysSo()
    {
        m_window->showItem(m_meme);
        meme()->setTechnique(QStringLiteral("Slogans"));
        const int jobsBefore = m_window->jobs()->count();
        meme()->setHeatmapShown(true);
        QCOMPARE(m_window->jobs()->count(), jobsBefore + 1);
        Job *job = m_window->jobs()->at(jobsBefore);
        job->cancel(); // before the worker can have finished: the job ends cancelled
        QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 60000);
        QCOMPARE(job->state(), Job::State::Cancelled);
        QVERIFY(!meme()->hasMap());
        QString state;
        for (const QLabel *label : meme()->findChildren<QLabel *>())
            if (label->accessibleName() == QLatin1String("Heatmap state"))
                state = label->text();
        QCOMPARE(state, QStringLiteral("map failed"));
        QVERIFY(m_window->logText().contains(QStringLiteral("cancelled")));
    }
};

QTEST_MAIN(TestMemeMapService)
#include "TestMemeMapService.moc"
