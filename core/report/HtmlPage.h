#pragma once

#include "core/report/ReportFigures.h"

#include <QColor>
#include <QString>
#include <QStringList>

namespace candor {

struct SpanExcerpt;
struct KeyCount;

// The state of one HTML report while it is written: the drawings to embed and the label colours the examples
// use (each becomes a CSS class of the page's one style block, so no element carries a style attribute).
class HtmlPage
{
public:
    explicit HtmlPage(const ReportDrawings &drawings)
        : m_drawings(drawings)
    {
    }

    QString body;

    // A figure: its drawing inline when there is a plain one, else its numbers as a table.
    void figure(const ReportFigure &figure);
    // A drawing without numbers behind it (a thread's stance timeline), when there is a plain one; `caption` is
    // escaped. Returns whether it was embedded.
    bool drawing(const QString &id, const QString &caption);
    bool hasDrawing(const QString &id) const { return m_drawings.contains(id); }
    // A table of counts, its first column the row names (data text, escaped).
    void gridTable(const CountGrid &grid, const QString &corner);
    // A square label x label grid as a heat map: rows "1 name", columns numbered, the diagonal set apart.
    void heatMap(const CountGrid &square);
    void countTable(const QList<KeyCount> &counts, const QString &heading);
    // One example passage with its span marked in the label's colour.
    void example(const SpanExcerpt &excerpt, const QColor &colour);
    // The CSS of the label colours used so far.
    QString colourRules() const;

private:
    QString colourClass(const QColor &colour);
    const ReportDrawings &m_drawings;
    QStringList m_colours; // "#rrggbb" of class c<index>, in first use order (the page is reproducible)
};

} // namespace candor
