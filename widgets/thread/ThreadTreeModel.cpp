#include "widgets/thread/ThreadTreeModel.h"

#include "core/i18n/Translations.h"
#include "widgets/common/ScreenThumbnail.h"

#include <QColor>
#include <QLocale>
#include <QPixmap>

#include <cmath>

namespace candor {

namespace {

// Twitter stores tweet text with &, < and > HTML-escaped; the project keeps the text as delivered (its offsets and
// the models see it so), the tree shows what the author typed.
QString readableTweetText(QString text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    return text.replace(QLatin1String("&amp;"), QLatin1String("&"));
}

} // namespace

QString elapsedText(double seconds)
{
    const qint64 s = qint64(std::llround(std::max(0.0, seconds)));
    if (s < 60)
        return QStringLiteral("+%1 s").arg(s);
    if (s < 3600)
        return QStringLiteral("+%1 min").arg(s / 60);
    if (s < 86400)
        return QStringLiteral("+%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("+%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

ThreadTreeModel::ThreadTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ThreadTreeModel::setConversation(ThreadConversation conversation)
{
    beginResetModel();
    m_conversation = std::move(conversation);
    m_top.clear();
    if (m_conversation.root >= 0)
        m_top.append(m_conversation.root);
    endResetModel();
}

int ThreadTreeModel::postOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) - 1 : -1;
}

const QList<int> &ThreadTreeModel::childrenOf(int post) const
{
    return post < 0 ? m_top : m_conversation.posts[post].children;
}

QModelIndex ThreadTreeModel::indexOfPost(int postIndex, int column) const
{
    if (postIndex < 0 || postIndex >= m_conversation.posts.size())
        return {};
    const int parent = m_conversation.posts[postIndex].parent;
    const int row = int((parent < 0 ? m_top : m_conversation.posts[parent].children).indexOf(postIndex));
    return row < 0 ? QModelIndex() : createIndex(row, column, quintptr(postIndex + 1));
}

QModelIndex ThreadTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<int> &children = childrenOf(postOf(parent));
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[row] + 1));
}

QModelIndex ThreadTreeModel::parent(const QModelIndex &child) const
{
    const int post = postOf(child);
    if (post < 0)
        return {};
    return indexOfPost(m_conversation.posts[post].parent);
}

int ThreadTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(postOf(parent)).size());
}

int ThreadTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ThreadTreeModel::data(const QModelIndex &index, int role) const
{
    const int post = postOf(index);
    if (post < 0 || post >= m_conversation.posts.size())
        return {};
    const ConversationPost &p = m_conversation.posts[post];
    const StanceMark *stance = p.shown();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == PostColumn)
            return p.post.author.isEmpty()
                ? readableTweetText(p.post.text)
                : QStringLiteral("%1: %2").arg(p.post.author, readableTweetText(p.post.text));
        if (index.column() == TimeColumn)
            return post == m_conversation.root ? QLocale().toString(p.post.createdAt.toUTC(), QLocale::ShortFormat)
                                               : elapsedText(p.secondsSinceSource);
        if (index.column() == StanceColumn && stance)
            return stance->score
                ? QStringLiteral("%1 · %2 %3")
                      .arg(Translations::labelName(stance->label), originName(stance->origin))
                      .arg(*stance->score, 0, 'f', 2)
                : QStringLiteral("%1 · %2").arg(Translations::labelName(stance->label), originName(stance->origin));
        return {};
    case Qt::ToolTipRole: return QStringLiteral("%1\n%2").arg(p.post.postId, readableTweetText(p.post.text));
    case Qt::DecorationRole:
        if (index.column() == PostColumn && !p.thumbnail.isNull())
            return screenThumbnail(p.thumbnail, 48);
        return {};
    case PostIndexRole: return post;
    case PostRowIdRole: return p.post.id;
    case StanceLabelRole: return stance ? stance->label : QString();
    case StanceOriginRole: return stance ? originName(stance->origin) : QString();
    case StanceScoreRole: return stance && stance->score ? QVariant(*stance->score) : QVariant();
    case AttentionRole: return p.attention ? QVariant(*p.attention) : QVariant();
    case DepthRole: return p.depth;
    default: return {};
    }
}

QVariant ThreadTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PostColumn: return tr("Post");
    case TimeColumn: return tr("Time");
    case StanceColumn: return tr("Stance");
    default: return {};
    }
}

} // namespace candor
