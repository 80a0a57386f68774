// The Curation dock on the fixture's meme: its versions (gold, the model's proposal, then two annotators' after they
// mark it), accepting one annotator's as the curated rows under the editor's annotator, undo and redo through the
// editor's stack, clearing, and the next-disagreement request.
#include "core/agreement/Curation.h"
#include "core/store/Database.h"
#include "tests/widgets/FixtureProject.h"
#include "widgets/annotation/AnnotationEditor.h"
#include "widgets/curation/CurationPanel.h"

#include <QComboBox>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace candor;

namespace {

QStringList topLevel(const QTreeWidget *tree)
{
    QStringList names;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        names.append(tree->topLevelItem(i)->text(0) + QLatin1Char(' ') + tree->topLevelItem(i)->text(1));
    return names;
}

} // namespace

class TestCurationPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<AnnotationEditor> m_editor;
    std::unique_ptr<CurationPanel> m_panel;

private Q_SLOTS:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("curation.candor"));
        QFile::remove(path);
        fixture::build(path);
        m_store = std::make_unique<ProjectStore>(path);
        for (const auto &[annotator, start, end] : {std::tuple{"ana", 0, 7}, std::tuple{"ben", 0, 13}}) {
            Annotation row = fixture::makeAnnotation(
                1, QStringLiteral("persuasion-20"), QStringLiteral("Slogans"), Origin::Human, start, end);
            row.annotator = QString::fromLatin1(annotator);
            m_store->addAnnotation(row);
        }
        m_editor = std::make_unique<AnnotationEditor>();
        m_editor->setStore(m_store.get());
        m_editor->setAnnotator(QStringLiteral("cy"));
        m_panel = std::make_unique<CurationPanel>(m_editor.get());
        m_panel->show(); // a hidden dock reads nothing until shown
        m_panel->setStore(m_store.get());
        m_panel->showItem(1);
    }

    void cleanup()
    {
        m_panel.reset();
        m_editor.reset();
        m_store.reset();
        Database::closeAll();
    }

    void listsTheVersionsOfTheItem()
    {
        QCOMPARE(m_panel->schemaBox()->currentData().toString(), QStringLiteral("persuasion-20"));
        QCOMPARE(m_panel->schemaBox()->currentText(), QStringLiteral("persuasion-20 (2 annotator(s))"));
        QCOMPARE(topLevel(m_panel->versionsTree()),
            (QStringList{"ana 1 row(s)", "ben 1 row(s)", "Gold (dataset) 1 row(s)", "Model 1 row(s)"}));
        QTreeWidgetItem *ben = m_panel->versionsTree()->topLevelItem(1);
        QCOMPARE(ben->child(0)->text(0), QStringLiteral("Slogans"));
        QCOMPARE(ben->child(0)->text(1), QStringLiteral("“WAKE UP sheep” [0–13]"));
        QVERIFY(!m_panel->clearButton()->isEnabled());
    }

    void acceptingIsUndoable()
    {
        QVERIFY(m_panel->selectVersion(QStringLiteral("human:ben")));
        QVERIFY(m_panel->acceptButton()->isEnabled());
        m_panel->acceptButton()->click();
        const auto curated = [this] {
            AnnotationFilter filter;
            filter.origin = Origin::Curated;
            QStringList rows;
            for (const Annotation &row : m_store->annotations(1, filter))
                rows.append(
                    QStringLiteral("%1 %2-%3 %4").arg(row.label).arg(*row.start).arg(*row.end).arg(row.annotator));
            return rows;
        };
        QCOMPARE(curated(), QStringList{"Slogans 0-13 cy"});
        m_panel->reload(); // the window reloads on the editor's itemChanged
        QCOMPARE(topLevel(m_panel->versionsTree()).first(), QStringLiteral("Curated by cy 1 row(s)"));
        QVERIFY(m_panel->clearButton()->isEnabled());
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Curate persuasion-20 from ben"));

        m_editor->undoStack()->undo();
        QVERIFY(curated().isEmpty());
        m_editor->undoStack()->redo();
        QCOMPARE(curated(), QStringList{"Slogans 0-13 cy"});

        m_panel->reload();
        m_panel->clearButton()->click();
        QVERIFY(curated().isEmpty());
        m_editor->undoStack()->undo();
        QCOMPARE(curated(), QStringList{"Slogans 0-13 cy"});
        // The annotators' rows were never touched.
        QCOMPARE(curationVersion(*m_store, 1, QStringLiteral("persuasion-20"), QStringLiteral("human:ana")).size(), 1);
    }

    void askingForTheNextDisagreement()
    {
        QSignalSpy next(m_panel.get(), &CurationPanel::nextDisagreementRequested);
        m_panel->findChildren<QPushButton *>().last()->click();
        QCOMPARE(next.count(), 1);
        m_panel->showItem(2); // nothing annotated there
        QCOMPARE(m_panel->versionsTree()->topLevelItemCount(), 0);
        QVERIFY(!m_panel->acceptButton()->isEnabled());
    }

    // Merge: ana's span and the model's proposal, ticked in their versions, become the curated rows at once.
    void mergesTickedRows()
    {
        QVERIFY(!m_panel->mergeButton()->isEnabled());
        QVERIFY(m_panel->setRowChecked(QStringLiteral("human:ana"), 0, true));
        QVERIFY(m_panel->setRowChecked(QStringLiteral("model"), 0, true));
        QVERIFY(!m_panel->setRowChecked(QStringLiteral("human:zed"), 0, true));
        QVERIFY(m_panel->mergeButton()->isEnabled());
        QCOMPARE(m_panel->checkedRows().size(), 2);
        m_panel->mergeButton()->click();
        AnnotationFilter filter;
        filter.origin = Origin::Curated;
        QStringList rows;
        for (const Annotation &row : m_store->annotations(1, filter))
            rows.append(QStringLiteral("%1 %2-%3 %4").arg(row.label).arg(*row.start).arg(*row.end).arg(row.annotator));
        rows.sort();
        QCOMPARE(rows, (QStringList{"Loaded Language 8-13 cy", "Slogans 0-7 cy"}));
        QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Curate persuasion-20 from 2 ticked row(s)"));
        m_editor->undoStack()->undo();
        QVERIFY(m_store->annotations(1, filter).isEmpty());
        m_panel->reload();
        QVERIFY(!m_panel->mergeButton()->isEnabled()); // a reread starts with nothing ticked
    }

    // With CANDOR_SCREENSHOT_DIR set: the dock as a curator sees it, ben's version selected, two rows ticked to merge.
    void screenshot()
    {
        const QString folder = qEnvironmentVariable("CANDOR_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("set CANDOR_SCREENSHOT_DIR to write the Curation dock screenshot");
        m_panel->resize(520, 360);
        m_panel->show();
        QVERIFY(m_panel->selectVersion(QStringLiteral("human:ben")));
        QVERIFY(m_panel->setRowChecked(QStringLiteral("human:ana"), 0, true)); // a merge on its way
        QVERIFY(m_panel->setRowChecked(QStringLiteral("model"), 0, true));
        QVERIFY(m_panel->grab().save(QDir(folder).filePath(QStringLiteral("curation-dock.png"))));
    }
};

QTEST_MAIN(TestCurationPanel)
#include "TestCurationPanel.moc"
