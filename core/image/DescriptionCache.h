#pragma once

#include "core/image/ImageDescription.h"

#include <QString>

#include <optional>

namespace candor {

// Where pictures' structured descriptions live: beside the project, like the backbone features
// ("<project>.features/description/<sha256>.json"), so every item sharing a picture, every run and the window
// read one description. Written by app/jobs/post/ImageDescriber; read by it and by the item view's verdict panel.
class DescriptionCache
{
public:
    explicit DescriptionCache(const QString &projectPath);

    // nullopt when absent, damaged or of another version (it is then described again).
    std::optional<ImageDescription> find(const QString &sha256) const;
    // Atomic (QSaveFile). Throws candor::Error when the folder or file cannot be written.
    void store(const QString &sha256, const ImageDescription &description) const;

    QString folder() const { return m_folder; }

private:
    QString m_folder;
};

} // namespace candor
