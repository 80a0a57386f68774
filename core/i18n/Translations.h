#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace candor {

// The interface language: English (the source text) or Spanish (translations/candor_es.ts, built into the
// binaries as :/i18n/candor_es.qm). "system" follows the system locale; the choice is stored under
// ui/language and read at start (the window offers View > Language).
namespace Translations {

QStringList languages(); // "en", "es"
QString preference(); // "system", "en" or "es" (the stored choice)
void setPreference(const QString &language);
QString resolved(const QString &preference); // "system" -> "es" when the system locale is Spanish, else "en"
// Loads Candor's and Qt's own catalogues for `language` and installs them on the application; "en" installs only
// Candor's English plural forms. Returns false when Candor's catalogue of another language is missing.
bool install(QCoreApplication &app, const QString &language);
QString installed(); // the language last installed ("en" before any)

// The name of a label as the window and reports show it: the official English name translated ("Smears" ->
// "Difamación"); exports and project files always keep the official name.
QString labelName(const QString &label);

} // namespace Translations

} // namespace candor
