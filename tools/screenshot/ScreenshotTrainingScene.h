#pragma once

#include <functional>

class QString;

namespace candor {

class MainWindow;
class ModelActions;

// The "training-job" screenshot scene: builds the bundled sample project next to `projectPath`, opens it and
// starts a real, short persuasion-spans training run (a small transformer, no n-gram candidate, so the chart
// shows one curve) through ModelActions, the same path as Models > Train. `ready` runs once the job has ended
// and the chart holds its epochs. Prints the reason and returns false when the project cannot be built.
bool arrangeTrainingScene(
    MainWindow &window, ModelActions &actions, const QString &projectPath, const std::function<void()> &ready);

} // namespace candor
