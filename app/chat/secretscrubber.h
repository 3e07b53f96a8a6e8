// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Warroom {

/// Removes a webhook URL from text that may quote it — Qt's network error strings do ("Error transferring
/// https://hooks.slack.com/services/… - server replied: …"), and so might a receiver's error body — before
/// that text reaches an event, a log line or the screen. A webhook URL is a bearer secret: whoever has it
/// can post to the channel.
class SecretScrubber
{
public:
    explicit SecretScrubber(const QUrl &secret);

    /// @p text with every form of the URL, its path, query and long path segments replaced by
    /// "[webhook URL]".
    [[nodiscard]] QString scrub(const QString &text) const;

private:
    QStringList m_needles; // longest first, so a full URL goes before the path inside it
};

} // namespace Warroom
