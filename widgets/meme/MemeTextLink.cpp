#include "widgets/meme/MemeTextLink.h"

#include "core/ocr/WordLinks.h"
#include "core/text/CodePoints.h"
#include "widgets/itemview/SpanTextView.h"
#include "widgets/meme/MemeImageView.h"

#include <QMouseEvent>

namespace candor {

MemeTextLink::MemeTextLink(SpanTextView *text, MemeImageView *image, QObject *parent)
    : QObject(parent)
    , m_text(text)
    , m_image(image)
{
    m_text->viewport()->setMouseTracking(true);
    m_text->viewport()->installEventFilter(this);
    connect(m_text, &SpanTextView::selectionChanged, this, &MemeTextLink::showSelection);
    connect(m_image, &MemeImageView::regionPicked, this, [this](const QRect &region) { selectRegion(region); });
}

void MemeTextLink::setContent(const QString &text, const QList<OcrWord> &linkedWords)
{
    m_content = text;
    m_words = linkedWords;
    m_hoveredSpan = 0;
    m_highlighted.clear();
    m_image->setHighlighted({}, QColor());
}

std::optional<QPair<int, int>> MemeTextLink::selectRegion(const QRect &region)
{
    const auto span = spanOfRegion(m_words, region);
    if (!span || !m_text)
        return span;
    const CodePointMap map(m_content);
    QTextCursor cursor = m_text->textCursor();
    cursor.setPosition(int(map.toUtf16(span->first)));
    cursor.setPosition(int(map.toUtf16(span->second)), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
    showSelection();
    return span;
}

bool MemeTextLink::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport still sends events while the text view is being destroyed (its ~QWidget deletes the viewport),
    // when the view is no longer a SpanTextView: reading m_text then is a downcast of a half-destroyed object
    // (UBSan: "does not point to an object of type SpanTextView"). qobject_cast asks the object what it is now.
    QWidget *viewport = qobject_cast<QWidget *>(watched);
    if (viewport && !m_text.isNull() && qobject_cast<SpanTextView *>(viewport->parentWidget())
        && watched == m_text->viewport()) {
        if (event->type() == QEvent::MouseMove)
            hoverAt(static_cast<QMouseEvent *>(event)->position().toPoint());
        else if (event->type() == QEvent::Leave && m_hoveredSpan != 0) {
            m_hoveredSpan = 0;
            showSelection();
        }
    }
    return QObject::eventFilter(watched, event);
}

void MemeTextLink::hoverAt(const QPoint &viewportPoint)
{
    if (m_words.isEmpty())
        return;
    // The innermost span whose text is under the mouse (spans nest: the shortest is the one pointed at).
    const DisplaySpan *hovered = nullptr;
    for (const DisplaySpan &span : m_text->spans()) {
        if (!span.annotation.start || !span.annotation.end)
            continue;
        for (const QRectF &rect : m_text->textRects(span))
            if (rect.contains(viewportPoint)
                && (!hovered || span.end16 - span.start16 < hovered->end16 - hovered->start16))
                hovered = &span;
    }
    const qint64 id = hovered ? hovered->annotation.id : 0;
    if (id == m_hoveredSpan)
        return;
    m_hoveredSpan = id;
    if (hovered)
        highlightRange(*hovered->annotation.start, *hovered->annotation.end, hovered->colour);
    else
        showSelection();
}

void MemeTextLink::showSelection()
{
    if (m_hoveredSpan != 0 || !m_text)
        return;
    const QTextCursor cursor = m_text->textCursor();
    if (!cursor.hasSelection()) {
        highlightRange(0, 0, QColor());
        return;
    }
    const CodePointMap map(m_content);
    highlightRange(map.toCodePoint(cursor.selectionStart()), map.toCodePoint(cursor.selectionEnd()),
        m_text->palette().highlight().color());
}

void MemeTextLink::highlightRange(int start, int end, const QColor &colour)
{
    m_highlighted = end > start ? wordsInSpan(m_words, start, end) : QList<int>();
    QList<QRect> boxes;
    for (int index : m_highlighted)
        boxes.append(m_words[index].box);
    m_image->setHighlighted(boxes, colour);
}

} // namespace candor
