#pragma once

#include "widgets/thread/ThreadConversation.h"

#include <QKeySequence>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QShortcut;
class QTreeView;

namespace candor {

class AnnotationEditor;
class StanceTimelineView;
class ThreadTreeModel;

// One thread: the conversation tree (author, time, text, thumbnail, stance chip) above its stance timeline,
// and the thread's veracity. Keyboard: arrows move through the replies; S / D / Q / C (configurable in
// Edit > Stance keys…, stored as "threadView/stanceKeys") give the current reply a human stance; the veracity
// selector records a human veracity. Every answer is one undoable command on the editor's stack, written at
// once (earlier human rows of that post or thread are replaced; gold and model rows stay). Edits, undo and redo
// reload the view.
class ThreadView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadView)

public:
    // The editor's project is read and written; without one the view is read-only.
    explicit ThreadView(AnnotationEditor *editor, QWidget *parent = nullptr);

    // Shows a thread item (throws candor::Error for a missing item or without a project).
    void showThread(qint64 itemId);
    void showConversation(const ThreadConversation &conversation);
    // Re-reads the shown thread (after an edit, undo, redo or a prediction run); errors go to errorOccurred.
    void reload();
    qint64 itemId() const { return conversation().itemId; }

    // Keys for support, deny, query, comment (in that order).
    void setStanceKeys(const QList<QKeySequence> &keys);
    QList<QKeySequence> stanceKeys() const;

    int currentPost() const; // conversation post index, -1 when none
    void setCurrentPost(int postIndex);
    // Gives the current reply a human stance; false when there is no store, no current post or label unknown.
    bool setCurrentStance(const QString &label);
    bool setVeracity(const QString &label);

    const ThreadConversation &conversation() const;
    QTreeView *tree() const { return m_tree; }
    StanceTimelineView *timeline() const { return m_timeline; }
    QComboBox *veracityBox() const { return m_veracity; }

Q_SIGNALS:
    // The shown thread's annotations changed (an edit, an undo or a redo) and the view has reloaded.
    void annotationsChanged(qint64 itemId);
    void errorOccurred(const QString &message);

private:
    void updateVeracityBox();

    AnnotationEditor *m_editor = nullptr;
    ThreadTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    StanceTimelineView *m_timeline = nullptr;
    QComboBox *m_veracity = nullptr;
    QLabel *m_veracityHint = nullptr;
    QList<QShortcut *> m_stanceShortcuts;
};

} // namespace candor
