// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QObject>
#include <QPixmap>
#include <QPointer>
#include <QSet>
#include <QSize>

namespace Warroom {

class Session;

/// Thumbnails of attached images, keyed by entry id. Each image is read from the Session and decoded once,
/// scaled to the thumbnail box and kept as a QPixmap, so painting the timeline never decodes. Entries that
/// are not images (or fail to decode) are remembered too, so they are not read again either.
class ThumbnailCache : public QObject
{
    Q_OBJECT
public:
    /// The box every thumbnail fits into, in device-independent pixels.
    static constexpr QSize BoxSize {160, 100};

    explicit ThumbnailCache(Session *session, QObject *parent = nullptr);

    /// The thumbnail of entry @p entryId for a screen of @p devicePixelRatio; a null pixmap when the entry
    /// holds no decodable image.
    [[nodiscard]] QPixmap thumbnail(const QString &entryId, qreal devicePixelRatio);
    /// True when @p mime is an image type we can decode.
    [[nodiscard]] static bool isDecodableImage(const QString &mime);
    /// How many images were decoded so far (to check "decode once").
    [[nodiscard]] int decodeCount() const { return m_decodes; }
    void clear();

private:
    QPointer<Session> m_session;
    QCache<QString, QPixmap> m_pixmaps; // cost in KiB
    QSet<QString> m_failed;
    int m_decodes = 0;
};

} // namespace Warroom
