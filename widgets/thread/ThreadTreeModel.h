#pragma once

#include "widgets/thread/ThreadConversation.h"

#include <QAbstractItemModel>

namespace candor {

// The conversation as a tree: the source post at the top, replies nested under what they reply to.
// Columns: post (author and text, thumbnail as decoration), time since the source, stance chip.
class ThreadTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadTreeModel)

public:
    enum Column { PostColumn, TimeColumn, StanceColumn, ColumnCount };
    enum Role {
        PostIndexRole = Qt::UserRole, // int: index into ThreadConversation::posts
        PostRowIdRole, // qint64: posts.id
        StanceLabelRole, // QString: the shown stance ("" when none)
        StanceOriginRole, // QString: "gold", "human" or "model"
        StanceScoreRole, // double, only for model stances
        AttentionRole, // double, when the model gave one
        DepthRole, // int: 0 for the source
    };

    explicit ThreadTreeModel(QObject *parent = nullptr);

    void setConversation(ThreadConversation conversation);
    const ThreadConversation &conversation() const { return m_conversation; }
    QModelIndex indexOfPost(int postIndex, int column = PostColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // internalId is post index + 1 (0 would be the invisible root).
    int postOf(const QModelIndex &index) const;
    const QList<int> &childrenOf(int post) const;

    ThreadConversation m_conversation;
    QList<int> m_top; // the source alone (or nothing)
};

// "+12 s", "+4 min", "+3 h 05 min", "+2 d 4 h": short enough for a column.
QString elapsedText(double seconds);

} // namespace candor
