#pragma once

#include <QSqlDatabase>

namespace candor {

// Schema version 6: what lets the project notice damage and dead work.
//  - model_files.sha256: the SHA-256 of each model file, written at registration and checked at every load, so
//    bytes changed outside Candor (a bad disk, a careless edit) give a clear error instead of wrong predictions.
//    Files stored before this version get the hash of their bytes as they are now: from here on, changes show.
//  - jobs: status 'interrupted' (a job whose process died, e.g. kill -9 or power loss) and the owner of a
//    running job (host, process id, process start), so the next open can tell a dead job from a live one in
//    another thread or process. Rows still 'running' at the upgrade have no owner and are marked interrupted.
void migrateToVersion6(const QSqlDatabase &db);

} // namespace candor
