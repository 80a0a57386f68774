#pragma once

#include "core/formats/common/Importer.h"

namespace candor {

inline const QString kPhemeSource = QStringLiteral("pheme");

// PHEME's own layout ("pheme"), the rumour datasets of Zubiaga et al. as released:
//   all-rnr-annotated-threads/<event>-all-rnr-threads/{rumours,non-rumours}/<thread id>/
//       source-tweets/<id>.json, reactions/*.json, structure.json, annotation.json
// (the older threads/<language>/<event>/<thread id>/ layout, without the rumours folders, reads the same way).
//  - One thread item per folder holding source-tweets/ (source "pheme", id = the source tweet's id); its posts and
//    reply tree are built as for RumourEval (RumourThreadReader): in_reply_to first, structure.json next.
//  - Veracity (veracity-3 gold) from annotation.json's misinformation/true flags, for rumours only (PhemeAnnotation).
//  - Rumour or not: annotation.json's is_rumour, else the rumours/ or non-rumours/ folder holding the thread; kept in
//    the thread's metadata "is_rumour" (true/false), with "category" (the story) when annotated.
//  - Event: the folder above rumours/ (its "-all-rnr-threads" suffix dropped), else the thread's parent folder.
//  - The path may be any folder above thread folders (searched four levels down) or one thread folder; the split
//    is --split, else the one the path names (PHEME has none).
//  - A thread that cannot be read (a tweet, structure.json or annotation.json) is reported and skipped.
class PhemeImporter final : public Importer
{
public:
    QString format() const override { return QStringLiteral("pheme"); }
    QString description() const override
    {
        return QStringLiteral(
            "PHEME rumour threads: <event>/rumours|non-rumours/<id>/source-tweets/, reactions/, annotation.json");
    }
    bool recognises(const QString &path) const override;
    void import(
        ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context) override;

    static bool isThreadFolder(const QString &folder);
    static QStringList threadFolders(const QString &path); // sorted
};

} // namespace candor
