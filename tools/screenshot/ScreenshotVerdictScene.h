#pragma once

#include <QString>

namespace candor {

class MainWindow;

// The "verdict" screenshot scene: a real MediaEval 2016 post in the item view with its verdict panel. The project
// is a copy of $CANDOR_VERDICT_PROJECT (a project with the MediaEval posts imported, and post-veracity predictions
// when a model was run; the original is never opened), written to `projectPath`. The post is
// $CANDOR_VERDICT_POST (an external id), else the first post with a gold verdict. A person (alice) gives the
// post's verdict and writes a fact check of its claim, both through the panel, as a user would.
// Prints the reason and returns false when the project is not given or the post is not in it.
bool arrangeVerdictScene(MainWindow &window, const QString &projectPath);

} // namespace candor
