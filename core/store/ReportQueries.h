#pragma once

#include "core/domain/Annotation.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace candor {

class ProjectStore;
struct ItemQuery;

// One count under a key ("meme": 12, "2021-03": 4).
struct KeyCount
{
    QString key;
    qint64 count = 0;
};

// Items carrying a label, by who said so. Model rows count only at or above the report's threshold.
struct LabelOriginCount
{
    QString label;
    qint64 gold = 0;
    qint64 human = 0;
    qint64 model = 0;
};

// Items carrying `label` under a key (a source, a month).
struct KeyLabelCount
{
    QString key;
    QString label;
    qint64 count = 0;
};

// An annotated passage cut around its span: before + span + after is a contiguous slice of the text, so a
// renderer highlights `span` without touching offsets. The cuts say where text was left out (a 10 MB post
// becomes a few hundred characters here; SQLite's substr cuts in code points, never the whole text in memory).
struct SpanExcerpt
{
    qint64 itemId = 0;
    QString source;
    QString externalId;
    QString label;
    Origin origin = Origin::Gold;
    std::optional<double> score;
    QString before;
    QString span;
    QString after;
    bool cutBefore = false;
    bool cutSpan = false;
    bool cutAfter = false;
};

// Posts of one stance in threads of one veracity ("" when the thread has no veracity label).
struct StanceVeracityCount
{
    QString veracity;
    QString stance;
    qint64 posts = 0;
};

struct DeniedThread
{
    qint64 itemId = 0;
    QString source;
    QString externalId;
    QString veracity; // empty when unlabelled
    QString text; // the source post, cut to the excerpt length
    bool cut = false;
    qint64 replies = 0;
    qint64 denies = 0;
};

// The reads a report makes of a project, over the items of one scope (a browser filter, optionally narrowed to
// some sources). The scope is resolved once into a temporary table of item ids on this thread's connection, so
// every query after it is a join instead of the filter's SQL again. A label is "live" on an item when a row of it
// is neither rejected nor ignored and, for a model row, its score (when it has one) reaches `modelThreshold`.
// Throws candor::Error on database errors. Use on one thread; one instance at a time per connection.
class ReportQueries
{
public:
    ReportQueries(const ProjectStore &store, const ItemQuery &scope, const QStringList &sources, double modelThreshold);
    ~ReportQueries();
    ReportQueries(const ReportQueries &) = delete;
    ReportQueries &operator=(const ReportQueries &) = delete;

    enum class Facet { Kind, Source, Language, Split };

    qint64 itemCount() const;
    // Items in scope per value of `facet`, largest first ("" for an empty language or split).
    QList<KeyCount> itemsBy(Facet facet) const;
    // Posts of the thread items in scope.
    qint64 threadPostCount() const;
    // Whether any live row of `schema` lies on an item in scope (spansOnly: a span row).
    bool hasLiveRows(const QString &schema, bool spansOnly = false) const;

    // Items per label and origin (spans, item labels and post labels alike), in the schema's label order.
    QList<LabelOriginCount> labelsByOrigin(const QString &schema) const;
    // Items with a live `schema` label per source / per month of the row's date: its post's for a row on a thread's
    // post, else the item's (rows without a date left out).
    QList<KeyLabelCount> labelsBySource(const QString &schema) const { return labelsBy(schema, Facet::Source); }
    // The same per value of any facet (PAN's English and Spanish share one source: by language tells them apart).
    QList<KeyLabelCount> labelsBy(const QString &schema, Facet facet) const;
    QList<KeyLabelCount> labelsByMonth(const QString &schema) const;
    // Items where both labels are live (label a < label b by schema order, both directions not repeated).
    QList<KeyLabelCount> cooccurrence(const QString &schema) const; // key: label a, label: label b

    // The first `limit` live span rows of `label` on item text: a person's, then gold, then the model's by score
    // (ModelFirst: the model's most confident first, as for the posts a verdict model flags). `context` code points
    // each side, the span cut at `spanMax`. Item-level rows after spans.
    enum class ExampleOrder { PersonFirst, ModelFirst };
    QList<SpanExcerpt> examples(const QString &schema, const QString &label, int limit, int context, int spanMax,
        ExampleOrder order = ExampleOrder::PersonFirst) const;

    // Stance rows (stance-4 on posts) per thread veracity (veracity-3 on the thread): reference rows (gold or
    // human) when the scope has any, else live model rows; `modelOnly` says which was used.
    QList<StanceVeracityCount> stanceByVeracity(bool *modelOnly = nullptr) const;
    // Threads with the most posts a live row labels "deny"; `textMax` code points of the source post. `modelOnly`:
    // count model rows, as stanceByVeracity reported it had to (the caller has that answer already).
    QList<DeniedThread> mostDenied(int limit, int textMax, bool modelOnly) const;

    // Items in scope with a person's rows, per annotator (the most first; "" for rows without a name), at most
    // `limit` annotators.
    QList<KeyCount> annotatorProgress(int limit) const;

private:
    QString liveCondition() const; // over annotations a
    const ProjectStore &m_store;
    double m_threshold;
};

} // namespace candor
