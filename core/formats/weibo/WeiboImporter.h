#pragma once

#include "core/formats/common/Importer.h"

namespace candor {

// The Weibo rumour subset of EANN (KDD 2018), as in ../shared/datasets/weibo-eann: posts files named
// <split>_rumor.txt and <split>_nonrumor.txt (in the folder or its tweets/ sub-folder), three lines a post —
// 15 metadata fields separated by '|', image URLs separated by '|' ending in "null", the text — and the images,
// named by their URL's last part, in rumor_images/ and nonrumor_images/ beside the posts files or one folder up
// (or in the folder given by mapping key "images").
// Each post becomes a post item of source "weibo" with the post id as external id and a fake-2 gold label
// (rumour = fake, non-rumour = real); the split is the file name's (train / test) unless one is given. Every image
// found is stored; the first is the item's image and all are listed in metadata "media_ids". Posts without an
// image keep their text only, and one warning per file counts them.
class WeiboImporter final : public Importer
{
public:
    QString format() const override { return QStringLiteral("weibo"); }
    QString description() const override
    {
        return QStringLiteral("Weibo rumour subset (EANN): *_rumor.txt / *_nonrumor.txt, 3 lines a post, images in "
                              "rumor_images/ nonrumor_images/");
    }
    bool recognises(const QString &path) const override;
    void import(
        ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context) override;

    // "rumor" (fake), "nonrumor" (real) or empty, from a posts file's name: train_rumor.txt, test_nonrumor.txt, ...
    static QString classFromName(const QString &path);
    // "train" or "test" from a posts file's name; empty when it says neither (no other split is made up).
    static QString splitFromName(const QString &path);
};

} // namespace candor
