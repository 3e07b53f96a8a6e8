// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentheader.h"

#include "clock.h"
#include "commitlineedit.h"
#include "eventtypes.h"
#include "incidentlook.h"
#include "messagebox.h"
#include "metricsbar.h"
#include "presentation.h"
#include "session.h"
#include "statuscombobox.h"
#include "summaryedit.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

namespace Warroom {

namespace {
constexpr std::chrono::milliseconds DefaultTick {1000};
constexpr Severity AllSeverities[] = {Severity::Sev1, Severity::Sev2, Severity::Sev3, Severity::Sev4};

/// "orders-api, postgres-main" → the list, trimmed, without blanks or repeats, in the order typed.
QStringList parseServices(const QString &text)
{
    QStringList services;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString service = part.trimmed();
        if (!service.isEmpty() && !services.contains(service))
            services << service;
    }
    return services;
}

QString joinServices(const QStringList &services)
{
    return services.join(QStringLiteral(", "));
}
} // namespace

IncidentHeader::IncidentHeader(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_severityStripe(new QWidget(this))
    , m_severityCombo(new QComboBox(this))
    , m_titleEdit(new CommitLineEdit(this))
    , m_statusCombo(new StatusComboBox(this))
    , m_elapsedLabel(new QLabel(this))
    , m_commanderIcon(new QLabel(this))
    , m_commanderLabel(new QLabel(this))
    , m_assignCommanderButton(new QPushButton(this))
    , m_impactStartEdit(new QDateTimeEdit(this))
    , m_servicesEdit(new CommitLineEdit(this))
    , m_summaryEdit(new SummaryEdit(this))
    , m_saveSummaryButton(new QPushButton(this))
    , m_metricsBar(new MetricsBar(this))
{
    setObjectName(QStringLiteral("incidentHeader"));
    setAccessibleName(tr("Incident header"));

    m_severityStripe->setObjectName(QStringLiteral("severityStripe"));
    m_severityStripe->setFixedWidth(5);
    m_severityStripe->setAutoFillBackground(true);

    m_severityCombo->setObjectName(QStringLiteral("severityComboBox"));
    m_severityCombo->setAccessibleName(tr("Severity", "how bad the incident is"));
    m_severityCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const Severity severity : AllSeverities) {
        m_severityCombo->addItem(QIcon(Presentation::severityPixmap(severity, devicePixelRatioF())),
            Presentation::severityText(severity), int(severity));
        const int item = m_severityCombo->count() - 1;
        m_severityCombo->setItemData(item, Presentation::severityDescription(severity), Qt::ToolTipRole);
        m_severityCombo->setItemData(
            item, Presentation::severityAccessibleText(severity), Qt::AccessibleTextRole);
    }

    m_titleEdit->setObjectName(QStringLiteral("titleLineEdit"));
    m_titleEdit->setAccessibleName(tr("Incident title"));
    m_titleEdit->setAccessibleDescription(
        tr("Press Enter to save the title, Escape to put the saved one back"));
    m_titleEdit->setPlaceholderText(tr("Incident title"));
    m_titleEdit->setMaxLength(Limits::TitleMax);
    m_titleEdit->setHeadingStyle(true);
    QFont titleFont = m_titleEdit->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    m_titleEdit->setFont(titleFont);

    m_statusCombo->setObjectName(QStringLiteral("statusComboBox"));
    m_statusCombo->setAccessibleName(tr("Status", "incident status"));

    m_elapsedLabel->setObjectName(QStringLiteral("elapsedLabel"));
    // A fixed name: the text changes every second, the name must not (screen readers announce name changes).
    m_elapsedLabel->setAccessibleName(tr("Time elapsed"));
    QFont elapsedFont = m_elapsedLabel->font();
    elapsedFont.setBold(true);
    m_elapsedLabel->setFont(elapsedFont);

    m_commanderIcon->setObjectName(QStringLiteral("commanderIcon"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_commanderIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    m_commanderLabel->setObjectName(QStringLiteral("commanderLabel"));
    m_commanderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_assignCommanderButton->setObjectName(QStringLiteral("assignCommanderButton"));
    m_assignCommanderButton->setText(tr("Assign commander…"));
    m_assignCommanderButton->setAccessibleName(tr("Assign a commander in the roles panel"));

    m_impactStartEdit->setObjectName(QStringLiteral("impactStartEdit"));
    m_impactStartEdit->setAccessibleName(tr("Impact started", "when customers started to be affected"));
    m_impactStartEdit->setTimeSpec(Qt::LocalTime);
    m_impactStartEdit->setCalendarPopup(true);
    m_impactStartEdit->setDisplayFormat(tr("yyyy-MM-dd HH:mm", "format of the impact start (local time)"));
    m_impactStartEdit->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC).toLocalTime());

    m_servicesEdit->setObjectName(QStringLiteral("servicesLineEdit"));
    m_servicesEdit->setAccessibleName(tr("Affected services"));
    m_servicesEdit->setAccessibleDescription(tr("Comma-separated; Enter saves, Escape reverts"));
    m_servicesEdit->setPlaceholderText(tr("e.g. checkout, payments-api", "services: example input"));
    m_servicesEdit->setToolTip(tr("The services affected, separated by commas"));

    m_summaryEdit->setObjectName(QStringLiteral("summaryTextEdit"));
    m_summaryEdit->setAccessibleName(tr("Summary", "what is known of the incident so far"));
    m_summaryEdit->setAccessibleDescription(tr("Ctrl+Enter or leaving the field saves; Escape reverts"));
    m_summaryEdit->setPlaceholderText(tr("What is known so far? Who is affected?"));
    m_saveSummaryButton->setObjectName(QStringLiteral("saveSummaryButton"));
    m_saveSummaryButton->setText(tr("Save summary"));
    m_saveSummaryButton->setAccessibleName(tr("Save the summary"));
    m_saveSummaryButton->setToolTip(tr("Save the summary (Ctrl+Enter in the field)"));
    m_saveSummaryButton->setEnabled(false);

    buildLayout();
    createActions();

    connect(m_titleEdit, &CommitLineEdit::commitRequested, this, &IncidentHeader::commitTitle);
    connect(m_severityCombo, &QComboBox::activated, this, &IncidentHeader::commitSeverity);
    connect(m_statusCombo, &StatusComboBox::statusRequested, this, &IncidentHeader::requestStatus);
    connect(m_impactStartEdit, &QDateTimeEdit::editingFinished, this, &IncidentHeader::commitImpactStart);
    connect(m_servicesEdit, &CommitLineEdit::commitRequested, this, &IncidentHeader::commitServices);
    connect(m_summaryEdit, &SummaryEdit::commitRequested, this, &IncidentHeader::commitSummary);
    connect(m_summaryEdit, &SummaryEdit::dirtyChanged, m_saveSummaryButton, &QPushButton::setEnabled);
    connect(m_saveSummaryButton, &QPushButton::clicked, this,
        [this] { commitSummary(m_summaryEdit->toPlainText()); });
    connect(m_assignCommanderButton, &QPushButton::clicked, this, &IncidentHeader::assignCommanderRequested);
    if (m_session) {
        const auto follow = [this](const QString &incidentId) {
            if (incidentId == m_incidentId)
                refresh();
        };
        connect(m_session, &Session::incidentChanged, this, follow);
        connect(m_session, &Session::incidentAdded, this, follow);
    }
    // Scrolling the page over a combo box must not change the severity or the status by accident.
    m_severityCombo->installEventFilter(this);
    m_statusCombo->installEventFilter(this);
    connect(&m_ticker, &QTimer::timeout, this, &IncidentHeader::refreshElapsed);
    setTickInterval(DefaultTick);
    refresh();
}

IncidentHeader::~IncidentHeader() = default;

void IncidentHeader::buildLayout()
{
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_severityCombo);
    titleRow->addWidget(m_titleEdit, 1);
    titleRow->addWidget(m_statusCombo);

    auto *clockRow = new QHBoxLayout;
    clockRow->addWidget(m_elapsedLabel);
    clockRow->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 2);
    clockRow->addWidget(m_commanderIcon);
    clockRow->addWidget(m_commanderLabel);
    clockRow->addWidget(m_assignCommanderButton);
    clockRow->addStretch(1);

    auto *fieldsRow = new QHBoxLayout;
    auto *impactLabel = new QLabel(tr("Impact &started:", "when customers started to be affected"), this);
    impactLabel->setBuddy(m_impactStartEdit);
    auto *servicesLabel = new QLabel(tr("Servi&ces:"), this);
    servicesLabel->setBuddy(m_servicesEdit);
    fieldsRow->addWidget(impactLabel);
    fieldsRow->addWidget(m_impactStartEdit);
    fieldsRow->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')));
    fieldsRow->addWidget(servicesLabel);
    fieldsRow->addWidget(m_servicesEdit, 1);

    auto *facts = new QVBoxLayout;
    facts->addLayout(clockRow);
    facts->addLayout(fieldsRow);
    facts->addWidget(m_metricsBar);
    facts->addStretch(1);

    auto *summaryLabel = new QLabel(tr("Su&mmary:", "what is known of the incident so far"), this);
    summaryLabel->setBuddy(m_summaryEdit);
    auto *summaryTop = new QHBoxLayout;
    summaryTop->addWidget(summaryLabel);
    summaryTop->addStretch(1);
    summaryTop->addWidget(m_saveSummaryButton);
    // Three lines and a half: enough for "what, who, since when" without pushing the timeline off the screen.
    const int frame = 2 * m_summaryEdit->frameWidth() + int(2 * m_summaryEdit->document()->documentMargin());
    const int lines = m_summaryEdit->fontMetrics().lineSpacing() * 7 / 2;
    m_summaryEdit->setFixedHeight(lines + frame);
    auto *summaryColumn = new QVBoxLayout;
    summaryColumn->addLayout(summaryTop);
    summaryColumn->addWidget(m_summaryEdit);

    auto *body = new QHBoxLayout;
    body->addLayout(facts, 3);
    body->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')));
    body->addLayout(summaryColumn, 2);

    auto *content = new QVBoxLayout;
    content->addLayout(titleRow);
    content->addLayout(body);

    auto *outer = new QHBoxLayout(this);
    outer->addWidget(m_severityStripe);
    outer->addLayout(content, 1);
}

void IncidentHeader::createActions()
{
    m_changeStatusAction = new QAction(tr("Change &Status…"), this);
    m_changeStatusAction->setObjectName(QStringLiteral("changeStatusAction"));
    m_changeStatusAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_changeStatusAction->setToolTip(tr("Change the incident status"));
    connect(m_changeStatusAction, &QAction::triggered, this, [this] {
        m_statusCombo->setFocus(Qt::ShortcutFocusReason);
        m_statusCombo->showPopup();
    });
    m_editTitleAction = new QAction(tr("Edit &Title"), this);
    m_editTitleAction->setObjectName(QStringLiteral("editTitleAction"));
    m_editTitleAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editTitleAction->setToolTip(tr("Edit the incident title"));
    connect(m_editTitleAction, &QAction::triggered, this, [this] {
        m_titleEdit->setFocus(Qt::ShortcutFocusReason);
        m_titleEdit->selectAll();
    });
    // Added to the header so the shortcuts work wherever the header is shown; the window may also put the
    // same actions in its menus.
    addAction(m_changeStatusAction);
    addAction(m_editTitleAction);
}

void IncidentHeader::setIncident(const QString &incidentId)
{
    if (incidentId == m_incidentId) {
        refresh(); // the same incident, rebuilt (or replayed at another moment): read it again
        return;
    }
    m_incidentId = incidentId;
    // A new incident: whatever was half-typed belonged to the previous one and is not carried over.
    m_titleEdit->acceptCommitted({});
    m_servicesEdit->acceptCommitted({});
    m_summaryEdit->acceptCommitted({});
    refresh();
}

void IncidentHeader::setTickInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_ticker.stop();
        return;
    }
    m_ticker.setInterval(interval);
    m_ticker.start();
}

const IncidentState *IncidentHeader::state() const
{
    return m_session && !m_incidentId.isEmpty() ? m_session->projection().incident(m_incidentId) : nullptr;
}

void IncidentHeader::refresh()
{
    const IncidentState *s = state();
    const bool shown = s != nullptr;
    for (QWidget *control : std::initializer_list<QWidget *> {m_severityCombo, m_titleEdit, m_statusCombo,
             m_impactStartEdit, m_servicesEdit, m_summaryEdit, m_assignCommanderButton}) {
        control->setEnabled(shown);
    }
    m_changeStatusAction->setEnabled(shown);
    m_editTitleAction->setEnabled(shown);
    if (!s) {
        m_elapsedLabel->clear();
        m_commanderLabel->clear();
        m_commanderIcon->hide();
        m_assignCommanderButton->hide();
        m_metricsBar->setMetrics({});
        return;
    }

    QPalette stripe = m_severityStripe->palette();
    stripe.setColor(QPalette::Window, Presentation::severityColor(s->severity()));
    m_severityStripe->setPalette(stripe);
    m_severityStripe->setToolTip(Presentation::severityAccessibleText(s->severity()));
    {
        const QSignalBlocker blocker(m_severityCombo);
        m_severityCombo->setCurrentIndex(m_severityCombo->findData(int(s->severity())));
    }
    m_severityCombo->setToolTip(Presentation::severityDescription(s->severity()));
    m_titleEdit->setCommittedText(s->title());
    m_titleEdit->setToolTip(
        tr("%1\n\nClick or press F2 to edit; Enter saves, Escape reverts.").arg(s->title()));
    m_statusCombo->setStatus(s->status());
    m_servicesEdit->setCommittedText(joinServices(s->services()));
    m_summaryEdit->setCommittedText(s->summary());
    refreshImpactStart(*s);
    refreshCommander(*s);
    m_metricsBar->setMetrics(s->metrics());
    refreshElapsed();
}

void IncidentHeader::refreshImpactStart(const IncidentState &state)
{
    const Milestones &milestones = state.milestones();
    m_impactStartEdit->setToolTip(
        milestones.impactStarted.isValid() ? tr(
            "When customers started to be affected, in local time. Earlier than the declaration: back-date "
            "it when the impact began before anyone noticed.")
                                           : tr("Not recorded yet: the clock counts from the declaration. "
                                                "Set it to when customers started to "
                                                "be affected (local time)."));
    // Someone adjusting it keeps their value until they finish.
    if (m_impactStartEdit->hasFocus())
        return;
    const QSignalBlocker blocker(m_impactStartEdit);
    m_impactStartEdit->setMaximumDateTime(Clock::now().toLocalTime());
    m_impactStartEdit->setDateTime(IncidentLook::clockStart(state).toLocalTime());
}

void IncidentHeader::refreshCommander(const IncidentState &state)
{
    const QString commander = state.commander();
    m_loudCommander = commander.isEmpty() && state.status() != Status::Resolved;
    m_commanderIcon->setVisible(m_loudCommander);
    m_assignCommanderButton->setVisible(commander.isEmpty());
    QFont font = m_commanderLabel->font();
    font.setBold(m_loudCommander);
    m_commanderLabel->setFont(font);
    QPalette palette = m_commanderLabel->palette();
    palette.setColor(QPalette::WindowText,
        m_loudCommander ? IncidentLook::warningColor(this->palette())
                        : this->palette().color(QPalette::WindowText));
    m_commanderLabel->setPalette(palette);
    if (!commander.isEmpty()) {
        m_commanderLabel->setText(tr("Commander: %1", "incident commander").arg(commander));
        m_commanderLabel->setAccessibleName(m_commanderLabel->text());
    } else if (m_loudCommander) {
        m_commanderLabel->setText(tr("No commander — assign one"));
        m_commanderLabel->setAccessibleName(
            tr("Warning: no commander. Nobody is coordinating this incident; assign a commander."));
    } else {
        m_commanderLabel->setText(tr("No commander was assigned"));
        m_commanderLabel->setAccessibleName(m_commanderLabel->text());
    }
}

void IncidentHeader::refreshElapsed()
{
    const IncidentState *s = state();
    if (!s) {
        m_elapsedLabel->clear();
        return;
    }
    const QDateTime start = IncidentLook::clockStart(*s);
    const bool resolved = s->status() == Status::Resolved && s->milestones().resolved.isValid();
    const QDateTime end = resolved ? s->milestones().resolved : m_session->viewTime(); // the replayed moment
    const QString elapsed = Presentation::formatElapsed(start.isValid() ? start.msecsTo(end) : 0);
    m_elapsedLabel->setText(resolved
            ? tr("Resolved after %1", "elapsed time of a resolved incident").arg(elapsed)
            : tr("Open for %1", "time since the impact started").arg(elapsed));
    m_elapsedLabel->setToolTip(s->milestones().impactStarted.isValid()
            ? tr("Counted from the start of the impact, %1").arg(IncidentLook::formatMomentLong(start))
            : tr("Counted from the declaration, %1").arg(IncidentLook::formatMomentLong(start)));
    // The impact start may be set up to now; keep the limit moving unless someone is editing it.
    if (!resolved && !m_impactStartEdit->hasFocus()) {
        const QSignalBlocker blocker(m_impactStartEdit);
        m_impactStartEdit->setMaximumDateTime(Clock::now().toLocalTime());
    }
}

bool IncidentHeader::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel && (watched == m_severityCombo || watched == m_statusCombo)) {
        event->ignore(); // passed on to the parent, so a scroll area around the header still scrolls
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void IncidentHeader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The warning colour is derived from the palette: follow a theme switch (light ↔ dark).
    if (event->type() == QEvent::PaletteChange) {
        if (const IncidentState *s = state())
            refreshCommander(*s);
    }
}

bool IncidentHeader::submitUpdate(const IncidentChanges &changes, const QString &failure)
{
    if (!m_session)
        return false;
    Error error;
    if (m_session->submit(m_session->events().update(m_incidentId, changes), &error))
        return true;
    MessageBox::warning(this, tr("Change not saved"), tr("%1\n\nReason: %2").arg(failure, error.message));
    return false;
}

void IncidentHeader::commitTitle(const QString &typed)
{
    const IncidentState *s = state();
    if (!s || m_committing)
        return;
    const QScopedValueRollback<bool> guard(m_committing, true);
    const QString title = typed.trimmed();
    if (title == s->title()) {
        m_titleEdit->acceptCommitted(s->title());
        return;
    }
    if (title.isEmpty()) {
        m_titleEdit->revert();
        MessageBox::warning(this, tr("Title not changed"),
            tr("An incident needs a title, so it stays “%1”.").arg(s->title()));
        return;
    }
    // Quote what was typed in the refusal, so that the words are not lost with the revert.
    if (!submitUpdate(IncidentChanges().setTitle(title),
            tr("The title was not changed to “%1”; it stays “%2”.").arg(title, s->title()))) {
        m_titleEdit->revert();
        return;
    }
    m_titleEdit->acceptCommitted(title);
}

void IncidentHeader::commitSeverity(int index)
{
    const IncidentState *s = state();
    if (!s)
        return;
    const auto severity = static_cast<Severity>(m_severityCombo->itemData(index).toInt());
    if (severity == s->severity())
        return;
    if (!submitUpdate(IncidentChanges().setSeverity(severity),
            tr("The severity was not changed to %1.").arg(Presentation::severityText(severity))))
        refresh();
}

void IncidentHeader::requestStatus(Status status)
{
    const IncidentState *s = state();
    if (!s || !m_session)
        return;
    const Status current = s->status();
    Status target = status;
    if (current == Status::Resolved) {
        // From resolved the only way on is a reopen, which goes back to investigating.
        target = Status::Investigating;
        if (MessageBox::question(this, tr("Reopen Incident"),
                tr("Reopen “%1”? It goes back to investigating and the clock runs again.").arg(s->title()),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes) {
            m_statusCombo->setStatus(current);
            return;
        }
    } else if (target == Status::Resolved) {
        if (MessageBox::question(this, tr("Resolve Incident"),
                tr("Resolve “%1”? The clock stops and the time to resolve is recorded. You can reopen it "
                   "later.")
                    .arg(s->title()),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes) {
            m_statusCombo->setStatus(current);
            return;
        }
    }
    Error error;
    if (!m_session->submit(m_session->events().setStatus(m_incidentId, target), &error)) {
        m_statusCombo->setStatus(current);
        MessageBox::warning(this, tr("Status not changed"),
            tr("The status was not changed to %1.\n\nReason: %2")
                .arg(Presentation::statusText(target), error.message));
    }
}

void IncidentHeader::commitImpactStart()
{
    const IncidentState *s = state();
    if (!s || m_committing)
        return;
    const QScopedValueRollback<bool> guard(m_committing, true);
    const QDateTime current = IncidentLook::clockStart(*s);
    QDateTime picked = m_impactStartEdit->dateTime().toUTC();
    if (picked == current)
        return;
    // The field shows minutes; a changed value means the minute picked, not the old value's seconds.
    picked.setTime(QTime(picked.time().hour(), picked.time().minute()));
    if (picked > Clock::now()) {
        MessageBox::warning(this, tr("Impact start not changed"),
            tr("The impact cannot start in the future (%1).").arg(IncidentLook::formatMomentLong(picked)));
        refreshImpactStart(*s);
        return;
    }
    if (!submitUpdate(IncidentChanges().setImpactStartedAt(picked),
            tr("The impact start was not changed to %1.").arg(IncidentLook::formatMomentLong(picked))))
        refreshImpactStart(*s);
}

void IncidentHeader::commitServices(const QString &typed)
{
    const IncidentState *s = state();
    if (!s || m_committing)
        return;
    const QScopedValueRollback<bool> guard(m_committing, true);
    const QStringList services = parseServices(typed);
    if (services == s->services()) {
        m_servicesEdit->acceptCommitted(joinServices(services));
        return;
    }
    if (!submitUpdate(IncidentChanges().setServices(services),
            tr("The services were not changed to “%1”.").arg(typed))) {
        m_servicesEdit->revert();
        return;
    }
    m_servicesEdit->acceptCommitted(joinServices(services));
}

void IncidentHeader::commitSummary(const QString &typed)
{
    const IncidentState *s = state();
    if (!s || m_committing)
        return;
    const QScopedValueRollback<bool> guard(m_committing, true);
    const QString summary = typed.trimmed();
    if (summary == s->summary()) {
        m_summaryEdit->acceptCommitted(s->summary());
        return;
    }
    // A refused summary stays in the field (it can be long): the person fixes it or presses Escape.
    if (submitUpdate(IncidentChanges().setSummary(summary), tr("The summary was not saved.")))
        m_summaryEdit->acceptCommitted(summary);
}

} // namespace Warroom
