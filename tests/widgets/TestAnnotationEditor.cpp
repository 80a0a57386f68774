#include "core/store/Database.h"
#include "tests/widgets/FixtureProject.h"
#include "widgets/annotation/AnnotationEditor.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace candor;

class TestAnnotationEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<AnnotationEditor> m_editor;
    int m_counter = 0;

    QList<Annotation> rows(qint64 item, std::optional<Origin> origin = {}) const
    {
        AnnotationFilter filter;
        filter.origin = origin;
        return m_store->annotations(item, filter);
    }

    Annotation modelSpan() const
    {
        for (const Annotation &a : rows(1, Origin::Model))
            if (a.isSpan())
                return a;
        return {};
    }

private Q_SLOTS:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("e%1.candor").arg(++m_counter));
        fixture::build(path);
        m_store = std::make_unique<ProjectStore>(path);
        m_editor = std::make_unique<AnnotationEditor>();
        m_editor->setStore(m_store.get());
        m_editor->setAnnotator(QStringLiteral("tester"));
    }

    void cleanup()
    {
        m_editor.reset();
        m_store.reset();
        Database::closeAll();
    }

    // The labels panel's toggle of fake-2 "unsure" stores the row ignored, as the verdict panel's U does: never a
    // reference row for training.
    void ignoredItemLabelIsStoredIgnored()
    {
        m_editor->setItemLabel(2, Schemas::Fake2, QStringLiteral("unsure"), true);
        QList<Annotation> unsure;
        for (const Annotation &a : rows(2, Origin::Human))
            if (a.schema == Schemas::Fake2)
                unsure.append(a);
        QCOMPARE(unsure.size(), 1);
        QCOMPARE(unsure.first().label, QStringLiteral("unsure"));
        QCOMPARE(unsure.first().status, Status::Ignored);
        m_editor->setItemLabel(2, Schemas::Fake2, QStringLiteral("fake"), true);
        bool fakeAccepted = false;
        for (const Annotation &a : rows(2, Origin::Human))
            fakeAccepted = fakeAccepted || (a.label == QLatin1String("fake") && a.status == Status::Accepted);
        QVERIFY(fakeAccepted);
        m_editor->undoStack()->undo();
        m_editor->undoStack()->undo();
        for (const Annotation &a : rows(2, Origin::Human))
            QVERIFY(a.schema != Schemas::Fake2);
    }

    void addSpanUndoRedo()
    {
        QSignalSpy changed(m_editor.get(), &AnnotationEditor::itemChanged);
        m_editor->addSpan(2, Schemas::Persuasion20, QStringLiteral("Doubt"), 5, 6);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toLongLong(), qint64(2));
        QList<Annotation> human = rows(2, Origin::Human);
        QCOMPARE(human.size(), 1);
        QCOMPARE(*human.first().start, 5);
        QCOMPARE(human.first().annotator, QStringLiteral("tester"));
        QCOMPARE(human.first().status, Status::Accepted);
        m_editor->undoStack()->undo();
        QVERIFY(rows(2, Origin::Human).isEmpty());
        m_editor->undoStack()->redo();
        human = rows(2, Origin::Human);
        QCOMPARE(human.size(), 1);
        QCOMPARE(*human.first().end, 6);
    }

    void laterCommandsFollowReAddedRows()
    {
        // Add, then correct the added span; undo both and redo both: the correction must act on the row
        // that the redo re-created (a new id), not on the id the first add had.
        m_editor->addSpan(2, Schemas::Persuasion20, QStringLiteral("Doubt"), 0, 4);
        const Annotation added = rows(2, Origin::Human).first();
        m_editor->correctSpan(added, QStringLiteral("Smears"), 0, 6);
        QCOMPARE(rows(2, Origin::Human).size(), 1);
        QCOMPARE(rows(2, Origin::Human).first().label, QStringLiteral("Smears"));
        m_editor->undoStack()->undo();
        QCOMPARE(rows(2, Origin::Human).first().label, QStringLiteral("Doubt"));
        m_editor->undoStack()->undo();
        QVERIFY(rows(2, Origin::Human).isEmpty());
        m_editor->undoStack()->redo();
        m_editor->undoStack()->redo();
        const QList<Annotation> human = rows(2, Origin::Human);
        QCOMPARE(human.size(), 1);
        QCOMPARE(human.first().label, QStringLiteral("Smears"));
        QCOMPARE(*human.first().end, 6);
    }

    void correctingModelSpanRejectsProposalAndAddsHuman()
    {
        const Annotation proposal = modelSpan();
        m_editor->correctSpan(proposal, proposal.label, *proposal.start, *proposal.end + 1);
        QCOMPARE(modelSpan().status, Status::Rejected);
        const QList<Annotation> human = rows(1, Origin::Human);
        QCOMPARE(human.size(), 1);
        QCOMPARE(*human.first().end, *proposal.end + 1);
        m_editor->undoStack()->undo();
        QCOMPARE(modelSpan().status, Status::Proposed);
        QVERIFY(rows(1, Origin::Human).isEmpty());
    }

    void removeDependsOnOrigin()
    {
        QSignalSpy errors(m_editor.get(), &AnnotationEditor::errorOccurred);
        const Annotation gold = rows(1, Origin::Gold).first();
        QVERIFY(!m_editor->removeAnnotation(gold));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(rows(1, Origin::Gold).size(), 1);
        QVERIFY(m_editor->removeAnnotation(modelSpan()));
        QCOMPARE(modelSpan().status, Status::Rejected);
        const Annotation doubt = rows(3, Origin::Human).first();
        QVERIFY(m_editor->removeAnnotation(doubt));
        QVERIFY(rows(3, Origin::Human).isEmpty());
        m_editor->undoStack()->undo();
        QCOMPARE(rows(3, Origin::Human).first().annotator, QStringLiteral("alice")); // restored as it was
    }

    void acceptAllIsOneUndoStep()
    {
        QCOMPARE(m_editor->acceptAll(1), 3);
        for (const Annotation &a : rows(1, Origin::Model))
            QCOMPARE(a.status, Status::Accepted);
        QCOMPARE(m_editor->undoStack()->count(), 1);
        m_editor->undoStack()->undo();
        for (const Annotation &a : rows(1, Origin::Model))
            QCOMPARE(a.status, Status::Proposed);
        QCOMPARE(m_editor->acceptAll(2), 0);
    }

    void itemLabels()
    {
        // On: a proposal is accepted rather than duplicated; otherwise a human label is added.
        m_editor->setItemLabel(1, Schemas::Persuasion22, QStringLiteral("Smears"), true);
        QVERIFY(rows(1, Origin::Human).isEmpty());
        m_editor->setItemLabel(1, Schemas::Persuasion22, QStringLiteral("Doubt"), true);
        QCOMPARE(rows(1, Origin::Human).size(), 1);
        QVERIFY(!rows(1, Origin::Human).first().isSpan());
        // Off: human rows go, proposals are rejected.
        m_editor->setItemLabel(1, Schemas::Persuasion22, QStringLiteral("Doubt"), false);
        m_editor->setItemLabel(1, Schemas::Persuasion22, QStringLiteral("Slogans"), false);
        QVERIFY(rows(1, Origin::Human).isEmpty());
        int rejected = 0;
        for (const Annotation &a : rows(1, Origin::Model))
            rejected += a.status == Status::Rejected ? 1 : 0;
        QCOMPARE(rejected, 1);
        QCOMPARE(m_editor->undoStack()->count(), 4);
    }

    void closingTheProjectClearsHistory()
    {
        m_editor->addSpan(2, Schemas::Persuasion20, QStringLiteral("Doubt"), 0, 1);
        m_editor->setStore(nullptr);
        QCOMPARE(m_editor->undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestAnnotationEditor)
#include "TestAnnotationEditor.moc"
