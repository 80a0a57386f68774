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
    QList<ModelSummary> models;
};

} // namespace candor
