#pragma once

#include "models/text/TextModel.h"

#include <QJsonObject>
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
// And the same three shapes over any schema a team made (Edit > Label schemas…), named by prefix:
//  labels:SCHEMA      item labels of SCHEMA, several per item (multi-label);
//  class:SCHEMA       one label of SCHEMA per item (single choice);
//  spans:SCHEMA       spans of SCHEMA.
// They read every item with a reference row of the schema, of any kind, and predict over every item.
struct TextTaskSpec
{
    QString name;
    models::TextTaskDefinition definition;
    QString classSchema; // item-level labels (empty for persuasion-spans)
    QString spanSchema; // span labels (empty for persuasion-labels)
    bool ownSchema = false; // labels:, class: or spans: over a schema of the team's own

    bool isNarrative() const { return definition.kind == models::TextTaskKind::Narrative; }
    bool isPostVeracity() const { return !ownSchema && definition.kind == models::TextTaskKind::SingleLabel; }
    // Items take part by having a reference row of the class schema (not by being memes), one class each.
    bool isSingleChoice() const { return models::isSingleChoice(definition.kind); }
};

QStringList textTaskNames();
// A built-in text task's name, or labels:/class:/spans: followed by a schema name.
bool isTextTaskName(const QString &name);
// The tasks a project's schemas of its own offer (labels:S and class:S for item schemas, spans:S for span ones).
QStringList ownSchemaTaskNames(const ProjectStore &store);
// The task with its label order taken from the project's schemas. Throws candor::Error for unknown names.
TextTaskSpec textTaskSpec(const ProjectStore &store, const QString &name);

// The label ids of `task`'s columns, as a model version's config keeps them ("class_label_ids", "span_label_ids"):
// names change (a rename, two names swapped), ids do not.
QJsonObject trainedLabelIds(const ProjectStore &store, const TextTaskSpec &task);
// Gives `task` the label columns model version `config` learned, under the labels' current names: the schema may
// have gained, retired or renamed labels since. Mapped by the label ids the version kept; a version from before
// ids were kept is mapped by name (a former name still finds its label). Throws candor::Error when a label the
// model learned is no longer in the schema.
void useTrainedLabels(const ProjectStore &store, TextTaskSpec &task, const QJsonObject &config, qint64 versionId);

// Which language a narrative model covers: "en", "es" or "all" (one multilingual model).
// Other tasks ignore it. Throws candor::Error for anything else.
QString checkedLanguage(const QString &language);

} // namespace candor
