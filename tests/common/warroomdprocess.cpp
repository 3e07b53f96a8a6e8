// SPDX-License-Identifier: GPL-3.0-or-later
#include "warroomdprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

namespace Warroom::Testing {

WarroomdProcess::WarroomdProcess(const QString &program, const QString &database)
    : m_program(program)
    , m_database(database)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

WarroomdProcess::~WarroomdProcess()
{
    stop();
}

QString WarroomdProcess::createToken(const QString &name, const QString &role, QString *log) const
{
    QProcess tool;
    tool.start(m_program,
        {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--db"), m_database,
            QStringLiteral("--name"), name, QStringLiteral("--role"), role});
    if (!tool.waitForFinished(30000) || tool.exitCode() != 0) {
        if (log)
            *log = QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(tool.readAllStandardOutput()).trimmed();
}

bool WarroomdProcess::start(int port, const QStringList &extraArguments)
{
    stop();
    m_extra = extraArguments;
    m_log.clear();
    m_process.start(m_program,
        QStringList {QStringLiteral("serve"), QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--db"), m_database}
            + extraArguments);
    if (!m_process.waitForStarted(10000))
        return false;
    static const QRegularExpression ready(QStringLiteral("warroomd listening on (\\S+)"));
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        m_log += QString::fromUtf8(m_process.readAll());
        const auto match = ready.match(m_log);
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            m_port = m_url.port();
            return true;
        }
    }
    return false;
}

void WarroomdProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        kill();
    m_log += QString::fromUtf8(m_process.readAll());
}

void WarroomdProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
}

} // namespace Warroom::Testing
