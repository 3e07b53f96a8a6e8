// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardcursor.h"

#include "event.h"

namespace Warroom {
namespace BoardCursor {
namespace {

constexpr auto Encoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
const QByteArray Version = QByteArrayLiteral("b1");

} // namespace

QString after(const BoardPosition &position)
{
    const QByteArray declared = position.declaredAt.isValid()
        ? QByteArray::number(position.declaredAt.toMSecsSinceEpoch())
        : QByteArray();
    const QByteArray raw = Version + '|' + (position.resolved ? "1" : "0") + '|'
        + QByteArray::number(position.severity) + '|' + declared + '|' + position.id.toUtf8();
    return QString::fromLatin1(raw.toBase64(Encoding));
}

std::optional<BoardPosition> parse(const QString &cursor)
{
    if (cursor.isEmpty() || cursor.size() > 200)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split('|');
    if (parts.size() != 5 || parts.at(0) != Version || (parts.at(1) != "0" && parts.at(1) != "1"))
        return std::nullopt;
    BoardPosition position;
    position.resolved = parts.at(1) == "1";
    bool ok = false;
    position.severity = parts.at(2).toInt(&ok);
    if (!ok || position.severity < 0 || position.severity > 9)
        return std::nullopt;
    if (!parts.at(3).isEmpty()) {
        const qint64 ms = parts.at(3).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        position.declaredAt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    position.id = QString::fromLatin1(parts.at(4));
    if (!Wire::isUuid(position.id))
        return std::nullopt;
    return position;
}

} // namespace BoardCursor
} // namespace Warroom
