#include "core/agreement/AgreementReport.h"

#include "core/agreement/AgreementData.h"
#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/metrics/BootstrapInterval.h"
#include "core/metrics/CohenKappa.h"
#include "core/metrics/FleissKappa.h"
#include "core/metrics/KrippendorffAlpha.h"
#include "core/metrics/SpanAgreement.h"
#include "core/metrics/UnitizingAlpha.h"
#include "core/store/ProjectStore.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <functional>

namespace candor {

namespace {

using metrics::ReliabilityData;
using Indices = std::vector<size_t>;
// Builds the reliability data of the units at the given indices (of the section's unit list).
using DataOf = std::function<ReliabilityData(const Indices &)>;

const QString kPersuasionLabels = QStringLiteral("persuasion-labels");
const QString kPersuasionSpans = QStringLiteral("persuasion-spans");
const QString kNarrative = QStringLiteral("narrative");
const QString kStance = QStringLiteral("stance");

QJsonValue number(double value)
{
    return std::isnan(value) ? QJsonValue() : QJsonValue(value);
}

// A coefficient with its bootstrap interval: {"value", "low", "high"}, null where undefined.
QJsonObject figure(double value, const metrics::ConfidenceInterval &ci)
{
    return {{QStringLiteral("value"), number(value)}, {QStringLiteral("low"), number(ci.low)},
        {QStringLiteral("high"), number(ci.high)}};
}

Indices allOf(size_t n)
{
    Indices indices(n);
    for (size_t i = 0; i < n; ++i)
        indices[i] = i;
    return indices;
}

// The indices in `base` picked by a resample (positions into `base`).
Indices picked(const Indices &base, const Indices &positions)
{
    Indices chosen;
    chosen.reserve(positions.size());
    for (const size_t p : positions)
        chosen.push_back(base[p]);
    return chosen;
}

class SectionBuilder
{
public:
    SectionBuilder(const AgreementUnits &units, const AgreementReport::Options &options)
        : m_units(units)
        , m_options(options)
    {
    }

    // The units (indices) on which the coders in `coders` (all when empty) have at least `minimum` answers.
    Indices unitsCodedBy(const ReliabilityData &all, const std::vector<size_t> &coders, size_t minimum) const
    {
        Indices kept;
        for (size_t u = 0; u < all.size(); ++u) {
            size_t present = 0;
            for (size_t c = 0; c < all[u].size(); ++c) {
                if (all[u][c] != metrics::kMissing && (coders.empty() || c == coders[0] || c == coders[1]))
                    ++present;
            }
            if (present >= minimum)
                kept.push_back(u);
        }
        return kept;
    }

    metrics::ConfidenceInterval interval(
        const Indices &base, const std::function<double(const Indices &)> &statistic) const
    {
        return metrics::bootstrapInterval(
            base.size(), [&](const Indices &positions) { return statistic(picked(base, positions)); },
            m_options.resamples, m_options.seed);
    }

    // Alpha and Fleiss over all annotators and Cohen per pair, on the data `dataOf` builds. `presence` says
    // which coder answered which unit (for a multi-label section: one row per item).
    QJsonObject nominalFigures(const DataOf &dataOf, const ReliabilityData &presence) const
    {
        const ReliabilityData all = dataOf(allOf(presence.size()));
        const Indices pairable = unitsCodedBy(presence, {}, 2);
        const metrics::AlphaResult alpha = metrics::krippendorffAlphaNominal(all);
        const metrics::FleissResult fleiss = metrics::fleissKappa(all);
        QJsonObject alphaJson = figure(alpha.alpha,
            interval(pairable, [&](const Indices &u) { return metrics::krippendorffAlphaNominal(dataOf(u)).alpha; }));
        alphaJson.insert(QStringLiteral("pairable_values"), alpha.pairableValues);
        QJsonObject fleissJson = figure(
            fleiss.kappa, interval(pairable, [&](const Indices &u) { return metrics::fleissKappa(dataOf(u)).kappa; }));
        fleissJson.insert(QStringLiteral("raters"), fleiss.raters);
        fleissJson.insert(QStringLiteral("units"), fleiss.units);
        fleissJson.insert(QStringLiteral("units_left_out"), fleiss.unitsLeftOut);
        QJsonArray pairs;
        const size_t coders = size_t(m_units.annotators.size());
        for (size_t a = 0; a < coders; ++a) {
            for (size_t b = a + 1; b < coders; ++b) {
                const Indices common = unitsCodedBy(presence, {a, b}, 2);
                const metrics::PairKappa kappa = metrics::cohenKappa(all, a, b);
                pairs.append(QJsonObject{{QStringLiteral("a"), m_units.annotators[int(a)]},
                    {QStringLiteral("b"), m_units.annotators[int(b)]}, {QStringLiteral("units"), int(common.size())},
                    {QStringLiteral("cohen_kappa"), figure(kappa.kappa, interval(common, [&](const Indices &u) {
                         return metrics::cohenKappa(dataOf(u), a, b).kappa;
                     }))}});
            }
        }
        return {{QStringLiteral("units"), int(pairable.size())}, {QStringLiteral("krippendorff_alpha"), alphaJson},
            {QStringLiteral("fleiss_kappa"), fleissJson}, {QStringLiteral("pairs"), pairs}};
    }

private:
    const AgreementUnits &m_units;
    const AgreementReport::Options &m_options;
};

QJsonObject sectionHead(const QString &task, const QString &schema, const QString &kind, const AgreementUnits &units)
{
    QJsonObject head{{QStringLiteral("task"), task}, {QStringLiteral("schema"), schema}, {QStringLiteral("kind"), kind},
        {QStringLiteral("annotators"), QJsonArray::fromStringList(units.annotators)},
        {QStringLiteral("annotated_units"), int(units.units.size())}};
    if (units.annotators.size() < 2)
        head.insert(QStringLiteral("note"),
            AgreementReport::tr("fewer than two annotators have human rows of %1: no agreement to compute")
                .arg(schema));
    return head;
}

QJsonObject singleLabelSection(
    const ProjectStore &store, const QString &task, const QString &schema, const AgreementReport::Options &options)
{
    const NominalTable table
        = nominalTable(AgreementQueries(store).humanRows(schema, AgreementQueries::Level::ItemLabel),
            store.schema(schema).labelNames());
    QJsonObject section = sectionHead(task, schema, QStringLiteral("single-label"), table);
    if (table.annotators.size() < 2)
        return section;
    const SectionBuilder builder(table, options);
    const QJsonObject figures
        = builder.nominalFigures([&](const Indices &u) { return metrics::selectUnits(table.data, u); }, table.data);
    for (auto it = figures.begin(); it != figures.end(); ++it)
        section.insert(it.key(), it.value());
    return section;
}

QJsonObject multiLabelSection(
    const ProjectStore &store, const QString &task, const QString &schema, const AgreementReport::Options &options)
{
    const MultiLabelTable table
        = multiLabelTable(AgreementQueries(store).humanRows(schema, AgreementQueries::Level::ItemLabel),
            store.schema(schema).labelNames());
    QJsonObject section = sectionHead(task, schema, QStringLiteral("multi-label"), table);
    if (table.annotators.size() < 2)
        return section;
    const SectionBuilder builder(table, options);
    // Who annotated which item: the yes/no decisions of any one label carry it.
    const ReliabilityData presence = metrics::binaryDecisions(table.data, 0);
    section.insert(QStringLiteral("micro"),
        builder.nominalFigures(
            [&](const Indices &u) { return metrics::pooledDecisions(metrics::selectItems(table.data, u)); }, presence));
    QJsonArray labels;
    for (int k = 0; options.perLabel && k < table.data.numLabels; ++k) {
        const ReliabilityData decisions = metrics::binaryDecisions(table.data, k);
        bool used = false;
        for (const std::vector<int> &unit : decisions)
            used = used || std::find(unit.begin(), unit.end(), 1) != unit.end();
        if (!used)
            continue; // nobody applied the label: every coefficient is 0/0
        QJsonObject label
            = builder.nominalFigures([&](const Indices &u) { return metrics::selectUnits(decisions, u); }, decisions);
        label.insert(QStringLiteral("label"), table.labels[k]);
        labels.append(label);
    }
    section.insert(QStringLiteral("labels"), labels);
    return section;
}

QJsonObject spanFigures(const metrics::SpanAgreementFigures &f, const metrics::ConfidenceInterval &exact,
    const metrics::ConfidenceInterval &partial)
{
    return {{QStringLiteral("spans_a"), f.spansA}, {QStringLiteral("spans_b"), f.spansB},
        {QStringLiteral("exact_f1"), figure(f.exactF1, exact)},
        {QStringLiteral("partial_f1"), figure(f.partialF1, partial)}};
}

// Unitizing alpha of annotators a and b on `units` laid end to end: the coefficient measures one continuum, and a
// project's texts become one by concatenation (each unit's stretch as long as its text).
metrics::UnitizingAlpha unitizingOn(const SpanTable &table, const Indices &units, size_t a, size_t b)
{
    const int numLabels = int(table.labels.size());
    std::vector<std::vector<metrics::LabeledSpan>> coders(2);
    int offset = 0;
    for (const size_t u : units) {
        for (const metrics::LabeledSpan &s : *table.spans[u][a])
            coders[0].push_back({s.label, s.start + offset, s.end + offset});
        for (const metrics::LabeledSpan &s : *table.spans[u][b])
            coders[1].push_back({s.label, s.start + offset, s.end + offset});
        offset += table.lengths[u];
    }
    if (offset == 0) {
        metrics::UnitizingAlpha none;
        none.alpha = metrics::undefinedCoefficient();
        none.perLabel.assign(size_t(numLabels), metrics::undefinedCoefficient());
        return none;
    }
    return metrics::unitizingAlpha(coders, offset, numLabels);
}

QJsonObject spanSection(
    const ProjectStore &store, const QString &task, const QString &schema, const AgreementReport::Options &options)
{
    const SpanTable table = spanTable(
        AgreementQueries(store).humanRows(schema, AgreementQueries::Level::Span), store.schema(schema).labelNames());
    QJsonObject section = sectionHead(task, schema, QStringLiteral("spans"), table);
    if (table.annotators.size() < 2)
        return section;
    const SectionBuilder builder(table, options);
    const int numLabels = int(table.labels.size());
    QJsonArray pairs;
    for (size_t a = 0; a < size_t(table.annotators.size()); ++a) {
        for (size_t b = a + 1; b < size_t(table.annotators.size()); ++b) {
            Indices common;
            for (size_t u = 0; u < table.spans.size(); ++u) {
                if (table.spans[u][a] && table.spans[u][b])
                    common.push_back(u);
            }
            const auto agreementOn = [&](const Indices &units) {
                std::vector<std::vector<metrics::LabeledSpan>> spansA, spansB;
                for (const size_t u : units) {
                    spansA.push_back(*table.spans[u][a]);
                    spansB.push_back(*table.spans[u][b]);
                }
                return metrics::spanAgreement(spansA, spansB, numLabels);
            };
            const metrics::SpanAgreement whole = agreementOn(common);
            const metrics::UnitizingAlpha unitizing = unitizingOn(table, common, a, b);
            QJsonObject pair = spanFigures(whole.micro,
                builder.interval(common, [&](const Indices &u) { return agreementOn(u).micro.exactF1; }),
                builder.interval(common, [&](const Indices &u) { return agreementOn(u).micro.partialF1; }));
            pair.insert(QStringLiteral("a"), table.annotators[int(a)]);
            pair.insert(QStringLiteral("b"), table.annotators[int(b)]);
            pair.insert(QStringLiteral("units"), int(common.size()));
            pair.insert(QStringLiteral("unitizing_alpha"),
                figure(unitizing.alpha,
                    builder.interval(common, [&](const Indices &u) { return unitizingOn(table, u, a, b).alpha; })));
            QJsonArray labels;
            for (int k = 0; options.perLabel && k < numLabels; ++k) {
                const metrics::SpanAgreementFigures &f = whole.perLabel[size_t(k)];
                if (f.spansA + f.spansB == 0)
                    continue;
                QJsonObject label = spanFigures(f,
                    builder.interval(
                        common, [&](const Indices &u) { return agreementOn(u).perLabel[size_t(k)].exactF1; }),
                    builder.interval(
                        common, [&](const Indices &u) { return agreementOn(u).perLabel[size_t(k)].partialF1; }));
                label.insert(QStringLiteral("label"), table.labels[k]);
                label.insert(QStringLiteral("unitizing_alpha"),
                    figure(unitizing.perLabel[size_t(k)], builder.interval(common, [&](const Indices &u) {
                        return unitizingOn(table, u, a, b).perLabel[size_t(k)];
                    })));
                labels.append(label);
            }
            pair.insert(QStringLiteral("labels"), labels);
            pairs.append(pair);
        }
    }
    section.insert(QStringLiteral("pairs"), pairs);
    return section;
}

} // namespace

QStringList AgreementReport::taskNames()
{
    return {kPersuasionLabels, kPersuasionSpans, kNarrative, kStance};
}

QJsonObject AgreementReport::compute(const ProjectStore &store, const QStringList &tasks, const Options &options)
{
    const QStringList chosen = tasks.isEmpty() ? taskNames() : tasks;
    for (const QString &task : chosen) {
        if (!taskNames().contains(task))
            throw Error(
                Error::tr("unknown agreement task '%1' (use %2)").arg(task, taskNames().join(QStringLiteral(", "))));
    }
    QJsonArray sections;
    for (const QString &task : chosen) {
        if (task == kPersuasionLabels) {
            sections.append(multiLabelSection(store, task, Schemas::Persuasion20, options));
        } else if (task == kPersuasionSpans) {
            sections.append(spanSection(store, task, Schemas::Persuasion20, options));
        } else if (task == kNarrative) {
            sections.append(singleLabelSection(store, task, Schemas::Oppositional2, options));
            sections.append(spanSection(store, task, Schemas::Narrative6, options));
        } else {
            sections.append(singleLabelSection(store, task, Schemas::Stance4, options));
        }
    }
    return {{QStringLiteral("confidence"), 0.95}, {QStringLiteral("resamples"), options.resamples},
        {QStringLiteral("seed"), QString::number(options.seed)}, {QStringLiteral("sections"), sections}};
}

} // namespace candor
