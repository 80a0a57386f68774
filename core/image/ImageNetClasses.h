#pragma once

#include "core/image/ImageDescription.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace candor {

// The 1000 ImageNet-1k class names in the pretrained classifiers' output order, with the WordNet 3.0 depth of each
// (resources/imagenet/classes.tsv, written by tools/imagenet_classes.py; embedded in core).
class ImageNetClasses
{
public:
    static const ImageNetClasses &instance();

    int count() const { return int(m_names.size()); }
    QString name(int index) const; // empty outside 0..count-1
    int wordnetDepth(int index) const;
    int wordnetDepth(const QString &name) const; // of the class of that name; 0 for another name

    // The most probable classes, at most `limit`, each at least `minimum` probable, most probable first. Throws
    // candor::Error when `probabilities` does not have one value per class.
    QList<ObjectGuess> top(const std::vector<float> &probabilities, int limit = 5, double minimum = 0.05) const;

private:
    ImageNetClasses();
    QStringList m_names;
    QList<int> m_depths;
    QHash<QString, int> m_depthByName;
};

} // namespace candor
