// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachrunbookdialog.h"

#include "messagebox.h"
#include "runbookstyle.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Warroom {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;

QString colorName(const QColor &color)
{
    return color.name(QColor::HexRgb);
}
} // namespace

AttachRunbookDialog::AttachRunbookDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_preview(new QTextBrowser(this))
    , m_folderLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("attachRunbookDialog"));
    setWindowTitle(tr("Attach Runbook"));

    auto *listLabel = new QLabel(tr("&Runbooks:"), this);
    listLabel->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("runbookListWidget"));
    m_list->setAccessibleName(tr("Runbook templates"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(2);

    m_preview->setObjectName(QStringLiteral("runbookPreview"));
    m_preview->setAccessibleName(tr("Runbook preview"));
    m_preview->setOpenLinks(false);

    m_folderLabel->setObjectName(QStringLiteral("userFolderLabel"));
    m_folderLabel->setWordWrap(true);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folderLabel->setText(
        tr("Your own runbooks (Markdown task lists) go in %1").arg(QDir::toNativeSeparators(userFolder())));

    m_importButton = new QPushButton(tr("&Import…"), this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setToolTip(tr("Check a Markdown runbook and copy it into your folder"));
    m_openFolderButton = new QPushButton(tr("Open &Folder"), this);
    m_openFolderButton->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolderButton->setToolTip(tr("Show your runbook folder in the file manager"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_attachButton = buttons->addButton(tr("&Attach"), QDialogButtonBox::AcceptRole);
    m_attachButton->setObjectName(QStringLiteral("attachButton"));
    m_attachButton->setDefault(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderLabel, 1);
    folderRow->addWidget(m_importButton);
    folderRow->addWidget(m_openFolderButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(folderRow);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentItemChanged, this, &AttachRunbookDialog::updatePreview);
    connect(m_list, &QListWidget::itemActivated, this, &AttachRunbookDialog::requestAttach);
    connect(m_importButton, &QPushButton::clicked, this, &AttachRunbookDialog::chooseImportFile);
    connect(m_openFolderButton, &QPushButton::clicked, this, &AttachRunbookDialog::openUserFolder);
    // The Attach button is an AcceptRole button, but accepting is the receiver's call.
    connect(buttons, &QDialogButtonBox::accepted, this, &AttachRunbookDialog::requestAttach);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reload();
    resize(780, 500);
    m_list->setFocus();
}

AttachRunbookDialog::~AttachRunbookDialog() = default;

QString AttachRunbookDialog::userFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("runbooks"));
}

void AttachRunbookDialog::reload()
{
    const RunbookLibrary::Entry *current = currentEntry();
    const QString key = current ? current->key : QString();
    m_library.load({userFolder()});
    populate(key);
}

void AttachRunbookDialog::populate(const QString &selectKey)
{
    m_list->clear();
    const QColor dim = RunbookStyle::dimText(m_list->palette());
    int select = -1;
    for (const RunbookLibrary::Entry &entry : m_library.entries()) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(KeyRole, entry.key);
        if (entry.error) {
            item->setText(
                QStringLiteral("%1\n%2").arg(QFileInfo(entry.path).fileName(), entry.error.message));
            item->setForeground(dim);
            item->setToolTip(entry.error.message);
            item->setData(Qt::AccessibleTextRole,
                tr("%1, cannot be used: %2", "broken runbook file: file name, error")
                    .arg(QFileInfo(entry.path).fileName(), entry.error.message));
        } else {
            // The list stays short (the preview has the gates): name, size and where it comes from.
            item->setText(
                QStringLiteral("%1\n%2 · %3")
                    .arg(entry.runbook.name,
                        tr("Steps: %1", "runbook template: number of steps").arg(entry.runbook.steps.size()),
                        origin(entry)));
            item->setData(
                Qt::AccessibleTextRole, QStringLiteral("%1, %2").arg(entry.runbook.name, summaryLine(entry)));
            item->setToolTip(entry.runbook.description);
        }
        if (entry.key == selectKey || (select < 0 && selectKey.isEmpty() && !entry.error))
            select = m_list->count() - 1;
    }
    if (select < 0 && m_list->count() > 0)
        select = 0;
    m_list->setCurrentRow(select);
    updatePreview();
}

QString AttachRunbookDialog::summaryLine(const RunbookLibrary::Entry &entry)
{
    const QList<RunbookTemplate::Step> &steps = entry.runbook.steps;
    const auto count = [&](Gate gate) {
        return int(
            std::count_if(steps.cbegin(), steps.cend(), [gate](const auto &s) { return s.gate == gate; }));
    };
    // "Label: count" needs no plural forms (English has no numerus catalogue to pick "step" or "steps").
    QStringList parts {tr("Steps: %1", "runbook template: number of steps").arg(steps.size())};
    if (const int approvals = count(Gate::Approval))
        parts << tr("Commander's go: %1", "runbook template: steps gated by the commander's approval")
                     .arg(approvals);
    if (const int evidence = count(Gate::Evidence))
        parts << tr("Evidence: %1", "runbook template: steps that need evidence").arg(evidence);
    parts << origin(entry);
    return parts.join(QStringLiteral(" · "));
}

QString AttachRunbookDialog::origin(const RunbookLibrary::Entry &entry)
{
    return entry.builtIn ? tr("built in", "runbook shipped with Warroom")
                         : tr("your folder", "runbook from the user's folder");
}

const RunbookLibrary::Entry *AttachRunbookDialog::currentEntry() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? m_library.find(item->data(KeyRole).toString()) : nullptr;
}

bool AttachRunbookDialog::selectEntry(const QString &key)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(KeyRole).toString() == key) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void AttachRunbookDialog::updatePreview()
{
    const RunbookLibrary::Entry *entry = currentEntry();
    m_attachButton->setEnabled(entry && !entry->error);
    m_preview->setHtml(entry ? previewHtml(*entry) : QString());
}

QString AttachRunbookDialog::previewHtml(const RunbookLibrary::Entry &entry) const
{
    const QPalette palette = m_preview->palette();
    const QColor base = palette.color(QPalette::Base);
    const QString dim = colorName(RunbookStyle::dimText(palette));
    QString html;
    if (entry.error) {
        html += QStringLiteral("<h3>%1</h3>").arg(QFileInfo(entry.path).fileName().toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(tr("This file cannot be attached:").toHtmlEscaped());
        html += QStringLiteral("<p style=\"color:%1\"><b>%2</b></p>")
                    .arg(colorName(RunbookStyle::accentText(RunbookStyle::Accent::RolledBack, palette)),
                        entry.error.message.toHtmlEscaped());
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(dim,
                        tr("Fix it in %1, or import a corrected copy. A step is a line like "
                           "“- [ ] Take a backup {#backup gate=evidence}”.")
                            .arg(QDir::toNativeSeparators(entry.path))
                            .toHtmlEscaped());
        return html;
    }

    const RunbookTemplate &runbook = entry.runbook;
    html += QStringLiteral("<h3>%1</h3>").arg(runbook.name.toHtmlEscaped());
    if (!runbook.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(runbook.description.toHtmlEscaped());
    html += QStringLiteral("<p style=\"color:%1\">%2</p>").arg(dim, summaryLine(entry).toHtmlEscaped());

    const auto badge = [&](Gate gate) {
        if (gate == Gate::None)
            return QString();
        const RunbookStyle::Accent accent = RunbookStyle::gateAccent(gate, false);
        const QString text = gate == Gate::Approval
            ? tr("Needs commander's go", "badge of a step gated by the commander's approval")
            : tr("Needs evidence", "badge of a step that needs a note or attachment as evidence");
        return QStringLiteral(" <span style=\"background-color:%1; color:%2\">&nbsp;%3&nbsp;</span>")
            .arg(colorName(RunbookStyle::badgeFill(accent, base)), colorName(palette.color(QPalette::Text)),
                text.toHtmlEscaped());
    };
    QString section;
    bool listOpen = false;
    for (int i = 0; i < runbook.steps.size(); ++i) {
        const RunbookTemplate::Step &step = runbook.steps.at(i);
        if (i == 0 || step.section != section) {
            if (listOpen)
                html += QStringLiteral("</ol>");
            section = step.section;
            if (!section.isEmpty())
                html += QStringLiteral("<h4>%1</h4>").arg(section.toHtmlEscaped());
            html += QStringLiteral("<ol start=\"%1\">").arg(i + 1);
            listOpen = true;
        }
        html += QStringLiteral("<li>%1%2").arg(step.text.toHtmlEscaped(), badge(step.gate));
        if (!step.rollback.isEmpty()) {
            QString rollbackText = step.rollback;
            for (const RunbookTemplate::Step &other : runbook.steps) {
                if (other.id == step.rollback)
                    rollbackText = other.text;
            }
            html += QStringLiteral("<br><span style=\"color:%1\">↩ %2</span>")
                        .arg(dim,
                            tr("Rollback: %1", "the step that undoes this one")
                                .arg(rollbackText)
                                .toHtmlEscaped());
        }
        html += QStringLiteral("</li>");
    }
    if (listOpen)
        html += QStringLiteral("</ol>");
    return html;
}

void AttachRunbookDialog::requestAttach()
{
    const RunbookLibrary::Entry *entry = currentEntry();
    if (!entry || entry->error)
        return;
    Q_EMIT attachRequested(entry->runbook);
}

void AttachRunbookDialog::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Runbook"), QDir::homePath(), tr("Markdown runbooks (*.md);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool AttachRunbookDialog::importFile(const QString &path)
{
    const QString target
        = QDir(userFolder()).filePath(QFileInfo(path).completeBaseName() + QStringLiteral(".md"));
    if (QFileInfo::exists(target)
        && MessageBox::question(this, tr("Replace Runbook?"),
               tr("Your folder already has %1. Replace it with the imported file?")
                   .arg(QFileInfo(target).fileName()),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return false;
    Error error;
    const QString key = RunbookLibrary::import(path, userFolder(), &error);
    if (key.isEmpty()) {
        MessageBox::warning(
            this, tr("Runbook Not Imported"), tr("The runbook was not imported: %1").arg(error.message));
        return false;
    }
    m_library.load({userFolder()});
    populate(key);
    return true;
}

void AttachRunbookDialog::openUserFolder()
{
    const QString folder = userFolder();
    if (!QDir().mkpath(folder) || !QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        MessageBox::warning(this, tr("Folder Not Opened"),
            tr("Could not open %1. Put your runbooks there as Markdown files.")
                .arg(QDir::toNativeSeparators(folder)));
}

} // namespace Warroom
