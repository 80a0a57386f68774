#include "app/cli/CliCommand.h"

namespace candor::cli {

int runInit(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runStats(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runSample(const QStringList &arguments);
int runTrain(const QStringList &arguments);
int runPredict(const QStringList &arguments);
int runEval(const QStringList &arguments);
int runModels(const QStringList &arguments);
int runHeatmap(const QStringList &arguments);
int runOcr(const QStringList &arguments);
int runDescribe(const QStringList &arguments);
int runFusion(const QStringList &arguments);
int runFactCheck(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runAgreement(const QStringList &arguments);
int runSimilar(const QStringList &arguments);
int runMerge(const QStringList &arguments);
int runCurate(const QStringList &arguments);
int runSchema(const QStringList &arguments);
int runExportTraining(const QStringList &arguments);
int runImportModel(const QStringList &arguments);
int runPush(const QStringList &arguments);
int runPull(const QStringList &arguments);
int runTeam(const QStringList &arguments);

const std::vector<CliCommand> &commands()
{
    static const std::vector<CliCommand> table = {
        {"init", "create an empty project file", &runInit},
        {"import", "import files or folders (every format below, detected; a mixed folder by its files)", &runImport},
        {"stats", "counts per kind, split, schema, label, origin and thread posts", &runStats},
        {"export", "export items and annotations (every export format below)", &runExport},
        {"sample", "build the bundled sample project (memes, chats, threads) and print its stats", &runSample},
        {"train", "train a model of a task (see tasks below) and register it as a model version", &runTrain},
        {"export-training", "write a text task's training bundle for candor-train (a GPU server, data-parallel)",
            &runExportTraining},
        {"import-model", "register a model bundle from candor-train as a model version", &runImportModel},
        {"predict", "write a model version's predictions as model annotations", &runPredict},
        {"eval", "official metrics of a task's current model version on a split", &runEval},
        {"models", "list model versions with their metrics; pin the one predictions use (roll back)", &runModels},
        {"heatmap", "draw a meme model's attention or per-technique Grad-CAM over a meme image (PNG)", &runHeatmap},
        {"ocr", "read meme captions with Tesseract, store word boxes (--measure: word accuracy vs captions)", &runOcr},
        {"describe", "pictures of memes and posts as structured text (OCR, objects, EXIF, faces) with CIQS figures",
            &runDescribe},
        {"fusion",
            "MMFND's ablation table for post-veracity: every variant on the same event-grouped folds, with "
            "baselines",
            &runFusion},
        {"report", "an analyst's report of the project or a filter (HTML or PDF, with charts)", &runReport},
        {"agreement", "inter-annotator agreement of the human annotations (kappa, alpha, span F1, with intervals)",
            &runAgreement},
        {"merge", "take the human annotations of other copies of the project (matched by item; conflicts reported)",
            &runMerge},
        {"curate", "adjudicate an item: list each annotator's version, settle one as the curated rows", &runCurate},
        {"schema", "label schemas of your own: list, show, import (JSON, Label Studio), export, copy, edit, delete",
            &runSchema},
        {"factcheck", "an item's fact check (claim, rating, note) and a person's fake / real verdict: show or set",
            &runFactCheck},
        {"similar", "near-duplicates of an item (same picture, same wording) with their verdicts and labels",
            &runSimilar},
        {"push", "copy a project file into an empty PostgreSQL database a team shares (roles, row-level security)",
            &runPush},
        {"pull", "write a team's project from a PostgreSQL database into a new project file", &runPull},
        {"team", "the team of a project on a server: list, add LOGIN --role annotator|curator|admin, remove", &runTeam},
    };
    return table;
}

} // namespace candor::cli
