#pragma once

#include <QJsonObject>
#include <QString>

namespace candor {

class ProjectStore;

// Counts for `candor-cli stats` and the status bar: items per kind and split, labels per schema and label,
// annotations per origin and status, thread posts, media.
class ProjectStats
{
public:
    static QJsonObject compute(const ProjectStore &store);
    static QString toText(const QJsonObject &stats);
};

} // namespace candor
