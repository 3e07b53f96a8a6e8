// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolespanel.h"

#include "eventtypes.h"
#include "incidentlook.h"
#include "incidentpeople.h"
#include "messagebox.h"
#include "rolehistorymodel.h"
#include "rolename.h"
#include "rolesmodel.h"
#include "session.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Warroom {

namespace {
QString roleHint(const QString &role)
{
    if (role == QLatin1String("commander"))
        return RolesPanel::tr("Coordinates the response and makes the calls");
    if (role == QLatin1String("scribe"))
        return RolesPanel::tr("Keeps the timeline");
    if (role == QLatin1String("comms"))
        return RolesPanel::tr("Keeps stakeholders and customers informed");
    if (role == QLatin1String("ops"))
        return RolesPanel::tr("Hands on the systems");
    return {};
}
} // namespace

RolesPanel::RolesPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_rolesModel(new RolesModel(session, this))
    , m_historyModel(new RoleHistoryModel(session, this))
    , m_people(new IncidentPeople(session, this))
    , m_rolesView(new QTableView(this))
    , m_roleCombo(new QComboBox(this))
    , m_personEdit(new QLineEdit(this))
    , m_assignButton(new QPushButton(this))
    , m_releaseButton(new QPushButton(this))
    , m_hintLabel(new QLabel(this))
    , m_historyView(new QTableView(this))
{
    setObjectName(QStringLiteral("rolesPanel"));
    setAccessibleName(tr("Roles"));

    m_rolesView->setObjectName(QStringLiteral("rolesView"));
    m_rolesView->setAccessibleName(tr("Current roles"));
    IncidentLook::setUpPanelTable(m_rolesView);
    m_rolesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rolesView->setModel(m_rolesModel);
    QHeaderView *rolesHeader = m_rolesView->horizontalHeader();
    rolesHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    rolesHeader->setSectionResizeMode(RolesModel::PersonColumn, QHeaderView::Stretch);

    m_roleCombo->setObjectName(QStringLiteral("roleComboBox"));
    m_roleCombo->setAccessibleName(tr("Role to assign"));
    m_roleCombo->setEditable(true);
    m_roleCombo->setInsertPolicy(QComboBox::NoInsert);
    m_roleCombo->lineEdit()->setMaxLength(RoleNameValidator::MaxLength);
    m_roleCombo->lineEdit()->setPlaceholderText(tr("role", "placeholder of the role field"));
    m_roleCombo->setValidator(new RoleNameValidator(m_roleCombo));
    m_roleCombo->setToolTip(
        tr("A standard role or your own: lower-case letters, digits, space, - or _ (e.g. db-expert)"));
    // The completer of an editable combo would complete "c" to "commander" as one types "comms".
    m_roleCombo->setCompleter(nullptr);
    refreshRoleChoices();

    m_personEdit->setObjectName(QStringLiteral("personLineEdit"));
    m_personEdit->setAccessibleName(tr("Person to assign"));
    m_personEdit->setPlaceholderText(tr("person", "placeholder of the person field"));
    m_personEdit->setMaxLength(Limits::NameMax);
    m_personEdit->setClearButtonEnabled(true);
    auto *completer = new QCompleter(m_people->model(), m_personEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_personEdit->setCompleter(completer);

    m_assignButton->setObjectName(QStringLiteral("assignRoleButton"));
    m_releaseButton->setObjectName(QStringLiteral("releaseRoleButton"));
    m_releaseButton->setText(tr("Release", "button: give up a role"));
    m_releaseButton->setAccessibleName(tr("Release the role"));

    m_hintLabel->setObjectName(QStringLiteral("roleHintLabel"));
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setForegroundRole(QPalette::PlaceholderText);

    m_historyView->setObjectName(QStringLiteral("roleHistoryView"));
    m_historyView->setAccessibleName(tr("Role history: who held which role when"));
    IncidentLook::setUpPanelTable(m_historyView);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setModel(m_historyModel);
    m_historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyView->horizontalHeader()->setStretchLastSection(true);

    buildLayout();

    connect(m_roleCombo, &QComboBox::currentTextChanged, this, &RolesPanel::updateControls);
    connect(m_roleCombo->lineEdit(), &QLineEdit::returnPressed, this,
        [this] { m_personEdit->setFocus(Qt::TabFocusReason); });
    connect(m_personEdit, &QLineEdit::textChanged, this, &RolesPanel::updateControls);
    connect(m_personEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_assignButton->isEnabled())
            assign();
    });
    connect(m_assignButton, &QPushButton::clicked, this, &RolesPanel::assign);
    connect(m_releaseButton, &QPushButton::clicked, this, &RolesPanel::release);
    connect(m_rolesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &RolesPanel::onCurrentRowChanged);
    // A hand-over or a release changes what the buttons do for the role picked.
    connect(m_rolesModel, &QAbstractItemModel::dataChanged, this, &RolesPanel::updateControls);
    connect(m_rolesModel, &QAbstractItemModel::rowsInserted, this, &RolesPanel::updateControls);
    connect(m_rolesModel, &QAbstractItemModel::rowsRemoved, this, &RolesPanel::updateControls);
    connect(m_rolesModel, &QAbstractItemModel::modelReset, this, &RolesPanel::updateControls);
    connect(m_historyModel, &QAbstractItemModel::rowsInserted, this, [this] {
        refreshRoleChoices();
        m_historyView->scrollToBottom();
    });
    updateControls();
}

RolesPanel::~RolesPanel() = default;

void RolesPanel::buildLayout()
{
    auto *rolesLabel = new QLabel(tr("Current roles"), this);
    QFont heading = rolesLabel->font();
    heading.setBold(true);
    rolesLabel->setFont(heading);
    rolesLabel->setBuddy(m_rolesView);

    auto *assignRow = new QHBoxLayout;
    auto *roleLabel = new QLabel(tr("&Role:", "incident role"), this);
    roleLabel->setBuddy(m_roleCombo);
    auto *personLabel = new QLabel(tr("&Person:", "who takes the role"), this);
    personLabel->setBuddy(m_personEdit);
    assignRow->addWidget(roleLabel);
    assignRow->addWidget(m_roleCombo, 2);
    assignRow->addWidget(personLabel);
    assignRow->addWidget(m_personEdit, 3);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_hintLabel, 1);
    buttonRow->addWidget(m_assignButton);
    buttonRow->addWidget(m_releaseButton);

    auto *historyLabel = new QLabel(tr("History", "who held which role when"), this);
    historyLabel->setFont(heading);
    historyLabel->setBuddy(m_historyView);

    // The current roles are few (a handful of rows); the history gets the rest of the height.
    const int rowHeight = m_rolesView->verticalHeader()->defaultSectionSize();
    m_rolesView->setMinimumHeight(rowHeight * 4);
    m_rolesView->setMaximumHeight(rowHeight * 6);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(rolesLabel);
    layout->addWidget(m_rolesView, 1);
    layout->addLayout(assignRow);
    layout->addLayout(buttonRow);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(historyLabel);
    layout->addWidget(m_historyView, 2);
}

void RolesPanel::setIncident(const QString &incidentId)
{
    // The same incident again (rebuilt, or replayed at another moment): keep the name being typed.
    if (incidentId != m_incidentId)
        m_personEdit->clear();
    m_incidentId = incidentId;
    m_rolesModel->setIncident(incidentId);
    m_historyModel->setIncident(incidentId);
    m_people->setIncident(incidentId);
    refreshRoleChoices();
    m_historyView->scrollToBottom();
    updateControls();
}

void RolesPanel::startAssigning(const QString &role)
{
    m_roleCombo->setCurrentText(role);
    m_personEdit->setFocus(Qt::OtherFocusReason);
    m_personEdit->selectAll();
    updateControls();
}

void RolesPanel::refreshRoleChoices()
{
    // The standard roles, then the free-form ones already used in this incident, so they are one pick away.
    QStringList roles = Names::standardRoles();
    const QString typed = m_roleCombo->currentText();
    for (int row = 0; row < m_historyModel->rowCount(); ++row) {
        const QString role = m_historyModel->index(row, 0).data(RoleHistoryModel::RoleNameRole).toString();
        if (!roles.contains(role))
            roles << role;
    }
    std::sort(roles.begin() + Names::standardRoles().size(), roles.end());
    QStringList current;
    for (int i = 0; i < m_roleCombo->count(); ++i)
        current << m_roleCombo->itemText(i);
    if (current == roles)
        return;
    const QSignalBlocker blocker(m_roleCombo);
    m_roleCombo->clear();
    for (const QString &role : std::as_const(roles)) {
        m_roleCombo->addItem(role);
        const QString hint = roleHint(role);
        if (!hint.isEmpty())
            m_roleCombo->setItemData(m_roleCombo->count() - 1, hint, Qt::ToolTipRole);
    }
    m_roleCombo->setCurrentText(typed.isEmpty() ? roles.first() : typed);
}

QString RolesPanel::currentRole() const
{
    return m_roleCombo->currentText().trimmed();
}

QString RolesPanel::currentPerson() const
{
    return m_personEdit->text().trimmed();
}

void RolesPanel::updateControls()
{
    const bool shown = m_session && m_session->projection().incident(m_incidentId);
    const QString role = currentRole();
    const QString person = currentPerson();
    const bool validRole = RoleNameValidator::isValid(role);
    const QString holder = validRole ? m_rolesModel->holder(role) : QString();

    m_roleCombo->setEnabled(shown);
    m_personEdit->setEnabled(shown);
    m_assignButton->setText(holder.isEmpty() ? tr("Assign", "button: give a person a role")
                                             : tr("Hand over", "button: give a held role to someone else"));
    m_assignButton->setAccessibleName(
        holder.isEmpty() ? tr("Assign the role") : tr("Hand the role over to the person"));
    m_assignButton->setEnabled(shown && validRole && !person.isEmpty() && person != holder);
    m_releaseButton->setEnabled(shown && !holder.isEmpty());

    QString hint;
    if (!role.isEmpty() && !validRole)
        hint = tr("A role name is lower-case letters, digits, space, - or _, at most %1 characters.")
                   .arg(RoleNameValidator::MaxLength);
    else if (!holder.isEmpty() && person == holder)
        hint = tr("%1 already holds this role.").arg(holder);
    else if (!holder.isEmpty())
        hint = tr("Held by %1: assigning someone else hands it over.").arg(holder);
    else if (validRole)
        hint = roleHint(role);
    m_hintLabel->setText(hint);
}

void RolesPanel::onCurrentRowChanged()
{
    const QModelIndex current = m_rolesView->currentIndex();
    if (!current.isValid())
        return;
    m_roleCombo->setCurrentText(current.data(RolesModel::RoleNameRole).toString());
    updateControls();
}

void RolesPanel::assign()
{
    const QString role = currentRole();
    const QString person = currentPerson();
    if (!m_session || !RoleNameValidator::isValid(role) || person.isEmpty())
        return;
    Error error;
    if (!m_session->submit(m_session->events().assignRole(m_incidentId, role, person), &error)) {
        MessageBox::warning(this, tr("Role not assigned"),
            tr("%1 was not made %2.\n\nReason: %3")
                .arg(person, RolesModel::displayName(role), error.message));
        return;
    }
    m_personEdit->clear();
    const int row = m_rolesModel->rowOf(role);
    if (row >= 0)
        m_rolesView->selectRow(row);
    updateControls();
}

void RolesPanel::release()
{
    const QString role = currentRole();
    const QString holder = m_rolesModel->holder(role);
    if (!m_session || holder.isEmpty())
        return;
    // Without a commander nobody coordinates and the incident turns loud on every board: ask first.
    if (role == QLatin1String("commander")
        && MessageBox::question(this, tr("Release Commander"),
               tr("Release %1 as commander? Until someone takes command, nobody is coordinating the "
                  "response.")
                   .arg(holder),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    Error error;
    if (!m_session->submit(m_session->events().unassignRole(m_incidentId, role, holder), &error)) {
        MessageBox::warning(this, tr("Role not released"),
            tr("%1 still holds the role %2.\n\nReason: %3")
                .arg(holder, RolesModel::displayName(role), error.message));
        return;
    }
    updateControls();
}

} // namespace Warroom
