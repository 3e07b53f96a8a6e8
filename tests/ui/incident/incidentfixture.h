// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "session.h"
#include "sqlitestore.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Warroom {

/// What every incident-view test needs: a Session over a fresh SQLite file, a ManualClock at a fixed moment,
/// and one declared incident.
class IncidentFixture
{
public:
    static QDateTime start() { return QDateTime(QDate(2026, 11, 21), QTime(22, 0), Qt::UTC); }

    /// Call from init(); check with QVERIFY(fixture.isReady()).
    void setUp(const QString &actor = QStringLiteral("tester"))
    {
        QStandardPaths::setTestModeEnabled(true);
        m_clock = std::make_unique<ManualClock>(start());
        Clock::setInstance(m_clock.get());
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return;
        Error error;
        auto store = SqliteStore::open(m_dir->filePath(QStringLiteral("incident.sqlite")), &error);
        if (!store) {
            qWarning() << "store:" << error.message;
            return;
        }
        m_session = std::make_unique<Session>(std::move(store), actor);
        if (!m_session->load(&error)) {
            qWarning() << "load:" << error.message;
            m_session.reset();
            return;
        }
        m_incident = m_session->declareIncident(
            QStringLiteral("Checkout returns 502"), Severity::Sev2, QStringLiteral("EU only"), &error);
        if (m_incident.isEmpty())
            qWarning() << "declare:" << error.message;
        m_clock->advanceSecs(60);
    }

    /// Call from cleanup(), after the widgets are gone.
    void tearDown()
    {
        m_session.reset();
        m_dir.reset();
        Clock::setInstance(nullptr);
        m_clock.reset();
    }

    [[nodiscard]] bool isReady() const { return m_session && !m_incident.isEmpty(); }
    [[nodiscard]] Session *session() const { return m_session.get(); }
    [[nodiscard]] ManualClock *clock() const { return m_clock.get(); }
    [[nodiscard]] const QString &incident() const { return m_incident; }
    [[nodiscard]] const IncidentState *state() const { return m_session->projection().incident(m_incident); }

    /// Submits @p event; false (with a warning) when refused.
    bool submit(const Event &event) const
    {
        Error error;
        if (m_session->submit(event, &error))
            return true;
        qWarning() << "submit:" << error.message;
        return false;
    }

    /// The events of the incident as stored (read back from the store, not the projection).
    [[nodiscard]] EventList stored() const
    {
        EventList events;
        Error error;
        if (!m_session->store()->readIncident(m_incident, &events, &error))
            qWarning() << "read:" << error.message;
        return events;
    }

    /// The last stored event of @p type, or an empty one.
    [[nodiscard]] Event lastStored(const QString &type) const
    {
        const EventList events = stored();
        for (auto it = events.crbegin(); it != events.crend(); ++it) {
            if (it->type == type)
                return *it;
        }
        return {};
    }

    [[nodiscard]] int storedCount(const QString &type) const
    {
        int count = 0;
        for (const Event &event : stored())
            count += event.type == type ? 1 : 0;
        return count;
    }

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    QString m_incident;
};

/// Picks item @p index of @p combo the way a person does: opens the list, moves to the item, presses Enter.
inline bool pickComboItem(QComboBox *combo, int index)
{
    combo->setFocus();
    combo->showPopup();
    QAbstractItemView *view = combo->view();
    if (!QTest::qWaitFor([view] { return view->isVisible(); }, 2000))
        return false;
    view->setCurrentIndex(combo->model()->index(index, combo->modelColumn()));
    QTest::keyClick(view, Qt::Key_Return);
    return QTest::qWaitFor([view] { return !view->isVisible(); }, 2000);
}

} // namespace Warroom
