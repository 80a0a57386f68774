#pragma once

#include <QString>

namespace candor {

class ProjectStore;

// The source name the sample memes are imported under ("sample-memes").
QString sampleMemeSource();

// Writes the sample memes into `folder`: memes.jsonl (id, text, image, labels in persuasion-22, spans in
// persuasion-20 with code-point offsets, split) and images/meme_NN.png drawn with the pixel font on coloured
// backgrounds. Deterministic: the same files every time. Returns the number of memes written.
int writeSampleMemes(const QString &folder);

// SemEval-2021 Task 6 subtask 1: a meme's text-level techniques are the techniques of its text spans. Adds them as
// gold persuasion-20 item labels to every imported sample meme (the task persuasion-labels learns them) and
// returns the number added. Run it inside the caller's transaction.
int addSampleMemeTextLabels(ProjectStore &store);

} // namespace candor
