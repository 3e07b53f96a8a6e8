// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardwidget.h"

#include "boardfiltermodel.h"
#include "boardmodel.h"
#include "presentation.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedLayout>
#include <QVBoxLayout>

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
    fit(BoardModel::CommanderColumn,
        {BoardModel::unacknowledgedText(), BoardModel::overdueText(99), QStringLiteral("MMMMMMMMMMMM")},
        decorated);
    fit(BoardModel::ElapsedColumn, {Presentation::formatElapsed((23 * 3600 + 59 * 60 + 59) * 1000LL)},
        padding);
}

BoardWidget::BoardWidget(BoardModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new BoardFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_showResolved(new QCheckBox(tr("Show &resolved"), this))
    , m_view(new BoardView(this))
    , m_emptyPage(new QWidget(this))
    , m_emptyLabel(new QLabel(m_emptyPage))
    , m_demoButton(new QPushButton(tr("Show Me a &Demo Incident"), m_emptyPage))
    , m_stack(new QStackedLayout)
{
    setObjectName(QStringLiteral("boardWidget"));
    m_filter->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("boardSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search incidents"));
    m_search->setAccessibleName(tr("Search incidents"));
    m_search->setClearButtonEnabled(true);
    m_showResolved->setObjectName(QStringLiteral("showResolvedCheckBox"));
    m_showResolved->setToolTip(tr("Resolved incidents stay on the board, below the open ones"));
    auto *filterBar = new QHBoxLayout;
    filterBar->setContentsMargins(0, 0, 0, 0);
    filterBar->addWidget(m_search, 1);
    filterBar->addWidget(m_showResolved);

    m_emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont font = m_emptyLabel->font();
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() * 1.3);
        m_emptyLabel->setFont(font);
    }
    m_demoButton->setObjectName(QStringLiteral("demoButton"));
    m_demoButton->setToolTip(tr("Adds a realistic past outage to this board, to look around and try things"));
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(m_demoButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    m_view->setModel(m_filter);
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterBar);
    layout->addLayout(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateEmptyState(); // the hint quotes the search, which changes even when the rows do not
    });
    connect(m_showResolved, &QCheckBox::toggled, m_filter, &BoardFilterModel::setShowResolved);
    connect(m_demoButton, &QPushButton::clicked, this, &BoardWidget::demoRequested);
    connect(m_view, &BoardView::incidentActivated, this, &BoardWidget::incidentActivated);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            const QString id = current.data(BoardModel::IncidentIdRole).toString();
            if (id != m_current) {
                m_current = id;
                Q_EMIT currentIncidentChanged(id);
            }
        });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_filter, signal, this, &BoardWidget::updateEmptyState);
        connect(m_model, signal, this, &BoardWidget::updateEmptyState);
    }
    connect(m_filter, &QAbstractItemModel::modelReset, this, &BoardWidget::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &BoardWidget::updateEmptyState);
    updateEmptyState();
}

bool BoardWidget::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyPage;
}

void BoardWidget::selectIncident(const QString &incidentId)
{
    const int row = m_model->rowOf(incidentId);
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, BoardModel::TitleColumn));
    if (!index.isValid()) {
        m_search->clear();
        m_showResolved->setChecked(true);
        index = m_filter->mapFromSource(m_model->index(row, BoardModel::TitleColumn));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

QString BoardWidget::currentIncident() const
{
    return m_current;
}

void BoardWidget::updateEmptyState()
{
    const bool empty = m_filter->rowCount() == 0;
    if (empty) {
        const int total = m_model->rowCount();
        const int resolved = m_filter->hiddenResolvedCount();
        if (total == 0)
            m_emptyLabel->setText(
                tr("No open incidents. Declare one with %1.")
                    .arg(Presentation::declareIncidentShortcut().toString(QKeySequence::NativeText)));
        else if (!m_filter->searchText().isEmpty())
            m_emptyLabel->setText(tr("No incident matches \"%1\".").arg(m_filter->searchText()));
        else
            m_emptyLabel->setText(
                tr("No open incidents. %n resolved incident(s) under \"Show resolved\".", nullptr, resolved));
        // The demo is for a first look: once real incidents exist it would only clutter their log.
        m_demoButton->setVisible(total == 0);
    }
    m_stack->setCurrentWidget(empty ? m_emptyPage : static_cast<QWidget *>(m_view));
}

} // namespace Warroom
