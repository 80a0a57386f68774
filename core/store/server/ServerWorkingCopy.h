#pragma once

#include "core/domain/Annotation.h"
#include "core/store/server/ProjectTransfer.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <optional>

namespace candor {

class ProjectStore;
class ServerAddress;

// What a catch-up brought in.
struct CatchUpReport
{
    int annotations = 0; // annotation changes by others (the person's own are in the copy already)
    int factChecks = 0;
    // The team's content or schemas changed on the server: the copy must be pulled again (open() does it).
    bool structural = false;
    qint64 lastChange = 0; // the newest change log entry taken in (0: none)
};

// A person's working copy of a team project: a project file in their cache folder that mirrors the server, so that
// every view, filter, report and model of Candor works on it unchanged and fast, while the server stays the truth.
// - open() pulls the project the first time and afterwards applies the server's change log since the copy last
//   looked (annotations and fact checks row by row; a change of content or schemas pulls the copy again).
// - Annotation edits (ProjectStore::addAnnotation, setAnnotationStatus, deleteAnnotation on a working copy) go to the
//   server first, each in its own transaction as the person's login, against the row version the copy holds; the
//   copy then takes the row as the server stored it. A stale edit is refused and the newer row shown.
// - Every other write to the copy's project tables is refused by triggers in the file (imports, schema edits, model
//   versions, fact checks): on a team project they are the server's, and a copy that drifted from it would show
//   people things their team does not see.
class ServerWorkingCopy
{
public:
    // <cache>/candor/team-projects: one file per server database and login.
    static QString defaultFolder();
    // The up-to-date working copy of `server` for the connected login; returns its path.
    static QString open(const ServerAddress &server, const QString &folder = {},
        const ProjectTransfer::Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
    static bool isWorkingCopy(const QSqlDatabase &file);
    // Closes this thread's server connections for edits (a window closing its team project).
    static void closeConnections();
    // What ProjectStore records when it opens a path, and asks before each annotation edit (one lookup for a normal
    // project): whether the project at `path` is a working copy.
    static void noteOpened(const QString &path, bool isWorkingCopy);
    static bool isOpenedWorkingCopy(const QString &path);
    // Applies the server's changes since the copy last looked (a window that listens for the server's notices
    // calls it when one arrives). Never pulls: a structural change is only reported.
    static CatchUpReport catchUp(const QSqlDatabase &file);

    // "Next unreviewed" on a team project: the next item after `afterItemId` (then from the start) that the person
    // has no row on and nobody else holds, claimed on the server for 30 minutes so nobody else is served it.
    static std::optional<qint64> claimNext(const ProjectStore &store, qint64 afterItemId);
    static constexpr int claimMinutes = 30;

    // The edits ProjectStore sends here on a working copy. Throw candor::Error for people: a conflict (with who
    // changed the row), a row that is not theirs, a row deleted meanwhile, an origin a copy cannot save.
    static qint64 addAnnotation(const QSqlDatabase &file, const Annotation &annotation);
    static void setAnnotationStatus(const QSqlDatabase &file, qint64 annotationId, Status status);
    static void deleteAnnotation(const QSqlDatabase &file, qint64 annotationId);
};

} // namespace candor
