// The window's side of a team project on a server: asking for its address, and rereading what it shows when the
// working copy took in other people's changes.
#include "core/domain/Error.h"
#include "core/store/ProjectStore.h"
#include "core/store/server/ServerAddress.h"
#include "core/store/server/ServerChangeListener.h"
#include "widgets/itemview/ItemView.h"
#include "widgets/main/MainWindow.h"

#include <QInputDialog>
#include <QLabel>
#include <QStatusBar>

namespace candor {

void MainWindow::askTeamProject()
{
    bool accepted = false;
    const QString address = QInputDialog::getText(this, tr("Open team project"),
        tr("The team project's address, as its administrator gave it:\n"
           "postgresql://you@host/database (add ?sslmode=verify-full&sslrootcert=FILE for TLS).\n"
           "The password comes from your PGPASSFILE (~/.pgpass) or PGPASSWORD, never from the address."),
        QLineEdit::Normal, QStringLiteral("postgresql://"), &accepted)
                                .trimmed();
    if (!accepted || address.isEmpty())
        return;
    try {
        ServerAddress::parse(address); // a malformed address is named before anything is tried
    } catch (const Error &error) {
        reportError(error.message());
        return;
    }
    openProject(address);
}

// On a team project "next unreviewed" asks the server, which hands each annotator a different item (a claim with an
// expiry); the browser's filter does not apply there, since the server does not know it.
bool MainWindow::claimNextTeamItem()
{
    std::optional<qint64> next;
    try {
        next = ServerWorkingCopy::claimNext(*m_store, m_itemView->itemId());
    } catch (const Error &error) {
        reportError(error.message());
        return false;
    }
    if (!next) {
        statusBar()->showMessage(tr("No item left that you have not annotated and nobody else is working on"), 6000);
        return false;
    }
    showItem(*next);
    statusBar()->showMessage(tr("Item %1 is yours for %2 minutes: the team is served other items")
                                 .arg(*next)
                                 .arg(ServerWorkingCopy::claimMinutes),
        6000);
    return true;
}

void MainWindow::listenToTeam()
{
    // On a team project every edit carries the person's server login (the server stamps it), whatever the profile.
    const QString login = m_store->metaValue(QStringLiteral("server_login"));
    m_annotatorLabel->setAccessibleDescription(tr("%1 (team login)").arg(login));
    m_annotatorLabel->setText(QStringLiteral("&#9632; ") + tr("%1 (team login)").arg(login.toHtmlEscaped()));
    m_annotatorLabel->setToolTip(
        tr("On this team project your annotations carry your server login, %1, whatever the profile says.").arg(login));
    try {
        m_teamListener = std::make_unique<ServerChangeListener>(*m_store);
    } catch (const Error &error) {
        appendLog(tr("Not listening for the team's changes: %1").arg(error.message()));
        return;
    }
    connect(m_teamListener.get(), &ServerChangeListener::caughtUp, this, [this](const CatchUpReport &report) {
        if (report.structural) {
            appendLog(tr("The team project's content or schemas changed on the server: open it again to bring "
                         "them in."));
            // Said once: until the copy is pulled again it takes in nothing more, so the listener stops here.
            m_teamListener.release()->deleteLater();
            return;
        }
        appendLog(tr("Took in %n change(s) from the team.", nullptr, report.annotations + report.factChecks));
        rereadProject();
    });
    connect(m_teamListener.get(), &ServerChangeListener::failed, this,
        [this](const QString &message) { appendLog(tr("Team project: %1").arg(message)); });
}

} // namespace candor
