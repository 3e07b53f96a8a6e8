// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blamelesscheck.h"

#include <QPlainTextEdit>

namespace Warroom {

/// A section of the postmortem people write: plain text whose blameless-language findings are underlined in
/// place (extra selections, so the text itself is never changed), with the suggestion and why it helps in
/// the tooltip over them.
class PostmortemTextEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit PostmortemTextEdit(QWidget *parent = nullptr);

    void setFindings(const QList<BlamelessFinding> &findings);
    [[nodiscard]] const QList<BlamelessFinding> &findings() const { return m_findings; }
    /// The finding under character @p position, or nullptr.
    [[nodiscard]] const BlamelessFinding *findingAt(int position) const;
    /// Selects @p finding's words and shows them.
    void showFinding(const BlamelessFinding &finding);

    /// The tooltip text of a finding (rich text): the suggestion, then why.
    [[nodiscard]] static QString findingToolTip(const BlamelessFinding &finding);

    /// As tall as its text, between 4 and 16 lines: the sections grow as people write, one scroll bar for
    /// all.
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateSelections();

    QList<BlamelessFinding> m_findings;
};

} // namespace Warroom
