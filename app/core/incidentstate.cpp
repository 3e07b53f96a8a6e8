// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentstate.h"

#include "eventtypes.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <algorithm>

namespace Warroom {

// ---------------------------------------------------------------------------------------------------------
// Names

namespace Names {

QString severity(Severity s)
{
    return QStringLiteral("SEV%1").arg(int(s));
}

std::optional<Severity> severityFrom(const QString &s)
{
    if (s.size() == 4 && s.startsWith(QLatin1String("SEV")) && s.at(3) >= QLatin1Char('1')
        && s.at(3) <= QLatin1Char('4'))
        return Severity(s.at(3).digitValue());
    return std::nullopt;
}

namespace {
template<typename Enum, size_t N>
std::optional<Enum> lookup(const QString &s, const std::array<const char *, N> &names)
{
    for (size_t i = 0; i < N; ++i) {
        if (s == QLatin1String(names[i]))
            return Enum(i);
    }
    return std::nullopt;
}
constexpr std::array<const char *, 4> statusNames = {"investigating", "identified", "mitigated", "resolved"};
constexpr std::array<const char *, 3> gateNames = {"none", "approval", "evidence"};
constexpr std::array<const char *, 4> stepStateNames = {"open", "checked", "skipped", "rolled_back"};
constexpr std::array<const char *, 9> kindNames
    = {"note", "decision", "action", "evidence", "observation", "system", "alert", "chat", "attachment"};
} // namespace

QString status(Status s)
{
    return QLatin1String(statusNames.at(size_t(s)));
}

std::optional<Status> statusFrom(const QString &s)
{
    return lookup<Status>(s, statusNames);
}

QString gate(Gate g)
{
    return QLatin1String(gateNames.at(size_t(g)));
}

std::optional<Gate> gateFrom(const QString &s)
{
    return lookup<Gate>(s, gateNames);
}

QString stepState(StepState s)
{
    return QLatin1String(stepStateNames.at(size_t(s)));
}

QString noteKind(NoteKind k)
{
    return QLatin1String(kindNames.at(size_t(k)));
}

std::optional<NoteKind> writableNoteKindFrom(const QString &s)
{
    const auto kind = lookup<NoteKind>(s, kindNames);
    if (kind && int(*kind) <= int(NoteKind::Observation))
        return kind;
    return std::nullopt;
}

namespace {
template<size_t N> QStringList listOf(const std::array<const char *, N> &names, size_t count = N)
{
    QStringList list;
    for (size_t i = 0; i < count; ++i)
        list << QLatin1String(names[i]);
    return list;
}
} // namespace

const QStringList &severities()
{
    static const QStringList list = [] {
        QStringList names;
        for (int i = int(Severity::Sev1); i <= int(Severity::Sev4); ++i)
            names << severity(Severity(i));
        return names;
    }();
    return list;
}

const QStringList &statuses()
{
    static const QStringList list = listOf(statusNames);
    return list;
}

const QStringList &gates()
{
    static const QStringList list = listOf(gateNames);
    return list;
}

const QStringList &writableNoteKinds()
{
    static const QStringList list = listOf(kindNames, size_t(NoteKind::Observation) + 1);
    return list;
}

const QStringList &standardRoles()
{
    static const QStringList roles = {QStringLiteral("commander"), QStringLiteral("scribe"),
        QStringLiteral("comms"), QStringLiteral("ops")};
    return roles;
}

} // namespace Names

// ---------------------------------------------------------------------------------------------------------
// Runbook

int Runbook::doneCount() const
{
    return int(std::count_if(steps.cbegin(), steps.cend(), [](const RunbookStep &s) { return s.isDone(); }));
}

const RunbookStep *Runbook::step(const QString &stepId) const
{
    for (const RunbookStep &s : steps) {
        if (s.id == stepId)
            return &s;
    }
    return nullptr;
}

RunbookStep *Runbook::step(const QString &stepId)
{
    // A non-const walk, so that QList detaches: states are copied (validation folds on a scratch copy) and
    // a pointer into shared steps would change every copy at once.
    for (RunbookStep &s : steps) {
        if (s.id == stepId)
            return &s;
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------------------------
// IncidentState

namespace {

QString str(const QJsonObject &data, const char *key)
{
    return data.value(QLatin1String(key)).toString();
}

Error refuse(const QString &field, const QString &message, const QString &code = QStringLiteral("conflict"))
{
    return {code, field, field.isEmpty() ? message : field + QStringLiteral(": ") + message};
}

Error unknownTarget(const QString &field, const QString &message)
{
    return refuse(field, message, QStringLiteral("unknown_target"));
}

RunbookStep stepFromJson(const QJsonObject &json)
{
    RunbookStep step;
    step.id = str(json, "id");
    step.text = str(json, "text");
    step.gate = Names::gateFrom(str(json, "gate")).value_or(Gate::None);
    step.rollback = str(json, "rollback");
    return step;
}

bool isPersonWritten(NoteKind kind)
{
    return int(kind) <= int(NoteKind::Observation) || kind == NoteKind::Attachment;
}

} // namespace

IncidentState::IncidentState(const QString &id)
    : m_id(id)
{ }

Error IncidentState::apply(const Event &event)
{
    // The rules live in check(); what passes them is folded, and nothing else ever changes the state.
    // The kind is looked up once per event: the fold of a long log does this 100,000 times.
    const EventKind kind = event.kind();
    if (Error refusal = check(event, kind))
        return refusal;
    fold(event, kind);
    m_lastSeq = std::max(m_lastSeq, event.seq);
    ++m_eventCount;
    if (!m_lastActivity.isValid() || event.at > m_lastActivity)
        m_lastActivity = event.at;
    return {};
}

const Runbook *IncidentState::runbook(const QString &id) const
{
    const int i = runbookIndex(id);
    return i < 0 ? nullptr : &m_runbooks.at(i);
}

const TimelineEntry *IncidentState::entry(const QString &id) const
{
    return m_timeline.find(id);
}

int IncidentState::entryIndex(const QString &id) const
{
    return int(m_timeline.indexOf(id));
}

int IncidentState::actionIndex(const QString &id) const
{
    for (int i = 0; i < m_actions.size(); ++i) {
        if (m_actions.at(i).id == id)
            return i;
    }
    return -1;
}

int IncidentState::runbookIndex(const QString &id) const
{
    for (int i = 0; i < m_runbooks.size(); ++i) {
        if (m_runbooks.at(i).id == id)
            return i;
    }
    return -1;
}

void IncidentState::addTimeline(const Event &event, NoteKind kind, const QString &text)
{
    TimelineEntry entry;
    entry.id = event.id;
    entry.eventType = event.type;
    entry.kind = kind;
    entry.text = text;
    entry.actor = event.actor;
    entry.at = event.at;
    entry.seq = event.seq;
    entry.runbook = str(event.data, "runbook");
    entry.step = str(event.data, "step");

    // Display order is (at, id): the same on every replica whatever its local seq. The timeline finds the
    // place (the end, unless back-dated) and indexes the id.
    m_timeline.insert(entry);
    addPerson(kind == NoteKind::Alert ? m_alertSenders : m_writers, event.actor);
}

void IncidentState::addPerson(QStringList &people, const QString &person)
{
    // A handful of people per incident: a list beats a hash, and a copy of the state shares it.
    if (!person.isEmpty() && !people.contains(person))
        people.append(person);
}

Error IncidentState::check(const Event &event) const
{
    return check(event, event.kind());
}

Error IncidentState::check(const Event &e, EventKind kind) const
{
    const QJsonObject &d = e.data;
    if (kind == EventKind::IncidentDeclared)
        return m_declared
            ? refuse(QStringLiteral("incident"), QStringLiteral("incident %1 is already declared").arg(m_id))
            : Error();
    if (!m_declared)
        return unknownTarget(
            QStringLiteral("incident"), QStringLiteral("there is no incident %1").arg(e.incident));

    switch (kind) {
    case EventKind::IncidentDeclared: // answered above
    case EventKind::IncidentUpdated:
    case EventKind::ChatPosted:
    case EventKind::AlertReceived:
    case EventKind::ActionAdded:
        return {};
    case EventKind::IncidentStatus: {
        const Status next = Names::statusFrom(str(d, "status")).value_or(m_status);
        if (next == m_status)
            return refuse(QStringLiteral("data.status"),
                QStringLiteral("the incident is already %1").arg(Names::status(next)));
        return {};
    }
    case EventKind::RoleAssigned:
        if (m_roles.value(str(d, "role")) == str(d, "person"))
            return refuse(QStringLiteral("data.person"),
                QStringLiteral("%1 is already %2").arg(str(d, "person"), str(d, "role")));
        return {};
    case EventKind::RoleUnassigned:
        if (m_roles.value(str(d, "role")) != str(d, "person"))
            return unknownTarget(QStringLiteral("data.person"),
                QStringLiteral("%1 does not hold the role %2").arg(str(d, "person"), str(d, "role")));
        return {};
    case EventKind::RunbookAttached:
        if (runbookIndex(str(d, "runbook")) >= 0)
            return refuse(QStringLiteral("data.runbook"),
                QStringLiteral("runbook %1 is already attached").arg(str(d, "runbook")));
        return {};
    case EventKind::StepApproved:
    case EventKind::StepChecked:
    case EventKind::StepUnchecked:
    case EventKind::StepSkipped:
    case EventKind::StepRolledBack:
    case EventKind::StepAdded:
        return checkStep(e, kind);
    case EventKind::NoteAdded:
    case EventKind::AttachmentAdded:
        // Linked to a step as its evidence: the step must exist.
        return str(d, "runbook").isEmpty() ? Error() : stepTarget(e, kind, nullptr);
    case EventKind::NoteEdited:
    case EventKind::NoteRetracted:
    case EventKind::NotePinned:
        return checkEntryChange(e, kind);
    case EventKind::ActionUpdated:
        if (actionIndex(str(d, "target")) < 0)
            return unknownTarget(QStringLiteral("data.target"),
                QStringLiteral("there is no follow-up action %1 in this incident").arg(str(d, "target")));
        return {};
    case EventKind::Unknown:
        break;
    }
    return {QStringLiteral("unknown_type"), QStringLiteral("type"),
        QStringLiteral("type: \"%1\" is not a known event type").arg(e.type)};
}

Error IncidentState::checkEntryChange(const Event &e, EventKind kind) const
{
    const QString target = str(e.data, "target");
    const TimelineEntry *current = entry(target);
    if (!current)
        return unknownTarget(QStringLiteral("data.target"),
            QStringLiteral("there is no timeline entry %1 in this incident").arg(target));
    if (kind == EventKind::NotePinned) {
        if (current->pinned == e.data.value(QLatin1String("pinned")).toBool())
            return refuse(QStringLiteral("data.pinned"),
                current->pinned ? QStringLiteral("the entry is already pinned")
                                : QStringLiteral("the entry is not pinned"));
        return {};
    }
    if (!isPersonWritten(current->kind))
        return refuse(QStringLiteral("data.target"),
            QStringLiteral("entry %1 was recorded by Warroom and cannot be edited or retracted").arg(target));
    if (current->retracted)
        return refuse(QStringLiteral("data.target"), QStringLiteral("entry %1 is retracted").arg(target));
    return {};
}

Error IncidentState::checkStep(const Event &e, EventKind kind) const
{
    const QJsonObject &d = e.data;
    const RunbookStep *step = nullptr;
    if (Error error = stepTarget(e, kind, &step))
        return error;
    const Runbook *runbook = this->runbook(str(d, "runbook"));
    if (kind == EventKind::StepAdded) {
        if (step)
            return refuse(QStringLiteral("data.step"),
                QStringLiteral("runbook \"%1\" already has a step \"%2\"").arg(runbook->name, step->id));
        const QString after = str(d, "after");
        if (!after.isEmpty() && !runbook->step(after))
            return unknownTarget(QStringLiteral("data.after"),
                QStringLiteral("there is no step \"%1\" in runbook \"%2\"").arg(after, runbook->name));
        return {};
    }
    const QString label = QStringLiteral("\"%1\"").arg(step->text);
    switch (kind) {
    case EventKind::StepApproved:
        if (step->gate != Gate::Approval)
            return refuse(
                QStringLiteral("data.step"), QStringLiteral("step %1 needs no approval").arg(label));
        if (step->isApproved())
            return refuse(QStringLiteral("data.step"),
                QStringLiteral("step %1 was already approved by %2").arg(label, step->approvedBy));
        if (commander().isEmpty())
            return refuse(QStringLiteral("actor"),
                QStringLiteral("step %1 needs the commander's go, and nobody is commander yet").arg(label));
        if (e.actor != commander())
            return refuse(QStringLiteral("actor"),
                QStringLiteral("only the commander (%1) can approve step %2").arg(commander(), label));
        return {};
    case EventKind::StepChecked: {
        if (step->state == StepState::Checked)
            return refuse(QStringLiteral("data.step"), QStringLiteral("step %1 is already done").arg(label));
        if (step->gate == Gate::Approval && !step->isApproved())
            return refuse(QStringLiteral("data.step"),
                QStringLiteral("step %1 waits for the commander's approval%2")
                    .arg(
                        label, commander().isEmpty() ? QString() : QStringLiteral(" (%1)").arg(commander())));
        const QString evidence = str(d, "evidence");
        if (!evidence.isEmpty()) {
            const TimelineEntry *linked = entry(evidence);
            if (!linked || linked->retracted || !isPersonWritten(linked->kind))
                return unknownTarget(QStringLiteral("data.evidence"),
                    QStringLiteral("there is no note or attachment %1 to use as evidence").arg(evidence));
        }
        if (step->gate == Gate::Evidence && evidence.isEmpty() && step->evidence.isEmpty())
            return refuse(QStringLiteral("data.evidence"),
                QStringLiteral("step %1 needs evidence first: a note or attachment").arg(label));
        return {};
    }
    case EventKind::StepUnchecked:
        if (step->state == StepState::Open)
            return refuse(QStringLiteral("data.step"), QStringLiteral("step %1 is not done").arg(label));
        return {};
    case EventKind::StepSkipped:
        if (step->state != StepState::Open)
            return refuse(QStringLiteral("data.step"), QStringLiteral("step %1 is not open").arg(label));
        return {};
    case EventKind::StepRolledBack:
        if (step->state != StepState::Checked)
            return refuse(QStringLiteral("data.step"),
                QStringLiteral("step %1 was not done, so there is nothing to roll back").arg(label));
        return {};
    default: // not a step kind: check() sends only step kinds here
        return {QStringLiteral("unknown_type"), QStringLiteral("type"),
            QStringLiteral("type: \"%1\" is not a step event").arg(e.type)};
    }
}

void IncidentState::fold(const Event &e, EventKind kind)
{
    const QJsonObject &d = e.data;
    switch (kind) {
    case EventKind::IncidentDeclared:
        m_id = e.incident;
        m_declared = true;
        m_title = str(d, "title");
        m_severity = Names::severityFrom(str(d, "severity")).value_or(Severity::Sev3);
        m_summary = str(d, "summary");
        m_services = d.value(QLatin1String("services")).toVariant().toStringList();
        m_declaredBy = e.actor;
        m_milestones.declared = e.at;
        if (d.contains(QLatin1String("impact_started_at")))
            m_milestones.impactStarted = Wire::parseTime(str(d, "impact_started_at"));
        addTimeline(e, NoteKind::System,
            QStringLiteral("Declared %1 \"%2\"").arg(Names::severity(m_severity), m_title));
        return;
    case EventKind::IncidentUpdated:
        foldUpdate(e);
        return;
    case EventKind::IncidentStatus:
        foldStatus(e);
        return;
    case EventKind::RoleAssigned:
    case EventKind::RoleUnassigned:
        foldRole(e, kind);
        return;
    case EventKind::RunbookAttached: {
        Runbook runbook;
        runbook.id = str(d, "runbook");
        runbook.name = str(d, "name");
        runbook.attachedBy = e.actor;
        runbook.attachedAt = e.at;
        const QJsonArray steps = d.value(QLatin1String("steps")).toArray();
        for (const QJsonValue &step : steps)
            runbook.steps.append(stepFromJson(step.toObject()));
        m_runbooks.append(runbook);
        addTimeline(e, NoteKind::System,
            QStringLiteral("Attached runbook \"%1\" (%2 steps)").arg(runbook.name).arg(runbook.steps.size()));
        return;
    }
    case EventKind::StepAdded:
        foldStepAdded(e);
        return;
    case EventKind::StepApproved:
    case EventKind::StepChecked:
    case EventKind::StepUnchecked:
    case EventKind::StepSkipped:
    case EventKind::StepRolledBack:
        foldStep(e, kind);
        return;
    case EventKind::NoteAdded:
        addTimeline(e, Names::writableNoteKindFrom(str(d, "kind")).value_or(NoteKind::Note), str(d, "text"));
        linkEvidence(e, e.id);
        return;
    case EventKind::AttachmentAdded:
        foldAttachment(e);
        return;
    case EventKind::NoteEdited:
    case EventKind::NoteRetracted:
    case EventKind::NotePinned:
        foldEntryChange(e, kind);
        return;
    case EventKind::ChatPosted: {
        ChatDelivery chat {e.id, str(d, "channel"), str(d, "text"), str(d, "outcome"),
            d.value(QLatin1String("http_status")).toInt(), str(d, "error"), e.actor, e.at};
        m_chats.append(chat);
        addTimeline(e, NoteKind::Chat,
            chat.outcome == QLatin1String("delivered")
                ? QStringLiteral("Posted to %1").arg(chat.channel)
                : QStringLiteral("Failed to post to %1: %2").arg(chat.channel, chat.error));
        return;
    }
    case EventKind::AlertReceived: {
        AlertRecord alert {e.id, str(d, "source"), str(d, "name"), str(d, "status"),
            d.value(QLatin1String("labels")).toObject(), Wire::parseTime(str(d, "starts_at")), str(d, "url"),
            e.at};
        m_alerts.append(alert);
        addTimeline(e, NoteKind::Alert,
            QStringLiteral("Alert %1 %2 (%3)").arg(alert.name, alert.status, alert.source));
        return;
    }
    case EventKind::ActionAdded:
        m_actions.append(
            {e.id, str(d, "text"), str(d, "owner"), Wire::parseTime(str(d, "due")), false, e.actor, e.at});
        addTimeline(e, NoteKind::System, QStringLiteral("Follow-up: %1").arg(str(d, "text")));
        return;
    case EventKind::ActionUpdated: {
        FollowUpAction &action = m_actions[actionIndex(str(d, "target"))];
        if (d.contains(QLatin1String("text")))
            action.text = str(d, "text");
        if (d.contains(QLatin1String("owner")))
            action.owner = str(d, "owner");
        if (d.contains(QLatin1String("due")))
            action.due = Wire::parseTime(str(d, "due"));
        if (d.contains(QLatin1String("done")))
            action.done = d.value(QLatin1String("done")).toBool();
        return;
    }
    case EventKind::Unknown: // check() refuses it
        return;
    }
}

void IncidentState::foldUpdate(const Event &e)
{
    const QJsonObject &d = e.data;
    QStringList changes;
    if (d.contains(QLatin1String("title"))) {
        m_title = str(d, "title");
        changes << QStringLiteral("title to \"%1\"").arg(m_title);
    }
    if (d.contains(QLatin1String("severity"))) {
        m_severity = Names::severityFrom(str(d, "severity")).value_or(m_severity);
        changes << QStringLiteral("severity to %1").arg(Names::severity(m_severity));
    }
    if (d.contains(QLatin1String("summary"))) {
        m_summary = str(d, "summary");
        changes << QStringLiteral("summary");
    }
    if (d.contains(QLatin1String("services"))) {
        m_services = d.value(QLatin1String("services")).toVariant().toStringList();
        changes << QStringLiteral("services to %1").arg(m_services.join(QStringLiteral(", ")));
    }
    if (d.contains(QLatin1String("impact_started_at"))) {
        m_milestones.impactStarted = Wire::parseTime(str(d, "impact_started_at"));
        changes << QStringLiteral("impact start to %1").arg(Wire::formatTime(m_milestones.impactStarted));
    }
    addTimeline(e, NoteKind::System, QStringLiteral("Changed ") + changes.join(QStringLiteral(", ")));
}

void IncidentState::foldStatus(const Event &e)
{
    const QJsonObject &d = e.data;
    const Status next = Names::statusFrom(str(d, "status")).value_or(m_status);
    const bool reopen = m_status == Status::Resolved;
    m_status = next;
    if (next == Status::Mitigated && !m_milestones.mitigated.isValid())
        m_milestones.mitigated = e.at;
    if (next == Status::Resolved) {
        m_milestones.resolved = e.at;
        if (!m_milestones.mitigated.isValid())
            m_milestones.mitigated = e.at;
    } else if (reopen) {
        m_milestones.resolved = {};
    }
    QString text = reopen ? QStringLiteral("Reopened: %1").arg(Names::status(next))
                          : QStringLiteral("Status: %1").arg(Names::status(next));
    if (!str(d, "note").isEmpty())
        text += QStringLiteral(" — ") + str(d, "note");
    addTimeline(e, NoteKind::System, text);
}

void IncidentState::foldRole(const Event &e, EventKind kind)
{
    const QString role = str(e.data, "role");
    const QString person = str(e.data, "person");
    const bool assigned = kind == EventKind::RoleAssigned;
    const QString previous = m_roles.value(role);
    // A new holder is a hand-over: close the previous tenure at the same moment.
    for (RoleTenure &tenure : m_roleHistory) {
        if (tenure.role == role && !tenure.until.isValid() && (assigned || tenure.person == person)) {
            tenure.until = e.at;
            tenure.releasedBy = e.actor;
        }
    }
    if (!assigned) {
        m_roles.remove(role);
        addTimeline(e, NoteKind::System, QStringLiteral("%1 is no longer %2").arg(person, role));
        return;
    }
    m_roles.insert(role, person);
    m_roleHistory.append({role, person, e.actor, e.at, {}, {}});
    if (role == QLatin1String("commander") && !m_milestones.acknowledged.isValid())
        m_milestones.acknowledged = e.at;
    addTimeline(e, NoteKind::System,
        previous.isEmpty() ? QStringLiteral("%1 is %2").arg(person, role)
                           : QStringLiteral("%1 handed %2 over to %3").arg(previous, role, person));
}

void IncidentState::foldAttachment(const Event &e)
{
    const QJsonObject &d = e.data;
    addTimeline(e, NoteKind::Attachment, str(d, "name"));
    TimelineEntry &entry = m_timeline.modify(entryIndex(e.id));
    entry.attachmentName = str(d, "name");
    entry.attachmentMime = str(d, "mime");
    entry.attachmentSha256 = str(d, "sha256");
    const QString content = str(d, "content");
    entry.attachmentSize = qint64(content.size()) / 4 * 3
        - (content.endsWith(QLatin1String("=="))     ? 2
                : content.endsWith(QLatin1Char('=')) ? 1
                                                     : 0);
    linkEvidence(e, e.id);
}

void IncidentState::foldEntryChange(const Event &e, EventKind kind)
{
    const QJsonObject &d = e.data;
    TimelineEntry &entry = m_timeline.modify(entryIndex(str(d, "target")));
    switch (kind) {
    case EventKind::NoteEdited:
        // Each earlier version keeps the moment it was written: the entry's own time for the first, the
        // edit's time for later ones.
        entry.history.append({entry.text, entry.actor, entry.editedAt.isValid() ? entry.editedAt : entry.at});
        entry.text = str(d, "text");
        entry.actor = e.actor;
        entry.editedAt = e.at;
        addPerson(m_writers, e.actor);
        break;
    case EventKind::NoteRetracted:
        entry.retracted = true;
        entry.retractReason = str(d, "reason");
        entry.retractedBy = e.actor;
        break;
    default: // NotePinned
        entry.pinned = d.value(QLatin1String("pinned")).toBool();
        break;
    }
    // Edits, retractions and pins change an entry; they add no line of their own.
}

Error IncidentState::stepTarget(const Event &e, EventKind kind, const RunbookStep **step) const
{
    const QString runbookId = str(e.data, "runbook");
    const Runbook *runbook = this->runbook(runbookId);
    if (!runbook)
        return unknownTarget(QStringLiteral("data.runbook"),
            QStringLiteral("there is no runbook %1 in this incident").arg(runbookId));
    const RunbookStep *found = runbook->step(str(e.data, "step"));
    if (!found && kind != EventKind::StepAdded)
        return unknownTarget(QStringLiteral("data.step"),
            QStringLiteral("there is no step \"%1\" in runbook \"%2\"")
                .arg(str(e.data, "step"), runbook->name));
    if (step)
        *step = found;
    return {};
}

void IncidentState::linkEvidence(const Event &e, const QString &entryId)
{
    const int index = runbookIndex(str(e.data, "runbook"));
    if (index < 0)
        return;
    if (RunbookStep *step = m_runbooks[index].step(str(e.data, "step"));
        step && !step->evidence.contains(entryId))
        step->evidence.append(entryId);
}

void IncidentState::foldStepAdded(const Event &e)
{
    const QJsonObject &d = e.data;
    Runbook &rb = m_runbooks[runbookIndex(str(d, "runbook"))];
    const RunbookStep added
        = stepFromJson({{QStringLiteral("id"), str(d, "step")}, {QStringLiteral("text"), str(d, "text")},
            {QStringLiteral("gate"), str(d, "gate")}, {QStringLiteral("rollback"), str(d, "rollback")}});
    const QString after = str(d, "after");
    int pos = rb.steps.size();
    for (int i = 0; i < rb.steps.size(); ++i) {
        if (rb.steps.at(i).id == after)
            pos = i + 1;
    }
    rb.steps.insert(pos, added);
    addTimeline(e, NoteKind::System, QStringLiteral("Added step \"%1\" to %2").arg(added.text, rb.name));
}

void IncidentState::foldStep(const Event &e, EventKind kind)
{
    const QJsonObject &d = e.data;
    RunbookStep &s = *m_runbooks[runbookIndex(str(d, "runbook"))].step(str(d, "step"));
    const QString label = QStringLiteral("\"%1\"").arg(s.text);
    if (kind == EventKind::StepApproved) {
        s.approvedBy = e.actor;
        s.approvedAt = e.at;
        addTimeline(e, NoteKind::System, QStringLiteral("Approved %1").arg(label));
        return;
    }
    QString text;
    switch (kind) {
    case EventKind::StepChecked:
        s.state = StepState::Checked;
        text = QStringLiteral("Done: %1").arg(s.text);
        break;
    case EventKind::StepSkipped:
        s.state = StepState::Skipped;
        text = QStringLiteral("Skipped %1: %2").arg(label, str(d, "reason"));
        break;
    case EventKind::StepRolledBack:
        s.state = StepState::RolledBack;
        text = QStringLiteral("Rolled back %1: %2").arg(label, str(d, "note"));
        break;
    default: // StepUnchecked
        s.state = StepState::Open;
        text = QStringLiteral("Reopened step %1").arg(label);
        break;
    }
    s.by = e.actor;
    s.at = e.at;
    s.note = kind == EventKind::StepSkipped ? str(d, "reason") : str(d, "note");
    if (kind == EventKind::StepChecked && !str(d, "evidence").isEmpty()
        && !s.evidence.contains(str(d, "evidence")))
        s.evidence.append(str(d, "evidence"));
    addTimeline(e, NoteKind::System, text);
}

Metrics IncidentState::metrics() const
{
    Metrics m;
    const Milestones &ms = m_milestones;
    const QDateTime start = ms.impactStarted.isValid() ? ms.impactStarted : ms.declared;
    const auto span = [](const QDateTime &from, const QDateTime &to) -> std::optional<qint64> {
        if (!from.isValid() || !to.isValid())
            return std::nullopt;
        return from.msecsTo(to);
    };
    if (ms.impactStarted.isValid())
        m.timeToDetect = span(ms.impactStarted, ms.declared);
    m.timeToAcknowledge = span(ms.declared, ms.acknowledged);
    m.timeToMitigate = span(start, ms.mitigated);
    m.timeToResolve = span(start, ms.resolved);
    return m;
}

// ---------------------------------------------------------------------------------------------------------
// Canonical form

namespace {

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(Wire::formatTime(t)) : QJsonValue();
}

QJsonValue optionalMs(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

} // namespace

QJsonObject IncidentState::toCanonicalJson() const
{
    QJsonObject roles;
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        roles.insert(it.key(), it.value());

    QJsonArray history;
    for (const RoleTenure &t : m_roleHistory) {
        history.append(QJsonObject {{QStringLiteral("role"), t.role}, {QStringLiteral("person"), t.person},
            {QStringLiteral("assigned_by"), t.assignedBy}, {QStringLiteral("from"), time(t.from)},
            {QStringLiteral("until"), time(t.until)}, {QStringLiteral("released_by"), t.releasedBy}});
    }

    QJsonArray runbooks;
    for (const Runbook &rb : m_runbooks) {
        QJsonArray steps;
        for (const RunbookStep &s : rb.steps) {
            steps.append(QJsonObject {{QStringLiteral("id"), s.id}, {QStringLiteral("text"), s.text},
                {QStringLiteral("gate"), Names::gate(s.gate)}, {QStringLiteral("rollback"), s.rollback},
                {QStringLiteral("state"), Names::stepState(s.state)}, {QStringLiteral("by"), s.by},
                {QStringLiteral("at"), time(s.at)}, {QStringLiteral("note"), s.note},
                {QStringLiteral("approved_by"), s.approvedBy},
                {QStringLiteral("approved_at"), time(s.approvedAt)},
                {QStringLiteral("evidence"), QJsonArray::fromStringList(s.evidence)}});
        }
        runbooks.append(QJsonObject {{QStringLiteral("id"), rb.id}, {QStringLiteral("name"), rb.name},
            {QStringLiteral("attached_by"), rb.attachedBy},
            {QStringLiteral("attached_at"), time(rb.attachedAt)}, {QStringLiteral("steps"), steps}});
    }

    QJsonArray timeline;
    for (const TimelineEntry &t : m_timeline) {
        QJsonArray revisions;
        for (const Revision &r : t.history) {
            revisions.append(QJsonObject {{QStringLiteral("text"), r.text}, {QStringLiteral("by"), r.by},
                {QStringLiteral("at"), time(r.at)}});
        }
        QJsonObject entry {{QStringLiteral("id"), t.id}, {QStringLiteral("type"), t.eventType},
            {QStringLiteral("kind"), Names::noteKind(t.kind)}, {QStringLiteral("text"), t.text},
            {QStringLiteral("actor"), t.actor}, {QStringLiteral("at"), time(t.at)},
            {QStringLiteral("history"), revisions}, {QStringLiteral("retracted"), t.retracted},
            {QStringLiteral("retract_reason"), t.retractReason},
            {QStringLiteral("retracted_by"), t.retractedBy}, {QStringLiteral("pinned"), t.pinned}};
        if (!t.attachmentSha256.isEmpty()) {
            entry.insert(QStringLiteral("attachment"),
                QJsonObject {{QStringLiteral("name"), t.attachmentName},
                    {QStringLiteral("mime"), t.attachmentMime},
                    {QStringLiteral("sha256"), t.attachmentSha256}});
        }
        if (!t.runbook.isEmpty()) {
            entry.insert(QStringLiteral("runbook"), t.runbook);
            entry.insert(QStringLiteral("step"), t.step);
        }
        timeline.append(entry);
    }

    QJsonArray actions;
    for (const FollowUpAction &a : m_actions) {
        actions.append(QJsonObject {{QStringLiteral("id"), a.id}, {QStringLiteral("text"), a.text},
            {QStringLiteral("owner"), a.owner}, {QStringLiteral("due"), time(a.due)},
            {QStringLiteral("done"), a.done}, {QStringLiteral("created_by"), a.createdBy},
            {QStringLiteral("created_at"), time(a.createdAt)}});
    }

    QJsonArray alerts;
    for (const AlertRecord &a : m_alerts) {
        alerts.append(QJsonObject {{QStringLiteral("id"), a.id}, {QStringLiteral("source"), a.source},
            {QStringLiteral("name"), a.name}, {QStringLiteral("status"), a.status},
            {QStringLiteral("labels"), a.labels}, {QStringLiteral("starts_at"), time(a.startsAt)},
            {QStringLiteral("url"), a.url}, {QStringLiteral("received_at"), time(a.receivedAt)}});
    }

    QJsonArray chats;
    for (const ChatDelivery &c : m_chats) {
        chats.append(QJsonObject {{QStringLiteral("id"), c.id}, {QStringLiteral("channel"), c.channel},
            {QStringLiteral("text"), c.text}, {QStringLiteral("outcome"), c.outcome},
            {QStringLiteral("http_status"), c.httpStatus}, {QStringLiteral("error"), c.error},
            {QStringLiteral("actor"), c.actor}, {QStringLiteral("at"), time(c.at)}});
    }

    const Metrics m = metrics();
    return QJsonObject {
        {QStringLiteral("id"), m_id},
        {QStringLiteral("title"), m_title},
        {QStringLiteral("severity"), Names::severity(m_severity)},
        {QStringLiteral("summary"), m_summary},
        {QStringLiteral("services"), QJsonArray::fromStringList(m_services)},
        {QStringLiteral("status"), Names::status(m_status)},
        {QStringLiteral("declared_by"), m_declaredBy},
        {QStringLiteral("roles"), roles},
        {QStringLiteral("role_history"), history},
        {QStringLiteral("runbooks"), runbooks},
        {QStringLiteral("timeline"), timeline},
        {QStringLiteral("actions"), actions},
        {QStringLiteral("alerts"), alerts},
        {QStringLiteral("chats"), chats},
        {QStringLiteral("milestones"),
            QJsonObject {{QStringLiteral("impact_started"), time(m_milestones.impactStarted)},
                {QStringLiteral("declared"), time(m_milestones.declared)},
                {QStringLiteral("acknowledged"), time(m_milestones.acknowledged)},
                {QStringLiteral("mitigated"), time(m_milestones.mitigated)},
                {QStringLiteral("resolved"), time(m_milestones.resolved)}}},
        {QStringLiteral("metrics"),
            QJsonObject {{QStringLiteral("time_to_detect_ms"), optionalMs(m.timeToDetect)},
                {QStringLiteral("time_to_acknowledge_ms"), optionalMs(m.timeToAcknowledge)},
                {QStringLiteral("time_to_mitigate_ms"), optionalMs(m.timeToMitigate)},
                {QStringLiteral("time_to_resolve_ms"), optionalMs(m.timeToResolve)}}},
        {QStringLiteral("event_count"), m_eventCount},
    };
}

QByteArray IncidentState::hash() const
{
    // QJsonObject keeps keys sorted, so the compact form is canonical.
    const QByteArray canonical = QJsonDocument(toCanonicalJson()).toJson(QJsonDocument::Compact);
    return QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
}

} // namespace Warroom
