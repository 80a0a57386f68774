#include "store/ItemQuery.h"

#include <QJsonValue>
#include <QRegularExpression>

namespace candor {

namespace {

// The per-item columns come from item_summary (schema version 4), kept current by triggers on annotations.
const QString kSelectColumns = QStringLiteral(
    "i.id, i.kind, substr(i.text, 1, 160), i.media_id, i.created_at, i.source, i.language, i.split,"
    " s.gold_labels, s.human_labels, s.model_labels, s.best_score, s.uncertainty, s.reviewed, s.annotators");

const QString kItemsAndSummary = QStringLiteral("items i JOIN item_summary s ON s.item_id = i.id");

const char *const kReviewNames[] = {"any", "unreviewed", "reviewed"};
const char *const kSortNames[] = {"id", "kind", "text", "date", "source", "best-score", "uncertainty", "gold", "human",
                                  "model", "review"};

template<typename E, size_t N>
E enumFromName(const QString &name, const char *const (&names)[N], E fallback)
{
    for (size_t i = 0; i < N; ++i)
        if (name == QLatin1String(names[i]))
            return E(i);
    return fallback;
}

QString where(const QStringList &conditions)
{
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

bool ItemQuery::isEmpty() const
{
    return kind.isEmpty() && label.isEmpty() && predictedLabel.isEmpty() && review == Review::Any && annotator.isEmpty()
        && language.isEmpty() && source.isEmpty() && split.isEmpty() && ftsExpression(search).isEmpty();
}

bool ItemQuery::searchDriven() const
{
    return sortKey == SortKey::Id && !ftsExpression(search).isEmpty();
}

QStringList ItemQuery::conditions(QVariantList &binds, bool withSearch) const
{
    QStringList conditions;
    const auto equals = [&](const QString &column, const QString &value) {
        if (value.isEmpty())
            return;
        conditions.append(column + QStringLiteral(" = ?"));
        binds.append(value);
    };
    equals(QStringLiteral("i.kind"), kind);
    equals(QStringLiteral("i.language"), language);
    equals(QStringLiteral("i.source"), source);
    equals(QStringLiteral("i.split"), split);
    // item_labels holds one row per (label, item): a filter reads an index range instead of the annotations.
    if (!label.isEmpty()) {
        conditions.append(QStringLiteral("i.id IN (SELECT item_id FROM item_labels WHERE live = 1"
                                         " AND label_id IN (SELECT id FROM labels WHERE name = ?))"));
        binds.append(label);
    }
    if (!predictedLabel.isEmpty()) {
        conditions.append(QStringLiteral("i.id IN (SELECT item_id FROM item_labels WHERE"
                                         " label_id IN (SELECT id FROM labels WHERE name = ?) AND model_score BETWEEN ? AND ?)"));
        binds << predictedLabel << minScore << maxScore;
    }
    if (!annotator.isEmpty()) {
        conditions.append(QStringLiteral("i.id IN (SELECT item_id FROM annotations WHERE origin = 'human' AND annotator = ?)"));
        binds.append(annotator);
    }
    if (review == Review::Reviewed)
        conditions.append(QStringLiteral("s.reviewed = 1"));
    else if (review == Review::Unreviewed)
        conditions.append(QStringLiteral("s.reviewed = 0"));
    if (const QString fts = ftsExpression(search); withSearch && !fts.isEmpty()) {
        conditions.append(QStringLiteral("i.id IN (SELECT item_id FROM text_search WHERE text_search MATCH ?)"));
        binds.append(fts);
    }
    return conditions;
}

QString ItemQuery::fromWhere(QVariantList &binds, std::optional<qint64> afterId) const
{
    if (searchDriven()) {
        // FTS5 yields matches in rowid order (item id << 32, + post id), so a page of items reads only as many
        // matches as it needs, however common the word; DISTINCT folds an item's text and posts into one row.
        QString hits = QStringLiteral("SELECT DISTINCT rowid >> 32 AS hit FROM text_search WHERE text_search MATCH ?");
        binds.append(ftsExpression(search));
        if (afterId) {
            hits += descending ? QStringLiteral(" AND rowid < ?") : QStringLiteral(" AND rowid >= ?");
            binds.append(descending ? *afterId << 32 : (*afterId + 1) << 32);
        }
        hits += descending ? QStringLiteral(" ORDER BY rowid DESC") : QStringLiteral(" ORDER BY rowid");
        return QStringLiteral(" FROM (") + hits + QStringLiteral(") m CROSS JOIN items i ON i.id = m.hit"
                                                                  " JOIN item_summary s ON s.item_id = i.id")
            + where(conditions(binds, false));
    }
    QStringList all = conditions(binds, true);
    if (afterId && sortKey == SortKey::Id) {
        all.append(idColumn() + (descending ? QStringLiteral(" < ?") : QStringLiteral(" > ?")));
        binds.append(*afterId);
    }
    return QStringLiteral(" FROM ") + kItemsAndSummary + where(all);
}

QString ItemQuery::idColumn() const
{
    // With a review filter the reviewed index (reviewed, item id) yields rows in id order only when the order
    // names its own column; SQLite does not carry the join equality over to ORDER BY.
    return review == Review::Any ? QStringLiteral("i.id") : QStringLiteral("s.item_id");
}

QString ItemQuery::orderExpression() const
{
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    if (searchDriven())
        return {};   // the FTS subquery already yields item order
    QString key;
    // Summary columns break ties by s.item_id, the rowid their indexes end with, so SQLite reads the index in
    // order and stops after the page instead of sorting every row.
    QString tieBreak = idColumn();
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

QString ItemQuery::selectStatement(QVariantList &binds, int limit, std::optional<qint64> afterId, qint64 offset) const
{
    const bool keyset = sortKey == SortKey::Id && afterId.has_value();
    QString statement = QStringLiteral("SELECT ") + kSelectColumns + fromWhere(binds, keyset ? afterId : std::nullopt)
        + orderExpression() + QStringLiteral(" LIMIT ?");
    binds.append(limit);
    if (!keyset && offset > 0) {
        statement += QStringLiteral(" OFFSET ?");
        binds.append(offset);
    }
    return statement;
}

QString ItemQuery::countStatement(QVariantList &binds) const
{
    if (isEmpty())
        return QStringLiteral("SELECT count(*) FROM items");
    const QString statement = QStringLiteral("SELECT count(*) FROM (SELECT 1") + fromWhere(binds) + QStringLiteral(" LIMIT ?)");
    binds.append(countCap + 1);
    return statement;
}

QString ItemQuery::idStatement(QVariantList &binds) const
{
    return QStringLiteral("SELECT i.id FROM ") + kItemsAndSummary + where(conditions(binds, true)) + QStringLiteral(" ORDER BY i.id");
}

QString ItemQuery::rowStatement(QVariantList &binds, qint64 itemId)
{
    binds.append(itemId);
    return QStringLiteral("SELECT ") + kSelectColumns + QStringLiteral(" FROM ") + kItemsAndSummary + QStringLiteral(" WHERE i.id = ?");
}

QString ItemQuery::nextUnreviewedStatement(QVariantList &binds, qint64 currentId) const
{
    // Items after the current one first, then wrap around to the start: two index walks that stop at the first
    // hit, instead of one ORDER BY over every unreviewed item.
    const auto firstFrom = [&](const QString &bound) -> QString {
        QStringList all = conditions(binds, true);
        all << QStringLiteral("s.reviewed = 0") << bound;
        binds.append(currentId);
        return QStringLiteral("SELECT * FROM (SELECT i.id FROM ") + kItemsAndSummary + where(all)
            + QStringLiteral(" ORDER BY i.id LIMIT 1)");
    };
    const QString after = firstFrom(QStringLiteral("i.id > ?"));
    const QString before = firstFrom(QStringLiteral("i.id < ?"));
    return after + QStringLiteral(" UNION ALL ") + before + QStringLiteral(" LIMIT 1");
}

QString ItemQuery::mostUncertainStatement(QVariantList &binds, qint64 currentId) const
{
    // Uncertainty sampling: the smallest margin |p - 0.5| among the model's outputs for the item, read from the
    // uncertainty index of item_summary.
    QStringList all = conditions(binds, true);
    all << QStringLiteral("s.reviewed = 0") << QStringLiteral("s.uncertainty IS NOT NULL") << QStringLiteral("i.id <> ?");
    binds.append(currentId);
    return QStringLiteral("SELECT i.id FROM ") + kItemsAndSummary + where(all)
        + QStringLiteral(" ORDER BY s.uncertainty DESC, s.item_id DESC LIMIT 1");
}

QStringList ItemQuery::searchTerms() const
{
    static const QRegularExpression words(QStringLiteral("[\\w\\p{M}]+"), QRegularExpression::UseUnicodePropertiesOption);
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
        {QStringLiteral("language"), language},
        {QStringLiteral("source"), source},
        {QStringLiteral("split"), split},
        {QStringLiteral("search"), search},
        {QStringLiteral("sort"), QLatin1String(kSortNames[int(sortKey)])},
        {QStringLiteral("descending"), descending},
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
    query.language = json.value(QStringLiteral("language")).toString();
    query.source = json.value(QStringLiteral("source")).toString();
    query.split = json.value(QStringLiteral("split")).toString();
    query.search = json.value(QStringLiteral("search")).toString();
    query.sortKey = enumFromName(json.value(QStringLiteral("sort")).toString(), kSortNames, SortKey::Id);
    query.descending = json.value(QStringLiteral("descending")).toBool();
    return query;
}

} // namespace candor
