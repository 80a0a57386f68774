#pragma once

#include <QString>

namespace candor {

// Who runs a job: the host, the process id and when that process started. A job row written 'running' carries
// its owner; a later open of the project marks the row 'interrupted' only when its owner is provably gone (same
// host, and no process with that id, or one that started at another time: the id was reused). A job of another
// host or of a live process (another window, a worker thread of this one) is never touched.
struct JobOwner
{
    QString host;
    qint64 pid = 0;
    QString started; // the process start as the OS reports it; empty where it cannot be read

    static JobOwner current();
    bool isGone() const;
};

} // namespace candor
