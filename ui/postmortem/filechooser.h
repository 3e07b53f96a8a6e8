// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <optional>

class QObject;
class QWidget;

namespace Warroom {

/// Every file the UI asks a person to pick goes through here, so that tests can answer in advance
/// (like MessageBox). The dialogs are opened with open(), never exec(): no nested event loop.
class FileChooser
{
public:
    /// Asks where to save; @p chosen runs in @p context with the path, unless the person cancels.
    /// @p suggestedName is put in the folder used last time.
    static void save(QWidget *parent, const QString &title, const QString &suggestedName,
        const QString &filter, QObject *context, std::function<void(const QString &)> chosen);
    /// Asks for a file to open; @p chosen runs in @p context with the path, unless the person cancels.
    static void open(QWidget *parent, const QString &title, const QString &filter, QObject *context,
        std::function<void(const QString &)> chosen);

    /// For tests: the next save() or open() answers @p path at once without a dialog (nullopt = cancelled).
    static void setNextPath(const std::optional<QString> &path);
};

} // namespace Warroom
