// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuscombobox.h"

#include "presentation.h"

#include <QSignalBlocker>
#include <QStandardItemModel>

namespace Warroom {

namespace {
constexpr Status Lifecycle[]
    = {Status::Investigating, Status::Identified, Status::Mitigated, Status::Resolved};

QString statusHint(Status status)
{
    switch (status) {
    case Status::Investigating:
        return StatusComboBox::tr("Looking for the cause");
    case Status::Identified:
        return StatusComboBox::tr("The cause is known; working on a fix");
    case Status::Mitigated:
        return StatusComboBox::tr("The impact is reduced or gone; the fix is not final yet");
    case Status::Resolved:
        return StatusComboBox::tr("Over: the clock stops and the time to resolve is recorded");
    }
    return {};
}
} // namespace

StatusComboBox::StatusComboBox(QWidget *parent)
    : QComboBox(parent)
{
    for (const Status status : Lifecycle) {
        addItem(Presentation::statusText(status), int(status));
        setItemData(count() - 1, statusHint(status), Qt::ToolTipRole);
    }
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::activated, this, &StatusComboBox::onActivated);
    setStatus(Status::Investigating);
}

void StatusComboBox::setStatus(Status status)
{
    m_status = status;
    const bool resolved = status == Status::Resolved;
    auto *items = qobject_cast<QStandardItemModel *>(model());
    for (int row = 0; row < count(); ++row) {
        const auto itemStatus = static_cast<Status>(itemData(row).toInt());
        // Once resolved, the only way on is a reopen, which goes back to investigating.
        if (items)
            items->item(row)->setEnabled(
                !resolved || itemStatus == Status::Investigating || itemStatus == Status::Resolved);
        if (itemStatus == Status::Investigating)
            setItemText(row,
                resolved ? tr("Reopen — investigating", "reopen a resolved incident")
                         : Presentation::statusText(Status::Investigating));
    }
    const QSignalBlocker blocker(this);
    setCurrentIndex(findData(int(status)));
    setToolTip(tr("Status: %1 (%2)", "status name, then what it means")
                   .arg(Presentation::statusText(status), statusHint(status)));
}

void StatusComboBox::onActivated(int index)
{
    const auto picked = static_cast<Status>(itemData(index).toInt());
    if (picked != m_status)
        Q_EMIT statusRequested(picked);
}

} // namespace Warroom
