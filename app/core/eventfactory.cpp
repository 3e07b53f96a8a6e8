// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfactory.h"

#include "clock.h"
#include "eventtypes.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace Warroom {

namespace {
QJsonObject stepRef(const QString &runbook, const QString &step)
{
    return {{QStringLiteral("runbook"), runbook}, {QStringLiteral("step"), step}};
}
} // namespace

EventFactory::EventFactory(const QString &actor)
    : m_actor(actor)
{ }

Event EventFactory::make(
    const QString &incident, QLatin1StringView type, const QJsonObject &data, const QDateTime &at) const
{
    Event event;
    event.id = Wire::newId();
    event.incident = incident;
    event.type = type;
    event.actor = m_actor;
    // Millisecond precision is what the wire carries; truncate now so a round trip is lossless.
    const QDateTime when = at.isValid() ? at.toUTC() : Clock::now();
    event.at = QDateTime::fromMSecsSinceEpoch(when.toMSecsSinceEpoch(), Qt::UTC);
    event.data = data;
    return event;
}

Event EventFactory::declare(
    const QString &title, Severity severity, const QString &summary, const QStringList &services) const
{
    QJsonObject data {
        {QStringLiteral("title"), title}, {QStringLiteral("severity"), Names::severity(severity)}};
    if (!summary.isEmpty())
        data.insert(QStringLiteral("summary"), summary);
    if (!services.isEmpty())
        data.insert(QStringLiteral("services"), QJsonArray::fromStringList(services));
    return make(Wire::newId(), EventType::IncidentDeclared, data);
}

Event EventFactory::update(const QString &incident, const IncidentChanges &changes) const
{
    QJsonObject data;
    if (changes.title)
        data.insert(QStringLiteral("title"), *changes.title);
    if (changes.severity)
        data.insert(QStringLiteral("severity"), Names::severity(*changes.severity));
    if (changes.summary)
        data.insert(QStringLiteral("summary"), *changes.summary);
    if (changes.services)
        data.insert(QStringLiteral("services"), QJsonArray::fromStringList(*changes.services));
    if (changes.impactStartedAt)
        data.insert(QStringLiteral("impact_started_at"), Wire::formatTime(*changes.impactStartedAt));
    return make(incident, EventType::IncidentUpdated, data);
}

Event EventFactory::setStatus(const QString &incident, Status status, const QString &note) const
{
    QJsonObject data {{QStringLiteral("status"), Names::status(status)}};
    if (!note.isEmpty())
        data.insert(QStringLiteral("note"), note);
    return make(incident, EventType::IncidentStatus, data);
}

Event EventFactory::assignRole(const QString &incident, const QString &role, const QString &person) const
{
    return make(incident, EventType::RoleAssigned,
        {{QStringLiteral("role"), role}, {QStringLiteral("person"), person}});
}

Event EventFactory::unassignRole(const QString &incident, const QString &role, const QString &person) const
{
    return make(incident, EventType::RoleUnassigned,
        {{QStringLiteral("role"), role}, {QStringLiteral("person"), person}});
}

Event EventFactory::attachRunbook(const QString &incident, const QString &name, const QJsonArray &steps) const
{
    return make(incident, EventType::RunbookAttached,
        {{QStringLiteral("runbook"), Wire::newId()}, {QStringLiteral("name"), name},
            {QStringLiteral("steps"), steps}});
}

Event EventFactory::addStep(const QString &incident, const QString &runbook, const QString &stepId,
    const QString &text, Gate gate, const QString &after) const
{
    QJsonObject data = stepRef(runbook, stepId);
    data.insert(QStringLiteral("text"), text);
    data.insert(QStringLiteral("gate"), Names::gate(gate));
    if (!after.isEmpty())
        data.insert(QStringLiteral("after"), after);
    return make(incident, EventType::StepAdded, data);
}

Event EventFactory::approveStep(const QString &incident, const QString &runbook, const QString &step) const
{
    return make(incident, EventType::StepApproved, stepRef(runbook, step));
}

Event EventFactory::checkStep(const QString &incident, const QString &runbook, const QString &step,
    const QString &note, const QString &evidence) const
{
    QJsonObject data = stepRef(runbook, step);
    if (!note.isEmpty())
        data.insert(QStringLiteral("note"), note);
    if (!evidence.isEmpty())
        data.insert(QStringLiteral("evidence"), evidence);
    return make(incident, EventType::StepChecked, data);
}

Event EventFactory::uncheckStep(
    const QString &incident, const QString &runbook, const QString &step, const QString &note) const
{
    QJsonObject data = stepRef(runbook, step);
    if (!note.isEmpty())
        data.insert(QStringLiteral("note"), note);
    return make(incident, EventType::StepUnchecked, data);
}

Event EventFactory::skipStep(
    const QString &incident, const QString &runbook, const QString &step, const QString &reason) const
{
    QJsonObject data = stepRef(runbook, step);
    data.insert(QStringLiteral("reason"), reason);
    return make(incident, EventType::StepSkipped, data);
}

Event EventFactory::rollBackStep(
    const QString &incident, const QString &runbook, const QString &step, const QString &note) const
{
    QJsonObject data = stepRef(runbook, step);
    data.insert(QStringLiteral("note"), note);
    return make(incident, EventType::StepRolledBack, data);
}

Event EventFactory::addNote(
    const QString &incident, const QString &text, NoteKind kind, const QDateTime &at) const
{
    return make(incident, EventType::NoteAdded,
        {{QStringLiteral("text"), text}, {QStringLiteral("kind"), Names::noteKind(kind)}}, at);
}

Event EventFactory::addEvidence(
    const QString &incident, const QString &runbook, const QString &step, const QString &text) const
{
    return make(incident, EventType::NoteAdded,
        {{QStringLiteral("text"), text}, {QStringLiteral("kind"), Names::noteKind(NoteKind::Evidence)},
            {QStringLiteral("runbook"), runbook}, {QStringLiteral("step"), step}});
}

Event EventFactory::editNote(const QString &incident, const QString &target, const QString &text) const
{
    return make(incident, EventType::NoteEdited,
        {{QStringLiteral("target"), target}, {QStringLiteral("text"), text}});
}

Event EventFactory::retractNote(const QString &incident, const QString &target, const QString &reason) const
{
    return make(incident, EventType::NoteRetracted,
        {{QStringLiteral("target"), target}, {QStringLiteral("reason"), reason}});
}

Event EventFactory::pinNote(const QString &incident, const QString &target, bool pinned) const
{
    return make(incident, EventType::NotePinned,
        {{QStringLiteral("target"), target}, {QStringLiteral("pinned"), pinned}});
}

Event EventFactory::addAttachment(
    const QString &incident, const QString &name, const QString &mime, const QByteArray &content) const
{
    return make(incident, EventType::AttachmentAdded,
        {{QStringLiteral("name"), name}, {QStringLiteral("mime"), mime},
            {QStringLiteral("sha256"),
                QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())},
            {QStringLiteral("content"), QString::fromLatin1(content.toBase64())}});
}

Event EventFactory::chatPosted(const QString &incident, const QString &channel, const QString &text,
    const QString &outcome, int httpStatus, const QString &error) const
{
    QJsonObject data {{QStringLiteral("channel"), channel}, {QStringLiteral("text"), text},
        {QStringLiteral("outcome"), outcome}, {QStringLiteral("http_status"), httpStatus}};
    if (!error.isEmpty())
        data.insert(QStringLiteral("error"), error);
    return make(incident, EventType::ChatPosted, data);
}

Event EventFactory::alertReceived(const QString &incident, const QString &source, const QString &name,
    const QString &status, const QJsonObject &labels, const QDateTime &startsAt, const QString &url) const
{
    QJsonObject data {{QStringLiteral("source"), source}, {QStringLiteral("name"), name},
        {QStringLiteral("status"), status}, {QStringLiteral("labels"), labels}};
    if (startsAt.isValid())
        data.insert(QStringLiteral("starts_at"), Wire::formatTime(startsAt));
    if (!url.isEmpty())
        data.insert(QStringLiteral("url"), url);
    return make(incident, EventType::AlertReceived, data);
}

Event EventFactory::addAction(
    const QString &incident, const QString &text, const QString &owner, const QDateTime &due) const
{
    QJsonObject data {{QStringLiteral("text"), text}};
    if (!owner.isEmpty())
        data.insert(QStringLiteral("owner"), owner);
    if (due.isValid())
        data.insert(QStringLiteral("due"), Wire::formatTime(due));
    return make(incident, EventType::ActionAdded, data);
}

Event EventFactory::updateAction(
    const QString &incident, const QString &target, const ActionChanges &changes) const
{
    QJsonObject data {{QStringLiteral("target"), target}};
    if (changes.text)
        data.insert(QStringLiteral("text"), *changes.text);
    if (changes.owner)
        data.insert(QStringLiteral("owner"), *changes.owner);
    if (changes.due) // null clears it
        data.insert(QStringLiteral("due"),
            changes.due->isValid() ? QJsonValue(Wire::formatTime(*changes.due))
                                   : QJsonValue(QJsonValue::Null));
    if (changes.done)
        data.insert(QStringLiteral("done"), *changes.done);
    return make(incident, EventType::ActionUpdated, data);
}

} // namespace Warroom
