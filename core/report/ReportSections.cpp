#include "core/report/ReportSections.h"

#include "core/domain/LabelSchema.h"
#include "core/store/ProjectStore.h"
#include "core/store/ReportQueries.h"

#include <QDate>
#include <QSet>

namespace candor {

CountGrid countGrid(const QList<KeyLabelCount> &counts, const QStringList &rowOrder)
{
    CountGrid grid;
    QSet<QString> rows;
    QSet<QString> columns;
    for (const KeyLabelCount &count : counts) {
        rows.insert(count.label);
        columns.insert(count.key);
    }
    for (const QString &row : rowOrder)
        if (rows.contains(row))
            grid.rows.append(row);
    grid.columns = QStringList(columns.begin(), columns.end());
    grid.columns.sort();
    grid.cells = QList<QList<qint64>>(grid.rows.size(), QList<qint64>(grid.columns.size(), 0));
    for (const KeyLabelCount &count : counts) {
        const qsizetype row = grid.rows.indexOf(count.label);
        if (row >= 0)
            grid.cells[row][grid.columns.indexOf(count.key)] += count.count;
    }
    return grid;
}

CountGrid withEveryMonth(const CountGrid &byMonth)
{
    // A chart over time needs the months without items too: without them two points a year apart sit next to each
    // other. Keys are "yyyy-MM"; anything else (a malformed date) leaves the grid as it is.
    if (byMonth.columns.size() < 2)
        return byMonth;
    const QDate first = QDate::fromString(byMonth.columns.first(), QStringLiteral("yyyy-MM"));
    const QDate last = QDate::fromString(byMonth.columns.last(), QStringLiteral("yyyy-MM"));
    if (!first.isValid() || !last.isValid() || first.addYears(50) < last)
        return byMonth;
    CountGrid grid;
    grid.rows = byMonth.rows;
    for (QDate month = first; month <= last; month = month.addMonths(1))
        grid.columns.append(month.toString(QStringLiteral("yyyy-MM")));
    grid.cells = QList<QList<qint64>>(grid.rows.size(), QList<qint64>(grid.columns.size(), 0));
    for (int column = 0; column < byMonth.columns.size(); ++column) {
        const qsizetype at = grid.columns.indexOf(byMonth.columns.at(column));
        if (at < 0)
            return byMonth;
        for (int row = 0; row < grid.rows.size(); ++row)
            grid.cells[row][at] = byMonth.at(row, column);
    }
    return grid;
}

LabelSection ReportSections::labelSection(const QString &schemaName, ReportQueries::ExampleOrder exampleOrder) const
{
    const LabelSchema schema = m_store.schema(schemaName);
    LabelSection section;
    section.schema = schemaName;
    section.description = schema.description;
    const QList<LabelOriginCount> counts = m_queries.labelsByOrigin(schemaName);
    QStringList order;
    for (const LabelDef &label : schema.labels) {
        if (label.ignored)
            continue; // PAN's X: kept visible in the window, never counted
        for (const LabelOriginCount &count : counts)
            if (count.label == label.name) {
                section.frequencies.append({{label.name, label.colour}, count.gold, count.human, count.model});
                order.append(label.name);
            }
    }
    section.bySource = countGrid(m_queries.labelsBySource(schemaName), order);
    section.byMonth = withEveryMonth(countGrid(m_queries.labelsByMonth(schemaName), order));
    // The co-occurrence grid is square over the labels present: its columns are the rows, not the sorted keys.
    const QList<KeyLabelCount> pairs = m_queries.cooccurrence(schemaName);
    section.cooccurrence.rows = order;
    section.cooccurrence.columns = order;
    section.cooccurrence.cells = QList<QList<qint64>>(order.size(), QList<qint64>(order.size(), 0));
    for (const KeyLabelCount &pair : pairs) {
        const qsizetype a = order.indexOf(pair.key);
        const qsizetype b = order.indexOf(pair.label);
        if (a < 0 || b < 0)
            continue;
        section.cooccurrence.cells[a][b] = pair.count;
        section.cooccurrence.cells[b][a] = pair.count;
    }
    for (const QString &label : order)
        section.examples.append(m_queries.examples(schemaName, label, m_options.examplesPerLabel,
            m_options.contextCodePoints, m_options.spanCodePoints, exampleOrder));
    return section;
}

std::optional<NarrativeSection> ReportSections::narratives() const
{
    const bool categories = m_queries.hasLiveRows(Schemas::Oppositional2);
    const bool roles = m_queries.hasLiveRows(Schemas::Narrative6);
    if (!categories && !roles)
        return std::nullopt;
    NarrativeSection section;
    const QStringList order = m_store.schema(Schemas::Oppositional2).labelNames();
    section.bySource = countGrid(m_queries.labelsBySource(Schemas::Oppositional2), order);
    section.byLanguage = countGrid(m_queries.labelsBy(Schemas::Oppositional2, ReportQueries::Facet::Language), order);
    section.byMonth = withEveryMonth(countGrid(m_queries.labelsByMonth(Schemas::Oppositional2), order));
    if (roles)
        section.roles = labelSection(Schemas::Narrative6);
    return section;
}

std::optional<ThreadSection> ReportSections::threads() const
{
    if (!m_queries.hasLiveRows(Schemas::Stance4) && !m_queries.hasLiveRows(Schemas::Veracity3))
        return std::nullopt;
    ThreadSection section;
    for (const KeyCount &kind : m_queries.itemsBy(ReportQueries::Facet::Kind))
        if (kind.key == QLatin1String("thread"))
            section.threads = kind.count;
    section.posts = m_queries.threadPostCount();
    QList<KeyLabelCount> counts;
    for (const StanceVeracityCount &count : m_queries.stanceByVeracity(&section.modelStances))
        counts.append({count.veracity, count.stance, count.posts});
    section.stanceByVeracity = countGrid(counts, m_store.schema(Schemas::Stance4).labelNames());
    section.mostDenied = m_queries.mostDenied(m_options.deniedThreads, m_options.spanCodePoints, section.modelStances);
    return section;
}

} // namespace candor
