#pragma once

#include "core/store/server/ServerWorkingCopy.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace candor {

class ProjectStore;
class ServerConnection;

// Keeps a working copy current while a window shows it: it listens for the server's change notices (LISTEN
// candor_changes) and catches the copy up shortly after one arrives (notices in a burst are taken together), and
// once a minute anyway, since notices sent while the connection was down are lost; it listens anew when its
// connection died. Lives in the thread of the store it was given (the GUI thread), whose event loop delivers the
// notices; a catch-up is a few small queries there, and while the server is away it is tried less and less often
// (each try can wait for the address's connect_timeout, 10 s unless it says otherwise).
class ServerChangeListener : public QObject
{
    Q_OBJECT

public:
    // Throws candor::Error when the store is not a working copy or its server cannot be reached.
    explicit ServerChangeListener(const ProjectStore &store, QObject *parent = nullptr);
    ~ServerChangeListener() override;

    // Catches up now (also what the notices and the timer do).
    void catchUp();

Q_SIGNALS:
    // After a catch-up that brought something: the window rereads what it shows.
    void caughtUp(const candor::CatchUpReport &report);
    // A catch-up failed (the server away, the copy's content outdated): a sentence for the log.
    void failed(const QString &message);

private:
    void listen();

    const ProjectStore &m_store;
    QString m_url;
    std::unique_ptr<ServerConnection> m_connection;
    QTimer m_burst;
    QTimer m_poll;
};

} // namespace candor
