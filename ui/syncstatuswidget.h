// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncengine.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace Warroom {

class Session;

/// The status bar's word on sync: which server, online or not (and why), when the next try comes, and
/// how many of your changes wait to be sent. Offline is calm, not alarming: the work is safe on disk.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    SyncStatusWidget(Session *session, SyncEngine *engine, QWidget *parent = nullptr);

    [[nodiscard]] QString text() const;

Q_SIGNALS:
    /// The person wants to give a new token (shown when the server refused the current one).
    void connectRequested();

private:
    void update();

    QPointer<Session> m_session;
    QPointer<SyncEngine> m_engine;
    QLabel *m_label = nullptr;
    QToolButton *m_action = nullptr;
    QTimer m_countdown;
};

} // namespace Warroom
