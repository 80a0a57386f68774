// Edit > Label schemas…: built-in schemas read-only, a copy edited (rename, key conflict caught as it is typed,
// retire), saved in one go; a schema file with a duplicate key refused with its line; unsaved edits asked about;
// and in the window, a spans-only schema of one's own offered in the Labels dock's span list and not its item list.
#include "core/domain/Error.h"
#include "core/store/ProjectStore.h"
#include "tests/widgets/FixtureProject.h"
#include "widgets/labels/LabelsPanel.h"
#include "widgets/main/MainWindow.h"
#include "widgets/schemas/LabelTable.h"
#include "widgets/schemas/SchemaEditorDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

class TestSchemaEditorDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<SchemaEditorDialog> m_dialog;
    int m_counter = 0;

    QPushButton *saveButton() const
    {
        return m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    }

    void setCell(int row, int column, const QString &text) { m_dialog->labelTable()->item(row, column)->setText(text); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CandorTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_schemaeditordialog"));
    }

    void init()
    {
        m_dialog.reset();
        m_store.reset();
        m_path = m_dir.filePath(QStringLiteral("s%1.candor").arg(++m_counter));
        fixture::build(m_path);
        m_store = std::make_unique<ProjectStore>(m_path);
        m_dialog = std::make_unique<SchemaEditorDialog>(m_store.get(),
            QList<QPair<QKeySequence, QString>>{{QKeySequence(QStringLiteral("Ctrl+D")), QStringLiteral("Next")}});
        m_dialog->setDiscardAsker([](const QString &) { return true; });
    }

    void builtinsAreReadOnly()
    {
        auto *list = m_dialog->findChild<QListWidget *>();
        QCOMPARE(list->count(), 7);
        QCOMPARE(list->item(0)->text(), QStringLiteral("persuasion-22 (built-in)"));
        QVERIFY(m_dialog->selectSchema(Schemas::Persuasion20));
        QCOMPARE(m_dialog->labelTable()->rowCount(), 20);
        QCOMPARE(m_dialog->labelTable()->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(!(m_dialog->labelTable()->item(0, LabelTable::NameColumn)->flags() & Qt::ItemIsEditable));
        QVERIFY(!saveButton()->isEnabled());
        QVERIFY(!m_dialog->save());
        QVERIFY(!m_dialog->deleteCurrentSchema());
    }

    void copiesEditsAndSaves()
    {
        QVERIFY(m_dialog->selectSchema(Schemas::Stance4));
        QSignalSpy changed(m_dialog.get(), &SchemaEditorDialog::schemasChanged);
        QVERIFY(m_dialog->copyCurrentSchema(QStringLiteral("stance-team")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_dialog->currentSchemaName(), QStringLiteral("stance-team"));
        QCOMPARE(m_dialog->labelTable()->rowCount(), 4);
        QVERIFY(!saveButton()->isEnabled()); // nothing changed yet

        setCell(0, LabelTable::NameColumn, QStringLiteral("agree"));
        QVERIFY(m_dialog->isDirty());
        QVERIFY(saveButton()->isEnabled());
        setCell(1, LabelTable::KeyColumn, QStringLiteral("s")); // support's key, typed in lower case
        QVERIFY(!saveButton()->isEnabled());
        QVERIFY(m_dialog->problemText().contains(QStringLiteral("the key S is also label 1")));
        setCell(1, LabelTable::KeyColumn, QStringLiteral("Ctrl+D"));
        QVERIFY(m_dialog->problemText().contains(QStringLiteral("already does \"Next\" in the window")));
        setCell(1, LabelTable::KeyColumn, QStringLiteral("X"));
        m_dialog->labelTable()->item(3, LabelTable::RetiredColumn)->setCheckState(Qt::Checked);
        m_dialog->labelTable()->setColour(2, QColor(QStringLiteral("#fffac8"))); // faint: a warning, not a block
        QVERIFY(m_dialog->problemText().contains(QStringLiteral("Warning:")));
        QVERIFY(saveButton()->isEnabled());
        saveButton()->click();
        QCOMPARE(changed.count(), 2);
        QVERIFY(!m_dialog->isDirty());

        const LabelSchema saved = m_store->schema(QStringLiteral("stance-team"));
        QCOMPARE(saved.labelNames(),
            QStringList({QStringLiteral("agree"), QStringLiteral("deny"), QStringLiteral("query")}));
        QCOMPARE(saved.labels[1].shortcut, QStringLiteral("X"));
        QVERIFY(saved.labels[3].retired);
        QCOMPARE(saved.labels[2].colour, QColor(QStringLiteral("#fffac8")));
        QCOMPARE(m_store->schema(Schemas::Stance4).labels[0].name, QStringLiteral("support")); // the original stays
    }

    void newSchemaAddsAndMovesLabels()
    {
        QVERIFY(m_dialog->createSchema(QStringLiteral("claims")));
        QCOMPARE(m_dialog->labelTable()->rowCount(), 1);
        m_dialog->findChild<QComboBox *>()->setCurrentIndex(2); // Spans
        m_dialog->labelTable()->addLabel();
        QCOMPARE(m_dialog->labelTable()->item(1, LabelTable::KeyColumn)->text(), QStringLiteral("2"));
        setCell(1, LabelTable::NameColumn, QStringLiteral("health"));
        m_dialog->labelTable()->setCurrentCell(1, 0);
        m_dialog->labelTable()->moveCurrent(-1);
        QVERIFY(m_dialog->save());
        const LabelSchema saved = m_store->schema(QStringLiteral("claims"));
        QCOMPARE(saved.use, SchemaUse::Spans);
        QCOMPARE(saved.labelNames(), QStringList({QStringLiteral("health"), QStringLiteral("label 1")}));
        m_dialog->labelTable()->setCurrentCell(1, 0);
        m_dialog->labelTable()->removeCurrent(); // nothing uses "label 1": it goes
        QVERIFY(m_dialog->save());
        QCOMPARE(m_store->schema(QStringLiteral("claims")).labelNames(), QStringList{QStringLiteral("health")});
        QVERIFY(!m_dialog->createSchema(QStringLiteral("claims"))); // the name is taken: said, not done
        QVERIFY(m_dialog->problemText().contains(QStringLiteral("has a label schema 'claims' already")));
        QVERIFY(m_dialog->deleteCurrentSchema()); // nothing uses it
        QVERIFY_THROWS_EXCEPTION(Error, m_store->schema(QStringLiteral("claims")));
    }

    void importsAndRefusesBadFiles()
    {
        const QString good = m_dir.filePath(QStringLiteral("good.json"));
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"candor-label-schema\", \"version\": 1, \"name\": \"tones\", \"use\": \"items\",\n"
                   "                       \"labels\": [{\"name\": \"angry\"}, {\"name\": \"calm\", \"key\": \"C\"}]}");
        file.close();
        QVERIFY(m_dialog->importSchema(good));
        QCOMPARE(m_dialog->currentSchemaName(), QStringLiteral("tones"));
        QCOMPARE(m_store->schema(QStringLiteral("tones")).use, SchemaUse::Items);
        QVERIFY(!m_dialog->importSchema(good)); // a second time: the name is taken
        QVERIFY(m_dialog->problemText().contains(QStringLiteral("import it under another name")));

        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("{\"format\": \"candor-label-schema\", \"version\": 1, \"name\": \"x\",\n"
                      " \"labels\": [{\"name\": \"a\", \"name\": \"b\"}]}");
        badFile.close();
        QVERIFY(!m_dialog->importSchema(bad));
        QVERIFY(m_dialog->problemText().contains(QStringLiteral("line 2: the key 'name' appears twice")));
        QVERIFY_THROWS_EXCEPTION(Error, m_store->schema(QStringLiteral("x")));
    }

    void asksBeforeDroppingEdits()
    {
        QVERIFY(m_dialog->createSchema(QStringLiteral("claims")));
        setCell(0, LabelTable::NameColumn, QStringLiteral("changed"));
        int asked = 0;
        m_dialog->setDiscardAsker([&](const QString &schema) {
            ++asked;
            return schema != QStringLiteral("claims"); // keep editing
        });
        QVERIFY(!m_dialog->selectSchema(Schemas::Fake2));
        QCOMPARE(asked, 1);
        QCOMPARE(m_dialog->currentSchemaName(), QStringLiteral("claims"));
        QVERIFY(m_dialog->isDirty());
    }

    void windowOffersOwnSchemaWhereItBelongs()
    {
        QSettings().clear();
        MainWindow window;
        window.resize(1100, 700);
        QVERIFY(window.openProject(m_path));
        window.setSchemaEditorHook([](SchemaEditorDialog *dialog) {
            QVERIFY(dialog->createSchema(QStringLiteral("claims")));
            dialog->findChild<QComboBox *>()->setCurrentIndex(2); // Spans
            QVERIFY(dialog->save());
        });
        window.editLabelSchemas();
        QStringList spanNames, itemNames;
        for (const QComboBox *combo : window.labelsPanel()->findChildren<QComboBox *>()) {
            QStringList names;
            for (int i = 0; i < combo->count(); ++i)
                names.append(combo->itemText(i));
            (combo->accessibleName() == QStringLiteral("Span label schema") ? spanNames : itemNames) = names;
        }
        QVERIFY(spanNames.contains(QStringLiteral("claims")));
        QVERIFY(!itemNames.contains(QStringLiteral("claims")));
        QCOMPARE(window.labelsPanel()->spanSchema(), Schemas::Persuasion20); // the choice made stays
    }

    // With CANDOR_SCREENSHOT_DIR set: the editor on a copy being edited, with a key conflict and a faint colour.
    void screenshot()
    {
        const QString folder = qEnvironmentVariable("CANDOR_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("set CANDOR_SCREENSHOT_DIR to write the schema editor screenshot");
        QVERIFY(m_dialog->selectSchema(Schemas::Narrative6));
        QVERIFY(m_dialog->copyCurrentSchema(QStringLiteral("narrative-team")));
        setCell(0, LabelTable::NameColumn, QStringLiteral("ACTOR"));
        setCell(2, LabelTable::KeyColumn, QStringLiteral("A"));
        m_dialog->labelTable()->setColour(4, QColor(QStringLiteral("#fff59d")));
        m_dialog->labelTable()->item(6, LabelTable::RetiredColumn)->setCheckState(Qt::Checked);
        m_dialog->resize(900, 540);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        QVERIFY(m_dialog->grab().save(QDir(folder).filePath(QStringLiteral("schema-editor.png"))));
    }
};

QTEST_MAIN(TestSchemaEditorDialog)
#include "TestSchemaEditorDialog.moc"
