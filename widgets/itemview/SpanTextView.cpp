#include "widgets/itemview/SpanTextView.h"

#include "core/i18n/Translations.h"

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>

namespace candor {

namespace {
constexpr qreal kBandHeight = 3.0;
constexpr qreal kBandStep = 4.5;
constexpr qreal kAnnotatorCap = 4.0; // px of the annotator's colour at a human or curated band's start

QString originText(const Annotation &a)
{
    switch (a.origin) {
    case Origin::Gold: return SpanTextView::tr("gold");
    case Origin::Human:
        return a.annotator.isEmpty() ? SpanTextView::tr("human") : SpanTextView::tr("human (%1)").arg(a.annotator);
    case Origin::Model:
        return a.score ? SpanTextView::tr("model, score %1").arg(*a.score, 0, 'f', 2) : SpanTextView::tr("model");
    case Origin::Curated:
        return a.annotator.isEmpty() ? SpanTextView::tr("curated") : SpanTextView::tr("curated (%1)").arg(a.annotator);
    }
    return {};
}

QString statusText(Status status)
{
    switch (status) {
    case Status::Proposed: return SpanTextView::tr("proposed");
    case Status::Accepted: return SpanTextView::tr("accepted");
    case Status::Rejected: return SpanTextView::tr("rejected");
    case Status::Ignored: return SpanTextView::tr("ignored");
    }
    return {};
}

// Screen readers cannot see the bands: the accessible description lists the spans as the tooltips name them.
QString spanDescription(const QList<DisplaySpan> &spans, const QString &text)
{
    if (spans.isEmpty())
        return SpanTextView::tr("No technique spans");
    QStringList parts;
    for (const DisplaySpan &span : spans)
        parts.append(
            SpanTextView::tr("%1 on \"%2\" (%3, %4)")
                .arg(Translations::labelName(span.annotation.label), text.mid(span.start16, span.end16 - span.start16),
                    originText(span.annotation), statusText(span.annotation.status)));
    return SpanTextView::tr("%n technique span(s): ", nullptr, int(spans.size())) + parts.join(QStringLiteral("; "));
}
} // namespace

SpanTextView::SpanTextView(QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAccessibleName(tr("Item text with technique spans"));
    setAccessibleDescription(spanDescription({}, QString()));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
}

void SpanTextView::setContent(const QString &text, const QList<DisplaySpan> &spans)
{
    setPlainText(text);
    m_selectedId = 0;
    setSpans(spans);
}

void SpanTextView::setSpans(const QList<DisplaySpan> &spans)
{
    m_spans = spans;
    m_lanes = assignLanes(m_spans);
    if (m_selectedId != 0 && std::none_of(m_spans.cbegin(), m_spans.cend(), [this](const DisplaySpan &s) {
            return s.annotation.id == m_selectedId;
        }))
        setSelectedSpanId(0);
    applyLineSpacing();
    setAccessibleDescription(spanDescription(m_spans, toPlainText()));
    viewport()->update();
}

void SpanTextView::applyLineSpacing()
{
    // Room under every line for all lanes: bands never cover the next line's glyphs.
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    QTextBlockFormat format;
    format.setLineHeight(qMax(2.0, m_lanes * kBandStep + 2.0), QTextBlockFormat::LineDistanceHeight);
    const QTextCursor keep = textCursor();
    cursor.mergeBlockFormat(format);
    setTextCursor(keep);
}

void SpanTextView::setSelectedSpanId(qint64 id)
{
    if (m_selectedId == id)
        return;
    m_selectedId = id;
    viewport()->update();
    Q_EMIT selectedSpanChanged(id);
}

void SpanTextView::selectNextSpan(int step)
{
    if (m_spans.isEmpty())
        return;
    QList<DisplaySpan> ordered = m_spans; // already sorted by start (assignLanes)
    int index = -1;
    for (int i = 0; i < ordered.size(); ++i)
        if (ordered[i].annotation.id == m_selectedId)
            index = i;
    index = index < 0 ? (step > 0 ? 0 : int(ordered.size()) - 1)
                      : (index + step + int(ordered.size())) % int(ordered.size());
    setSelectedSpanId(ordered[index].annotation.id);
    QTextCursor cursor = textCursor();
    cursor.setPosition(int(ordered[index].start16));
    setTextCursor(cursor);
    ensureCursorVisible();
}

QList<DisplaySpan> SpanTextView::spansAt(qsizetype position) const
{
    QList<DisplaySpan> result;
    for (const DisplaySpan &span : m_spans)
        if (span.start16 <= position && position < span.end16)
            result.append(span);
    std::stable_sort(result.begin(), result.end(),
        [](const DisplaySpan &a, const DisplaySpan &b) { return a.end16 - a.start16 < b.end16 - b.start16; });
    return result;
}

QList<QRectF> SpanTextView::segmentRects(const DisplaySpan &span, bool bands) const
{
    QList<QRectF> rects;
    const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    for (QTextBlock block = document()->findBlock(int(span.start16)); block.isValid() && block.position() < span.end16;
         block = block.next()) {
        const QTextLayout *layout = block.layout();
        if (!layout)
            continue;
        const QPointF origin = layout->position() - scroll;
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const qsizetype lineStart = block.position() + line.textStart();
            const qsizetype from = qMax(span.start16, lineStart);
            const qsizetype to = qMin(span.end16, lineStart + line.textLength());
            if (from >= to)
                continue;
            const qreal x1 = line.cursorToX(int(from - block.position()));
            const qreal x2 = line.cursorToX(int(to - block.position()));
            const qreal left = origin.x() + qMin(x1, x2);
            const qreal width = qAbs(x2 - x1);
            if (bands)
                rects.append(QRectF(
                    left, origin.y() + line.y() + line.height() + 1.0 + span.lane * kBandStep, width, kBandHeight));
            else
                rects.append(QRectF(left, origin.y() + line.y(), width, line.height()));
        }
    }
    return rects;
}

QList<QRectF> SpanTextView::bandRects(const DisplaySpan &span) const
{
    return segmentRects(span, true);
}
QList<QRectF> SpanTextView::textRects(const DisplaySpan &span) const
{
    return segmentRects(span, false);
}

void SpanTextView::paintEvent(QPaintEvent *event)
{
    QTextEdit::paintEvent(event);
    QPainter painter(viewport());
    for (const DisplaySpan &span : m_spans) {
        const bool selected = span.annotation.id == m_selectedId;
        QColor fill = span.colour;
        fill.setAlpha(selected ? 110 : 38);
        for (const QRectF &rect : textRects(span))
            painter.fillRect(rect, fill);
        const bool proposal = span.annotation.origin == Origin::Model && span.annotation.status == Status::Proposed;
        const QList<QRectF> bands = bandRects(span);
        for (const QRectF &rect : bands) {
            if (proposal) {
                // Dashed band: a model proposal waiting for review.
                for (qreal x = rect.left(); x < rect.right(); x += 6.0)
                    painter.fillRect(QRectF(x, rect.top(), qMin(4.0, rect.right() - x), rect.height()), span.colour);
            } else {
                painter.fillRect(rect, span.colour);
            }
            if (span.annotation.origin == Origin::Human) // human spans: a dark edge marks the hand-made ones
                painter.fillRect(QRectF(rect.left(), rect.bottom() - 0.8, rect.width(), 0.8), palette().text().color());
        }
        // Whose span: the annotator's colour as a cap at the band's start (its first line).
        if (span.annotatorColour.isValid() && !bands.isEmpty()) {
            const QRectF &first = bands.first();
            painter.fillRect(QRectF(first.left(), first.top(), qMin(kAnnotatorCap, first.width()), first.height()),
                span.annotatorColour);
        }
        if (selected) {
            painter.setPen(QPen(palette().highlight().color(), 1.5));
            for (const QRectF &rect : bands)
                painter.drawRect(rect.adjusted(-1, -1, 1, 1));
        }
    }
}

qint64 SpanTextView::spanAtPoint(const QPoint &point) const
{
    for (const DisplaySpan &span : m_spans)
        for (const QRectF &rect : bandRects(span))
            if (rect.adjusted(0, -0.75, 0, 0.75).contains(point))
                return span.annotation.id;
    qint64 best = 0;
    qsizetype bestLength = 0;
    for (const DisplaySpan &span : m_spans)
        for (const QRectF &rect : textRects(span))
            if (rect.contains(point) && (best == 0 || span.end16 - span.start16 < bestLength)) {
                best = span.annotation.id;
                bestLength = span.end16 - span.start16;
            }
    return best;
}

void SpanTextView::mousePressEvent(QMouseEvent *event)
{
    m_pressPoint = event->position().toPoint();
    QTextEdit::mousePressEvent(event);
}

void SpanTextView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextEdit::mouseReleaseEvent(event);
    const bool click = (event->position().toPoint() - m_pressPoint).manhattanLength() < 4;
    if (event->button() == Qt::LeftButton && click && !textCursor().hasSelection())
        setSelectedSpanId(spanAtPoint(event->position().toPoint()));
}

void SpanTextView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const QString text = event->text();
    if (modifiers == Qt::NoModifier && text.size() == 1 && text.at(0).isLetterOrNumber()) {
        bool handled = false;
        Q_EMIT labelKeyPressed(text.toUpper(), &handled);
        if (handled) {
            event->accept();
            return;
        }
    }
    if (event->key() == Qt::Key_Escape && m_selectedId != 0) {
        setSelectedSpanId(0);
        event->accept();
        return;
    }
    QTextEdit::keyPressEvent(event);
}

bool SpanTextView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        QStringList lines;
        const qint64 bandHit = spanAtPoint(help->pos());
        for (const DisplaySpan &span : m_spans) {
            bool over = span.annotation.id == bandHit;
            for (const QRectF &rect : textRects(span))
                over = over || rect.contains(help->pos());
            if (over)
                lines.append(
                    tr("<b>%1</b> — %2, %3")
                        .arg(Translations::labelName(span.annotation.label).toHtmlEscaped(),
                            (span.annotatorColour.isValid() ? QStringLiteral("<span style=\"color:%1\">■</span> ")
                                                                  .arg(span.annotatorColour.name())
                                                            : QString())
                                + originText(span.annotation).toHtmlEscaped(),
                            statusText(span.annotation.status)));
        }
        if (lines.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), lines.join(QStringLiteral("<br>")), viewport());
        return true;
    }
    return QTextEdit::viewportEvent(event);
}

} // namespace candor
