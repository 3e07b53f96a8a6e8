// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatchannel.h"
#include "incidentfacts.h"

#include <QCoreApplication>
#include <QList>

class QPalette;
class QTextDocument;

namespace Warroom {

/// Writes the chat panel's preview: for each platform among the checked channels, a heading (the platform and
/// its channels), how the message measures against the platform's limit, and then exactly what that platform
/// will show — or, with @p json, the exact request body. One platform's text is never mixed into another's.
class ChatPreview
{
public:
    static void render(QTextDocument *document, const QList<ChatChannel> &channels,
        const IncidentFacts &facts, const QString &text, bool json, const QPalette &palette);

    // Last: the macro leaves the access at private.
    Q_DECLARE_TR_FUNCTIONS(Warroom::ChatPreview)
};

} // namespace Warroom
