// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <cmath>

namespace Warroom {

bool ServerConfig::parseListen(const QString &text, QHostAddress *address, quint16 *port, QString *error)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        *error = QStringLiteral("--listen wants HOST:PORT, e.g. 127.0.0.1:8470 (got \"%1\")").arg(text);
        return false;
    }
    QString host = text.left(colon);
    const QString portText = text.mid(colon + 1);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint number = portText.toUInt(&ok);
    if (!ok || number > 65535) {
        *error
            = QStringLiteral("--listen: \"%1\" is not a port (0 to 65535; 0 picks a free one)").arg(portText);
        return false;
    }
    QHostAddress parsed;
    if (host == QLatin1String("localhost"))
        parsed = QHostAddress::LocalHost;
    else if (host == QLatin1String("*"))
        parsed = QHostAddress::Any;
    else if (!parsed.setAddress(host)) {
        *error = QStringLiteral("--listen: \"%1\" is not an IP address (or localhost, or *)").arg(host);
        return false;
    }
    *address = parsed;
    *port = quint16(number);
    return true;
}

QString ServerConfig::authority(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(address.toString())
        : address.toString();
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

bool ServerConfig::set(const QString &key, const QString &value, QString *error)
{
    const auto number = [&](double min, double max, double *out) {
        bool ok = false;
        const double parsed = value.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(parsed) || parsed < min || parsed > max) {
            *error = QStringLiteral("%1: \"%2\" is not a number from %3 to %4")
                         .arg(key, value)
                         .arg(min)
                         .arg(max);
            return false;
        }
        *out = parsed;
        return true;
    };
    const auto whole = [&](double min, double max, int *out) {
        double parsed = 0;
        if (!number(min, max, &parsed))
            return false;
        *out = int(parsed);
        return true;
    };
    if (key == QLatin1String("listen"))
        return parseListen(value.trimmed(), &address, &port, error);
    if (key == QLatin1String("db")) {
        database = value.trimmed();
        return true;
    }
    if (key == QLatin1String("tls_cert")) {
        tlsCert = value.trimmed();
        return true;
    }
    if (key == QLatin1String("tls_key")) {
        tlsKey = value.trimmed();
        return true;
    }
    if (key == QLatin1String("idle_timeout"))
        return whole(1, 86400, &idleTimeoutSeconds);
    if (key == QLatin1String("max_connections"))
        return whole(1, 100000, &maxConnections);
    if (key == QLatin1String("max_connections_per_host"))
        return whole(1, 100000, &maxConnectionsPerHost);
    if (key == QLatin1String("head_timeout"))
        return whole(1, 3600, &headTimeoutSeconds);
    if (key == QLatin1String("rate"))
        return number(0, 1e6, &rate);
    if (key == QLatin1String("burst"))
        return number(1, 1e6, &burst);
    if (key == QLatin1String("unacknowledged_minutes"))
        return whole(1, 1440, &unacknowledgedMinutes);
    if (key == QLatin1String("hook_incident_limit"))
        return whole(0, 100000, &hookIncidentLimit);
    if (key == QLatin1String("hook_incident_window"))
        return whole(60, 86400, &hookIncidentWindowSeconds);
    if (key == QLatin1String("severity_map"))
        return severities.parseMap(value, error);
    if (key == QLatin1String("default_severity"))
        return severities.setDefaultSeverity(value, error);
    if (key == QLatin1String("severity_label"))
        return severities.setLabel(value, error);
    *error
        = QStringLiteral("unknown setting \"%1\" (known: listen, db, tls_cert, tls_key, idle_timeout, "
                         "head_timeout, max_connections, max_connections_per_host, rate, burst, "
                         "unacknowledged_minutes, hook_incident_limit, hook_incident_window, severity_label, "
                         "severity_map, default_severity)")
              .arg(key);
    return false;
}

bool ServerConfig::loadIni(const QString &file, QString *error)
{
    if (!QFileInfo(file).isFile()) {
        *error = QStringLiteral("The configuration file %1 does not exist.").arg(file);
        return false;
    }
    QSettings settings(file, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        *error = QStringLiteral("The configuration file %1 cannot be read (not an INI file?).").arg(file);
        return false;
    }
    const QStringList groups = settings.childGroups();
    for (const QString &group : groups) {
        if (group != QLatin1String("server")) {
            *error = QStringLiteral("%1: unknown section [%2] (warroomd reads [server])").arg(file, group);
            return false;
        }
    }
    if (!settings.childKeys().isEmpty()) {
        *error = QStringLiteral("%1: settings belong in the [server] section").arg(file);
        return false;
    }
    settings.beginGroup(QStringLiteral("server"));
    const QStringList keys = settings.childKeys();
    for (const QString &key : keys) {
        // QSettings splits unquoted values with commas into lists; a listen address or path never has one.
        const QVariant value = settings.value(key);
        const QString text = value.typeId() == QMetaType::QStringList
            ? value.toStringList().join(QLatin1Char(','))
            : value.toString();
        QString problem;
        if (!set(key, text, &problem)) {
            *error = QStringLiteral("%1: %2").arg(file, problem);
            return false;
        }
    }
    // Relative paths in the file mean relative to the file, not to wherever warroomd was started.
    const QDir base = QFileInfo(file).absoluteDir();
    for (QString *path : {&tlsCert, &tlsKey}) {
        if (!path->isEmpty()
            && keys.contains(path == &tlsCert ? QStringLiteral("tls_cert") : QStringLiteral("tls_key")))
            *path = base.absoluteFilePath(*path);
    }
    return true;
}

bool ServerConfig::validate(QString *error) const
{
    if (tlsCert.isEmpty() != tlsKey.isEmpty()) {
        *error = QStringLiteral("TLS needs both a certificate (--tls-cert) and its key (--tls-key).");
        return false;
    }
    if (maxConnections < 1) {
        *error = QStringLiteral("max_connections must be at least 1.");
        return false;
    }
    if (idleTimeoutSeconds < 1 || headTimeoutSeconds < 1) {
        *error = QStringLiteral("idle_timeout and head_timeout must be at least 1 second.");
        return false;
    }
    if (maxConnectionsPerHost < 1) {
        *error = QStringLiteral("max_connections_per_host must be at least 1.");
        return false;
    }
    return true;
}

QString ServerConfig::defaultDatabase()
{
    // Under systemd with StateDirectory= (packaging/warroomd.service) the folder it made for the service: a
    // service's home is not writable there.
    const QString stateDirectory = qEnvironmentVariable("STATE_DIRECTORY").section(QLatin1Char(':'), 0, 0);
    if (!stateDirectory.isEmpty())
        return QDir(stateDirectory).filePath(QStringLiteral("warroomd.db"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("warroomd.db"));
}

} // namespace Warroom
