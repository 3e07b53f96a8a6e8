// SPDX-License-Identifier: GPL-3.0-or-later
#include "postmortemtextedit.h"

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QTextBlock>
#include <QToolTip>

namespace Warroom {

namespace {
/// A warm amber that reads on light and dark bases alike; the underline shape carries the meaning too.
QColor findingColor()
{
    return QColor(0xe0, 0x8a, 0x00);
}
} // namespace

PostmortemTextEdit::PostmortemTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
        [this] { updateGeometry(); });
}

QSize PostmortemTextEdit::sizeHint() const
{
    constexpr int minLines = 4;
    constexpr int maxLines = 16;
    // QPlainTextEdit's document size is counted in lines (wrapped lines included).
    const int lines = std::clamp(int(document()->size().height()) + 1, minLines, maxLines);
    const QMargins margins = contentsMargins();
    const int height = lines * fontMetrics().lineSpacing() + int(2 * document()->documentMargin())
        + margins.top() + margins.bottom();
    return {QPlainTextEdit::sizeHint().width(), height};
}

QSize PostmortemTextEdit::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), sizeHint().height()};
}

void PostmortemTextEdit::setFindings(const QList<BlamelessFinding> &findings)
{
    m_findings = findings;
    updateSelections();
}

const BlamelessFinding *PostmortemTextEdit::findingAt(int position) const
{
    for (const BlamelessFinding &f : m_findings) {
        if (position >= f.spanStart() && position <= f.spanEnd())
            return &f;
    }
    return nullptr;
}

void PostmortemTextEdit::showFinding(const BlamelessFinding &finding)
{
    QTextCursor cursor(document());
    cursor.setPosition(finding.position);
    cursor.setPosition(finding.position + finding.length, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
    setFocus(Qt::OtherFocusReason);
}

QString PostmortemTextEdit::findingToolTip(const BlamelessFinding &finding)
{
    return tr("<p><b>“%1” next to %2.</b> %3</p><p><i>%4</i></p>")
        .arg(finding.phrase.toHtmlEscaped(), finding.person.toHtmlEscaped(),
            finding.suggestion.toHtmlEscaped(), finding.explanation.toHtmlEscaped());
}

void PostmortemTextEdit::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QColor colour = findingColor();
    QColor tint = colour;
    tint.setAlpha(50);
    for (const BlamelessFinding &f : std::as_const(m_findings)) {
        // The phrase gets the wavy line; the name a light tint, so the pair reads as one remark.
        QTextEdit::ExtraSelection phrase;
        phrase.cursor = QTextCursor(document());
        phrase.cursor.setPosition(f.position);
        phrase.cursor.setPosition(f.position + f.length, QTextCursor::KeepAnchor);
        phrase.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        phrase.format.setUnderlineColor(colour);
        phrase.format.setBackground(tint);
        phrase.format.setToolTip(findingToolTip(f));
        selections.append(phrase);

        QTextEdit::ExtraSelection person;
        person.cursor = QTextCursor(document());
        person.cursor.setPosition(f.personPosition);
        person.cursor.setPosition(f.personPosition + f.personLength, QTextCursor::KeepAnchor);
        person.format.setBackground(tint);
        selections.append(person);
    }
    setExtraSelections(selections);
}

bool PostmortemTextEdit::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const BlamelessFinding *finding = findingAt(cursorForPosition(help->pos()).position());
        if (finding) {
            QToolTip::showText(help->globalPos(), findingToolTip(*finding), viewport());
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void PostmortemTextEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateSelections();
}

} // namespace Warroom
