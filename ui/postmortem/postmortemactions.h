// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace Warroom {

class PostmortemEditor;
class Session;

/// The main window's postmortem and archive actions: Write Postmortem… (Ctrl+Shift+P) opens the editor of the
/// selected incident (one window per incident), Export Incident… writes its whole log to a file, Import
/// Incident… reads one back, refusing an archive with an invalid event and never storing an event twice.
class PostmortemActions : public QObject
{
    Q_OBJECT
public:
    /// @p window is the parent of the dialogs and editors; @p currentIncident tells which incident is
    /// selected.
    PostmortemActions(Session *session, QWidget *window, std::function<QString()> currentIncident);

    [[nodiscard]] QAction *postmortemAction() const { return m_postmortemAction; }
    [[nodiscard]] QAction *exportIncidentAction() const { return m_exportAction; }
    [[nodiscard]] QAction *importIncidentAction() const { return m_importAction; }
    /// The open editor of @p incident, or nullptr.
    [[nodiscard]] PostmortemEditor *editor(const QString &incident) const;

public Q_SLOTS:
    PostmortemEditor *openEditor(const QString &incident);
    void exportIncident();
    void importIncident();
    /// Imports @p path and says what happened (a warning naming the event and field when it is refused).
    bool importPath(const QString &path);

Q_SIGNALS:
    /// An archive was imported: the window selects @p incident.
    void imported(const QString &incident);
    /// A line for the status bar.
    void message(const QString &text);

private:
    QPointer<Session> m_session;
    QPointer<QWidget> m_window;
    std::function<QString()> m_currentIncident;
    QAction *m_postmortemAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importAction = nullptr;
    QHash<QString, QPointer<PostmortemEditor>> m_editors;
};

} // namespace Warroom
