// Edit > Annotator…'s dialog: the short id follows the name's initials until edited, OK refuses an incomplete
// profile or a short id someone else in the project has (inline, the dialog stays open), and a screenshot for docs.
#include "widgets/main/AnnotatorDialog.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace candor;

class TestAnnotatorDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AnnotatorDialog> m_dialog;

private Q_SLOTS:
    void init() { m_dialog = std::make_unique<AnnotatorDialog>(); }
    void cleanup() { m_dialog.reset(); }

    void shortIdFollowsNameUntilEdited()
    {
        m_dialog->nameEdit()->setText(QStringLiteral("Ana López")); // keyClicks types ASCII only
        QCOMPARE(m_dialog->shortIdEdit()->text(), QStringLiteral("AL"));
        QVERIFY(m_dialog->profile().colour.isValid()); // suggested from the name
        m_dialog->shortIdEdit()->clear();
        QTest::keyClicks(m_dialog->shortIdEdit(), QStringLiteral("ANA"));
        QTest::keyClicks(m_dialog->nameEdit(), QStringLiteral(" Ruiz"));
        QCOMPARE(m_dialog->shortIdEdit()->text(), QStringLiteral("ANA"));
        QCOMPARE(m_dialog->profile().name, QStringLiteral("Ana López Ruiz"));
    }

    void incompleteProfileStaysOpen()
    {
        QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
        m_dialog->show();
        m_dialog->accept(); // no name
        QCOMPARE(accepted.count(), 0);
        QVERIFY(m_dialog->isVisible());
        QVERIFY(m_dialog->errorText().contains(QStringLiteral("name")));
        m_dialog->nameEdit()->setText(QStringLiteral("Ana López"));
        m_dialog->accept();
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(m_dialog->profile().shortId, QStringLiteral("AL"));
    }

    void shortIdTakenInTeamRefused()
    {
        AnnotatorProfile ana;
        ana.name = QStringLiteral("Ana López");
        ana.shortId = QStringLiteral("AL");
        ana.colour = Qt::red;
        m_dialog->setTeam({ana});
        QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
        m_dialog->nameEdit()->setText(QStringLiteral("Alan Lee"));
        m_dialog->accept();
        QCOMPARE(accepted.count(), 0);
        QVERIFY(m_dialog->errorText().contains(QStringLiteral("Ana López")));
        m_dialog->shortIdEdit()->setText(QStringLiteral("ALE"));
        m_dialog->accept();
        QCOMPARE(accepted.count(), 1);
    }

    void setProfileShowsIt()
    {
        AnnotatorProfile ben;
        ben.name = QStringLiteral("Ben Okafor");
        ben.shortId = QStringLiteral("BO");
        ben.colour = QColor(QStringLiteral("#2e86c1"));
        m_dialog->setProfile(ben);
        QCOMPARE(m_dialog->profile().shortId, QStringLiteral("BO"));
        QCOMPARE(m_dialog->profile().colour, ben.colour);
        QCOMPARE(m_dialog->findChild<QPushButton *>(QStringLiteral("colourButton"))->text(), QStringLiteral("#2e86c1"));
    }

    // docs/images/annotator-dialog.png, when CANDOR_SCREENSHOT_DIR names a folder (not in ordinary runs).
    void screenshot()
    {
        const QString folder = qEnvironmentVariable("CANDOR_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("set CANDOR_SCREENSHOT_DIR to write the documentation screenshot");
        m_dialog->nameEdit()->setText(QStringLiteral("Ana López"));
        m_dialog->setColour(QColor(QStringLiteral("#8e44ad")));
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        QVERIFY(m_dialog->grab().save(QDir(folder).filePath(QStringLiteral("annotator-dialog.png"))));
    }
};

QTEST_MAIN(TestAnnotatorDialog)
#include "TestAnnotatorDialog.moc"
