#pragma once

#include <QString>

#include <optional>

namespace candor {

class AnnotationEditor;

// A person's single-choice answer in a thread: the stance of one post (postRowId set) or the veracity of the
// whole thread (postRowId empty). One undoable command on the editor's stack: earlier human rows of that post or
// thread in that schema are deleted and the new human row is added (status ignored for a label the schema marks
// ignored, e.g. fake-2 "unsure"); gold and model rows stay. Written at once.
// Returns false (and pushes nothing) without a project, for an unknown label, or when the answer is already the
// only human answer.
bool setHumanAnswer(AnnotationEditor &editor, qint64 itemId, std::optional<qint64> postRowId, const QString &schema,
    const QString &label);

} // namespace candor
