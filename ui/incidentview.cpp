// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentview.h"

#include "actionspanel.h"
#include "chatpanel.h"
#include "incidentheader.h"
#include "rolespanel.h"
#include "runbookpanel.h"
#include "session.h"
#include "timelinewidget.h"

#include <QLabel>
#include <QSplitter>
#include <QStackedLayout>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Warroom {

IncidentView::IncidentView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new QStackedLayout(this))
    , m_empty(new QLabel(this))
    , m_page(new QWidget(this))
    , m_header(new IncidentHeader(session, m_page))
    , m_splitter(new QSplitter(Qt::Horizontal, m_page))
    , m_timeline(new TimelineWidget(session, m_splitter))
    , m_tabs(new QTabWidget(m_splitter))
    , m_runbooks(new RunbookPanel(session, m_tabs))
    , m_roles(new RolesPanel(session, m_tabs))
    , m_actions(new ActionsPanel(session, m_tabs))
    , m_chat(new ChatPanel(session, m_tabs))
{
    setObjectName(QStringLiteral("incidentView"));
    m_empty->setObjectName(QStringLiteral("noIncidentLabel"));
    m_empty->setText(tr("Select an incident on the board to see its timeline, runbooks and roles."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_tabs->setObjectName(QStringLiteral("incidentSideTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_runbooks, tr("&Runbooks"));
    m_tabs->addTab(m_roles, tr("R&oles"));
    m_tabs->addTab(m_actions, tr("&Follow-ups"));
    m_tabs->addTab(m_chat, tr("&Chat"));

    m_splitter->setObjectName(QStringLiteral("incidentSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(m_page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_splitter, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_page);

    connect(m_header, &IncidentHeader::assignCommanderRequested, this, [this] {
        showSideTab(1);
        m_roles->startAssigning(QStringLiteral("commander"));
    });
    // The incident was rebuilt (the server's order put someone else's events before ours, or the replay
    // moved): each panel reads it again in place. Not the timeline: its model follows by itself and changes
    // only the rows that differ, where a reload would lay out 100,000 rows again.
    connect(session, &Session::incidentReset, this, [this](const QString &id) {
        if (id == m_incident)
            reload();
    });
    setIncident({});
}

void IncidentView::setIncident(const QString &incidentId)
{
    m_incident = incidentId;
    m_header->setIncident(incidentId);
    m_timeline->setIncident(incidentId);
    m_runbooks->setIncident(incidentId);
    m_roles->setIncident(incidentId);
    m_actions->setIncident(incidentId);
    m_chat->setIncident(incidentId);
    m_stack->setCurrentWidget(incidentId.isEmpty() ? static_cast<QWidget *>(m_empty) : m_page);
}

void IncidentView::showSideTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void IncidentView::reload()
{
    m_header->setIncident(m_incident);
    m_runbooks->setIncident(m_incident);
    m_roles->setIncident(m_incident);
    m_actions->setIncident(m_incident);
    m_chat->setIncident(m_incident);
}

} // namespace Warroom
