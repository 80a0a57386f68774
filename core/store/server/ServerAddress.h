#pragma once

#include <QSqlDatabase>
#include <QString>

namespace candor {

// Where a team's shared project lives: a PostgreSQL database named by a URL,
// postgresql://[user@]host[:port]/database[?sslmode=verify-full&sslrootcert=FILE&connect_timeout=S&...].
// The password is never part of it: libpq reads it from PGPASSFILE (or ~/.pgpass) or PGPASSWORD, so no project
// file, settings file or shell history ever holds one.
class ServerAddress
{
public:
    // True for text that names a server rather than a project file (the scheme decides, nothing else).
    static bool isServerUrl(const QString &text);
    // Throws candor::Error naming the part that is wrong: another scheme, no database, a password in the URL,
    // an unknown or malformed parameter.
    static ServerAddress parse(const QString &url);

    QString host() const { return m_host; } // empty: libpq's default (the local Unix socket)
    int port() const { return m_port; } // 5432 unless the URL names one
    QString database() const { return m_database; }
    QString user() const { return m_user; } // empty: libpq's default (PGUSER, else the login name)
    QString sslMode() const { return m_sslMode; } // empty: libpq's default (prefer)
    // The URL as a person should see it (in messages, the title bar, the recent list): no password, ever.
    QString display() const;
    // The whole address again, every parameter included (no password: it never had one), for reconnecting later.
    QString url() const;
    // libpq connection options in the form QPSQL's setConnectOptions takes (key=value;key=value).
    QString connectOptions() const;

    // Opens a connection named `connectionName` in the calling thread (Qt's rule: it never crosses threads).
    // Throws candor::Error for people: the PostgreSQL driver missing, the server unreachable, a refused password.
    QSqlDatabase open(const QString &connectionName) const;

private:
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_sslMode;
    QString m_options; // the other libpq parameters, already checked, in setConnectOptions form
    QString m_query; // the parameters as the URL gave them (encoded)
};

// One connection to a server for the lifetime of the object, closed and removed from Qt's registry at the end.
class ServerConnection
{
public:
    explicit ServerConnection(const ServerAddress &address);
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    QSqlDatabase db() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace candor
