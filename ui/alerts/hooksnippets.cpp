// SPDX-License-Identifier: GPL-3.0-or-later
#include "hooksnippets.h"

namespace Warroom {

QList<HookSnippets::Hook> HookSnippets::hooks()
{
    return {
        {QStringLiteral("alertmanager"), QStringLiteral("Alertmanager")},
        {QStringLiteral("grafana"), QStringLiteral("Grafana")},
        {QStringLiteral("pagerduty"), tr("PagerDuty Events v2", "the PagerDuty event format")},
        {QStringLiteral("generic"), tr("Generic JSON", "the hook for scripts")},
    };
}

QString HookSnippets::hookUrl(const QUrl &server, const QString &name)
{
    QUrl url = server;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/api/v1/hooks/") + name);
    url.setQuery(QString());
    url.setFragment(QString());
    return url.toString(QUrl::FullyEncoded);
}

QString HookSnippets::tokenCommand(const QString &senderName)
{
    return QStringLiteral("warroomd token create --name %1 --role hook").arg(senderName);
}

QString HookSnippets::alertmanagerReceiver(const QUrl &server)
{
    // YAML keys stay as Alertmanager reads them; only the comments are translated.
    return QStringLiteral("# %1\n"
                          "receivers:\n"
                          "  - name: warroom\n"
                          "    webhook_configs:\n"
                          "      - url: %2\n"
                          "        send_resolved: true\n"
                          "        http_config:\n"
                          "          authorization:\n"
                          "            type: Bearer\n"
                          "            # %3\n"
                          "            credentials: %4\n"
                          "# %5\n")
        .arg(tr("alertmanager.yml: a receiver that sends every alert of its routes to Warroom"),
            hookUrl(server, QStringLiteral("alertmanager")),
            tr("a token of role hook: %1").arg(tokenCommand(QStringLiteral("alertmanager"))),
            tokenPlaceholder(),
            tr("then route alerts to it, e.g. receiver: warroom in the route that pages people"));
}

QString HookSnippets::grafanaContactPoint(const QUrl &server)
{
    return tr("Grafana: Alerting → Contact points → Add contact point\n"
              "  Integration: Webhook\n"
              "  URL: %1\n"
              "  HTTP Method: POST\n"
              "  Optional Webhook settings:\n"
              "    Authorization Header - Scheme: Bearer\n"
              "    Authorization Header - Credentials: %2\n"
              "  (or Basic Authentication: any user name, the token as the password)\n"
              "Make the token with: %3\n"
              "Then use the contact point in a notification policy.")
        .arg(hookUrl(server, QStringLiteral("grafana")), tokenPlaceholder(),
            tokenCommand(QStringLiteral("grafana")));
}

} // namespace Warroom
