// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardmodel.h"

#include "clock.h"
#include "logging.h"
#include "presentation.h"
#include "session.h"
#include "unacknowledged.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QPalette>
#include <QStyle>

namespace Warroom {

namespace {
constexpr std::chrono::milliseconds DefaultTick {1000};

QString formatLocalTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

// Resolved incidents step back, but stay readable: the text colour 60 % of the way over the background
// (the palette's disabled text is too faint to read), taken from the system palette so dark themes work.
QBrush resolvedForeground()
{
    const QPalette palette = QApplication::palette();
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    constexpr qreal Weight = 0.6;
    return QColor::fromRgbF(float(text.redF() * Weight + base.redF() * (1 - Weight)),
        float(text.greenF() * Weight + base.greenF() * (1 - Weight)),
        float(text.blueF() * Weight + base.blueF() * (1 - Weight)));
}
} // namespace

BoardModel::BoardModel(Session *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    if (m_session) {
        // The initial load happens before any view is attached; from here on the model only ever changes row
        // by row.
        m_rows = m_session->projection().board();
        connect(m_session, &Session::incidentAdded, this, &BoardModel::onIncidentAdded);
        connect(m_session, &Session::incidentChanged, this, &BoardModel::onIncidentChanged);
        connect(m_session, &Session::incidentReset, this, &BoardModel::onIncidentChanged);
        connect(m_session, &Session::replayChanged, this, &BoardModel::resync);
        connect(m_session, &Session::replayTimeChanged, this, &BoardModel::resync);
    }
    connect(&m_ticker, &QTimer::timeout, this, &BoardModel::refreshElapsed);
    setTickInterval(DefaultTick);
    m_unacknowledgedMinutes = Unacknowledged::thresholdMinutes();
}

BoardModel::~BoardModel() = default;

int BoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags BoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> BoardModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IncidentIdRole, "incidentId");
    names.insert(SeverityRole, "severity");
    names.insert(StatusRole, "status");
    names.insert(CommanderRole, "commander");
    names.insert(AcknowledgedRole, "acknowledged");
    names.insert(OpenRole, "open");
    names.insert(NeedsAttentionRole, "needsAttention");
    names.insert(DeclaredAtRole, "declaredAt");
    names.insert(ElapsedMSecsRole, "elapsedMSecs");
    names.insert(UnacknowledgedMSecsRole, "unacknowledgedMSecs");
    names.insert(OverdueRole, "overdue");
    return names;
}

QVariant BoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const IncidentSummary &summary = m_rows.at(index.row());
    const int column = index.column();
    const bool loud = summary.isOpen() && !summary.isAcknowledged();

    switch (role) {
    case Qt::DisplayRole:
        return displayData(summary, column);
    case Qt::ToolTipRole:
        return toolTipData(summary, column);
    case Qt::AccessibleTextRole:
        return accessibleData(summary, column);
    case Qt::DecorationRole:
        if (column == SeverityColumn)
            return severityPixmap(summary.severity);
        if (column == CommanderColumn && loud)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::FontRole:
        if (loud) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (!summary.isOpen())
            return resolvedForeground();
        return {};
    case Qt::BackgroundRole:
        if (isOverdue(summary))
            return overdueBackground();
        return {};
    case Qt::TextAlignmentRole:
        if (column == ElapsedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
    case IncidentIdRole:
        return summary.id;
    case SeverityRole:
        return int(summary.severity);
    case StatusRole:
        return int(summary.status);
    case CommanderRole:
        return summary.commander;
    case AcknowledgedRole:
        return summary.isAcknowledged();
    case OpenRole:
        return summary.isOpen();
    case NeedsAttentionRole:
        return loud;
    case DeclaredAtRole:
        return summary.declaredAt;
    case ElapsedMSecsRole:
        return elapsedMSecs(summary);
    case UnacknowledgedMSecsRole:
        return Unacknowledged::waitingMSecs(summary, now());
    case OverdueRole:
        return isOverdue(summary);
    default:
        return {};
    }
}

QVariant BoardModel::displayData(const IncidentSummary &summary, int column) const
{
    switch (column) {
    case SeverityColumn:
        return Presentation::severityText(summary.severity);
    case TitleColumn:
        return summary.title;
    case StatusColumn:
        return Presentation::statusText(summary.status);
    case CommanderColumn:
        if (summary.isAcknowledged())
            return summary.commander;
        if (isOverdue(summary))
            return overdueText(int(Unacknowledged::waitingMSecs(summary, now()) / 60000));
        return summary.isOpen() ? tr("Unacknowledged", "incident with no commander")
                                : tr("None", "no commander");
    case ElapsedColumn:
        return Presentation::formatElapsed(elapsedMSecs(summary));
    default:
        return {};
    }
}

QVariant BoardModel::toolTipData(const IncidentSummary &summary, int column) const
{
    switch (column) {
    case SeverityColumn:
        return QStringLiteral("%1\n%2").arg(Presentation::severityAccessibleText(summary.severity),
            Presentation::severityDescription(summary.severity));
    case TitleColumn:
        return summary.title;
    case StatusColumn:
        return Presentation::statusText(summary.status);
    case CommanderColumn:
        if (summary.isAcknowledged())
            return tr("%1 is the incident commander.").arg(summary.commander);
        if (isOverdue(summary))
            return tr("Nobody has taken command of this incident for %n minutes. Take command, or assign a "
                      "commander now.",
                "", int(Unacknowledged::waitingMSecs(summary, now()) / 60000));
        if (summary.isOpen())
            return tr(
                "Nobody has taken command of this incident yet. Until a commander is assigned, nobody is "
                "sure to be coordinating the response.");
        return tr("No commander was assigned.");
    case ElapsedColumn:
        if (!summary.isOpen() && summary.resolvedAt.isValid())
            return tr("Declared %1, resolved %2")
                .arg(formatLocalTime(summary.declaredAt), formatLocalTime(summary.resolvedAt));
        return tr("Declared %1").arg(formatLocalTime(summary.declaredAt));
    default:
        return {};
    }
}

QVariant BoardModel::accessibleData(const IncidentSummary &summary, int column) const
{
    switch (column) {
    case SeverityColumn:
        return Presentation::severityAccessibleText(summary.severity);
    case CommanderColumn:
        if (isOverdue(summary))
            return tr("Overdue: no incident commander for %n minutes", "",
                int(Unacknowledged::waitingMSecs(summary, now()) / 60000));
        if (!summary.isAcknowledged() && summary.isOpen())
            return tr("Unacknowledged: no incident commander yet");
        return displayData(summary, column);
    case ElapsedColumn: {
        const QString elapsed = Presentation::formatElapsed(elapsedMSecs(summary));
        return summary.isOpen() ? tr("Open for %1").arg(elapsed) : tr("Resolved after %1").arg(elapsed);
    }
    default:
        return displayData(summary, column);
    }
}

QVariant BoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SeverityColumn:
            return tr("Severity", "how bad the incident is");
        case TitleColumn:
            return tr("Title", "incident title");
        case StatusColumn:
            return tr("Status", "incident status");
        case CommanderColumn:
            return tr("Commander", "incident commander");
        case ElapsedColumn:
            return tr("Elapsed", "time since the incident was declared");
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && section == ElapsedColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString BoardModel::unacknowledgedText()
{
    return tr("Unacknowledged", "incident with no commander");
}

QString BoardModel::overdueText(int minutes)
{
    return tr("No commander for %n min", "open incident past the unacknowledged threshold", minutes);
}

int BoardModel::rowOf(const QString &incidentId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == incidentId)
            return row;
    }
    return -1;
}

void BoardModel::setTickInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_ticker.stop();
        return;
    }
    m_ticker.setInterval(interval);
    m_ticker.start();
}

std::chrono::milliseconds BoardModel::tickInterval() const
{
    return m_ticker.isActive() ? m_ticker.intervalAsDuration() : std::chrono::milliseconds(0);
}

void BoardModel::setUnacknowledgedMinutes(int minutes)
{
    minutes = qBound(1, minutes, Unacknowledged::MaxMinutes);
    if (minutes == m_unacknowledgedMinutes)
        return;
    m_unacknowledgedMinutes = minutes;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QDateTime BoardModel::now() const
{
    return m_session ? m_session->viewTime() : Clock::now();
}

bool BoardModel::isOverdue(const IncidentSummary &summary) const
{
    return Unacknowledged::periods(summary, m_unacknowledgedMinutes, now()) > 0;
}

QVariant BoardModel::overdueBackground() const
{
    // The alarm colour of the severity palette over the view's base, strong and faint by turns: it reads on
    // light and dark themes alike, and the text keeps its own colour.
    const QColor alarm = Presentation::severityColor(Severity::Sev1);
    const QColor base = QApplication::palette().color(QPalette::Active, QPalette::Base);
    const bool strong = (now().toMSecsSinceEpoch() / 1000) % 2 == 0;
    const float weight = strong ? 0.42F : 0.2F;
    return QBrush(QColor::fromRgbF(float(alarm.redF()) * weight + float(base.redF()) * (1 - weight),
        float(alarm.greenF()) * weight + float(base.greenF()) * (1 - weight),
        float(alarm.blueF()) * weight + float(base.blueF()) * (1 - weight)));
}

void BoardModel::refreshElapsed()
{
    // Resolved incidents show a fixed duration; only rows of open incidents change with the clock.
    int lastOpen = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).isOpen())
            lastOpen = row;
    }
    if (lastOpen < 0)
        return;
    Q_EMIT dataChanged(index(0, ElapsedColumn), index(lastOpen, ElapsedColumn),
        {Qt::DisplayRole, Qt::AccessibleTextRole, ElapsedMSecsRole});
    // Overdue rows flash and count their minutes without a commander: the whole row changes.
    for (int row = 0; row <= lastOpen; ++row) {
        if (isOverdue(m_rows.at(row)))
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                {Qt::DisplayRole, Qt::BackgroundRole, Qt::ToolTipRole, Qt::AccessibleTextRole,
                    UnacknowledgedMSecsRole, OverdueRole});
    }
}

void BoardModel::onIncidentAdded(const QString &incidentId)
{
    if (!m_session)
        return;
    if (rowOf(incidentId) >= 0) {
        onIncidentChanged(incidentId);
        return;
    }
    const IncidentSummary summary = m_session->projection().summary(incidentId);
    if (summary.id.isEmpty())
        return;
    const int row = sortedPosition(summary, -1);
    beginInsertRows({}, row, row);
    m_rows.insert(row, summary);
    endInsertRows();
}

void BoardModel::onIncidentChanged(const QString &incidentId)
{
    if (!m_session)
        return;
    const int row = rowOf(incidentId);
    if (row < 0) {
        onIncidentAdded(incidentId);
        return;
    }
    const IncidentSummary summary = m_session->projection().summary(incidentId);
    if (summary.id.isEmpty() || summary == m_rows.at(row))
        return;

    const int target = sortedPosition(summary, row);
    if (target == row) {
        m_rows[row] = summary;
        emitRowChanged(row);
        return;
    }
    // beginMoveRows wants the destination in the coordinates before the move.
    const int destinationChild = target > row ? target + 1 : target;
    if (!beginMoveRows({}, row, row, {}, destinationChild)) {
        qCWarning(lcUi) << "board: refused move of row" << row << "to" << destinationChild;
        return;
    }
    m_rows.move(row, target);
    m_rows[target] = summary;
    endMoveRows();
    emitRowChanged(target);
}

void BoardModel::resync()
{
    if (!m_session)
        return;
    const Projection &projection = m_session->projection();
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!projection.incident(m_rows.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    for (const QString &id : projection.incidentIds())
        onIncidentChanged(id);
    refreshElapsed();
}

int BoardModel::sortedPosition(const IncidentSummary &summary, int skipRow) const
{
    // Upper bound over the rows without skipRow: equal keys keep their arrival order.
    const int count = int(m_rows.size()) - (skipRow >= 0 ? 1 : 0);
    const auto at = [&](int i) -> const IncidentSummary & {
        return m_rows.at(skipRow >= 0 && i >= skipRow ? i + 1 : i);
    };
    int low = 0;
    int high = count;
    while (low < high) {
        const int middle = low + (high - low) / 2;
        if (Projection::boardLessThan(summary, at(middle)))
            high = middle;
        else
            low = middle + 1;
    }
    return low;
}

qint64 BoardModel::elapsedMSecs(const IncidentSummary &summary) const
{
    if (!summary.declaredAt.isValid())
        return 0;
    const QDateTime end = !summary.isOpen() && summary.resolvedAt.isValid() ? summary.resolvedAt
        : m_session                                                         ? m_session->viewTime()
                                                                            : Clock::now();
    return qMax<qint64>(0, summary.declaredAt.msecsTo(end));
}

QPixmap BoardModel::severityPixmap(Severity severity) const
{
    const int key = int(severity);
    auto it = m_severityPixmaps.constFind(key);
    if (it == m_severityPixmaps.constEnd())
        it = m_severityPixmaps.insert(key, Presentation::severityPixmap(severity, qApp->devicePixelRatio()));
    return *it;
}

void BoardModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace Warroom
