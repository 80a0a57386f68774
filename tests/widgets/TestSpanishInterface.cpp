// The Spanish interface: with the Spanish catalogue installed (what View > Language > Español or a Spanish system
// locale gives) the window's menus, technique names, a job's log lines and an import error read in Spanish, the
// catalogue has no unfinished message, and no button's text is cut by the longer Spanish strings.
#include "core/i18n/Translations.h"
#include "core/jobs/Job.h"
#include "core/store/Database.h"
#include "tests/widgets/FixtureProject.h"
#include "widgets/labels/LabelListModel.h"
#include "widgets/labels/LabelsPanel.h"
#include "widgets/main/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace candor;

class TestSpanishInterface : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    QStringList menuTitles() const
    {
        QStringList titles;
        for (QAction *action : m_window->menuBar()->actions())
            titles.append(action->text());
        return titles;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CandorTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_spanishinterface"));
        QSettings().clear();
        QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("es")));
        QCOMPARE(Translations::installed(), QStringLiteral("es"));
        m_path = m_dir.filePath(QStringLiteral("es.candor"));
        fixture::build(m_path, 3);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(m_path));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        Database::closeAll();
    }

    void menusAreSpanish()
    {
        const QStringList titles = menuTitles();
        for (const char *title : {"&Archivo", "&Editar", "&Ver", "&Ir", "&Modelos", "&Trabajos", "Ay&uda"})
            QVERIFY2(titles.contains(QString::fromUtf8(title)), qPrintable(titles.join(QStringLiteral(", "))));
    }

    void techniqueNamesAreSpanishInTheWindowOnly()
    {
        QCOMPARE(Translations::labelName(QStringLiteral("Smears")), QString::fromUtf8("Difamación"));
        QCOMPARE(Translations::labelName(QStringLiteral("CAMPAIGNER")), QStringLiteral("Activista"));
        QCOMPARE(Translations::labelName(QStringLiteral("deny")), QString::fromUtf8("negación"));
        m_window->labelsPanel()->setItemSchema(QStringLiteral("persuasion-22"));
        const LabelListModel *labels = m_window->labelsPanel()->itemModel();
        QStringList shown;
        for (int row = 0; row < labels->rowCount(); ++row)
            shown.append(labels->index(row, 0).data().toString());
        QVERIFY2(shown.contains(QString::fromUtf8("Difamación")), qPrintable(shown.join(QStringLiteral(", "))));
        // The project keeps the official name.
        QCOMPARE(
            m_window->store()->schema(QStringLiteral("persuasion-22")).labelNames().count(QStringLiteral("Smears")), 1);
    }

    void jobLogAndImportErrorsAreSpanish()
    {
        const QString file = m_dir.filePath(QStringLiteral("posts.jsonl"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"id\": \"a1\", \"text\": \"una publicación\"}\n[1, 2, 3]\n");
        out.close();
        Job *job = m_window->importPaths({file});
        QVERIFY(job);
        QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 30000);
        const QString log = m_window->logText();
        QVERIFY2(log.contains(QStringLiteral("Importando %1 como jsonl").arg(file)), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("se esperaba un objeto JSON")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("línea 2")), qPrintable(log));
    }

    void theCatalogueIsComplete()
    {
        QFile ts(QStringLiteral(CANDOR_SOURCE_DIR "/translations/candor_es.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    continue;
                ++messages;
                if (type == QLatin1String("unfinished"))
                    unfinished.append(source);
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 700);
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QStringLiteral("\n"))));
    }

    // Every visible button of the window shows its whole text: none is narrower than it asks to be.
    void noButtonTextIsCut()
    {
        QApplication::processEvents();
        QStringList cut;
        for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
            if (!button->isVisible() || button->text().isEmpty())
                continue;
            QString text = button->text();
            text.remove(QLatin1Char('&'));
            const int needed = button->fontMetrics().horizontalAdvance(text);
            if (button->width() < needed)
                cut.append(QStringLiteral("%1 (%2 < %3)").arg(text).arg(button->width()).arg(needed));
        }
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestSpanishInterface)
#include "TestSpanishInterface.moc"
