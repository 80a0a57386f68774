// The checks of a team's own label schema: WCAG contrast and CIELAB differences against hand-computed values, key
// conflicts (case, modifiers, window keys), duplicate and unsafe names.
#include "core/domain/SchemaChecks.h"

#include <QTest>

using namespace candor;

namespace {

LabelSchema schemaOf(const QList<LabelDef> &labels)
{
    LabelSchema schema;
    schema.name = QStringLiteral("claims");
    schema.labels = labels;
    return schema;
}

QStringList messages(const QList<SchemaProblem> &problems, SchemaProblem::Severity severity)
{
    QStringList list;
    for (const SchemaProblem &problem : problems)
        if (problem.severity == severity)
            list.append(QString::number(problem.label) + QLatin1Char(' ') + problem.message);
    return list;
}

} // namespace

class TestSchemaChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastRatioFollowsWcag()
    {
        // WCAG 2.x: (L1 + 0.05) / (L2 + 0.05); white on black is 21:1, a colour on itself 1:1.
        QCOMPARE(contrastRatio(Qt::white, Qt::black), 21.0);
        QCOMPARE(contrastRatio(QColor(QStringLiteral("#336699")), QColor(QStringLiteral("#336699"))), 1.0);
        // #777777: channel 0.4667 -> linear 0.1845; (1.05) / (0.2345) = 4.48 (the well-known "grey that just fails").
        QVERIFY(qAbs(contrastRatio(QColor(QStringLiteral("#777777")), Qt::white) - 4.478) < 0.005);
        // The built-in yellow #ffe119 on white: L = 0.2126 + 0.7152 * 0.7530 + 0.0722 * 0.0097 = 0.7518 -> 1.31:1.
        QVERIFY(qAbs(contrastRatio(QColor(QStringLiteral("#ffe119")), Qt::white) - 1.310) < 0.005);
        QCOMPARE(contrastRatio(Qt::white, Qt::black), contrastRatio(Qt::black, Qt::white));
    }

    void colourDifferenceIsCie76()
    {
        // CIELAB of white is (100, 0, 0) and of black (0, 0, 0): ΔE 100.
        QVERIFY(qAbs(colourDifference(Qt::white, Qt::black) - 100.0) < 0.01);
        // sRGB red is L* 53.24, a* 80.09, b* 67.20 (the published value); against black its ΔE is their norm.
        QVERIFY(qAbs(colourDifference(Qt::red, Qt::black) - std::sqrt(53.24 * 53.24 + 80.09 * 80.09 + 67.20 * 67.20))
            < 0.1);
        QVERIFY(colourDifference(QColor(QStringLiteral("#e6194b")), QColor(QStringLiteral("#e61a4c"))) < 1.0);
    }

    void normalisesKeys()
    {
        QCOMPARE(normalisedKey(QStringLiteral("s")), QStringLiteral("S"));
        QCOMPARE(normalisedKey(QStringLiteral(" shift+u ")), QStringLiteral("Shift+U"));
        QCOMPARE(normalisedKey(QStringLiteral("7")), QStringLiteral("7"));
        QVERIFY(normalisedKey(QStringLiteral("Ctrl+K, Ctrl+L")).isEmpty()); // two keys
        QVERIFY(normalisedKey(QStringLiteral("Shift+")).isEmpty());
        QVERIFY(normalisedKey(QStringLiteral("NotAKey")).isEmpty());
    }

    void findsKeyConflicts()
    {
        const LabelSchema schema
            = schemaOf({{QStringLiteral("Doubt"), QColor(QStringLiteral("#4363d8")), QStringLiteral("d")},
                {QStringLiteral("Smears"), QColor(QStringLiteral("#e6194b")), QStringLiteral("D")},
                {QStringLiteral("Slogans"), QColor(QStringLiteral("#3cb44b")), QStringLiteral("Ctrl+D")},
                {QStringLiteral("Bandwagon"), QColor(QStringLiteral("#911eb4")), QStringLiteral("Ctrl+K, X")}});
        SchemaCheckContext context;
        context.reservedKeys
            = {{QKeySequence(QStringLiteral("Ctrl+D")), QStringLiteral("Next disagreement to curate")}};
        const QList<SchemaProblem> problems = checkSchema(schema, context);
        QVERIFY(hasErrors(problems));
        QCOMPARE(messages(problems, SchemaProblem::Severity::Error),
            QStringList({QStringLiteral("1 the key D is also label 1's ('Doubt')"),
                QStringLiteral("2 the key Ctrl+D already does \"Next disagreement to curate\" in the window"),
                QStringLiteral("3 'Ctrl+K, X' is not one key")}));
        QVERIFY(errorSummary(schema, problems)
                    .startsWith(QStringLiteral(
                        "label schema 'claims': label 2 'Smears': the key D is also label 1's ('Doubt')")));
    }

    void retiredLabelsGiveUpTheirKey()
    {
        LabelSchema schema = schemaOf({{QStringLiteral("old"), QColor(QStringLiteral("#4363d8")), QStringLiteral("1")},
            {QStringLiteral("new"), QColor(QStringLiteral("#e6194b")), QStringLiteral("1")}});
        QVERIFY(hasErrors(checkSchema(schema)));
        schema.labels[0].retired = true;
        QVERIFY(!hasErrors(checkSchema(schema)));
        QCOMPARE(schema.labelNames(), QStringList{QStringLiteral("new")});
        QCOMPARE(schema.labelNames(true), QStringList({QStringLiteral("old"), QStringLiteral("new")}));
    }

    void findsNameProblems()
    {
        const LabelSchema schema = schemaOf({{QStringLiteral("Doubt"), QColor(QStringLiteral("#4363d8")), {}},
            {QStringLiteral("doubt"), QColor(QStringLiteral("#e6194b")), {}},
            {QStringLiteral("tab\there"), QColor(QStringLiteral("#3cb44b")), {}},
            {QStringLiteral("  "), QColor(QStringLiteral("#911eb4")), {}}});
        const QStringList errors = messages(checkSchema(schema), SchemaProblem::Severity::Error);
        QCOMPARE(errors.size(), 3);
        QVERIFY(errors[0].startsWith(QStringLiteral("1 the name is also label 1's ('Doubt')")));
        QVERIFY(errors[1].startsWith(QStringLiteral("2 the name starts or ends with a space or holds a tab")));
        QCOMPARE(errors[2], QStringLiteral("3 the label has no name"));

        LabelSchema badName = schemaOf({{QStringLiteral("a"), QColor(QStringLiteral("#4363d8")), {}}});
        for (const QString &name :
            {QStringLiteral(""), QStringLiteral("-x"), QStringLiteral("a/b"), QStringLiteral("claims\n"),
                QStringLiteral("a\x01"), QStringLiteral("labels:x"), QString(70, QLatin1Char('a'))}) {
            badName.name = name;
            QVERIFY2(hasErrors(checkSchema(badName)), qPrintable(name));
        }
        for (const QString &name :
            {QStringLiteral("claims-2025"), QStringLiteral("Técnicas v1.2"), QStringLiteral("谣言")}) {
            badName.name = name;
            QVERIFY2(!hasErrors(checkSchema(badName)), qPrintable(name));
        }
    }

    void warnsAboutFaintAndLookAlikeColours()
    {
        const LabelSchema schema = schemaOf({{QStringLiteral("yellow"), QColor(QStringLiteral("#ffe119")), {}},
            {QStringLiteral("red"), QColor(QStringLiteral("#e6194b")), {}},
            {QStringLiteral("red too"), QColor(QStringLiteral("#e8204f")), {}}});
        const QList<SchemaProblem> problems = checkSchema(schema);
        QVERIFY(!hasErrors(problems)); // colours inform; they never block a save
        const QStringList warnings = messages(problems, SchemaProblem::Severity::Warning);
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(warnings[0],
            QStringLiteral("0 the colour #ffe119 is faint on the background #ffffff (contrast 1.3:1; span bands need "
                           "3:1)"));
        QVERIFY(warnings[1].startsWith(QStringLiteral("2 the colour is hard to tell from label 2's ('red')")));
        // On a dark background the yellow is fine.
        SchemaCheckContext dark;
        dark.background = QColor(QStringLiteral("#1e1e1e"));
        QCOMPARE(messages(checkSchema(schema, dark), SchemaProblem::Severity::Warning).size(), 1);
    }

    void needsALabelInUse()
    {
        LabelSchema schema = schemaOf({{QStringLiteral("only"), QColor(QStringLiteral("#4363d8")), {}}});
        schema.labels[0].retired = true;
        QCOMPARE(messages(checkSchema(schema), SchemaProblem::Severity::Error),
            QStringList{QStringLiteral("-1 the schema needs at least one label in use (not retired, not ignored)")});
    }
};

QTEST_GUILESS_MAIN(TestSchemaChecks)
#include "TestSchemaChecks.moc"
