#include "store/ItemQuery.h"

#include <QJsonValue>
#include <QRegularExpression>

namespace candor {

namespace {

// Label names contain commas ("Obfuscation, Intentional vagueness, Confusion"), so lists join with "; ".
QString labelList(const QString &condition)
{
    return QStringLiteral("(SELECT group_concat(name, '; ') FROM (SELECT DISTINCT l.name AS name FROM annotations a"
                          " JOIN labels l ON l.id = a.label_id WHERE a.item_id = i.id AND %1 ORDER BY l.position))")
        .arg(condition);
}

const QString kReviewedItems = QStringLiteral(
    "SELECT item_id FROM annotations WHERE origin = 'human' OR (origin = 'model' AND status IN ('accepted', 'rejected'))");

const QString kSelectColumns = QStringLiteral("i.id, i.kind, substr(i.text, 1, 160), i.media_id, i.created_at, i.source,"
                                              " i.language, i.split, ")
    + labelList(QStringLiteral("a.origin = 'gold'")) + QStringLiteral(", ")
    + labelList(QStringLiteral("a.origin = 'human' AND a.status <> 'rejected'")) + QStringLiteral(", ")
    + labelList(QStringLiteral("a.origin = 'model' AND a.status <> 'rejected' AND (a.score IS NULL OR a.score >= 0.5)"))
    + QStringLiteral(", (SELECT max(score) FROM annotations WHERE item_id = i.id AND origin = 'model') AS best_score,"
                     " (SELECT 1 - 2 * min(abs(score - 0.5)) FROM annotations WHERE item_id = i.id AND origin = 'model'"
                     " AND score IS NOT NULL) AS uncertainty,"
                     " i.id IN (") + kReviewedItems + QStringLiteral("),"
                     " (SELECT group_concat(DISTINCT annotator) FROM annotations WHERE item_id = i.id AND origin = 'human'"
                     " AND annotator <> '')");

const char *const kReviewNames[] = {"any", "unreviewed", "reviewed"};
const char *const kSortNames[] = {"id", "kind", "text", "date", "source", "best-score", "uncertainty"};

template<typename E, size_t N>
E enumFromName(const QString &name, const char *const (&names)[N], E fallback)
{
    for (size_t i = 0; i < N; ++i)
        if (name == QLatin1String(names[i]))
            return E(i);
    return fallback;
}

} // namespace

bool ItemQuery::isEmpty() const
{
    return kind.isEmpty() && label.isEmpty() && predictedLabel.isEmpty() && review == Review::Any && annotator.isEmpty()
        && language.isEmpty() && source.isEmpty() && split.isEmpty() && ftsExpression(search).isEmpty();
}

QString ItemQuery::whereClause(QVariantList &binds) const
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
    if (!label.isEmpty()) {
        conditions.append(QStringLiteral("i.id IN (SELECT item_id FROM annotations WHERE status <> 'rejected'"
                                         " AND label_id IN (SELECT id FROM labels WHERE name = ?))"));
        binds.append(label);
    }
    if (!predictedLabel.isEmpty()) {
        conditions.append(QStringLiteral("i.id IN (SELECT item_id FROM annotations WHERE origin = 'model'"
                                         " AND label_id IN (SELECT id FROM labels WHERE name = ?) AND score BETWEEN ? AND ?)"));
        binds << predictedLabel << minScore << maxScore;
    }
    if (!annotator.isEmpty()) {
        conditions.append(QStringLiteral("i.id IN (SELECT item_id FROM annotations WHERE origin = 'human' AND annotator = ?)"));
        binds.append(annotator);
    }
    if (review == Review::Reviewed)
        conditions.append(QStringLiteral("i.id IN (") + kReviewedItems + QStringLiteral(")"));
    else if (review == Review::Unreviewed)
        conditions.append(QStringLiteral("i.id NOT IN (") + kReviewedItems + QStringLiteral(")"));
    if (const QString fts = ftsExpression(search); !fts.isEmpty()) {
        conditions.append(QStringLiteral("i.id IN (SELECT item_id FROM text_search WHERE text_search MATCH ?)"));
        binds.append(fts);
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString ItemQuery::orderExpression() const
{
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString key;
    switch (sortKey) {
    case SortKey::Id: break;
    case SortKey::Kind: key = QStringLiteral("i.kind"); break;
    case SortKey::Text: key = QStringLiteral("i.text"); break;
    case SortKey::Date: key = QStringLiteral("i.created_at"); break;
    case SortKey::Source: key = QStringLiteral("i.source"); break;
    case SortKey::BestScore: key = QStringLiteral("best_score"); break;
    case SortKey::Uncertainty: key = QStringLiteral("uncertainty"); break;
    }
    return QStringLiteral(" ORDER BY ") + (key.isEmpty() ? QString() : key + direction + QStringLiteral(", "))
        + QStringLiteral("i.id") + direction;
}

QString ItemQuery::selectStatement(QVariantList &binds, int limit, std::optional<qint64> afterId, qint64 offset) const
{
    QString where = whereClause(binds);
    const bool keyset = sortKey == SortKey::Id && afterId.has_value();
    if (keyset) {
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
            + (descending ? QStringLiteral("i.id < ?") : QStringLiteral("i.id > ?"));
        binds.append(*afterId);
    }
    QString statement = QStringLiteral("SELECT ") + kSelectColumns + QStringLiteral(" FROM items i") + where
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
    return QStringLiteral("SELECT count(*) FROM items i") + whereClause(binds);
}

QString ItemQuery::idStatement(QVariantList &binds) const
{
    return QStringLiteral("SELECT i.id FROM items i") + whereClause(binds) + QStringLiteral(" ORDER BY i.id");
}

QString ItemQuery::rowStatement(QVariantList &binds, qint64 itemId)
{
    binds.append(itemId);
    return QStringLiteral("SELECT ") + kSelectColumns + QStringLiteral(" FROM items i WHERE i.id = ?");
}

QString ItemQuery::nextUnreviewedStatement(QVariantList &binds, qint64 currentId) const
{
    QString where = whereClause(binds);
    where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + QStringLiteral("i.id <> ? AND i.id NOT IN (")
        + kReviewedItems + QStringLiteral(")");
    binds.append(currentId);
    binds.append(currentId);
    // Items after the current one first, then wrap around to the start.
    return QStringLiteral("SELECT i.id FROM items i") + where + QStringLiteral(" ORDER BY i.id < ?, i.id LIMIT 1");
}

QString ItemQuery::mostUncertainStatement(QVariantList &binds, qint64 currentId) const
{
    QString where = whereClause(binds);
    where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + QStringLiteral("i.id NOT IN (")
        + kReviewedItems + QStringLiteral(")");
    binds.append(currentId);
    // Uncertainty sampling: the smallest margin |p - 0.5| among the model's outputs for the item.
    return QStringLiteral("SELECT a.item_id FROM annotations a WHERE a.origin = 'model' AND a.score IS NOT NULL"
                          " AND a.status = 'proposed' AND a.item_id IN (SELECT i.id FROM items i") + where
        + QStringLiteral(") AND a.item_id <> ? GROUP BY a.item_id ORDER BY min(abs(a.score - 0.5)), a.item_id LIMIT 1");
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
