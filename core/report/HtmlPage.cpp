#include "core/report/HtmlPage.h"

#include "core/report/HtmlText.h"
#include "core/report/ReportHtml.h"
#include "core/store/ReportQueries.h"

#include <QLocale>

namespace candor {

namespace {

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString originText(const SpanExcerpt &excerpt)
{
    switch (excerpt.origin) {
    case Origin::Gold: return ReportHtml::tr("gold");
    case Origin::Human: return ReportHtml::tr("human");
    case Origin::Curated: return ReportHtml::tr("curated");
    case Origin::Model:
        return excerpt.score ? ReportHtml::tr("model %1").arg(*excerpt.score, 0, 'f', 2) : ReportHtml::tr("model");
    }
    return {};
}

} // namespace

void HtmlPage::figure(const ReportFigure &figure)
{
    body += QStringLiteral("<figure>\n<figcaption>%1</figcaption>\n").arg(html::text(figure.title));
    const QByteArray svg = m_drawings.value(figure.id);
    if (!svg.isEmpty() && ReportHtml::isPlainSvg(svg)) {
        // QSvgGenerator writes an XML declaration and a DOCTYPE: inline SVG starts at its element.
        body += QString::fromUtf8(svg.mid(svg.indexOf("<svg")));
        body += QStringLiteral("\n<details><summary>%1</summary>\n").arg(ReportHtml::tr("Numbers"));
        gridTable(figure.data, figure.valueAxis);
        body += QStringLiteral("</details>\n");
    } else {
        gridTable(figure.data, figure.valueAxis);
    }
    body += QStringLiteral("</figure>\n");
}

bool HtmlPage::drawing(const QString &id, const QString &caption)
{
    const QByteArray svg = m_drawings.value(id);
    if (svg.isEmpty() || !ReportHtml::isPlainSvg(svg))
        return false;
    body += QStringLiteral("<figure>\n<figcaption><bdi>%1</bdi></figcaption>\n").arg(html::shortText(caption, 200));
    body += QString::fromUtf8(svg.mid(svg.indexOf("<svg")));
    body += QStringLiteral("\n</figure>\n");
    return true;
}

void HtmlPage::gridTable(const CountGrid &grid, const QString &corner)
{
    body += QStringLiteral("<div class=\"wide\"><table>\n<thead><tr><th>%1</th>").arg(html::text(corner));
    for (const QString &column : grid.columns)
        body += QStringLiteral("<th><bdi>%1</bdi></th>").arg(html::shortText(column, 60));
    body += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (int row = 0; row < grid.rows.size(); ++row) {
        body += QStringLiteral("<tr><th><bdi>%1</bdi></th>").arg(html::shortText(grid.rows.at(row), 60));
        for (int column = 0; column < grid.columns.size(); ++column)
            body += QStringLiteral("<td>%1</td>").arg(number(grid.at(row, column)));
        body += QStringLiteral("</tr>\n");
    }
    body += QStringLiteral("</tbody></table></div>\n");
}

void HtmlPage::heatMap(const CountGrid &square)
{
    // Columns are numbered (label names across would make the table several pages wide); the shades scale to
    // the largest pair, so the diagonal's label counts (always the largest) do not wash the pairs out.
    const qint64 largest = qMax<qint64>(1, offDiagonalMax(square));
    body += QStringLiteral("<div class=\"wide\"><table class=\"heat\">\n<thead><tr><th></th>");
    for (int column = 0; column < square.columns.size(); ++column)
        body += QStringLiteral("<th>%1</th>").arg(column + 1);
    body += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (int row = 0; row < square.rows.size(); ++row) {
        body += QStringLiteral("<tr><th>%1 <bdi>%2</bdi></th>")
                    .arg(row + 1)
                    .arg(html::shortText(square.rows.at(row), 60));
        for (int column = 0; column < square.columns.size(); ++column) {
            const qint64 value = square.at(row, column);
            // Ten shades (classes h0..h9): a heat map without a style attribute on any cell.
            const QString shade = row == column ? QStringLiteral("diag")
                                                : QStringLiteral("h%1").arg(qMin<qint64>(9, value * 9 / largest));
            body += QStringLiteral("<td class=\"%1\">%2</td>").arg(shade, number(value));
        }
        body += QStringLiteral("</tr>\n");
    }
    body += QStringLiteral("</tbody></table></div>\n");
}

void HtmlPage::countTable(const QList<KeyCount> &counts, const QString &heading)
{
    body += QStringLiteral("<table class=\"counts\"><thead><tr><th>%1</th><th>%2</th></tr></thead><tbody>\n")
                .arg(html::text(heading), ReportHtml::tr("items"));
    for (const KeyCount &count : counts)
        body += QStringLiteral("<tr><td><bdi>%1</bdi></td><td>%2</td></tr>\n")
                    .arg(count.key.isEmpty() ? ReportHtml::tr("(none)") : html::shortText(count.key, 80),
                        number(count.count));
    body += QStringLiteral("</tbody></table>\n");
}

void HtmlPage::example(const SpanExcerpt &excerpt, const QColor &colour)
{
    const QString ellipsis(QChar(0x2026));
    body += QStringLiteral("<blockquote class=\"example\"><p><bdi>");
    if (excerpt.cutBefore)
        body += ellipsis;
    body += html::text(excerpt.before);
    if (!excerpt.span.isEmpty())
        body += QStringLiteral("<mark class=\"c%1\">%2%3</mark>")
                    .arg(colourClass(colour))
                    .arg(html::text(excerpt.span), excerpt.cutSpan ? ellipsis : QString());
    body += html::text(excerpt.after);
    if (excerpt.cutAfter)
        body += ellipsis;
    body += QStringLiteral("</bdi></p><footer><bdi>%1</bdi> · <bdi>%2</bdi> · %3</footer></blockquote>\n")
                .arg(html::shortText(excerpt.source, 80), html::shortText(excerpt.externalId, 80), originText(excerpt));
}

QString HtmlPage::colourClass(const QColor &colour)
{
    const QString name = colour.isValid() ? colour.name() : QStringLiteral("#808080");
    if (!m_colours.contains(name))
        m_colours.append(name);
    return QString::number(m_colours.indexOf(name));
}

QString HtmlPage::colourRules() const
{
    QString rules;
    for (int index = 0; index < m_colours.size(); ++index) {
        // The window's span fill: the label colour at low alpha (SpanTextView), with a solid underline.
        const QColor fill(m_colours.at(index));
        rules += QStringLiteral("mark.c%1{background:rgba(%2,%3,%4,0.28);border-bottom:3px solid %5}\n")
                     .arg(index)
                     .arg(fill.red())
                     .arg(fill.green())
                     .arg(fill.blue())
                     .arg(m_colours.at(index));
    }
    return rules;
}

} // namespace candor
