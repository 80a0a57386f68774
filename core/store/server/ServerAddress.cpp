#include "core/store/server/ServerAddress.h"

#include "core/domain/Error.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace candor {

namespace {

// The libpq parameters a URL may carry. Others (host, dbname, user, password) come from the URL's own parts or
// never from a URL at all; anything else is refused so that a typo does not silently weaken TLS.
const char *const kAllowedParameters[] = {"sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl", "connect_timeout",
    "application_name", "target_session_attrs"};
const char *const kSslModes[] = {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"};

// Text that did not decode to real characters (invalid UTF-8 in a %-escape becomes U+FFFD; an escaped surrogate
// stays one) or that holds control characters: libpq would get different bytes from the ones the person wrote.
bool unreadable(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i; // a character outside the BMP (an emoji in a database name is fine)
            continue;
        }
        if (c.category() == QChar::Other_Control || c == QChar::ReplacementCharacter || c.isSurrogate())
            return true;
    }
    return false;
}

// The text with everything between "://" and the last '@' before the parameters hidden: a password may hold '/'
// or '@', so nothing short of that is sure to cover it (a database name with '@' is hidden too: it is a message).
QString withoutUserInfo(const QString &text)
{
    const qsizetype start = text.indexOf(QLatin1String("://"));
    if (start < 0)
        return text;
    const qsizetype query = text.indexOf(QLatin1Char('?'), start);
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'), query < 0 ? -1 : query);
    if (at < start + 3)
        return text;
    return text.left(start + 3) + QStringLiteral("…") + text.mid(at);
}

bool oneOf(const QString &value, const char *const *begin, const char *const *end)
{
    for (auto it = begin; it != end; ++it)
        if (value == QLatin1String(*it))
            return true;
    return false;
}

QString describeConnectionError(const ServerAddress &address, const QSqlError &error)
{
    // libpq's own words (databaseText), on one line; Qt's "QPSQL: Unable to connect" adds nothing.
    QString driverText = error.databaseText().simplified();
    if (driverText.isEmpty())
        driverText = error.text().simplified();
    if (driverText.contains(QLatin1String("password authentication failed"))
        || driverText.contains(QLatin1String("no password supplied")))
        return Error::tr("the server %1 refused the password (%2); Candor takes it from PGPASSFILE (~/.pgpass) or "
                         "PGPASSWORD")
            .arg(address.display(), driverText);
    return Error::tr("cannot connect to %1: %2").arg(address.display(), driverText);
}

} // namespace

bool ServerAddress::isServerUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

ServerAddress ServerAddress::parse(const QString &text)
{
    if (!isServerUrl(text))
        throw Error(Error::tr("'%1' is not a server address: it must start with postgresql://").arg(text));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        // The address as typed may hold a password: the message never repeats what stands before an '@'.
        const QString shown = withoutUserInfo(text);
        // QUrl's own explanation quotes the text too: it is given only when there is nothing to hide.
        throw Error(Error::tr("'%1' is not a valid server address: %2")
                        .arg(shown, shown == text ? url.errorString() : Error::tr("check the host, port and path")));
    }
    if (!url.password().isEmpty())
        throw Error(Error::tr("the server address %1 contains a password; leave it out and put it in PGPASSFILE "
                              "(~/.pgpass) or PGPASSWORD, so that it is never stored with the project or in a shell's "
                              "history")
                        .arg(url.toString(QUrl::RemovePassword)));
    ServerAddress address;
    address.m_host = url.host(QUrl::FullyDecoded);
    address.m_user = url.userName(QUrl::FullyDecoded);
    address.m_port = url.port(5432);
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.isEmpty() || path.contains(QLatin1Char('/')))
        throw Error(Error::tr("the server address %1 names no database: write postgresql://host/database")
                        .arg(address.display()));
    address.m_database = path;
    if (unreadable(address.m_host) || unreadable(address.m_user) || unreadable(address.m_database))
        throw Error(Error::tr("the server address %1 has characters that are not text in its host, user or database")
                        .arg(address.display()));
    QStringList options;
    QStringList seen;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!oneOf(key, std::begin(kAllowedParameters), std::end(kAllowedParameters)))
            throw Error(Error::tr("the server address %1 has an unknown parameter '%2'").arg(address.display(), key));
        if (seen.contains(key)) // which one would libpq take? Nobody should have to know.
            throw Error(Error::tr("the server address %1 gives '%2' twice").arg(address.display(), key));
        seen.append(key);
        // QPSQL joins the options with spaces into one libpq string: these characters would split or end a value.
        const bool splits = std::any_of(value.begin(), value.end(), [](QChar c) {
            return c.isSpace() || c.category() == QChar::Other_Control || c == QLatin1Char(';')
                || c == QLatin1Char('\'') || c == QLatin1Char('\\');
        });
        if (value.isEmpty() || splits || unreadable(value))
            throw Error(Error::tr("the server address %1 has an unusable value for '%2': '%3'")
                            .arg(address.display(), key, value));
        if (key == QLatin1String("sslmode")) {
            if (!oneOf(value, std::begin(kSslModes), std::end(kSslModes)))
                throw Error(
                    Error::tr("the server address %1 has an unknown sslmode '%2' (disable, allow, prefer, require, "
                              "verify-ca, verify-full)")
                        .arg(address.display(), value));
            address.m_sslMode = value;
        }
        if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1)
                throw Error(Error::tr("the server address %1 has a connect_timeout that is not a number of seconds: "
                                      "'%2'")
                                .arg(address.display(), value));
        }
        options.append(key + QLatin1Char('=') + value);
    }
    if (!query.hasQueryItem(QStringLiteral("connect_timeout")))
        options.append(QStringLiteral("connect_timeout=10")); // libpq waits forever by default
    if (!query.hasQueryItem(QStringLiteral("application_name")))
        options.append(QStringLiteral("application_name=candor"));
    address.m_options = options.join(QLatin1Char(';'));
    address.m_query = url.query(QUrl::FullyEncoded);
    return address;
}

QString ServerAddress::display() const
{
    // Built by hand: QUrl drops the "//" of an empty host, which libpq's form (postgresql:///db) keeps.
    QString text = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        text += QString::fromLatin1(QUrl::toPercentEncoding(m_user)) + QLatin1Char('@');
    text += m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host;
    if (m_port != 5432)
        text += QLatin1Char(':') + QString::number(m_port);
    text += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(m_database));
    if (!m_sslMode.isEmpty())
        text += QStringLiteral("?sslmode=") + m_sslMode;
    return text;
}

QString ServerAddress::url() const
{
    QString text = display();
    const int query = text.indexOf(QLatin1Char('?'));
    if (query >= 0)
        text.truncate(query);
    return m_query.isEmpty() ? text : text + QLatin1Char('?') + m_query;
}

QString ServerAddress::connectOptions() const
{
    return m_options;
}

QSqlDatabase ServerAddress::open(const QString &connectionName) const
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw Error(Error::tr("cannot open %1: Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)")
                        .arg(display()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setDatabaseName(m_database);
    db.setUserName(m_user);
    db.setConnectOptions(m_options);
    if (!db.open()) {
        const QString message = describeConnectionError(*this, db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        throw Error(message);
    }
    return db;
}

ServerConnection::ServerConnection(const ServerAddress &address)
{
    static QAtomicInt counter;
    m_name = QStringLiteral("candor-server:%1").arg(counter.fetchAndAddRelaxed(1));
    m_db = address.open(m_name);
}

ServerConnection::~ServerConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace candor
