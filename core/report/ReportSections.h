#pragma once

#include "core/report/ReportBuilder.h"
#include "core/report/ReportModel.h"
#include "core/store/ReportQueries.h"

#include <optional>

namespace candor {

class ProjectStore;

// The sections of a report past its title page, each from the scope's report queries.
class ReportSections
{
public:
    ReportSections(const ProjectStore &store, const ReportQueries &queries, const ReportOptions &options)
        : m_store(store)
        , m_queries(queries)
        , m_options(options)
    {
    }

    // Frequencies by origin, by source and month, co-occurrence and examples of one label schema.
    LabelSection labelSection(
        const QString &schema, ReportQueries::ExampleOrder order = ReportQueries::ExampleOrder::PersonFirst) const;
    // PAN: conspiracy vs critical by source and month, the narrative roles; nullopt without either.
    std::optional<NarrativeSection> narratives() const;
    // RumourEval-style threads with stance or veracity rows; nullopt without them.
    std::optional<ThreadSection> threads() const;

private:
    const ProjectStore &m_store;
    const ReportQueries &m_queries;
    const ReportOptions &m_options;
};

// A grid of `counts` (key -> column, label -> row) with rows in `rowOrder` (those present), columns sorted.
CountGrid countGrid(const QList<KeyLabelCount> &counts, const QStringList &rowOrder);
// A label x "yyyy-MM" grid with the months between its first and last column added as zeros.
CountGrid withEveryMonth(const CountGrid &byMonth);

} // namespace candor
