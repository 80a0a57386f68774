#pragma once

#include "thread/ThreadConversation.h"

#include <QKeySequence>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QShortcut;
class QTreeView;

namespace candor {

class ProjectStore;
class StanceTimelineView;
class ThreadTreeModel;

// One thread: the conversation tree (author, time, text, thumbnail, stance chip) above its stance timeline,
// and the thread's veracity. Keyboard: arrows move through the replies; S / D / Q / C (configurable) give the
// current reply a human stance; the veracity selector records a human veracity. Human answers are added as
// human rows (earlier human rows of that post or thread are replaced); gold and model rows stay untouched.
class ThreadView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadView)

public:
    explicit ThreadView(QWidget *parent = nullptr);

    // The project human answers go to; null makes the view read-only.
    void setStore(ProjectStore *store);
    void setAnnotator(const QString &name) { m_annotator = name; }
    // Shows a thread item (throws candor::Error for a missing item); reloads after each edit.
    void showThread(qint64 itemId);
    void showConversation(const ThreadConversation &conversation);

    // Keys for support, deny, query, comment (in that order).
    void setStanceKeys(const QList<QKeySequence> &keys);
    QList<QKeySequence> stanceKeys() const;

    int currentPost() const;            // conversation post index, -1 when none
    void setCurrentPost(int postIndex);
    // Gives the current reply a human stance; false when there is no store, no current post or label unknown.
    bool setCurrentStance(const QString &label);
    bool setVeracity(const QString &label);

    const ThreadConversation &conversation() const;
    QTreeView *tree() const { return m_tree; }
    StanceTimelineView *timeline() const { return m_timeline; }
    QComboBox *veracityBox() const { return m_veracity; }

Q_SIGNALS:
    void annotationsChanged(qint64 itemId);
    void errorOccurred(const QString &message);

private:
    void replaceHumanRow(std::optional<qint64> postRowId, const QString &schema, const QString &label);
    void reload();
    void updateVeracityBox();

    ProjectStore *m_store = nullptr;
    QString m_annotator;
    ThreadTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    StanceTimelineView *m_timeline = nullptr;
    QComboBox *m_veracity = nullptr;
    QLabel *m_veracityHint = nullptr;
    QList<QShortcut *> m_stanceShortcuts;
};

} // namespace candor
