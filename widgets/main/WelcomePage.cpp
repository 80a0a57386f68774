#include "widgets/main/WelcomePage.h"

#include "core/store/server/ServerAddress.h"

#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace candor {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    setAccessibleName(tr("Welcome"));
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/candor.svg")).pixmap(72, 72));
    auto *title
        = new QLabel(tr("<h1>Candor</h1><p>A workbench against online manipulation: persuasion techniques in memes "
                        "and posts, narratives, rumours.</p>"),
            this);
    title->setWordWrap(true);
    auto *header = new QHBoxLayout;
    header->addWidget(logo);
    header->addWidget(title, 1);

    auto *newButton = new QPushButton(tr("New project…"), this);
    auto *openButton = new QPushButton(tr("Open…"), this);
    auto *sampleButton = new QPushButton(tr("Open sample project"), this);
    sampleButton->setToolTip(
        tr("A small project built from bundled sample data: memes, Telegram chats and reply threads "
           "with gold labels, ready to train and retrain"));
    for (QPushButton *button : {newButton, openButton, sampleButton})
        button->setMinimumHeight(button->sizeHint().height() + 8);
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newProjectRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);
    connect(sampleButton, &QPushButton::clicked, this, &WelcomePage::sampleProjectRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(sampleButton);
    buttons->addStretch(1);

    m_recent->setAccessibleName(tr("Recent projects"));
    m_recent->setMaximumHeight(m_recent->fontMetrics().height() * 12);
    connect(m_recent, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { Q_EMIT recentProjectActivated(item->data(Qt::UserRole).toString()); });
    auto *hint
        = new QLabel(tr("Drop dataset files or folders onto the window to import them into the open project."), this);
    hint->setWordWrap(true);

    auto *column = new QVBoxLayout;
    column->addLayout(header);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addSpacing(12);
    column->addWidget(new QLabel(tr("<b>Recent projects</b>"), this));
    column->addWidget(m_recent);
    column->addWidget(hint);
    column->addStretch(1);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);
}

void WelcomePage::setRecentProjects(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        // A team project on a server is listed by its database and address (never with a password: it has none).
        const bool team = ServerAddress::isServerUrl(path);
        auto *item = new QListWidgetItem(team
                ? tr("%1 — team project at %2")
                      .arg(ServerAddress::parse(path).database(), ServerAddress::parse(path).display())
                : tr("%1 — %2").arg(QFileInfo(path).completeBaseName(), QDir::toNativeSeparators(path)),
            m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (paths.isEmpty())
        new QListWidgetItem(tr("(none yet)"), m_recent);
}

} // namespace candor
