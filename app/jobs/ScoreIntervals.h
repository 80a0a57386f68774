#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>
#include <vector>

namespace candor {

// How sure an evaluation's figures are: 95% percentile-bootstrap intervals over the scored units (items, or
// threads), added to a scorer's metrics object. Every top-level number gets "intervals": {key: [low, high]}; every
// "per_label" entry with an f1 gets "f1_low" and "f1_high"; "bootstrap" says how they were drawn
// ({"unit", "resamples", "confidence", "seed"}). `rescore` scores the units at the drawn indices (repeats allowed)
// and returns the same shape of object; all figures come from the same draws, one scoring per resample. A figure a
// resample leaves undefined is left out of that figure's interval; one that no resample defines gets none.
QJsonObject withBootstrapIntervals(const QJsonObject &metrics, size_t units, const QString &unit,
    const std::function<QJsonObject(const std::vector<size_t> &)> &rescore, int resamples = 1000);

} // namespace candor
