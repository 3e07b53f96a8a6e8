// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentstate.h"

#include <QComboBox>

namespace Warroom {

/// The incident status as a combo box that knows the lifecycle: investigating → identified → mitigated →
/// resolved, and from resolved only a reopen (back to investigating). It shows the stored status and asks
/// for changes; the receiver confirms, submits, and sets the status that was stored.
class StatusComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit StatusComboBox(QWidget *parent = nullptr);

    /// Shows @p status as the current one (without asking for a change) and enables the next steps.
    void setStatus(Status status);
    [[nodiscard]] Status status() const { return m_status; }

Q_SIGNALS:
    /// A person picked @p status, which differs from the stored one.
    void statusRequested(Warroom::Status status);

private:
    void onActivated(int index);

    Status m_status = Status::Investigating;
};

} // namespace Warroom
