#pragma once

#include "app/cli/CliSupport.h"
#include "app/jobs/TextJob.h"

#include <QJsonObject>

#include <optional>

namespace candor::cli {

// What train, predict and eval share on the command line: progress on stderr, SIGINT cancels the job.
void attachTextJob(TextJob &job, ProgressPrinter &printer);

// "micro_f1 0.5123, macro_f1 0.2011" from the top-level numbers of a metrics object (per_label left out).
QString metricsLine(const QJsonObject &metrics);

} // namespace candor::cli
