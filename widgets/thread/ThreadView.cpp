#include "widgets/thread/ThreadView.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/i18n/Translations.h"
#include "core/store/ProjectStore.h"
#include "widgets/annotation/AnnotationEditor.h"
#include "widgets/thread/StanceChipDelegate.h"
#include "widgets/thread/StanceKeys.h"
#include "widgets/thread/StanceTimelineView.h"
#include "widgets/thread/ThreadEdits.h"
#include "widgets/thread/ThreadTreeModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace candor {

ThreadView::ThreadView(AnnotationEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    m_model = new ThreadTreeModel(this);
    m_tree = new QTreeView(this);
    m_tree->setAccessibleName(tr("Thread posts and their stances"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegateForColumn(ThreadTreeModel::StanceColumn, new StanceChipDelegate(m_tree));
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setIconSize(QSize(48, 48));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ThreadTreeModel::PostColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ThreadTreeModel::TimeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->resizeSection(ThreadTreeModel::StanceColumn, 190);

    m_timeline = new StanceTimelineView(this);
    connect(m_timeline, &StanceTimelineView::postClicked, this, &ThreadView::setCurrentPost);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        m_timeline->selectPost(current.isValid() ? current.data(ThreadTreeModel::PostIndexRole).toInt() : -1);
    });

    m_veracity = new QComboBox(this);
    m_veracity->addItem(tr("(no answer)"), QString());
    for (const QString &label : {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("unverified")})
        m_veracity->addItem(Translations::labelName(label), label);
    connect(m_veracity, &QComboBox::activated, this, [this](int index) {
        const QString label = m_veracity->itemData(index).toString();
        if (!label.isEmpty())
            setVeracity(label);
    });
    m_veracityHint = new QLabel(this);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Veracity:"), this));
    top->addWidget(m_veracity);
    top->addWidget(m_veracityHint, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_timeline);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    for (const QString &label :
        {QStringLiteral("support"), QStringLiteral("deny"), QStringLiteral("query"), QStringLiteral("comment")}) {
        auto *shortcut = new QShortcut(this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        shortcut->setWhatsThis(
            tr("Stance of the current reply (thread view): %1").arg(label)); // the shortcuts dialog's text
        connect(shortcut, &QShortcut::activated, this, [this, label] { setCurrentStance(label); });
        m_stanceShortcuts.append(shortcut);
    }
    setStanceKeys(storedStanceKeys()); // Edit > Stance keys… changes them

    if (m_editor)
        connect(m_editor, &AnnotationEditor::itemChanged, this, [this](qint64 itemId) {
            if (itemId != 0 && itemId == this->itemId()) {
                reload();
                Q_EMIT annotationsChanged(itemId);
            }
        });
}

void ThreadView::setStanceKeys(const QList<QKeySequence> &keys)
{
    for (int i = 0; i < m_stanceShortcuts.size() && i < keys.size(); ++i)
        m_stanceShortcuts[i]->setKey(keys[i]);
}

QList<QKeySequence> ThreadView::stanceKeys() const
{
    QList<QKeySequence> keys;
    for (const QShortcut *shortcut : m_stanceShortcuts)
        keys.append(shortcut->key());
    return keys;
}

const ThreadConversation &ThreadView::conversation() const
{
    return m_model->conversation();
}

void ThreadView::showThread(qint64 itemId)
{
    if (!m_editor || !m_editor->store())
        throw Error(QStringLiteral("thread view: no project open"));
    showConversation(loadConversation(*m_editor->store(), itemId));
}

void ThreadView::showConversation(const ThreadConversation &conversation)
{
    // A reload keeps the reply in hand; another thread starts at its source post.
    const int current = conversation.itemId == itemId() ? currentPost() : -1;
    m_model->setConversation(conversation);
    m_tree->expandAll();
    m_timeline->setConversation(conversation);
    updateVeracityBox();
    setCurrentPost(current >= 0 && current < conversation.posts.size() ? current : conversation.root);
}

void ThreadView::updateVeracityBox()
{
    const ThreadConversation &c = m_model->conversation();
    const StanceMark *shown = c.humanVeracity ? &*c.humanVeracity : c.goldVeracity ? &*c.goldVeracity : nullptr;
    const QSignalBlocker block(m_veracity);
    m_veracity->setCurrentIndex(shown ? std::max(0, m_veracity->findData(shown->label)) : 0);
    QStringList hints;
    if (shown)
        hints.append(tr("%1 answer").arg(originName(shown->origin)));
    if (c.modelVeracity)
        hints.append(
            tr("model: %1 (%2)").arg(c.modelVeracity->label).arg(c.modelVeracity->score.value_or(0), 0, 'f', 2));
    m_veracityHint->setText(hints.join(QStringLiteral(" · ")));
}

int ThreadView::currentPost() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? current.data(ThreadTreeModel::PostIndexRole).toInt() : -1;
}

void ThreadView::setCurrentPost(int postIndex)
{
    const QModelIndex index = m_model->indexOfPost(postIndex);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

bool ThreadView::setCurrentStance(const QString &label)
{
    const int post = currentPost();
    if (!m_editor || post < 0)
        return false;
    return setHumanAnswer(*m_editor, itemId(), m_model->conversation().posts[post].post.id, Schemas::Stance4, label);
}

bool ThreadView::setVeracity(const QString &label)
{
    if (!m_editor || m_model->conversation().root < 0)
        return false;
    return setHumanAnswer(*m_editor, itemId(), std::nullopt, Schemas::Veracity3, label);
}

void ThreadView::reload()
{
    if (!m_editor || !m_editor->store() || itemId() == 0)
        return;
    try {
        showConversation(loadConversation(*m_editor->store(), itemId()));
    } catch (const Error &error) {
        Q_EMIT errorOccurred(error.message());
    }
}

} // namespace candor
