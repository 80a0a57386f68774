#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace candor {

class ProjectStore;

// One person's annotation row as agreement reads it.
struct HumanAnnotationRow
{
    qint64 id = 0;
    qint64 itemId = 0;
    qint64 postRowId = 0; // posts.id for per-post labels (stance), 0 for rows on the item itself
    QString annotator; // "" when the row was written without a name
    QString label;
    std::optional<int> start; // code points, for spans
    std::optional<int> end;
    int textLength = 0; // code points of the text the row is on (the post's for per-post rows): a span's continuum
};

// The reads inter-annotator agreement makes: each person's own rows of one label schema. Only rows of origin
// human count, and not those marked rejected or ignored. A model row that a person accepted is not counted as that
// person's answer: the row keeps no annotator, and an accepted proposal is a judgement of the model's answer, not
// an independent one, so it would inflate agreement between people who accepted the same proposals.
// The store keeps no record of "looked at this item and found nothing", so an annotator counts as having
// annotated an item (a post, for per-post schemas) only through a row of the schema there.
// Throws candor::Error on database errors.
class AgreementQueries
{
public:
    explicit AgreementQueries(const ProjectStore &store)
        : m_store(store)
    {
    }

    enum class Level { ItemLabel, Span };
    // Human rows of `schema` at `level` (item labels include per-post labels), ordered by item, post, annotator
    // and row id.
    QList<HumanAnnotationRow> humanRows(const QString &schema, Level level) const;

private:
    const ProjectStore &m_store;
};

} // namespace candor
