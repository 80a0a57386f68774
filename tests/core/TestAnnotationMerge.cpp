// Merging the human rows of other copies of one project: matched by (source, external id), each annotator kept
// apart, conflicts reported and never overwritten, idempotent, one transaction.
#include "core/domain/Error.h"
#include "core/store/AnnotationMerge.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace candor;

namespace {

const QString kSchema = QStringLiteral("persuasion-20");
// Emoji (one outside the BMP, one ZWJ family of five code points) and CJK before the span: UTF-16 offsets would
// be off by 6 here, code points are not.
const QString kTrickyText = QStringLiteral("😀 👨‍👩‍👧 宣传 is propaganda");
constexpr int kCjkStart = 8; // 😀, space, 5 code points of the family, space
constexpr int kCjkEnd = 10;

qint64 addItem(ProjectStore &store, const QString &id, const QString &text)
{
    Item item;
    item.kind = ItemKind::Post;
    item.source = QStringLiteral("fixture");
    item.externalId = id;
    item.text = text;
    return store.upsertItem(item).id;
}

void addHuman(ProjectStore &store, qint64 itemId, const QString &label, const QString &annotator,
    std::optional<int> start = {}, std::optional<int> end = {})
{
    Annotation a;
    a.itemId = itemId;
    a.schema = kSchema;
    a.label = label;
    a.start = start;
    a.end = end;
    a.origin = Origin::Human;
    a.annotator = annotator;
    store.addAnnotation(a);
}

QList<Annotation> humanRows(const ProjectStore &store, const QString &externalId)
{
    AnnotationFilter filter;
    filter.origin = Origin::Human;
    return store.annotations(*store.findItem(QStringLiteral("fixture"), externalId), filter);
}

} // namespace

class TestAnnotationMerge : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_target; // ana's copy
    QString m_other; // ben's copy

private Q_SLOTS:
    // One project, copied twice before anyone annotates: the copies number their rows independently.
    void init()
    {
        Database::closeAll();
        const QString base = m_dir.filePath(QStringLiteral("base.candor"));
        m_target = m_dir.filePath(QStringLiteral("ana.candor"));
        m_other = m_dir.filePath(QStringLiteral("ben.candor"));
        for (const QString &path : {base, m_target, m_other})
            QFile::remove(path);
        ProjectStore::create(base);
        {
            ProjectStore store(base);
            addItem(store, QStringLiteral("1"), QStringLiteral("The first item, plain text."));
            addItem(store, QStringLiteral("2"), kTrickyText);
        }
        Database::close(base);
        QVERIFY(QFile::copy(base, m_target));
        QVERIFY(QFile::copy(base, m_other));
        ProjectStore ana(m_target);
        addHuman(ana, *ana.findItem(QStringLiteral("fixture"), QStringLiteral("1")), QStringLiteral("Smears"),
            QStringLiteral("ana"));
        ProjectStore ben(m_other);
        // ben's copy numbers items differently from here on: an extra item first, then his rows.
        addItem(ben, QStringLiteral("extra"), QStringLiteral("only in ben's copy"));
    }

    void cleanup() { Database::closeAll(); }

    void differentAnnotatorsBothKept()
    {
        {
            ProjectStore ben(m_other);
            addHuman(ben, *ben.findItem(QStringLiteral("fixture"), QStringLiteral("1")),
                QStringLiteral("Loaded Language"), QStringLiteral("ben"));
        }
        ProjectStore target(m_target);
        const QList<MergeReport> reports = AnnotationMerge::merge(target, {m_other});
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports[0].rowsAdded, 1);
        QCOMPARE(reports[0].answersAdded, 1);
        QCOMPARE(reports[0].conflicts.size(), 0);
        QCOMPARE(reports[0].annotators, QStringList{QStringLiteral("ben")});
        const QList<Annotation> rows = humanRows(target, QStringLiteral("1"));
        QCOMPARE(rows.size(), 2);
        QSet<QString> pairs;
        for (const Annotation &a : rows)
            pairs.insert(a.annotator + QLatin1Char(':') + a.label);
        QCOMPARE(pairs, (QSet<QString>{QStringLiteral("ana:Smears"), QStringLiteral("ben:Loaded Language")}));
    }

    void conflictReportedTargetUnchanged()
    {
        {
            ProjectStore copy(m_other);
            addHuman(copy, *copy.findItem(QStringLiteral("fixture"), QStringLiteral("1")), QStringLiteral("Doubt"),
                QStringLiteral("ana"));
        }
        ProjectStore target(m_target);
        const QList<MergeReport> reports = AnnotationMerge::merge(target, {m_other});
        QCOMPARE(reports[0].rowsAdded, 0);
        QCOMPARE(reports[0].conflicts.size(), 1);
        const MergeConflict &conflict = reports[0].conflicts.first();
        QCOMPARE(conflict.externalId, QStringLiteral("1"));
        QCOMPARE(conflict.annotator, QStringLiteral("ana"));
        QCOMPARE(conflict.schema, kSchema);
        QCOMPARE(conflict.targetAnswer, QStringList{QStringLiteral("Smears")});
        QCOMPARE(conflict.otherAnswer, QStringList{QStringLiteral("Doubt")});
        const QList<Annotation> rows = humanRows(target, QStringLiteral("1"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].label, QStringLiteral("Smears"));
    }

    void mergingTwiceAddsNothing()
    {
        {
            ProjectStore ben(m_other);
            const qint64 item = *ben.findItem(QStringLiteral("fixture"), QStringLiteral("1"));
            addHuman(ben, item, QStringLiteral("Smears"), QStringLiteral("ben"));
            addHuman(ben, item, QStringLiteral("Doubt"), QStringLiteral("ben"));
            addHuman(ben, item, QStringLiteral("Smears"), QStringLiteral("ana")); // the same answer as the target's
        }
        ProjectStore target(m_target);
        const MergeReport first = AnnotationMerge::merge(target, {m_other}).first();
        QCOMPARE(first.rowsAdded, 2);
        QCOMPARE(first.answersAdded, 1);
        QCOMPARE(first.answersAlreadyPresent, 1);
        const MergeReport second = AnnotationMerge::merge(target, {m_other}).first();
        QCOMPARE(second.rowsAdded, 0);
        QCOMPARE(second.answersAdded, 0);
        QCOMPARE(second.answersAlreadyPresent, 2);
        QCOMPARE(second.conflicts.size(), 0);
        QCOMPARE(humanRows(target, QStringLiteral("1")).size(), 3);
    }

    // A label renamed in the target after the copies were made: the older copy's rows under the former name are the
    // same answer (no conflict), and a new answer is added under today's name.
    void renamedLabelsMatchTheirFormerName()
    {
        const QString base = m_dir.filePath(QStringLiteral("own-base.candor"));
        const QString target = m_dir.filePath(QStringLiteral("own-target.candor"));
        const QString older = m_dir.filePath(QStringLiteral("own-older.candor"));
        for (const QString &path : {base, target, older})
            QFile::remove(path);
        ProjectStore::create(base);
        {
            ProjectStore store(base);
            LabelSchema claims;
            claims.name = QStringLiteral("claims");
            claims.labels = {{QStringLiteral("health"), defaultLabelColour(0), QStringLiteral("H")},
                {QStringLiteral("vote"), defaultLabelColour(1), QStringLiteral("V")}};
            store.saveSchema(claims);
            addItem(store, QStringLiteral("1"), QStringLiteral("one"));
            addItem(store, QStringLiteral("2"), QStringLiteral("two"));
        }
        Database::close(base);
        QVERIFY(QFile::copy(base, target));
        QVERIFY(QFile::copy(base, older));
        const auto row = [](ProjectStore &store, const QString &item, const QString &label, const QString &who) {
            Annotation a;
            a.itemId = *store.findItem(QStringLiteral("fixture"), item);
            a.schema = QStringLiteral("claims");
            a.label = label;
            a.origin = Origin::Human;
            a.annotator = who;
            store.addAnnotation(a);
        };
        {
            ProjectStore copy(older);
            row(copy, QStringLiteral("1"), QStringLiteral("health"), QStringLiteral("ana"));
            row(copy, QStringLiteral("2"), QStringLiteral("health"), QStringLiteral("ben"));
        }
        Database::close(older);
        ProjectStore store(target);
        row(store, QStringLiteral("1"), QStringLiteral("health"), QStringLiteral("ana"));
        LabelSchema renamed = store.schema(QStringLiteral("claims"));
        renamed.labels[0].name = QStringLiteral("public health");
        store.saveSchema(renamed);
        const MergeReport report = AnnotationMerge::merge(store, {older}).first();
        QCOMPARE(report.conflicts.size(), 0);
        QCOMPARE(report.answersAlreadyPresent, 1);
        QCOMPARE(report.answersAdded, 1);
        QCOMPARE(humanRows(store, QStringLiteral("2")).first().label, QStringLiteral("public health"));
    }

    void unknownItemReportedByExternalId()
    {
        {
            ProjectStore ben(m_other);
            addHuman(ben, *ben.findItem(QStringLiteral("fixture"), QStringLiteral("extra")), QStringLiteral("Doubt"),
                QStringLiteral("ben"));
            addHuman(ben, *ben.findItem(QStringLiteral("fixture"), QStringLiteral("1")), QStringLiteral("Doubt"),
                QStringLiteral("ben"));
        }
        ProjectStore target(m_target);
        const MergeReport report = AnnotationMerge::merge(target, {m_other}).first();
        QCOMPARE(report.missingItems, QStringList{QStringLiteral("fixture/extra")});
        QCOMPARE(report.rowsAdded, 1);
        QCOMPARE(target.itemCount(), qint64(2)); // the merge adds annotations, never items
    }

    void spansKeepCodePointOffsets()
    {
        {
            ProjectStore ben(m_other);
            addHuman(ben, *ben.findItem(QStringLiteral("fixture"), QStringLiteral("2")), QStringLiteral("Smears"),
                QStringLiteral("ben"), kCjkStart, kCjkEnd);
        }
        ProjectStore target(m_target);
        QCOMPARE(AnnotationMerge::merge(target, {m_other}).first().rowsAdded, 1);
        const QList<Annotation> rows = humanRows(target, QStringLiteral("2"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(*rows[0].start, kCjkStart);
        QCOMPARE(*rows[0].end, kCjkEnd);
        const QList<uint> codePoints = kTrickyText.toUcs4();
        const QList<uint> covered = codePoints.mid(*rows[0].start, *rows[0].end - *rows[0].start);
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(covered.constData()), covered.size()),
            QStringLiteral("宣传"));
    }

    void severalCopiesInOneCall()
    {
        const QString third = m_dir.filePath(QStringLiteral("cy.candor"));
        QFile::remove(third);
        {
            ProjectStore ben(m_other);
            addHuman(ben, *ben.findItem(QStringLiteral("fixture"), QStringLiteral("1")), QStringLiteral("Doubt"),
                QStringLiteral("ben"));
        }
        Database::close(m_other);
        QVERIFY(QFile::copy(m_other, third));
        {
            ProjectStore cy(third);
            addHuman(cy, *cy.findItem(QStringLiteral("fixture"), QStringLiteral("2")), QStringLiteral("Smears"),
                QStringLiteral("cy"));
        }
        ProjectStore target(m_target);
        const QList<MergeReport> reports = AnnotationMerge::merge(target, {m_other, third});
        QCOMPARE(reports.size(), 2);
        QCOMPARE(reports[0].rowsAdded, 1);
        QCOMPARE(reports[1].rowsAdded, 1); // cy's row; ben's row, also in cy's copy, was merged from the first file
        QCOMPARE(reports[1].answersAlreadyPresent, 1);
    }

    void anotherProjectIsRefused()
    {
        const QString stranger = m_dir.filePath(QStringLiteral("stranger.candor"));
        QFile::remove(stranger);
        ProjectStore::create(stranger);
        {
            ProjectStore other(stranger);
            addHuman(other, addItem(other, QStringLiteral("elsewhere"), QStringLiteral("text")),
                QStringLiteral("Doubt"), QStringLiteral("ben"));
        }
        ProjectStore target(m_target);
        QVERIFY_THROWS_EXCEPTION(Error, AnnotationMerge::merge(target, {stranger}));
        QCOMPARE(humanRows(target, QStringLiteral("1")).size(), 1);
    }

    void cancelWritesNothing()
    {
        {
            ProjectStore ben(m_other);
            addHuman(ben, *ben.findItem(QStringLiteral("fixture"), QStringLiteral("1")), QStringLiteral("Doubt"),
                QStringLiteral("ben"));
        }
        ProjectStore target(m_target);
        std::atomic_bool cancel{true};
        QVERIFY_THROWS_EXCEPTION(Error, AnnotationMerge::merge(target, {m_other}, {}, &cancel));
        QCOMPARE(humanRows(target, QStringLiteral("1")).size(), 1);
    }

    void notAProjectIsRefused()
    {
        const QString junk = m_dir.filePath(QStringLiteral("junk.candor"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("not a database at all, just text that is long enough to be read as a header");
        file.close();
        ProjectStore target(m_target);
        QVERIFY_THROWS_EXCEPTION(Error, AnnotationMerge::merge(target, {junk}));
        QVERIFY_THROWS_EXCEPTION(Error, AnnotationMerge::merge(target, {m_target}));
    }
};

QTEST_GUILESS_MAIN(TestAnnotationMerge)
#include "TestAnnotationMerge.moc"
