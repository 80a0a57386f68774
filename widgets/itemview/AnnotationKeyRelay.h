#pragma once

#include <QObject>

class QAction;
class QKeyEvent;

namespace candor {

class ItemView;

// Keyboard-only annotation from outside the item view: installed as an event filter on a widget (the items
// table), it hands the item view's annotation keys to the item view, so a person can walk items with the arrows
// and accept, reject, walk or relabel spans without moving focus. Technique keys (the span schema's shortcuts)
// label the item view's text selection or selected span; the item view's annotation actions (A, X, Del, '.',
// ',', Alt+arrows, Ctrl+Shift+A, Ctrl+L; on a post F, R, U for its verdict) trigger as if the item view had focus.
// Other keys pass through.
class AnnotationKeyRelay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationKeyRelay)

public:
    AnnotationKeyRelay(ItemView *itemView, QObject *parent);

    // True when the key was an annotation key and went to the item view.
    bool relay(const QKeyEvent &event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *actionFor(const QKeyEvent &event) const;
    QString labelFor(const QKeyEvent &event) const;

    ItemView *m_itemView;
};

} // namespace candor
