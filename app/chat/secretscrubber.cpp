// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretscrubber.h"

#include <QStringList>
#include <QUrlQuery>

#include <algorithm>

namespace Warroom {

namespace {
// Path segments and query values at least this long and with a digit or mixed case are treated as tokens
// (Slack's and Discord's secrets are such path segments, Teams' a query value); words such as "services" or
// "workflows" are not secret, and scrubbing them would garble ordinary error messages.
constexpr int TokenSegmentMin = 8;

bool looksLikeToken(const QString &text)
{
    if (text.size() < TokenSegmentMin)
        return false;
    bool digit = false;
    bool upper = false;
    bool lower = false;
    for (const QChar c : text) {
        digit = digit || c.isDigit();
        upper = upper || c.isUpper();
        lower = lower || c.isLower();
    }
    return digit || (upper && lower);
}
} // namespace

SecretScrubber::SecretScrubber(const QUrl &secret)
{
    QStringList needles {secret.toString(), QString::fromUtf8(secret.toEncoded()), secret.toDisplayString(),
        secret.toString(QUrl::RemoveScheme), secret.toString(QUrl::RemoveUserInfo | QUrl::RemoveScheme)};
    const QString path = secret.path();
    if (path.size() > 1)
        needles << path << secret.path(QUrl::FullyEncoded);
    if (secret.hasQuery()) {
        needles << secret.query() << secret.query(QUrl::FullyEncoded);
        // Teams Workflows URLs carry their signature as a query value (sig=…).
        for (const auto &item : QUrlQuery(secret).queryItems(QUrl::FullyDecoded)) {
            if (looksLikeToken(item.second))
                needles << item.second;
        }
    }
    if (!secret.password().isEmpty())
        needles << secret.password();
    for (const QString &segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (looksLikeToken(segment))
            needles << segment;
    }
    needles.removeAll(QString());
    needles.removeDuplicates();
    std::sort(needles.begin(), needles.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
    m_needles = needles;
}

QString SecretScrubber::scrub(const QString &text) const
{
    QString scrubbed = text;
    for (const QString &needle : m_needles)
        scrubbed.replace(needle, QStringLiteral("[webhook URL]"), Qt::CaseInsensitive);
    return scrubbed;
}

} // namespace Warroom
