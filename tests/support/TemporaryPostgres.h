#pragma once

// A real PostgreSQL server for one test binary: initdb and pg_ctl in a temporary folder, on a free loopback port,
// stopped and removed at the end. PostgreSQL refuses to run as root, so as root the server runs as the
// 'postgres' system user (else 'nobody') through runuser. Passwords reach libpq through a PGPASSFILE of its own,
// as they would for a person. When no server binaries are installed, or the server cannot start, skipReason()
// says why and the tests skip with that message.
#include "core/store/server/ServerAddress.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

class TemporaryPostgres
{
public:
    static constexpr const char *superuser = "candor_super";

    // Tests run without fsync (nothing to keep after the run); a benchmark asks for a durable server, so that its
    // commits cost what they cost on a real one.
    explicit TemporaryPostgres(bool durable = false)
        : m_durable(durable)
    {
        start();
    }
    ~TemporaryPostgres()
    {
        if (m_running)
            run(m_binDir + QStringLiteral("/pg_ctl"),
                {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"),
                    QStringLiteral("stop")});
    }

    bool isRunning() const { return m_running; }
    QString skipReason() const { return m_skipReason; }
    int port() const { return m_port; }

    candor::ServerAddress address(const QString &database, const QString &user = QLatin1String(superuser)) const
    {
        return candor::ServerAddress::parse(
            QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=disable").arg(user).arg(m_port).arg(database));
    }

    // Runs one statement as the superuser in `database`; false (with the error in lastError) when it fails.
    bool superExec(const QString &statement, const QString &database = QStringLiteral("postgres"))
    {
        candor::ServerConnection connection(address(database));
        QSqlQuery query(connection.db());
        const bool ok = query.exec(statement);
        m_lastError = query.lastError().text();
        return ok;
    }
    QString lastError() const { return m_lastError; }

    // A fresh, empty database.
    QString createDatabase()
    {
        const QString name = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        if (!superExec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qFatal("cannot create a test database: %s", qPrintable(m_lastError));
        return name;
    }

    // A login with a password that libpq finds in this server's PGPASSFILE.
    void createLogin(const QString &login, const QString &password, const QString &attributes = QString())
    {
        if (!superExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' %3").arg(login, password, attributes)))
            qFatal("cannot create login %s: %s", qPrintable(login), qPrintable(m_lastError));
        addPassword(login, password);
    }

    void addPassword(const QString &login, const QString &password)
    {
        QFile file(m_passFile);
        if (!file.open(QIODevice::Append))
            qFatal("cannot write %s", qPrintable(m_passFile));
        file.write(QStringLiteral("127.0.0.1:%1:*:%2:%3\n").arg(m_port).arg(login, password).toUtf8());
    }

    // Stops the server the way an administrator would (connections cut), and starts it again on the same port:
    // for tests of a server that goes away mid-edit.
    bool stop()
    {
        return run(m_binDir + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
                QStringLiteral("stop")});
    }
    bool startAgain() { return launch(); }

    // Turns TLS on with a certificate for 127.0.0.1 signed by a CA made for this server; returns the CA's file
    // (for sslrootcert) or an empty string with skipReason() saying why (no openssl, for one).
    QString enableTls()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty()) {
            m_skipReason = QStringLiteral("no openssl to make test certificates");
            return {};
        }
        const QString dir = m_dir.path() + QStringLiteral("/tls");
        QDir().mkpath(dir);
        const QString ca = dir + QStringLiteral("/ca.pem"), caKey = dir + QStringLiteral("/ca.key");
        const QString cert = dir + QStringLiteral("/server.crt"), key = dir + QStringLiteral("/server.key");
        const QString request = dir + QStringLiteral("/server.csr"), extensions = dir + QStringLiteral("/san.ext");
        QFile san(extensions);
        if (!san.open(QIODevice::WriteOnly) || san.write("subjectAltName=IP:127.0.0.1\n") <= 0)
            return {};
        san.close();
        const auto make = [&](const QStringList &arguments) {
            QProcess process;
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(openssl, arguments);
            return process.waitForFinished(60000) && process.exitCode() == 0;
        };
        const bool made = make({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                              QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), caKey,
                              QStringLiteral("-out"), ca, QStringLiteral("-days"), QStringLiteral("2"),
                              QStringLiteral("-subj"), QStringLiteral("/CN=Candor test CA")})
            && make({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), request,
                QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")})
            && make(
                {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request, QStringLiteral("-CA"),
                    ca, QStringLiteral("-CAkey"), caKey, QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                    cert, QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), extensions});
        if (!made) {
            m_skipReason = QStringLiteral("openssl could not make the test certificates");
            return {};
        }
        // The server reads its key only when its own user owns it and nobody else may read it.
        QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);
        if (!m_runAs.isEmpty()) {
            const passwd *user = ::getpwnam(m_runAs.toLocal8Bit().constData());
            for (const QString &file : {dir, cert, key})
                if (!user || ::chown(file.toLocal8Bit().constData(), user->pw_uid, user->pw_gid) != 0)
                    return {};
        }
        if (!superExec(QStringLiteral("ALTER SYSTEM SET ssl_cert_file = '%1'").arg(cert))
            || !superExec(QStringLiteral("ALTER SYSTEM SET ssl_key_file = '%1'").arg(key))
            || !superExec(QStringLiteral("ALTER SYSTEM SET ssl = on"))
            || !superExec(QStringLiteral("SELECT pg_reload_conf()"))) {
            m_skipReason = QStringLiteral("the server refused TLS settings: ") + m_lastError;
            return {};
        }
        // pg_reload_conf() only signals the server: wait until new sessions see TLS on.
        for (int attempt = 0; attempt < 100; ++attempt) {
            try {
                candor::ServerConnection connection(address(QStringLiteral("postgres")));
                QSqlQuery query(connection.db());
                if (query.exec(QStringLiteral("SHOW ssl")) && query.next()
                    && query.value(0).toString() == QLatin1String("on"))
                    return ca;
            } catch (const std::exception &) {
                // the server is between configurations: ask again
            }
            QThread::msleep(50);
        }
        m_skipReason = QStringLiteral("the server did not turn TLS on");
        return {};
    }

    // A CA nobody signed the server's certificate with: verify-full must refuse the server.
    QString otherCa()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        const QString ca = m_dir.path() + QStringLiteral("/tls/other-ca.pem");
        QProcess process;
        process.start(openssl,
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), m_dir.path() + QStringLiteral("/tls/other-ca.key"),
                QStringLiteral("-out"), ca, QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                QStringLiteral("/CN=Someone else")});
        process.waitForFinished(60000);
        return ca;
    }

private:
    bool launch()
    {
        return run(m_binDir + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                QStringLiteral("-l"), m_dir.path() + QStringLiteral("/server.log"), QStringLiteral("-o"),
                QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=%3")
                    .arg(m_port)
                    .arg(m_dir.path(), m_durable ? QStringLiteral("on") : QStringLiteral("off")),
                QStringLiteral("start")});
    }

    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }

    static QString findBinDir()
    {
        const QString configured = qEnvironmentVariable("CANDOR_PG_BINDIR");
        if (!configured.isEmpty())
            return configured;
        // Debian keeps the server binaries out of PATH, one folder per major version: take the newest.
        QDir versions(QStringLiteral("/usr/lib/postgresql"));
        const QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (auto it = found.crbegin(); it != found.crend(); ++it)
            if (QFile::exists(versions.filePath(*it + QStringLiteral("/bin/initdb"))))
                return versions.filePath(*it + QStringLiteral("/bin"));
        const QString onPath = QStandardPaths::findExecutable(QStringLiteral("initdb"));
        return onPath.isEmpty() ? QString() : QFileInfo(onPath).absolutePath();
    }

    static int freePort()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof(address);
        int port = 0;
        if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
            && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            port = ntohs(address.sin_port);
        if (fd >= 0)
            ::close(fd);
        return port;
    }

    // Runs a server program, as the unprivileged user when this process is root; false with the output kept.
    bool run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        if (m_runAs.isEmpty())
            process.start(program, arguments);
        else
            process.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--"), program} + arguments);
        const bool finished = process.waitForFinished(60000);
        m_output = QString::fromLocal8Bit(process.readAll());
        return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    void start()
    {
        m_binDir = findBinDir();
        if (m_binDir.isEmpty()) {
            m_skipReason = QStringLiteral("no PostgreSQL server binaries (Debian: apt install postgresql)");
            return;
        }
        if (!m_dir.isValid()) {
            m_skipReason = QStringLiteral("cannot create a temporary folder for the server");
            return;
        }
        const QString password = QUuid::createUuid().toString(QUuid::Id128);
        const QString passwordFile = m_dir.path() + QStringLiteral("/superuser-password");
        QFile pw(passwordFile);
        if (!pw.open(QIODevice::WriteOnly) || pw.write(password.toUtf8() + '\n') <= 0) {
            m_skipReason = QStringLiteral("cannot write the server's password file");
            return;
        }
        pw.close();
        if (::geteuid() == 0) {
            const passwd *user = ::getpwnam("postgres");
            if (!user)
                user = ::getpwnam("nobody");
            if (!user) {
                m_skipReason = QStringLiteral("running as root with no 'postgres' or 'nobody' user to run the server");
                return;
            }
            m_runAs = QString::fromLocal8Bit(user->pw_name);
            if (::chown(m_dir.path().toLocal8Bit().constData(), user->pw_uid, user->pw_gid) != 0
                || ::chown(passwordFile.toLocal8Bit().constData(), user->pw_uid, user->pw_gid) != 0) {
                m_skipReason = QStringLiteral("cannot hand the temporary folder to the server's user");
                return;
            }
        }
        if (!run(m_binDir + QStringLiteral("/initdb"),
                {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QLatin1String(superuser),
                    QStringLiteral("--auth=scram-sha-256"), QStringLiteral("--pwfile=") + passwordFile,
                    QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8")})) {
            m_skipReason = QStringLiteral("initdb failed: ") + m_output.right(400);
            return;
        }
        for (int attempt = 0; attempt < 3 && !m_running; ++attempt) {
            m_port = freePort();
            m_running = launch();
        }
        if (!m_running) {
            m_skipReason = QStringLiteral("the PostgreSQL server did not start: ") + m_output.right(400);
            return;
        }
        m_passFile = m_dir.path() + QStringLiteral("/pgpass");
        QFile::remove(m_passFile);
        addPassword(QLatin1String(superuser), password);
        QFile::setPermissions(m_passFile, QFile::ReadOwner | QFile::WriteOwner);
        qputenv("PGPASSFILE", m_passFile.toLocal8Bit());
    }

    QTemporaryDir m_dir;
    QString m_binDir;
    QString m_runAs;
    QString m_output;
    QString m_passFile;
    QString m_skipReason;
    QString m_lastError;
    int m_port = 0;
    bool m_running = false;
    bool m_durable = false;
};
