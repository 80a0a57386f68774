#pragma once

#include <QJsonObject>
#include <QString>

namespace candor {

// "macro_f1 0.512 · micro_f1 0.601": the numeric top-level scores of a metrics object, for tables and log lines.
// A model version's stored metrics {"chosen", "dev": {...}, "candidates": {...}} show their "dev" scores.
QString metricsSummary(const QJsonObject &metrics);

} // namespace candor
