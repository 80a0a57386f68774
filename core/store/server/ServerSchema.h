#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace candor {

// The project schema on PostgreSQL. The tables and columns are those of the SQLite project at
// Migrations::latestVersion (ids, names, checks alike), so that a project moves between file and server row for
// row; where the dialects differ the server has its own form: BYTEA for BLOB, identity columns for rowids,
// a tsvector column with a GIN index for FTS5, PL/pgSQL triggers. What only a shared database needs is here too:
// - three group roles per project, annotator < curator < admin, enforced by grants and row-level security
//   (an annotator writes only their own human rows and fact checks, whatever client they use), and CONNECT on
//   the database for the team only;
// - a row version on rows people edit, raised by a trigger, so that a stale edit is detected, not applied;
// - claims with an expiry, handed out by candor_claim_next() so two annotators are not served the same item;
// - NOTIFY candor_changes on every edit, so other annotators' windows refresh without reopening.
// PostgreSQL roles are cluster-wide, so each project's are named after its database (candor_<database>_curator)
// and recorded in its team_roles table.
class ServerSchema
{
public:
    enum class Role { Annotator, Curator, Admin };
    struct Member
    {
        QString login;
        Role role = Role::Annotator;
    };

    static QString roleWord(Role role); // "annotator", "curator", "admin"
    static std::optional<Role> roleFromWord(const QString &word);
    // The group role a project's database uses for `role` (each project has its own three).
    static QString roleName(const QSqlDatabase &db, Role role);
    // The schema version a server database holds: 0 when it holds no Candor project. Throws when the database
    // holds other tables but no Candor meta table (not a Candor database).
    static int installedVersion(const QSqlDatabase &db);
    // Creates the tables, triggers, functions, group roles (when missing) and policies in the caller's
    // transaction. Needs a user that may create roles (CREATEROLE) unless the roles exist.
    static void install(const QSqlDatabase &db);
    // Makes an existing login a member of this project's team with one role (and no other role of this project).
    // Throws for an unknown login.
    static void setMemberRole(const QSqlDatabase &db, const QString &login, Role role);
    // Takes the login out of this project's team (it keeps its rows; they stay attributed to it).
    static void removeMember(const QSqlDatabase &db, const QString &login);
    // The project's team: every login with one of its roles, by login name.
    static QList<Member> members(const QSqlDatabase &db);

    // The project tables a transfer copies, parents before children.
    static QStringList projectTables();
    // The SQLite project's derived tables (summaries, facets, the FTS5 index): rebuilt by its triggers from the
    // project tables, so never copied.
    static QStringList derivedFileTables();
};

} // namespace candor
