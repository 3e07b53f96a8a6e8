// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <memory>

/// What the server tests share: a fresh database on the backend under test, a real warroomd process on a
/// loopback port, and HTTP clients (QNetworkAccessManager, and raw sockets for what it cannot send).
namespace StoreBackend {
class ScratchDatabase;
}

namespace WarroomTest {

/// Which store the suite runs on: WARROOM_TEST_STORE=postgres selects PostgreSQL (URL from
/// WARROOM_TEST_PG_URL, or from the file named by WARROOM_TEST_PG_URL_FILE, which tests/server/pg-fixture.sh
/// writes); anything else SQLite.
enum class Backend { Sqlite, Postgres };
[[nodiscard]] Backend backend();
[[nodiscard]] QString backendName();
/// The fixture's PostgreSQL URL, or empty with @p error.
[[nodiscard]] QString postgresUrl(QString *error);

/// A database of its own for one test: a SQLite file in a temporary folder, or a new PostgreSQL database
/// (CREATE DATABASE on the fixture's server, dropped again at the end).
class TestDatabase
{
public:
    explicit TestDatabase(Backend which = backend());
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    [[nodiscard]] bool isValid() const { return !m_location.isEmpty(); }
    [[nodiscard]] QString error() const { return m_error; }
    /// What --db takes: the file path or the postgresql:// URL.
    [[nodiscard]] QString location() const { return m_location; }
    /// A temporary folder for this test's other files (certificates, backups, configs).
    [[nodiscard]] QString folder() const { return m_dir.path(); }
    [[nodiscard]] QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<StoreBackend::ScratchDatabase> m_postgres;
    QString m_location;
    QString m_error;
};

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
[[nodiscard]] QString warroomdPath();
/// Runs warroomd with @p arguments to the end.
CliResult runWarroomd(const QStringList &arguments, int timeoutMs = 30000);
/// `warroomd token create`: the token, or empty (with a warning naming the error).
QString createToken(const QString &database, const QString &name, const QString &role);

/// A real warroomd serving @p database on 127.0.0.1 and a free port.
class WarroomdProcess
{
public:
    WarroomdProcess() = default;
    ~WarroomdProcess();
    WarroomdProcess(const WarroomdProcess &) = delete;
    WarroomdProcess &operator=(const WarroomdProcess &) = delete;

    /// Starts `warroomd serve --listen 127.0.0.1:0 --db @p database @p extra` and waits for its
    /// "listening on" line. False (with @p error holding its output) when it did not come up.
    bool start(const QString &database, const QStringList &extra = {}, QString *error = nullptr);
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString baseUrl() const { return m_url; }
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] qint64 pid() const;
    /// SIGTERM and wait; true when it exited by itself with code 0.
    bool terminate(int timeoutMs = 10000);
    /// SIGKILL: no chance to clean up.
    void kill();
    /// What it wrote to stderr so far.
    [[nodiscard]] QByteArray errorOutput();

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_url;
    QByteArray m_stderr;
};

struct HttpReply
{
    int status = 0; ///< 0 when no HTTP answer came (connection refused, reset, timeout)
    QByteArray body;
    QJsonObject json;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError; ///< empty when an answer came
    qint64 elapsedMs = 0;

    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    /// The body is {"error": {"code", "message", "field"}} with a non-empty code and message.
    [[nodiscard]] bool isErrorBody() const;
    [[nodiscard]] QString errorCode() const;
    [[nodiscard]] QString errorField() const;
    [[nodiscard]] QString describe() const; ///< for failure messages
};

/// Synchronous HTTP through QNetworkAccessManager (no proxy), with a timeout.
class HttpClient
{
public:
    explicit HttpClient(const QString &baseUrl);
    HttpReply get(const QString &path, const QString &token = {}, int timeoutMs = 15000);
    HttpReply post(const QString &path, const QString &token, const QByteArray &body,
        const QByteArray &contentType = QByteArrayLiteral("application/json"), int timeoutMs = 15000);
    HttpReply put(const QString &path, const QString &token, const QByteArray &body,
        const QByteArray &contentType = QByteArrayLiteral("text/markdown"), int timeoutMs = 15000);
    HttpReply send(const QByteArray &verb, const QString &path, const QString &token, const QByteArray &body,
        const QByteArray &contentType, int timeoutMs = 15000,
        const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    /// Starts a request and returns at once (the reply belongs to the client's manager).
    QNetworkReply *startGet(const QString &path, const QString &token);
    QNetworkAccessManager &manager() { return m_nam; }
    static HttpReply collect(QNetworkReply *reply, qint64 elapsedMs);

private:
    QNetworkAccessManager m_nam;
    QString m_base;
};

/// One request over its own TCP connection, sent as exact bytes and read back raw: for what
/// QNetworkAccessManager cannot send (broken request lines, bad UTF-8 in paths), and for many parallel
/// long-polls (QNetworkAccessManager opens at most 6 connections per host).
class RawRequest : public QObject
{
    Q_OBJECT

public:
    RawRequest(quint16 port, const QByteArray &request, QObject *parent = nullptr);
    /// Connects and sends.
    void start();
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const HttpReply &reply() const { return m_reply; }
    /// Nanoseconds of a steady clock when the whole answer had arrived.
    [[nodiscard]] qint64 finishedAtNs() const { return m_finishedAtNs; }
    QTcpSocket *socket() { return &m_socket; }

    /// GET/POST… @p path with a Host header, Content-Length when there is a body, and @p headers.
    static QByteArray build(const QByteArray &method, const QByteArray &path,
        const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {});
    /// Sends @p request on a new connection and waits for the whole answer (or for the server to close).
    static HttpReply exchange(quint16 port, const QByteArray &request, int timeoutMs = 10000);

Q_SIGNALS:
    void finished();

private:
    void onReadyRead();
    void finish(const QString &networkError = {});
    bool parse();

    QTcpSocket m_socket;
    quint16 m_port;
    QByteArray m_request;
    QByteArray m_buffer;
    HttpReply m_reply;
    QElapsedTimer m_timer;
    bool m_finished = false;
    qint64 m_finishedAtNs = 0;
};

/// One keep-alive HTTP/1.1 connection that sends one request at a time and reads each answer (Content-Length
/// framed): for benchmarks and for clients that reuse their connection, as the sync engine does.
class KeepAliveClient : public QObject
{
    Q_OBJECT

public:
    explicit KeepAliveClient(quint16 port, QObject *parent = nullptr);
    /// Connects (blocking, at most @p timeoutMs).
    bool connectNow(int timeoutMs = 5000);
    /// Sends @p request (from RawRequest::build); answered() follows.
    void send(const QByteArray &request);
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    [[nodiscard]] const HttpReply &lastReply() const { return m_reply; }

Q_SIGNALS:
    /// The whole answer arrived, at @p atNs on steadyNowNs()'s clock.
    void answered(qint64 atNs);
    void failed(const QString &why);

private:
    void onReadyRead();

    QTcpSocket m_socket;
    quint16 m_port;
    QByteArray m_buffer;
    HttpReply m_reply;
    bool m_busy = false;
};

/// Nanoseconds of the steady clock all latency measurements use.
[[nodiscard]] qint64 steadyNowNs();

/// Event JSON as a client would send it (ids made here, `at` from the clock).
namespace Events {
[[nodiscard]] QString newId();
[[nodiscard]] QJsonObject declared(const QString &incident,
    const QString &title = QStringLiteral("Checkout is down"),
    const QString &severity = QStringLiteral("SEV2"), const QString &actor = QStringLiteral("alice"));
[[nodiscard]] QJsonObject note(
    const QString &incident, const QString &text, const QString &actor = QStringLiteral("alice"));
[[nodiscard]] QJsonObject make(const QString &incident, const QString &type, const QJsonObject &data,
    const QString &actor = QStringLiteral("alice"));
/// {"events": [...]}
[[nodiscard]] QByteArray batch(const QList<QJsonObject> &events);
} // namespace Events

/// The value of the sample @p name ("name" or "name{labels}") in the text of GET /metrics, or -1.
[[nodiscard]] double metricValue(const QByteArray &metrics, const QByteArray &name);

/// Waits (spinning the event loop) until @p done or @p timeoutMs pass; returns done().
bool waitFor(const std::function<bool()> &done, int timeoutMs);

} // namespace WarroomTest
