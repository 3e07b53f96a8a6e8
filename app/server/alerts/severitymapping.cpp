// SPDX-License-Identifier: GPL-3.0-or-later
#include "severitymapping.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace Warroom {

namespace {

std::optional<Severity> severityName(const QString &text)
{
    return Names::severityFrom(text.trimmed().toUpper());
}

} // namespace

SeverityMapping::SeverityMapping()
{
    m_map = {
        {QStringLiteral("critical"), Severity::Sev1},
        {QStringLiteral("error"), Severity::Sev2},
        {QStringLiteral("major"), Severity::Sev2},
        {QStringLiteral("warning"), Severity::Sev3},
        {QStringLiteral("info"), Severity::Sev4},
    };
}

bool SeverityMapping::parseMap(const QString &text, QString *error)
{
    static const QRegularExpression word(QStringLiteral("^[A-Za-z0-9_.:-]{1,64}$"));
    QMap<QString, Severity> map;
    const QStringList entries = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        const QString key = entry.left(equals).trimmed().toLower();
        const std::optional<Severity> severity
            = equals < 0 ? std::nullopt : severityName(entry.mid(equals + 1));
        if (equals < 0 || !word.match(key).hasMatch() || !severity) {
            *error = QStringLiteral("severity_map: \"%1\" is not word=SEV1…SEV4 (e.g. critical=SEV1, "
                                    "warning=SEV3)")
                         .arg(entry.trimmed().left(80));
            return false;
        }
        if (map.contains(key)) {
            *error = QStringLiteral("severity_map: \"%1\" is mapped twice").arg(key);
            return false;
        }
        map.insert(key, *severity);
    }
    if (map.isEmpty()) {
        *error = QStringLiteral("severity_map: is empty (e.g. critical=SEV1, error=SEV2, warning=SEV3, "
                                "info=SEV4)");
        return false;
    }
    m_map = map;
    return true;
}

QString SeverityMapping::mapText() const
{
    QStringList entries;
    for (auto it = m_map.cbegin(); it != m_map.cend(); ++it)
        entries << QStringLiteral("%1=%2").arg(it.key(), Names::severity(it.value()));
    return entries.join(QStringLiteral(", "));
}

bool SeverityMapping::setDefaultSeverity(const QString &text, QString *error)
{
    const std::optional<Severity> severity = severityName(text);
    if (!severity) {
        *error
            = QStringLiteral("default_severity: \"%1\" is not SEV1, SEV2, SEV3 or SEV4").arg(text.left(40));
        return false;
    }
    m_default = *severity;
    return true;
}

bool SeverityMapping::setLabel(const QString &label, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,63}$"));
    const QString trimmed = label.trimmed();
    if (!pattern.match(trimmed).hasMatch()) {
        *error = QStringLiteral("severity_label: \"%1\" is not a label name (letters, digits and _)")
                     .arg(label.left(80));
        return false;
    }
    m_label = trimmed;
    return true;
}

Severity SeverityMapping::map(const QString &word) const
{
    const QString key = word.trimmed().toLower();
    if (key.isEmpty())
        return m_default;
    if (const auto it = m_map.constFind(key); it != m_map.cend())
        return it.value();
    return severityName(key).value_or(m_default);
}

Severity SeverityMapping::severityOf(const QJsonObject &labels, const QString &word) const
{
    if (!word.trimmed().isEmpty())
        return map(word);
    return map(labels.value(m_label).toString());
}

} // namespace Warroom
