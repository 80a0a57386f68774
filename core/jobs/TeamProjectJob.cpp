#include "core/jobs/TeamProjectJob.h"

#include "core/store/Database.h"
#include "core/store/server/ServerAddress.h"
#include "core/store/server/ServerWorkingCopy.h"

namespace candor {

TeamProjectJob::TeamProjectJob(const QString &address, QObject *parent)
    : Job(tr("Open team project %1").arg(ServerAddress::parse(address).display()), parent)
    , m_address(address)
{
}

QJsonObject TeamProjectJob::run()
{
    const QString path = ServerWorkingCopy::open(
        ServerAddress::parse(m_address), {}, [this](qint64 done, qint64 total) { reportProgress(done, total); },
        cancelToken().flag());
    Database::close(path); // the window opens it on its own thread
    markCompleted();
    return {{QStringLiteral("path"), path}};
}

} // namespace candor
