#pragma once

#include "models/text/TextModel.h"

#include <QString>
#include <QStringList>

namespace candor {

class ProjectStore;

// The text tasks the engine learns from a project (the names are part of the CLI contract).
//  persuasion-labels: SemEval-2021 T6 subtask 1, meme items, item-level persuasion-20 labels (multi-label).
//  persuasion-spans:  SemEval-2021 T6 subtask 2, meme items, persuasion-20 spans.
//  narrative:         PAN 2024, items labelled oppositional-2 (CONSPIRACY/CRITICAL) with narrative-6 spans;
//                     X spans and ignored rows never take part.
//  post-veracity:     MediaEval 2016 / Weibo, post items labelled fake-2 (fake / real); one class per post, folds
//                     grouped by the post's event (postEvent) so no event is on both sides.
struct TextTaskSpec
{
    QString name;
    models::TextTaskDefinition definition;
    QString classSchema; // item-level labels (empty for persuasion-spans)
    QString spanSchema; // span labels (empty for persuasion-labels)

    bool isNarrative() const { return definition.kind == models::TextTaskKind::Narrative; }
    bool isPostVeracity() const { return definition.kind == models::TextTaskKind::SingleLabel; }
    // Items take part by having a reference row of the class schema (not by being memes), one class each.
    bool isSingleChoice() const { return models::isSingleChoice(definition.kind); }
};

QStringList textTaskNames();
// The task with its label order taken from the project's schemas. Throws candor::Error for unknown names.
TextTaskSpec textTaskSpec(const ProjectStore &store, const QString &name);

// Which language a narrative model covers: "en", "es" or "all" (one multilingual model).
// Other tasks ignore it. Throws candor::Error for anything else.
QString checkedLanguage(const QString &language);

} // namespace candor
