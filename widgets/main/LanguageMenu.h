#pragma once

class QMenu;
class QWidget;

namespace candor {

// View > Language: follow the system, English or Español. The choice is stored and applies from the next start
// (every window would otherwise have to rebuild its texts); the menu offers to restart at once.
QMenu *createLanguageMenu(QWidget *window);

} // namespace candor
