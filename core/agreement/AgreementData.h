#pragma once

#include "core/metrics/MultiLabelAgreement.h"
#include "core/metrics/ReliabilityData.h"
#include "core/metrics/SpanMetrics.h"
#include "core/store/AgreementQueries.h"

#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>
#include <vector>

namespace candor {

// What all three tables share: the annotators (sorted by name, one coder column each), the units (an item, or a
// post of a thread item for per-post schemas: (item id, post row id or 0)) that at least one annotator annotated,
// and the schema's labels (category k is labels[k]).
struct AgreementUnits
{
    QStringList annotators;
    QList<QPair<qint64, qint64>> units;
    QStringList labels;
};

// A single-label schema (stance-4, oppositional-2): one category per unit and annotator. Should an annotator have
// several rows on one unit (an edit that added instead of replacing), the latest row (highest id) is the answer.
struct NominalTable : AgreementUnits
{
    metrics::ReliabilityData data;
};

// A multi-label schema (persuasion-20 item labels): a set of labels per unit and annotator.
struct MultiLabelTable : AgreementUnits
{
    metrics::MultiLabelData data;
};

// Spans: spans[u][c] is annotator c's spans on unit u, nullopt when c has no span of the schema there;
// lengths[u] the code points of unit u's text (at least the end of its last span), its stretch of the continuum
// that unitizing alpha measures.
struct SpanTable : AgreementUnits
{
    std::vector<std::vector<std::optional<std::vector<metrics::LabeledSpan>>>> spans;
    std::vector<int> lengths;
};

// Rows whose label is not among `labels` are left out (a schema's labels are fixed, so this is a guard only).
NominalTable nominalTable(const QList<HumanAnnotationRow> &rows, const QStringList &labels);
MultiLabelTable multiLabelTable(const QList<HumanAnnotationRow> &rows, const QStringList &labels);
SpanTable spanTable(const QList<HumanAnnotationRow> &rows, const QStringList &labels);

} // namespace candor
