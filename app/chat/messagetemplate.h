// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentfacts.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Warroom {

enum class TemplateKind { Declared, StatusUpdate, Resolved, Custom };

/// The stakeholder messages Warroom offers, as plain text with placeholders filled in from the incident:
/// {title} {severity} {status} {commander} {elapsed} {summary} {latest_decision} {next_update}
/// {incident_url}. A trailing "?" ({incident_url?}) is accepted and means the same. A line whose placeholders
/// are all empty is left out ("Latest decision: " with no decision would say nothing), and unknown
/// placeholders stay as written, so a typo shows in the preview instead of vanishing.
class MessageTemplate
{
public:
    [[nodiscard]] static QList<TemplateKind> all();
    /// Settings name: declared, status_update, resolved, custom.
    [[nodiscard]] static QString name(TemplateKind kind);
    [[nodiscard]] static QString displayName(TemplateKind kind);
    /// The built-in text of @p kind; for Custom, what the person last wrote (QSettings
    /// "chat/customTemplate"), or a one-line starter.
    [[nodiscard]] static QString text(TemplateKind kind);
    static void setCustomText(const QString &text);
    /// The built-in text, ignoring anything saved.
    [[nodiscard]] static QString builtInText(TemplateKind kind);

    /// The placeholder names, without braces, in the order the panel lists them.
    [[nodiscard]] static QStringList placeholders();
    /// The template that fits @p facts best: resolved once resolved, else declared until a first update
    /// was posted (@p postedBefore), else a status update.
    [[nodiscard]] static TemplateKind suggested(const IncidentFacts &facts, bool postedBefore);

    /// Fills in @p templateText from @p facts.
    [[nodiscard]] static QString render(const QString &templateText, const IncidentFacts &facts);

    // Last: the macro leaves the access at private.
    Q_DECLARE_TR_FUNCTIONS(Warroom::MessageTemplate)
};

} // namespace Warroom
