// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardwidget.h"

#include "boardmodel.h"
#include "presentation.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedLayout>

namespace Warroom {

BoardView::BoardView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("boardView"));
    setAccessibleName(tr("Incident board"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setSortingEnabled(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setShowGrid(false);
    setIconSize(QSize(12, 12));
    verticalHeader()->hide();
    // Room to breathe: a board is read from across the room, not scanned like a spreadsheet.
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 2);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);

    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(BoardModel::IncidentIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT incidentActivated(id);
    });
}

void BoardView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    QHeaderView *header = horizontalHeader();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 4);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(BoardModel::TitleColumn, QHeaderView::Stretch);
    // Fixed widths instead of ResizeToContents: content-sized columns would jitter every second as the
    // Elapsed column ticks, and measuring every row does not scale to a long board. The widths fit the
    // longest words each column can show in the current language, in bold (loud rows), with the icon where
    // there is one.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int padding = metrics.horizontalAdvance(QLatin1Char('M')) * 2;
    const int decorated = padding + iconSize().width() + 4;
    const auto fit = [&](int column, const QStringList &texts, int extra) {
        int width = header->sectionSizeHint(column);
        for (const QString &text : texts)
            width = qMax(width, metrics.horizontalAdvance(text) + extra);
        header->resizeSection(column, width);
    };
    fit(BoardModel::SeverityColumn, {Presentation::severityText(Severity::Sev1)}, decorated);
    QStringList statuses;
    for (const Status status :
        {Status::Investigating, Status::Identified, Status::Mitigated, Status::Resolved})
        statuses << Presentation::statusText(status);
    fit(BoardModel::StatusColumn, statuses, padding);
    fit(BoardModel::CommanderColumn, {BoardModel::unacknowledgedText(), QStringLiteral("MMMMMMMMMMMM")},
        decorated);
    fit(BoardModel::ElapsedColumn, {Presentation::formatElapsed((23 * 3600 + 59 * 60 + 59) * 1000LL)},
        padding);
}

BoardWidget::BoardWidget(BoardModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new BoardView(this))
    , m_emptyLabel(new QLabel(this))
    , m_stack(new QStackedLayout(this))
{
    setObjectName(QStringLiteral("boardWidget"));

    m_emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyLabel->setText(
        tr("No open incidents. Declare one with %1.")
            .arg(Presentation::declareIncidentShortcut().toString(QKeySequence::NativeText)));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont font = m_emptyLabel->font();
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() * 1.3);
        m_emptyLabel->setFont(font);
    }

    m_view->setModel(m_model);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_view);

    connect(m_view, &BoardView::incidentActivated, this, &BoardWidget::incidentActivated);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BoardWidget::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BoardWidget::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BoardWidget::updateEmptyState);
    updateEmptyState();
}

bool BoardWidget::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyLabel;
}

void BoardWidget::selectIncident(const QString &incidentId)
{
    const int row = m_model->rowOf(incidentId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, BoardModel::TitleColumn);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void BoardWidget::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyLabel) : m_view);
}

} // namespace Warroom
