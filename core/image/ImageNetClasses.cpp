#include "core/image/ImageNetClasses.h"

#include "core/domain/Error.h"

#include <QFile>

#include <algorithm>
#include <numeric>

namespace candor {

ImageNetClasses::ImageNetClasses()
{
    QFile file(QStringLiteral(":/imagenet/classes.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() < 3 || fields[0].toInt() != m_names.size())
            continue; // the generator writes index order; a line out of order is ignored rather than misplaced
        m_names.append(QString::fromUtf8(fields[1]));
        m_depths.append(fields[2].toInt());
        m_depthByName.insert(m_names.last(), m_depths.last());
    }
}

const ImageNetClasses &ImageNetClasses::instance()
{
    static const ImageNetClasses classes;
    return classes;
}

QString ImageNetClasses::name(int index) const
{
    return index >= 0 && index < m_names.size() ? m_names[index] : QString();
}

int ImageNetClasses::wordnetDepth(int index) const
{
    return index >= 0 && index < m_depths.size() ? m_depths[index] : 0;
}

int ImageNetClasses::wordnetDepth(const QString &name) const
{
    return m_depthByName.value(name, 0);
}

QList<ObjectGuess> ImageNetClasses::top(const std::vector<float> &probabilities, int limit, double minimum) const
{
    if (int(probabilities.size()) != count())
        throw Error(Error::tr("the image classifier gave %1 class probabilities, the ImageNet class list has %2")
                        .arg(probabilities.size())
                        .arg(count()));
    std::vector<int> order(probabilities.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return probabilities[a] > probabilities[b]; });
    QList<ObjectGuess> result;
    for (const int index : order) {
        if (result.size() >= limit || probabilities[size_t(index)] < minimum)
            break;
        result.append({name(index), double(probabilities[size_t(index)]), wordnetDepth(index)});
    }
    return result;
}

} // namespace candor
