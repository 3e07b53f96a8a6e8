// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinedialogs.h"

#include "messagebox.h"
#include "presentation.h"
#include "timelinepresentation.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Warroom {

using namespace TimelinePresentation;

namespace {
// People's words are never markup: a note saying "<b>" shows "<b>".
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

EntryDialog::EntryDialog(const TimelineEntry &entry, bool utc, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("Timeline entry"));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    form->addRow(tr("Kind:"), plainLabel(kindLabel(entry.kind), this));
    form->addRow(tr("Time:"), plainLabel(formatFullTime(entry.at, utc), this));
    form->addRow(tr("Written by:"), plainLabel(entry.actor, this));
    if (entry.pinned)
        form->addRow(tr("Pinned:"), new QLabel(tr("Yes, a key moment"), this));
    if (entry.retracted) {
        auto *reason
            = plainLabel(tr("Retracted by %1: %2").arg(entry.retractedBy, entry.retractReason), this);
        reason->setWordWrap(true);
        reason->setObjectName(QStringLiteral("retractionLabel"));
        form->addRow(tr("Retracted:"), reason);
    }
    layout->addLayout(form);

    auto *text = new QPlainTextEdit(entry.text, this);
    text->setObjectName(QStringLiteral("entryTextEdit"));
    text->setAccessibleName(tr("Current text"));
    text->setReadOnly(true);
    if (looksLikeTerminalOutput(entry.text))
        text->setFont(Presentation::fixedPitchFont());
    layout->addWidget(new QLabel(tr("Current text:"), this));
    layout->addWidget(text, 1);

    auto *history = new QTreeWidget(this);
    history->setObjectName(QStringLiteral("historyTreeWidget"));
    history->setAccessibleName(tr("Earlier versions"));
    history->setRootIsDecorated(false);
    history->setHeaderLabels({tr("Version"), tr("Written by"), tr("Text")});
    history->setWordWrap(true);
    for (int i = 0; i < entry.history.size(); ++i) {
        const Revision &revision = entry.history.at(i);
        auto *item = new QTreeWidgetItem(history, {QString::number(i + 1), revision.by, revision.text});
        item->setToolTip(2, revision.text);
    }
    history->header()->setStretchLastSection(true);
    history->resizeColumnToContents(0);
    history->resizeColumnToContents(1);
    auto *historyLabel = new QLabel(entry.history.isEmpty()
            ? tr("Never edited.")
            : tr("Earlier versions, oldest first (%n edit(s)):", nullptr, int(entry.history.size())),
        this);
    layout->addWidget(historyLabel);
    layout->addWidget(history, 1);
    history->setVisible(!entry.history.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, entry.history.isEmpty() ? 320 : 460);
}

AttachmentDialog::AttachmentDialog(
    const QString &name, const QImage &image, const QByteArray &content, QWidget *parent)
    : QDialog(parent)
    , m_name(name)
    , m_content(content)
{
    setObjectName(QStringLiteral("attachmentDialog"));
    setWindowTitle(tr("Attachment: %1").arg(name));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("attachmentImageLabel"));
    label->setAccessibleName(tr("Attached image %1").arg(name));
    label->setPixmap(QPixmap::fromImage(image));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(label);
    scroll->setAlignment(Qt::AlignCenter);
    scroll->setBackgroundRole(QPalette::Dark);
    layout->addWidget(scroll, 1);
    layout->addWidget(new QLabel(tr("%1 × %2 pixels, %3", "image size")
                                     .arg(image.width())
                                     .arg(image.height())
                                     .arg(formatSize(content.size())),
        this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveAttachmentButton"));
    connect(save, &QPushButton::clicked, this, [this] { saveAttachment(this, m_name, m_content); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Full size, but never larger than most of the screen.
    const QSize available = (screen() ? screen()->availableGeometry().size() : QSize(1280, 800)) * 0.85;
    resize(QSize(image.width() + 40, image.height() + 100).boundedTo(available).expandedTo(QSize(320, 240)));
}

void saveAttachment(QWidget *parent, const QString &name, const QByteArray &content)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString path = QFileDialog::getSaveFileName(parent,
        QCoreApplication::translate("Warroom::AttachmentDialog", "Save attachment"),
        QDir(folder).filePath(name));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        MessageBox::warning(parent,
            QCoreApplication::translate("Warroom::AttachmentDialog", "Attachment not saved"),
            QCoreApplication::translate("Warroom::AttachmentDialog", "Could not save %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}

} // namespace Warroom
