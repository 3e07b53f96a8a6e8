// SPDX-License-Identifier: GPL-3.0-or-later
#include "serversupport.h"

#include "clock.h"
#include "event.h"
#include "storebackend.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <chrono>

namespace WarroomTest {

Backend backend()
{
    return StoreBackend::isPostgres() ? Backend::Postgres : Backend::Sqlite;
}

QString backendName()
{
    return backend() == Backend::Postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite");
}

QString postgresUrl(QString *error)
{
    return StoreBackend::fixtureUrl(error);
}

TestDatabase::TestDatabase(Backend which)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return;
    }
    if (which == Backend::Sqlite) {
        m_location = m_dir.filePath(QStringLiteral("warroomd.db"));
        return;
    }
    m_postgres = std::make_unique<StoreBackend::ScratchDatabase>();
    m_location = m_postgres->url();
    m_error = m_postgres->error();
}

TestDatabase::~TestDatabase() = default;

QString warroomdPath()
{
    return QStringLiteral(WARROOMD_PATH);
}

CliResult runWarroomd(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(warroomdPath(), arguments);
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        result.err = "warroomd did not finish: " + process.readAllStandardError();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString createToken(const QString &database, const QString &name, const QString &role)
{
    const CliResult result = runWarroomd({QStringLiteral("token"), QStringLiteral("create"),
        QStringLiteral("--name"), name, QStringLiteral("--role"), role, QStringLiteral("--db"), database});
    if (result.exitCode != 0) {
        qWarning("token create failed: %s", result.err.constData());
        return {};
    }
    return QString::fromUtf8(result.out).trimmed();
}

WarroomdProcess::~WarroomdProcess()
{
    if (isRunning()) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool WarroomdProcess::start(const QString &database, const QStringList &extra, QString *error)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(warroomdPath());
    m_process->setArguments(QStringList {QStringLiteral("serve"), QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"), database}
        + extra);
    m_process->start();
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    static const QByteArray marker = QByteArrayLiteral("warroomd listening on ");
    while (timer.elapsed() < 20000) {
        if (!m_process->waitForReadyRead(100) && m_process->state() == QProcess::NotRunning)
            break;
        out += m_process->readAllStandardOutput();
        const qsizetype at = out.indexOf(marker);
        const qsizetype end = out.indexOf('\n', at);
        if (at >= 0 && end > at) {
            m_url = QString::fromUtf8(out.mid(at + marker.size(), end - at - marker.size())).trimmed();
            m_port = quint16(QUrl(m_url).port());
            return m_port != 0;
        }
    }
    m_stderr += m_process->readAllStandardError();
    if (error)
        *error = QStringLiteral("warroomd did not start: %1 %2")
                     .arg(QString::fromUtf8(out), QString::fromUtf8(m_stderr));
    return false;
}

bool WarroomdProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 WarroomdProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

bool WarroomdProcess::terminate(int timeoutMs)
{
    if (!isRunning())
        return false;
    m_process->terminate();
    if (!m_process->waitForFinished(timeoutMs)) {
        m_process->kill();
        m_process->waitForFinished(2000);
        return false;
    }
    return m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
}

void WarroomdProcess::kill()
{
    if (!isRunning())
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
}

QByteArray WarroomdProcess::errorOutput()
{
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    return m_stderr;
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpReply::isErrorBody() const
{
    const QJsonObject error = json.value(QStringLiteral("error")).toObject();
    return json.size() == 1 && error.size() == 3 && !error.value(QStringLiteral("code")).toString().isEmpty()
        && !error.value(QStringLiteral("message")).toString().isEmpty()
        && error.value(QStringLiteral("field")).isString();
}

QString HttpReply::errorCode() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString HttpReply::errorField() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString();
}

QString HttpReply::describe() const
{
    return QStringLiteral("HTTP %1 %2%3")
        .arg(status)
        .arg(QString::fromUtf8(body.left(400)),
            networkError.isEmpty() ? QString() : QStringLiteral(" (network: %1)").arg(networkError));
}

HttpClient::HttpClient(const QString &baseUrl)
    : m_base(baseUrl)
{
    m_nam.setProxy(QNetworkProxy::NoProxy);
}

HttpReply HttpClient::collect(QNetworkReply *reply, qint64 elapsedMs)
{
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.elapsedMs = elapsedMs;
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    result.json = QJsonDocument::fromJson(result.body).object();
    return result;
}

HttpReply HttpClient::send(const QByteArray &verb, const QString &path, const QString &token,
    const QByteArray &body, const QByteArray &contentType, int timeoutMs,
    const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QNetworkRequest request(QUrl(m_base + path));
    request.setTransferTimeout(timeoutMs);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!contentType.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    for (const auto &[name, value] : extraHeaders)
        request.setRawHeader(name, value);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    waitFor([reply] { return reply->isFinished(); }, timeoutMs + 2000);
    if (!reply->isFinished())
        reply->abort();
    HttpReply result = collect(reply, timer.elapsed());
    delete reply;
    return result;
}

HttpReply HttpClient::get(const QString &path, const QString &token, int timeoutMs)
{
    return send("GET", path, token, {}, {}, timeoutMs);
}

HttpReply HttpClient::post(const QString &path, const QString &token, const QByteArray &body,
    const QByteArray &contentType, int timeoutMs)
{
    return send("POST", path, token, body, contentType, timeoutMs);
}

HttpReply HttpClient::put(const QString &path, const QString &token, const QByteArray &body,
    const QByteArray &contentType, int timeoutMs)
{
    return send("PUT", path, token, body, contentType, timeoutMs);
}

QNetworkReply *HttpClient::startGet(const QString &path, const QString &token)
{
    QNetworkRequest request(QUrl(m_base + path));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return m_nam.get(request);
}

qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

RawRequest::RawRequest(quint16 port, const QByteArray &request, QObject *parent)
    : QObject(parent)
    , m_port(port)
    , m_request(request)
{
    connect(&m_socket, &QTcpSocket::connected, this, [this] { m_socket.write(m_request); });
    connect(&m_socket, &QTcpSocket::readyRead, this, &RawRequest::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_socket.isOpen())
            m_buffer += m_socket.readAll();
        if (!parse())
            finish(m_buffer.isEmpty() ? QStringLiteral("closed without an answer")
                                      : QStringLiteral("closed early"));
    });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError) {
            if (m_socket.isOpen())
                m_buffer += m_socket.readAll();
            if (!parse())
                finish(m_socket.errorString());
        }
    });
}

void RawRequest::start()
{
    m_timer.start();
    m_socket.connectToHost(QHostAddress::LocalHost, m_port);
}

void RawRequest::onReadyRead()
{
    m_buffer += m_socket.readAll();
    parse();
}

bool RawRequest::parse()
{
    if (m_finished)
        return true;
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    HttpReply reply;
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    reply.status = statusLine.value(1).toInt();
    qint64 length = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        reply.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
    }
    const QByteArray rest = m_buffer.mid(headerEnd + 4);
    if (length >= 0 && rest.size() < length)
        return false;
    if (length < 0 && m_socket.state() == QAbstractSocket::ConnectedState)
        return false; // no length: the body ends with the connection
    reply.body = length >= 0 ? rest.left(length) : rest;
    reply.json = QJsonDocument::fromJson(reply.body).object();
    m_reply = reply;
    finish();
    return true;
}

void RawRequest::finish(const QString &networkError)
{
    if (m_finished)
        return;
    m_finished = true;
    m_finishedAtNs = steadyNowNs();
    if (!networkError.isEmpty())
        m_reply.networkError = networkError;
    m_reply.elapsedMs = m_timer.elapsed();
    Q_EMIT finished();
}

QByteArray RawRequest::build(const QByteArray &method, const QByteArray &path,
    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "\r\n" + body;
    return out;
}

HttpReply RawRequest::exchange(quint16 port, const QByteArray &request, int timeoutMs)
{
    RawRequest raw(port, request);
    raw.start();
    waitFor([&raw] { return raw.isFinished(); }, timeoutMs);
    if (!raw.isFinished()) {
        HttpReply timedOut;
        timedOut.networkError = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
        return timedOut;
    }
    return raw.reply();
}

KeepAliveClient::KeepAliveClient(quint16 port, QObject *parent)
    : QObject(parent)
    , m_port(port)
{
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(&m_socket, &QTcpSocket::readyRead, this, &KeepAliveClient::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_busy) {
            m_busy = false;
            Q_EMIT failed(QStringLiteral("the server closed the connection"));
        }
    });
}

bool KeepAliveClient::connectNow(int timeoutMs)
{
    m_socket.connectToHost(QHostAddress::LocalHost, m_port);
    return m_socket.waitForConnected(timeoutMs);
}

void KeepAliveClient::send(const QByteArray &request)
{
    m_busy = true;
    m_buffer.clear();
    m_socket.write(request);
}

void KeepAliveClient::onReadyRead()
{
    m_buffer += m_socket.readAll();
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (!m_busy || headerEnd < 0)
        return;
    qint64 length = 0;
    HttpReply reply;
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    reply.status = lines.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        reply.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        if (line.left(colon).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0)
            length = line.mid(colon + 1).trimmed().toLongLong();
    }
    if (m_buffer.size() < headerEnd + 4 + length)
        return;
    const qint64 at = steadyNowNs();
    reply.body = m_buffer.mid(headerEnd + 4, length);
    reply.json = QJsonDocument::fromJson(reply.body).object();
    m_buffer.remove(0, headerEnd + 4 + length);
    m_reply = reply;
    m_busy = false;
    Q_EMIT answered(at);
}

namespace Events {

QString newId()
{
    return Warroom::Wire::newId();
}

QJsonObject make(const QString &incident, const QString &type, const QJsonObject &data, const QString &actor)
{
    return QJsonObject {
        {QStringLiteral("id"), newId()},
        {QStringLiteral("incident"), incident},
        {QStringLiteral("type"), type},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("at"), Warroom::Wire::formatTime(Warroom::Clock::now())},
        {QStringLiteral("data"), data},
    };
}

QJsonObject declared(
    const QString &incident, const QString &title, const QString &severity, const QString &actor)
{
    return make(incident, QStringLiteral("incident.declared"),
        {{QStringLiteral("title"), title}, {QStringLiteral("severity"), severity}}, actor);
}

QJsonObject note(const QString &incident, const QString &text, const QString &actor)
{
    return make(incident, QStringLiteral("note.added"),
        {{QStringLiteral("text"), text}, {QStringLiteral("kind"), QStringLiteral("note")}}, actor);
}

QByteArray batch(const QList<QJsonObject> &events)
{
    QJsonArray array;
    for (const QJsonObject &event : events)
        array.append(event);
    return QJsonDocument(QJsonObject {{QStringLiteral("events"), array}}).toJson(QJsonDocument::Compact);
}

} // namespace Events

double metricValue(const QByteArray &metrics, const QByteArray &name)
{
    const QList<QByteArray> lines = metrics.split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(name + ' '))
            return line.mid(name.size() + 1).toDouble();
    }
    return -1;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    // Sleeps in the event loop until something happens (no polling delay in latency measurements); the
    // ticker makes sure the loop wakes up to notice the deadline.
    QTimer ticker;
    ticker.start(20);
    // done() is asked once per turn: it may have side effects (send a request), so its answer is kept.
    bool ok = done();
    while (!ok && timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        ok = done();
    }
    return ok;
}

} // namespace WarroomTest
