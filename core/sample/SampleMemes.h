#pragma once

#include <QString>

namespace candor {

// Writes the sample memes into `folder`: memes.jsonl (id, text, image, labels in persuasion-22, spans in
// persuasion-20 with code-point offsets, split) and images/meme_NN.png drawn with the pixel font on coloured
// backgrounds. Deterministic: the same files every time. Returns the number of memes written.
int writeSampleMemes(const QString &folder);

} // namespace candor
