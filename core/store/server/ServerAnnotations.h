#pragma once

#include "core/domain/Annotation.h"
#include "core/store/server/ServerAddress.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace candor {

// An annotation as the server holds it: the row, its version and who changed it last.
struct ServerAnnotation
{
    Annotation annotation;
    qint64 rowVersion = 0;
    QString updatedBy;
};

// What became of an edit made against a row version.
struct ServerEdit
{
    enum class Outcome {
        Applied, // the row now carries the edit (rowVersion is its new version)
        Conflict, // someone changed the row since the version the edit was made against: nothing was changed
        Missing, // the row is gone (deleted by its owner or a curator)
        Refused, // the row is there at that version but not the caller's to change (the server's policies)
    };
    Outcome outcome = Outcome::Applied;
    qint64 rowVersion = 0; // the row's version now (0 when missing)
    QString changedBy; // for a conflict: who made the newer version
};

// A person's annotation edits on a team server, as the connected login (who is the annotator: the server stamps
// it and row-level security holds it to their own rows). Each edit is its own transaction, so none waits for
// another person's; an edit is made against the row version the person saw, and a newer version is reported as a
// conflict instead of being overwritten. A connection that dropped (a server restart, a network cut) is reopened
// and the edit sent once more; an addition carries a key so that, when the first attempt did reach the server,
// the second finds it instead of adding a copy. An edit that cannot be delivered throws, never vanishes.
class ServerAnnotations
{
public:
    explicit ServerAnnotations(const ServerAddress &address);
    ~ServerAnnotations();
    ServerAnnotations(const ServerAnnotations &) = delete;
    ServerAnnotations &operator=(const ServerAnnotations &) = delete;

    QString login() const { return m_login; }

    // A row of the connected login: human, or curated when annotation.origin says so (a curator's; the server's
    // policies refuse it to others); annotator is the login whatever the annotation says. `editKey` is
    // unique per edit (a UUID): the same key twice stores the row once. Throws for an unknown schema or label,
    // an item the server does not have, or a refusal by the server's policies.
    ServerAnnotation add(const Annotation &annotation, const QString &editKey);
    ServerEdit setStatus(qint64 annotationId, qint64 expectedVersion, Status status);
    ServerEdit remove(qint64 annotationId, qint64 expectedVersion);
    std::optional<ServerAnnotation> annotation(qint64 annotationId);
    QList<ServerAnnotation> annotationsOf(qint64 itemId);

    // "Next item" for this annotator: one nobody else holds an unexpired claim on and they have no row on yet,
    // claimed for `ttlSeconds`; nullopt when none is left.
    std::optional<qint64> claimNext(int ttlSeconds, qint64 afterItemId = 0);

    // The live connection (reopened first when it dropped), for reading rows back as they are stored.
    QSqlDatabase connection();

private:
    template <typename Edit>
    auto deliver(const Edit &edit) -> decltype(edit());
    bool connectionAlive();
    void reconnect();
    ServerEdit outcomeOf(qint64 annotationId, qint64 expectedVersion);

    ServerAddress m_address;
    std::unique_ptr<ServerConnection> m_connection;
    QString m_login;
};

} // namespace candor
