// The light / dark decision as a pure function: the portal's explicit answer, the Windows setting, $GTK_THEME, the
// platform palette, and the user's forced choice over all of them.
#include "widgets/appearance/ColorSchemeRules.h"
#include "widgets/appearance/SchemePalettes.h"

#include <QPalette>
#include <QTest>

using namespace candor;

Q_DECLARE_METATYPE(candor::ColorScheme)
Q_DECLARE_METATYPE(candor::AppearanceChoice)

class TestColorSchemeRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void effectiveScheme_data()
    {
        QTest::addColumn<AppearanceChoice>("choice");
        QTest::addColumn<int>("portal"); // -1: no portal
        QTest::addColumn<int>("windowsLight"); // -1: not Windows
        QTest::addColumn<QString>("gtkTheme");
        QTest::addColumn<bool>("paletteIsDark");
        QTest::addColumn<ColorScheme>("expected");

        const auto S = AppearanceChoice::System, L = AppearanceChoice::Light, D = AppearanceChoice::Dark;
        const auto light = ColorScheme::Light, dark = ColorScheme::Dark;
        QTest::newRow("nothing known") << S << -1 << -1 << QString() << false << light;
        QTest::newRow("portal prefers dark") << S << 1 << -1 << QString() << false << dark;
        QTest::newRow("portal prefers light") << S << 2 << -1 << QString() << false << light;
        QTest::newRow("portal prefers light over a dark palette") << S << 2 << -1 << QString() << true << light;
        QTest::newRow("portal prefers light over GTK_THEME dark")
            << S << 2 << -1 << QStringLiteral("Adwaita:dark") << false << light;
        QTest::newRow("portal prefers dark over a light theme")
            << S << 1 << -1 << QStringLiteral("Adwaita") << false << dark;
        QTest::newRow("portal no preference, light palette") << S << 0 << -1 << QString() << false << light;
        QTest::newRow("portal no preference, dark palette (KDE)") << S << 0 << -1 << QString() << true << dark;
        QTest::newRow("portal no preference, GTK_THEME dark")
            << S << 0 << -1 << QStringLiteral("Adwaita:dark") << false << dark;
        QTest::newRow("portal value out of range ignored") << S << 7 << -1 << QString() << false << light;
        QTest::newRow("no portal, GTK_THEME :dark") << S << -1 << -1 << QStringLiteral("Adwaita:dark") << false << dark;
        QTest::newRow("no portal, GTK_THEME -dark") << S << -1 << -1 << QStringLiteral("Yaru-dark") << false << dark;
        QTest::newRow("no portal, GTK_THEME upper case")
            << S << -1 << -1 << QStringLiteral("Adwaita:DARK") << false << dark;
        QTest::newRow("no portal, GTK_THEME light") << S << -1 << -1 << QStringLiteral("Adwaita") << false << light;
        QTest::newRow("no portal, GTK_THEME 'darker' is no variant")
            << S << -1 << -1 << QStringLiteral("Darkish") << false << light;
        QTest::newRow("no portal, dark palette") << S << -1 << -1 << QString() << true << dark;
        QTest::newRow("Windows apps dark") << S << -1 << 0 << QString() << false << dark;
        QTest::newRow("Windows apps light over a dark palette") << S << -1 << 1 << QString() << true << light;
        QTest::newRow("forced light over portal dark")
            << L << 1 << -1 << QStringLiteral("Adwaita:dark") << true << light;
        QTest::newRow("forced dark over portal light") << D << 2 << -1 << QString() << false << dark;
        QTest::newRow("forced dark, nothing known") << D << -1 << -1 << QString() << false << dark;
        QTest::newRow("forced light, Windows dark") << L << -1 << 0 << QString() << false << light;
    }

    void effectiveScheme()
    {
        QFETCH(AppearanceChoice, choice);
        QFETCH(int, portal);
        QFETCH(int, windowsLight);
        QFETCH(QString, gtkTheme);
        QFETCH(bool, paletteIsDark);
        QFETCH(ColorScheme, expected);
        SystemSchemeHints hints;
        if (portal >= 0)
            hints.portalColorScheme = uint(portal);
        if (windowsLight >= 0)
            hints.windowsAppsUseLightTheme = windowsLight == 1;
        hints.gtkTheme = gtkTheme;
        hints.paletteIsDark = paletteIsDark;
        QCOMPARE(effectiveColorScheme(choice, hints), expected);
        if (choice == AppearanceChoice::System)
            QCOMPARE(systemColorScheme(hints), expected);
    }

    void choiceNamesRoundTrip()
    {
        for (const AppearanceChoice choice :
            {AppearanceChoice::System, AppearanceChoice::Light, AppearanceChoice::Dark})
            QCOMPARE(appearanceChoiceFromName(appearanceChoiceName(choice)), choice);
        QCOMPARE(appearanceChoiceName(AppearanceChoice::Dark), QStringLiteral("dark"));
        QCOMPARE(appearanceChoiceFromName(QStringLiteral("sepia")), AppearanceChoice::System);
        QCOMPARE(appearanceChoiceFromName(QString()), AppearanceChoice::System);
    }

    void paletteLightness()
    {
        QVERIFY(isDarkPalette(darkPalette()));
        QVERIFY(!isDarkPalette(lightPalette()));
        // The dark palette keeps text legible: text and background far apart in lightness.
        const QPalette dark = darkPalette();
        QVERIFY(dark.color(QPalette::Text).lightness() - dark.color(QPalette::Base).lightness() > 150);
        QVERIFY(dark.color(QPalette::WindowText).lightness() - dark.color(QPalette::Window).lightness() > 150);
    }

    // WCAG 2: black on white 21:1, a colour on itself 1:1, #767676 on white the classic 4.54:1.
    void contrastRatios()
    {
        QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(contrastRatio(Qt::white, Qt::black), 21.0);
        QCOMPARE(contrastRatio(QColor(0x33, 0x66, 0x99), QColor(0x33, 0x66, 0x99)), 1.0);
        QVERIFY(qAbs(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    }

    void readableOnReachesTheMinimum_data()
    {
        QTest::addColumn<QColor>("colour");
        QTest::addColumn<QColor>("background");
        QTest::newRow("orange on white") << QColor(0xef, 0x8f, 0x00) << QColor(Qt::white);
        QTest::newRow("red on the dark base") << QColor(0xc6, 0x28, 0x28) << darkPalette().color(QPalette::Base);
        QTest::newRow("navy on the dark base") << QColor(0x00, 0x00, 0x80) << darkPalette().color(QPalette::Base);
        QTest::newRow("yellow on white") << QColor(Qt::yellow) << QColor(Qt::white);
        QTest::newRow("black on black") << QColor(Qt::black) << QColor(Qt::black);
    }

    void readableOnReachesTheMinimum()
    {
        QFETCH(QColor, colour);
        QFETCH(QColor, background);
        const QColor readable = readableOn(colour, background);
        QVERIFY2(contrastRatio(readable, background) >= 4.5,
            qPrintable(QStringLiteral("%1 -> %2: %3")
                           .arg(colour.name(), readable.name())
                           .arg(contrastRatio(readable, background))));
        // Already readable colours stay as they are.
        QCOMPARE(readableOn(readable, background), readable);
    }
};

QTEST_MAIN(TestColorSchemeRules)
#include "TestColorSchemeRules.moc"
