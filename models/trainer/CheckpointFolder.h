#pragma once

// The folder of candor-train --checkpoint: it belongs to one training (the bundle's fingerprint) run by one number
// of processes, written down in DIR/training.txt when the folder is first used. A later run with the same folder
// resumes only when both match; anything else is refused, so no run ever resumes from another's weights.

#include <string>

namespace candor::trainer {

// Creates or checks the folder. Returns true when it already held this training's checkpoints (a resumed run).
// Throws std::runtime_error naming the folder and what differs.
bool openCheckpointFolder(const std::string &folder, const std::string &fingerprint, int processes);

} // namespace candor::trainer
