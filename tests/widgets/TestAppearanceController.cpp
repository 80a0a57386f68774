// The application follows the desktop's light / dark preference: a fake XDG desktop portal on a private D-Bus
// (dbus-daemon started by the test; skipped cleanly without one) answers Read and emits SettingChanged, and the
// application palette flips live; $GTK_THEME without a portal; the user's forced choice, stored and restored; the
// View > Appearance menu; the charts take the dark or light chart theme with the palette.
#include "widgets/appearance/AppearanceController.h"
#include "widgets/appearance/AppearanceMenu.h"
#include "widgets/appearance/PortalColorScheme.h"
#include "widgets/appearance/SchemePalettes.h"
#include "widgets/jobs/TrainingChart.h"
#include "widgets/thread/StanceChipDelegate.h"
#include "widgets/thread/StanceTimelineView.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusContext>
#include <QDBusVariant>
#include <QDeadlineTimer>
#include <QLineSeries>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QThread>

#include <memory>

using namespace candor;

namespace {

const QString kPortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kAppearance = QStringLiteral("org.freedesktop.appearance");
const QString kColorScheme = QStringLiteral("color-scheme");

QDBusVariant doublyWrapped(uint value)
{
    // What xdg-desktop-portal's Read answers: the value in a variant in a variant.
    return QDBusVariant(QVariant::fromValue(QDBusVariant(QVariant::fromValue(value))));
}

} // namespace

// The portal's Settings interface as xdg-desktop-portal exports it (only the appearance key).
class FakePortal : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    std::atomic<uint> colorScheme{0};
    std::atomic<int> reads{0};

    // Called from the test's thread; QtDBus relays signals emitted in the object's own thread only.
    void change(uint value)
    {
        colorScheme = value;
        QMetaObject::invokeMethod(
            this,
            [this, value] {
                Q_EMIT SettingChanged(kAppearance, kColorScheme, QDBusVariant(QVariant::fromValue(value)));
            },
            Qt::QueuedConnection);
    }

public Q_SLOTS:
    QDBusVariant Read(const QString &nameSpace, const QString &key)
    {
        ++reads;
        if (nameSpace != kAppearance || key != kColorScheme) {
            sendErrorReply(
                QStringLiteral("org.freedesktop.portal.Error.NotFound"), QStringLiteral("Requested setting not found"));
            return {};
        }
        return doublyWrapped(colorScheme);
    }

Q_SIGNALS:
    void SettingChanged(const QString &nameSpace, const QString &key, const QDBusVariant &value);
};

class TestAppearanceController : public QObject
{
    Q_OBJECT

private:
    QProcess m_daemon;
    QString m_address;
    QThread m_portalThread;
    FakePortal *m_portal = nullptr;
    QColor m_platformWindow;
    int m_connections = 0;

    QDBusConnection appBus()
    {
        return QDBusConnection::connectToBus(m_address, QStringLiteral("app%1").arg(++m_connections));
    }

    static bool appIsDark() { return isDarkPalette(QApplication::palette()); }

    // Starts a private bus (once); false when there is no dbus-daemon or it would not start.
    bool startBus()
    {
        if (!m_address.isEmpty())
            return true;
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty())
            return false;
        m_daemon.start(
            daemon, {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address")});
        if (!m_daemon.waitForStarted(5000))
            return false;
        QDeadlineTimer deadline(10000);
        while (!m_daemon.canReadLine() && !deadline.hasExpired())
            m_daemon.waitForReadyRead(100);
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        return !m_address.isEmpty();
    }

    bool registerPortal()
    {
        if (m_portal)
            return true;
        // The portal answers from its own thread (the application's start-up read blocks its caller), and is
        // registered from there, as a D-Bus object belongs to the thread it lives in.
        m_portalThread.start();
        m_portal = new FakePortal;
        m_portal->moveToThread(&m_portalThread);
        bool registered = false;
        QMetaObject::invokeMethod(
            m_portal,
            [this, &registered] {
                QDBusConnection bus = QDBusConnection::connectToBus(m_address, QStringLiteral("fake-portal"));
                registered = bus.isConnected()
                    && bus.registerObject(
                        kPortalPath, m_portal, QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)
                    && bus.registerService(kPortalService);
            },
            Qt::BlockingQueuedConnection);
        return registered;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CandorTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_appearancecontroller"));
        qunsetenv("GTK_THEME");
        m_platformWindow = QApplication::palette().color(QPalette::Window);
        QVERIFY(!appIsDark()); // the offscreen platform's palette is light
    }

    void init()
    {
        QSettings().clear();
        qunsetenv("GTK_THEME");
    }

    void cleanup() { QApplication::setPalette(QPalette()); }

    void cleanupTestCase()
    {
        if (m_portal) {
            QMetaObject::invokeMethod(
                m_portal,
                [this] {
                    QDBusConnection bus(QStringLiteral("fake-portal"));
                    bus.unregisterService(kPortalService);
                    bus.unregisterObject(kPortalPath);
                    QDBusConnection::disconnectFromBus(QStringLiteral("fake-portal"));
                    delete m_portal;
                },
                Qt::BlockingQueuedConnection);
            m_portal = nullptr;
        }
        m_portalThread.quit();
        m_portalThread.wait();
        for (int i = 1; i <= m_connections; ++i)
            QDBusConnection::disconnectFromBus(QStringLiteral("app%1").arg(i));
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.terminate();
            m_daemon.waitForFinished(5000);
        }
    }

    void portalReplyUnwrapsEveryVariant()
    {
        QCOMPARE(PortalColorScheme::colorSchemeFrom(QVariant::fromValue(doublyWrapped(1))), std::optional<uint>(1));
        QCOMPARE(PortalColorScheme::colorSchemeFrom(QVariant::fromValue(QDBusVariant(QVariant::fromValue(2u)))),
            std::optional<uint>(2));
        QCOMPARE(PortalColorScheme::colorSchemeFrom(QVariant::fromValue(0u)), std::optional<uint>(0));
        QCOMPARE(
            PortalColorScheme::colorSchemeFrom(QVariant::fromValue(QDBusVariant(QVariant(QStringLiteral("dark"))))),
            std::nullopt);
        QCOMPARE(PortalColorScheme::colorSchemeFrom(QVariant::fromValue(5u)), std::nullopt);
        QCOMPARE(PortalColorScheme::colorSchemeFrom(QVariant()), std::nullopt);
    }

    // A bus without a portal: the read fails quickly and the platform palette (light) stays.
    void busWithoutPortalKeepsThePlatformPalette()
    {
        if (!startBus())
            QSKIP("no private D-Bus: dbus-daemon (Debian package dbus-daemon) is missing or did not start");
        AppearanceController controller;
        controller.start();
        controller.followPortal(new PortalColorScheme(appBus()));
        QCOMPARE(controller.hints().portalColorScheme, std::nullopt);
        QCOMPARE(controller.scheme(), ColorScheme::Light);
        QVERIFY(!controller.overridesPlatform());
        QVERIFY(!appIsDark());
    }

    // "Prefer dark" at start-up turns the app dark; SettingChanged flips it live both ways, and "no preference"
    // gives the platform palette back as it was.
    void portalFlipsThePaletteLive()
    {
        if (!startBus())
            QSKIP("no private D-Bus: dbus-daemon (Debian package dbus-daemon) is missing or did not start");
        QVERIFY(registerPortal());
        m_portal->colorScheme = 1;
        AppearanceController controller;
        QSignalSpy schemes(&controller, &AppearanceController::schemeChanged);
        controller.start();
        controller.followPortal(new PortalColorScheme(appBus()));
        QCOMPARE(controller.hints().portalColorScheme, std::optional<uint>(1));
        QVERIFY(m_portal->reads >= 1);
        QVERIFY(appIsDark());
        QVERIFY(controller.overridesPlatform());
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QCOMPARE(QApplication::palette().color(QPalette::Base), darkPalette().color(QPalette::Base));
        QCOMPARE(schemes.size(), 1);

        m_portal->change(2);
        QTRY_VERIFY(!appIsDark());
        QCOMPARE(controller.scheme(), ColorScheme::Light);
        QVERIFY(!controller.overridesPlatform());
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_platformWindow);

        m_portal->change(1);
        QTRY_VERIFY(appIsDark());
        m_portal->change(0); // no preference: the (light) platform palette decides
        QTRY_VERIFY(!appIsDark());
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_platformWindow);
        QCOMPARE(schemes.size(), 4);
    }

    // The user's choice beats the portal, and "System" hands control back to it.
    void forcedChoiceBeatsThePortal()
    {
        if (!startBus())
            QSKIP("no private D-Bus: dbus-daemon (Debian package dbus-daemon) is missing or did not start");
        QVERIFY(registerPortal());
        m_portal->colorScheme = 1;
        AppearanceController controller;
        controller.start();
        controller.followPortal(new PortalColorScheme(appBus()));
        QVERIFY(appIsDark());
        controller.setChoice(AppearanceChoice::Light);
        QVERIFY(!appIsDark());
        m_portal->change(1);
        QTest::qWait(100);
        QVERIFY(!appIsDark());
        controller.setChoice(AppearanceChoice::System);
        QVERIFY(appIsDark());
        m_portal->change(2);
        QTRY_VERIFY(!appIsDark());
    }

    // A platform style other than Fusion (the Windows style stands in for a desktop's own) comes back with the
    // platform palette when the override ends.
    void platformStyleComesBack()
    {
        if (!QStyleFactory::keys().contains(QStringLiteral("Windows")))
            QSKIP("no Windows style in this Qt build");
        QApplication::setStyle(QStringLiteral("Windows"));
        const QColor platformWindow = QApplication::palette().color(QPalette::Window);
        {
            AppearanceController controller;
            controller.start();
            controller.setChoice(AppearanceChoice::Dark);
            QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
            QVERIFY(appIsDark());
            controller.setChoice(AppearanceChoice::System);
            QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("windows"));
            QCOMPARE(QApplication::palette().color(QPalette::Window), platformWindow);
        }
        QApplication::setStyle(QStringLiteral("Fusion"));
    }

    // A platform that changes its own palette (KDE switching colour schemes) is followed: no override, the new
    // palette's scheme is the system's.
    void platformPaletteChangeIsFollowed()
    {
        AppearanceController controller;
        controller.start();
        QSignalSpy schemes(&controller, &AppearanceController::schemeChanged);
        QApplication::setPalette(darkPalette()); // what the platform theme would send
        QTRY_COMPARE(controller.scheme(), ColorScheme::Dark);
        QVERIFY(controller.hints().paletteIsDark);
        QVERIFY(!controller.overridesPlatform());
        QApplication::setPalette(QPalette());
        QTRY_COMPARE(controller.scheme(), ColorScheme::Light);
        QCOMPARE(schemes.size(), 2);
    }

    void gtkThemeWithoutPortal()
    {
        qputenv("GTK_THEME", "Adwaita:dark");
        AppearanceController controller;
        controller.start();
        QCOMPARE(controller.scheme(), ColorScheme::Dark);
        QVERIFY(appIsDark());
    }

    // The choice is stored; a new start reads it; the menu shows it and sets it.
    void choiceIsStoredAndInTheMenu()
    {
        {
            AppearanceController controller;
            controller.start();
            QVERIFY(!appIsDark());
            controller.setChoice(AppearanceChoice::Dark);
            QVERIFY(appIsDark());
            QCOMPARE(QSettings().value(AppearanceController::SettingKey).toString(), QStringLiteral("dark"));
        }
        QApplication::setPalette(QPalette());
        AppearanceController controller;
        controller.start();
        QCOMPARE(controller.choice(), AppearanceChoice::Dark);
        QVERIFY(appIsDark());

        QWidget window;
        std::unique_ptr<QMenu> menu(createAppearanceMenu(&controller, &window));
        QCOMPARE(menu->actions().size(), 3);
        auto *system = menu->findChild<QAction *>(QStringLiteral("appearance-system"));
        auto *light = menu->findChild<QAction *>(QStringLiteral("appearance-light"));
        auto *dark = menu->findChild<QAction *>(QStringLiteral("appearance-dark"));
        QVERIFY(system && light && dark);
        QVERIFY(dark->isChecked());
        QVERIFY(!light->isChecked());
        light->trigger();
        QCOMPARE(controller.choice(), AppearanceChoice::Light);
        QVERIFY(light->isChecked());
        QVERIFY(!dark->isChecked());
        QVERIFY(!appIsDark());
        controller.setChoice(AppearanceChoice::System); // from elsewhere: the menu follows
        QVERIFY(system->isChecked());
        QCOMPARE(QSettings().value(AppearanceController::SettingKey).toString(), QStringLiteral("system"));
    }

    // Charts pick the dark or light chart theme with the palette; the timeline keeps its stance colours.
    void chartsFollowThePalette()
    {
        TrainingChart training;
        StanceTimelineView timeline;
        training.show();
        timeline.show();
        QChart *trainingChart = training.findChild<QChartView *>()->chart();
        QChart *timelineChart = timeline.chartView()->chart();
        QCOMPARE(trainingChart->theme(), QChart::ChartThemeLight);
        AppearanceController controller;
        controller.start();
        controller.setChoice(AppearanceChoice::Dark);
        QTRY_COMPARE(trainingChart->theme(), QChart::ChartThemeDark);
        QTRY_COMPARE(timelineChart->theme(), QChart::ChartThemeDark);
        QCOMPARE(trainingChart->backgroundBrush().color(), darkPalette().color(QPalette::Base));
        QCOMPARE(timelineChart->backgroundBrush().color(), darkPalette().color(QPalette::Base));
        QCOMPARE(timeline.stanceSeries(1)->color(), stanceColour(QStringLiteral("deny")));
        controller.setChoice(AppearanceChoice::Light);
        QTRY_COMPARE(trainingChart->theme(), QChart::ChartThemeLight);
        QTRY_COMPARE(timelineChart->theme(), QChart::ChartThemeLight);
        QCOMPARE(timeline.stanceSeries(0)->color(), stanceColour(QStringLiteral("support")));
    }
};

QTEST_MAIN(TestAppearanceController)
#include "TestAppearanceController.moc"
