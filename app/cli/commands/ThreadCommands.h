#pragma once

#include <QStringList>

namespace candor::cli {

// True when the arguments ask for `--task thread` (or `--task=thread`): train, predict and eval then hand the
// whole argument list to the thread commands below.
bool isThreadTask(const QStringList &arguments);

int runThreadTrain(const QStringList &arguments);
int runThreadPredict(const QStringList &arguments);
int runThreadEval(const QStringList &arguments);

} // namespace candor::cli
