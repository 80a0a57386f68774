#include "widgets/thread/ThreadCentre.h"

#include "core/domain/Error.h"
#include "widgets/itemview/ItemView.h"
#include "widgets/thread/ThreadView.h"

#include <QApplication>
#include <QStackedWidget>
#include <QTreeView>

namespace candor {

ThreadCentre::ThreadCentre(QStackedWidget *centre, ItemView *itemView, ThreadView *threadView, QObject *parent)
    : QObject(parent)
    , m_centre(centre)
    , m_itemView(itemView)
    , m_threadView(threadView)
{
    connect(m_itemView, &ItemView::itemShown, this, &ThreadCentre::follow);
    connect(m_threadView, &ThreadView::errorOccurred, this, &ThreadCentre::errorOccurred);
}

bool ThreadCentre::showingThread() const
{
    return m_centre->currentWidget() == m_threadView;
}

void ThreadCentre::focusCentre()
{
    if (showingThread())
        m_threadView->tree()->setFocus(Qt::ShortcutFocusReason);
    else if (m_centre->currentWidget() == m_itemView)
        m_itemView->setFocus(Qt::ShortcutFocusReason);
}

void ThreadCentre::follow(qint64 itemId)
{
    const std::optional<Item> &item = m_itemView->item();
    if (itemId != 0 && item && item->kind == ItemKind::Thread) {
        try {
            m_threadView->showThread(itemId);
        } catch (const Error &error) {
            Q_EMIT errorOccurred(error.message());
            m_centre->setCurrentWidget(m_itemView);
            return;
        }
        const bool hadFocus = m_itemView->isAncestorOf(QApplication::focusWidget());
        m_centre->setCurrentWidget(m_threadView);
        if (hadFocus)
            m_threadView->tree()->setFocus();
        return;
    }
    // The welcome page stays up while no project is open.
    if (showingThread()) {
        const bool hadFocus = m_threadView->isAncestorOf(QApplication::focusWidget());
        m_centre->setCurrentWidget(m_itemView);
        if (hadFocus)
            m_itemView->setFocus();
    }
}

void ThreadCentre::reload()
{
    if (showingThread())
        m_threadView->reload();
}

} // namespace candor
