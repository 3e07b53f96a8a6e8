// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentstate.h"

#include <QDialog>

namespace Warroom {

/// One timeline entry in full: its whole text, who wrote it when, the retraction, and every earlier version
/// (objectName "historyDialog"). Shown without blocking, so the timeline stays usable beside it.
class EntryDialog : public QDialog
{
    Q_OBJECT
public:
    EntryDialog(const TimelineEntry &entry, bool utc, QWidget *parent = nullptr);
};

/// An attached image at full size, scrollable, with a Save button (objectName "attachmentDialog").
class AttachmentDialog : public QDialog
{
    Q_OBJECT
public:
    AttachmentDialog(
        const QString &name, const QImage &image, const QByteArray &content, QWidget *parent = nullptr);

private:
    QString m_name;
    QByteArray m_content;
};

/// Asks where to save attachment @p name and writes @p content there; says so when it cannot.
void saveAttachment(QWidget *parent, const QString &name, const QByteArray &content);

} // namespace Warroom
