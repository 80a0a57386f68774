// The annotator profile: short id suggestion and validation, the settings it lives in, the name writing commands
// store (--annotator, else the profile, else the account) and the project's team.
#include "core/domain/AnnotatorProfile.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {
AnnotatorProfile profile(const QString &name, const QString &shortId, const QColor &colour = QColor(Qt::red))
{
    AnnotatorProfile p;
    p.name = name;
    p.shortId = shortId;
    p.colour = colour;
    return p;
}
} // namespace

class TestAnnotatorProfile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        qputenv("USER", "account");
    }

    void cleanup() { Database::closeAll(); }

    void suggestShortId_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("shortId");
        QTest::newRow("two words") << QStringLiteral("Ana López") << QStringLiteral("AL");
        QTest::newRow("three words") << QStringLiteral("Ana María López") << QStringLiteral("AML");
        QTest::newRow("one word") << QStringLiteral("ben") << QStringLiteral("BE");
        QTest::newRow("at most four") << QStringLiteral("a b c d e f") << QStringLiteral("ABCD");
        QTest::newRow("hyphen and dots") << QStringLiteral("J.-P. Sartre") << QStringLiteral("JPS");
        QTest::newRow("CJK") << QStringLiteral("王 小明") << QStringLiteral("王小");
        QTest::newRow("empty") << QString() << QString();
    }

    void suggestShortId()
    {
        QFETCH(QString, name);
        QFETCH(QString, shortId);
        QCOMPARE(AnnotatorProfile::suggestShortId(name), shortId);
    }

    void validate_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("shortId");
        QTest::addColumn<bool>("colourValid");
        QTest::addColumn<bool>("valid");
        QTest::newRow("fine") << QStringLiteral("Ana López") << QStringLiteral("AL") << true << true;
        QTest::newRow("no name") << QStringLiteral("  ") << QStringLiteral("AL") << true << false;
        QTest::newRow("padded name") << QStringLiteral(" Ana") << QStringLiteral("A") << true << false;
        QTest::newRow("no short id") << QStringLiteral("Ana") << QString() << true << false;
        QTest::newRow("space in id") << QStringLiteral("Ana") << QStringLiteral("A L") << true << false;
        QTest::newRow("id too long") << QStringLiteral("Ana") << QStringLiteral("ANALO") << true << false;
        QTest::newRow("digits") << QStringLiteral("Ana") << QStringLiteral("A2") << true << true;
        QTest::newRow("no colour") << QStringLiteral("Ana") << QStringLiteral("AL") << false << false;
    }

    void validate()
    {
        QFETCH(QString, name);
        QFETCH(QString, shortId);
        QFETCH(bool, colourValid);
        QFETCH(bool, valid);
        const AnnotatorProfile p = profile(name, shortId, colourValid ? QColor(Qt::red) : QColor());
        QCOMPARE(p.validate().isEmpty(), valid);
        QCOMPARE(p.isValid(), valid);
    }

    void shortIdUniqueInTeam()
    {
        const QList<AnnotatorProfile> team{profile(QStringLiteral("Ana López"), QStringLiteral("AL"))};
        const QString message = profile(QStringLiteral("Alan Lee"), QStringLiteral("al")).validate(team);
        QVERIFY(message.contains(QStringLiteral("Ana López")));
        // The same person keeps their own id.
        QVERIFY(profile(QStringLiteral("Ana López"), QStringLiteral("AL")).validate(team).isEmpty());
        QVERIFY(profile(QStringLiteral("Alan Lee"), QStringLiteral("ALE")).validate(team).isEmpty());
    }

    void settingsRoundTrip()
    {
        QVERIFY(!AnnotatorProfile::load());
        profile(QStringLiteral("Ana López"), QStringLiteral("AL"), QColor(QStringLiteral("#336699"))).save();
        const std::optional<AnnotatorProfile> loaded = AnnotatorProfile::load();
        QVERIFY(loaded);
        QCOMPARE(loaded->name, QStringLiteral("Ana López"));
        QCOMPARE(loaded->shortId, QStringLiteral("AL"));
        QCOMPARE(loaded->colour.name(), QStringLiteral("#336699"));
    }

    void legacyNameBecomesProfile()
    {
        QSettings().setValue(QStringLiteral("annotator"), QStringLiteral("Ben Okafor"));
        const std::optional<AnnotatorProfile> loaded = AnnotatorProfile::load();
        QVERIFY(loaded);
        QCOMPARE(loaded->name, QStringLiteral("Ben Okafor"));
        QCOMPARE(loaded->shortId, QStringLiteral("BO"));
        QVERIFY(loaded->colour.isValid());
        QVERIFY(loaded->isValid());
    }

    void resolveNameOrder()
    {
        QCOMPARE(AnnotatorProfile::resolveName(QString()), QStringLiteral("account"));
        profile(QStringLiteral("Ana López"), QStringLiteral("AL")).save();
        QCOMPARE(AnnotatorProfile::resolveName(QString()), QStringLiteral("Ana López"));
        QCOMPARE(AnnotatorProfile::resolveName(QStringLiteral("cy")), QStringLiteral("cy"));
    }

    void teamInProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("team.candor"));
        QFile::remove(path);
        ProjectStore::create(path);
        ProjectStore store(path);
        QVERIFY(AnnotatorProfile::team(store).isEmpty());
        profile(QStringLiteral("Ana López"), QStringLiteral("AL")).registerIn(store);
        profile(QStringLiteral("Ben Okafor"), QStringLiteral("BO")).registerIn(store);
        profile(QStringLiteral("Ana López"), QStringLiteral("ANA"), Qt::blue).registerIn(store); // updated, not added
        const QList<AnnotatorProfile> team = AnnotatorProfile::team(store);
        QCOMPARE(team.size(), 2);
        QCOMPARE(team[0].shortId, QStringLiteral("ANA"));
        QCOMPARE(team[0].colour, QColor(Qt::blue));
        QCOMPARE(team[1].name, QStringLiteral("Ben Okafor"));
    }
};

QTEST_GUILESS_MAIN(TestAnnotatorProfile)
#include "TestAnnotatorProfile.moc"
