#pragma once

#include "core/report/ReportFigures.h"

#include <QPainter>
#include <QPdfWriter>
#include <QString>

#include <functional>

class QTextDocument;

namespace candor {

// Lays blocks one under the other on the pages of a PDF: rich-text blocks (QTextDocument's HTML subset, data
// already escaped) and charts painted as vectors. A block that does not fit on what is left of a page starts the
// next one; a text block taller than a whole page is cut across pages.
class PdfFlow
{
public:
    explicit PdfFlow(QPdfWriter &writer);
    ~PdfFlow();
    PdfFlow(const PdfFlow &) = delete;
    PdfFlow &operator=(const PdfFlow &) = delete;

    bool isActive() const { return m_painter.isActive(); }
    void text(const QString &html);
    void chart(const ReportFigure &figure); // its title above it
    // A drawing `height` high across the page under an HTML caption (already escaped), painted by `paint`.
    void drawing(
        const QString &captionHtml, qreal height, const std::function<void(QPainter *, const QRectF &)> &paint);
    void newPage();
    int pageCount() const { return m_pages; }
    qreal width() const { return m_width; }
    bool end() { return m_painter.end(); }

private:
    void ensureRoom(qreal height);
    void layOut(QTextDocument &document, const QString &html) const;

    QPdfWriter &m_writer;
    QPainter m_painter;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_y = 0;
    int m_pages = 1;
};

} // namespace candor
