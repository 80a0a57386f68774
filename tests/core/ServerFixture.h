#pragma once

// Shared by the team-server tests: one temporary PostgreSQL server per test binary, and a way to read a whole
// table of a project file or a server database as sorted text rows, so two copies of a project compare exactly.
#include "core/store/Database.h"
#include "core/store/server/ProjectTransfer.h"
#include "core/store/server/ServerSchema.h"
#include "tests/core/AgreementFixture.h"
#include "tests/support/TemporaryPostgres.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <memory>

namespace candor::fixture {

inline TemporaryPostgres &postgres()
{
    static std::unique_ptr<TemporaryPostgres> server = std::make_unique<TemporaryPostgres>();
    return *server;
}

// The agreement fixture (tests/core/AgreementFixture.h) written to `folder` as the project
// a test binary pushes, and a login per name (password: the name + "-secret"); returns the project's path.
inline QString prepareTeamProject(const QString &folder, const QStringList &logins)
{
    const QString project = folder + QStringLiteral("/team.candor");
    buildAgreementProject(project);
    candor::Database::closeAll();
    for (const QString &login : logins)
        postgres().createLogin(login, login + QStringLiteral("-secret"));
    return project;
}

// A fresh database on the test server holding `project`, pushed by the superuser, with each (login, role) of
// `team` a member; returns the database's name. The logins must exist (TemporaryPostgres::createLogin).
inline QString pushTeamProject(const QString &project, const QList<QPair<QString, candor::ServerSchema::Role>> &team)
{
    const QString database = postgres().createDatabase();
    const candor::ServerAddress admin = postgres().address(database);
    candor::ProjectTransfer::push(project, admin);
    candor::ServerConnection connection(admin);
    for (const auto &[login, role] : team)
        candor::ServerSchema::setMemberRole(connection.db(), login, role);
    return database;
}

// Every row of `select` as "value|value|..." (blobs as hex, NULL as \N), sorted.
inline QStringList tableRows(const QSqlDatabase &db, const QString &select)
{
    QSqlQuery query(db);
    if (!query.exec(select))
        qFatal("cannot read '%s': %s", qPrintable(select), qPrintable(query.lastError().text()));
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i) {
            const QVariant value = query.value(i);
            if (value.isNull())
                values.append(QStringLiteral("\\N"));
            else if (value.typeId() == QMetaType::QByteArray)
                values.append(QString::fromLatin1(value.toByteArray().toHex()));
            else if (value.typeId() == QMetaType::Double)
                values.append(QString::number(value.toDouble(), 'g', 17));
            else
                values.append(value.toString());
        }
        rows.append(values.join(QLatin1Char('|')));
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

// A project file opened directly (not through the store), for comparing raw tables.
class RawFile
{
public:
    explicit RawFile(const QString &path)
        : m_name(QStringLiteral("raw:") + path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
    }
    ~RawFile()
    {
        {
            QSqlDatabase::database(m_name, false).close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace candor::fixture
