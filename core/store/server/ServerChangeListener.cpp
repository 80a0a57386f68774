#include "core/store/server/ServerChangeListener.h"

#include "core/domain/Error.h"
#include "core/store/ProjectStore.h"
#include "core/store/StoreConnection.h"
#include "core/store/server/ServerAddress.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <algorithm>

namespace candor {

namespace {

constexpr int kBurstMs = 300; // notices of one burst (a curator's batch) are taken together
constexpr int kPollMs = 60 * 1000;
constexpr int kMaxPollMs = 5 * 60 * 1000;

} // namespace

ServerChangeListener::ServerChangeListener(const ProjectStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_url(store.metaValue(QStringLiteral("server_url")))
{
    if (!ServerWorkingCopy::isOpenedWorkingCopy(store.path()) || m_url.isEmpty())
        throw Error(Error::tr("'%1' is not a working copy of a team project").arg(store.path()));
    m_burst.setSingleShot(true);
    m_burst.setInterval(kBurstMs);
    connect(&m_burst, &QTimer::timeout, this, &ServerChangeListener::catchUp);
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &ServerChangeListener::catchUp);
    m_poll.start();
    listen();
}

ServerChangeListener::~ServerChangeListener() = default;

void ServerChangeListener::listen()
{
    m_connection.reset();
    try {
        m_connection = std::make_unique<ServerConnection>(ServerAddress::parse(m_url));
    } catch (const Error &error) {
        Q_EMIT failed(error.message());
        return;
    }
    QSqlDriver *driver = m_connection->db().driver();
    if (!driver->subscribeToNotification(QStringLiteral("candor_changes"))) {
        Q_EMIT failed(Error::tr("cannot listen for changes on %1").arg(ServerAddress::parse(m_url).display()));
        return;
    }
    connect(driver, &QSqlDriver::notification, this, [this] { m_burst.start(); });
}

void ServerChangeListener::catchUp()
{
    try {
        const CatchUpReport report = ServerWorkingCopy::catchUp(storeConnection(m_store));
        if (report.structural || report.annotations > 0 || report.factChecks > 0)
            Q_EMIT caughtUp(report);
    } catch (const Error &error) {
        // The server away: ask less often (each try can wait for the connect timeout), up to every 5 minutes.
        m_poll.setInterval(std::min(m_poll.interval() * 2, kMaxPollMs));
        Q_EMIT failed(error.message());
        return;
    }
    m_poll.setInterval(kPollMs);
    // QPSQL keeps a connection it lost "open" and its LISTEN silently dead: probe it, and listen anew if it is.
    QSqlQuery probe(m_connection ? m_connection->db() : QSqlDatabase());
    if (!m_connection || !probe.exec(QStringLiteral("SELECT 1")))
        listen();
}

} // namespace candor
