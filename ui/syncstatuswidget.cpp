// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstatuswidget.h"

#include "session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Warroom {

SyncStatusWidget::SyncStatusWidget(Session *session, SyncEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_engine(engine)
    , m_label(new QLabel(this))
    , m_action(new QToolButton(this))
{
    setObjectName(QStringLiteral("syncStatusWidget"));
    m_label->setObjectName(QStringLiteral("syncStatusLabel"));
    m_action->setObjectName(QStringLiteral("syncActionButton"));
    m_action->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_action);

    connect(engine, &SyncEngine::stateChanged, this, &SyncStatusWidget::update);
    connect(session, &Session::pendingChanged, this, &SyncStatusWidget::update);
    connect(m_action, &QToolButton::clicked, this, [this] {
        if (m_engine && m_engine->state() == SyncEngine::State::Unauthorized)
            Q_EMIT connectRequested();
        else if (m_engine)
            m_engine->reconnectNow();
    });
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &SyncStatusWidget::update);
    update();
}

QString SyncStatusWidget::text() const
{
    return m_label->text();
}

void SyncStatusWidget::update()
{
    if (!m_engine || !m_session)
        return;
    const QString server = m_engine->server().host();
    const int pending = m_session->pendingCount();
    const QString waiting
        = pending > 0 ? tr(" · %n change(s) waiting to be sent", nullptr, pending) : QString();
    QString text;
    QString action;
    switch (m_engine->state()) {
    case SyncEngine::State::Stopped:
        text = tr("Not connected");
        break;
    case SyncEngine::State::Connecting:
        text = tr("Connecting to %1…").arg(server);
        break;
    case SyncEngine::State::Online:
        text = tr("Online with %1").arg(server);
        break;
    case SyncEngine::State::Offline:
        text = tr("Offline (%1); your changes are safe here. Next try in %n s", nullptr,
            (m_engine->retryIn() + 999) / 1000)
                   .arg(m_engine->detail());
        action = tr("Retry Now");
        break;
    case SyncEngine::State::Unauthorized:
        text = tr("%1 refused the token: %2").arg(server, m_engine->detail());
        action = tr("Connect…");
        break;
    }
    m_label->setText(text + waiting);
    m_label->setToolTip(m_engine->server().toDisplayString());
    m_action->setText(action);
    m_action->setVisible(!action.isEmpty());
    if (m_engine->state() == SyncEngine::State::Offline)
        m_countdown.start();
    else
        m_countdown.stop();
}

} // namespace Warroom
