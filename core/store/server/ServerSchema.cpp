#include "core/store/server/ServerSchema.h"

#include "core/domain/Error.h"
#include "core/store/Migrations.h"
#include "core/store/Sql.h"
#include "core/store/server/ServerSchemaSql.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

namespace candor {

namespace {

void runAll(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &statement : statements)
        sql::exec(db, statement);
}

const ServerSchema::Role kRoles[]
    = {ServerSchema::Role::Annotator, ServerSchema::Role::Curator, ServerSchema::Role::Admin};

// candor_<database>_<role>, in lower-case letters, digits and underscores only (so that it needs no quoting); a
// database name that loses characters on the way, or is long, gets a short hash of itself so names never collide.
QString roleNameFor(const QString &database, ServerSchema::Role role)
{
    QString base;
    for (const QChar c : database.toLower())
        base.append((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit() ? c : QLatin1Char('_'));
    if (base != database || base.size() > 32)
        base = base.left(32) + QLatin1Char('_')
            + QString::fromLatin1(
                QCryptographicHash::hash(database.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    return QStringLiteral("candor_%1_%2").arg(base, ServerSchema::roleWord(role));
}

bool roleExists(const QSqlDatabase &db, const QString &role)
{
    QSqlQuery query = sql::prepare(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"));
    query.bindValue(0, role);
    return sql::scalar(query).toInt() == 1;
}

// Role names cannot be bound as parameters: quote_ident on the server makes any login name safe in a statement.
QString quotedIdentifier(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query = sql::prepare(db, QStringLiteral("SELECT quote_ident(?)"));
    query.bindValue(0, name);
    return sql::scalar(query).toString();
}

} // namespace

QString ServerSchema::roleWord(Role role)
{
    switch (role) {
    case Role::Annotator: return QStringLiteral("annotator");
    case Role::Curator: return QStringLiteral("curator");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

std::optional<ServerSchema::Role> ServerSchema::roleFromWord(const QString &word)
{
    for (Role role : kRoles)
        if (roleWord(role) == word)
            return role;
    return std::nullopt;
}

QString ServerSchema::roleName(const QSqlDatabase &db, Role role)
{
    // Quoted by the server: the name goes into GRANT and REVOKE statements, so whatever the table holds, it can
    // only ever name a role.
    QSqlQuery query = sql::prepare(db, QStringLiteral("SELECT quote_ident(role_name) FROM team_roles WHERE role = ?"));
    query.bindValue(0, roleWord(role));
    const QString name = sql::scalar(query).toString();
    if (name.isEmpty())
        throw Error(Error::tr("the server database '%1' has no %2 role recorded (team_roles)")
                        .arg(db.databaseName(), roleWord(role)));
    return name;
}

int ServerSchema::installedVersion(const QSqlDatabase &db)
{
    const bool hasMeta = sql::scalar(db, QStringLiteral("SELECT to_regclass('public.meta') IS NOT NULL")).toBool();
    if (!hasMeta) {
        const int tables = sql::scalar(db,
            QStringLiteral("SELECT count(*) FROM information_schema.tables"
                           " WHERE table_schema = 'public'"))
                               .toInt();
        if (tables > 0)
            throw Error(Error::tr("the database '%1' holds %2 tables but no Candor project (no meta table); use an "
                                  "empty database for a team project")
                            .arg(db.databaseName())
                            .arg(tables));
        return 0;
    }
    const QString application
        = sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'application'")).toString();
    if (application != QLatin1String("candor"))
        throw Error(Error::tr("the database '%1' has a meta table but is not a Candor project").arg(db.databaseName()));
    bool ok = false;
    const int version
        = sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toString().toInt(&ok);
    if (!ok || version < 1)
        throw Error(Error::tr("the database '%1' has no valid schema version").arg(db.databaseName()));
    return version;
}

void ServerSchema::install(const QSqlDatabase &db)
{
    // Granting a membership that exists (a project pushed again after a failed try) is harmless but NOTICEs about it.
    sql::exec(db, QStringLiteral("SET LOCAL client_min_messages = warning"));
    runAll(db, serversql::tables());
    runAll(db, serversql::serverFeatures());
    const QString database = sql::scalar(db, QStringLiteral("SELECT current_database()")).toString();
    QSqlQuery record = sql::prepare(db, QStringLiteral("INSERT INTO team_roles(role, role_name) VALUES (?, ?)"));
    QStringList names;
    for (Role role : kRoles) {
        const QString name = roleNameFor(database, role);
        if (!roleExists(db, name)) {
            sql::exec(db, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(name));
        } else {
            // Left by a dropped database of the same name: its team is not this project's team.
            QSqlQuery old = sql::prepare(db,
                QStringLiteral(
                    "SELECT quote_ident(u.rolname) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid"
                    " JOIN pg_roles u ON u.oid = m.member WHERE r.rolname = ? AND u.rolcanlogin"));
            old.bindValue(0, name);
            sql::exec(old);
            QStringList logins;
            while (old.next())
                logins.append(old.value(0).toString());
            for (const QString &login : std::as_const(logins))
                sql::exec(db, QStringLiteral("REVOKE %1 FROM %2").arg(name, login));
        }
        record.bindValue(0, roleWord(role));
        record.bindValue(1, name);
        sql::exec(record);
        names.append(name);
    }
    // Each role includes the one below it: a curator annotates, an admin curates.
    sql::exec(db, QStringLiteral("GRANT %1 TO %2").arg(names[0], names[1]));
    sql::exec(db, QStringLiteral("GRANT %1 TO %2").arg(names[1], names[2]));
    runAll(db, serversql::rolesAndPolicies(names[0], names[1], names[2]));
    // The installer administers the project (and owns its tables, which FORCE ROW LEVEL SECURITY does not exempt).
    const bool superuser
        = sql::scalar(db, QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).toBool();
    if (!superuser)
        sql::exec(db, QStringLiteral("GRANT %1 TO CURRENT_USER").arg(names[2]));
    sql::exec(db,
        QStringLiteral("INSERT INTO meta(key, value) VALUES ('application', 'candor'), ('schema_version', '%1')")
            .arg(Migrations::latestVersion));
}

void ServerSchema::setMemberRole(const QSqlDatabase &db, const QString &login, Role role)
{
    if (!roleExists(db, login))
        throw Error(Error::tr("the server has no login '%1'; an administrator creates it first (CREATE ROLE ... LOGIN)")
                        .arg(login));
    // One transaction: a person is never left with no role, or two, when something fails half-way.
    sql::exec(db, QStringLiteral("BEGIN"));
    try {
        removeMember(db, login);
        sql::exec(db, QStringLiteral("GRANT %1 TO %2").arg(roleName(db, role), quotedIdentifier(db, login)));
        sql::exec(db, QStringLiteral("COMMIT"));
    } catch (...) {
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

void ServerSchema::removeMember(const QSqlDatabase &db, const QString &login)
{
    const QString quoted = quotedIdentifier(db, login);
    for (const Member &member : members(db))
        if (member.login == login)
            sql::exec(db, QStringLiteral("REVOKE %1 FROM %2").arg(roleName(db, member.role), quoted));
    // A membership another role granted survives a REVOKE by this one (with only a warning): say so, do not claim
    // the person is out.
    for (const Member &member : members(db))
        if (member.login == login)
            throw Error(Error::tr("'%1' is still %2 of this project: the membership was granted by another role, "
                                  "which must revoke it (or a superuser)")
                            .arg(login, roleWord(member.role)));
}

QList<ServerSchema::Member> ServerSchema::members(const QSqlDatabase &db)
{
    // Direct members only: the roles' own chain (annotator in curator in admin) is not a person.
    QSqlQuery query = sql::prepare(db,
        QStringLiteral("SELECT u.rolname, t.role FROM team_roles t JOIN pg_roles r ON r.rolname = t.role_name"
                       " JOIN pg_auth_members m ON m.roleid = r.oid JOIN pg_roles u ON u.oid = m.member"
                       " WHERE u.rolname NOT IN (SELECT role_name FROM team_roles) ORDER BY u.rolname, t.role"));
    sql::exec(query);
    QList<Member> team;
    while (query.next())
        team.append({query.value(0).toString(), roleFromWord(query.value(1).toString()).value_or(Role::Annotator)});
    return team;
}

QStringList ServerSchema::projectTables()
{
    return {QStringLiteral("meta"), QStringLiteral("media"), QStringLiteral("label_schemas"), QStringLiteral("labels"),
        QStringLiteral("label_aliases"), QStringLiteral("items"), QStringLiteral("posts"),
        QStringLiteral("model_versions"), QStringLiteral("model_files"), QStringLiteral("annotations"),
        QStringLiteral("ocr_words"), QStringLiteral("image_maps"), QStringLiteral("jobs"),
        QStringLiteral("fact_checks"), QStringLiteral("image_hashes"), QStringLiteral("text_minhash"),
        QStringLiteral("text_lsh")};
}

QStringList ServerSchema::derivedFileTables()
{
    return {QStringLiteral("item_summary"), QStringLiteral("item_labels"), QStringLiteral("facets"),
        QStringLiteral("text_search"), QStringLiteral("text_search_data"), QStringLiteral("text_search_idx"),
        QStringLiteral("text_search_content"), QStringLiteral("text_search_docsize"),
        QStringLiteral("text_search_config")};
}

} // namespace candor
