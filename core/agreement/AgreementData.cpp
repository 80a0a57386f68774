#include "core/agreement/AgreementData.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace candor {

namespace {

using UnitKey = QPair<qint64, qint64>;

// Annotators sorted by name and units in (item, post) order, each with its index; rows come ordered by unit.
AgreementUnits unitsOf(const QList<HumanAnnotationRow> &rows, const QStringList &labels, QHash<QString, int> &coder,
    QMap<UnitKey, int> &unit)
{
    AgreementUnits shared;
    shared.labels = labels;
    QMap<QString, int> names;
    for (const HumanAnnotationRow &row : rows) {
        if (!labels.contains(row.label))
            continue;
        names.insert(row.annotator, 0);
        unit.insert({row.itemId, row.postRowId}, 0);
    }
    shared.annotators = names.keys();
    for (int c = 0; c < shared.annotators.size(); ++c)
        coder.insert(shared.annotators[c], c);
    int u = 0;
    for (auto it = unit.begin(); it != unit.end(); ++it) {
        it.value() = u++;
        shared.units.append(it.key());
    }
    return shared;
}

} // namespace

NominalTable nominalTable(const QList<HumanAnnotationRow> &rows, const QStringList &labels)
{
    QHash<QString, int> coder;
    QMap<UnitKey, int> unit;
    NominalTable table;
    static_cast<AgreementUnits &>(table) = unitsOf(rows, labels, coder, unit);
    table.data.assign(size_t(table.units.size()), std::vector<int>(size_t(table.annotators.size()), metrics::kMissing));
    // The row id that set each cell: a later row of the same annotator on the same unit replaces the answer.
    std::vector<std::vector<qint64>> latest(table.data.size(), std::vector<qint64>(size_t(table.annotators.size()), 0));
    for (const HumanAnnotationRow &row : rows) {
        const int label = labels.indexOf(row.label);
        if (label < 0)
            continue;
        const size_t u = size_t(unit.value({row.itemId, row.postRowId}));
        const size_t c = size_t(coder.value(row.annotator));
        if (row.id >= latest[u][c]) {
            latest[u][c] = row.id;
            table.data[u][c] = label;
        }
    }
    return table;
}

MultiLabelTable multiLabelTable(const QList<HumanAnnotationRow> &rows, const QStringList &labels)
{
    QHash<QString, int> coder;
    QMap<UnitKey, int> unit;
    MultiLabelTable table;
    static_cast<AgreementUnits &>(table) = unitsOf(rows, labels, coder, unit);
    table.data.numLabels = int(labels.size());
    table.data.items.assign(
        size_t(table.units.size()), std::vector<std::optional<std::set<int>>>(size_t(table.annotators.size())));
    for (const HumanAnnotationRow &row : rows) {
        const int label = labels.indexOf(row.label);
        if (label < 0)
            continue;
        auto &cell
            = table.data.items[size_t(unit.value({row.itemId, row.postRowId}))][size_t(coder.value(row.annotator))];
        if (!cell)
            cell.emplace();
        cell->insert(label);
    }
    return table;
}

SpanTable spanTable(const QList<HumanAnnotationRow> &rows, const QStringList &labels)
{
    QHash<QString, int> coder;
    QMap<UnitKey, int> unit;
    SpanTable table;
    static_cast<AgreementUnits &>(table) = unitsOf(rows, labels, coder, unit);
    table.spans.assign(size_t(table.units.size()),
        std::vector<std::optional<std::vector<metrics::LabeledSpan>>>(size_t(table.annotators.size())));
    table.lengths.assign(size_t(table.units.size()), 0);
    for (const HumanAnnotationRow &row : rows) {
        const int label = labels.indexOf(row.label);
        if (label < 0 || !row.start || !row.end)
            continue;
        const size_t u = size_t(unit.value({row.itemId, row.postRowId}));
        table.lengths[u] = std::max({table.lengths[u], row.textLength, *row.end});
        auto &cell = table.spans[u][size_t(coder.value(row.annotator))];
        if (!cell)
            cell.emplace();
        cell->push_back({label, *row.start, *row.end});
    }
    return table;
}

} // namespace candor
