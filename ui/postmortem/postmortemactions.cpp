// SPDX-License-Identifier: GPL-3.0-or-later
#include "postmortemactions.h"

#include "filechooser.h"
#include "incidenttransfer.h"
#include "messagebox.h"
#include "postmortemeditor.h"
#include "session.h"

#include <QAction>
#include <QDir>
#include <QWidget>

namespace Warroom {

PostmortemActions::PostmortemActions(
    Session *session, QWidget *window, std::function<QString()> currentIncident)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_currentIncident(std::move(currentIncident))
{
    setObjectName(QStringLiteral("postmortemActions"));

    m_postmortemAction = new QAction(tr("Write &Postmortem…"), this);
    m_postmortemAction->setObjectName(QStringLiteral("postmortemAction"));
    m_postmortemAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_postmortemAction->setIcon(QIcon::fromTheme(QStringLiteral("document-edit")));
    m_postmortemAction->setStatusTip(
        tr("Write the blameless postmortem of the selected incident, with a first draft made from its log"));
    connect(m_postmortemAction, &QAction::triggered, this, [this] { openEditor(m_currentIncident()); });

    m_exportAction = new QAction(tr("E&xport Incident…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportIncidentAction"));
    m_exportAction->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    m_exportAction->setStatusTip(
        tr("Save the selected incident's whole log, attachments included, as one file"));
    connect(m_exportAction, &QAction::triggered, this, &PostmortemActions::exportIncident);

    m_importAction = new QAction(tr("&Import Incident…"), this);
    m_importAction->setObjectName(QStringLiteral("importIncidentAction"));
    m_importAction->setIcon(QIcon::fromTheme(QStringLiteral("document-import")));
    m_importAction->setStatusTip(tr("Add an incident saved with Export Incident to this log"));
    connect(m_importAction, &QAction::triggered, this, &PostmortemActions::importIncident);
}

PostmortemEditor *PostmortemActions::editor(const QString &incident) const
{
    return m_editors.value(incident);
}

PostmortemEditor *PostmortemActions::openEditor(const QString &incident)
{
    if (!m_session || incident.isEmpty() || !m_session->projection().incident(incident))
        return nullptr;
    PostmortemEditor *editor = m_editors.value(incident);
    if (!editor) {
        editor = new PostmortemEditor(m_session, incident, m_window);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        m_editors.insert(incident, editor);
    }
    editor->show();
    editor->raise();
    editor->activateWindow();
    return editor;
}

void PostmortemActions::exportIncident()
{
    const QString incident = m_currentIncident();
    const IncidentState *state = m_session ? m_session->projection().incident(incident) : nullptr;
    if (!state)
        return;
    FileChooser::save(m_window, tr("Export Incident"), IncidentTransfer::suggestedFileName(*state),
        tr("Warroom incident (*.json)"), this, [this, incident](const QString &path) {
            Error error;
            if (!IncidentTransfer::exportIncident(m_session, incident, path, &error)) {
                MessageBox::warning(m_window, tr("Could Not Export the Incident"), error.message);
                return;
            }
            Q_EMIT message(tr("Incident exported to %1").arg(QDir::toNativeSeparators(path)));
        });
}

void PostmortemActions::importIncident()
{
    FileChooser::open(m_window, tr("Import Incident"), tr("Warroom incident (*.json);;All files (*)"), this,
        [this](const QString &path) { importPath(path); });
}

bool PostmortemActions::importPath(const QString &path)
{
    if (!m_session)
        return false;
    ImportResult result;
    Error error;
    if (!IncidentTransfer::importFile(m_session, path, &result, &error)) {
        MessageBox::warning(m_window, tr("Could Not Import the Incident"),
            tr("Nothing was imported from %1.\n\n%2").arg(QDir::toNativeSeparators(path), error.message));
        return false;
    }
    if (result.added == 0) {
        Q_EMIT message(
            tr("“%1” is already here: all %n events were present.", nullptr, result.total).arg(result.title));
    } else {
        Q_EMIT message(tr("Imported “%1”: %n new events", nullptr, result.added).arg(result.title)
            + (result.duplicates > 0 ? tr(", %n already present", nullptr, result.duplicates) : QString()));
    }
    Q_EMIT imported(result.incident);
    return true;
}

} // namespace Warroom
