// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "eventtypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Warroom {

/// One immutable entry of the append-only log (DESIGN §3). Everything Warroom shows is a fold of these.
struct Event
{
    QString id; ///< uuid made by the client; the idempotency key
    QString incident; ///< uuid of the incident it belongs to
    QString type; ///< one of EventType
    QString actor; ///< who did it ("alice", "alertmanager")
    QDateTime at; ///< when it happened (UTC, may be back-dated)
    qint64 seq = 0; ///< set by the store; 0 while not stored
    QDateTime recordedAt; ///< set by the store
    QJsonObject data;

    [[nodiscard]] bool isStored() const { return seq > 0; }
    /// The type as an enum (EventKind::Unknown for a type this version does not know).
    [[nodiscard]] EventKind kind() const { return EventKinds::fromType(type); }

    /// The wire form. seq and recorded_at are written only when set.
    [[nodiscard]] QJsonObject toJson() const;
    /// Compact JSON of data alone, as the stores keep it.
    [[nodiscard]] QByteArray dataJson() const;

    /// Parses the envelope (types of every envelope field, uuid and timestamp syntax). On failure returns
    /// false and fills @p error naming the field; data is checked by EventValidator, not here.
    [[nodiscard]] static bool fromJson(const QJsonObject &json, Event *event, Error *error);
    [[nodiscard]] static bool fromJson(const QByteArray &json, Event *event, Error *error);

    bool operator==(const Event &other) const;
    bool operator!=(const Event &other) const { return !(*this == other); }
};

using EventList = QList<Event>;

/// Wire helpers shared by every layer, so that one format is used everywhere.
namespace Wire {
/// A new random uuid in the wire form (lower-case, no braces).
[[nodiscard]] QString newId();
[[nodiscard]] bool isUuid(const QString &text);
/// ISO 8601 UTC with milliseconds: 2026-11-21T22:38:54.123Z
[[nodiscard]] QString formatTime(const QDateTime &time);
/// Parses ISO 8601 with an explicit offset or Z; returns an invalid QDateTime otherwise.
[[nodiscard]] QDateTime parseTime(const QString &text);
} // namespace Wire

} // namespace Warroom
