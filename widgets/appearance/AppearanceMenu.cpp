#include "widgets/appearance/AppearanceMenu.h"

#include "widgets/appearance/AppearanceController.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>

namespace candor {

QMenu *createAppearanceMenu(AppearanceController *controller, QWidget *parent)
{
    auto *menu = new QMenu(QCoreApplication::translate("AppearanceMenu", "&Appearance"), parent);
    menu->setObjectName(QStringLiteral("AppearanceMenu"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    const struct
    {
        AppearanceChoice choice;
        QString text;
        QString tip;
    } entries[] = {
        {AppearanceChoice::System, QCoreApplication::translate("AppearanceMenu", "Follow the &system"),
            QCoreApplication::translate("AppearanceMenu", "Light or dark as the desktop prefers, switching live")},
        {AppearanceChoice::Light, QCoreApplication::translate("AppearanceMenu", "&Light"),
            QCoreApplication::translate("AppearanceMenu", "Always the light palette")},
        {AppearanceChoice::Dark, QCoreApplication::translate("AppearanceMenu", "&Dark"),
            QCoreApplication::translate("AppearanceMenu", "Always the dark palette")},
    };
    for (const auto &entry : entries) {
        QAction *action = menu->addAction(entry.text);
        action->setObjectName(QStringLiteral("appearance-") + appearanceChoiceName(entry.choice));
        action->setStatusTip(entry.tip);
        action->setCheckable(true);
        action->setChecked(controller->choice() == entry.choice);
        action->setData(int(entry.choice));
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, controller,
            [controller, choice = entry.choice] { controller->setChoice(choice); });
    }
    QObject::connect(controller, &AppearanceController::choiceChanged, menu, [group](AppearanceChoice choice) {
        for (QAction *action : group->actions())
            action->setChecked(action->data().toInt() == int(choice));
    });
    return menu;
}

} // namespace candor
