// SPDX-License-Identifier: GPL-3.0-or-later
#include "postmortemeditor.h"

#include "eventtypes.h"
#include "filechooser.h"
#include "incidentlook.h"
#include "logging.h"
#include "messagebox.h"
#include "postmortemhtml.h"
#include "postmortemstorage.h"
#include "postmortemtextedit.h"
#include "presentation.h"
#include "session.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace Warroom {

namespace {

using Section = PostmortemDraft::Section;

constexpr int SectionKeyRole = Qt::UserRole;
constexpr int NoteIndexRole = Qt::UserRole + 1;
constexpr int SaveDelayMs = 400;
constexpr int CheckDelayMs = 150;
constexpr int ProgressDelayMs = 400;

QString objectNameOf(Section section)
{
    switch (section) {
    case Section::Title:
        return QStringLiteral("titleEdit");
    case Section::Summary:
        return QStringLiteral("summaryEdit");
    case Section::Impact:
        return QStringLiteral("impactEdit");
    case Section::Factors:
        return QStringLiteral("factorsEdit");
    case Section::WentWell:
        return QStringLiteral("wentWellEdit");
    case Section::Hard:
        return QStringLiteral("hardEdit");
    }
    return {};
}

QString slug(const QString &title)
{
    static const QRegularExpression notWord(QStringLiteral("[^a-z0-9]+"));
    QString out = title.toLower().replace(notWord, QStringLiteral("-")).left(48);
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

/// The stylesheet of the PDF with the palette's colours, so the preview reads in light and dark themes.
QString previewStyleSheet(const QPalette &palette)
{
    QString sheet = PostmortemHtml::styleSheet(PostmortemHtml::Flavor::RichText);
    const QString muted = IncidentLook::mutedColor(palette).name();
    sheet.replace(QStringLiteral("#1d1d1f"), palette.color(QPalette::Text).name());
    sheet.replace(QStringLiteral("#eeeef3"), palette.color(QPalette::AlternateBase).name());
    sheet.replace(QStringLiteral("#c8c8d0"), palette.color(QPalette::Mid).name());
    sheet.replace(QStringLiteral("#55555c"), muted);
    sheet.replace(QStringLiteral("#6e6e73"), muted);
    sheet.replace(QStringLiteral("#45454a"), muted);
    return sheet;
}

} // namespace

PostmortemEditor::PostmortemEditor(Session *session, const QString &incident, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_incident(incident)
    , m_saveTimer(new QTimer(this))
    , m_checkTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("postmortemEditor"));

    BlamelessRules rules;
    Error rulesError;
    const bool rulesRead = BlamelessRules::load(BlamelessRules::defaultPath(), &rules, &rulesError);
    if (!rulesRead) {
        qCWarning(lcUi) << "blameless word list:" << rulesError.message;
        rules = BlamelessRules::defaults();
    }
    m_check = BlamelessCheck(rules);

    if (const IncidentState *state = session->projection().incident(incident)) {
        m_draft = PostmortemDraft::generate(*state);
        m_check.setNames(BlamelessCheck::peopleOf(*state));
    }

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(SaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &PostmortemEditor::save);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(CheckDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &PostmortemEditor::recheck);

    buildUi();
    loadWritten();
    refreshFacts();
    refreshFollowUps();
    refreshGenerated();
    recheck();
    if (!rulesRead)
        m_statusLabel->setText(
            tr("Your blameless word list could not be read, so the built-in one is used: %1")
                .arg(rulesError.message));

    const auto changed = [this](const QString &id) {
        if (id != m_incident || m_stale)
            return;
        m_stale = true;
        m_staleLabel->show();
    };
    connect(session, &Session::incidentChanged, this, changed);
    connect(session, &Session::incidentReset, this, changed);

    resize(1120, 760);
}

PostmortemEditor::~PostmortemEditor()
{
    if (m_dirty)
        save();
}

void PostmortemEditor::buildUi()
{
    m_titleEdit = new QLineEdit(this);
    m_titleEdit->setObjectName(QStringLiteral("titleEdit"));
    m_titleEdit->setAccessibleName(tr("Postmortem title"));
    m_titleEdit->setPlaceholderText(m_draft.proposedTitle());
    m_titleEdit->setMaxLength(Limits::TitleMax);
    QFont titleFont = m_titleEdit->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_titleEdit->setFont(titleFont);
    connect(m_titleEdit, &QLineEdit::textChanged, this, [this] { onTextChanged(Section::Title); });

    m_factsLabel = new QLabel(this);
    m_factsLabel->setObjectName(QStringLiteral("factsLabel"));
    m_factsLabel->setWordWrap(true);
    m_factsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("postmortemTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildWrittenPage(), tr("&Written by the Team"));
    m_tabs->addTab(buildGeneratedPage(), tr("From the &Log"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("postmortemSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tabs);
    splitter->addWidget(buildLanguagePanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({800, 300});

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setMinimumWidth(1);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette mutedPalette = m_statusLabel->palette();
    mutedPalette.setColor(QPalette::WindowText, IncidentLook::mutedColor(palette()));
    m_statusLabel->setPalette(mutedPalette);

    const auto exportButton = [this](const QString &name, const QString &text, const QString &tip,
                                  PostmortemExport::Format format) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setToolTip(tip);
        connect(button, &QPushButton::clicked, this, [this, format] { chooseAndExport(format); });
        return button;
    };
    auto *markdown = exportButton(QStringLiteral("exportMarkdownButton"), tr("Export &Markdown…"),
        tr("Save the postmortem as Markdown, for a wiki or a repository"),
        PostmortemExport::Format::Markdown);
    auto *html = exportButton(QStringLiteral("exportHtmlButton"), tr("Export &HTML…"),
        tr("Save the postmortem as one web page that prints well"), PostmortemExport::Format::Html);
    auto *pdf = exportButton(QStringLiteral("exportPdfButton"), tr("Export &PDF…"),
        tr("Save the postmortem as a PDF document"), PostmortemExport::Format::Pdf);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(close, &QPushButton::clicked, this, &QWidget::close);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_statusLabel, 1);
    buttons->addWidget(markdown);
    buttons->addWidget(html);
    buttons->addWidget(pdf);
    buttons->addSpacing(12);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleEdit);
    layout->addWidget(m_factsLabel);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
}

QWidget *PostmortemEditor::buildWrittenPage()
{
    auto *page = new QWidget;
    auto *form = new QVBoxLayout(page);
    for (const Section section : PostmortemDraft::writtenSections()) {
        auto *edit = new PostmortemTextEdit(page);
        edit->setObjectName(objectNameOf(section));
        edit->setAccessibleName(sectionTitle(section));
        edit->setPlaceholderText(sectionPrompt(section));
        auto *label
            = new QLabel(QStringLiteral("<b>%1</b>").arg(sectionTitle(section).toHtmlEscaped()), page);
        label->setBuddy(edit);
        form->addWidget(label);
        form->addWidget(edit);
        m_edits[section] = edit;
        connect(edit, &QPlainTextEdit::textChanged, this, [this, section] { onTextChanged(section); });
    }

    auto *followUpsLabel
        = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Follow-up actions").toHtmlEscaped()), page);
    m_followUps = new QListWidget(page);
    m_followUps->setObjectName(QStringLiteral("followUpsList"));
    m_followUps->setAccessibleName(tr("Follow-up actions"));
    m_followUps->setMaximumHeight(m_followUps->fontMetrics().lineSpacing() * 5 + 8);
    followUpsLabel->setBuddy(m_followUps);
    auto *followUpsHint = new QLabel(
        tr("Add and tick follow-ups in the incident's Follow-ups tab; regenerate to bring them here."), page);
    followUpsHint->setWordWrap(true);
    QPalette muted = followUpsHint->palette();
    muted.setColor(QPalette::WindowText, IncidentLook::mutedColor(palette()));
    followUpsHint->setPalette(muted);
    form->addWidget(followUpsLabel);
    form->addWidget(m_followUps);
    form->addWidget(followUpsHint);
    form->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("writtenScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    return scroll;
}

QWidget *PostmortemEditor::buildGeneratedPage()
{
    auto *page = new QWidget;
    m_generatedView = new QTextBrowser(page);
    m_generatedView->setObjectName(QStringLiteral("generatedView"));
    m_generatedView->setAccessibleName(tr("Sections generated from the incident's log"));
    m_generatedView->setOpenLinks(false);

    m_staleLabel = new QLabel(tr("The incident has changed since this draft was made."), page);
    m_staleLabel->setObjectName(QStringLiteral("staleLabel"));
    QPalette warning = m_staleLabel->palette();
    warning.setColor(QPalette::WindowText, IncidentLook::warningColor(palette()));
    m_staleLabel->setPalette(warning);
    m_staleLabel->hide();

    m_regenerateButton = new QPushButton(tr("&Regenerate from the Log"), page);
    m_regenerateButton->setObjectName(QStringLiteral("regenerateButton"));
    m_regenerateButton->setToolTip(tr(
        "Make the metrics, timeline, runbooks, chat updates and follow-ups again from the incident as it is "
        "now. What you wrote stays."));
    connect(m_regenerateButton, &QPushButton::clicked, this, &PostmortemEditor::regenerate);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_staleLabel, 1);
    bar->addStretch();
    bar->addWidget(m_regenerateButton);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_generatedView, 1);
    return page;
}

QWidget *PostmortemEditor::buildLanguagePanel()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("languagePanel"));
    auto *heading
        = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Blameless language").toHtmlEscaped()), panel);
    auto *intro
        = new QLabel(tr("A name next to words of blame is underlined. These are suggestions: the words "
                        "stay yours."),
            panel);
    intro->setWordWrap(true);
    QPalette muted = intro->palette();
    muted.setColor(QPalette::WindowText, IncidentLook::mutedColor(palette()));
    intro->setPalette(muted);

    m_blamelessList = new QListWidget(panel);
    m_blamelessList->setObjectName(QStringLiteral("blamelessList"));
    m_blamelessList->setAccessibleName(tr("Blameless-language suggestions"));
    m_blamelessList->setWordWrap(true);
    m_blamelessList->setTextElideMode(Qt::ElideNone);
    heading->setBuddy(m_blamelessList);
    connect(m_blamelessList, &QListWidget::currentItemChanged, this,
        [this](QListWidgetItem *item) { showFindingDetails(item); });
    connect(m_blamelessList, &QListWidget::itemActivated, this, &PostmortemEditor::goToFinding);

    m_blamelessDetails = new QLabel(panel);
    m_blamelessDetails->setObjectName(QStringLiteral("blamelessDetails"));
    m_blamelessDetails->setWordWrap(true);
    m_blamelessDetails->setTextFormat(Qt::RichText);
    m_blamelessDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_blamelessDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *wordList = new QPushButton(tr("Edit the &Word List…"), panel);
    wordList->setObjectName(QStringLiteral("wordListButton"));
    wordList->setToolTip(tr("The names and phrases the check looks for, in English, French and German: %1. "
                            "Changes apply to postmortems opened afterwards.")
                             .arg(QDir::toNativeSeparators(BlamelessRules::defaultPath())));
    connect(wordList, &QPushButton::clicked, this, [this] {
        const QString path = BlamelessRules::defaultPath();
        Error error;
        // The first time, write the built-in lists out so there is something to edit.
        if (!QFile::exists(path) && !BlamelessRules::defaults().save(path, &error)) {
            MessageBox::warning(this, tr("Could Not Write the Word List"), error.message);
            return;
        }
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        m_statusLabel->setText(tr("Word list: %1. Changes apply to postmortems opened afterwards.")
                                   .arg(QDir::toNativeSeparators(path)));
    });

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_blamelessList, 2);
    layout->addWidget(m_blamelessDetails, 1);
    layout->addWidget(wordList, 0, Qt::AlignLeft);
    panel->setMinimumWidth(240);
    return panel;
}

PostmortemTextEdit *PostmortemEditor::sectionEdit(Section section) const
{
    const auto it = m_edits.find(section);
    return it == m_edits.end() ? nullptr : it->second;
}

QString PostmortemEditor::sectionTitle(Section section) const
{
    switch (section) {
    case Section::Title:
        return tr("Title");
    case Section::Summary:
        return tr("Summary");
    case Section::Impact:
        return tr("Impact");
    case Section::Factors:
        return tr("Contributing factors");
    case Section::WentWell:
        return tr("What went well");
    case Section::Hard:
        return tr("What was hard");
    }
    return {};
}

QString PostmortemEditor::sectionPrompt(Section section) const
{
    switch (section) {
    case Section::Title:
        return tr("A title that says what broke, for whom");
    case Section::Summary:
        return tr("What happened, in two or three sentences a newcomer understands?");
    case Section::Impact:
        return tr("Who was affected, how, and for how long? Numbers help: failed requests, customers.");
    case Section::Factors:
        return tr(
            "Which conditions made this possible? Think of the system, tools, processes and timing rather "
            "than of people.");
    case Section::WentWell:
        return tr("What helped: an alert that fired, a runbook that held, a quick decision?");
    case Section::Hard:
        return tr("What slowed the team down or was confusing?");
    }
    return {};
}

void PostmortemEditor::loadWritten()
{
    Error error;
    if (!PostmortemStorage::load(&m_draft, &error)) {
        qCWarning(lcUi) << "postmortem file:" << error.message;
        MessageBox::warning(this, tr("Could Not Read the Postmortem"),
            tr("%1\n\nThe sections start empty; what you write is saved over that file.").arg(error.message));
    }
    m_loading = true;
    // The title field shows a title someone wrote; the proposed one stays a placeholder.
    m_titleEdit->setText(m_draft.writtenJson().value(QStringLiteral("title")).toString());
    for (const auto &[section, edit] : m_edits)
        edit->setPlainText(m_draft.text(section));
    m_loading = false;
    m_dirty = false;
    m_statusLabel->setText(QFile::exists(PostmortemStorage::pathFor(m_incident))
            ? tr("Saved in %1").arg(QDir::toNativeSeparators(PostmortemStorage::pathFor(m_incident)))
            : tr("What you write is saved as you type."));
}

void PostmortemEditor::onTextChanged(Section section)
{
    if (m_loading)
        return;
    m_draft.setText(
        section, section == Section::Title ? m_titleEdit->text() : sectionEdit(section)->toPlainText());
    m_dirty = true;
    m_saveTimer->start();
    m_checkTimer->start();
    if (section == Section::Title)
        setWindowTitle(m_draft.text(Section::Title));
}

bool PostmortemEditor::save()
{
    m_saveTimer->stop();
    Error error;
    if (!PostmortemStorage::save(m_draft, &error)) {
        qCWarning(lcUi) << "postmortem not saved:" << error.message;
        m_statusLabel->setText(tr("Not saved: %1").arg(error.message));
        return false;
    }
    m_dirty = false;
    const QString path = PostmortemStorage::pathFor(m_incident);
    m_statusLabel->setText(tr("Saved in %1").arg(QDir::toNativeSeparators(path)));
    Q_EMIT saved(path);
    return true;
}

void PostmortemEditor::recheck()
{
    m_checkTimer->stop();
    m_draft.checkLanguage(m_check);
    std::map<QString, QList<BlamelessFinding>> bySection;
    for (const PostmortemLanguageNote &note : m_draft.languageNotes())
        bySection[note.sectionKey].append(note.finding);
    for (const auto &[section, edit] : m_edits)
        edit->setFindings(bySection[PostmortemDraft::sectionKey(section)]);

    const QString current = m_blamelessList->currentItem()
        ? m_blamelessList->currentItem()->data(Qt::DisplayRole).toString()
        : QString();
    m_blamelessList->clear();
    const QList<PostmortemLanguageNote> &notes = m_draft.languageNotes();
    for (int i = 0; i < notes.size(); ++i) {
        const PostmortemLanguageNote &note = notes.at(i);
        QString where;
        if (note.sectionKey.startsWith(QLatin1String("note:"))) {
            const QString id = note.sectionKey.mid(5);
            for (const PostmortemNote &n : m_draft.notes()) {
                if (n.id == id)
                    where = tr("Timeline, %1 at %2").arg(n.actor, IncidentLook::formatMoment(n.at));
            }
        } else {
            for (const Section section : {Section::Title, Section::Summary, Section::Impact, Section::Factors,
                     Section::WentWell, Section::Hard}) {
                if (PostmortemDraft::sectionKey(section) == note.sectionKey)
                    where = sectionTitle(section);
            }
        }
        auto *item = new QListWidgetItem(tr("%1: “%2”").arg(where, note.excerpt), m_blamelessList);
        item->setToolTip(PostmortemTextEdit::findingToolTip(note.finding));
        item->setData(SectionKeyRole, note.sectionKey);
        item->setData(NoteIndexRole, i);
        if (item->text() == current)
            m_blamelessList->setCurrentItem(item);
    }
    if (notes.isEmpty()) {
        m_blamelessDetails->setText(
            QStringLiteral("<i>%1</i>")
                .arg(tr("No suggestions: nothing here reads as blame.").toHtmlEscaped()));
    } else if (!m_blamelessList->currentItem()) {
        m_blamelessDetails->setText(
            QStringLiteral("<i>%1</i>")
                .arg(tr("Select a suggestion to read it; press Enter to go to its words.").toHtmlEscaped()));
    }
}

void PostmortemEditor::showFindingDetails(QListWidgetItem *item)
{
    if (!item)
        return;
    const int index = item->data(NoteIndexRole).toInt();
    if (index < 0 || index >= m_draft.languageNotes().size())
        return;
    m_blamelessDetails->setText(
        PostmortemTextEdit::findingToolTip(m_draft.languageNotes().at(index).finding));
}

void PostmortemEditor::goToFinding(QListWidgetItem *item)
{
    if (!item)
        return;
    const int index = item->data(NoteIndexRole).toInt();
    if (index < 0 || index >= m_draft.languageNotes().size())
        return;
    const PostmortemLanguageNote &note = m_draft.languageNotes().at(index);
    if (note.sectionKey == PostmortemDraft::sectionKey(Section::Title)) {
        m_titleEdit->setFocus(Qt::OtherFocusReason);
        m_titleEdit->setSelection(note.finding.position, note.finding.length);
        return;
    }
    for (const auto &[section, edit] : m_edits) {
        if (PostmortemDraft::sectionKey(section) == note.sectionKey) {
            m_tabs->setCurrentIndex(0);
            edit->showFinding(note.finding);
        }
    }
}

void PostmortemEditor::regenerate()
{
    if (!m_session)
        return;
    const IncidentState *state = m_session->projection().incident(m_incident);
    if (!state)
        return;
    m_draft.regenerate(*state);
    m_check.setNames(BlamelessCheck::peopleOf(*state));
    m_stale = false;
    m_staleLabel->hide();
    refreshFacts();
    refreshFollowUps();
    refreshGenerated();
    recheck();
}

void PostmortemEditor::refreshFacts()
{
    const QString commander = m_draft.commanders().isEmpty()
        ? tr("nobody took command")
        : tr("commander %1").arg(m_draft.commanders().join(QStringLiteral(" → ")));
    m_factsLabel->setText(
        tr("%1 · %2 · declared %3 by %4 · %5")
            .arg(Presentation::severityText(m_draft.severity()), Presentation::statusText(m_draft.status()),
                IncidentLook::formatMoment(m_draft.milestones().declared), m_draft.declaredBy(), commander));
    m_titleEdit->setPlaceholderText(m_draft.proposedTitle());
    setWindowTitle(m_draft.text(Section::Title));
}

void PostmortemEditor::refreshFollowUps()
{
    m_followUps->clear();
    for (const FollowUpAction &action : m_draft.followUps()) {
        QStringList details;
        if (!action.owner.isEmpty())
            details << action.owner;
        if (action.due.isValid())
            details << tr("due %1").arg(
                QLocale().toString(action.due.toLocalTime().date(), QLocale::ShortFormat));
        auto *item = new QListWidgetItem(details.isEmpty()
                ? action.text
                : tr("%1 — %2").arg(action.text, details.join(QStringLiteral(", "))),
            m_followUps);
        item->setFlags(Qt::ItemIsEnabled);
        item->setCheckState(action.done ? Qt::Checked : Qt::Unchecked);
    }
    if (m_draft.followUps().isEmpty()) {
        auto *item = new QListWidgetItem(tr("No follow-up actions yet."), m_followUps);
        item->setFlags(Qt::NoItemFlags);
    }
}

void PostmortemEditor::refreshGenerated()
{
    m_generatedView->document()->setDefaultStyleSheet(previewStyleSheet(m_generatedView->palette()));
    m_generatedView->setHtml(PostmortemHtml::renderGenerated(m_draft));
}

void PostmortemEditor::chooseAndExport(PostmortemExport::Format format)
{
    QString title;
    QString filter;
    switch (format) {
    case PostmortemExport::Format::Markdown:
        title = tr("Export the Postmortem as Markdown");
        filter = tr("Markdown (*.md)");
        break;
    case PostmortemExport::Format::Html:
        title = tr("Export the Postmortem as HTML");
        filter = tr("Web page (*.html)");
        break;
    case PostmortemExport::Format::Pdf:
        title = tr("Export the Postmortem as PDF");
        filter = tr("PDF document (*.pdf)");
        break;
    }
    const QString day = m_draft.milestones().declared.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
    const QString name = QStringLiteral("postmortem-%1-%2.%3")
                             .arg(day, slug(m_draft.incidentTitle()), PostmortemExport::suffix(format));
    FileChooser::save(
        this, title, name, filter, this, [this, format](const QString &path) { exportTo(format, path); });
}

void PostmortemEditor::exportTo(PostmortemExport::Format format, const QString &path)
{
    if (m_export)
        return;
    if (m_dirty)
        save();
    m_export = new PostmortemExport(m_draft, format, path, this);
    auto *progress = new QProgressDialog(tr("Exporting the postmortem…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("exportProgressDialog"));
    progress->setWindowTitle(tr("Export"));
    progress->setWindowModality(Qt::WindowModal);
    // Quick exports finish before this; the dialog shows only when one takes a while.
    progress->setMinimumDuration(ProgressDelayMs);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    m_progress = progress;
    const QList<QPushButton *> buttons
        = findChildren<QPushButton *>(QRegularExpression(QStringLiteral("^export")));
    for (QPushButton *button : buttons)
        button->setEnabled(false);

    connect(m_export, &PostmortemExport::progress, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
    });
    connect(progress, &QProgressDialog::canceled, m_export, &PostmortemExport::cancel);
    connect(
        m_export, &PostmortemExport::finished, this, [this, path, buttons](bool ok, const QString &error) {
            if (m_progress)
                m_progress->deleteLater();
            if (m_export)
                m_export->deleteLater();
            m_export = nullptr;
            for (QPushButton *button : buttons)
                button->setEnabled(true);
            if (ok) {
                m_statusLabel->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
                Q_EMIT exported(path);
            } else if (error.isEmpty()) {
                m_statusLabel->setText(tr("Export cancelled; nothing was written."));
                Q_EMIT exportFailed({});
            } else {
                MessageBox::warning(this, tr("Could Not Export the Postmortem"), error);
                Q_EMIT exportFailed(error);
            }
        });
    m_export->start();
}

void PostmortemEditor::closeEvent(QCloseEvent *event)
{
    if (m_export)
        m_export->cancel();
    if (m_dirty)
        save();
    QWidget::closeEvent(event);
}

} // namespace Warroom
