// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentstate.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <chrono>

class QAction;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace Warroom {

struct IncidentChanges;
class CommitLineEdit;
class MetricsBar;
class Session;
class StatusComboBox;
class SummaryEdit;

/// The top of the incident view: the title (edited in place), severity, status with its lifecycle, the
/// elapsed clock, the impact start (back-datable), services, summary, the commander (loud when missing)
/// and the four metrics. Every change becomes an event through the Session; the header then shows what was
/// stored, so it always agrees with the board and the other clients.
class IncidentHeader : public QWidget
{
    Q_OBJECT
public:
    explicit IncidentHeader(Session *session, QWidget *parent = nullptr);
    ~IncidentHeader() override;

    /// Shows @p incidentId (an empty id shows nothing and disables the controls).
    void setIncident(const QString &incidentId);
    [[nodiscard]] const QString &incidentId() const { return m_incidentId; }

    /// Ctrl+Shift+S: opens the status list (objectName changeStatusAction).
    [[nodiscard]] QAction *changeStatusAction() const { return m_changeStatusAction; }
    /// F2: puts the cursor in the title (objectName editTitleAction).
    [[nodiscard]] QAction *editTitleAction() const { return m_editTitleAction; }

    /// How often the elapsed clock refreshes (1 s by default; 0 stops it).
    void setTickInterval(std::chrono::milliseconds interval);

public Q_SLOTS:
    /// Shows the time elapsed since the impact started (or the declaration), up to the resolution.
    void refreshElapsed();

Q_SIGNALS:
    /// The "Assign commander" button: the window should show the roles panel, ready to assign one.
    void assignCommanderRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    void createActions();
    void refresh();
    void refreshCommander(const IncidentState &state);
    void refreshImpactStart(const IncidentState &state);
    [[nodiscard]] const IncidentState *state() const;
    /// Submits incident.updated with @p changes; on refusal shows @p failure plus the reason and returns
    /// false.
    bool submitUpdate(const IncidentChanges &changes, const QString &failure);

    void commitTitle(const QString &typed);
    void commitSeverity(int index);
    void requestStatus(Warroom::Status status);
    void commitImpactStart();
    void commitServices(const QString &typed);
    void commitSummary(const QString &typed);

    QPointer<Session> m_session;
    QString m_incidentId;
    QWidget *m_severityStripe = nullptr;
    QComboBox *m_severityCombo = nullptr;
    CommitLineEdit *m_titleEdit = nullptr;
    StatusComboBox *m_statusCombo = nullptr;
    QLabel *m_elapsedLabel = nullptr;
    QLabel *m_commanderIcon = nullptr;
    QLabel *m_commanderLabel = nullptr;
    QPushButton *m_assignCommanderButton = nullptr;
    QDateTimeEdit *m_impactStartEdit = nullptr;
    CommitLineEdit *m_servicesEdit = nullptr;
    SummaryEdit *m_summaryEdit = nullptr;
    QPushButton *m_saveSummaryButton = nullptr;
    MetricsBar *m_metricsBar = nullptr;
    QAction *m_changeStatusAction = nullptr;
    QAction *m_editTitleAction = nullptr;
    QTimer m_ticker;
    bool m_committing = false; // a warning dialog takes the focus: do not commit again from the focus-out
    bool m_loudCommander = false;
};

} // namespace Warroom
