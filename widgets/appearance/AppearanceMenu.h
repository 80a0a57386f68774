#pragma once

class QMenu;
class QWidget;

namespace candor {

class AppearanceController;

// View > Appearance: System / Light / Dark as one exclusive group, kept in step with the controller.
QMenu *createAppearanceMenu(AppearanceController *controller, QWidget *parent);

} // namespace candor
