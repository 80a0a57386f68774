#include "core/formats/pan/PanSplit.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cmath>

namespace candor {

void StratifiedSplit::add(const QString &stratum, const QString &id)
{
    QList<QString> &ids = m_strata[stratum];
    if (!ids.contains(id))
        ids.append(id);
}

QHash<QString, QString> StratifiedSplit::assign(int seed, double trainFraction) const
{
    QHash<QString, QString> result;
    for (auto it = m_strata.cbegin(); it != m_strata.cend(); ++it) {
        QList<QPair<QByteArray, QString>> ranked;
        for (const QString &id : it.value()) {
            const QString key = QStringLiteral("candor-split-%1:%2:%3").arg(seed).arg(it.key(), id);
            ranked.append({QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256), id});
        }
        std::sort(ranked.begin(), ranked.end());
        const qsizetype train = qsizetype(std::lround(trainFraction * double(ranked.size())));
        for (qsizetype i = 0; i < ranked.size(); ++i)
            result.insert(ranked[i].second, i < train ? QStringLiteral("train") : QStringLiteral("dev"));
    }
    return result;
}

} // namespace candor
