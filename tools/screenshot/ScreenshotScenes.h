#pragma once

#include <QString>

namespace candor {

class MainWindow;

// Deterministic scenes for documentation screenshots (tools/screenshots.sh drives them through the
// candor-screenshot tool): a small demo project with a SemEval-style meme text whose gold and model
// spans overlap, then the window arranged for one scene and grabbed to a PNG.
class ScreenshotScenes
{
public:
    static QStringList names();
    // Writes the demo project to `path` (replacing it).
    static void buildDemoProject(const QString &path);
    // Arranges `window` for `scene` using the demo project at `projectPath`; false for an unknown scene.
    static bool arrange(MainWindow &window, const QString &scene, const QString &projectPath);
};

} // namespace candor
