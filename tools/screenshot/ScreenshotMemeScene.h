#pragma once

#include <QString>

namespace candor {

class MainWindow;

// The "meme-heatmap" screenshot scene: a real SemEval-2021 dev meme in the project named by $CANDOR_MEME_PROJECT
// (built by tools/screenshots.sh with candor-cli: import, train the fused model, predict, OCR), the meme
// $CANDOR_MEME_ID (external id) shown with the fused model's Grad-CAM of its most probable technique, and one
// gold span of its text highlighted on the OCR word boxes it links to. The map is computed (MemeMapJob) before
// the window shows, so the grab never waits on a job. Prints the reason and returns false when anything is missing.
bool arrangeMemeScene(MainWindow &window);

} // namespace candor
