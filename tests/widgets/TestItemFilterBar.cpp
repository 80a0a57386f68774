// The filter bar's "has a near-duplicate with a verdict" box: switching it on resolves the items near a judged item
// from the project and emits a query that carries them; a saved filter with the flag resolves them again; off
// drops them.
#include "core/domain/LabelSchema.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"
#include "widgets/browser/ItemFilterBar.h"

#include <QCheckBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

class TestItemFilterBar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<ProjectStore> m_store;
    qint64 m_repost = 0;
    int m_projects = 0;

    qint64 add(const QString &id, const QString &text)
    {
        Item item;
        item.kind = ItemKind::Post;
        item.source = QStringLiteral("fixture");
        item.externalId = id;
        item.text = text;
        return m_store->upsertItem(item).id;
    }

private Q_SLOTS:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("project-%1.candor").arg(++m_projects));
        ProjectStore::create(path);
        m_store.emplace(path);
        const QString text
            = QStringLiteral("old harbour bridge cracked during storm engineers inspected cables overnight");
        const qint64 original = add(QStringLiteral("1"), text + QStringLiteral(" said"));
        m_repost = add(QStringLiteral("2"), text + QStringLiteral(" reported"));
        add(QStringLiteral("3"), QStringLiteral("a quiet sunday afternoon"));
        Annotation gold;
        gold.itemId = original;
        gold.schema = Schemas::Fake2;
        gold.label = QStringLiteral("fake");
        QVERIFY(m_store->addAnnotation(gold) > 0);
    }

    void cleanup()
    {
        m_store.reset();
        Database::closeAll();
    }

    void nearVerdictBox()
    {
        ItemFilterBar bar;
        bar.populate(&*m_store);
        QSignalSpy changed(&bar, &ItemFilterBar::queryChanged);
        bar.nearVerdictBox()->setChecked(true);
        QCOMPARE(changed.size(), 1);
        const ItemQuery on = changed.last().first().value<ItemQuery>();
        QVERIFY(on.nearVerdict);
        QCOMPARE(on.nearVerdictIds, QList<qint64>{m_repost});
        QCOMPARE(bar.query().nearVerdictIds, QList<qint64>{m_repost});

        bar.nearVerdictBox()->setChecked(false);
        QVERIFY(!bar.query().nearVerdict);
        QVERIFY(bar.query().nearVerdictIds.isEmpty());

        // A saved filter carries the flag only; applying it resolves the ids from the project.
        ItemQuery saved;
        saved.nearVerdict = true;
        bar.setQuery(ItemQuery::fromJson(saved.toJson()));
        QVERIFY(bar.nearVerdictBox()->isChecked());
        QCOMPARE(bar.query().nearVerdictIds, QList<qint64>{m_repost});
    }
};

QTEST_MAIN(TestItemFilterBar)
#include "TestItemFilterBar.moc"
