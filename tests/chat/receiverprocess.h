// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace Warroom {

/// The tests' side of tests/chat/webhookreceiver: starts it on a loopback port and reads what it recorded.
class ReceiverProcess
{
public:
    ReceiverProcess();
    ~ReceiverProcess();
    ReceiverProcess(const ReceiverProcess &) = delete;
    ReceiverProcess &operator=(const ReceiverProcess &) = delete;

    /// Starts the receiver and waits for its port; false (with a warning) when it did not come up.
    bool start();
    [[nodiscard]] int port() const { return m_port; }
    /// http://127.0.0.1:PORT@p path
    [[nodiscard]] QUrl url(const QString &path) const;

    /// Every request recorded so far: {t_ms, method, path, headers, body}.
    [[nodiscard]] QList<QJsonObject> requests() const;
    /// Those whose path is @p path.
    [[nodiscard]] QList<QJsonObject> requests(const QString &path) const;
    /// Waits (running the event loop) until @p count requests reached @p path.
    bool waitForRequests(const QString &path, int count, int timeoutMs = 20000) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

} // namespace Warroom
