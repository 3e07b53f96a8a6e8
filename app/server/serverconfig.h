// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "severitymapping.h"

#include <QHostAddress>
#include <QString>

namespace Warroom {

/// How warroomd serves: defaults, then the [server] section of an INI file (--config), then the command line.
///
///     [server]
///     listen = 127.0.0.1:8470
///     db = /var/lib/warroomd/warroomd.db      ; or postgresql://warroom@db.internal:5432/warroom
///     tls_cert = /etc/warroomd/cert.pem
///     tls_key = /etc/warroomd/key.pem
///     idle_timeout = 60                       ; seconds
///     head_timeout = 10                       ; seconds for a request line and headers to arrive
///     max_connections = 512
///     max_connections_per_host = 64           ; from one client address
///     rate = 50                               ; requests per second per token (0 = no limit)
///     burst = 100
///     unacknowledged_minutes = 5              ; an open incident with no commander this long is overdue
///     hook_incident_limit = 20                ; incidents one hook token may open per window (0 = no cap)
///     hook_incident_window = 600              ; seconds; past the limit, new alerts join an alert storm
///     severity_label = severity               ; incoming alerts: the label with the severity word
///     severity_map = critical=SEV1, error=SEV2, major=SEV2, warning=SEV3, info=SEV4
///     default_severity = SEV3
struct ServerConfig
{
    static constexpr quint16 DefaultPort = 8470;
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;
    static constexpr int MaxWaitSeconds = 60;
    static constexpr int DefaultLimit = 500;
    static constexpr int MaxLimit = 1000;
    static constexpr int DefaultBoardLimit = 200; ///< GET /incidents rows per page without ?limit

    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = DefaultPort;
    QString database; ///< a SQLite path or a postgresql:// URL; empty = the default file
    QString tlsCert;
    QString tlsKey;
    int idleTimeoutSeconds = 60;
    int headTimeoutSeconds = 10;
    int maxConnections = 512;
    int maxConnectionsPerHost = 64;
    double rate = 50;
    double burst = 100;
    int unacknowledgedMinutes = 5;
    int hookIncidentLimit = 20;
    int hookIncidentWindowSeconds = 600;
    SeverityMapping severities; ///< of incoming alerts

    /// "127.0.0.1:8470", "[::1]:8470", "localhost:0" (0 = any free port).
    static bool parseListen(const QString &text, QHostAddress *address, quint16 *port, QString *error);
    /// The listen address as a URL authority: 127.0.0.1:8470 or [::1]:8470.
    [[nodiscard]] static QString authority(const QHostAddress &address, quint16 port);

    /// Reads the [server] section of @p file over the current values; unknown keys are errors (a typo should
    /// not silently leave a limit at its default).
    bool loadIni(const QString &file, QString *error);
    /// Sets one setting by its INI key ("idle_timeout") from text.
    bool set(const QString &key, const QString &value, QString *error);
    /// Checks that the settings make sense together (a key without a certificate, a zero cap…).
    bool validate(QString *error) const;

    /// The default database file: warroomd.db in $STATE_DIRECTORY (systemd), else in the data folder.
    [[nodiscard]] static QString defaultDatabase();
};

} // namespace Warroom
