// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiverprocess.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace Warroom {

ReceiverProcess::ReceiverProcess() = default;

ReceiverProcess::~ReceiverProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ReceiverProcess::start()
{
    m_process.setProgram(QStringLiteral(WEBHOOK_RECEIVER_PATH));
    m_process.setArguments({m_dir.filePath(QStringLiteral("requests.jsonl"))});
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        qWarning() << "receiver did not start:" << m_process.errorString();
        return false;
    }
    QByteArray out;
    if (!QTest::qWaitFor(
            [&] {
                out += m_process.readAllStandardOutput();
                return out.contains('\n') || m_process.state() == QProcess::NotRunning;
            },
            10000)) {
        qWarning() << "receiver printed no port";
        return false;
    }
    const QByteArray line = out.left(out.indexOf('\n')).trimmed();
    if (!line.startsWith("PORT ")) {
        qWarning() << "receiver said" << line;
        return false;
    }
    m_port = line.mid(5).toInt();
    return m_port > 0;
}

QUrl ReceiverProcess::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

QList<QJsonObject> ReceiverProcess::requests() const
{
    QList<QJsonObject> result;
    QFile file(m_dir.filePath(QStringLiteral("requests.jsonl")));
    if (!file.open(QIODevice::ReadOnly))
        return result;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            result.append(QJsonDocument::fromJson(line).object());
    }
    return result;
}

QList<QJsonObject> ReceiverProcess::requests(const QString &path) const
{
    QList<QJsonObject> result;
    for (const QJsonObject &request : requests()) {
        if (request.value(QStringLiteral("path")).toString() == path)
            result.append(request);
    }
    return result;
}

bool ReceiverProcess::waitForRequests(const QString &path, int count, int timeoutMs) const
{
    return QTest::qWaitFor([&] { return requests(path).size() >= count; }, timeoutMs);
}

} // namespace Warroom
