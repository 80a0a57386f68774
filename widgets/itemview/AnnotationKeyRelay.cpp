#include "widgets/itemview/AnnotationKeyRelay.h"

#include "widgets/itemview/ItemView.h"

#include <QAction>
#include <QKeyEvent>

namespace candor {

AnnotationKeyRelay::AnnotationKeyRelay(ItemView *itemView, QObject *parent)
    : QObject(parent)
    , m_itemView(itemView)
{
}

QAction *AnnotationKeyRelay::actionFor(const QKeyEvent &event) const
{
    const Qt::KeyboardModifiers modifiers = event.modifiers() & ~Qt::KeypadModifier;
    const QKeySequence pressed(QKeyCombination(modifiers, Qt::Key(event.key())));
    for (QAction *action : m_itemView->annotationActions())
        if (action->isEnabled() && action->shortcuts().contains(pressed))
            return action;
    return nullptr;
}

QString AnnotationKeyRelay::labelFor(const QKeyEvent &event) const
{
    const QString text = event.text();
    if ((event.modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier || text.size() != 1
        || !text.at(0).isLetterOrNumber())
        return {};
    for (const LabelDef &def : m_itemView->schema(m_itemView->spanSchema()).labels)
        if (!def.retired && def.shortcut.compare(text, Qt::CaseInsensitive) == 0)
            return def.name;
    return {};
}

bool AnnotationKeyRelay::relay(const QKeyEvent &event)
{
    if (m_itemView->itemId() == 0)
        return false;
    if (QAction *action = actionFor(event)) {
        action->trigger();
        return true;
    }
    const QString label = labelFor(event);
    return !label.isEmpty() && m_itemView->applyLabel(label);
}

bool AnnotationKeyRelay::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (event->type() == QEvent::ShortcutOverride) {
            // Claim annotation keys before window-wide shortcuts can take them; the KeyPress then acts.
            if (m_itemView->itemId() != 0 && (actionFor(*key) || !labelFor(*key).isEmpty()))
                key->accept();
        } else if (relay(*key)) {
            key->accept();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace candor
