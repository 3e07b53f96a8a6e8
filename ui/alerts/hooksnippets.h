// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace Warroom {

/// What the Alert Hooks dialog shows for a warroomd server, as text: the hook URLs and the configuration to
/// paste into Alertmanager and Grafana (docs/API.md describes the hooks). No widgets, so tests read it as is.
class HookSnippets
{
    Q_DECLARE_TR_FUNCTIONS(HookSnippets)

public:
    struct Hook
    {
        QString name; ///< alertmanager, grafana, pagerduty, generic: the last part of the URL
        QString title; ///< "Alertmanager", translated where it is not a product name
    };
    /// The four hooks, in the dialog's order.
    [[nodiscard]] static QList<Hook> hooks();
    /// @p server + /api/v1/hooks/@p name (a path in @p server, behind a proxy, is kept).
    [[nodiscard]] static QString hookUrl(const QUrl &server, const QString &name);
    /// The command that makes a token for a hook sender.
    [[nodiscard]] static QString tokenCommand(const QString &senderName = QStringLiteral("alertmanager"));
    /// A receiver for alertmanager.yml: webhook_configs with the URL, send_resolved, and the bearer token.
    [[nodiscard]] static QString alertmanagerReceiver(const QUrl &server);
    /// Where the same goes in a Grafana webhook contact point.
    [[nodiscard]] static QString grafanaContactPoint(const QUrl &server);
    /// Stands for the token in the snippets: the person pastes theirs over it.
    [[nodiscard]] static QString tokenPlaceholder() { return QStringLiteral("REPLACE_WITH_A_HOOK_TOKEN"); }
};

} // namespace Warroom
