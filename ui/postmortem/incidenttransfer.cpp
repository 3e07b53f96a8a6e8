// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidenttransfer.h"

#include "eventstore.h"
#include "incidentarchive.h"
#include "logging.h"
#include "session.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

namespace Warroom {

namespace {
/// Bigger than any incident we expect (attachments are ≤ 5 MiB each), small enough to read at once.
constexpr qint64 maxArchiveBytes = qint64(512) * 1024 * 1024;
} // namespace

bool IncidentTransfer::exportIncident(
    Session *session, const QString &incident, const QString &path, Error *error)
{
    EventList events;
    if (!session->store()->readIncident(incident, &events, error))
        return false;
    // Actions of this client still waiting for the server belong to the incident too.
    EventList pending;
    if (!session->store()->pendingEvents(&pending, error))
        return false;
    for (const Event &event : std::as_const(pending)) {
        if (event.incident == incident)
            events.append(event);
    }
    if (events.isEmpty()) {
        if (error)
            *error = {QStringLiteral("not_found"), QStringLiteral("incident"),
                QStringLiteral("there is no incident %1 in this log").arg(incident)};
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(IncidentArchive::write(incident, events)) < 0
        || !file.commit()) {
        if (error)
            *error = Error::store(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    qCInfo(lcUi) << "exported incident" << incident << "with" << events.size() << "events to" << path;
    return true;
}

bool IncidentTransfer::importFile(Session *session, const QString &path, ImportResult *result, Error *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Error::store(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    if (file.size() > maxArchiveBytes) {
        if (error)
            *error = Error::invalid(
                {}, QStringLiteral("%1 is larger than %2 MiB").arg(path).arg(maxArchiveBytes >> 20));
        return false;
    }
    return importData(session, file.readAll(), result, error);
}

bool IncidentTransfer::importData(
    Session *session, const QByteArray &json, ImportResult *result, Error *error)
{
    IncidentArchive archive;
    if (!IncidentArchive::read(json, &archive, error))
        return false;
    EventList events = archive.events();
    for (Event &event : events) {
        // The store numbers what it stores; the exporter's numbers mean nothing here.
        event.seq = 0;
        event.recordedAt = {};
    }
    QList<AppendOutcome> outcomes;
    if (!session->store()->append(events, &outcomes, error))
        return false;
    ImportResult out;
    out.incident = archive.incident();
    out.title = archive.state().title();
    out.total = int(events.size());
    for (const AppendOutcome &outcome : std::as_const(outcomes))
        out.duplicates += outcome.duplicate ? 1 : 0;
    out.added = out.total - out.duplicates;
    qCInfo(lcUi) << "imported incident" << out.incident << out.added << "new," << out.duplicates
                 << "duplicates";
    if (result)
        *result = out;
    // Fold what is new; the events are stored whatever happens here, and the next refresh folds them.
    return session->refresh(error);
}

QString IncidentTransfer::suggestedFileName(const IncidentState &state)
{
    static const QRegularExpression notWord(QStringLiteral("[^a-z0-9]+"));
    QString slug = state.title().toLower().replace(notWord, QStringLiteral("-"));
    slug = slug.left(48);
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    const QString day = state.milestones().declared.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
    return QStringLiteral("incident-%1%2.json")
        .arg(day, slug.isEmpty() ? QString() : QLatin1Char('-') + slug);
}

} // namespace Warroom
