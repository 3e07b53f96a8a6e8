// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionsmodel.h"

#include "clock.h"
#include "incidentlook.h"
#include "session.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QJsonValue>
#include <QLocale>
#include <QStyle>

namespace Warroom {

namespace {
constexpr std::chrono::milliseconds DefaultTick {60 * 1000};

bool sameAction(const FollowUpAction &a, const FollowUpAction &b)
{
    return a.id == b.id && a.text == b.text && a.owner == b.owner && a.due == b.due && a.done == b.done;
}
} // namespace

ActionsModel::ActionsModel(Session *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    if (m_session) {
        connect(m_session, &Session::incidentChanged, this, &ActionsModel::onIncidentChanged);
        connect(m_session, &Session::incidentAdded, this, &ActionsModel::onIncidentChanged);
    }
    connect(&m_ticker, &QTimer::timeout, this, &ActionsModel::refreshOverdue);
    setTickInterval(DefaultTick);
}

ActionsModel::~ActionsModel() = default;

void ActionsModel::setIncident(const QString &incidentId)
{
    beginResetModel();
    m_incidentId = incidentId;
    m_rows = currentRows();
    m_overdue.clear();
    for (const FollowUpAction &action : std::as_const(m_rows))
        m_overdue.append(isOverdue(action));
    endResetModel();
}

int ActionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ActionsModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() == DoneColumn)
        flags |= Qt::ItemIsUserCheckable;
    else
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ActionsModel::isOverdue(const FollowUpAction &action) const
{
    return !action.done && action.due.isValid() && action.due < Clock::now();
}

QDateTime ActionsModel::endOfLocalDay(const QDate &date)
{
    return QDateTime(date, QTime(23, 59), Qt::LocalTime).toUTC();
}

QString ActionsModel::dueText(const FollowUpAction &action) const
{
    if (!action.due.isValid())
        return {};
    // Follow-ups are due on a day: the column shows the date (the tooltip has the time), which keeps it
    // narrow enough for the text to breathe in a side panel.
    const QString date = QLocale().toString(action.due.toLocalTime().date(), QLocale::ShortFormat);
    if (isOverdue(action))
        return tr("%1\noverdue", "due date of an open follow-up that has passed; keep the line break")
            .arg(date);
    return date;
}

QVariant ActionsModel::displayData(const FollowUpAction &action, int column) const
{
    switch (column) {
    case TextColumn:
        return action.text;
    case OwnerColumn:
        return action.owner;
    case DueColumn:
        return dueText(action);
    default:
        return {};
    }
}

QVariant ActionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowUpAction &action = m_rows.at(index.row());
    const int column = index.column();
    const bool overdue = isOverdue(action);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(action, column);
    case Qt::EditRole:
        switch (column) {
        case TextColumn:
            return action.text;
        case OwnerColumn:
            return action.owner;
        case DueColumn:
            // Local time, so that the default editor (a QDateTimeEdit) shows the person's clock.
            return action.due.isValid()
                ? action.due.toLocalTime()
                : ActionsModel::endOfLocalDay(Clock::now().toLocalTime().date()).toLocalTime();
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (column == DoneColumn)
            return action.done ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case DoneColumn:
            return action.done ? tr("Done. Untick to reopen the follow-up.") : tr("Open. Tick when done.");
        case TextColumn:
            return tr("%1\nAdded by %2, %3", "follow-up text, then who added it and when")
                .arg(action.text, action.createdBy, IncidentLook::formatMomentLong(action.createdAt));
        case OwnerColumn:
            return action.owner.isEmpty() ? tr("Nobody owns this follow-up yet.") : action.owner;
        case DueColumn:
            if (!action.due.isValid())
                return tr("No due date");
            return overdue ? tr("Overdue: was due %1").arg(IncidentLook::formatMomentLong(action.due))
                           : tr("Due %1").arg(IncidentLook::formatMomentLong(action.due));
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        switch (column) {
        case DoneColumn:
            return action.done ? tr("Done") : tr("Open", "follow-up not done yet");
        case OwnerColumn:
            return action.owner.isEmpty() ? tr("No owner") : action.owner;
        case DueColumn:
            return action.due.isValid() ? dueText(action) : tr("No due date");
        default:
            return displayData(action, column);
        }
    case Qt::ForegroundRole:
        if (action.done && column != DoneColumn)
            return IncidentLook::mutedColor(QApplication::palette());
        if (overdue && column == DueColumn)
            return IncidentLook::warningColor(QApplication::palette(), QPalette::Text);
        return {};
    case Qt::FontRole:
        if (action.done && column == TextColumn) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        if (overdue && column == DueColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (overdue && column == DueColumn)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case ActionIdRole:
        return action.id;
    case DoneRole:
        return action.done;
    case DueRole:
        return action.due;
    case OverdueRole:
        return overdue;
    case OwnerRole:
        return action.owner;
    default:
        return {};
    }
}

bool ActionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const FollowUpAction action = m_rows.at(index.row());
    const int column = index.column();

    if (column == DoneColumn && role == Qt::CheckStateRole) {
        const bool done = value.toInt() == Qt::Checked;
        if (done == action.done)
            return true;
        return submitChange(action, ActionChanges().setDone(done));
    }
    if (role != Qt::EditRole)
        return false;

    switch (column) {
    case TextColumn: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            Q_EMIT submitFailed(tr("A follow-up needs some text. To drop it, tick it done instead."));
            return false;
        }
        return text == action.text || submitChange(action, ActionChanges().setText(text));
    }
    case OwnerColumn: {
        const QString owner = value.toString().trimmed();
        return owner == action.owner || submitChange(action, ActionChanges().setOwner(owner));
    }
    case DueColumn: {
        QDateTime due;
        if (value.typeId() == QMetaType::QDate)
            due = value.toDate().isValid() ? endOfLocalDay(value.toDate()) : QDateTime();
        else
            due = value.toDateTime();
        if (due.isValid()) {
            due = due.toUTC();
            return due == action.due || submitChange(action, ActionChanges().setDue(due));
        }
        if (!action.due.isValid())
            return true;
        // Validation counts a null field as absent, so a change of only {due: null} would be "no change";
        // restating the unchanged text makes it a valid update that clears the due date.
        return submitChange(action, ActionChanges().setDue(QDateTime()).setText(action.text));
    }
    default:
        return false;
    }
}

bool ActionsModel::submitChange(const FollowUpAction &action, const ActionChanges &changes)
{
    if (!m_session)
        return false;
    Error error;
    // The Session folds the event before returning, so the row is already updated (through sync) here.
    if (!m_session->submit(m_session->events().updateAction(m_incidentId, action.id, changes), &error)) {
        Q_EMIT submitFailed(error.message);
        return false;
    }
    return true;
}

QVariant ActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case DoneColumn:
            return tr("Done", "column: follow-up done");
        case TextColumn:
            return tr("Follow-up", "column: what needs doing");
        case OwnerColumn:
            return tr("Owner", "column: who does it");
        case DueColumn:
            return tr("Due", "column: due date");
        default:
            break;
        }
    }
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == DoneColumn)
        return tr("Tick a follow-up when it is done");
    return QAbstractTableModel::headerData(section, orientation, role);
}

int ActionsModel::openCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const FollowUpAction &a) { return !a.done; }));
}

int ActionsModel::overdueCount() const
{
    return int(std::count_if(
        m_rows.cbegin(), m_rows.cend(), [this](const FollowUpAction &a) { return isOverdue(a); }));
}

void ActionsModel::setTickInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_ticker.stop();
        return;
    }
    m_ticker.setInterval(interval);
    m_ticker.start();
}

void ActionsModel::refreshOverdue()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const bool overdue = isOverdue(m_rows.at(row));
        if (overdue != m_overdue.at(row)) {
            m_overdue[row] = overdue;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void ActionsModel::onIncidentChanged(const QString &incidentId)
{
    if (incidentId == m_incidentId)
        sync();
}

QList<FollowUpAction> ActionsModel::currentRows() const
{
    const IncidentState *state = m_session ? m_session->projection().incident(m_incidentId) : nullptr;
    return state ? state->actions() : QList<FollowUpAction>();
}

void ActionsModel::sync()
{
    // Actions are only ever added (at the end) and changed in place.
    const QList<FollowUpAction> next = currentRows();
    const int common = int(qMin(m_rows.size(), next.size()));
    for (int row = 0; row < common; ++row) {
        if (!sameAction(m_rows.at(row), next.at(row))) {
            m_rows[row] = next.at(row);
            m_overdue[row] = isOverdue(next.at(row));
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (next.size() > m_rows.size()) {
        beginInsertRows({}, int(m_rows.size()), int(next.size()) - 1);
        for (int row = int(m_rows.size()); row < next.size(); ++row) {
            m_rows.append(next.at(row));
            m_overdue.append(isOverdue(next.at(row)));
        }
        endInsertRows();
    } else if (next.size() < m_rows.size()) {
        beginRemoveRows({}, int(next.size()), int(m_rows.size()) - 1);
        m_rows.resize(next.size());
        m_overdue.resize(next.size());
        endRemoveRows();
    }
}

} // namespace Warroom
