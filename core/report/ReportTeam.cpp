#include "core/report/ReportTeam.h"

#include "core/agreement/AgreementReport.h"
#include "core/report/EvaluationTables.h"
#include "core/report/HtmlText.h"
#include "core/store/ReportQueries.h"

#include <QJsonArray>
#include <QLocale>

namespace candor {

namespace {

constexpr int kMostAnnotators = 50;

// {"value", "low", "high"} (null where undefined) as a figure; nullopt without a value.
std::optional<ScoreFigure> figureOf(const QString &name, const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    if (!object.value(QStringLiteral("value")).isDouble())
        return std::nullopt;
    ScoreFigure figure{name, object.value(QStringLiteral("value")).toDouble(), std::nullopt, std::nullopt};
    if (object.value(QStringLiteral("low")).isDouble() && object.value(QStringLiteral("high")).isDouble()) {
        figure.low = object.value(QStringLiteral("low")).toDouble();
        figure.high = object.value(QStringLiteral("high")).toDouble();
    }
    return figure;
}

void addFigures(AgreementRow &row, const QJsonObject &from, const QStringList &keys)
{
    for (const QString &key : keys)
        if (const std::optional<ScoreFigure> figure = figureOf(key, from.value(key)))
            row.figures.append(*figure);
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &one : value.toArray())
        strings.append(one.toString());
    return strings;
}

} // namespace

QList<AgreementRow> ReportTeam::rowsOf(const QJsonObject &agreement, QStringList *notes)
{
    static const QStringList kCategoryFigures{QStringLiteral("krippendorff_alpha"), QStringLiteral("fleiss_kappa")};
    static const QStringList kSpanFigures{
        QStringLiteral("exact_f1"), QStringLiteral("partial_f1"), QStringLiteral("unitizing_alpha")};
    QList<AgreementRow> rows;
    for (const QJsonValue &value : agreement.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject section = value.toObject();
        const QString task = section.value(QStringLiteral("task")).toString();
        const QString schema = section.value(QStringLiteral("schema")).toString();
        const QString kind = section.value(QStringLiteral("kind")).toString();
        if (section.contains(QStringLiteral("note"))) {
            if (notes)
                notes->append(section.value(QStringLiteral("note")).toString());
            continue;
        }
        if (kind == QLatin1String("spans")) {
            for (const QJsonValue &pairValue : section.value(QStringLiteral("pairs")).toArray()) {
                const QJsonObject pair = pairValue.toObject();
                AgreementRow row{task, schema,
                    {pair.value(QStringLiteral("a")).toString(), pair.value(QStringLiteral("b")).toString()},
                    pair.value(QStringLiteral("units")).toInteger(), {}};
                addFigures(row, pair, kSpanFigures);
                rows.append(row);
            }
            continue;
        }
        // Multi-label agreement pools every item × label decision ("micro"); one category per item is direct.
        const QJsonObject figures
            = kind == QLatin1String("multi-label") ? section.value(QStringLiteral("micro")).toObject() : section;
        AgreementRow row{task, schema, stringsOf(section.value(QStringLiteral("annotators"))),
            figures.value(QStringLiteral("units")).toInteger(), {}};
        addFigures(row, figures, kCategoryFigures);
        rows.append(row);
    }
    return rows;
}

std::optional<AnnotatorSection> ReportTeam::build(
    const ProjectStore &store, const ReportQueries &queries, qint64 scopeItems, int resamples)
{
    AnnotatorSection section;
    section.progress = queries.annotatorProgress(kMostAnnotators);
    if (section.progress.size() < 2)
        return std::nullopt;
    section.scopeItems = scopeItems;
    section.resamples = resamples;
    AgreementReport::Options options;
    options.resamples = resamples;
    options.perLabel = false; // the report shows each schema's (or pair's) overall figures
    section.agreement = rowsOf(AgreementReport::compute(store, {}, options), &section.notes);
    return section;
}

QString ReportTeam::html(const AnnotatorSection &section, const QString &tableStart)
{
    QString html = tableStart
        + QStringLiteral("<thead><tr><th>%1</th><th>%2</th><th>%3</th></tr></thead><tbody>\n")
              .arg(tr("annotator"), tr("items annotated"), tr("share of the items in scope"));
    for (const KeyCount &annotator : section.progress)
        html += QStringLiteral("<tr><td><bdi>%1</bdi></td><td>%2</td><td>%3</td></tr>\n")
                    .arg(annotator.key.isEmpty() ? tr("(no name)") : html::shortText(annotator.key, 80),
                        QLocale().toString(annotator.count),
                        QLocale().toString(
                            100.0 * double(annotator.count) / double(qMax<qint64>(1, section.scopeItems)), 'f', 1)
                            + QStringLiteral(" %"));
    html += QStringLiteral("</tbody></table>\n");
    if (!section.agreement.isEmpty()) {
        html += QStringLiteral("<p class=\"note\">%1</p>\n")
                    .arg(tr("Agreement over the whole project, as candor-cli agreement computes it: in brackets 95% "
                            "percentile-bootstrap intervals, %n resample(s) of the items (posts for stance).",
                        nullptr, section.resamples));
        html += tableStart
            + QStringLiteral("<thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr></thead><tbody>\n")
                  .arg(tr("task (schema)"), tr("annotators"), tr("items"), tr("agreement [95% interval]"));
        for (const AgreementRow &row : section.agreement) {
            QStringList figures;
            for (const ScoreFigure &figure : row.figures)
                figures.append(html::text(figure.name) + QLatin1Char(' ') + EvaluationTables::figureText(figure));
            QStringList names;
            for (const QString &name : row.annotators)
                names.append(QStringLiteral("<bdi>%1</bdi>").arg(html::shortText(name, 80)));
            html += QStringLiteral("<tr><td>%1 (%2)</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                        .arg(html::text(row.task), html::text(row.schema), names.join(QStringLiteral(", ")),
                            QLocale().toString(row.units),
                            figures.isEmpty() ? QStringLiteral("–") : figures.join(QStringLiteral("<br>")));
        }
        html += QStringLiteral("</tbody></table>\n");
    }
    for (const QString &note : section.notes)
        html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(html::text(note));
    return html;
}

} // namespace candor
