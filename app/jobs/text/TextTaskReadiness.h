#pragma once

#include <QString>
#include <QStringList>

namespace candor {

class ProjectStore;

// Why a text task cannot be trained on a project yet, as a sentence for a tooltip or a log line ("no meme in split
// 'dev' has persuasion-20 item labels ..."); empty when the train splits and the dev split each hold at least one
// item TextTaskData would load for the task (an empty dev split, and post-veracity's, need none). Cheap (EXISTS queries
// on indexed columns), so the GUI may ask whenever the Models menu opens. Throws candor::Error for an unknown task.
QString missingTextTrainingData(const ProjectStore &store, const QString &task,
    const QStringList &trainSplits = {QStringLiteral("train")}, const QString &devSplit = QStringLiteral("dev"));

} // namespace candor
