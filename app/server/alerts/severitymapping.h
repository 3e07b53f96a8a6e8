// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentstate.h"

#include <QMap>
#include <QString>

namespace Warroom {

/// How an incoming alert's severity word becomes an incident severity (DESIGN §8), as warroomd's config sets
/// it (docs/API.md):
///
///     severity_label = severity                        ; the label that carries the word
///     severity_map = critical=SEV1, error=SEV2, major=SEV2, warning=SEV3, info=SEV4
///     default_severity = SEV3                          ; no label, or a word not in the map
///
/// Words match case-insensitively; a value that is itself SEV1…SEV4 needs no entry.
class SeverityMapping
{
public:
    SeverityMapping(); ///< the defaults above

    /// Replaces the map with "word=SEVn, word=SEVn…"; false (the map unchanged) with @p error saying why.
    bool parseMap(const QString &text, QString *error);
    [[nodiscard]] QString mapText() const; ///< in parseMap()'s form, words sorted
    bool setDefaultSeverity(const QString &text, QString *error);
    [[nodiscard]] Severity defaultSeverity() const { return m_default; }
    bool setLabel(const QString &label, QString *error);
    [[nodiscard]] const QString &label() const { return m_label; }

    /// The severity for @p word (empty or unknown: the default).
    [[nodiscard]] Severity map(const QString &word) const;
    /// The severity of an alert with @p labels, or of its own @p word when the sender has a field for it.
    [[nodiscard]] Severity severityOf(const QJsonObject &labels, const QString &word = {}) const;

private:
    QMap<QString, Severity> m_map; // lower-case word → severity
    Severity m_default = Severity::Sev3;
    QString m_label = QStringLiteral("severity");
};

} // namespace Warroom
