#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace candor {

// A seeded, stratified train/dev split for data that ships without one (PAN 2024). Within each stratum (one
// category of one language) the ids are ranked by SHA-256 of "candor-split-<seed>:<stratum>:<id>" and the first
// round(trainFraction * n) go to "train", the rest to "dev". Hash ranking is the same on every platform and compiler
// (std::shuffle is not), and an id's split does not depend on the order of the file.
class StratifiedSplit
{
public:
    static constexpr int defaultSeed = 2024;
    static constexpr double defaultTrainFraction = 0.8;

    void add(const QString &stratum, const QString &id);
    // id -> "train" | "dev"
    QHash<QString, QString> assign(int seed = defaultSeed, double trainFraction = defaultTrainFraction) const;

private:
    QHash<QString, QList<QString>> m_strata;
};

} // namespace candor
