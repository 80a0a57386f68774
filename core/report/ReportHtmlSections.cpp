#include "core/report/ReportHtmlSections.h"

#include "core/report/HtmlText.h"
#include "core/report/ReportHtml.h"

#include <QLocale>

namespace candor::report_html {

void labelSection(HtmlPage &page, const LabelSection &section, const QList<ReportFigure> &figures,
    const QString &heading, const QString &anchor)
{
    page.body += QStringLiteral("<section id=\"%1\">\n<h2>%2</h2>\n<p class=\"note\">%3</p>\n")
                     .arg(anchor, html::text(heading), html::text(section.description));
    for (const ReportFigure &figure : ReportFigures::withPrefix(figures, section.schema + QLatin1Char('/')))
        page.figure(figure);
    if (section.cooccurrence.rows.size() > 1) {
        page.body += QStringLiteral("<h3>%1</h3>\n<p class=\"note\">%2</p>\n")
                         .arg(ReportHtml::tr("Together on one item"),
                             ReportHtml::tr("Items where both labels are present; the diagonal is each label's "
                                            "item count. Columns follow the rows' numbers."));
        CountGrid grid = section.cooccurrence;
        for (QString &row : grid.rows)
            row = displayLabel(row);
        grid.columns = grid.rows;
        page.heatMap(grid);
    }
    if (section.examples.isEmpty()) {
        page.body += QStringLiteral("</section>\n");
        return;
    }
    page.body += QStringLiteral("<h3>%1</h3>\n").arg(ReportHtml::tr("Examples"));
    QString current;
    for (const SpanExcerpt &excerpt : section.examples) {
        if (excerpt.label != current) {
            current = excerpt.label;
            page.body += QStringLiteral("<h4>%1</h4>\n").arg(html::text(displayLabel(current)));
        }
        page.example(excerpt, section.colourOf(excerpt.label));
    }
    page.body += QStringLiteral("</section>\n");
}

void narrativeSection(HtmlPage &page, const NarrativeSection &section, const QList<ReportFigure> &figures)
{
    page.body += QStringLiteral("<section id=\"narratives\">\n<h2>%1</h2>\n").arg(ReportHtml::tr("Narratives"));
    for (const ReportFigure &figure : ReportFigures::withPrefix(figures, QStringLiteral("oppositional-2/")))
        page.figure(figure);
    page.body += QStringLiteral("</section>\n");
    if (section.roles)
        labelSection(page, *section.roles, figures, ReportHtml::tr("Narrative roles"), QStringLiteral("roles"));
}

void threadSection(HtmlPage &page, const ThreadSection &section, const QList<ReportFigure> &figures)
{
    const QLocale locale;
    page.body += QStringLiteral("<section id=\"threads\">\n<h2>%1</h2>\n<p>%2</p>\n")
                     .arg(ReportHtml::tr("Threads"),
                         ReportHtml::tr("%1 threads, %2 posts.")
                             .arg(locale.toString(section.threads), locale.toString(section.posts)));
    if (section.modelStances)
        page.body += QStringLiteral("<p class=\"note\">%1</p>\n")
                         .arg(ReportHtml::tr("No person or dataset labelled a stance here: the stances below are "
                                             "the model's."));
    for (const ReportFigure &figure : ReportFigures::withPrefix(figures, QStringLiteral("threads/")))
        page.figure(figure);
    if (!section.mostDenied.isEmpty()) {
        page.body
            += QStringLiteral("<h3>%1</h3>\n<table class=\"threads\"><thead><tr><th>%2</th><th>%3</th>"
                              "<th>%4</th><th>%5</th><th>%6</th></tr></thead><tbody>\n")
                   .arg(ReportHtml::tr("Most denied threads"), ReportHtml::tr("thread"), ReportHtml::tr("source post"),
                       ReportHtml::tr("veracity"), ReportHtml::tr("denials"), ReportHtml::tr("replies"));
        for (const DeniedThread &thread : section.mostDenied)
            page.body
                += QStringLiteral("<tr><td><bdi>%1</bdi><br><bdi>%2</bdi></td><td><bdi>%3%4</bdi></td>"
                                  "<td>%5</td><td>%6</td><td>%7</td></tr>\n")
                       .arg(html::shortText(thread.source, 80), html::shortText(thread.externalId, 80),
                           html::text(thread.text), thread.cut ? QString(QChar(0x2026)) : QString(),
                           thread.veracity.isEmpty() ? QStringLiteral("–") : html::text(displayLabel(thread.veracity)),
                           locale.toString(thread.denies), locale.toString(thread.replies));
        page.body += QStringLiteral("</tbody></table>\n");
    }
    // The window's stance timeline of the threads at the top of that list (drawn by the widgets layer).
    bool titled = false;
    for (const DeniedThread &thread : section.mostDenied.mid(0, ReportFigures::kTimelineThreads)) {
        if (!page.hasDrawing(ReportFigures::timelineId(thread.itemId)))
            continue;
        if (!titled)
            page.body += QStringLiteral("<h3>%1</h3>\n").arg(ReportHtml::tr("Stance over time"));
        titled = true;
        page.drawing(ReportFigures::timelineId(thread.itemId),
            thread.source + QLatin1Char(' ') + thread.externalId + QStringLiteral(": ") + thread.text.left(120));
    }
    page.body += QStringLiteral("</section>\n");
}

} // namespace candor::report_html
