// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionspanel.h"

#include "actionsmodel.h"
#include "clock.h"
#include "eventtypes.h"
#include "incidentlook.h"
#include "incidentpeople.h"
#include "messagebox.h"
#include "session.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Warroom {

namespace {
constexpr int DefaultDueDays = 7;
} // namespace

ActionsPanel::ActionsPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ActionsModel(session, this))
    , m_people(new IncidentPeople(session, this))
    , m_summaryLabel(new QLabel(this))
    , m_view(new QTableView(this))
    , m_textEdit(new QLineEdit(this))
    , m_ownerEdit(new QLineEdit(this))
    , m_dueCheck(new QCheckBox(this))
    , m_dueEdit(new QDateEdit(this))
    , m_addButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("actionsPanel"));
    setAccessibleName(tr("Follow-up actions"));

    m_summaryLabel->setObjectName(QStringLiteral("actionsSummaryLabel"));

    m_view->setObjectName(QStringLiteral("actionsView"));
    m_view->setAccessibleName(tr("Follow-up actions"));
    m_view->setAccessibleDescription(
        tr("Space ticks the selected follow-up done; F2 edits the text, owner or due date"));
    IncidentLook::setUpPanelTable(m_view);
    m_view->setWordWrap(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setModel(m_model);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActionsModel::TextColumn, QHeaderView::Stretch);
    // Follow-ups are sentences: let rows grow to show them whole rather than cut them off.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->installEventFilter(this);

    m_textEdit->setObjectName(QStringLiteral("actionTextLineEdit"));
    m_textEdit->setAccessibleName(tr("New follow-up"));
    m_textEdit->setPlaceholderText(tr("New follow-up: what should change so this does not happen again?"));
    m_textEdit->setMaxLength(Limits::TextMax);
    m_textEdit->setClearButtonEnabled(true);

    m_ownerEdit->setObjectName(QStringLiteral("actionOwnerLineEdit"));
    m_ownerEdit->setAccessibleName(tr("Owner of the new follow-up"));
    m_ownerEdit->setPlaceholderText(tr("owner (optional)"));
    m_ownerEdit->setMaxLength(Limits::NameMax);
    auto *completer = new QCompleter(m_people->model(), m_ownerEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_ownerEdit->setCompleter(completer);

    m_dueCheck->setObjectName(QStringLiteral("actionDueCheckBox"));
    m_dueCheck->setText(tr("D&ue:", "follow-up due date"));
    m_dueCheck->setAccessibleName(tr("Set a due date"));
    m_dueCheck->setToolTip(tr("Untick for no due date"));
    m_dueCheck->setChecked(true);

    m_dueEdit->setObjectName(QStringLiteral("actionDueEdit"));
    m_dueEdit->setAccessibleName(tr("Due date of the new follow-up"));
    m_dueEdit->setCalendarPopup(true);
    m_dueEdit->setDate(Clock::now().toLocalTime().date().addDays(DefaultDueDays));

    m_addButton->setObjectName(QStringLiteral("addActionButton"));
    m_addButton->setText(tr("Add", "button: add a follow-up"));
    m_addButton->setAccessibleName(tr("Add the follow-up"));

    buildLayout();

    connect(m_textEdit, &QLineEdit::textChanged, this, &ActionsPanel::updateControls);
    connect(m_textEdit, &QLineEdit::returnPressed, this, &ActionsPanel::addAction);
    connect(m_ownerEdit, &QLineEdit::returnPressed, this, &ActionsPanel::addAction);
    connect(m_dueCheck, &QCheckBox::toggled, m_dueEdit, &QWidget::setEnabled);
    connect(m_addButton, &QPushButton::clicked, this, &ActionsPanel::addAction);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ActionsPanel::showContextMenu);
    connect(m_model, &ActionsModel::submitFailed, this,
        [this](const QString &message) { MessageBox::warning(this, tr("Follow-up not changed"), message); });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &ActionsPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ActionsPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActionsPanel::updateSummary);
    updateControls();
    updateSummary();
}

ActionsPanel::~ActionsPanel() = default;

void ActionsPanel::buildLayout()
{
    auto *addRow = new QHBoxLayout;
    auto *ownerLabel = new QLabel(tr("&Owner:", "who does the follow-up"), this);
    ownerLabel->setBuddy(m_ownerEdit);
    addRow->addWidget(ownerLabel);
    addRow->addWidget(m_ownerEdit, 1);
    addRow->addWidget(m_dueCheck);
    addRow->addWidget(m_dueEdit);
    addRow->addWidget(m_addButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_textEdit);
    layout->addLayout(addRow);
}

void ActionsPanel::setIncident(const QString &incidentId)
{
    m_incidentId = incidentId;
    m_model->setIncident(incidentId);
    m_people->setIncident(incidentId);
    updateControls();
}

void ActionsPanel::updateControls()
{
    const bool shown = m_session && m_session->projection().incident(m_incidentId);
    for (QWidget *control :
        std::initializer_list<QWidget *> {m_textEdit, m_ownerEdit, m_dueCheck, m_dueEdit, m_view}) {
        control->setEnabled(shown);
    }
    m_dueEdit->setEnabled(shown && m_dueCheck->isChecked());
    m_addButton->setEnabled(shown && !m_textEdit->text().trimmed().isEmpty());
}

void ActionsPanel::updateSummary()
{
    const int total = m_model->rowCount();
    const int open = m_model->openCount();
    const int overdue = m_model->overdueCount();
    QString text;
    if (total == 0)
        text = tr("No follow-ups yet. Add what should change so this does not happen again.");
    else if (overdue > 0)
        text = tr("%n open", "follow-ups", open) + QStringLiteral(" · ")
            + tr("%n overdue", "follow-ups", overdue);
    else
        text = tr("%n open", "follow-ups", open) + QStringLiteral(" · ")
            + tr("%n done", "follow-ups", total - open);
    m_summaryLabel->setText(text);
    m_summaryLabel->setAccessibleName(text);
}

void ActionsPanel::addAction()
{
    const QString text = m_textEdit->text().trimmed();
    if (!m_session || text.isEmpty())
        return;
    const QDateTime due
        = m_dueCheck->isChecked() ? ActionsModel::endOfLocalDay(m_dueEdit->date()) : QDateTime();
    Error error;
    if (!m_session->submit(
            m_session->events().addAction(m_incidentId, text, m_ownerEdit->text().trimmed(), due), &error)) {
        // The text stays in the field: nothing typed is lost, the person fixes it and adds again.
        MessageBox::warning(this, tr("Follow-up not added"),
            tr("The follow-up “%1” was not added.\n\nReason: %2").arg(text, error.message));
        return;
    }
    m_textEdit->clear();
    m_ownerEdit->clear();
    m_view->scrollToBottom();
    m_textEdit->setFocus(Qt::OtherFocusReason);
}

void ActionsPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    const int row = index.row();
    const bool done = m_model->index(row, 0).data(ActionsModel::DoneRole).toBool();
    const bool hasDue = m_model->index(row, 0).data(ActionsModel::DueRole).toDateTime().isValid();
    QMenu menu(this);
    menu.addAction(done ? tr("Reopen", "follow-up") : tr("Mark Done", "follow-up"), this, [this, row, done] {
        m_model->setData(m_model->index(row, ActionsModel::DoneColumn), done ? Qt::Unchecked : Qt::Checked,
            Qt::CheckStateRole);
    });
    menu.addAction(
        tr("Edit Text"), this, [this, row] { m_view->edit(m_model->index(row, ActionsModel::TextColumn)); });
    menu.addAction(tr("Change Owner"), this,
        [this, row] { m_view->edit(m_model->index(row, ActionsModel::OwnerColumn)); });
    menu.addAction(tr("Change Due Date"), this,
        [this, row] { m_view->edit(m_model->index(row, ActionsModel::DueColumn)); });
    QAction *clearDue = menu.addAction(tr("Remove Due Date"), this,
        [this, row] { m_model->setData(m_model->index(row, ActionsModel::DueColumn), QDateTime()); });
    clearDue->setEnabled(hasDue);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

bool ActionsPanel::eventFilter(QObject *watched, QEvent *event)
{
    // F2 is "edit the incident title" window-wide; inside this table it edits the selected cell instead.
    if (watched == m_view && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F2 && key->modifiers() == Qt::NoModifier) {
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Warroom
