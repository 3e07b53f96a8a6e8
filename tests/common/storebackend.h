// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

/// Which store the store suites run on: WARROOM_TEST_STORE=postgres selects PostgreSQL (URL from
/// WARROOM_TEST_PG_URL, or the file named by WARROOM_TEST_PG_URL_FILE, written by
/// tests/server/pg-fixture.sh).
namespace StoreBackend {

inline bool isPostgres()
{
    return qEnvironmentVariable("WARROOM_TEST_STORE") == QLatin1String("postgres");
}

/// The fixture's URL, or empty with @p error.
inline QString fixtureUrl(QString *error)
{
    QString url = qEnvironmentVariable("WARROOM_TEST_PG_URL");
    if (!url.isEmpty())
        return url;
    QFile in(qEnvironmentVariable("WARROOM_TEST_PG_URL_FILE"));
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral(
            "no PostgreSQL: set WARROOM_TEST_PG_URL or run through CTest (fixture pg_fixture_start)");
        return {};
    }
    return QString::fromUtf8(in.readAll()).trimmed();
}

/// Runs @p sql on the database at @p url through a connection of its own.
inline bool exec(const QString &url, const QString &sql, QString *error)
{
    const QUrl parsed(url);
    const QString name = QStringLiteral("store-test-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(parsed.host());
        db.setPort(parsed.port(5432));
        db.setUserName(parsed.userName(QUrl::FullyDecoded));
        db.setPassword(parsed.password(QUrl::FullyDecoded));
        db.setDatabaseName(parsed.path().mid(1));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                *error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/// An empty PostgreSQL database for one test, dropped again at the end.
class ScratchDatabase
{
public:
    ScratchDatabase()
    {
        m_admin = fixtureUrl(&m_error);
        if (m_admin.isEmpty())
            return;
        m_name = QStringLiteral("warroom_s_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        if (!exec(m_admin, QStringLiteral("CREATE DATABASE %1").arg(m_name), &m_error)) {
            m_name.clear();
            return;
        }
        QUrl url(m_admin);
        url.setPath(QLatin1Char('/') + m_name);
        m_url = url.toString();
    }
    ~ScratchDatabase()
    {
        QString ignored;
        if (!m_name.isEmpty())
            exec(m_admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name), &ignored);
    }
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    [[nodiscard]] QString url() const { return m_url; }
    [[nodiscard]] QString error() const { return m_error; }
    /// The same server with a URL changed by @p edit (wrong password, port, database…).
    [[nodiscard]] QString adminUrl() const { return m_admin; }

private:
    QString m_admin;
    QString m_name;
    QString m_url;
    QString m_error;
};

} // namespace StoreBackend
