// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QSplitter;
class QStackedLayout;
class QTabWidget;

namespace Warroom {

class ActionsPanel;
class ChatPanel;
class IncidentHeader;
class RolesPanel;
class RunbookPanel;
class Session;
class TimelineWidget;

/// Everything about the selected incident: the header across the top, the timeline (what happened, in
/// the team's words) on the left, and on the right the runbooks, roles and follow-ups in tabs.
class IncidentView : public QWidget
{
    Q_OBJECT
public:
    explicit IncidentView(Session *session, QWidget *parent = nullptr);

    /// Shows @p incidentId (empty: a hint to pick one on the board).
    void setIncident(const QString &incidentId);
    [[nodiscard]] const QString &incident() const { return m_incident; }

    [[nodiscard]] IncidentHeader *header() const { return m_header; }
    [[nodiscard]] TimelineWidget *timeline() const { return m_timeline; }
    [[nodiscard]] RunbookPanel *runbooks() const { return m_runbooks; }
    [[nodiscard]] RolesPanel *roles() const { return m_roles; }
    [[nodiscard]] ActionsPanel *actions() const { return m_actions; }
    [[nodiscard]] ChatPanel *chat() const { return m_chat; }
    [[nodiscard]] QTabWidget *sideTabs() const { return m_tabs; }
    [[nodiscard]] QSplitter *splitter() const { return m_splitter; }

    /// Brings a side tab forward: 0 runbooks, 1 roles, 2 follow-ups, 3 chat.
    void showSideTab(int index);

private:
    void reload();

    QPointer<Session> m_session;
    QString m_incident;
    QStackedLayout *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_page = nullptr;
    IncidentHeader *m_header = nullptr;
    QSplitter *m_splitter = nullptr;
    TimelineWidget *m_timeline = nullptr;
    QTabWidget *m_tabs = nullptr;
    RunbookPanel *m_runbooks = nullptr;
    RolesPanel *m_roles = nullptr;
    ActionsPanel *m_actions = nullptr;
    ChatPanel *m_chat = nullptr;
};

} // namespace Warroom
