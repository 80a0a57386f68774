#pragma once

#include "app/jobs/text/TrainTextJob.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace candor::cli {

// The text tasks' training options (--task --config --train-splits --dev-split --language), shared by train and
// export-training so that a bundle is trained on exactly what `train` would use.
void addTextTrainingOptions(QCommandLineParser &parser);
// std::nullopt after printing the usage error (no --task); throws candor::Error for a bad task or config file.
std::optional<TrainTextOptions> textTrainingOptions(const QCommandLineParser &parser, const QStringList &arguments);

// What `train` prints about a new version: candidates' CV, the lead over the constant answer, dev.
int printTrainResult(const TrainTextResult &result);

} // namespace candor::cli
