#include "core/store/ItemQuery.h"

#include "core/store/FacetSelection.h"

#include <QJsonValue>
#include <QRegularExpression>

namespace candor {

namespace {

// The per-item columns come from item_summary (schema version 4), kept current by triggers on annotations.
const QString kSelectColumns = QStringLiteral(
    "i.id, i.kind, substr(i.text, 1, 160), i.media_id, i.created_at, i.source, i.language, i.split,"
    " s.gold_labels, s.human_labels, s.model_labels, s.best_score, s.uncertainty, s.reviewed, s.annotators");

const QString kItemsAndSummary = QStringLiteral("items i JOIN item_summary s ON s.item_id = i.id");

// The displayed columns of a page whose item ids (column `id` of `ids`, in display order) were chosen first:
// the wide items rows are read for the page only, never for the rows a sort or filter passes over.
QString joinColumns(const QString &ids)
{
    return QStringLiteral("SELECT ") + kSelectColumns + QStringLiteral(" FROM (") + ids
        + QStringLiteral(") p CROSS JOIN items i ON i.id = p.id JOIN item_summary s ON s.item_id = i.id");
}

const char *const kReviewNames[] = {"any", "unreviewed", "reviewed"};
const char *const kSortNames[]
    = {"id", "kind", "text", "date", "source", "best-score", "uncertainty", "gold", "human", "model", "review"};

template <typename E, size_t N>
E enumFromName(const QString &name, const char *const (&names)[N], E fallback)
{
    for (size_t i = 0; i < N; ++i)
        if (name == QLatin1String(names[i]))
            return E(i);
    return fallback;
}

// item_summary as the statements over it name it: a narrow facet selection (FacetSelection::narrow) is read through
// its index by decision, not by the planner's guess. Without statistics SQLite cannot know how few rows a facet
// list selects and prefers an index that saves the sort (e.g. (reviewed, uncertainty) for the review queue),
// which reads twice the rows for a 16,667-item facet at 1M items.
QString summaryTable(const FacetSelection *facets)
{
    const bool narrow = facets && facets->constrained && !facets->ids.isEmpty() && facets->narrow();
    return narrow ? QStringLiteral("item_summary s INDEXED BY item_summary_facet") : QStringLiteral("item_summary s");
}

QString where(const QStringList &conditions)
{
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

bool ItemQuery::isEmpty() const
{
    return kind.isEmpty() && label.isEmpty() && predictedLabel.isEmpty() && review == Review::Any && annotator.isEmpty()
        && !disagreement && language.isEmpty() && source.isEmpty() && split.isEmpty() && ftsExpression(search).isEmpty()
        && !nearVerdict;
}

bool ItemQuery::hasFacetFilter() const
{
    return !kind.isEmpty() || !language.isEmpty() || !source.isEmpty() || !split.isEmpty();
}

bool ItemQuery::hasRowFilter() const
{
    return !label.isEmpty() || !predictedLabel.isEmpty() || review != Review::Any || !annotator.isEmpty()
        || disagreement || !ftsExpression(search).isEmpty() || nearVerdict;
}

bool ItemQuery::sortsByItemColumn() const
{
    return sortKey == SortKey::Kind || sortKey == SortKey::Text || sortKey == SortKey::Date
        || sortKey == SortKey::Source;
}

QString ItemQuery::facetCondition(const FacetSelection &facets) const
{
    if (!facets.constrained)
        return {};
    // A constant false term: SQLite tests it once before opening any loop, so an empty selection costs nothing.
    if (facets.ids.isEmpty())
        return QStringLiteral("0");
    QStringList ids;
    for (qint64 id : facets.ids)
        ids.append(QString::number(id));
    // The facet index serves a small selection, and any selection in id order without other filters: each
    // facet's index range is already in id order and SQLite stops reading a range once it cannot improve the
    // page (ORDER BY ... LIMIT over an IN list), so a page reads about page rows per facet. Otherwise the unary
    // plus keeps the index out of the plan, which then walks item or sort-key order and tests the facet per row.
    const bool useIndex = facets.narrow() || (sortKey == SortKey::Id && !hasRowFilter());
    return (useIndex ? QStringLiteral("s.facet_id IN (") : QStringLiteral("+s.facet_id IN ("))
        + ids.join(QLatin1Char(',')) + QLatin1Char(')');
}

bool ItemQuery::searchDriven() const
{
    return sortKey == SortKey::Id && !ftsExpression(search).isEmpty();
}

QStringList ItemQuery::conditions(QVariantList &binds, bool withSearch, const FacetSelection *facets) const
{
    QStringList conditions;
    const auto equals = [&](const QString &column, const QString &value) {
        if (value.isEmpty())
            return;
        conditions.append(column + QStringLiteral(" = ?"));
        binds.append(value);
    };
    if (facets) {
        if (const QString facet = facetCondition(*facets); !facet.isEmpty())
            conditions.append(facet);
    } else {
        equals(QStringLiteral("i.kind"), kind);
        equals(QStringLiteral("i.language"), language);
        equals(QStringLiteral("i.source"), source);
        equals(QStringLiteral("i.split"), split);
    }
    const QString id = facets ? QStringLiteral("s.item_id IN ") : QStringLiteral("i.id IN ");
    // item_labels holds one row per (label, item): a filter reads an index range instead of the annotations.
    if (!label.isEmpty()) {
        conditions.append(id
            + QStringLiteral("(SELECT item_id FROM item_labels WHERE live = 1"
                             " AND label_id IN (SELECT id FROM labels WHERE name = ?))"));
        binds.append(label);
    }
    if (!predictedLabel.isEmpty()) {
        conditions.append(id
            + QStringLiteral("(SELECT item_id FROM item_labels WHERE"
                             " label_id IN (SELECT id FROM labels WHERE name = ?) AND model_score BETWEEN ? AND ?)"));
        binds << predictedLabel << minScore << maxScore;
    }
    if (!annotator.isEmpty()) {
        conditions.append(
            id + QStringLiteral("(SELECT item_id FROM annotations WHERE origin = 'human' AND annotator = ?)"));
        binds.append(annotator);
    }
    if (nearVerdict) {
        // One bound JSON array, however many ids: json_each reads it as a table (an IN list of literals would make
        // every resolution a new statement).
        QStringList ids;
        for (const qint64 itemId : nearVerdictIds)
            ids.append(QString::number(itemId));
        conditions.append(id + QStringLiteral("(SELECT value FROM json_each(?))"));
        binds.append(QString(QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']')));
    }
    if (disagreement) {
        // Some row x of one annotator has no identical row of another annotator y who answered the same schema on the
        // same item (post) at the same level.
        conditions.append(id
            + QStringLiteral(
                "(SELECT x.item_id FROM annotations x JOIN labels lx ON lx.id = x.label_id"
                " JOIN annotations y ON y.item_id = x.item_id AND y.origin = 'human'"
                " AND y.status NOT IN ('rejected', 'ignored') AND y.annotator <> x.annotator"
                " AND ifnull(y.post_id, 0) = ifnull(x.post_id, 0) AND (y.start_cp IS NULL) = (x.start_cp IS NULL)"
                " JOIN labels ly ON ly.id = y.label_id AND ly.schema_id = lx.schema_id"
                " WHERE x.origin = 'human' AND x.status NOT IN ('rejected', 'ignored') AND NOT EXISTS ("
                "SELECT 1 FROM annotations z WHERE z.item_id = x.item_id AND z.annotator = y.annotator"
                " AND z.origin = 'human' AND z.status NOT IN ('rejected', 'ignored') AND z.label_id = x.label_id"
                " AND ifnull(z.post_id, 0) = ifnull(x.post_id, 0) AND ifnull(z.start_cp, -1) = ifnull(x.start_cp, -1)"
                " AND ifnull(z.end_cp, -1) = ifnull(x.end_cp, -1))"
                " AND NOT EXISTS (SELECT 1 FROM annotations c JOIN labels lc ON lc.id = c.label_id"
                " WHERE c.item_id = x.item_id AND c.origin = 'curated' AND lc.schema_id = lx.schema_id))"));
    }
    if (review == Review::Reviewed)
        conditions.append(QStringLiteral("s.reviewed = 1"));
    else if (review == Review::Unreviewed)
        conditions.append(QStringLiteral("s.reviewed = 0"));
    if (const QString fts = ftsExpression(search); withSearch && !fts.isEmpty()) {
        // rowid >> 32 is the item id (see MigrationV4.h); reading the UNINDEXED item_id column instead costs a
        // row read per match, five times slower for a common word.
        conditions.append(id + QStringLiteral("(SELECT rowid >> 32 FROM text_search WHERE text_search MATCH ?)"));
        binds.append(fts);
    }
    return conditions;
}

QString ItemQuery::searchMatches(QVariantList &binds, std::optional<qint64> afterId) const
{
    // The FTS table drives in its own rowid order (item id << 32, + post id), which searchOrder() names, so
    // SQLite reads only the matches a page needs however common the word; the caller's DISTINCT folds an item's
    // text and posts into one row. (A subquery's ORDER BY would not do: SQLite may drop it inside a join.)
    QStringList all = {QStringLiteral("t.text_search MATCH ?")};
    binds.append(ftsExpression(search));
    if (afterId) {
        all.append(descending ? QStringLiteral("t.rowid < ?") : QStringLiteral("t.rowid >= ?"));
        binds.append(descending ? *afterId << 32 : (*afterId + 1) << 32);
    }
    return where(all);
}

QString ItemQuery::searchOrder() const
{
    return descending ? QStringLiteral(" ORDER BY t.rowid DESC") : QStringLiteral(" ORDER BY t.rowid ASC");
}

QString ItemQuery::fromWhere(QVariantList &binds, std::optional<qint64> afterId) const
{
    if (searchDriven()) {
        // Binds in statement order: the match expression (and bound) before the conditions.
        const QString matches = searchMatches(binds, afterId);
        QStringList rest = conditions(binds, false);
        return QStringLiteral(" FROM text_search t CROSS JOIN items i ON i.id = t.rowid >> 32"
                              " JOIN item_summary s ON s.item_id = i.id")
            + matches + (rest.isEmpty() ? QString() : QStringLiteral(" AND ") + rest.join(QStringLiteral(" AND ")));
    }
    QStringList all = conditions(binds, true);
    if (afterId && sortKey == SortKey::Id) {
        all.append(idColumn() + (descending ? QStringLiteral(" < ?") : QStringLiteral(" > ?")));
        binds.append(*afterId);
    }
    return QStringLiteral(" FROM ") + kItemsAndSummary + where(all);
}

QString ItemQuery::summaryFromWhere(
    QVariantList &binds, const FacetSelection &facets, std::optional<qint64> afterId) const
{
    if (searchDriven()) {
        // Each match is tested on its summary row (facet, review: a few dozen bytes), not on its items row.
        const QString matches = searchMatches(binds, afterId);
        QStringList rest = conditions(binds, false, &facets);
        return QStringLiteral(" FROM text_search t CROSS JOIN item_summary s ON s.item_id = t.rowid >> 32") + matches
            + (rest.isEmpty() ? QString() : QStringLiteral(" AND ") + rest.join(QStringLiteral(" AND ")));
    }
    QStringList all = conditions(binds, true, &facets);
    if (afterId && sortKey == SortKey::Id) {
        all.append(descending ? QStringLiteral("s.item_id < ?") : QStringLiteral("s.item_id > ?"));
        binds.append(*afterId);
    }
    if (sortsByItemColumn())
        return QStringLiteral(" FROM items i JOIN ") + summaryTable(&facets) + QStringLiteral(" ON s.item_id = i.id")
            + where(all);
    return QStringLiteral(" FROM ") + summaryTable(&facets) + where(all);
}

QString ItemQuery::idColumn(bool summaryFirst) const
{
    if (summaryFirst)
        return sortsByItemColumn() ? QStringLiteral("i.id") : QStringLiteral("s.item_id");
    // With a review filter the reviewed index (reviewed, item id) yields rows in id order only when the order
    // names its own column; SQLite does not carry the join equality over to ORDER BY.
    return review == Review::Any ? QStringLiteral("i.id") : QStringLiteral("s.item_id");
}

QString ItemQuery::orderExpression(bool summaryFirst) const
{
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    if (searchDriven())
        return {}; // searchOrder(): the FTS table's own rowid order
    QString key;
    // Summary columns break ties by s.item_id, the rowid their indexes end with, so SQLite reads the index in
    // order and stops after the page instead of sorting every row (items columns likewise by i.id).
    QString tieBreak = idColumn(summaryFirst);
    switch (sortKey) {
    case SortKey::Id: break;
    case SortKey::Kind: key = QStringLiteral("i.kind"); break;
    case SortKey::Text: key = QStringLiteral("i.text"); break;
    case SortKey::Date: key = QStringLiteral("i.created_at"); break;
    case SortKey::Source: key = QStringLiteral("i.source"); break;
    case SortKey::BestScore: key = QStringLiteral("s.best_score"); break;
    case SortKey::Uncertainty: key = QStringLiteral("s.uncertainty"); break;
    case SortKey::GoldLabels: key = QStringLiteral("s.gold_labels"); break;
    case SortKey::HumanLabels: key = QStringLiteral("s.human_labels"); break;
    case SortKey::ModelLabels: key = QStringLiteral("s.model_labels"); break;
    case SortKey::Review: key = QStringLiteral("s.reviewed"); break;
    }
    if (key.startsWith(QLatin1String("s.")))
        tieBreak = QStringLiteral("s.item_id");
    return QStringLiteral(" ORDER BY ") + (key.isEmpty() ? QString() : key + direction + QStringLiteral(", "))
        + tieBreak + direction;
}

QString ItemQuery::selectStatement(
    QVariantList &binds, int limit, std::optional<qint64> afterId, qint64 offset, const FacetSelection *facets) const
{
    const bool keyset = sortKey == SortKey::Id && afterId.has_value();
    const std::optional<qint64> bound = keyset ? afterId : std::nullopt;
    // The FROM part binds its values before LIMIT / OFFSET do (one statement each: operands of + are unsequenced).
    const QString fromPart = facets ? summaryFromWhere(binds, *facets, bound) : fromWhere(binds, bound);
    QString limitOffset = QStringLiteral(" LIMIT ?");
    binds.append(limit);
    if (!keyset && offset > 0) {
        limitOffset += QStringLiteral(" OFFSET ?");
        binds.append(offset);
    }
    if (!facets) {
        return (searchDriven() ? QStringLiteral("SELECT DISTINCT ") : QStringLiteral("SELECT ")) + kSelectColumns
            + fromPart + (searchDriven() ? searchOrder() : orderExpression()) + limitOffset;
    }
    // The page's ids first, from item_summary (and the facet index) alone; the outer query joins the displayed
    // columns of those ids only and puts them back in the same order.
    if (searchDriven()) {
        return joinColumns(QStringLiteral("SELECT DISTINCT s.item_id AS id") + fromPart + searchOrder() + limitOffset)
            + (descending ? QStringLiteral(" ORDER BY i.id DESC") : QStringLiteral(" ORDER BY i.id ASC"));
    }
    const QString order = orderExpression(true);
    return joinColumns(QStringLiteral("SELECT s.item_id AS id") + fromPart + order + limitOffset) + order;
}

bool ItemQuery::countIsExact(const FacetSelection *facets) const
{
    return isEmpty() || (facets && (facets->matchesNothing() || !hasRowFilter()));
}

QString ItemQuery::countStatement(QVariantList &binds, const FacetSelection *facets) const
{
    // The facets' counts sum to the project's item count without reading an index of a million entries.
    if (isEmpty()) {
        return facets ? QStringLiteral("SELECT ifnull(sum(item_count), 0) FROM facets")
                      : QStringLiteral("SELECT count(*) FROM items");
    }
    if (facets && facets->matchesNothing())
        return QStringLiteral("SELECT 0");
    if (facets && !hasRowFilter()) {
        // Only facet columns filter: the facets' own counts are the exact answer, no item is read.
        QStringList ids;
        for (qint64 id : facets->ids)
            ids.append(QString::number(id));
        return QStringLiteral("SELECT ifnull(sum(item_count), 0) FROM facets WHERE id IN (")
            + ids.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    const QString fromPart = facets ? summaryFromWhere(binds, *facets) : fromWhere(binds);
    const QString statement = QStringLiteral("SELECT count(*) FROM (")
        + (searchDriven() ? QStringLiteral("SELECT DISTINCT s.item_id") : QStringLiteral("SELECT 1")) + fromPart
        + QStringLiteral(" LIMIT ?)");
    binds.append(countCap + 1);
    return statement;
}

QString ItemQuery::idStatement(QVariantList &binds, const FacetSelection *facets) const
{
    if (facets)
        return QStringLiteral("SELECT s.item_id FROM ") + summaryTable(facets) + where(conditions(binds, true, facets))
            + QStringLiteral(" ORDER BY s.item_id");
    return QStringLiteral("SELECT i.id FROM ") + kItemsAndSummary + where(conditions(binds, true))
        + QStringLiteral(" ORDER BY i.id");
}

QString ItemQuery::rowStatement(QVariantList &binds, qint64 itemId)
{
    binds.append(itemId);
    return QStringLiteral("SELECT ") + kSelectColumns + QStringLiteral(" FROM ") + kItemsAndSummary
        + QStringLiteral(" WHERE i.id = ?");
}

QString ItemQuery::nextUnreviewedStatement(QVariantList &binds, qint64 currentId, const FacetSelection *facets) const
{
    return nextStatement(binds, currentId, facets, true);
}

QString ItemQuery::nextMatchStatement(QVariantList &binds, qint64 currentId, const FacetSelection *facets) const
{
    return nextStatement(binds, currentId, facets, false);
}

QString ItemQuery::nextStatement(
    QVariantList &binds, qint64 currentId, const FacetSelection *facets, bool unreviewedOnly) const
{
    // Items after the current one first, then wrap around to the start: two index walks that stop at the first
    // hit, instead of one ORDER BY over every unreviewed item. With facets the walk needs item_summary only.
    const QString id = facets ? QStringLiteral("s.item_id") : QStringLiteral("i.id");
    const QString from = facets ? summaryTable(facets) : kItemsAndSummary;
    const auto firstFrom = [&](const QString &bound) -> QString {
        QStringList all = conditions(binds, true, facets);
        if (unreviewedOnly)
            all << QStringLiteral("s.reviewed = 0");
        all << id + bound;
        binds.append(currentId);
        return QStringLiteral("SELECT * FROM (SELECT ") + id + QStringLiteral(" FROM ") + from + where(all)
            + QStringLiteral(" ORDER BY ") + id + QStringLiteral(" LIMIT 1)");
    };
    const QString after = firstFrom(QStringLiteral(" > ?"));
    const QString before = firstFrom(QStringLiteral(" < ?"));
    return after + QStringLiteral(" UNION ALL ") + before + QStringLiteral(" LIMIT 1");
}

QString ItemQuery::mostUncertainStatement(QVariantList &binds, qint64 currentId, const FacetSelection *facets) const
{
    // Uncertainty sampling: the smallest margin |p - 0.5| among the model's outputs for the item, read from the
    // uncertainty index of item_summary.
    const QString id = facets ? QStringLiteral("s.item_id") : QStringLiteral("i.id");
    QStringList all = conditions(binds, true, facets);
    all << QStringLiteral("s.reviewed = 0") << QStringLiteral("s.uncertainty IS NOT NULL")
        << id + QStringLiteral(" <> ?");
    binds.append(currentId);
    return QStringLiteral("SELECT ") + id + QStringLiteral(" FROM ")
        + (facets ? summaryTable(facets) : kItemsAndSummary) + where(all)
        + QStringLiteral(" ORDER BY s.uncertainty DESC, s.item_id DESC LIMIT 1");
}

QStringList ItemQuery::searchTerms() const
{
    static const QRegularExpression words(
        QStringLiteral("[\\w\\p{M}]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    auto it = words.globalMatch(search);
    while (it.hasNext())
        terms.append(it.next().captured());
    return terms;
}

QString ItemQuery::ftsExpression(const QString &search)
{
    ItemQuery query;
    query.search = search;
    QStringList quoted;
    for (const QString &term : query.searchTerms())
        quoted.append(QLatin1Char('"') + term + QLatin1Char('"'));
    if (quoted.isEmpty())
        return {};
    quoted.last() += QLatin1Char('*');
    return quoted.join(QLatin1Char(' '));
}

QJsonObject ItemQuery::toJson() const
{
    return QJsonObject{
        {QStringLiteral("kind"), kind},
        {QStringLiteral("label"), label},
        {QStringLiteral("predictedLabel"), predictedLabel},
        {QStringLiteral("minScore"), minScore},
        {QStringLiteral("maxScore"), maxScore},
        {QStringLiteral("review"), QLatin1String(kReviewNames[int(review)])},
        {QStringLiteral("annotator"), annotator},
        {QStringLiteral("disagreement"), disagreement},
        {QStringLiteral("language"), language},
        {QStringLiteral("source"), source},
        {QStringLiteral("split"), split},
        {QStringLiteral("search"), search},
        {QStringLiteral("sort"), QLatin1String(kSortNames[int(sortKey)])},
        {QStringLiteral("descending"), descending},
        {QStringLiteral("nearVerdict"), nearVerdict},
    };
}

ItemQuery ItemQuery::fromJson(const QJsonObject &json)
{
    ItemQuery query;
    query.kind = json.value(QStringLiteral("kind")).toString();
    query.label = json.value(QStringLiteral("label")).toString();
    query.predictedLabel = json.value(QStringLiteral("predictedLabel")).toString();
    query.minScore = json.value(QStringLiteral("minScore")).toDouble(0.0);
    query.maxScore = json.value(QStringLiteral("maxScore")).toDouble(1.0);
    query.review = enumFromName(json.value(QStringLiteral("review")).toString(), kReviewNames, Review::Any);
    query.annotator = json.value(QStringLiteral("annotator")).toString();
    query.disagreement = json.value(QStringLiteral("disagreement")).toBool();
    query.language = json.value(QStringLiteral("language")).toString();
    query.source = json.value(QStringLiteral("source")).toString();
    query.split = json.value(QStringLiteral("split")).toString();
    query.search = json.value(QStringLiteral("search")).toString();
    query.sortKey = enumFromName(json.value(QStringLiteral("sort")).toString(), kSortNames, SortKey::Id);
    query.descending = json.value(QStringLiteral("descending")).toBool();
    query.nearVerdict = json.value(QStringLiteral("nearVerdict")).toBool();
    return query;
}

} // namespace candor
