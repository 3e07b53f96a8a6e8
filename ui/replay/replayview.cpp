// SPDX-License-Identifier: GPL-3.0-or-later
#include "replayview.h"

#include "replaybar.h"
#include "replayindex.h"
#include "session.h"
#include "swimlanechart.h"

#include <QAction>
#include <QSlider>
#include <QVBoxLayout>

namespace Warroom {

namespace {
// The quick-entry areas of the incident view, by the object names its tests use too.
const char *const QuickEntryWidgets[] = {"kindComboBox", "noteLineEdit", "addEntryButton", "backdateCheckBox",
    "backdateEdit", "stepControls", "roleComboBox", "personLineEdit", "assignRoleButton", "releaseRoleButton",
    "actionTextLineEdit", "actionOwnerLineEdit", "actionDueCheckBox", "actionDueEdit", "addActionButton"};
// Space ticks a step in the checklist; while replaying it plays instead.
const char *const QuickEntryActions[] = {"toggleStepAction"};
constexpr std::chrono::milliseconds ReloadDelay {250};
} // namespace

ReplayView::ReplayView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_bar(new ReplayBar(session, this))
    , m_chart(new SwimlaneChart(this))
{
    setObjectName(QStringLiteral("replayView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 2);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_chart);
    // Space plays with the focus anywhere in the replay controls, the chart included.
    addAction(m_bar->playAction());

    m_reload.setSingleShot(true);
    m_reload.setInterval(ReloadDelay);
    connect(&m_reload, &QTimer::timeout, this, &ReplayView::reloadData);
    connect(m_chart, &SwimlaneChart::timeRequested, m_bar, &ReplayBar::requestTime);
    if (m_session) {
        connect(m_session, &Session::replayChanged, this, &ReplayView::onReplayChanged);
        connect(m_session, &Session::replayTimeChanged, m_chart, &SwimlaneChart::setCursorTime);
        connect(m_session, &Session::liveEventApplied, this, [this](const Event &event) {
            if (event.incident == m_bar->incident() && !m_reload.isActive())
                m_reload.start();
        });
        // The panels reload on these; grey their quick-entry parts again afterwards.
        connect(m_session, &Session::incidentReset, this, &ReplayView::greyQuickEntry);
        connect(m_session, &Session::incidentAdded, this, &ReplayView::greyQuickEntry);
    }
    setVisible(m_session && m_session->isReplaying());
}

ReplayView::~ReplayView() = default;

bool ReplayView::start(const QString &incidentId, Error *error)
{
    if (!m_session || incidentId.isEmpty()) {
        if (error)
            *error = {QStringLiteral("not_found"), {}, tr("Select an incident to replay first.")};
        return false;
    }
    if (!m_session->startReplay({}, error))
        return false;
    setIncident(incidentId);
    // From the start of the incident: the declaration.
    const ReplaySpan span = m_session->replayIndex()->span(incidentId);
    if (span.isValid())
        m_session->setReplayTime(span.first);
    m_bar->slider()->setFocus(Qt::OtherFocusReason);
    return true;
}

void ReplayView::setIncident(const QString &incidentId)
{
    if (!m_session || !m_session->isReplaying() || incidentId.isEmpty())
        return;
    m_bar->setIncident(incidentId);
    m_chart->setData(m_session->replayIndex(), incidentId);
    m_chart->setCursorTime(m_session->replayTime());
}

QString ReplayView::incident() const
{
    return m_bar->incident();
}

void ReplayView::reloadData()
{
    if (!m_session || !m_session->isReplaying())
        return;
    m_bar->refreshSpan();
    m_chart->setData(m_session->replayIndex(), m_bar->incident());
    m_chart->setCursorTime(m_session->replayTime());
}

void ReplayView::setReadOnlyArea(QWidget *root)
{
    m_readOnlyRoot = root;
    greyQuickEntry();
}

void ReplayView::onReplayChanged(bool active)
{
    setVisible(active);
    if (active) {
        greyQuickEntry();
        return;
    }
    m_reload.stop();
    restoreQuickEntry();
}

void ReplayView::greyQuickEntry()
{
    if (!m_session || !m_session->isReplaying() || !m_readOnlyRoot)
        return;
    for (const char *name : QuickEntryWidgets) {
        for (QWidget *widget : m_readOnlyRoot->findChildren<QWidget *>(QLatin1String(name))) {
            if (!widget->isEnabled())
                continue;
            widget->setEnabled(false);
            if (!m_greyed.contains(widget))
                m_greyed.append(widget);
        }
    }
    for (const char *name : QuickEntryActions) {
        for (QAction *action : m_readOnlyRoot->findChildren<QAction *>(QLatin1String(name))) {
            if (!action->isEnabled())
                continue;
            action->setEnabled(false);
            if (!m_disabled.contains(action))
                m_disabled.append(action);
        }
    }
}

void ReplayView::restoreQuickEntry()
{
    // The panels set the exact state again when the Session resets them right after this.
    for (const QPointer<QWidget> &widget : std::as_const(m_greyed)) {
        if (widget)
            widget->setEnabled(true);
    }
    for (const QPointer<QAction> &action : std::as_const(m_disabled)) {
        if (action)
            action->setEnabled(true);
    }
    m_greyed.clear();
    m_disabled.clear();
}

} // namespace Warroom
