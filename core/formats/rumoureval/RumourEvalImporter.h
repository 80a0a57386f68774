#pragma once

#include "core/formats/common/Importer.h"

namespace candor {

// RumourEval 2017 conversation threads ("rumoureval"; PHEME's own layout is the "pheme" format). The path may be the
// dataset root (holding train/, dev/, ...), one split folder, one event folder or one thread folder; thread folders
// are those holding source-tweet/, found up to three levels down (folders named *-annotations are skipped).
//
// Where the gold labels are found: for each thread, subtaskA.json and subtaskB.json are looked up in the
// thread's ancestors, nearest first (event folder, split folder, dataset root): in the folder itself, then in its
// sibling "<folder name>-annotations" (train/ -> train-annotations/subtaskA.json, the layout of the released
// data). The first file found is used; without one the threads are imported unlabelled.
//
// The split of a thread is --split when given, else the one its path names (train/, dev/, test/).
// Images of tweets are not available offline: their URLs are kept in the post metadata ("media_urls").
class RumourEvalImporter final : public Importer
{
public:
    QString format() const override { return QStringLiteral("rumoureval"); }
    QString description() const override
    {
        return QStringLiteral(
            "RumourEval 2017 threads: <thread>/source-tweet/, replies/, structure.json; subtaskA/B.json labels");
    }
    bool recognises(const QString &path) const override;
    void import(
        ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context) override;

    static bool isThreadFolder(const QString &folder);
    // Thread folders under `path` (or `path` itself), sorted.
    static QStringList threadFolders(const QString &path);
    // The nearest annotation file named `fileName` for a thread folder, empty when there is none.
    static QString findAnswerFile(const QString &threadFolder, const QString &fileName);
};

} // namespace candor
