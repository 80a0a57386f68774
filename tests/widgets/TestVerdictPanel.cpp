// The verdict panel of the item view: a post shows the model's calibrated fake probability (text-only model), the
// gold and the human verdict; F, R and U each push one undoable command (unsure is stored ignored); on a meme the
// panel is hidden and the keys are not verdicts; fact-check edits undo and redo exactly; a record that cannot be
// stored shows why in place and writes nothing.
#include "core/image/DescriptionCache.h"
#include "core/store/Database.h"
#include "core/store/FactCheckStore.h"
#include "core/store/ProjectStore.h"
#include "widgets/annotation/AnnotationEditor.h"
#include "widgets/itemview/ItemView.h"
#include "widgets/itemview/VerdictPanel.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QImage>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace candor;

class TestVerdictPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<AnnotationEditor> m_editor;
    std::unique_ptr<ItemView> m_view;
    qint64 m_post = 0;
    qint64 m_meme = 0;
    int m_counter = 0;

    qint64 add(ItemKind kind, const QString &id, const QString &text)
    {
        Item item;
        item.kind = kind;
        item.source = QStringLiteral("mediaeval2016");
        item.externalId = id;
        item.text = text;
        return m_store->upsertItem(item).id;
    }

    void addRow(qint64 itemId, Origin origin, const QString &label, std::optional<qint64> version = {},
        std::optional<double> score = {})
    {
        Annotation row;
        row.itemId = itemId;
        row.schema = Schemas::Fake2;
        row.label = label;
        row.origin = origin;
        row.modelVersionId = version;
        row.score = score;
        row.status = origin == Origin::Model ? Status::Proposed : Status::Accepted;
        m_store->addAnnotation(row);
    }

    QList<Annotation> humanRows(qint64 itemId) const
    {
        AnnotationFilter filter;
        filter.origin = Origin::Human;
        filter.schema = Schemas::Fake2;
        return m_store->annotations(itemId, filter);
    }

    // The key as the items table hands it to the item view (AnnotationKeyRelay): through the view's actions.
    bool press(Qt::Key key)
    {
        for (QAction *action : m_view->annotationActions())
            if (action->isEnabled() && action->shortcut() == QKeySequence(key)) {
                action->trigger();
                return true;
            }
        return false;
    }

    VerdictPanel *panel() const { return m_view->verdictPanel(); }

private Q_SLOTS:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("v%1.candor").arg(++m_counter));
        ProjectStore::create(path);
        m_store = std::make_unique<ProjectStore>(path);
        m_post
            = add(ItemKind::Post, QStringLiteral("324597532548276224"), QStringLiteral("Shark in the street #sandy"));
        m_meme = add(ItemKind::Meme, QStringLiteral("meme_1"), QStringLiteral("a caption"));
        addRow(m_post, Origin::Gold, QStringLiteral("fake"));
        ModelVersion older;
        older.task = QStringLiteral("post-veracity");
        older.name = QStringLiteral("post-veracity ngram");
        older.createdAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        ModelVersion latest = older;
        latest.name = QStringLiteral("post-veracity linear");
        latest.createdAt = QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC);
        const qint64 olderId = m_store->addModelVersion(older);
        const qint64 latestId = m_store->addModelVersion(latest);
        addRow(m_post, Origin::Model, QStringLiteral("fake"), olderId, 0.9);
        // The latest version decided "real" with probability 0.7: the post is fake with probability 0.30.
        addRow(m_post, Origin::Model, QStringLiteral("real"), latestId, 0.7);
        m_editor = std::make_unique<AnnotationEditor>();
        m_editor->setStore(m_store.get());
        m_editor->setAnnotator(QStringLiteral("ana"));
        m_view = std::make_unique<ItemView>(m_editor.get());
    }

    void cleanup()
    {
        m_view.reset();
        m_editor.reset();
        m_store.reset();
        Database::closeAll();
    }

    void showsModelGoldAndHuman()
    {
        m_view->showItem(m_post);
        QVERIFY(!panel()->isHidden());
        QVERIFY2(panel()->modelText().contains(QStringLiteral("0.30")), qPrintable(panel()->modelText()));
        QVERIFY(panel()->modelText().contains(QStringLiteral("calibrated")));
        QVERIFY2(panel()->modelText().contains(QStringLiteral("Driven by: the text only (post-veracity linear")),
            qPrintable(panel()->modelText()));
        QCOMPARE(panel()->goldText(), QStringLiteral("fake"));
        QVERIFY(panel()->humanText().startsWith(QStringLiteral("none yet")));
        QCOMPARE(panel()->pictureText(), QStringLiteral("no picture"));
    }

    // A post with a picture shows the picture's structured description once it is made (candor-cli describe), and
    // a version that read it says so.
    void showsThePicturesDescription()
    {
        QImage image(32, 16, QImage::Format_RGB888);
        image.fill(Qt::gray);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        const qint64 mediaId = m_store->addMedia(bytes, QStringLiteral("test")).id;
        Item post = *m_store->item(m_post);
        post.mediaId = mediaId;
        m_store->upsertItem(post);
        m_view->showItem(m_post);
        QCOMPARE(panel()->pictureText(), QStringLiteral("not described yet (candor-cli describe)"));

        ImageDescription description;
        description.width = 32;
        description.height = 16;
        description.format = QStringLiteral("PNG");
        description.bytes = bytes.size();
        description.faces = 0;
        DescriptionCache(m_store->path()).store(m_store->media(mediaId)->sha256, description);
        ModelVersion reader;
        reader.task = QStringLiteral("post-veracity");
        reader.name = QStringLiteral("post-veracity described");
        reader.createdAt = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
        reader.config.insert(QStringLiteral("picture_input"), QStringLiteral("text+description"));
        addRow(m_post, Origin::Model, QStringLiteral("fake"), m_store->addModelVersion(reader), 0.8);
        m_view->showItem(m_post);
        QCOMPARE(panel()->pictureText(), description.sentences().join(QLatin1Char('\n')));
        QVERIFY(panel()->pictureText().startsWith(QStringLiteral("Picture: 32 x 16 pixels, landscape")));
        QVERIFY2(panel()->modelText().contains(QStringLiteral("the text and the picture's description")),
            qPrintable(panel()->modelText()));
    }

    void noPredictionSaysSo()
    {
        const qint64 bare = add(ItemKind::Post, QStringLiteral("2"), QStringLiteral("no rows"));
        m_view->showItem(bare);
        QVERIFY(panel()->modelText().startsWith(QStringLiteral("no prediction")));
        QCOMPARE(panel()->goldText(), QStringLiteral("none"));
    }

    void keysSetVerdictUndoRedo()
    {
        m_view->showItem(m_post);
        QUndoStack *stack = m_editor->undoStack();
        QVERIFY(press(Qt::Key_F));
        QCOMPARE(humanRows(m_post).size(), 1);
        QCOMPARE(humanRows(m_post).first().label, QStringLiteral("fake"));
        QCOMPARE(humanRows(m_post).first().status, Status::Accepted);
        QCOMPARE(humanRows(m_post).first().annotator, QStringLiteral("ana"));
        QVERIFY(panel()->humanText().startsWith(QStringLiteral("fake by ana")));

        QVERIFY(press(Qt::Key_R));
        QCOMPARE(humanRows(m_post).size(), 1);
        QCOMPARE(humanRows(m_post).first().label, QStringLiteral("real"));

        QVERIFY(press(Qt::Key_U));
        QCOMPARE(humanRows(m_post).size(), 1);
        QCOMPARE(humanRows(m_post).first().label, QStringLiteral("unsure"));
        QCOMPARE(humanRows(m_post).first().status, Status::Ignored); // never a reference row
        QVERIFY(panel()->humanText().startsWith(QStringLiteral("unsure by ana")));
        QCOMPARE(stack->count(), 3);
        QVERIFY(!panel()->setVerdict(QStringLiteral("unsure"))); // already the answer: nothing pushed
        QCOMPARE(stack->count(), 3);

        stack->undo();
        QCOMPARE(humanRows(m_post).first().label, QStringLiteral("real"));
        QVERIFY(panel()->humanText().startsWith(QStringLiteral("real by ana")));
        stack->undo();
        stack->undo();
        QVERIFY(humanRows(m_post).isEmpty());
        QVERIFY(panel()->humanText().startsWith(QStringLiteral("none yet")));
        stack->redo();
        stack->redo();
        stack->redo();
        QCOMPARE(humanRows(m_post).size(), 1);
        QCOMPARE(humanRows(m_post).first().label, QStringLiteral("unsure"));
        QCOMPARE(humanRows(m_post).first().status, Status::Ignored);
        // Gold and model rows stay as they were.
        AnnotationFilter gold;
        gold.origin = Origin::Gold;
        QCOMPARE(m_store->annotations(m_post, gold).size(), 1);
    }

    // R and U are also persuasion-20 technique keys: with text selected they label the selection, not the post.
    void selectionKeepsTechniqueKeys()
    {
        m_view->setSpanSchema(Schemas::Persuasion20);
        m_view->showItem(m_post);
        m_view->selectCodePoints(0, 5);
        QVERIFY(press(Qt::Key_R));
        QVERIFY(humanRows(m_post).isEmpty());
        AnnotationFilter spans;
        spans.origin = Origin::Human;
        spans.schema = Schemas::Persuasion20;
        const QList<Annotation> added = m_store->annotations(m_post, spans);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().label, QStringLiteral("Reductio ad hitlerum"));
        QCOMPARE(*added.first().start, 0);
        QCOMPARE(*added.first().end, 5);
        // Nothing selected any more (the label cleared the selection): R is the verdict again.
        QVERIFY(press(Qt::Key_R));
        QCOMPARE(humanRows(m_post).size(), 1);
        QCOMPARE(humanRows(m_post).first().label, QStringLiteral("real"));
    }

    void memeHasNoVerdict()
    {
        m_view->showItem(m_meme);
        QVERIFY(panel()->isHidden());
        for (QAction *action : panel()->verdictActions())
            QVERIFY(!action->isEnabled());
        QVERIFY(!press(Qt::Key_F));
        QVERIFY(humanRows(m_meme).isEmpty());
    }

    void factCheckEditsUndoRedo()
    {
        m_view->showItem(m_post);
        QUndoStack *stack = m_editor->undoStack();
        panel()->claimEdit()->setPlainText(QStringLiteral("A shark swam down a flooded street 🦈"));
        panel()->ratingBox()->setCurrentIndex(panel()->ratingBox()->findData(QStringLiteral("false")));
        panel()->noteEdit()->setPlainText(QStringLiteral("台风 composite"));
        QVERIFY(panel()->saveFactCheck());
        const FactCheck first = *factCheck(*m_store, m_post);
        QCOMPARE(first.claim, QStringLiteral("A shark swam down a flooded street 🦈"));
        QCOMPARE(first.rating, FactCheckRating::False);
        QCOMPARE(first.note, QStringLiteral("台风 composite"));
        QCOMPARE(first.annotator, QStringLiteral("ana"));
        QVERIFY(!panel()->saveFactCheck()); // unchanged: nothing pushed
        QCOMPARE(stack->count(), 1);

        panel()->ratingBox()->setCurrentIndex(panel()->ratingBox()->findData(QStringLiteral("mostly-false")));
        QVERIFY(panel()->saveFactCheck());
        QCOMPARE(factCheck(*m_store, m_post)->rating, FactCheckRating::MostlyFalse);
        QCOMPARE(factCheck(*m_store, m_post)->createdAt, first.createdAt);

        stack->undo();
        QCOMPARE(*factCheck(*m_store, m_post), first); // exactly, times included
        QCOMPARE(panel()->ratingBox()->currentData().toString(), QStringLiteral("false"));
        stack->undo();
        QVERIFY(!factCheck(*m_store, m_post));
        QVERIFY(panel()->claimEdit()->toPlainText().isEmpty());
        stack->redo();
        QCOMPARE(*factCheck(*m_store, m_post), first);
        QCOMPARE(panel()->claimEdit()->toPlainText(), first.claim);
        stack->redo();
        QCOMPARE(factCheck(*m_store, m_post)->rating, FactCheckRating::MostlyFalse);

        QVERIFY(panel()->removeFactCheck());
        QVERIFY(!factCheck(*m_store, m_post));
        stack->undo();
        QCOMPARE(factCheck(*m_store, m_post)->rating, FactCheckRating::MostlyFalse);
    }

    // A verdict given while a claim is being typed keeps the typing; an undo of a saved fact check shows it again.
    void verdictKeepsTypedClaim()
    {
        m_view->showItem(m_post);
        panel()->claimEdit()->setPlainText(QStringLiteral("half a claim"));
        QVERIFY(press(Qt::Key_F));
        QCOMPARE(panel()->claimEdit()->toPlainText(), QStringLiteral("half a claim"));
        QVERIFY(panel()->saveFactCheck());
        panel()->claimEdit()->setPlainText(QStringLiteral("an edit not saved"));
        m_editor->undoStack()->undo(); // the save: the fact check changed, the fields show it (none)
        QVERIFY(panel()->claimEdit()->toPlainText().isEmpty());
        // Another item replaces the fields whatever they held.
        panel()->claimEdit()->setPlainText(QStringLiteral("typed"));
        const qint64 other = add(ItemKind::Post, QStringLiteral("3"), QStringLiteral("another post"));
        m_view->showItem(other);
        QVERIFY(panel()->claimEdit()->toPlainText().isEmpty());
    }

    void invalidFactCheckShowsWhy()
    {
        m_view->showItem(m_post);
        panel()->claimEdit()->setPlainText(QStringLiteral("   "));
        panel()->noteEdit()->setPlainText(QString(FactCheck::maxNoteLength + 1, QLatin1Char('n')));
        QVERIFY(!panel()->saveFactCheck());
        QVERIFY2(panel()->factCheckError().contains(QStringLiteral("The claim is empty")),
            qPrintable(panel()->factCheckError()));
        QVERIFY(panel()->factCheckError().contains(QStringLiteral("The note has 20001 characters")));
        QVERIFY(!factCheck(*m_store, m_post));
        QCOMPARE(m_editor->undoStack()->count(), 0);
        panel()->claimEdit()->setPlainText(QStringLiteral("fixed"));
        panel()->noteEdit()->clear();
        QVERIFY(panel()->saveFactCheck());
        QVERIFY(panel()->factCheckError().isEmpty());
    }
};

QTEST_MAIN(TestVerdictPanel)
#include "TestVerdictPanel.moc"
