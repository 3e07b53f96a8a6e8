// SPDX-License-Identifier: GPL-3.0-or-later
#include "longpollhub.h"

#include "serverlogging.h"

#include <QHttpServerResponder>
#include <QTcpSocket>

namespace Warroom {

LongPollHub::LongPollHub(Answer answer, QObject *parent)
    : QObject(parent)
    , m_answer(std::move(answer))
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &LongPollHub::expire);
}

LongPollHub::~LongPollHub() = default;

void LongPollHub::park(Waiter waiter, int waitMs)
{
    QTcpSocket *socket = waiter.socket;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return; // the client left while we looked: nobody to answer
    const quint64 id = m_nextId++;
    const qint64 deadline = m_clock.elapsed() + waitMs;
    // The hub is the context: when it goes, so do these connections.
    connect(socket, &QAbstractSocket::disconnected, this, [this, id] { drop(id); });
    connect(socket, &QObject::destroyed, this, [this, id] { drop(id); });
    m_waiters.emplace(id, std::move(waiter));
    m_deadlineOf.insert(id, deadline);
    m_deadlines.insert(deadline, id);
    scheduleTimer();
}

void LongPollHub::wake(qint64 lastSeq)
{
    // In parking order (the map's), so the longest waiting is answered first.
    QList<quint64> ready;
    for (const auto &[id, waiter] : m_waiters) {
        if (waiter.after < lastSeq)
            ready.append(id);
    }
    for (quint64 id : std::as_const(ready))
        answer(id);
    scheduleTimer();
}

void LongPollHub::answerAll()
{
    QList<quint64> all;
    for (const auto &entry : m_waiters)
        all.append(entry.first);
    for (quint64 id : std::as_const(all))
        answer(id);
    m_timer.stop();
}

void LongPollHub::expire()
{
    const qint64 now = m_clock.elapsed();
    QList<quint64> due;
    for (auto it = m_deadlines.cbegin(); it != m_deadlines.cend() && it.key() <= now; ++it)
        due.append(it.value());
    for (quint64 id : std::as_const(due))
        answer(id);
    scheduleTimer();
}

void LongPollHub::answer(quint64 id)
{
    auto it = m_waiters.find(id);
    if (it == m_waiters.end())
        return;
    Waiter waiter = std::move(it->second);
    m_waiters.erase(it);
    m_deadlines.remove(m_deadlineOf.take(id), id);
    QTcpSocket *socket = waiter.socket;
    if (socket) {
        // Our watches on this socket are for this waiter only.
        QObject::disconnect(socket, nullptr, this, nullptr);
    }
    if (socket && socket->state() == QAbstractSocket::ConnectedState)
        m_answer(waiter);
    else
        qCDebug(lcServer) << "dropped a long-poll whose client has gone";
    Q_EMIT released(socket);
}

void LongPollHub::drop(quint64 id)
{
    auto it = m_waiters.find(id);
    if (it == m_waiters.end())
        return;
    QTcpSocket *socket = it->second.socket; // may be null already
    // Never written to: the responder's socket pointer may be dangling, and its destructor does not use it.
    m_waiters.erase(it);
    m_deadlines.remove(m_deadlineOf.take(id), id);
    qCDebug(lcServer) << "a client left while its long-poll was parked";
    Q_EMIT released(socket);
    scheduleTimer();
}

void LongPollHub::scheduleTimer()
{
    if (m_deadlines.isEmpty()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, m_deadlines.firstKey() - m_clock.elapsed());
    m_timer.start(int(std::min<qint64>(wait, 24 * 3600 * 1000)));
}

} // namespace Warroom
