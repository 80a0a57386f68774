#include "widgets/report/ReportPdf.h"

#include "core/domain/Error.h"
#include "core/report/EvaluationTables.h"
#include "core/report/HtmlText.h"
#include "core/report/ReportFigures.h"
#include "core/report/ReportHtml.h"
#include "core/report/ReportMethodNotes.h"
#include "core/report/ReportTeam.h"
#include "core/report/VerdictClusters.h"
#include "widgets/report/PdfFlow.h"
#include "widgets/report/ThreadTimelines.h"

#include <QLocale>
#include <QPdfWriter>

namespace candor {

namespace {

// The report's words are ReportHtml's: one catalogue entry per phrase, whichever format a reader picks.

QString number(qint64 value)
{
    return QLocale().toString(value);
}

// The window's span fill on paper: the label colour over white (QTextDocument has no alpha blending).
QString highlight(const QColor &colour)
{
    const QColor c = colour.isValid() ? colour : QColor(Qt::gray);
    const auto mix = [](int channel) { return int(channel * 0.35 + 255 * 0.65); };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue())).name();
}

// As the HTML page's heat map: numbered columns, shades scaled to the largest pair, the diagonal in grey.
QString heatTable(const CountGrid &square)
{
    const qint64 largest = qMax<qint64>(1, offDiagonalMax(square));
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\"><tr><th></th>");
    for (int column = 0; column < square.columns.size(); ++column)
        html += QStringLiteral("<th>%1</th>").arg(column + 1);
    html += QStringLiteral("</tr>");
    for (int row = 0; row < square.rows.size(); ++row) {
        html += QStringLiteral("<tr><th align=\"left\">%1 %2</th>")
                    .arg(row + 1)
                    .arg(html::shortText(square.rows.at(row), 50));
        for (int column = 0; column < square.columns.size(); ++column) {
            const qint64 value = square.at(row, column);
            const int light = 255 - int(qMin(largest, value) * 200 / largest);
            const QColor shade
                = row == column ? QColor(0xee, 0xee, 0xee) : QColor(light, light + (255 - light) / 3, 255);
            html += QStringLiteral("<td align=\"right\" bgcolor=\"%1\"><font color=\"%2\">%3</font></td>")
                        .arg(shade.name(),
                            row != column && light < 110 ? QStringLiteral("#ffffff") : QStringLiteral("#1b1b1b"),
                            number(value));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString countTable(const QList<KeyCount> &counts, const QString &heading)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>%1</th><th>%2</th>"
                                  "</tr>")
                       .arg(html::text(heading), ReportHtml::tr("items"));
    for (const KeyCount &count : counts)
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                    .arg(count.key.isEmpty() ? ReportHtml::tr("(none)") : html::shortText(count.key, 60),
                        number(count.count));
    return html + QStringLiteral("</table>");
}

void titlePage(PdfFlow &flow, const ReportModel &model)
{
    QString html = QStringLiteral("<h1>%1</h1><p class=\"note\">%2</p><table cellpadding=\"2\">")
                       .arg(ReportHtml::tr("Candor report: %1").arg(html::shortText(model.projectName, 120)),
                           ReportHtml::tr("What a project holds, what its models say and how well they do."));
    const auto row = [&html](const QString &term, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(term, value);
    };
    row(ReportHtml::tr("Project"), html::shortText(model.projectPath, 300));
    row(ReportHtml::tr("Filter"), html::shortText(model.filterDescription, 600));
    row(ReportHtml::tr("Generated"), model.generatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    row(ReportHtml::tr("By"), html::shortText(model.generatedBy, 120));
    row(ReportHtml::tr("Model score threshold"), QLocale().toString(model.modelThreshold, 'f', 2));
    row(ReportHtml::tr("Items"), number(model.items));
    html += QStringLiteral("</table><p></p><table cellpadding=\"6\"><tr><td valign=\"top\">%1</td><td valign=\"top\">"
                           "%2</td></tr><tr><td valign=\"top\">%3</td><td valign=\"top\">%4</td></tr></table>")
                .arg(countTable(model.byKind, ReportHtml::tr("kind")),
                    countTable(model.bySource, ReportHtml::tr("source")),
                    countTable(model.byLanguage, ReportHtml::tr("language")),
                    countTable(model.bySplit, ReportHtml::tr("split")));
    flow.text(html);
    flow.newPage();
}

void labelSection(
    PdfFlow &flow, const LabelSection &section, const QList<ReportFigure> &figures, const QString &heading)
{
    flow.text(QStringLiteral("<h2>%1</h2><p class=\"note\">%2</p>")
                  .arg(html::text(heading), html::text(section.description)));
    for (const ReportFigure &figure : ReportFigures::withPrefix(figures, section.schema + QLatin1Char('/'))) {
        flow.chart(figure);
    }
    if (section.cooccurrence.rows.size() > 1) {
        CountGrid grid = section.cooccurrence;
        for (QString &row : grid.rows)
            row = displayLabel(row);
        grid.columns = grid.rows;
        // Heading, note and table in one block: a page break never parts them.
        flow.text(QStringLiteral("<h3>%1</h3><p class=\"note\">%2</p>%3")
                      .arg(ReportHtml::tr("Together on one item"),
                          ReportHtml::tr("Items where both labels are present; the diagonal is each label's "
                                         "item count. Columns follow the rows' numbers."),
                          heatTable(grid)));
    }
    if (!section.examples.isEmpty())
        flow.text(QStringLiteral("<h3>%1</h3>").arg(ReportHtml::tr("Examples")));
    QString current;
    for (const SpanExcerpt &excerpt : section.examples) {
        QString html;
        if (excerpt.label != current) {
            current = excerpt.label;
            html += QStringLiteral("<h4>%1</h4>").arg(html::text(displayLabel(current)));
        }
        const QString ellipsis(QChar(0x2026));
        html += QStringLiteral(
            "<p style=\"white-space:pre-wrap\">%1%2<span style=\"background-color:%3\">%4%5</span>%6%7</p>")
                    .arg(excerpt.cutBefore ? ellipsis : QString(), html::text(excerpt.before),
                        highlight(section.colourOf(excerpt.label)), html::text(excerpt.span),
                        excerpt.cutSpan ? ellipsis : QString(), html::text(excerpt.after),
                        excerpt.cutAfter ? ellipsis : QString());
        const QString origin = excerpt.origin == Origin::Gold ? ReportHtml::tr("gold")
            : excerpt.origin == Origin::Human                 ? ReportHtml::tr("human")
            : excerpt.score ? ReportHtml::tr("model %1").arg(*excerpt.score, 0, 'f', 2)
                            : ReportHtml::tr("model");
        html += QStringLiteral("<p class=\"meta\">%1 · %2 · %3</p>")
                    .arg(html::shortText(excerpt.source, 80), html::shortText(excerpt.externalId, 80), origin);
        flow.text(html);
    }
}

void threadSection(PdfFlow &flow, const ThreadSection &section, const QList<ReportFigure> &figures)
{
    flow.text(QStringLiteral("<h2>%1</h2><p>%2</p>%3")
                  .arg(ReportHtml::tr("Threads"),
                      ReportHtml::tr("%1 threads, %2 posts.").arg(number(section.threads), number(section.posts)),
                      section.modelStances
                          ? QStringLiteral("<p class=\"note\">%1</p>")
                                .arg(ReportHtml::tr("No person or dataset labelled a stance here: the stances "
                                                    "below are the model's."))
                          : QString()));
    for (const ReportFigure &figure : ReportFigures::withPrefix(figures, QStringLiteral("threads/"))) {
        flow.chart(figure);
    }
    if (section.mostDenied.isEmpty())
        return;
    QString html
        = QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>%2</th>"
                         "<th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
              .arg(ReportHtml::tr("Most denied threads"), ReportHtml::tr("thread"), ReportHtml::tr("source post"),
                  ReportHtml::tr("veracity"), ReportHtml::tr("denials"), ReportHtml::tr("replies"));
    for (const DeniedThread &thread : section.mostDenied)
        html += QStringLiteral("<tr><td>%1<br>%2</td><td>%3%4</td><td>%5</td><td align=\"right\">%6</td>"
                               "<td align=\"right\">%7</td></tr>")
                    .arg(html::shortText(thread.source, 60), html::shortText(thread.externalId, 60),
                        html::text(thread.text), thread.cut ? QString(QChar(0x2026)) : QString(),
                        thread.veracity.isEmpty() ? QStringLiteral("–") : html::text(displayLabel(thread.veracity)),
                        number(thread.denies), number(thread.replies));
    flow.text(html + QStringLiteral("</table>"));
}

void modelsAndMethod(PdfFlow &flow, const ReportModel &model)
{
    if (!model.models.isEmpty()) {
        QString html = QStringLiteral("<h2>%1</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>"
                                      "<th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                           .arg(ReportHtml::tr("Models"), ReportHtml::tr("task"), ReportHtml::tr("current version"),
                               ReportHtml::tr("dev scores"), ReportHtml::tr("constant-answer baseline"));
        for (const ModelSummary &summary : model.models) {
            QStringList scores;
            for (const auto &score : summary.scores)
                scores.append(html::text(score.first) + QLatin1Char(' ') + QString::number(score.second, 'f', 3));
            html += QStringLiteral("<tr><td>%1</td><td>%2 (#%3)</td><td>%4</td><td%5>%6</td></tr>")
                        .arg(html::text(summary.task), html::shortText(summary.name, 120),
                            QString::number(summary.versionId), scores.join(QStringLiteral("<br>")),
                            summary.noBetterThanConstant ? QStringLiteral(" class=\"warn\"") : QString(),
                            summary.baseline.isEmpty() ? ReportHtml::tr("none stored") : html::text(summary.baseline));
        }
        flow.text(html + QStringLiteral("</table>"));
        for (const ModelSummary &summary : model.models)
            flow.text(EvaluationTables::html(
                summary, QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">")));
    }
    if (model.annotators)
        flow.text(QStringLiteral("<h2>%1</h2>").arg(ReportHtml::tr("Annotators"))
            + ReportTeam::html(
                *model.annotators, QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">")));
    QString html = QStringLiteral("<h2>%1</h2>").arg(ReportMethodNotes::tr("Method notes"));
    for (const QString &note : ReportMethodNotes::counting(model))
        html += QStringLiteral("<p>%1</p>").arg(html::shortText(note, 2000));
    for (const QString &line : ReportMethodNotes::models(model))
        html += QStringLiteral("<p>%1</p>").arg(html::shortText(line, 4000));
    flow.text(html);
}

} // namespace

int ReportPdf::write(const ReportModel &model, QIODevice *device, const ProjectStore *store)
{
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(96);
    writer.setTitle(ReportHtml::tr("Candor report: %1").arg(model.projectName));
    writer.setCreator(QStringLiteral("Candor"));
    PdfFlow flow(writer);
    if (!flow.isActive())
        throw Error(Error::tr("cannot start the PDF document"));
    const QList<ReportFigure> figures = ReportFigures::of(model);
    titlePage(flow, model);
    for (const LabelSection &section : model.techniques)
        labelSection(flow, section, figures, ReportHtml::tr("Persuasion techniques (%1)").arg(section.schema));
    if (model.narratives) {
        flow.text(QStringLiteral("<h2>%1</h2>").arg(ReportHtml::tr("Narratives")));
        for (const ReportFigure &figure : ReportFigures::withPrefix(figures, QStringLiteral("oppositional-2/"))) {
            flow.chart(figure);
        }
        if (model.narratives->roles)
            labelSection(flow, *model.narratives->roles, figures, ReportHtml::tr("Narrative roles"));
    }
    if (model.threads) {
        threadSection(flow, *model.threads, figures);
        if (store)
            for (const DeniedThread &thread : model.threads->mostDenied.mid(0, ReportFigures::kTimelineThreads))
                flow.drawing(ReportHtml::tr("Stance over time") + QStringLiteral(": ")
                        + html::shortText(thread.source + QLatin1Char(' ') + thread.externalId, 120),
                    340, [store, &thread](QPainter *painter, const QRectF &target) {
                        ThreadTimelines::paint(*store, thread.itemId, painter, target);
                    });
    }
    if (model.verdicts) {
        labelSection(flow, *model.verdicts, figures, ReportHtml::tr("Post verdicts"));
        if (!model.verdictClusters.isEmpty())
            flow.text(VerdictClusters::html(
                model.verdictClusters, QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">")));
    }
    modelsAndMethod(flow, model);
    const int pages = flow.pageCount();
    if (!flow.end())
        throw Error(Error::tr("cannot finish the PDF document"));
    return pages;
}

} // namespace candor
