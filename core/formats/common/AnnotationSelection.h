#pragma once

#include "core/domain/Annotation.h"

#include <QList>
#include <QString>

#include <optional>

namespace candor {

class ProjectStore;

// Which layer of annotations an export or an evaluation reads.
//  Gold:  imported gold rows (status accepted; ignored and rejected rows left out).
//  Human: human rows not rejected; for single-choice schemas (stance, veracity, oppositional) the latest one.
//  Model: rows of one model version (the given one, else the latest version that annotated this schema),
//         not rejected.
//  Curated: the curator's rows (not rejected); for single-choice schemas the latest one.
//  Best:  per item and schema, the curated layer if it has rows, else human, else gold, else accepted model rows.
struct AnnotationSelection
{
    enum class Layer { Gold, Human, Model, Best, Curated };
    Layer layer = Layer::Best;
    std::optional<qint64> modelVersionId;

    static AnnotationSelection fromName(const QString &name); // "gold|human|curated|model|best"; throws

    // The annotations of one item in one schema under this selection.
    QList<Annotation> select(const ProjectStore &store, qint64 itemId, const QString &schema) const;
};

bool isSingleChoiceSchema(const QString &schema);
// One answer per (item, post): the most recently updated row of each target (a single-choice schema's answer).
QList<Annotation> latestPerTarget(QList<Annotation> rows);

} // namespace candor
