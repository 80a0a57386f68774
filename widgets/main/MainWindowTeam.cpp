// The window's side of a team project on a server: asking for its address, and rereading what it shows when the
// working copy took in other people's changes.
#include "core/domain/Error.h"
#include "core/store/ProjectStore.h"
#include "core/store/server/ServerAddress.h"
#include "core/store/server/ServerChangeListener.h"
#include "widgets/main/MainWindow.h"

#include <QInputDialog>

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

void MainWindow::listenToTeam()
{
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
            return;
        }
        appendLog(tr("Took in %n change(s) from the team.", nullptr, report.annotations + report.factChecks));
        rereadProject();
    });
    connect(m_teamListener.get(), &ServerChangeListener::failed, this,
        [this](const QString &message) { appendLog(tr("Team project: %1").arg(message)); });
}

} // namespace candor
