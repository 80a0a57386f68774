// Agreement of a project's human rows, section by section, against the figures worked out by hand for the
// fixture (AgreementFixture.h); intervals seeded and so repeatable.
#include "core/agreement/AgreementReport.h"
#include "core/agreement/AgreementText.h"
#include "core/domain/Error.h"
#include "core/store/Database.h"
#include "tests/core/AgreementFixture.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace candor;

namespace {

QJsonObject section(const QJsonObject &report, const QString &schema)
{
    for (const QJsonValue &s : report.value(QStringLiteral("sections")).toArray()) {
        if (s.toObject().value(QStringLiteral("schema")).toString() == schema)
            return s.toObject();
    }
    return {};
}

QJsonObject byKey(const QJsonArray &array, const QString &key, const QString &value)
{
    for (const QJsonValue &v : array) {
        if (v.toObject().value(key).toString() == value)
            return v.toObject();
    }
    return {};
}

QJsonObject pair(const QJsonObject &figures, const QString &a, const QString &b)
{
    for (const QJsonValue &v : figures.value(QStringLiteral("pairs")).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(QStringLiteral("a")).toString() == a && p.value(QStringLiteral("b")).toString() == b)
            return p;
    }
    return {};
}

double value(const QJsonObject &figure)
{
    return figure.value(QStringLiteral("value")).toDouble(std::nan(""));
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-12;
}

// An interval around its figure, and inside the coefficient's range.
bool bracketed(const QJsonObject &figure)
{
    const double low = figure.value(QStringLiteral("low")).toDouble(),
                 high = figure.value(QStringLiteral("high")).toDouble();
    return low <= value(figure) + 1e-12 && value(figure) <= high + 1e-12 && low >= -1 && high <= 1;
}

} // namespace

class TestAgreementReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QJsonObject m_report;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("agreement.candor"));
        fixture::buildAgreementProject(m_path);
        const ProjectStore store(m_path);
        m_report = AgreementReport::compute(store, {}, AgreementReport::Options());
    }

    void cleanupTestCase() { Database::closeAll(); }

    void multiLabelPerLabel()
    {
        const QJsonObject labels = section(m_report, QStringLiteral("persuasion-20"));
        QCOMPARE(labels.value(QStringLiteral("kind")).toString(), QStringLiteral("multi-label"));
        QCOMPARE(labels.value(QStringLiteral("annotators")).toArray().size(), 3);
        QCOMPARE(labels.value(QStringLiteral("annotated_units")).toInt(), 4);
        const QJsonArray perLabel = labels.value(QStringLiteral("labels")).toArray();
        QCOMPARE(perLabel.size(), 2); // only the labels somebody applied
        // Smears: units (1,1,1), (0,0,-), (1,0,1); n = 8, n_0 = 3, n_1 = 5, off-diagonal 2:
        // α = 1 - 7·2/(64 - 9 - 25) = 16/30. Fleiss keeps the two three-rater items: P̄ = 2/3, P̄_e = 13/18,
        // κ = -0.2. ana / ben on items 1-3: (1,1) (0,0) (1,0), p_o = 2/3, p_e = 4/9, κ = 0.4.
        const QJsonObject smears = byKey(perLabel, QStringLiteral("label"), QStringLiteral("Smears"));
        QVERIFY(near(value(smears.value(QStringLiteral("krippendorff_alpha")).toObject()), 16.0 / 30));
        const QJsonObject fleiss = smears.value(QStringLiteral("fleiss_kappa")).toObject();
        QVERIFY(near(value(fleiss), -0.2));
        QCOMPARE(fleiss.value(QStringLiteral("units_left_out")).toInt(), 1);
        const QJsonObject anaBen = pair(smears, QStringLiteral("ana"), QStringLiteral("ben"));
        QCOMPARE(anaBen.value(QStringLiteral("units")).toInt(), 3);
        QVERIFY(near(value(anaBen.value(QStringLiteral("cohen_kappa")).toObject()), 0.4));
        QVERIFY(bracketed(anaBen.value(QStringLiteral("cohen_kappa")).toObject()));
        // Loaded Language: (1,0,0), (1,1,-), (0,1,0): n_0 = n_1 = 4, off-diagonal 4, α = 1 - 7·4/32 = 0.125;
        // ana / ben (1,0) (1,1) (0,1): p_o = 1/3, p_e = 5/9, κ = -0.5.
        const QJsonObject loaded = byKey(perLabel, QStringLiteral("label"), QStringLiteral("Loaded Language"));
        QVERIFY(near(value(loaded.value(QStringLiteral("krippendorff_alpha")).toObject()), 0.125));
        QVERIFY(near(value(pair(loaded, QStringLiteral("ana"), QStringLiteral("ben"))
                               .value(QStringLiteral("cohen_kappa"))
                               .toObject()),
            -0.5));
    }

    void multiLabelMicro()
    {
        // 20 labels × items 1-3 (3, 2 and 3 annotators): n = 160, n_1 = 9, off-diagonal 6;
        // α = 1 - 159·6 / (160² - 151² - 9²) = 1 - 954/2718.
        const QJsonObject micro
            = section(m_report, QStringLiteral("persuasion-20")).value(QStringLiteral("micro")).toObject();
        QCOMPARE(micro.value(QStringLiteral("units")).toInt(), 3);
        const QJsonObject alpha = micro.value(QStringLiteral("krippendorff_alpha")).toObject();
        QVERIFY(near(value(alpha), 1 - 954.0 / 2718));
        QCOMPARE(alpha.value(QStringLiteral("pairable_values")).toDouble(), 160.0);
        QVERIFY(bracketed(alpha));
    }

    void stancePerPostLatestAnswer()
    {
        // ana support, deny, comment; ben support, query (his later answer), comment: p_o = 2/3, p_e = 2/9,
        // κ = 4/7; α = 1 - 5·2/26 = 16/26.
        const QJsonObject stance = section(m_report, QStringLiteral("stance-4"));
        QCOMPARE(stance.value(QStringLiteral("task")).toString(), QStringLiteral("stance"));
        QCOMPARE(stance.value(QStringLiteral("annotated_units")).toInt(), 3);
        QVERIFY(near(value(pair(stance, QStringLiteral("ana"), QStringLiteral("ben"))
                               .value(QStringLiteral("cohen_kappa"))
                               .toObject()),
            4.0 / 7));
        QVERIFY(near(value(stance.value(QStringLiteral("krippendorff_alpha")).toObject()), 16.0 / 26));
    }

    void spans()
    {
        const QJsonObject spans = byKey(m_report.value(QStringLiteral("sections")).toArray(), QStringLiteral("task"),
            QStringLiteral("persuasion-spans"));
        QCOMPARE(spans.value(QStringLiteral("annotators")).toArray().size(), 2); // cy has no span
        const QJsonObject anaBen = pair(spans, QStringLiteral("ana"), QStringLiteral("ben"));
        QCOMPARE(anaBen.value(QStringLiteral("units")).toInt(), 1);
        QVERIFY(near(value(anaBen.value(QStringLiteral("exact_f1")).toObject()), 0.5));
        QVERIFY(near(value(anaBen.value(QStringLiteral("partial_f1")).toObject()), 6.0 / 7));
        const QJsonObject loaded = byKey(anaBen.value(QStringLiteral("labels")).toArray(), QStringLiteral("label"),
            QStringLiteral("Loaded Language"));
        QVERIFY(near(value(loaded.value(QStringLiteral("partial_f1")).toObject()), 2.0 / 3));
        // Unitizing alpha of Loaded Language on the item's 53 code points: units A [20,30), B [25,30); gaps A 20
        // and 23, B 25 and 23. D_o = 2·(5² + 0²) / (2·53²); D_e = 2/53 · [570 + 100·(11 + 16 + 2·14) +
        // 60 + 25·(16 + 21 + 2·19)] / (106·105 - (90 + 20)).
        const double observed = 25.0 / (53 * 53);
        const double expected = 2.0 / 53 * (570 + 100 * 55 + 60 + 25 * 75) / (106 * 105 - 110);
        QVERIFY(near(value(loaded.value(QStringLiteral("unitizing_alpha")).toObject()), 1 - observed / expected));
        const QJsonObject smears = byKey(
            anaBen.value(QStringLiteral("labels")).toArray(), QStringLiteral("label"), QStringLiteral("Smears"));
        QCOMPARE(value(smears.value(QStringLiteral("unitizing_alpha")).toObject()), 1.0);
    }

    void fewerThanTwoAnnotatorsIsANote()
    {
        const QJsonObject oppositional = section(m_report, QStringLiteral("oppositional-2"));
        QCOMPARE(oppositional.value(QStringLiteral("annotators")).toArray().size(), 1);
        QVERIFY(oppositional.value(QStringLiteral("note")).toString().contains(QStringLiteral("fewer than two")));
        QVERIFY(!oppositional.contains(QStringLiteral("krippendorff_alpha")));
        QVERIFY(section(m_report, QStringLiteral("narrative-6")).contains(QStringLiteral("note")));
    }

    void repeatableAndOneTask()
    {
        const ProjectStore store(m_path);
        const QJsonObject stance
            = AgreementReport::compute(store, {QStringLiteral("stance")}, AgreementReport::Options());
        QCOMPARE(stance.value(QStringLiteral("sections")).toArray().size(), 1);
        QCOMPARE(stance.value(QStringLiteral("sections")).toArray().first().toObject(),
            section(m_report, QStringLiteral("stance-4")));
        QVERIFY_THROWS_EXCEPTION(
            Error, AgreementReport::compute(store, {QStringLiteral("veracity")}, AgreementReport::Options()));
    }

    void text()
    {
        const QString text = AgreementText::toText(m_report);
        QVERIFY2(text.contains(QStringLiteral("Cohen's kappa ana / ben: 0.571 [")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("span F1 exact 0.500 [")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("fewer than two annotators have human rows of oppositional-2")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Cohen's kappa ana / cy: ")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestAgreementReport)
#include "TestAgreementReport.moc"
