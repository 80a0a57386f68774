#pragma once

#include "core/jobs/Job.h"

namespace candor {

// Brings the person's working copy of a team project up to date on a worker thread (the first time: pulls the
// whole project, which can take a while), so the window stays responsive; the window opens the copy when it ends.
class TeamProjectJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamProjectJob)

public:
    explicit TeamProjectJob(const QString &address, QObject *parent = nullptr);
    QString address() const { return m_address; }

protected:
    QJsonObject run() override;

private:
    QString m_address;
};

} // namespace candor
