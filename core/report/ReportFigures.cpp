#include "core/report/ReportFigures.h"

#include "core/domain/LabelSchema.h"
#include "core/i18n/Translations.h"

namespace candor {

namespace {

// Origins keep one colour across every figure: gold the dataset's, human the annotators', model the machine's.
const QList<QColor> kOriginColours{QColor(0xc9, 0x9a, 0x06), QColor(0x2b, 0x7b, 0xb9), QColor(0x8e, 0x44, 0xad)};

QStringList displayed(const QStringList &labels)
{
    QStringList names;
    for (const QString &label : labels)
        names.append(displayLabel(label));
    return names;
}

CountGrid transposed(const CountGrid &grid)
{
    CountGrid result;
    result.rows = grid.columns;
    result.columns = grid.rows;
    result.cells = QList<QList<qint64>>(result.rows.size(), QList<qint64>(result.columns.size(), 0));
    for (int row = 0; row < grid.rows.size(); ++row)
        for (int column = 0; column < grid.columns.size(); ++column)
            result.cells[column][row] = grid.at(row, column);
    return result;
}

QList<QColor> labelColours(const QStringList &labels, const QString &schemaName)
{
    const LabelSchema schema = builtinSchema(schemaName);
    QList<QColor> colours;
    for (const QString &label : labels) {
        const int index = schema.indexOf(label);
        colours.append(index >= 0 ? schema.labels.at(index).colour : QColor(Qt::gray));
    }
    return colours;
}

void labelFigures(QList<ReportFigure> &figures, const LabelSection &section)
{
    const QString prefix = section.schema + QLatin1Char('/');
    ReportFigure origin{prefix + QStringLiteral("origin"), ReportFigures::tr("Items per label and origin"),
        ReportFigure::Kind::Bars, {}, kOriginColours, ReportFigures::tr("items")};
    origin.data.columns
        = QStringList{ReportFigures::tr("gold"), ReportFigures::tr("human"), ReportFigures::tr("model")};
    for (const LabelFrequency &frequency : section.frequencies) {
        origin.data.rows.append(displayLabel(frequency.label.name));
        origin.data.cells.append({frequency.gold, frequency.human, frequency.model});
    }
    // An origin with no row at all leaves its series out: three bars per label where one says everything would
    // only make the bars thin.
    for (qsizetype column = origin.data.columns.size() - 1; column >= 0; --column) {
        qint64 total = 0;
        for (const QList<qint64> &row : origin.data.cells)
            total += row.at(column);
        if (total > 0 || origin.data.columns.size() == 1)
            continue;
        origin.data.columns.removeAt(column);
        origin.seriesColours.removeAt(column);
        for (QList<qint64> &row : origin.data.cells)
            row.removeAt(column);
    }
    figures.append(origin);
    if (section.bySource.columns.size() > 1) {
        // Stacked by source: where each label comes from, one bar per label.
        ReportFigure bySource{prefix + QStringLiteral("source"), ReportFigures::tr("Items per label and source"),
            ReportFigure::Kind::StackedBars, section.bySource, {}, ReportFigures::tr("items")};
        bySource.data.rows = displayed(section.bySource.rows);
        figures.append(bySource);
    }
    if (section.byMonth.columns.size() > 1) {
        ReportFigure byMonth{prefix + QStringLiteral("month"), ReportFigures::tr("Items per label and month"),
            ReportFigure::Kind::Lines, transposed(section.byMonth), labelColours(section.byMonth.rows, section.schema),
            ReportFigures::tr("items")};
        byMonth.data.columns = displayed(section.byMonth.rows);
        figures.append(byMonth);
    }
}

} // namespace

QString displayLabel(const QString &label)
{
    return Translations::labelName(label);
}

QList<ReportFigure> ReportFigures::of(const ReportModel &model)
{
    QList<ReportFigure> figures;
    for (const LabelSection &section : model.techniques)
        labelFigures(figures, section);
    if (model.narratives) {
        const NarrativeSection &narratives = *model.narratives;
        if (!narratives.bySource.isEmpty()) {
            ReportFigure bySource{QStringLiteral("oppositional-2/source"), tr("Conspiracy and critical per source"),
                ReportFigure::Kind::Bars, transposed(narratives.bySource),
                labelColours(narratives.bySource.rows, Schemas::Oppositional2), tr("items")};
            bySource.data.columns = displayed(narratives.bySource.rows);
            figures.append(bySource);
        }
        if (narratives.byLanguage.columns.size() > 1) {
            ReportFigure byLanguage{QStringLiteral("oppositional-2/language"),
                tr("Conspiracy and critical per language"), ReportFigure::Kind::Bars, transposed(narratives.byLanguage),
                labelColours(narratives.byLanguage.rows, Schemas::Oppositional2), tr("items")};
            byLanguage.data.columns = displayed(narratives.byLanguage.rows);
            for (QString &language : byLanguage.data.rows)
                language = language.isEmpty() ? tr("(unknown)") : language;
            figures.append(byLanguage);
        }
        if (narratives.byMonth.columns.size() > 1) {
            ReportFigure byMonth{QStringLiteral("oppositional-2/month"), tr("Conspiracy and critical per month"),
                ReportFigure::Kind::Lines, transposed(narratives.byMonth),
                labelColours(narratives.byMonth.rows, Schemas::Oppositional2), tr("items")};
            byMonth.data.columns = displayed(narratives.byMonth.rows);
            figures.append(byMonth);
        }
        if (narratives.roles)
            labelFigures(figures, *narratives.roles);
    }
    if (model.verdicts)
        labelFigures(figures, *model.verdicts);
    if (model.threads && !model.threads->stanceByVeracity.isEmpty()) {
        const CountGrid &grid = model.threads->stanceByVeracity;
        ReportFigure figure{QStringLiteral("threads/veracity"), tr("Stance of the posts per thread veracity"),
            ReportFigure::Kind::StackedBars, transposed(grid), labelColours(grid.rows, Schemas::Stance4), tr("posts")};
        figure.data.columns = displayed(grid.rows);
        for (QString &veracity : figure.data.rows)
            veracity = veracity.isEmpty() ? tr("(no veracity label)") : displayLabel(veracity);
        figures.append(figure);
    }
    return figures;
}

QList<ReportFigure> ReportFigures::withPrefix(const QList<ReportFigure> &figures, const QString &prefix)
{
    QList<ReportFigure> result;
    for (const ReportFigure &figure : figures)
        if (figure.id.startsWith(prefix))
            result.append(figure);
    return result;
}

} // namespace candor
