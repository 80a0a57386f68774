#pragma once

#include "core/store/ItemQuery.h"
#include "core/store/ReportQueries.h"

#include <QColor>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace candor {

// What a report covers: the browser's filter (a saved one names it), optionally narrowed to several sources,
// and the score from which a model's row counts as said.
struct ReportScope
{
    ItemQuery query;
    QString filterName; // the saved filter's name, empty when the query was given directly
    QStringList sources; // any when empty
    double modelThreshold = 0.5;
};

// A table of counts with labelled rows and columns (label x source, label x month, label x label).
struct CountGrid
{
    QStringList rows;
    QStringList columns;
    QList<QList<qint64>> cells; // cells[row][column]

    bool isEmpty() const { return rows.isEmpty() || columns.isEmpty(); }
    qint64 at(int row, int column) const { return cells.at(row).at(column); }
    qint64 max() const;
};

// The largest cell off the diagonal of a square grid (the co-occurrence heat map's scale).
qint64 offDiagonalMax(const CountGrid &square);

struct LabelInfo
{
    QString name; // the official name (renderers translate it for display)
    QColor colour; // the window's colour of the label
};

struct LabelFrequency
{
    LabelInfo label;
    qint64 gold = 0;
    qint64 human = 0;
    qint64 model = 0;
};

// One label schema's section: persuasion techniques (persuasion-20 / -22) or narrative roles (narrative-6).
struct LabelSection
{
    QString schema;
    QString description; // the schema's own description
    QList<LabelFrequency> frequencies; // every label of the schema with a live row, schema order
    CountGrid bySource; // labels x sources
    CountGrid byMonth; // labels x "yyyy-MM" (empty without dated items)
    CountGrid cooccurrence; // labels x labels, symmetric, the diagonal the label's item count
    QList<SpanExcerpt> examples; // up to examplesPerLabel per label, in frequency order
    QColor colourOf(const QString &label) const;
};

// The PAN category per source and over time (oppositional-2).
struct NarrativeSection
{
    CountGrid bySource; // CONSPIRACY / CRITICAL x sources
    CountGrid byLanguage; // CONSPIRACY / CRITICAL x languages ("" when unknown)
    CountGrid byMonth;
    std::optional<LabelSection> roles; // narrative-6 spans
};

struct ThreadSection
{
    qint64 threads = 0;
    qint64 posts = 0;
    bool modelStances = false; // the stances are the model's (no reference rows in scope)
    CountGrid stanceByVeracity; // stance x veracity ("" -> no label)
    QList<DeniedThread> mostDenied;
};

// One figure of an evaluation with its 95% bootstrap interval (absent for an evaluation made before Candor drew
// intervals, or where no resample defined the figure).
struct ScoreFigure
{
    QString name; // the scorer's key: micro_f1, stance_macro_f1, ...
    double value = 0;
    std::optional<double> low;
    std::optional<double> high;
};

struct LabelScore
{
    QString label; // official name
    double precision = 0;
    double recall = 0;
    ScoreFigure f1;
    std::optional<qint64> support; // gold items with the label (item labels only)
};

// The newest `candor-cli eval` (or Evaluate in the window) of a model version on one split.
struct ModelEvaluation
{
    QString split;
    qint64 items = 0; // items, or threads for the thread task
    QString unit; // what the bootstrap resampled: "item" or "thread"; empty without intervals
    int resamples = 0;
    QDateTime finishedAt;
    QList<ScoreFigure> scores;
    QList<LabelScore> perLabel; // in the scorer's label order (alphabetical)
};

// A near-duplicate of a flagged post (same picture or same wording) and what is known of it.
struct ClusterMember
{
    qint64 itemId = 0;
    QString source;
    QString externalId;
    QString text; // cut to the excerpt length
    bool cut = false;
    double similarity = 0; // SimilarItem::similarity: 1 - bits/32 for images, the Jaccard estimate for text
    bool sameImage = false;
    QString verdict; // fake-2 of the best origin present, empty when none
    QString verdictOrigin; // gold, human or model
    QString factCheck; // the fact check's rating name, empty without one
};

// A post the verdict section shows as flagged fake and its near-duplicates: the same claim travelling.
struct VerdictCluster
{
    qint64 itemId = 0;
    QString source;
    QString externalId;
    QList<ClusterMember> members; // nearest first, at most ReportOptions::clusterMembers
    bool more = false; // there were more than that
};

struct ModelSummary
{
    QString task;
    qint64 versionId = 0;
    QString name;
    QDateTime createdAt;
    bool pinned = false;
    QList<QPair<QString, double>> scores; // the dev (or top-level) numeric scores
    QString baseline; // cvSummary (when selection was cross-validated), then baselineSummary: the constant answer
    bool noBetterThanConstant = false;
    QList<QPair<QString, QString>> data; // what it was trained on: data snapshot keys and values as text
    QList<QPair<QString, QString>> config; // its configuration, scalar keys only
    QList<ModelEvaluation> evaluations; // the newest evaluation per split, splits sorted
};

// One agreement figure set: the whole team on a schema (alpha, Fleiss' kappa) or one pair of annotators on
// spans (exact and partial F1, unitizing alpha), each figure with its 95% bootstrap interval.
struct AgreementRow
{
    QString task;
    QString schema;
    QStringList annotators;
    qint64 units = 0; // items (posts for stance) both or all of them annotated
    QList<ScoreFigure> figures;
};

// The team: who annotated how much of the scope, and how far they agree (the whole project, as the agreement
// command computes it, so the figures do not move with a filter that picks items by what people said).
struct AnnotatorSection
{
    qint64 scopeItems = 0;
    QList<KeyCount> progress; // items in scope with each annotator's rows
    QList<AgreementRow> agreement;
    QStringList notes; // the schemas without two annotators, as the agreement command says it
    int resamples = 0;
};

struct ReportModel
{
    // Title page.
    QString projectName;
    QString projectPath;
    QString filterDescription; // "all items" or the filter's fields
    QDateTime generatedAt; // UTC
    QString generatedBy;
    double modelThreshold = 0.5;
    qint64 items = 0;
    QList<KeyCount> byKind;
    QList<KeyCount> bySource;
    QList<KeyCount> byLanguage;
    QList<KeyCount> bySplit;

    // Sections, each present only when the scope has its data.
    QList<LabelSection> techniques; // persuasion-20, persuasion-22
    std::optional<NarrativeSection> narratives;
    std::optional<ThreadSection> threads;
    std::optional<LabelSection> verdicts; // fake-2 (MediaEval): the model's most confident "fake" first
    QList<VerdictCluster> verdictClusters; // the near-duplicates of the posts the verdict section shows as fake
    QList<ModelSummary> models;
    std::optional<AnnotatorSection> annotators; // when two or more people annotated items in scope
};

} // namespace candor
