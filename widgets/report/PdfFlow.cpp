#include "widgets/report/PdfFlow.h"

#include "core/report/HtmlText.h"
#include "widgets/report/ReportChart.h"

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>

namespace candor {

namespace {

constexpr qreal kGap = 8; // between blocks, in points of the page (1/96 inch at the writer's resolution)

// What every text block shares: QTextDocument reads classes from a default style sheet.
const char *const kStyle = "h1{font-size:20pt} h2{font-size:15pt;color:#1b1b1b} h3{font-size:12pt} h4{font-size:10pt}"
                           " .note{color:#555555} .warn{color:#a40000;font-weight:bold}"
                           " .meta{color:#666666;font-size:8pt} th{background-color:#f0f0f0}";

} // namespace

PdfFlow::PdfFlow(QPdfWriter &writer)
    : m_writer(writer)
{
    m_painter.begin(&writer);
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    m_width = page.width();
    m_height = page.height();
}

PdfFlow::~PdfFlow()
{
    if (m_painter.isActive())
        m_painter.end();
}

void PdfFlow::newPage()
{
    if (m_y == 0)
        return; // already at the top of an empty page
    m_writer.newPage();
    ++m_pages;
    m_y = 0;
}

void PdfFlow::ensureRoom(qreal height)
{
    if (m_y + height > m_height && m_y > 0)
        newPage();
}

void PdfFlow::text(const QString &html)
{
    QTextDocument document;
    layOut(document, html);
    const qreal height = document.size().height();
    ensureRoom(qMin(height, m_height));
    // Taller than what is left even of a fresh page: painted in page-high slices of the same layout.
    qreal offset = 0;
    while (offset < height) {
        const qreal slice = qMin(height - offset, m_height - m_y);
        m_painter.save();
        m_painter.translate(0, m_y - offset);
        document.drawContents(&m_painter, QRectF(0, offset, m_width, slice));
        m_painter.restore();
        offset += slice;
        m_y += slice;
        if (offset < height)
            newPage();
    }
    m_y += kGap;
}

void PdfFlow::chart(const ReportFigure &figure)
{
    const QSize wanted = ReportChart::preferredSize(figure, int(m_width));
    drawing(html::text(figure.title), wanted.height(),
        [&figure](QPainter *painter, const QRectF &target) { ReportChart::paint(figure, painter, target); });
}

void PdfFlow::drawing(
    const QString &captionHtml, qreal height, const std::function<void(QPainter *, const QRectF &)> &paint)
{
    // The caption and its drawing stay on one page.
    QTextDocument caption;
    layOut(caption, QStringLiteral("<h3>%1</h3>").arg(captionHtml));
    const qreal captionHeight = caption.size().height();
    const qreal fitted = qMin<qreal>(height, m_height - captionHeight);
    ensureRoom(captionHeight + fitted);
    m_painter.save();
    m_painter.translate(0, m_y);
    caption.drawContents(&m_painter);
    m_painter.restore();
    m_y += captionHeight;
    paint(&m_painter, QRectF(0, m_y, m_width, fitted));
    m_y += fitted + kGap;
}

void PdfFlow::layOut(QTextDocument &document, const QString &html) const
{
    document.setDefaultStyleSheet(QLatin1String(kStyle));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    document.documentLayout()->setPaintDevice(&m_writer);
    document.setHtml(html);
    document.setTextWidth(m_width);
}

} // namespace candor
