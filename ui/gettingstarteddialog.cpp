// SPDX-License-Identifier: GPL-3.0-or-later
#include "gettingstarteddialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Warroom {

GettingStartedDialog::GettingStartedDialog(QWidget *window)
    : QDialog(window)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("gettingStartedDialog"));
    setWindowTitle(tr("Getting Started"));

    m_browser->setObjectName(QStringLiteral("guideTextBrowser"));
    m_browser->setAccessibleName(tr("Getting started guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setHtml(guideHtml(window));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(640, 600);
}

QString GettingStartedDialog::guideHtml(const QWidget *window) const
{
    // The shortcut of the window's action called @p name, as the person's keyboard names it.
    const auto key = [window](const char *name) {
        const auto *action = window ? window->findChild<QAction *>(QString::fromLatin1(name)) : nullptr;
        const QString text = action ? action->shortcut().toString(QKeySequence::NativeText) : QString();
        return text.isEmpty() ? QStringLiteral("—") : QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped());
    };

    QString html;
    html += tr("<h2>Getting started with Warroom</h2>"
               "<p>Warroom keeps one log of everything written about an incident, with who wrote it and "
               "when. Nothing is ever deleted: a mistake is put right by a new entry.</p>");

    html += tr("<h3>The incident commander</h3>"
               "<ul>"
               "<li>Declare the incident: %1, or File → Declare Incident. Give it a title people will "
               "recognise and a severity; it appears on the board at once.</li>"
               "<li>Take the commander role in the roles panel, then hand out the others: the scribe keeps "
               "the timeline, communications keeps stakeholders informed, operations has hands on the "
               "systems.</li>"
               "<li>Keep the status true: %2 (Incident → Change Status). Post updates to your chat channels "
               "from the chat panel; it reminds you when the next one is due.</li>"
               "<li>The board lists every open incident, the most severe first; search it with %3.</li>"
               "</ul>",
        "Getting Started: %1 to %3 are keyboard shortcuts")
                .arg(key("declareAction"), key("changeStatusAction"), key("searchBoardAction"));

    html += tr("<h3>A responder</h3>"
               "<ul>"
               "<li>Write what you see and what you do while it happens: %1 takes you to the note entry. "
               "Short notes are best; the time is recorded for you.</li>"
               "<li>Pin what everyone must see (%2), and tick the steps of the incident's runbooks as you "
               "do them (Incident → Attach Runbook to add one).</li>"
               "<li>Wrong note? %3 undoes your last change with a new entry.</li>"
               "</ul>",
        "Getting Started: %1 to %3 are keyboard shortcuts")
                .arg(key("focusEntryAction"), key("pinAction"), key("undoAction"));

    html += tr("<h3>The facilitator of the review</h3>"
               "<ul>"
               "<li>Once the incident is resolved, replay it (%1): the window shows it as it was at any "
               "moment, read-only.</li>"
               "<li>Write the postmortem (%2): Warroom drafts it from the log (timeline, key moments, "
               "durations) and points out wording that blames people rather than systems.</li>"
               "<li>Export the incident to archive or share it: Incident → Export Incident.</li>"
               "</ul>",
        "Getting Started: %1 and %2 are keyboard shortcuts")
                .arg(key("replayAction"), key("postmortemAction"));

    html += tr("<h3>Working as a team</h3>"
               "<p>Without a server, the log is a file on this computer. File → Connect to Server shares one "
               "war room with your team through a warroomd server; Warroom keeps working offline and sends "
               "what you wrote when the server is back.</p>"
               "<p>Every shortcut: %1 (Help → Keyboard Shortcuts).</p>",
        "Getting Started: %1 is a keyboard shortcut")
                .arg(key("shortcutsAction"));
    return html;
}

} // namespace Warroom
