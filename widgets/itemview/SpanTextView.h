#pragma once

#include "widgets/itemview/DisplaySpan.h"

#include <QTextEdit>

namespace candor {

// Read-only text with technique spans drawn as coloured bands stacked under each line (one lane per
// overlapping span, so none hides another) over a faint fill. Text can be selected by mouse or keyboard;
// clicking a span selects it; plain letter/digit keys are offered to the owner as label shortcuts.
class SpanTextView final : public QTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpanTextView)

public:
    explicit SpanTextView(QWidget *parent = nullptr);

    void setContent(const QString &text, const QList<DisplaySpan> &spans);
    void setSpans(const QList<DisplaySpan> &spans);
    const QList<DisplaySpan> &spans() const { return m_spans; }

    // The selected span's annotation id (0: none).
    qint64 selectedSpanId() const { return m_selectedId; }
    void setSelectedSpanId(qint64 id);
    void selectNextSpan(int step);
    // Spans covering a UTF-16 position, innermost (shortest) first.
    QList<DisplaySpan> spansAt(qsizetype position) const;
    // Band rectangles of a span in viewport coordinates (one per line it covers).
    QList<QRectF> bandRects(const DisplaySpan &span) const;
    QList<QRectF> textRects(const DisplaySpan &span) const;

Q_SIGNALS:
    void selectedSpanChanged(qint64 annotationId);
    // A key without modifiers that may be a label shortcut ("1", "Q"); `handled` is set by the receiver.
    void labelKeyPressed(const QString &key, bool *handled);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void applyLineSpacing();
    QList<QRectF> segmentRects(const DisplaySpan &span, bool bands) const;
    qint64 spanAtPoint(const QPoint &point) const;

    QList<DisplaySpan> m_spans;
    int m_lanes = 0;
    qint64 m_selectedId = 0;
    QPoint m_pressPoint;
};

} // namespace candor
