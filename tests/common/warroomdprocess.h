// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

namespace Warroom::Testing {

/// A real warroomd process on a loopback port, for integration tests. Start it on port 0 and it tells the
/// port it picked; restart() brings it back on the same port and database (a server that went away).
class WarroomdProcess
{
public:
    /// @p program: the warroomd executable; @p database: a file path or a postgresql:// URL.
    WarroomdProcess(const QString &program, const QString &database);
    ~WarroomdProcess();

    /// Creates a token with @p role and returns it (empty on failure, with the output in @p log).
    QString createToken(const QString &name, const QString &role, QString *log = nullptr) const;
    /// Starts serving; @p port 0 picks a free one. Returns false (see log()) when it did not come up.
    bool start(int port = 0, const QStringList &extraArguments = {});
    /// The same port and database again.
    bool restart() { return start(m_port, m_extra); }
    /// SIGTERM and wait; kill() is kill -9.
    void stop();
    void kill();

    [[nodiscard]] QUrl url() const { return m_url; }
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString log() const { return m_log; }
    [[nodiscard]] bool isRunning() const { return m_process.state() == QProcess::Running; }

private:
    QString m_program;
    QString m_database;
    QStringList m_extra;
    QProcess m_process;
    QUrl m_url;
    int m_port = 0;
    QString m_log;
};

} // namespace Warroom::Testing
