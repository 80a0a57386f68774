#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace candor {

// Who produced an annotation. Human edits never overwrite gold or model rows: they add their own. Curated rows are
// a curator's settlement of what annotators (and the model) proposed: above human rows in "best", never counted in
// inter-annotator agreement.
enum class Origin { Gold, Human, Model, Curated };
// Review state. Ignored keeps records the source marks as "do not use" (PAN category X) visible.
enum class Status { Proposed, Accepted, Rejected, Ignored };

QString originName(Origin origin);
Origin originFromName(const QString &name);
QString statusName(Status status);
Status statusFromName(const QString &name);

// An item-level label (start/end unset), a span label (code-point offsets, end exclusive),
// a per-post label (postId set: stance) or a thread-level label (veracity).
struct Annotation
{
    qint64 id = 0;
    qint64 itemId = 0;
    std::optional<qint64> postRowId; // posts.id for per-post labels
    QString schema; // label schema name, e.g. "persuasion-20"
    QString label; // label name inside the schema
    std::optional<int> start; // code points
    std::optional<int> end; // code points, exclusive
    Origin origin = Origin::Gold;
    QString annotator; // human annotator name
    std::optional<qint64> modelVersionId;
    std::optional<double> score; // model probability / confidence
    Status status = Status::Accepted;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isSpan() const { return start.has_value() && end.has_value(); }
};

} // namespace candor
