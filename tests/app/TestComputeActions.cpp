// Edit > Preferences… in the window: the chosen device and CPU threads reach the engine and the status bar and are
// kept in the settings; a device that is not there (a GPU asked for on a machine without one) is said in the Log dock,
// the engine keeps the automatic choice, and the choice stays saved.
#include "app/gui/ComputeActions.h"
#include "models/engine/Compute.h"
#include "widgets/main/MainWindow.h"
#include "widgets/main/PreferencesDialog.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace candor;

class TestComputeActions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    ComputeActions *m_compute = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CandorTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_computeactions"));
    }

    void init()
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_compute = new ComputeActions(m_window.get());
    }

    void cleanup()
    {
        m_window.reset();
        engine::setThreadOverride(0);
        engine::setBatchLimit(0);
        engine::selectDevice("auto");
    }

    void theEditMenuOffersPreferences()
    {
        QVERIFY(m_window->editMenu()->actions().contains(m_compute->action()));
        QVERIFY2(m_window->computeDeviceText().startsWith(QStringLiteral("CPU (")),
            qPrintable(m_window->computeDeviceText()));
    }

    void aChoiceReachesTheEngineAndIsKept()
    {
        m_compute->setDialogHook([](PreferencesDialog *dialog) {
            QCOMPARE(dialog->device(), QStringLiteral("auto"));
            QCOMPARE(dialog->threadsBox()->value(), 0); // "All cores"
            QCOMPARE(dialog->batchLimitBox()->value(), 0); // no limit
            QVERIFY(dialog->deviceBox()->findData(QStringLiteral("cpu")) >= 0);
            dialog->setDevice(QStringLiteral("cpu"));
            dialog->setThreads(1);
            dialog->setBatchLimit(8);
            dialog->accept();
        });
        m_compute->action()->trigger();
        QCOMPARE(engine::currentCompute().threads, 1);
        QCOMPARE(engine::batchLimit(), 8);
        QCOMPARE(engine::boundedBatch(32), 8);
        QVERIFY(!engine::currentCompute().cuda);
        QVERIFY2(m_window->computeDeviceText().startsWith(QStringLiteral("CPU (1 thread")),
            qPrintable(m_window->computeDeviceText()));
        QCOMPARE(QSettings().value(QStringLiteral("compute/device")).toString(), QStringLiteral("cpu"));
        QCOMPARE(QSettings().value(QStringLiteral("compute/threads")).toInt(), 1);
        QCOMPARE(QSettings().value(QStringLiteral("compute/batch_limit")).toInt(), 8);
        QVERIFY2(m_window->logText().contains(QStringLiteral("Models now run on CPU (1 thread")),
            qPrintable(m_window->logText()));

        // The next start applies the saved choice before anything runs.
        engine::setThreadOverride(0);
        engine::setBatchLimit(0);
        engine::selectDevice("auto");
        MainWindow next;
        new ComputeActions(&next);
        QCOMPARE(engine::currentCompute().threads, 1);
        QCOMPARE(engine::batchLimit(), 8);
    }

    void aMissingGpuIsSaidAndTheEngineKeepsWorking()
    {
        m_compute->setDialogHook([](PreferencesDialog *dialog) {
            dialog->setDevice(QStringLiteral("cuda:5"));
            QVERIFY(dialog->deviceBox()->currentText().contains(QStringLiteral("not found now")));
            dialog->accept();
        });
        m_compute->action()->trigger();
        QVERIFY2(
            m_window->logText().contains(QStringLiteral("device 'cuda:5' requested")), qPrintable(m_window->logText()));
        QVERIFY(m_window->computeDeviceText().startsWith(QStringLiteral("CPU (")));
        QCOMPARE(QSettings().value(QStringLiteral("compute/device")).toString(), QStringLiteral("cuda:5"));
    }
};

QTEST_MAIN(TestComputeActions)
#include "TestComputeActions.moc"
