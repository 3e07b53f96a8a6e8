// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blamelesscheck.h"
#include "incidentstate.h"

#include <QJsonObject>

#include <optional>

namespace Warroom {

/// One of the four incident metrics, with what it measures.
struct PostmortemMetric
{
    QString key; ///< "time_to_detect"
    QString name; ///< "Time to detect"
    QString definition; ///< "declared − impact started (only when an impact start was recorded)"
    std::optional<qint64> msecs; ///< nullopt while the milestone has not been reached
    QString fromLabel; ///< "impact started"
    QDateTime from;
    QString toLabel; ///< "declared"
    QDateTime to;
};

/// A line of the postmortem's timeline: a pinned entry or a key moment.
struct PostmortemTimelineItem
{
    QString id;
    QDateTime at;
    QString actor;
    QString what; ///< "Status", "Severity", "Alert", "Decision", "Step", "Note"...
    QString text;
    bool pinned = false;
    bool edited = false;
    bool retracted = false;
    QString retractReason;
    QString retractedBy;
};

/// A change of one runbook step, in the order it happened.
struct PostmortemStepChange
{
    QString type; ///< step.approved, step.checked, step.unchecked, step.skipped, step.rolled_back
    QString actor;
    QDateTime at;
};

/// A runbook step as executed.
struct PostmortemStep
{
    int number = 0; ///< 1-based position in the runbook
    QString text;
    Gate gate = Gate::None;
    StepState state = StepState::Open;
    QString by;
    QDateTime at;
    QString note; ///< check note, skip reason or rollback note
    QString approvedBy;
    QDateTime approvedAt;
    QString rollbackText; ///< text of the step that undoes this one, if it names one
    int evidenceCount = 0;
    /// Every change, oldest first (rollbacks and reopenings included, even when the step was done again).
    QList<PostmortemStepChange> changes;
    [[nodiscard]] bool wasRolledBack() const;
};

struct PostmortemRunbook
{
    QString name;
    QString attachedBy;
    QDateTime attachedAt;
    QList<PostmortemStep> steps;
    [[nodiscard]] int doneCount() const;
};

/// A stakeholder update posted to chat.
struct PostmortemChat
{
    QDateTime at;
    QString channel;
    QString outcome; ///< delivered | failed
    int httpStatus = 0;
    QString error;
    QString actor;
    QString text;
};

/// A note people wrote during the incident (the blameless check reads these too).
struct PostmortemNote
{
    QString id;
    QDateTime at;
    QString actor;
    QString text;
};

/// A finding of the blameless check, and where it was found.
struct PostmortemLanguageNote
{
    QString where; ///< "Summary", or "Timeline 22:14 (lena)"
    QString sectionKey; ///< "summary"..., or "note:<entry id>"
    QString excerpt; ///< the sentence around the finding
    BlamelessFinding finding;
};

/// The postmortem document: the sections people write (title, summary, impact, contributing factors, what
/// went well, what was hard) and the sections generated from the event log (facts, metrics with their
/// definitions, the timeline of pinned and key entries, the runbooks as executed, chat updates, follow-up
/// actions). Pure data: the exporters (PostmortemMarkdown, PostmortemHtml) turn it into documents.
class PostmortemDraft
{
public:
    enum class Section { Title, Summary, Impact, Factors, WentWell, Hard };

    /// The first draft from @p state: generated sections filled, written ones empty (the title proposed).
    /// @p generatedAt: when the draft was made (invalid: Clock::now()).
    [[nodiscard]] static PostmortemDraft generate(
        const IncidentState &state, const QDateTime &generatedAt = {});
    /// Rebuilds the generated sections from @p state and keeps what people wrote.
    void regenerate(const IncidentState &state, const QDateTime &generatedAt = {});

    // ---- written by people
    [[nodiscard]] QString text(Section section) const;
    void setText(Section section, const QString &text);
    [[nodiscard]] static QList<Section> writtenSections(); ///< Summary … Hard, in document order
    [[nodiscard]] static QString sectionKey(Section section); ///< "summary", "factors", …
    [[nodiscard]] static QString sectionName(Section section); ///< "Contributing factors" (English)
    /// A question that helps start the section (English; the editor shows its own translated prompts).
    [[nodiscard]] static QString sectionPrompt(Section section);
    [[nodiscard]] QString proposedTitle() const; ///< "Postmortem: <incident title>"

    /// The written sections as JSON ({"format": "warroom-postmortem", "version": 1, "incident", "title",
    /// "summary", …}), for the editor's file.
    [[nodiscard]] QJsonObject writtenJson() const;
    /// Takes the written sections from @p json (unknown keys ignored). False with @p error when it is not
    /// a postmortem of this incident.
    bool setWrittenJson(const QJsonObject &json, Error *error);

    // ---- generated from the log
    [[nodiscard]] const QString &incidentId() const { return m_incidentId; }
    [[nodiscard]] const QString &incidentTitle() const { return m_incidentTitle; }
    [[nodiscard]] Severity severity() const { return m_severity; }
    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] const QStringList &services() const { return m_services; }
    [[nodiscard]] const QString &incidentSummary() const { return m_incidentSummary; }
    [[nodiscard]] const QString &declaredBy() const { return m_declaredBy; }
    [[nodiscard]] const Milestones &milestones() const { return m_milestones; }
    /// Everyone who held the commander role, in order.
    [[nodiscard]] const QStringList &commanders() const { return m_commanders; }
    [[nodiscard]] const QStringList &people() const { return m_people; }
    [[nodiscard]] const QDateTime &generatedAt() const { return m_generatedAt; }
    [[nodiscard]] const QList<PostmortemMetric> &metrics() const { return m_metrics; }
    [[nodiscard]] const QList<PostmortemTimelineItem> &timeline() const { return m_timeline; }
    [[nodiscard]] const QList<PostmortemRunbook> &runbooks() const { return m_runbooks; }
    [[nodiscard]] const QList<PostmortemChat> &chats() const { return m_chats; }
    [[nodiscard]] const QList<FollowUpAction> &followUps() const { return m_followUps; }
    [[nodiscard]] const QList<PostmortemNote> &notes() const { return m_notes; }

    /// Runs @p check over the written sections and the incident's notes and keeps the findings.
    void checkLanguage(const BlamelessCheck &check);
    [[nodiscard]] const QList<PostmortemLanguageNote> &languageNotes() const { return m_languageNotes; }

    // ---- formats shared by the exporters (UTC, English)
    /// "9m 00s", "1h 04m 09s", "2d 03h 04m"; negative counts as zero.
    [[nodiscard]] static QString formatDuration(qint64 msecs);
    /// "22:17" on the day the incident was declared, "2026-11-22 01:05" on another day.
    [[nodiscard]] QString formatMoment(const QDateTime &time) const;
    /// "2026-11-21 22:00 UTC".
    [[nodiscard]] static QString formatDateTime(const QDateTime &time);
    /// "done", "skipped", "rolled back", "not done".
    [[nodiscard]] static QString stepStateText(StepState state);
    /// What the exports say about a step beside its outcome: the note or reason, the approval, evidence,
    /// its rollback step and earlier rollbacks ("approved by priya at 22:38", "rolled back by marco at
    /// 22:30").
    [[nodiscard]] QStringList stepRemarks(const PostmortemStep &step) const;
    /// "21:51 impact started → 22:00 declared", or "" when either end is missing.
    [[nodiscard]] QString metricSpan(const PostmortemMetric &metric) const;
    /// "9m 00s", or "not reached".
    [[nodiscard]] static QString metricValue(const PostmortemMetric &metric);
    /// "delivered (HTTP 200)", "failed (HTTP 500): timeout".
    [[nodiscard]] static QString chatOutcome(const PostmortemChat &chat);
    /// The sentence of @p text around [@p start, @p end), trimmed to about 160 characters.
    [[nodiscard]] static QString excerpt(const QString &text, int start, int end);

private:
    QString m_incidentId;
    QString m_incidentTitle;
    Severity m_severity = Severity::Sev3;
    Status m_status = Status::Investigating;
    QStringList m_services;
    QString m_incidentSummary;
    QString m_declaredBy;
    Milestones m_milestones;
    QStringList m_commanders;
    QStringList m_people;
    QDateTime m_generatedAt;
    QList<PostmortemMetric> m_metrics;
    QList<PostmortemTimelineItem> m_timeline;
    QList<PostmortemRunbook> m_runbooks;
    QList<PostmortemChat> m_chats;
    QList<FollowUpAction> m_followUps;
    QList<PostmortemNote> m_notes;
    QList<PostmortemLanguageNote> m_languageNotes;

    QString m_title;
    QString m_summary;
    QString m_impact;
    QString m_factors;
    QString m_wentWell;
    QString m_hard;
};

} // namespace Warroom
