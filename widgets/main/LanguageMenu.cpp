#include "widgets/main/LanguageMenu.h"

#include "core/i18n/Translations.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QWidget>

namespace candor {

namespace {

void offerRestart(QWidget *window, const QString &chosen)
{
    if (Translations::resolved(chosen) == Translations::installed())
        return;
    auto *box = new QMessageBox(QMessageBox::Information, QCoreApplication::translate("LanguageMenu", "Language"),
        QCoreApplication::translate("LanguageMenu", "Candor uses the new language from its next start."),
        QMessageBox::NoButton, window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *restart
        = box->addButton(QCoreApplication::translate("LanguageMenu", "Restart now"), QMessageBox::AcceptRole);
    box->addButton(QCoreApplication::translate("LanguageMenu", "Later"), QMessageBox::RejectRole);
    QObject::connect(restart, &QPushButton::clicked, window, [window] {
        // The window saves its layout when it closes; the new process opens the same arguments.
        if (window->close())
            QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
    });
    box->open();
}

} // namespace

QMenu *createLanguageMenu(QWidget *window)
{
    auto *menu = new QMenu(QCoreApplication::translate("LanguageMenu", "&Language"), window);
    menu->setObjectName(QStringLiteral("LanguageMenu"));
    auto *group = new QActionGroup(menu);
    const struct
    {
        const char *code;
        QString text;
    } entries[] = {
        {"system", QCoreApplication::translate("LanguageMenu", "Follow the &system")},
        {"en", QStringLiteral("&English")}, // each language in its own name, so anyone finds theirs
        {"es", QStringLiteral("E&spañol")},
    };
    const QString current = Translations::preference();
    for (const auto &entry : entries) {
        QAction *action = menu->addAction(entry.text);
        const QString code = QLatin1String(entry.code);
        action->setObjectName(QStringLiteral("language-") + code);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, window, [window, code] {
            Translations::setPreference(code);
            offerRestart(window, code);
        });
    }
    return menu;
}

} // namespace candor
