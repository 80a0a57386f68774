#include "core/report/ReportHtml.h"

#include "core/i18n/Translations.h"
#include "core/report/EvaluationTables.h"
#include "core/report/HtmlPage.h"
#include "core/report/HtmlText.h"
#include "core/report/ReportHtmlSections.h"
#include "core/report/ReportMethodNotes.h"
#include "core/report/ReportTeam.h"
#include "core/report/VerdictClusters.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>

namespace candor {

namespace {

// Print-friendly and readable on screen; classes only (no style attribute anywhere), so the one style block
// is all the policy has to allow.
const char *const kCss = R"css(
body{font-family:"DejaVu Sans","Noto Sans",Arial,sans-serif;color:#1b1b1b;background:#fff;margin:2em auto;
max-width:60em;padding:0 1em;line-height:1.45}
h1{font-size:1.9em;margin-bottom:.2em}h2{border-bottom:2px solid #ccc;padding-bottom:.2em;margin-top:2em}
header.title{page-break-after:always;break-after:page}
dl.meta{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dl.meta dt{font-weight:bold}
dl.meta dd{margin:0}
.counts-grid{display:flex;flex-wrap:wrap;gap:1.5em;align-items:flex-start}
table{border-collapse:collapse;margin:.6em 0;font-size:.9em}th,td{border:1px solid #ccc;padding:.2em .5em;
text-align:right}th:first-child,td:first-child{text-align:left}thead th{background:#f0f0f0}
figure{margin:1em 0;break-inside:avoid}figcaption{font-weight:bold;margin-bottom:.3em}
figure svg{max-width:100%;height:auto}
.note{color:#555;font-size:.9em}
blockquote.example{margin:.5em 0;padding:.4em .8em;border-left:4px solid #ddd;background:#fafafa;
white-space:pre-wrap;overflow-wrap:anywhere}blockquote.example p{margin:0}
blockquote.example footer{color:#666;font-size:.8em;margin-top:.3em}
mark{color:inherit}
.warn{color:#a40000;font-weight:bold}
table.heat td.h0{background:#fff}table.heat td.h1{background:#eef4fb}table.heat td.h2{background:#dce9f7}
table.heat td.h3{background:#c6dbef}table.heat td.h4{background:#9ecae1}table.heat td.h5{background:#6baed6}
table.heat td.h6{background:#4292c6;color:#fff}table.heat td.h7{background:#2171b5;color:#fff}
table.heat td.h8{background:#08519c;color:#fff}table.heat td.h9{background:#08306b;color:#fff}
table.heat td.diag{background:#eee;font-weight:bold}table.heat td{min-width:1.6em}
div.wide{overflow-x:auto;max-width:100%}table.threads td:nth-child(2){text-align:left}
table.clusters td{text-align:left;vertical-align:top}
@media print{table.heat{font-size:.6em}table.heat th:first-child{max-width:12em}}table.heat{font-size:.8em}table.heat th,table.heat td{padding:.1em .3em}
)css";

QString dateText(const QDateTime &time)
{
    return QLocale().toString(time.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

void titlePage(HtmlPage &page, const ReportModel &model)
{
    page.body
        += QStringLiteral("<header class=\"title\">\n<h1>%1</h1>\n<p class=\"note\">%2</p>\n<dl class=\"meta\">\n")
               .arg(ReportHtml::tr("Candor report: %1").arg(html::shortText(model.projectName, 120)),
                   ReportHtml::tr("What a project holds, what its models say and how well they do."));
    const auto row = [&page](const QString &term, const QString &value) {
        page.body += QStringLiteral("<dt>%1</dt><dd><bdi>%2</bdi></dd>\n").arg(term, value);
    };
    row(ReportHtml::tr("Project"), html::shortText(model.projectPath, 300));
    row(ReportHtml::tr("Filter"), html::shortText(model.filterDescription, 600));
    row(ReportHtml::tr("Generated"), html::text(dateText(model.generatedAt)));
    row(ReportHtml::tr("By"), html::shortText(model.generatedBy, 120));
    row(ReportHtml::tr("Model score threshold"), QLocale().toString(model.modelThreshold, 'f', 2));
    row(ReportHtml::tr("Items"), QLocale().toString(model.items));
    page.body += QStringLiteral("</dl>\n<div class=\"counts-grid\">\n");
    page.countTable(model.byKind, ReportHtml::tr("kind"));
    page.countTable(model.bySource, ReportHtml::tr("source"));
    page.countTable(model.byLanguage, ReportHtml::tr("language"));
    page.countTable(model.bySplit, ReportHtml::tr("split"));
    page.body += QStringLiteral("</div>\n</header>\n");
}

void modelsSection(HtmlPage &page, const ReportModel &model)
{
    page.body += QStringLiteral("<section id=\"models\">\n<h2>%1</h2>\n<table class=\"models\"><thead><tr>"
                                "<th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr></thead><tbody>\n")
                     .arg(ReportHtml::tr("Models"), ReportHtml::tr("task"), ReportHtml::tr("current version"),
                         ReportHtml::tr("dev scores"), ReportHtml::tr("constant-answer baseline"));
    for (const ModelSummary &summary : model.models) {
        QStringList scores;
        for (const auto &score : summary.scores)
            scores.append(html::text(score.first) + QLatin1Char(' ') + QString::number(score.second, 'f', 3));
        // One arg() call for all parts: a "%2" in a version's name must stay text, not take the next part.
        const QString version = QStringLiteral("<bdi>%1</bdi> (#%2, %3)%4")
                                    .arg(html::shortText(summary.name, 120), QString::number(summary.versionId),
                                        html::text(dateText(summary.createdAt)),
                                        summary.pinned ? QStringLiteral(" · ") + ReportHtml::tr("pinned") : QString());
        const QString baseline = summary.baseline.isEmpty()
            ? ReportHtml::tr("none stored")
            : QStringLiteral("<span%1>%2</span>")
                  .arg(summary.noBetterThanConstant ? QStringLiteral(" class=\"warn\"") : QString(),
                      html::text(summary.baseline));
        page.body += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                         .arg(html::text(summary.task), version, scores.join(QStringLiteral("<br>")), baseline);
    }
    page.body += QStringLiteral("</tbody></table>\n");
    for (const ModelSummary &summary : model.models)
        page.body += EvaluationTables::html(summary, QStringLiteral("<table class=\"scores\">"));
    page.body += QStringLiteral("</section>\n");
}

} // namespace

QString ReportHtml::contentSecurityPolicy(const QString &styleHash)
{
    return QStringLiteral("default-src 'none'; style-src 'sha256-%1'; img-src data:; base-uri 'none'; "
                          "form-action 'none'")
        .arg(styleHash);
}

bool ReportHtml::isPlainSvg(const QByteArray &svg)
{
    // Tags only: the text between them is the charts' own words and the data's (escaped by QSvgGenerator), where
    // "onerror=" is harmless text.
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression forbidden(
        QStringLiteral("^<\\s*/?\\s*(script|foreignObject|iframe|object|embed|a|use|image|style|animate|set)\\b|"
                       "\\son[a-z]+\\s*=|href\\s*=|javascript:|url\\s*\\("),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(svg);
    if (!text.contains(QLatin1String("<svg")))
        return false;
    for (const QRegularExpressionMatch &match : tag.globalMatch(text))
        if (forbidden.match(match.captured()).hasMatch())
            return false;
    // A "<" after the last ">" would open a tag that the page's next markup closes, unseen by the check above.
    return text.lastIndexOf(QLatin1Char('<')) < text.lastIndexOf(QLatin1Char('>'));
}

QString ReportHtml::render(const ReportModel &model, const ReportDrawings &drawings)
{
    HtmlPage page(drawings);
    const QList<ReportFigure> figures = ReportFigures::of(model);
    titlePage(page, model);
    for (const LabelSection &section : model.techniques)
        report_html::labelSection(
            page, section, figures, tr("Persuasion techniques (%1)").arg(section.schema), section.schema);
    if (model.narratives)
        report_html::narrativeSection(page, *model.narratives, figures);
    if (model.threads)
        report_html::threadSection(page, *model.threads, figures);
    if (model.verdicts) {
        report_html::labelSection(page, *model.verdicts, figures, tr("Post verdicts"), QStringLiteral("verdicts"));
        page.body += VerdictClusters::html(model.verdictClusters, QStringLiteral("<table class=\"clusters\">"));
    }
    if (!model.models.isEmpty())
        modelsSection(page, model);
    if (model.annotators)
        page.body += QStringLiteral("<section id=\"annotators\">\n<h2>%1</h2>\n%2</section>\n")
                         .arg(tr("Annotators"), ReportTeam::html(*model.annotators, QStringLiteral("<table>")));
    page.body += ReportMethodNotes::html(model);

    const QString style = QLatin1String(kCss) + page.colourRules();
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(style.toUtf8(), QCryptographicHash::Sha256).toBase64());
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"%2\">\n"
                          "<meta name=\"referrer\" content=\"no-referrer\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<title>%3</title>\n<style>%4</style>\n</head>\n<body>\n")
               .arg(Translations::installed(), contentSecurityPolicy(hash),
                   tr("Candor report: %1").arg(html::shortText(model.projectName, 120)), style)
        + page.body + QStringLiteral("</body>\n</html>\n");
}

} // namespace candor
