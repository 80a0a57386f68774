// The Models dock: every version of every task, newest first, the version each task's predictions use marked;
// pinning an older one is the roll-back, "Follow the latest" undoes it, and nothing is ever deleted.
#include "core/domain/Error.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"
#include "widgets/versions/ModelVersionsPanel.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

class TestModelVersionsPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ModelVersionsPanel> m_panel;
    QList<qint64> m_spans; // persuasion-spans versions, oldest first
    qint64 m_thread = 0;
    int m_counter = 0;

    qint64 addVersion(const QString &task, double microF1)
    {
        ModelVersion version;
        version.task = task;
        version.name = task + QStringLiteral(" v");
        version.createdAt = QDateTime::currentDateTimeUtc();
        version.metrics = {{QStringLiteral("dev"), QJsonObject{{QStringLiteral("micro_f1"), microF1}}}};
        return m_store->addModelVersion(version);
    }

    int rowOf(qint64 version) const
    {
        for (int row = 0; row < m_panel->rowCount(); ++row)
            if (m_panel->versionAt(row) == version)
                return row;
        return -1;
    }

    QString use(qint64 version) const
    {
        return m_panel->findChild<QTableWidget *>()->item(rowOf(version), ModelVersionsPanel::CurrentColumn)->text();
    }

private Q_SLOTS:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("p%1.candor").arg(++m_counter));
        ProjectStore::create(path);
        m_store = std::make_unique<ProjectStore>(path);
        m_spans = {
            addVersion(QStringLiteral("persuasion-spans"), 0.31), addVersion(QStringLiteral("persuasion-spans"), 0.35)};
        m_thread = addVersion(QStringLiteral("thread"), 0.5);
        m_panel = std::make_unique<ModelVersionsPanel>();
        m_panel->setStore(m_store.get());
    }

    void cleanup()
    {
        m_panel.reset();
        m_store.reset();
        Database::closeAll();
    }

    void listsEveryVersionNewestFirstWithTheCurrentOnes()
    {
        QCOMPARE(m_panel->rowCount(), 3);
        QCOMPARE(m_panel->versionAt(0), m_thread);
        QCOMPARE(m_panel->versionAt(2), m_spans[0]);
        QCOMPARE(use(m_spans[1]), QStringLiteral("latest"));
        QCOMPARE(use(m_spans[0]), QString());
        QCOMPARE(use(m_thread), QStringLiteral("latest"));
        const auto *table = m_panel->findChild<QTableWidget *>();
        QCOMPARE(table->item(rowOf(m_spans[1]), ModelVersionsPanel::MetricsColumn)->text(),
            QStringLiteral("micro_f1 0.350"));
    }

    void pinningAnOlderVersionRollsBackAndFollowingTheLatestUndoesIt()
    {
        QSignalSpy changed(m_panel.get(), &ModelVersionsPanel::currentVersionChanged);
        m_panel->selectVersion(m_spans[0]);
        QVERIFY(m_panel->pinSelected());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toString(), QStringLiteral("persuasion-spans"));
        QCOMPARE(changed.first().at(1).toLongLong(), m_spans[0]);
        QCOMPARE(m_store->currentModelVersion(QStringLiteral("persuasion-spans"))->id, m_spans[0]);
        QCOMPARE(use(m_spans[0]), QStringLiteral("pinned"));
        QCOMPARE(use(m_spans[1]), QString());
        QCOMPARE(use(m_thread), QStringLiteral("latest")); // other tasks are untouched
        QCOMPARE(m_store->modelVersions().size(), 3); // nothing deleted

        // A newer version does not override the pin.
        const qint64 newer = addVersion(QStringLiteral("persuasion-spans"), 0.4);
        QCOMPARE(m_store->currentModelVersion(QStringLiteral("persuasion-spans"))->id, m_spans[0]);

        m_panel->refresh();
        m_panel->selectVersion(m_spans[0]);
        QVERIFY(m_panel->followLatestForSelected());
        QCOMPARE(m_store->currentModelVersion(QStringLiteral("persuasion-spans"))->id, newer);
        QCOMPARE(use(newer), QStringLiteral("latest"));
        QCOMPARE(changed.last().at(1).toLongLong(), qint64(0));
    }

    void pinningAVersionOfAnotherTaskIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(Error, m_store->pinModelVersion(QStringLiteral("thread"), m_spans[0]));
        QVERIFY_THROWS_EXCEPTION(Error, m_store->pinModelVersion(QStringLiteral("thread"), 999));
        QVERIFY(!m_store->pinnedModelVersion(QStringLiteral("thread")));
    }

    void buttonsFollowTheSelection()
    {
        QPushButton *pin = nullptr;
        QPushButton *follow = nullptr;
        for (QPushButton *button : m_panel->findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("Use for predictions"))
                pin = button;
            if (button->text() == QStringLiteral("Follow the latest"))
                follow = button;
        }
        QVERIFY(pin && follow);
        QVERIFY(!pin->isEnabled() && !follow->isEnabled()); // nothing selected
        m_panel->selectVersion(m_spans[0]);
        QVERIFY(pin->isEnabled());
        QVERIFY(!follow->isEnabled()); // the task follows the latest already
        pin->click();
        m_panel->selectVersion(m_spans[0]);
        QVERIFY(!pin->isEnabled()); // already pinned
        QVERIFY(follow->isEnabled());
    }
};

QTEST_MAIN(TestModelVersionsPanel)
#include "TestModelVersionsPanel.moc"
