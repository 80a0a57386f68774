#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace candor::Translations {

namespace {
const QString kKey = QStringLiteral("ui/language");
QString g_installed = QStringLiteral("en");
} // namespace

QStringList languages()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

// The window's settings, whichever program asks (candor-cli follows the window's choice).
QSettings settings()
{
    return QSettings(QCoreApplication::organizationName(), QStringLiteral("candor"));
}

QString preference()
{
    const QString stored = settings().value(kKey, QStringLiteral("system")).toString();
    return stored == QLatin1String("system") || languages().contains(stored) ? stored : QStringLiteral("system");
}

void setPreference(const QString &language)
{
    settings().setValue(kKey, language);
}

QString resolved(const QString &preference)
{
    if (languages().contains(preference))
        return preference;
    return QLocale().language() == QLocale::Spanish ? QStringLiteral("es") : QStringLiteral("en");
}

bool install(QCoreApplication &app, const QString &language)
{
    g_installed = QStringLiteral("en");
    if (language == QLatin1String("en")) {
        // English is the source text; its catalogue holds only the plural forms ("1 item", "2 items" for
        // "%n item(s)"), so a missing catalogue costs nothing but those.
        auto *english = new QTranslator(&app);
        if (english->load(QStringLiteral(":/i18n/candor_en.qm")))
            QCoreApplication::installTranslator(english);
        else
            delete english;
        return true;
    }
    // Owned by the application: translators live as long as it does.
    auto *candor = new QTranslator(&app);
    if (!candor->load(QStringLiteral(":/i18n/candor_%1.qm").arg(language))) {
        delete candor;
        return false;
    }
    QCoreApplication::installTranslator(candor);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    g_installed = language;
    return true;
}

QString installed()
{
    return g_installed;
}

QString labelName(const QString &label)
{
    return QCoreApplication::translate("LabelNames", label.toUtf8().constData());
}

} // namespace candor::Translations
