#pragma once

// The annotation work of the crash trials: a deterministic sequence of the store calls the annotation editor's
// commands make (AddAnnotationCommand -> addAnnotation, SetStatusCommand -> setAnnotationStatus,
// DeleteAnnotationCommand and undo of an add -> deleteAnnotation), each its own autocommit write as in the window.
// The driver runs it against a project; the checker replays it in memory to know what the project must hold.
#include "core/domain/Annotation.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <functional>

namespace candor {
class ProjectStore;
}

namespace candor::bench {

inline const QString kTrialAnnotator = QStringLiteral("crash-trial");

// One human annotation as the checker sees it: (item id, label, status).
struct AnnotationFact
{
    qint64 itemId = 0;
    QString label;
    Status status = Status::Accepted;
    bool operator<(const AnnotationFact &other) const;
    bool operator==(const AnnotationFact &other) const;
};

// What the ops work on: the project's memes and the persuasion-22 labels, read from the project.
struct AnnotationTargets
{
    QList<qint64> items;
    QStringList labels;
    static AnnotationTargets of(const ProjectStore &store);
};

// Runs `count` operations with `seed`. After each write returns, `acknowledged(n)` is called with the number of
// operations done (the driver prints it), so a kill leaves the count of surely committed operations behind.
void runAnnotationOps(ProjectStore &store, const AnnotationTargets &targets, quint32 seed, int count,
    const std::function<void(int)> &acknowledged);

// The human annotations (sorted facts) the first `done` operations of `seed` leave.
QList<AnnotationFact> expectedAnnotations(const AnnotationTargets &targets, quint32 seed, int done);

// The crash-trial annotations the project holds, sorted.
QList<AnnotationFact> storedAnnotations(const ProjectStore &store);

} // namespace candor::bench
