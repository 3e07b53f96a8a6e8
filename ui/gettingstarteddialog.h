// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace Warroom {

/// Help → Getting Started: a short guide for the three people of an incident (the commander, a responder and
/// the facilitator of the review), with the shortcuts the window really has.
class GettingStartedDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p window holds the actions the guide names (found by objectName for their shortcuts); it is also the
    /// dialog's parent.
    explicit GettingStartedDialog(QWidget *window);

    [[nodiscard]] QTextBrowser *browser() const { return m_browser; }

private:
    [[nodiscard]] QString guideHtml(const QWidget *window) const;

    QTextBrowser *m_browser = nullptr;
};

} // namespace Warroom
