#pragma once

#include "core/formats/common/Importer.h"

namespace candor {

// SemEval-2021 Task 6 ("semeval"): the subtask 1, 2 and 3 JSON files of one split merge by meme id into one meme
// item (source "semeval2021-task6").
//  - Subtask 1 labels -> item-level gold in persuasion-20; subtask 2 spans -> span gold in persuasion-20 (code-point
//    offsets; text_fragment must equal the covered text); subtask 3 labels -> item-level gold in persuasion-22.
//  - Which subtask a file holds: "task1|2|3" in its name, else the first record's shape (image -> 3, label objects ->
//  2).
//  - Subtask 3 images: beside the JSON file, else in the folder named like the JSON file without its extension
//    (the dev layout). Names that leave that folder are refused. A missing or corrupt image is an issue; the meme
//    is imported without it. The image type comes from the content (several ".png" files are JPEG).
//  - A folder imports every SemEval file in it and in its sub-folders (two levels), subtask 1 before 2 before 3;
//    the split of each file comes from the options, else from that file's own name.
class SemEvalImporter final : public Importer
{
public:
    QString format() const override { return QStringLiteral("semeval"); }
    QString description() const override
    {
        return QStringLiteral("SemEval-2021 Task 6 memes: JSON arrays of subtasks 1, 2 (spans) and 3 (images)");
    }
    bool recognises(const QString &path) const override;
    void import(
        ProjectStore &store, const QString &path, const ImportOptions &options, ImportContext &context) override;

    // The subtask a file holds (1, 2 or 3), 0 when it is not a SemEval file.
    static int subtaskOf(const QString &file);

private:
    void importFile(
        ProjectStore &store, const QString &file, int subtask, const QString &split, ImportContext &context);
};

} // namespace candor
