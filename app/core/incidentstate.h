// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "timeline.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QStringList>

#include <optional>

namespace Warroom {

enum class Severity { Sev1 = 1, Sev2, Sev3, Sev4 };
enum class Status { Investigating, Identified, Mitigated, Resolved };
enum class Gate { None, Approval, Evidence };
enum class StepState { Open, Checked, Skipped, RolledBack };

/// Wire names of the enums ("SEV1", "investigating", "approval"...). fromString returns nullopt for unknown.
namespace Names {
[[nodiscard]] QString severity(Severity s);
[[nodiscard]] std::optional<Severity> severityFrom(const QString &s);
[[nodiscard]] QString status(Status s);
[[nodiscard]] std::optional<Status> statusFrom(const QString &s);
[[nodiscard]] QString gate(Gate g);
[[nodiscard]] std::optional<Gate> gateFrom(const QString &s);
[[nodiscard]] QString stepState(StepState s);
[[nodiscard]] QString noteKind(NoteKind k);
/// Only the kinds a person may write (note, decision, action, evidence, observation).
[[nodiscard]] std::optional<NoteKind> writableNoteKindFrom(const QString &s);
[[nodiscard]] const QStringList &standardRoles(); ///< commander, scribe, comms, ops
/// Every wire name of an enum, in enum order: what validation accepts (one table, here).
[[nodiscard]] const QStringList &severities(); ///< SEV1 … SEV4
[[nodiscard]] const QStringList &statuses();
[[nodiscard]] const QStringList &gates();
[[nodiscard]] const QStringList &writableNoteKinds(); ///< note, decision, action, evidence, observation
} // namespace Names

/// Who held a role from when until when (until invalid = still holds it).
struct RoleTenure
{
    QString role;
    QString person;
    QString assignedBy;
    QDateTime from;
    QDateTime until;
    QString releasedBy;
};

struct RunbookStep
{
    QString id;
    QString text;
    Gate gate = Gate::None;
    QString rollback; ///< id of the step that undoes this one, or empty
    StepState state = StepState::Open;
    QString by; ///< who last changed the state
    QDateTime at;
    QString note; ///< check note, skip reason or rollback note
    QString approvedBy;
    QDateTime approvedAt;
    QStringList evidence; ///< ids of timeline entries (notes, attachments) linked as evidence
    [[nodiscard]] bool isApproved() const { return approvedAt.isValid(); }
    [[nodiscard]] bool isDone() const { return state == StepState::Checked || state == StepState::Skipped; }
};

struct Runbook
{
    QString id; ///< instance uuid
    QString name;
    QString attachedBy;
    QDateTime attachedAt;
    QList<RunbookStep> steps;
    [[nodiscard]] int doneCount() const;
    [[nodiscard]] const RunbookStep *step(const QString &id) const;
    [[nodiscard]] RunbookStep *step(const QString &id);
};

struct FollowUpAction
{
    QString id; ///< id of the action.added event
    QString text;
    QString owner;
    QDateTime due;
    bool done = false;
    QString createdBy;
    QDateTime createdAt;
};

struct AlertRecord
{
    QString id;
    QString source;
    QString name;
    QString status; ///< firing | resolved
    QJsonObject labels;
    QDateTime startsAt;
    QString url;
    QDateTime receivedAt;
};

struct ChatDelivery
{
    QString id;
    QString channel;
    QString text;
    QString outcome; ///< delivered | failed | ...
    int httpStatus = 0;
    QString error;
    QString actor;
    QDateTime at;
};

struct Milestones
{
    QDateTime impactStarted; ///< back-datable; defaults to declared
    QDateTime declared;
    QDateTime acknowledged; ///< first commander assigned
    QDateTime mitigated; ///< first time mitigated (or resolved, if it skipped mitigated)
    QDateTime resolved; ///< last resolution; cleared by a reopen
};

/// The four incident metrics, in milliseconds; nullopt while the milestone has not been reached.
struct Metrics
{
    std::optional<qint64> timeToDetect; ///< declared − impact started
    std::optional<qint64> timeToAcknowledge; ///< acknowledged − declared
    std::optional<qint64> timeToMitigate; ///< mitigated − impact started
    std::optional<qint64> timeToResolve; ///< resolved − impact started
};

/// The projection of one incident: the deterministic fold of its events (DESIGN §3).
class IncidentState
{
public:
    IncidentState() = default;
    explicit IncidentState(const QString &id);

    /// Folds one event. Events that do not fit (a check on an unapproved gated step, an unknown target)
    /// are refused with the reason and leave the state unchanged: folding never throws and never guesses.
    Error apply(const Event &event);

    /// Would @p event apply cleanly? Same rules as apply(), without changing anything.
    [[nodiscard]] Error check(const Event &event) const;

    [[nodiscard]] const QString &id() const { return m_id; }
    [[nodiscard]] bool isDeclared() const { return m_declared; }
    [[nodiscard]] const QString &title() const { return m_title; }
    [[nodiscard]] Severity severity() const { return m_severity; }
    [[nodiscard]] const QString &summary() const { return m_summary; }
    [[nodiscard]] const QStringList &services() const { return m_services; }
    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] const QString &declaredBy() const { return m_declaredBy; }
    /// Current holder of each role (role → person).
    [[nodiscard]] const QMap<QString, QString> &roles() const { return m_roles; }
    [[nodiscard]] QString commander() const { return m_roles.value(QStringLiteral("commander")); }
    [[nodiscard]] const QList<RoleTenure> &roleHistory() const { return m_roleHistory; }
    [[nodiscard]] const QList<Runbook> &runbooks() const { return m_runbooks; }
    [[nodiscard]] const Runbook *runbook(const QString &id) const;
    /// In display order: by `at`, then id. Shares its entries with copies of the state (see Timeline).
    [[nodiscard]] const Timeline &timeline() const { return m_timeline; }
    [[nodiscard]] const TimelineEntry *entry(const QString &id) const;
    /// Everyone who wrote or edited a timeline entry, in the order they first did; alert lines excepted (a
    /// machine sent them: see alertSenders()). Kept by the fold, so that panels need not scan the timeline.
    [[nodiscard]] const QStringList &writers() const { return m_writers; }
    /// Who sent the alert lines of the timeline (alertmanager, grafana…), in the order they first did.
    [[nodiscard]] const QStringList &alertSenders() const { return m_alertSenders; }
    [[nodiscard]] const QList<FollowUpAction> &actions() const { return m_actions; }
    [[nodiscard]] const QList<AlertRecord> &alerts() const { return m_alerts; }
    [[nodiscard]] const QList<ChatDelivery> &chats() const { return m_chats; }
    [[nodiscard]] const Milestones &milestones() const { return m_milestones; }
    [[nodiscard]] Metrics metrics() const;
    [[nodiscard]] qint64 lastSeq() const { return m_lastSeq; }
    [[nodiscard]] int eventCount() const { return m_eventCount; }
    [[nodiscard]] QDateTime lastActivity() const { return m_lastActivity; }

    /// Shares the timeline's id index with @p later, a later fold of the same log (see Timeline::shareIndex).
    void shareIndexWith(const IncidentState &later) { m_timeline.shareIndex(later.m_timeline); }

    /// Canonical JSON of the whole state (sorted keys, no store-local fields such as seq).
    [[nodiscard]] QJsonObject toCanonicalJson() const;
    /// SHA-256 (hex) of the canonical JSON: equal logs give equal hashes on every client.
    [[nodiscard]] QByteArray hash() const;

private:
    /// The refusals of check(), for the kinds whose rules take more than a line.
    Error check(const Event &event, EventKind kind) const;
    Error checkStep(const Event &event, EventKind kind) const;
    Error checkEntryChange(const Event &event, EventKind kind) const;
    /// Folds an event that check() accepted, kind by kind.
    void fold(const Event &event, EventKind kind);
    void foldUpdate(const Event &event);
    void foldStatus(const Event &event);
    void foldRole(const Event &event, EventKind kind);
    void foldStepAdded(const Event &event);
    void foldStep(const Event &event, EventKind kind);
    void foldAttachment(const Event &event);
    void foldEntryChange(const Event &event, EventKind kind);
    /// The runbook and step an event names; @p step may be null (step.added names a new one).
    Error stepTarget(const Event &event, EventKind kind, const RunbookStep **step) const;
    void linkEvidence(const Event &event, const QString &entryId);
    void addTimeline(const Event &event, NoteKind kind, const QString &text);
    static void addPerson(QStringList &people, const QString &person);
    int entryIndex(const QString &id) const;
    int actionIndex(const QString &id) const;
    int runbookIndex(const QString &id) const;

    QString m_id;
    bool m_declared = false;
    QString m_title;
    Severity m_severity = Severity::Sev3;
    QString m_summary;
    QStringList m_services;
    Status m_status = Status::Investigating;
    QString m_declaredBy;
    QMap<QString, QString> m_roles;
    QList<RoleTenure> m_roleHistory;
    QList<Runbook> m_runbooks;
    Timeline m_timeline; // with its own id index
    QStringList m_writers;
    QStringList m_alertSenders;
    QList<FollowUpAction> m_actions;
    QList<AlertRecord> m_alerts;
    QList<ChatDelivery> m_chats;
    Milestones m_milestones;
    qint64 m_lastSeq = 0;
    int m_eventCount = 0;
    QDateTime m_lastActivity;
};

} // namespace Warroom
