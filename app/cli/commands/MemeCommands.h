#pragma once

#include <QStringList>

namespace candor::cli {

// True when the arguments name --task persuasion-multimodal: train, predict and eval then hand over.
bool isMemeTask(const QStringList &arguments);
int runMemeTrain(const QStringList &arguments);
int runMemePredict(const QStringList &arguments);
int runMemeEval(const QStringList &arguments);

} // namespace candor::cli
