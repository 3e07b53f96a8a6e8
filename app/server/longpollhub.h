// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHttpServerResponder>
#include <QMultiMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>

class QTcpSocket;

namespace Warroom {

/// The push channel of DESIGN §5: GET /api/v1/events?wait=S requests that found nothing new wait here until
/// an append (ours, or another warroomd's announced through the store) or until S seconds pass.
///
/// A parked QHttpServerResponder keeps a raw pointer to its socket, and writing to it after the client left
/// crashes (docs/PLATFORM.md). So each waiter keeps a QPointer to the socket beside the responder; a waiter
/// whose client is gone is dropped without a write, and one whose socket disconnects is dropped at once.
class LongPollHub : public QObject
{
    Q_OBJECT

public:
    struct Waiter
    {
        std::shared_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
        qint64 after = 0; ///< answer once something above this seq is stored
        int limit = 0;
        QString route; ///< for the metrics
        QByteArray method;
        bool closeAfter = false; ///< the client sent "Connection: close"
        QElapsedTimer started; ///< since the request arrived
        QByteArray authorization; ///< checked again when answered: a token revoked meanwhile gets no events
    };
    /// Writes the answer for @p waiter (events after waiter.after, or none when it timed out).
    using Answer = std::function<void(Waiter &waiter)>;

    explicit LongPollHub(Answer answer, QObject *parent = nullptr);
    ~LongPollHub() override;

    /// Holds @p waiter for at most @p waitMs.
    void park(Waiter waiter, int waitMs);
    /// Answers every waiter that waits for something at or below @p lastSeq.
    void wake(qint64 lastSeq);
    /// Answers everyone now (at shutdown: clients then reconnect elsewhere rather than wait for a timeout).
    void answerAll();
    [[nodiscard]] int size() const { return int(m_waiters.size()); }

Q_SIGNALS:
    /// A waiter left the hub (answered, or dropped because its client went away).
    void released(QTcpSocket *socket);

private:
    void expire();
    void drop(quint64 id);
    void answer(quint64 id);
    void scheduleTimer();

    Answer m_answer;
    quint64 m_nextId = 1;
    std::map<quint64, Waiter> m_waiters; ///< by id, which is parking order (std::map: Waiter is move-only)
    QHash<quint64, qint64> m_deadlineOf;
    QMultiMap<qint64, quint64> m_deadlines; ///< deadline (ms on m_clock) → waiter
    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace Warroom
