// SPDX-License-Identifier: GPL-3.0-or-later
#include "thumbnailcache.h"

#include "logging.h"
#include "session.h"

#include <QBuffer>
#include <QImageReader>

namespace Warroom {

namespace {
// 32 MiB of thumbnails: about 500 at full box size, far more than one screen shows.
constexpr int CacheKiB = 32 * 1024;
} // namespace

ThumbnailCache::ThumbnailCache(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_pixmaps(CacheKiB)
{
    // A pending attachment may not be readable yet; once the server confirms it, try again.
    if (m_session)
        connect(m_session, &Session::pendingChanged, this, [this] { m_failed.clear(); });
}

bool ThumbnailCache::isDecodableImage(const QString &mime)
{
    // The plugins do not change while running; asking QImageReader each time lists them anew.
    static const QList<QByteArray> supported = QImageReader::supportedMimeTypes();
    return mime.startsWith(QLatin1String("image/")) && supported.contains(mime.toLatin1());
}

QPixmap ThumbnailCache::thumbnail(const QString &entryId, qreal devicePixelRatio)
{
    const qreal ratio = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    const QString key = entryId + QLatin1Char('@') + QString::number(ratio);
    if (const QPixmap *cached = m_pixmaps.object(key))
        return *cached;
    if (m_failed.contains(entryId) || !m_session)
        return {};

    Error error;
    QByteArray content = m_session->attachmentContent(entryId, &error);
    QBuffer buffer(&content);
    QImageReader reader(&buffer);
    // Decode straight to the thumbnail size where the format allows it (JPEG does): a large screenshot
    // then never exists in memory at full size.
    const QSize full = reader.size();
    const QSize box = (QSizeF(BoxSize) * ratio).toSize();
    if (full.isValid() && (full.width() > box.width() || full.height() > box.height()))
        reader.setScaledSize(full.scaled(box, Qt::KeepAspectRatio));
    QImage image = reader.read();
    ++m_decodes;
    if (image.isNull()) {
        qCDebug(lcUi) << "timeline: no thumbnail for" << entryId << error.message << reader.errorString();
        m_failed.insert(entryId);
        return {};
    }
    if (image.width() > box.width() || image.height() > box.height())
        image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    auto *pixmap = new QPixmap(QPixmap::fromImage(image));
    pixmap->setDevicePixelRatio(ratio);
    const QPixmap result = *pixmap;
    const int cost = qMax(1, int(qint64(image.width()) * image.height() * 4 / 1024));
    m_pixmaps.insert(key, pixmap, cost);
    return result;
}

void ThumbnailCache::clear()
{
    m_pixmaps.clear();
    m_failed.clear();
}

} // namespace Warroom
