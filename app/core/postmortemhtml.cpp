// SPDX-License-Identifier: GPL-3.0-or-later
#include "postmortemhtml.h"

#include <QRegularExpression>

namespace Warroom {

namespace {

using Section = PostmortemDraft::Section;
using Flavor = PostmortemHtml::Flavor;

QString esc(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return out;
}

class Writer
{
public:
    explicit Writer(Flavor flavor)
        : m_flavor(flavor)
    { }
    void line(const QString &html) { m_out += html + QLatin1Char('\n'); }
    void openSection(const QString &id, const QString &title)
    {
        if (m_flavor == Flavor::Standalone)
            line(QStringLiteral("<section id=\"%1\">").arg(id));
        line(QStringLiteral("<h2>%1</h2>").arg(esc(title)));
    }
    void closeSection()
    {
        if (m_flavor == Flavor::Standalone)
            line(QStringLiteral("</section>"));
    }
    /// @p widths: the share of each column in percent, for QTextDocument (browsers size columns well alone).
    void openTable(const QString &cssClass, const QStringList &headings, const QList<int> &widths = {})
    {
        if (m_flavor == Flavor::Standalone)
            line(QStringLiteral("<table class=\"%1\">").arg(cssClass));
        else
            line(QStringLiteral("<table class=\"%1\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                "cellpadding=\"4\" style=\"border-collapse: collapse\">")
                     .arg(cssClass));
        if (headings.isEmpty())
            return;
        QString row = QStringLiteral("<thead><tr>");
        for (int i = 0; i < headings.size(); ++i) {
            const QString width = m_flavor == Flavor::RichText && i < widths.size()
                ? QStringLiteral(" width=\"%1%\"").arg(widths.at(i))
                : QString();
            row += QStringLiteral("<th scope=\"col\"%1>%2</th>").arg(width, esc(headings.at(i)));
        }
        line(row + QStringLiteral("</tr></thead>"));
        line(QStringLiteral("<tbody>"));
        m_body = true;
    }
    void closeTable()
    {
        if (m_body)
            line(QStringLiteral("</tbody>"));
        m_body = false;
        line(QStringLiteral("</table>"));
    }
    /// A row of cells already in HTML; (class, html) pairs.
    void row(const QList<std::pair<QString, QString>> &cells)
    {
        QString html = QStringLiteral("<tr>");
        for (const auto &[cssClass, content] : cells) {
            html += cssClass.isEmpty() ? QStringLiteral("<td>")
                                       : QStringLiteral("<td class=\"%1\">").arg(cssClass);
            html += content + QStringLiteral("</td>");
        }
        line(html + QStringLiteral("</tr>"));
    }
    void empty(const QString &text) { line(QStringLiteral("<p class=\"empty\">%1</p>").arg(esc(text))); }
    [[nodiscard]] Flavor flavor() const { return m_flavor; }
    [[nodiscard]] const QString &text() const { return m_out; }

private:
    Flavor m_flavor;
    QString m_out;
    bool m_body = false;
};

void written(Writer &w, const PostmortemDraft &draft, Section section)
{
    w.openSection(PostmortemDraft::sectionKey(section).replace(QLatin1Char('_'), QLatin1Char('-')),
        PostmortemDraft::sectionName(section));
    const QString body = draft.text(section).trimmed();
    if (body.isEmpty())
        w.empty(QStringLiteral("Not written yet."));
    else
        w.line(PostmortemHtml::paragraphs(body));
    w.closeSection();
}

void generated(Writer &w, const PostmortemDraft &d, bool withWritten)
{
    w.openSection(QStringLiteral("metrics"), QStringLiteral("Metrics"));
    w.openTable(QStringLiteral("metrics"),
        {QStringLiteral("Metric"), QStringLiteral("Value"), QStringLiteral("Measured"),
            QStringLiteral("Definition")},
        {24, 16, 25, 35});
    for (const PostmortemMetric &m : d.metrics()) {
        // "1h 01m 00s" is one value: never broken across lines (browsers get white-space: nowrap).
        QString value = esc(PostmortemDraft::metricValue(m));
        if (w.flavor() == Flavor::RichText && m.msecs)
            value.replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
        w.row({{QStringLiteral("metric"), esc(m.name)}, {QStringLiteral("value"), value},
            {QStringLiteral("span"), esc(d.metricSpan(m))},
            {QStringLiteral("definition"), esc(m.definition)}});
    }
    w.closeTable();
    w.closeSection();

    w.openSection(QStringLiteral("timeline"), QStringLiteral("Timeline"));
    if (d.timeline().isEmpty()) {
        w.empty(QStringLiteral("No pinned entries or key moments."));
    } else {
        w.line(
            QStringLiteral("<p>Pinned entries and key moments: status and severity changes, roles, alerts, "
                           "approvals, gated, skipped and rolled-back steps.</p>"));
        w.openTable(QStringLiteral("timeline"),
            {QStringLiteral("Time"), QStringLiteral("Who"), QStringLiteral("What"), QStringLiteral("Entry")},
            {8, 17, 15, 60});
        for (const PostmortemTimelineItem &item : d.timeline()) {
            QString what = esc(item.what);
            if (item.pinned)
                what = QStringLiteral("<strong>%1, pinned</strong>").arg(what);
            QString entry = esc(item.text);
            if (item.edited)
                entry += QStringLiteral(" <span class=\"muted\">(edited)</span>");
            if (item.retracted) {
                entry = QStringLiteral("<del>%1</del> <span class=\"muted\">(retracted by %2: %3)</span>")
                            .arg(entry, esc(item.retractedBy), esc(item.retractReason));
            }
            w.row({{QStringLiteral("time"), esc(d.formatMoment(item.at))}, {QString(), esc(item.actor)},
                {QString(), what}, {item.retracted ? QStringLiteral("retracted") : QString(), entry}});
        }
        w.closeTable();
    }
    w.closeSection();

    w.openSection(QStringLiteral("runbooks"), QStringLiteral("Runbooks as executed"));
    if (d.runbooks().isEmpty())
        w.empty(QStringLiteral("No runbook was attached."));
    for (const PostmortemRunbook &runbook : d.runbooks()) {
        w.line(QStringLiteral("<h3>%1</h3>").arg(esc(runbook.name)));
        w.line(QStringLiteral("<p>Attached by %1 at %2; %3 of %4 steps done or skipped.</p>")
                   .arg(esc(runbook.attachedBy), esc(d.formatMoment(runbook.attachedAt)))
                   .arg(runbook.doneCount())
                   .arg(runbook.steps.size()));
        w.openTable(QStringLiteral("runbook"),
            {QStringLiteral("#"), QStringLiteral("Step"), QStringLiteral("Gate"), QStringLiteral("Outcome"),
                QStringLiteral("By"), QStringLiteral("When"), QStringLiteral("Notes")},
            {4, 28, 11, 12, 9, 8, 28});
        for (const PostmortemStep &step : runbook.steps) {
            const bool touched = step.at.isValid();
            const QString state = PostmortemDraft::stepStateText(step.state);
            w.row({{QStringLiteral("number"), QString::number(step.number)}, {QString(), esc(step.text)},
                {QString(), step.gate == Gate::None ? QStringLiteral("—") : esc(Names::gate(step.gate))},
                {QStringLiteral("state ") + Names::stepState(step.state), esc(state)},
                {QString(), touched ? esc(step.by) : QString()},
                {QStringLiteral("time"), touched ? esc(d.formatMoment(step.at)) : QString()},
                {QString(), esc(d.stepRemarks(step).join(QStringLiteral("; ")))}});
        }
        w.closeTable();
    }
    w.closeSection();

    w.openSection(QStringLiteral("chat"), QStringLiteral("Chat updates sent"));
    if (d.chats().isEmpty()) {
        w.empty(QStringLiteral("No chat updates were sent."));
    } else {
        w.openTable(QStringLiteral("chat"),
            {QStringLiteral("Time"), QStringLiteral("Channel"), QStringLiteral("Outcome"),
                QStringLiteral("By"), QStringLiteral("Message")},
            {8, 16, 18, 9, 49});
        for (const PostmortemChat &chat : d.chats()) {
            w.row({{QStringLiteral("time"), esc(d.formatMoment(chat.at))}, {QString(), esc(chat.channel)},
                {QString(), esc(PostmortemDraft::chatOutcome(chat))}, {QString(), esc(chat.actor)},
                {QString(), esc(chat.text)}});
        }
        w.closeTable();
    }
    w.closeSection();

    if (withWritten) {
        written(w, d, Section::Factors);
        written(w, d, Section::WentWell);
        written(w, d, Section::Hard);
    }

    w.openSection(QStringLiteral("follow-ups"), QStringLiteral("Follow-up actions"));
    if (d.followUps().isEmpty()) {
        w.empty(QStringLiteral("No follow-up actions yet."));
    } else {
        w.openTable(QStringLiteral("follow-ups"),
            {QStringLiteral("Action"), QStringLiteral("Owner"), QStringLiteral("Due"),
                QStringLiteral("Done")},
            {60, 14, 16, 10});
        for (const FollowUpAction &action : d.followUps()) {
            w.row({{QString(), esc(action.text)},
                {QString(), action.owner.isEmpty() ? QStringLiteral("—") : esc(action.owner)},
                {QStringLiteral("time"),
                    action.due.isValid() ? action.due.toUTC().toString(QStringLiteral("yyyy-MM-dd"))
                                         : QStringLiteral("—")},
                {QString(), action.done ? QStringLiteral("yes") : QStringLiteral("no")}});
        }
        w.closeTable();
    }
    w.closeSection();
}

} // namespace

QString PostmortemHtml::paragraphs(const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList blocks
        = normalized.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts);
    QStringList out;
    for (const QString &block : blocks) {
        const QStringList lines = block.trimmed().split(QLatin1Char('\n'));
        const bool isList = std::all_of(lines.cbegin(), lines.cend(), [](const QString &l) {
            const QString t = l.trimmed();
            return t.startsWith(QLatin1String("- ")) || t.startsWith(QLatin1String("* "));
        });
        if (isList) {
            QString list = QStringLiteral("<ul>");
            for (const QString &l : lines)
                list += QStringLiteral("<li>%1</li>").arg(esc(l.trimmed().mid(2).trimmed()));
            out << list + QStringLiteral("</ul>");
        } else {
            out << QStringLiteral("<p>%1</p>").arg(esc(block.trimmed()));
        }
    }
    return out.join(QLatin1Char('\n'));
}

QString PostmortemHtml::styleSheet(Flavor flavor)
{
    if (flavor == Flavor::RichText) {
        // QTextDocument knows a subset of CSS 2: no custom properties, media queries or rem units.
        return QStringLiteral(
            "body { font-size: 10pt; color: #1d1d1f; }\n"
            "h1 { font-size: 20pt; margin-bottom: 6px; }\n"
            "h2 { font-size: 14pt; margin-top: 18px; margin-bottom: 6px; color: #1d1d1f; }\n"
            "h3 { font-size: 11pt; margin-top: 12px; margin-bottom: 4px; }\n"
            "p { margin-top: 4px; margin-bottom: 6px; }\n"
            "table { border-collapse: collapse; border-color: #c8c8d0; border-style: solid; margin-bottom: "
            "8px; }\n"
            "th { background-color: #eeeef3; text-align: left; font-weight: bold; }\n"
            "td, th { border-color: #c8c8d0; border-style: solid; vertical-align: top; font-size: 9pt; }\n"
            "td.value { font-weight: bold; }\n"
            "td.definition, td.span, .muted { color: #55555c; }\n"
            "td.retracted { color: #6e6e73; }\n"
            ".empty { color: #6e6e73; font-style: italic; }\n"
            ".lede { color: #45454a; font-style: italic; }\n"
            ".finding { margin-bottom: 6px; }\n");
    }
    return QStringLiteral(
        ":root { color-scheme: light; }\n"
        "body { font: 11pt/1.5 system-ui, -apple-system, \"Segoe UI\", \"DejaVu Sans\", sans-serif; color: "
        "#1d1d1f;\n"
        "       background: #fff; max-width: 62rem; margin: 2rem auto; padding: 0 1.5rem; }\n"
        "h1 { font-size: 1.8rem; line-height: 1.25; margin: 0 0 .75rem; }\n"
        "h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; padding-bottom: .2rem; border-bottom: 1px solid "
        "#d0d0d7; }\n"
        "h3 { font-size: 1.1rem; margin: 1.25rem 0 .25rem; }\n"
        "table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95em; }\n"
        "th, td { border: 1px solid #d0d0d7; padding: .3rem .5rem; text-align: left; vertical-align: top; }\n"
        "thead th, table.facts th { background: #f3f3f6; }\n"
        "table.facts { width: auto; }\n"
        "table.facts th { font-weight: 600; white-space: nowrap; }\n"
        "td.time, td.value, td.number { white-space: nowrap; font-variant-numeric: tabular-nums; }\n"
        "td.value { font-weight: 600; }\n"
        "td.definition, td.span, .muted { color: #55555c; }\n"
        "td.retracted { color: #6e6e73; }\n"
        "td.state.skipped, td.state.rolled_back { font-weight: 600; }\n"
        ".empty { color: #6e6e73; font-style: italic; }\n"
        ".lede { color: #45454a; font-style: italic; }\n"
        "mark { background: #fff1b8; color: inherit; }\n"
        "@page { margin: 18mm 16mm; }\n"
        "@media print {\n"
        "  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }\n"
        "  h2, h3 { break-after: avoid; }\n"
        "  tr, li { break-inside: avoid; }\n"
        "  thead { display: table-header-group; }\n"
        "}\n");
}

QString PostmortemHtml::renderGenerated(const PostmortemDraft &draft, Flavor flavor)
{
    Writer w(flavor);
    generated(w, draft, false);
    return w.text();
}

QString PostmortemHtml::render(const PostmortemDraft &d, Flavor flavor)
{
    Writer w(flavor);
    const QString title = esc(d.text(Section::Title));
    if (flavor == Flavor::Standalone) {
        w.line(QStringLiteral("<!DOCTYPE html>"));
        w.line(QStringLiteral("<html lang=\"en\">"));
        w.line(QStringLiteral("<head>"));
        w.line(QStringLiteral("<meta charset=\"utf-8\">"));
        w.line(QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
        w.line(QStringLiteral("<meta name=\"generator\" content=\"Warroom\">"));
        w.line(QStringLiteral("<title>%1</title>").arg(title));
        w.line(QStringLiteral("<style>\n%1</style>").arg(styleSheet(flavor)));
        w.line(QStringLiteral("</head>"));
        w.line(QStringLiteral("<body>"));
        w.line(QStringLiteral("<main>"));
        w.line(QStringLiteral("<header>"));
    } else {
        w.line(
            QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>").arg(title));
    }
    w.line(QStringLiteral("<h1>%1</h1>").arg(title));

    w.openTable(QStringLiteral("facts"), {});
    const auto fact = [&w](const QString &name, const QString &html) {
        w.line(QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td></tr>").arg(esc(name), html));
    };
    fact(QStringLiteral("Incident"), esc(d.incidentTitle()));
    fact(QStringLiteral("Id"), QStringLiteral("<code>%1</code>").arg(esc(d.incidentId())));
    fact(QStringLiteral("Severity"), esc(Names::severity(d.severity())));
    fact(QStringLiteral("Status"), esc(Names::status(d.status())));
    if (!d.services().isEmpty())
        fact(QStringLiteral("Services"), esc(d.services().join(QStringLiteral(", "))));
    fact(QStringLiteral("Declared"),
        esc(QStringLiteral("%1 by %2")
                .arg(PostmortemDraft::formatDateTime(d.milestones().declared), d.declaredBy())));
    fact(QStringLiteral("Commander"),
        esc(d.commanders().isEmpty() ? QStringLiteral("nobody took command")
                                     : d.commanders().join(QStringLiteral(" → "))));
    fact(QStringLiteral("People"), esc(d.people().join(QStringLiteral(", "))));
    if (!d.incidentSummary().isEmpty())
        fact(QStringLiteral("Summary at the time"), esc(d.incidentSummary()));
    fact(QStringLiteral("Draft generated"), esc(PostmortemDraft::formatDateTime(d.generatedAt())));
    w.closeTable();
    w.line(QStringLiteral(
        "<p class=\"lede\">A blameless review: it asks how the system and our ways of working made "
        "this possible, not who is to blame. Times are UTC.</p>"));
    if (flavor == Flavor::Standalone)
        w.line(QStringLiteral("</header>"));

    written(w, d, Section::Summary);
    written(w, d, Section::Impact);
    generated(w, d, true);

    if (!d.languageNotes().isEmpty()) {
        w.openSection(QStringLiteral("language"), QStringLiteral("Language check"));
        w.line(
            QStringLiteral("<p>Suggestions from the blameless-language check. They are only suggestions: the "
                           "words stay yours.</p>"));
        w.line(QStringLiteral("<ul>"));
        for (const PostmortemLanguageNote &note : d.languageNotes()) {
            w.line(QStringLiteral("<li class=\"finding\"><strong>%1</strong>: “%2” — <mark>%3</mark> next to "
                                  "<mark>%4</mark>. %5</li>")
                       .arg(esc(note.where), esc(note.excerpt), esc(note.finding.phrase),
                           esc(note.finding.person), esc(note.finding.suggestion)));
        }
        w.line(QStringLiteral("</ul>"));
        w.closeSection();
    }

    if (flavor == Flavor::Standalone) {
        w.line(QStringLiteral("</main>"));
        w.line(QStringLiteral("</body>"));
        w.line(QStringLiteral("</html>"));
    } else {
        w.line(QStringLiteral("</body></html>"));
    }
    return w.text();
}

} // namespace Warroom
