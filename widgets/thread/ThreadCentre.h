#pragma once

#include <QObject>

class QStackedWidget;

namespace candor {

class ItemView;
class ThreadView;

// Hooks the thread view into the main window's centre. The item view stays the window's notion of the current
// item; whenever it shows a thread item (a RumourEval/PHEME conversation, a Telegram reply chain), the centre
// switches to the thread view on that item, and any other item switches back to the item view.
class ThreadCentre final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadCentre)

public:
    ThreadCentre(QStackedWidget *centre, ItemView *itemView, ThreadView *threadView, QObject *parent = nullptr);

    bool showingThread() const;
    // Focus > item text (F6): the reply tree while a thread is shown, else the item view.
    void focusCentre();
    // Re-reads the thread when it is the one shown (a job may have added predictions).
    void reload();

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void follow(qint64 itemId);

    QStackedWidget *m_centre;
    ItemView *m_itemView;
    ThreadView *m_threadView;
};

} // namespace candor
