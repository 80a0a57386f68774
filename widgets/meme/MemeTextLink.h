#pragma once

#include "core/ocr/MemeOcr.h"

#include <QColor>
#include <QObject>
#include <QPair>
#include <QPointer>

#include <optional>

namespace candor {

class MemeImageView;
class SpanTextView;

// Joins a meme's text and its image through the OCR words linked to the text (code points, core/ocr/WordLinks):
// hovering a span in the text highlights its words' boxes in the span's colour, the text selection highlights
// its words, and a region picked on the image selects the text of the words there. Code points are turned into
// UTF-16 only here, at the text view's edge.
class MemeTextLink final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemeTextLink)

public:
    MemeTextLink(SpanTextView *text, MemeImageView *image, QObject *parent = nullptr);

    void setContent(const QString &text, const QList<OcrWord> &linkedWords);
    // Selects, in the text view, the words whose boxes meet `region` (image pixels); returns their code points.
    std::optional<QPair<int, int>> selectRegion(const QRect &region);
    // Highlights the words of [start, end) (code points) in `colour`, as hovering a span of that range does.
    void highlightRange(int start, int end, const QColor &colour);
    // The words highlighted on the image now (indices into the linked words).
    QList<int> highlightedWords() const { return m_highlighted; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void hoverAt(const QPoint &viewportPoint);
    void showSelection();

    QPointer<SpanTextView> m_text;
    MemeImageView *m_image;
    QString m_content;
    QList<OcrWord> m_words;
    QList<int> m_highlighted;
    qint64 m_hoveredSpan = 0;
};

} // namespace candor
