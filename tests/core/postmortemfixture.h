// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blamelesscheck.h"
#include "clock.h"
#include "eventfactory.h"
#include "eventtypes.h"
#include "goldenfiles.h"
#include "postmortemdraft.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <memory>

namespace Warroom {

/// A deterministic incident for the postmortem tests: fixed ids and times (a ManualClock while it lives),
/// a severity change, an alert that fires and resolves, a pinned decision, a gated step approved, rolled back
/// and done again, a skipped step, a pinned note later retracted, an edited note pinned, a failed chat post,
/// follow-ups, a resolution, and a note with blaming words. Text with |, <, *, _ and & checks the escaping of
/// every export.
class PostmortemFixture
{
public:
    PostmortemFixture()
        : m_clock(std::make_unique<ManualClock>(start().addSecs(2 * 3600)))
    {
        Clock::setInstance(m_clock.get());
    }
    ~PostmortemFixture() { Clock::setInstance(nullptr); }
    PostmortemFixture(const PostmortemFixture &) = delete;
    PostmortemFixture &operator=(const PostmortemFixture &) = delete;

    static QDateTime start() { return QDateTime(QDate(2026, 11, 21), QTime(21, 40), Qt::UTC); }
    static QString id(int n)
    {
        return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    }
    static QString incident() { return QStringLiteral("1b6a3c1e-0000-4000-8000-00000000cafe"); }
    static QString runbook() { return id(900); }

    [[nodiscard]] ManualClock *clock() const { return m_clock.get(); }

    /// The events in the order they happened.
    [[nodiscard]] static EventList events()
    {
        const EventFactory priya(QStringLiteral("priya"));
        const EventFactory lena(QStringLiteral("lena"));
        const EventFactory marco(QStringLiteral("marco"));
        const EventFactory alerts(QStringLiteral("alertmanager"));
        EventList list;
        const auto add = [&list](int minutes, Event event) {
            event.id = id(int(list.size()) + 1);
            event.incident = incident();
            event.at = start().addSecs(qint64(minutes) * 60);
            list.append(event);
        };
        const auto rb = runbook();
        const auto step = [](const char *sid, const char *text, const char *gate,
                              const char *rollback = nullptr) {
            QJsonObject s {{QStringLiteral("id"), QLatin1String(sid)},
                {QStringLiteral("text"), QLatin1String(text)}, {QStringLiteral("gate"), QLatin1String(gate)}};
            if (rollback)
                s.insert(QStringLiteral("rollback"), QLatin1String(rollback));
            return s;
        };

        add(0,
            priya.declare(QStringLiteral("Checkout returns 502 for EU customers"), Severity::Sev2,
                QStringLiteral("Checkout fails in the EU since the 21:30 deploy."),
                {QStringLiteral("checkout"), QStringLiteral("payments-gw")})); // 1
        add(0,
            alerts.alertReceived({}, QStringLiteral("alertmanager"), QStringLiteral("CheckoutHighErrorRate"),
                QStringLiteral("firing"), {{QStringLiteral("severity"), QStringLiteral("page")}},
                start().addSecs(-7 * 60), QStringLiteral("https://grafana.example/d/checkout"))); // 2
        add(2, priya.update({}, IncidentChanges().setImpactStartedAt(start().addSecs(-9 * 60)))); // 3
        add(3, priya.assignRole({}, QStringLiteral("commander"), QStringLiteral("priya"))); // 4
        add(3, priya.assignRole({}, QStringLiteral("scribe"), QStringLiteral("lena"))); // 5
        add(5,
            lena.addNote({}, QStringLiteral("502s come from payments-gw only; EU region."),
                NoteKind::Observation)); // 6
        add(7, priya.update({}, IncidentChanges().setSeverity(Severity::Sev1))); // 7
        add(8,
            lena.addNote({},
                QStringLiteral("The TLS bundle expired. Marco should have renewed it before the deploy."),
                NoteKind::Note)); // 8
        add(10,
            priya.setStatus({}, Status::Identified,
                QStringLiteral("Expired intermediate certificate in payments-gw"))); // 9
        add(11,
            priya.addNote({},
                QStringLiteral(
                    "Roll back payments-gw to 2026.11.3 rather than hot-patch the *bundle* in place."),
                NoteKind::Decision)); // 10
        add(11, lena.pinNote({}, id(10), true)); // 11
        Event attach = priya.attachRunbook({}, QStringLiteral("Roll back a bad deploy"),
            QJsonArray {step("freeze", "Freeze deploys", "none"),
                step("rollback", "Roll back payments-gw", "approval", "redeploy"),
                step("verify", "Check the error rate", "evidence"),
                step("redeploy", "Re-deploy 2026.11.4 with the renewed bundle", "none"),
                step("purge", "Purge the CDN cache", "none")});
        attach.data.insert(QStringLiteral("runbook"), rb);
        add(12, attach); // 12
        add(13,
            marco.checkStep(
                {}, rb, QStringLiteral("freeze"), QStringLiteral("deploy_freeze posted in #deploys"))); // 13
        add(14, priya.approveStep({}, rb, QStringLiteral("rollback"))); // 14
        add(15, marco.checkStep({}, rb, QStringLiteral("rollback"))); // 15
        add(17,
            marco.rollBackStep({}, rb, QStringLiteral("rollback"),
                QStringLiteral("2026.11.3 failed its health checks"))); // 16
        add(21,
            marco.checkStep(
                {}, rb, QStringLiteral("rollback"), QStringLiteral("second image healthy"))); // 17
        Event evidence
            = lena.addNote({}, QStringLiteral("Error rate 0.2% after the rollback."), NoteKind::Evidence);
        evidence.data.insert(QStringLiteral("runbook"), rb);
        evidence.data.insert(QStringLiteral("step"), QStringLiteral("verify"));
        add(24, evidence); // 18
        add(24, marco.checkStep({}, rb, QStringLiteral("verify"))); // 19
        add(25,
            marco.skipStep(
                {}, rb, QStringLiteral("purge"), QStringLiteral("The CDN serves no checkout pages"))); // 20
        add(26, priya.setStatus({}, Status::Mitigated, QStringLiteral("Error rate back to normal"))); // 21
        add(27,
            alerts.alertReceived({}, QStringLiteral("alertmanager"), QStringLiteral("CheckoutHighErrorRate"),
                QStringLiteral("resolved"), {}, start().addSecs(-7 * 60), QString())); // 22
        add(28,
            lena.chatPosted({}, QStringLiteral("#status"),
                QStringLiteral("Mitigated: checkout works again in the EU. Next update at 22:40."),
                QStringLiteral("delivered"), 200)); // 23
        add(29,
            lena.chatPosted({}, QStringLiteral("#exec-updates"), QStringLiteral("Checkout mitigated."),
                QStringLiteral("failed"), 500, QStringLiteral("Internal Server Error"))); // 24
        add(30,
            lena.addNote({}, QStringLiteral("Support saw 1,200 failed payments | most retried."),
                NoteKind::Observation)); // 25
        add(31, lena.pinNote({}, id(25), true)); // 26
        add(32, lena.retractNote({}, id(25), QStringLiteral("The number was not confirmed"))); // 27
        add(35,
            priya.addAction({}, QStringLiteral("Alert 30 days before a certificate expires"),
                QStringLiteral("marco"), QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC))); // 28
        add(36,
            priya.addAction({}, QStringLiteral("Add a canary stage for payments-gw"), QStringLiteral("lena"),
                QDateTime(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC))); // 29
        add(40,
            marco.checkStep(
                {}, rb, QStringLiteral("redeploy"), QStringLiteral("bundle valid until 2027-11"))); // 30
        add(41, priya.updateAction({}, id(29), ActionChanges().setDone(true))); // 31
        add(45, priya.setStatus({}, Status::Resolved, QStringLiteral("Renewed bundle deployed"))); // 32
        add(46,
            lena.editNote({}, id(6),
                QStringLiteral(
                    "502s come from payments-gw only; EU region <eu-west-1> & eu-central-1."))); // 33
        add(47, lena.pinNote({}, id(6), true)); // 34
        return list;
    }

    [[nodiscard]] static IncidentState state()
    {
        IncidentState s(incident());
        for (const Event &event : events()) {
            const Error error = s.apply(event);
            if (error)
                qWarning() << "fixture event refused:" << event.type << error.message;
        }
        return s;
    }

    /// The draft as the golden files hold it: generated two hours after the start, sections written, checked.
    [[nodiscard]] static PostmortemDraft draft()
    {
        const IncidentState s = state();
        PostmortemDraft d = PostmortemDraft::generate(s, start().addSecs(2 * 3600));
        d.setText(PostmortemDraft::Section::Summary,
            QStringLiteral("For 45 minutes EU customers could not pay: payments-gw presented an expired "
                           "intermediate certificate after the 21:30 deploy."));
        d.setText(PostmortemDraft::Section::Impact,
            QStringLiteral("- About 1,200 failed payments\n- EU only; the US region was not affected"));
        d.setText(PostmortemDraft::Section::Factors,
            QStringLiteral(
                "The renewal reminder went to a shared inbox nobody reads. Marco should have checked "
                "the bundle.\n\nThe deploy pipeline does not test the certificate chain."));
        d.setText(PostmortemDraft::Section::WentWell,
            QStringLiteral(
                "The approval gate made us pause before the rollback, and the rollback runbook held."));
        BlamelessCheck check;
        check.setNames(BlamelessCheck::peopleOf(s));
        d.checkLanguage(check);
        return d;
    }

    /// Compares @p actual with the golden file @p name under tests/data/postmortem, or rewrites the file
    /// when WARROOM_UPDATE_GOLDEN=1.
    static bool matchesGolden(const QString &actual, const QString &name)
    {
        const QString path = QDir(QStringLiteral(WARROOM_TEST_DATA "/postmortem")).filePath(name);
        QFile file(path);
        if (Testing::updatingGoldenFiles()) {
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                qWarning() << "cannot write" << path;
                return false;
            }
            file.write(actual.toUtf8());
            qInfo().noquote() << "rewrote" << path;
            return true;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning().noquote() << "no golden file" << path
                                 << "- run with WARROOM_UPDATE_GOLDEN=1 to make it";
            return false;
        }
        const QString expected = QString::fromUtf8(file.readAll());
        if (expected == actual)
            return true;
        const QStringList a = actual.split(QLatin1Char('\n'));
        const QStringList e = expected.split(QLatin1Char('\n'));
        for (int i = 0; i < std::max(a.size(), e.size()); ++i) {
            if (a.value(i) != e.value(i)) {
                qWarning().noquote() << name << "differs at line" << i + 1 << "\n  expected:" << e.value(i)
                                     << "\n  actual:  " << a.value(i)
                                     << "\n(WARROOM_UPDATE_GOLDEN=1 rewrites the golden files)";
                break;
            }
        }
        return false;
    }

private:
    std::unique_ptr<ManualClock> m_clock;
};

} // namespace Warroom
