// SPDX-License-Identifier: GPL-3.0-or-later
#include "postmortemdraft.h"

#include "clock.h"
#include "eventtypes.h"

#include <QHash>

namespace Warroom {

namespace {

constexpr QLatin1StringView draftFormat {"warroom-postmortem"};
constexpr int draftVersion = 1;

QString capitalized(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

/// What a timeline entry is, for the postmortem's "What" column; empty when it is not a key moment.
QString keyMoment(const TimelineEntry &entry, const IncidentState &state)
{
    switch (EventKinds::fromType(entry.eventType)) {
    case EventKind::IncidentDeclared:
        return QStringLiteral("Declared");
    case EventKind::IncidentUpdated:
        return entry.text.contains(QLatin1String("severity to")) ? QStringLiteral("Severity")
                                                                 : QStringLiteral("Update");
    case EventKind::IncidentStatus:
        if (entry.text.startsWith(QLatin1String("Reopened")))
            return QStringLiteral("Reopened");
        return entry.text.startsWith(QLatin1String("Status: resolved")) ? QStringLiteral("Resolved")
                                                                        : QStringLiteral("Status");
    case EventKind::RoleAssigned:
    case EventKind::RoleUnassigned:
        return QStringLiteral("Role");
    case EventKind::RunbookAttached:
        return QStringLiteral("Runbook");
    case EventKind::StepApproved:
        return QStringLiteral("Approval");
    case EventKind::StepSkipped:
        return QStringLiteral("Skipped");
    case EventKind::StepRolledBack:
        return QStringLiteral("Rollback");
    case EventKind::StepChecked: {
        const Runbook *runbook = state.runbook(entry.runbook);
        const RunbookStep *step = runbook ? runbook->step(entry.step) : nullptr;
        return step && step->gate != Gate::None ? QStringLiteral("Gated step") : QString();
    }
    case EventKind::AlertReceived:
        return QStringLiteral("Alert");
    case EventKind::StepUnchecked:
    case EventKind::StepAdded:
    case EventKind::NoteAdded:
    case EventKind::NoteEdited:
    case EventKind::NoteRetracted:
    case EventKind::NotePinned:
    case EventKind::AttachmentAdded:
    case EventKind::ChatPosted:
    case EventKind::ActionAdded:
    case EventKind::ActionUpdated:
    case EventKind::Unknown:
        break;
    }
    return {};
}

QString pinnedWhat(const TimelineEntry &entry)
{
    switch (entry.kind) {
    case NoteKind::System:
        return QStringLiteral("Event");
    case NoteKind::Chat:
        return QStringLiteral("Chat");
    default:
        return capitalized(Names::noteKind(entry.kind));
    }
}

} // namespace

bool PostmortemStep::wasRolledBack() const
{
    return std::any_of(changes.cbegin(), changes.cend(),
        [](const PostmortemStepChange &c) { return c.type == EventType::StepRolledBack; });
}

int PostmortemRunbook::doneCount() const
{
    return int(std::count_if(steps.cbegin(), steps.cend(), [](const PostmortemStep &s) {
        return s.state == StepState::Checked || s.state == StepState::Skipped;
    }));
}

PostmortemDraft PostmortemDraft::generate(const IncidentState &state, const QDateTime &generatedAt)
{
    PostmortemDraft draft;
    draft.regenerate(state, generatedAt);
    return draft;
}

void PostmortemDraft::regenerate(const IncidentState &state, const QDateTime &generatedAt)
{
    m_incidentId = state.id();
    m_incidentTitle = state.title();
    m_severity = state.severity();
    m_status = state.status();
    m_services = state.services();
    m_incidentSummary = state.summary();
    m_declaredBy = state.declaredBy();
    m_milestones = state.milestones();
    m_generatedAt = (generatedAt.isValid() ? generatedAt : Clock::now()).toUTC();
    m_people = BlamelessCheck::peopleOf(state);
    m_languageNotes.clear();

    m_commanders.clear();
    for (const RoleTenure &tenure : state.roleHistory()) {
        if (tenure.role == QLatin1String("commander") && !m_commanders.contains(tenure.person))
            m_commanders.append(tenure.person);
    }

    // Metrics, with the milestones they are measured between (docs/ARCHITECTURE.md).
    const Metrics metrics = state.metrics();
    const Milestones &ms = m_milestones;
    const bool recordedStart = ms.impactStarted.isValid();
    const QDateTime start = recordedStart ? ms.impactStarted : ms.declared;
    const QString startLabel = recordedStart ? QStringLiteral("impact started") : QStringLiteral("declared");
    m_metrics = {
        {QStringLiteral("time_to_detect"), QStringLiteral("Time to detect"),
            QStringLiteral("declared − impact started (only when an impact start was recorded)"),
            metrics.timeToDetect, QStringLiteral("impact started"), ms.impactStarted,
            QStringLiteral("declared"), ms.declared},
        {QStringLiteral("time_to_acknowledge"), QStringLiteral("Time to acknowledge"),
            QStringLiteral("first commander assigned − declared"), metrics.timeToAcknowledge,
            QStringLiteral("declared"), ms.declared, QStringLiteral("first commander"), ms.acknowledged},
        {QStringLiteral("time_to_mitigate"), QStringLiteral("Time to mitigate"),
            QStringLiteral(
                "first mitigated (or resolved, if it skipped mitigated) − impact start (or declared)"),
            metrics.timeToMitigate, startLabel, start, QStringLiteral("mitigated"), ms.mitigated},
        {QStringLiteral("time_to_resolve"), QStringLiteral("Time to resolve"),
            QStringLiteral("last resolved − impact start (or declared); cleared by a reopen"),
            metrics.timeToResolve, startLabel, start, QStringLiteral("resolved"), ms.resolved},
    };

    // The timeline: pinned entries and key moments; retracted ones stay, marked.
    m_timeline.clear();
    m_notes.clear();
    QHash<QString, QList<PostmortemStepChange>> stepChanges; // "runbook/step" → changes
    for (const TimelineEntry &entry : state.timeline()) {
        if (entry.eventType.startsWith(QLatin1String("step.")) && entry.eventType != EventType::StepAdded)
            stepChanges[entry.runbook + QLatin1Char('/') + entry.step].append(
                {entry.eventType, entry.actor, entry.at});
        if (entry.kind <= NoteKind::Observation && !entry.retracted)
            m_notes.append({entry.id, entry.at, entry.actor, entry.text});

        const QString key = keyMoment(entry, state);
        if (key.isEmpty() && !entry.pinned)
            continue;
        PostmortemTimelineItem item;
        item.id = entry.id;
        item.at = entry.at;
        item.actor = entry.actor;
        item.what = key.isEmpty() ? pinnedWhat(entry) : key;
        item.text = entry.text;
        item.pinned = entry.pinned;
        item.edited = !entry.history.isEmpty();
        item.retracted = entry.retracted;
        item.retractReason = entry.retractReason;
        item.retractedBy = entry.retractedBy;
        m_timeline.append(item);
    }

    m_runbooks.clear();
    for (const Runbook &runbook : state.runbooks()) {
        PostmortemRunbook out {runbook.name, runbook.attachedBy, runbook.attachedAt, {}};
        for (int i = 0; i < runbook.steps.size(); ++i) {
            const RunbookStep &s = runbook.steps.at(i);
            PostmortemStep step;
            step.number = i + 1;
            step.text = s.text;
            step.gate = s.gate;
            step.state = s.state;
            step.by = s.by;
            step.at = s.at;
            step.note = s.note;
            step.approvedBy = s.approvedBy;
            step.approvedAt = s.approvedAt;
            if (const RunbookStep *rollback = s.rollback.isEmpty() ? nullptr : runbook.step(s.rollback))
                step.rollbackText = rollback->text;
            step.evidenceCount = int(s.evidence.size());
            step.changes = stepChanges.value(runbook.id + QLatin1Char('/') + s.id);
            out.steps.append(step);
        }
        m_runbooks.append(out);
    }

    m_chats.clear();
    for (const ChatDelivery &chat : state.chats())
        m_chats.append(
            {chat.at, chat.channel, chat.outcome, chat.httpStatus, chat.error, chat.actor, chat.text});
    m_followUps = state.actions();
}

// ---------------------------------------------------------------------------------------------------------
// Written sections

QList<PostmortemDraft::Section> PostmortemDraft::writtenSections()
{
    return {Section::Summary, Section::Impact, Section::Factors, Section::WentWell, Section::Hard};
}

QString PostmortemDraft::sectionKey(Section section)
{
    switch (section) {
    case Section::Title:
        return QStringLiteral("title");
    case Section::Summary:
        return QStringLiteral("summary");
    case Section::Impact:
        return QStringLiteral("impact");
    case Section::Factors:
        return QStringLiteral("factors");
    case Section::WentWell:
        return QStringLiteral("went_well");
    case Section::Hard:
        return QStringLiteral("hard");
    }
    return {};
}

QString PostmortemDraft::sectionName(Section section)
{
    switch (section) {
    case Section::Title:
        return QStringLiteral("Title");
    case Section::Summary:
        return QStringLiteral("Summary");
    case Section::Impact:
        return QStringLiteral("Impact");
    case Section::Factors:
        return QStringLiteral("Contributing factors");
    case Section::WentWell:
        return QStringLiteral("What went well");
    case Section::Hard:
        return QStringLiteral("What was hard");
    }
    return {};
}

QString PostmortemDraft::sectionPrompt(Section section)
{
    switch (section) {
    case Section::Title:
        return QStringLiteral("A title that says what broke, for whom");
    case Section::Summary:
        return QStringLiteral("What happened, in two or three sentences a newcomer understands?");
    case Section::Impact:
        return QStringLiteral(
            "Who was affected, how, and for how long? Numbers help: failed requests, customers.");
    case Section::Factors:
        return QStringLiteral(
            "Which conditions made this possible? Think of the system, tools, processes and "
            "timing rather than of people.");
    case Section::WentWell:
        return QStringLiteral("What helped: an alert that fired, a runbook that held, a quick decision?");
    case Section::Hard:
        return QStringLiteral("What slowed the team down or was confusing?");
    }
    return {};
}

QString PostmortemDraft::proposedTitle() const
{
    return QStringLiteral("Postmortem: %1").arg(m_incidentTitle);
}

QString PostmortemDraft::text(Section section) const
{
    switch (section) {
    case Section::Title:
        return m_title.trimmed().isEmpty() ? proposedTitle() : m_title;
    case Section::Summary:
        return m_summary;
    case Section::Impact:
        return m_impact;
    case Section::Factors:
        return m_factors;
    case Section::WentWell:
        return m_wentWell;
    case Section::Hard:
        return m_hard;
    }
    return {};
}

void PostmortemDraft::setText(Section section, const QString &text)
{
    switch (section) {
    case Section::Title:
        m_title = text;
        break;
    case Section::Summary:
        m_summary = text;
        break;
    case Section::Impact:
        m_impact = text;
        break;
    case Section::Factors:
        m_factors = text;
        break;
    case Section::WentWell:
        m_wentWell = text;
        break;
    case Section::Hard:
        m_hard = text;
        break;
    }
}

QJsonObject PostmortemDraft::writtenJson() const
{
    QJsonObject json {{QStringLiteral("format"), QString(draftFormat)},
        {QStringLiteral("version"), draftVersion}, {QStringLiteral("incident"), m_incidentId},
        {QStringLiteral("title"), m_title}};
    for (const Section section : writtenSections())
        json.insert(sectionKey(section), text(section));
    return json;
}

bool PostmortemDraft::setWrittenJson(const QJsonObject &json, Error *error)
{
    if (json.value(QStringLiteral("format")).toString() != draftFormat) {
        if (error)
            *error = Error::invalid(
                QStringLiteral("format"), QStringLiteral("format: must be \"%1\"").arg(draftFormat));
        return false;
    }
    if (json.value(QStringLiteral("version")).toInt() > draftVersion) {
        if (error)
            *error = Error::invalid(QStringLiteral("version"),
                QStringLiteral("version: written by a newer Warroom (%1)")
                    .arg(json.value(QStringLiteral("version")).toInt()));
        return false;
    }
    const QString incident = json.value(QStringLiteral("incident")).toString();
    if (!m_incidentId.isEmpty() && incident != m_incidentId) {
        if (error)
            *error = Error::invalid(QStringLiteral("incident"),
                QStringLiteral("incident: this postmortem belongs to incident %1").arg(incident));
        return false;
    }
    m_title = json.value(QStringLiteral("title")).toString();
    for (const Section section : writtenSections())
        setText(section, json.value(sectionKey(section)).toString());
    return true;
}

// ---------------------------------------------------------------------------------------------------------
// Language check

void PostmortemDraft::checkLanguage(const BlamelessCheck &check)
{
    m_languageNotes.clear();
    QList<Section> sections {Section::Title};
    sections += writtenSections();
    for (const Section section : sections) {
        const QString body = text(section);
        for (const BlamelessFinding &finding : check.check(body)) {
            m_languageNotes.append({sectionName(section), sectionKey(section),
                excerpt(body, finding.spanStart(), finding.spanEnd()), finding});
        }
    }
    for (const PostmortemNote &note : std::as_const(m_notes)) {
        for (const BlamelessFinding &finding : check.check(note.text)) {
            m_languageNotes.append({QStringLiteral("Timeline %1 (%2)").arg(formatMoment(note.at), note.actor),
                QStringLiteral("note:") + note.id, excerpt(note.text, finding.spanStart(), finding.spanEnd()),
                finding});
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// Formats

QString PostmortemDraft::formatDuration(qint64 msecs)
{
    const qint64 total = std::max<qint64>(0, msecs) / 1000;
    const qint64 days = total / 86400;
    const qint64 hours = (total / 3600) % 24;
    const qint64 minutes = (total / 60) % 60;
    const qint64 seconds = total % 60;
    const auto two = [](qint64 v) {
        return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0'));
    };
    if (days > 0)
        return QStringLiteral("%1d %2h %3m").arg(days).arg(two(hours), two(minutes));
    if (hours > 0)
        return QStringLiteral("%1h %2m %3s").arg(hours).arg(two(minutes), two(seconds));
    if (minutes > 0)
        return QStringLiteral("%1m %2s").arg(minutes).arg(two(seconds));
    return QStringLiteral("%1s").arg(seconds);
}

QString PostmortemDraft::formatMoment(const QDateTime &time) const
{
    if (!time.isValid())
        return QStringLiteral("—");
    const QDateTime utc = time.toUTC();
    const QDate day = m_milestones.declared.isValid() ? m_milestones.declared.toUTC().date() : QDate();
    return utc.date() == day ? utc.toString(QStringLiteral("HH:mm"))
                             : utc.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString PostmortemDraft::formatDateTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : QStringLiteral("—");
}

QString PostmortemDraft::stepStateText(StepState state)
{
    switch (state) {
    case StepState::Open:
        return QStringLiteral("not done");
    case StepState::Checked:
        return QStringLiteral("done");
    case StepState::Skipped:
        return QStringLiteral("skipped");
    case StepState::RolledBack:
        return QStringLiteral("rolled back");
    }
    return {};
}

QStringList PostmortemDraft::stepRemarks(const PostmortemStep &step) const
{
    QStringList remarks;
    if (!step.note.isEmpty()) {
        switch (step.state) {
        case StepState::Skipped:
            remarks << QStringLiteral("why: %1").arg(step.note);
            break;
        case StepState::RolledBack:
            remarks << QStringLiteral("rollback: %1").arg(step.note);
            break;
        default:
            remarks << step.note;
        }
    }
    if (step.gate == Gate::Approval) {
        remarks << (step.approvedAt.isValid()
                ? QStringLiteral("approved by %1 at %2").arg(step.approvedBy, formatMoment(step.approvedAt))
                : QStringLiteral("not approved"));
    }
    if (step.evidenceCount > 0)
        remarks << (step.evidenceCount == 1
                ? QStringLiteral("1 piece of evidence")
                : QStringLiteral("%1 pieces of evidence").arg(step.evidenceCount));
    // Earlier turns of a step that was done again: a rollback or a reopening is part of the story.
    for (int i = 0; i + 1 < step.changes.size(); ++i) {
        const PostmortemStepChange &change = step.changes.at(i);
        if (change.type == EventType::StepRolledBack)
            remarks << QStringLiteral("rolled back by %1 at %2").arg(change.actor, formatMoment(change.at));
        else if (change.type == EventType::StepUnchecked)
            remarks << QStringLiteral("reopened by %1 at %2").arg(change.actor, formatMoment(change.at));
    }
    if (!step.rollbackText.isEmpty())
        remarks << QStringLiteral("undone by: %1").arg(step.rollbackText);
    return remarks;
}

QString PostmortemDraft::metricSpan(const PostmortemMetric &metric) const
{
    if (!metric.from.isValid() || !metric.to.isValid())
        return {};
    return QStringLiteral("%1 %2 → %3 %4")
        .arg(formatMoment(metric.from), metric.fromLabel, formatMoment(metric.to), metric.toLabel);
}

QString PostmortemDraft::metricValue(const PostmortemMetric &metric)
{
    if (metric.msecs)
        return formatDuration(*metric.msecs);
    return metric.from.isValid() || metric.key != QLatin1String("time_to_detect")
        ? QStringLiteral("not reached")
        : QStringLiteral("no impact start recorded");
}

QString PostmortemDraft::chatOutcome(const PostmortemChat &chat)
{
    QString text = chat.outcome;
    if (chat.httpStatus > 0)
        text += QStringLiteral(" (HTTP %1)").arg(chat.httpStatus);
    if (!chat.error.isEmpty())
        text += QStringLiteral(": ") + chat.error;
    return text;
}

QString PostmortemDraft::excerpt(const QString &text, int start, int end)
{
    const auto isStop = [&text](int i) {
        const QChar c = text.at(i);
        return c == QLatin1Char('\n') || c == QLatin1Char('!') || c == QLatin1Char('?')
            || c == QLatin1Char(';')
            || (c == QLatin1Char('.') && (i + 1 >= text.size() || text.at(i + 1).isSpace()));
    };
    int from = std::clamp(start, 0, int(text.size()));
    while (from > 0 && !isStop(from - 1))
        --from;
    int to = std::clamp(end, from, int(text.size()));
    while (to < text.size() && !isStop(to))
        ++to;
    if (to < text.size() && text.at(to) != QLatin1Char('\n'))
        ++to; // keep the full stop
    QString sentence = text.mid(from, to - from).simplified();
    constexpr int maxLength = 160;
    if (sentence.size() > maxLength)
        sentence = sentence.left(maxLength - 1).trimmed() + QStringLiteral("…");
    return sentence;
}

} // namespace Warroom
