// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;

namespace Warroom {

class ReplayBar;
class Session;
class SwimlaneChart;

/// What the main window shows above the board while the Session replays (DESIGN §9): the ReplayBar and the
/// SwimlaneChart of the incident being replayed, kept in step with the Session. Hidden when live.
/// While replaying it also greys the quick-entry areas of the incident view (the Session refuses changes
/// anyway; this says so before anyone types).
class ReplayView : public QWidget
{
    Q_OBJECT
public:
    explicit ReplayView(Session *session, QWidget *parent = nullptr);
    ~ReplayView() override;

    /// Replays @p incidentId from its first moment (the whole log is replayed: the board shows the other
    /// incidents as they were too). On failure @p error says why.
    bool start(const QString &incidentId, Error *error);
    /// Follows the selection on the board while replaying: scrubs over @p incidentId's span instead.
    void setIncident(const QString &incidentId);
    [[nodiscard]] QString incident() const;

    /// The widgets under @p root whose quick-entry areas are greyed while replaying.
    void setReadOnlyArea(QWidget *root);

    [[nodiscard]] ReplayBar *bar() const { return m_bar; }
    [[nodiscard]] SwimlaneChart *chart() const { return m_chart; }

private:
    void onReplayChanged(bool active);
    void greyQuickEntry();
    void restoreQuickEntry();
    void reloadData();

    QPointer<Session> m_session;
    ReplayBar *m_bar = nullptr;
    SwimlaneChart *m_chart = nullptr;
    QPointer<QWidget> m_readOnlyRoot;
    QList<QPointer<QWidget>> m_greyed;
    QList<QPointer<QAction>> m_disabled;
    QTimer m_reload; // the log grew while replaying: redraw the chart and the span, at most 4 times a second
};

} // namespace Warroom
