// SPDX-License-Identifier: GPL-3.0-or-later
#include "postmortemmarkdown.h"

namespace Warroom {

namespace {

using Section = PostmortemDraft::Section;

class Writer
{
public:
    void line(const QString &text = {}) { m_out += text + QLatin1Char('\n'); }
    void heading(int level, const QString &text)
    {
        line(QString(level, QLatin1Char('#')) + QLatin1Char(' ') + PostmortemMarkdown::escape(text));
        line();
    }
    void row(const QStringList &cells)
    {
        QStringList escaped;
        for (const QString &c : cells)
            escaped << PostmortemMarkdown::cell(c);
        line(QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
    }
    void header(const QStringList &cells)
    {
        row(cells);
        line(QStringLiteral("|") + QStringLiteral(" --- |").repeated(cells.size()));
    }
    void empty(const QString &text)
    {
        line(QLatin1Char('_') + text + QLatin1Char('_'));
        line();
    }
    [[nodiscard]] const QString &text() const { return m_out; }

private:
    QString m_out;
};

void written(Writer &w, const PostmortemDraft &draft, Section section)
{
    w.heading(2, PostmortemDraft::sectionName(section));
    const QString body = draft.text(section).trimmed();
    if (body.isEmpty()) {
        w.empty(QStringLiteral("Not written yet."));
        return;
    }
    // The author's own words, in the Markdown they chose.
    w.line(body);
    w.line();
}

} // namespace

QString PostmortemMarkdown::escape(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>|~");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString PostmortemMarkdown::cell(const QString &text)
{
    QString out = escape(text.trimmed());
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return out.isEmpty() ? QStringLiteral(" ") : out;
}

QString PostmortemMarkdown::render(const PostmortemDraft &d)
{
    Writer w;
    w.heading(1, d.text(Section::Title));

    w.header({QStringLiteral("Incident"), d.incidentTitle()});
    w.row({QStringLiteral("Id"), d.incidentId()});
    w.row({QStringLiteral("Severity"), Names::severity(d.severity())});
    w.row({QStringLiteral("Status"), Names::status(d.status())});
    if (!d.services().isEmpty())
        w.row({QStringLiteral("Services"), d.services().join(QStringLiteral(", "))});
    w.row({QStringLiteral("Declared"),
        QStringLiteral("%1 by %2")
            .arg(PostmortemDraft::formatDateTime(d.milestones().declared), d.declaredBy())});
    w.row({QStringLiteral("Commander"),
        d.commanders().isEmpty() ? QStringLiteral("nobody took command")
                                 : d.commanders().join(QStringLiteral(" → "))});
    w.row({QStringLiteral("People"), d.people().join(QStringLiteral(", "))});
    if (!d.incidentSummary().isEmpty())
        w.row({QStringLiteral("Summary at the time"), d.incidentSummary()});
    w.row({QStringLiteral("Draft generated"), PostmortemDraft::formatDateTime(d.generatedAt())});
    w.line();
    w.line(QStringLiteral("*A blameless review: it asks how the system and our ways of working made this "
                          "possible, not who is to blame. Times are UTC.*"));
    w.line();

    written(w, d, Section::Summary);
    written(w, d, Section::Impact);

    w.heading(2, QStringLiteral("Metrics"));
    w.header({QStringLiteral("Metric"), QStringLiteral("Value"), QStringLiteral("Measured"),
        QStringLiteral("Definition")});
    for (const PostmortemMetric &m : d.metrics())
        w.row({m.name, PostmortemDraft::metricValue(m), d.metricSpan(m), m.definition});
    w.line();

    w.heading(2, QStringLiteral("Timeline"));
    if (d.timeline().isEmpty()) {
        w.empty(QStringLiteral("No pinned entries or key moments."));
    } else {
        w.line(QStringLiteral("Pinned entries and key moments: status and severity changes, roles, alerts, "
                              "approvals, gated, skipped and rolled-back steps."));
        w.line();
        w.header(
            {QStringLiteral("Time"), QStringLiteral("Who"), QStringLiteral("What"), QStringLiteral("Entry")});
        for (const PostmortemTimelineItem &item : d.timeline()) {
            QString what = item.what;
            if (item.pinned)
                what += QStringLiteral(", pinned");
            QString entry = cell(item.text);
            if (item.edited)
                entry += QStringLiteral(" (edited)");
            if (item.retracted) {
                entry = QStringLiteral("~~%1~~ (retracted by %2: %3)")
                            .arg(entry, escape(item.retractedBy), cell(item.retractReason));
            }
            w.line(QStringLiteral("| %1 | %2 | %3 | %4 |")
                       .arg(cell(d.formatMoment(item.at)), cell(item.actor), cell(what), entry));
        }
        w.line();
    }

    w.heading(2, QStringLiteral("Runbooks as executed"));
    if (d.runbooks().isEmpty())
        w.empty(QStringLiteral("No runbook was attached."));
    for (const PostmortemRunbook &runbook : d.runbooks()) {
        w.heading(3, runbook.name);
        w.line(escape(QStringLiteral("Attached by %1 at %2; %3 of %4 steps done or skipped.")
                          .arg(runbook.attachedBy, d.formatMoment(runbook.attachedAt))
                          .arg(runbook.doneCount())
                          .arg(runbook.steps.size())));
        w.line();
        w.header(
            {QStringLiteral("#"), QStringLiteral("Step"), QStringLiteral("Gate"), QStringLiteral("Outcome"),
                QStringLiteral("By"), QStringLiteral("When"), QStringLiteral("Notes")});
        for (const PostmortemStep &step : runbook.steps) {
            const bool touched = step.at.isValid();
            w.row({QString::number(step.number), step.text,
                step.gate == Gate::None ? QStringLiteral("—") : Names::gate(step.gate),
                PostmortemDraft::stepStateText(step.state), touched ? step.by : QString(),
                touched ? d.formatMoment(step.at) : QString(),
                d.stepRemarks(step).join(QStringLiteral("; "))});
        }
        w.line();
    }

    w.heading(2, QStringLiteral("Chat updates sent"));
    if (d.chats().isEmpty()) {
        w.empty(QStringLiteral("No chat updates were sent."));
    } else {
        w.header({QStringLiteral("Time"), QStringLiteral("Channel"), QStringLiteral("Outcome"),
            QStringLiteral("By"), QStringLiteral("Message")});
        for (const PostmortemChat &chat : d.chats())
            w.row({d.formatMoment(chat.at), chat.channel, PostmortemDraft::chatOutcome(chat), chat.actor,
                chat.text});
        w.line();
    }

    written(w, d, Section::Factors);
    written(w, d, Section::WentWell);
    written(w, d, Section::Hard);

    w.heading(2, QStringLiteral("Follow-up actions"));
    if (d.followUps().isEmpty()) {
        w.empty(QStringLiteral("No follow-up actions yet."));
    } else {
        w.header({QStringLiteral("Action"), QStringLiteral("Owner"), QStringLiteral("Due"),
            QStringLiteral("Done")});
        for (const FollowUpAction &action : d.followUps()) {
            w.row({action.text, action.owner.isEmpty() ? QStringLiteral("—") : action.owner,
                action.due.isValid() ? action.due.toUTC().toString(QStringLiteral("yyyy-MM-dd"))
                                     : QStringLiteral("—"),
                action.done ? QStringLiteral("yes") : QStringLiteral("no")});
        }
        w.line();
    }

    if (!d.languageNotes().isEmpty()) {
        w.heading(2, QStringLiteral("Language check"));
        w.line(QStringLiteral("Suggestions from the blameless-language check. They are only suggestions: the "
                              "words stay yours."));
        w.line();
        for (const PostmortemLanguageNote &note : d.languageNotes()) {
            w.line(QStringLiteral("- **%1**: “%2” — *%3* next to *%4*. %5")
                       .arg(escape(note.where), escape(note.excerpt), escape(note.finding.phrase),
                           escape(note.finding.person), escape(note.finding.suggestion)));
        }
        w.line();
    }
    QString out = w.text();
    while (out.endsWith(QStringLiteral("\n\n")))
        out.chop(1);
    return out;
}

} // namespace Warroom
