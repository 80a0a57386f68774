// The window on a team project: a postgresql:// address opens the person's working copy (title, status bar,
// recent list say so), and another annotator's edit on the server reaches the open window by itself (LISTEN /
// NOTIFY, then a catch-up and a reread), while the person's own edits go to the server.
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"
#include "core/store/server/ProjectTransfer.h"
#include "core/store/server/ServerAnnotations.h"
#include "core/store/server/ServerSchema.h"
#include "core/store/server/ServerWorkingCopy.h"
#include "tests/core/AgreementFixture.h"
#include "tests/core/ServerFixture.h"
#include "widgets/itemview/ItemView.h"
#include "widgets/main/MainWindow.h"
#include "widgets/main/WelcomePage.h"

#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace candor;

class TestTeamWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;

    ServerAddress as(const QString &login) const { return fixture::postgres().address(m_database, login); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CandorTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_teamwindow"));
        QSettings().clear();
        if (!fixture::postgres().isRunning())
            QSKIP(qPrintable(QStringLiteral("PostgreSQL half skipped: ") + fixture::postgres().skipReason()));
        const QString project = m_dir.filePath(QStringLiteral("team.candor"));
        fixture::buildAgreementProject(project);
        Database::closeAll();
        m_database = fixture::postgres().createDatabase();
        ProjectTransfer::push(project, fixture::postgres().address(m_database));
        ServerConnection admin(fixture::postgres().address(m_database));
        for (const QString &login : {QStringLiteral("ana"), QStringLiteral("ben")}) {
            fixture::postgres().createLogin(login, login + QStringLiteral("-secret"));
            ServerSchema::setMemberRole(admin.db(), login, ServerSchema::Role::Annotator);
        }
    }

    void cleanupTestCase()
    {
        Database::closeAll();
        // Only this test's working copies (named after its server's port and database) leave the test cache.
        QDir copies(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
            + QStringLiteral("/candor/team-projects"));
        for (const QString &name : copies.entryList({QStringLiteral("*_%1_*").arg(m_database)}, QDir::Files))
            copies.remove(name);
    }

    void anAddressOpensTheTeamProjectAndOthersEditsArrive()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString address = as(QStringLiteral("ana")).url();
        // The pull runs as a job; the window opens the copy when it is done.
        QVERIFY2(window.openProject(address), qPrintable(window.logText()));
        QTRY_VERIFY2_WITH_TIMEOUT(window.store() != nullptr, qPrintable(window.logText()), 30000);
        QVERIFY(ServerWorkingCopy::isOpenedWorkingCopy(window.store()->path()));
        QVERIFY(window.windowTitle().startsWith(m_database));
        QVERIFY(window.logText().contains(QStringLiteral("Opened the team project")));
        bool statusSaysTeam = false;
        for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
            statusSaysTeam = statusSaysTeam || label->text().startsWith(QStringLiteral("team project postgresql://"));
        QVERIFY(statusSaysTeam);
        QCOMPARE(window.annotatorStatusText(), QStringLiteral("ana (team login)"));

        // ben labels item 1 on the server; ana's window takes it in without being asked.
        ServerAnnotations ben(as(QStringLiteral("ben")));
        Annotation doubt;
        doubt.itemId = 1;
        doubt.schema = QStringLiteral("persuasion-20");
        doubt.label = QStringLiteral("Doubt");
        doubt.origin = Origin::Human;
        const qint64 id = ben.add(doubt, QUuid::createUuid().toString()).annotation.id;
        QTRY_VERIFY_WITH_TIMEOUT(window.logText().contains(QStringLiteral("Took in 1 change(s) from the team")), 10000);
        bool arrived = false;
        for (const Annotation &a : window.store()->annotations(1))
            arrived
                = arrived || (a.id == id && a.annotator == QLatin1String("ben") && a.label == QLatin1String("Doubt"));
        QVERIFY(arrived);

        // ana's own edit in this window goes to the server as hers.
        Annotation mine = doubt;
        mine.label = QStringLiteral("Smears");
        const qint64 own = window.store()->addAnnotation(mine);
        QCOMPARE(
            ServerAnnotations(as(QStringLiteral("ana"))).annotation(own)->annotation.annotator, QStringLiteral("ana"));

        // "Next unreviewed" hands ana and ben different items.
        QVERIFY(window.goToNextUnreviewed());
        const qint64 anasItem = window.itemView()->itemId();
        QVERIFY(anasItem > 0);
        const std::optional<qint64> bensItem = ben.claimNext(600);
        QVERIFY(!bensItem || *bensItem != anasItem);

        // The documentation's picture of it (CANDOR_SCREENSHOT_DIR set: tools/screenshots.sh style).
        if (const QString folder = qEnvironmentVariable("CANDOR_SCREENSHOT_DIR"); !folder.isEmpty()) {
            window.showItem(1);
            for (QDockWidget *dock : window.findChildren<QDockWidget *>())
                if (qobject_cast<QPlainTextEdit *>(dock->widget()))
                    dock->raise(); // the log, with the change taken in
            QTest::qWait(200);
            QVERIFY(window.grab().save(QDir(folder).filePath(QStringLiteral("team-project.png"))));
        }

        // The address is remembered as it was given (no password: it never had one) and listed as a team project.
        window.closeProject();
        bool listed = false;
        const QListWidget *recent = window.welcomePage()->findChild<QListWidget *>();
        for (int row = 0; recent && row < recent->count(); ++row)
            listed = listed
                || (recent->item(row)->data(Qt::UserRole).toString() == address
                    && recent->item(row)->text().contains(QStringLiteral("team project at")));
        QVERIFY(listed);
    }
};

QTEST_MAIN(TestTeamWindow)
#include "TestTeamWindow.moc"
