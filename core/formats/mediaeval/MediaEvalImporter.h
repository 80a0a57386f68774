#pragma once

#include "core/formats/common/Importer.h"

#include <QDateTime>

namespace candor {

// MediaEval 2016 "Verifying Multimedia Use" posts: a tab-separated file with the header
// post_id, post_text, user_id, image_id(s), username, timestamp, label (fake | humor | real), no quoting.
// Each line becomes a post item of source "mediaeval2016" with a fake-2 gold label (humor counts as fake; the
// original label stays in the metadata). Images are looked up by id (<id>.jpg, .jpeg, .png, .gif, .webp, .bmp)
// in the folder given by mapping key "images", else in an "images" folder beside the file when it exists.
// A folder imports every *posts*.txt in it that has the header, each with the split its name says.
class MediaEvalImporter final : public Importer
{
public:
    QString format() const override { return QStringLiteral("mediaeval"); }
    QString description() const override
    {
        return QStringLiteral("MediaEval 2016 posts: tab-separated *posts*.txt with a post_id header, images by id");
    }
    bool recognises(const QString &path) const override;
    void import(
        ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context) override;

    // "Wed Apr 17 18:57:37 +0000 2013" (Twitter's created_at); invalid when it does not parse.
    static QDateTime parseTwitterTime(const QString &text);

private:
    void importFile(ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context);
    // The first of the post's images found in `folder`; problems are recorded as issues, never fatal.
    static std::optional<qint64> firstImage(ProjectStore &store, const QString &folder, const QStringList &imageIds,
        const QString &path, const QString &recordName, ImportContext &context, QJsonObject &metadata);
};

} // namespace candor
