#pragma once

#include "app/jobs/text/TextTask.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace candor {

class ProjectStore;

// Which items of a project take part in a train, predict or evaluate run.
struct TextTaskSelection
{
    QStringList splits; // empty: every split
    QString language = QStringLiteral("all"); // narrative only: "en", "es" or "all"
    QList<qint64> itemIds; // non-empty: only these items (still within the task's scope)
    // Train and evaluate read only items labelled for the task (memes the SemEval file of the subtask listed or
    // that have reference rows; narrative: items with an oppositional-2 reference row); predict also reaches
    // unlabelled items of the task's kind (every meme; chat messages for narrative).
    bool labelledOnly = true;
};

// One item as the engine sees it, with where its reference labels came from.
struct TextTaskItem
{
    qint64 itemId = 0;
    QString split;
    models::TextExample example; // text, language and reference labels (code-point spans)
    bool humanReference = false; // at least one label layer came from human-confirmed rows
    int droppedSpans = 0; // reference spans outside the text (never passed to the engine)
};

// Extracts the examples of a text task from a project.
//
// Reference labels (what training learns and evaluation scores against), per item, schema and level (item
// label or span): a curator's rows when there are any (the team's settlement), else the human-confirmed rows
// (human rows not rejected, and model rows a person accepted), else the gold rows; rejected and ignored rows never
// count. Human corrections therefore override gold for that item and level without touching the gold rows. For
// single-choice schemas (oppositional-2) the most recently updated human answer wins.
class TextTaskData
{
public:
    static QList<TextTaskItem> load(
        const ProjectStore &store, const TextTaskSpec &task, const TextTaskSelection &selection);

    // All item and post text of the project (all languages): what the tokenizer and MLM pre-training read.
    static std::vector<std::string> projectTexts(const ProjectStore &store);

    // What a model was trained on: items per split and language, reference origins, label and span counts.
    static QJsonObject describe(const TextTaskSpec &task, const QList<TextTaskItem> &items);

    static std::vector<models::TextExample> examples(const QList<TextTaskItem> &items);
};

} // namespace candor
