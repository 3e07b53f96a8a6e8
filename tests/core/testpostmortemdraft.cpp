// SPDX-License-Identifier: GPL-3.0-or-later
#include "postmortemdraft.h"
#include "postmortemfixture.h"

#include <QTest>

using namespace Warroom;
using Section = PostmortemDraft::Section;

class TestPostmortemDraft : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void factsComeFromTheIncident();
    void metricsCarryTheirDefinitions();
    void timelineHoldsPinnedAndKeyEntries();
    void retractedEntriesAreMarked();
    void runbookAsExecuted();
    void chatUpdatesAndFollowUps();
    void writtenSectionsStartEmpty();
    void writtenSectionsSurviveJsonAndRegeneration();
    void foreignPostmortemIsRefused();
    void languageCheckReadsSectionsAndNotes();
    void formats();
};

void TestPostmortemDraft::factsComeFromTheIncident()
{
    const PostmortemFixture fixture;
    const PostmortemDraft d = PostmortemDraft::generate(PostmortemFixture::state());
    QCOMPARE(d.incidentId(), PostmortemFixture::incident());
    QCOMPARE(d.incidentTitle(), QStringLiteral("Checkout returns 502 for EU customers"));
    QCOMPARE(d.severity(), Severity::Sev1);
    QCOMPARE(d.status(), Status::Resolved);
    QCOMPARE(d.services(), (QStringList {QStringLiteral("checkout"), QStringLiteral("payments-gw")}));
    QCOMPARE(d.declaredBy(), QStringLiteral("priya"));
    QCOMPARE(d.commanders(), QStringList {QStringLiteral("priya")});
    QCOMPARE(d.people().size(), 3);
    QCOMPARE(d.generatedAt(), fixture.clock()->nowUtc()); // Clock::now() when none is given
    QCOMPARE(d.text(Section::Title), QStringLiteral("Postmortem: Checkout returns 502 for EU customers"));
}

void TestPostmortemDraft::metricsCarryTheirDefinitions()
{
    const PostmortemFixture fixture;
    const PostmortemDraft d = PostmortemDraft::generate(PostmortemFixture::state());
    QCOMPARE(d.metrics().size(), 4);
    const PostmortemMetric &detect = d.metrics().at(0);
    QCOMPARE(detect.name, QStringLiteral("Time to detect"));
    QCOMPARE(detect.msecs, std::optional<qint64>(9 * 60 * 1000));
    QVERIFY(detect.definition.contains(QStringLiteral("declared − impact started")));
    QCOMPARE(d.metricSpan(detect), QStringLiteral("21:31 impact started → 21:40 declared"));
    QCOMPARE(d.metrics().at(1).msecs, std::optional<qint64>(3 * 60 * 1000)); // acknowledge
    QCOMPARE(
        d.metrics().at(2).msecs, std::optional<qint64>(35 * 60 * 1000)); // mitigate, from the impact start
    QCOMPARE(d.metrics().at(3).msecs, std::optional<qint64>(54 * 60 * 1000)); // resolve
    for (const PostmortemMetric &m : d.metrics())
        QVERIFY2(!m.definition.isEmpty(), qPrintable(m.key));

    // Not reached yet, and no impact start recorded.
    IncidentState fresh(PostmortemFixture::incident());
    QVERIFY(!fresh.apply(PostmortemFixture::events().first()));
    const PostmortemDraft early = PostmortemDraft::generate(fresh);
    QCOMPARE(PostmortemDraft::metricValue(early.metrics().at(0)), QStringLiteral("no impact start recorded"));
    QCOMPARE(PostmortemDraft::metricValue(early.metrics().at(3)), QStringLiteral("not reached"));
    QCOMPARE(early.metricSpan(early.metrics().at(3)), QString());
}

void TestPostmortemDraft::timelineHoldsPinnedAndKeyEntries()
{
    const PostmortemFixture fixture;
    const PostmortemDraft d = PostmortemDraft::generate(PostmortemFixture::state());
    QStringList whats;
    for (const PostmortemTimelineItem &item : d.timeline())
        whats << item.what;
    QCOMPARE(whats,
        (QStringList {QStringLiteral("Declared"), QStringLiteral("Alert"), QStringLiteral("Update"),
            QStringLiteral("Role"), QStringLiteral("Role"), QStringLiteral("Observation"),
            QStringLiteral("Severity"), QStringLiteral("Status"), QStringLiteral("Decision"),
            QStringLiteral("Runbook"), QStringLiteral("Approval"), QStringLiteral("Gated step"),
            QStringLiteral("Rollback"), QStringLiteral("Gated step"), QStringLiteral("Gated step"),
            QStringLiteral("Skipped"), QStringLiteral("Status"), QStringLiteral("Alert"),
            QStringLiteral("Observation"), QStringLiteral("Resolved")}));
    // Notes that were neither pinned nor key stay out: the blaming note, the evidence.
    for (const PostmortemTimelineItem &item : d.timeline()) {
        QVERIFY(!item.text.contains(QStringLiteral("TLS bundle expired")));
        QVERIFY(!item.text.contains(QStringLiteral("Error rate 0.2%")));
    }
    // An edited entry shows its latest text, marked as edited, at the time it was first written.
    const PostmortemTimelineItem &edited = d.timeline().at(5);
    QVERIFY(edited.edited);
    QVERIFY(edited.pinned);
    QCOMPARE(edited.text,
        QStringLiteral("502s come from payments-gw only; EU region <eu-west-1> & eu-central-1."));
    QCOMPARE(d.formatMoment(edited.at), QStringLiteral("21:45"));
    const PostmortemTimelineItem &decision = d.timeline().at(8);
    QVERIFY(decision.pinned);
    QCOMPARE(decision.actor, QStringLiteral("priya"));
    QCOMPARE(d.formatMoment(decision.at), QStringLiteral("21:51"));
}

void TestPostmortemDraft::retractedEntriesAreMarked()
{
    const PostmortemFixture fixture;
    const PostmortemDraft d = PostmortemDraft::generate(PostmortemFixture::state());
    const auto it = std::find_if(d.timeline().cbegin(), d.timeline().cend(),
        [](const PostmortemTimelineItem &item) { return item.retracted; });
    QVERIFY(it != d.timeline().cend());
    QVERIFY(it->pinned);
    QCOMPARE(it->retractedBy, QStringLiteral("lena"));
    QCOMPARE(it->retractReason, QStringLiteral("The number was not confirmed"));
    // Retracted notes are not checked for language: they are no longer what the team says.
    for (const PostmortemNote &note : d.notes())
        QVERIFY(note.id != it->id);
}

void TestPostmortemDraft::runbookAsExecuted()
{
    const PostmortemFixture fixture;
    const PostmortemDraft d = PostmortemDraft::generate(PostmortemFixture::state());
    QCOMPARE(d.runbooks().size(), 1);
    const PostmortemRunbook &rb = d.runbooks().first();
    QCOMPARE(rb.name, QStringLiteral("Roll back a bad deploy"));
    QCOMPARE(rb.attachedBy, QStringLiteral("priya"));
    QCOMPARE(rb.steps.size(), 5);
    QCOMPARE(rb.doneCount(), 5);

    const PostmortemStep &rollback = rb.steps.at(1);
    QCOMPARE(rollback.gate, Gate::Approval);
    QCOMPARE(rollback.state, StepState::Checked);
    QCOMPARE(rollback.by, QStringLiteral("marco"));
    QCOMPARE(rollback.approvedBy, QStringLiteral("priya"));
    QVERIFY(rollback.wasRolledBack());
    QCOMPARE(rollback.changes.size(), 4); // approved, checked, rolled back, checked
    QCOMPARE(rollback.rollbackText, QStringLiteral("Re-deploy 2026.11.4 with the renewed bundle"));
    QCOMPARE(d.stepRemarks(rollback),
        (QStringList {QStringLiteral("second image healthy"), QStringLiteral("approved by priya at 21:54"),
            QStringLiteral("rolled back by marco at 21:57"),
            QStringLiteral("undone by: Re-deploy 2026.11.4 with the renewed bundle")}));

    const PostmortemStep &verify = rb.steps.at(2);
    QCOMPARE(verify.evidenceCount, 1);
    const PostmortemStep &purge = rb.steps.at(4);
    QCOMPARE(purge.state, StepState::Skipped);
    QCOMPARE(d.stepRemarks(purge), QStringList {QStringLiteral("why: The CDN serves no checkout pages")});
}

void TestPostmortemDraft::chatUpdatesAndFollowUps()
{
    const PostmortemFixture fixture;
    const PostmortemDraft d = PostmortemDraft::generate(PostmortemFixture::state());
    QCOMPARE(d.chats().size(), 2);
    QCOMPARE(PostmortemDraft::chatOutcome(d.chats().at(0)), QStringLiteral("delivered (HTTP 200)"));
    QCOMPARE(PostmortemDraft::chatOutcome(d.chats().at(1)),
        QStringLiteral("failed (HTTP 500): Internal Server Error"));
    QCOMPARE(d.followUps().size(), 2);
    QVERIFY(!d.followUps().at(0).done);
    QVERIFY(d.followUps().at(1).done);
    QCOMPARE(d.followUps().at(0).owner, QStringLiteral("marco"));
}

void TestPostmortemDraft::writtenSectionsStartEmpty()
{
    const PostmortemFixture fixture;
    const PostmortemDraft d = PostmortemDraft::generate(PostmortemFixture::state());
    for (const Section section : PostmortemDraft::writtenSections()) {
        QVERIFY(d.text(section).isEmpty());
        QVERIFY(!PostmortemDraft::sectionPrompt(section).isEmpty());
        QVERIFY(!PostmortemDraft::sectionName(section).isEmpty());
    }
    QCOMPARE(PostmortemDraft::writtenSections().size(), 5);
}

void TestPostmortemDraft::writtenSectionsSurviveJsonAndRegeneration()
{
    const PostmortemFixture fixture;
    PostmortemDraft d = PostmortemFixture::draft();
    d.setText(Section::Title, QStringLiteral("Expired certificate took EU checkout down"));
    const QJsonObject json = d.writtenJson();
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("warroom-postmortem"));
    QCOMPARE(json.value(QStringLiteral("incident")).toString(), PostmortemFixture::incident());
    QCOMPARE(json.value(QStringLiteral("went_well")).toString(), d.text(Section::WentWell));

    PostmortemDraft fresh = PostmortemDraft::generate(PostmortemFixture::state());
    Error error;
    QVERIFY2(fresh.setWrittenJson(json, &error), qPrintable(error.message));
    for (const Section section : PostmortemDraft::writtenSections())
        QCOMPARE(fresh.text(section), d.text(section));
    QCOMPARE(fresh.text(Section::Title), QStringLiteral("Expired certificate took EU checkout down"));

    // New events arrive; regenerating keeps what people wrote.
    IncidentState state = PostmortemFixture::state();
    Event note = EventFactory(QStringLiteral("lena"))
                     .addNote(PostmortemFixture::incident(), QStringLiteral("Late note"));
    QVERIFY(!state.apply(note));
    QVERIFY(!state.apply(
        EventFactory(QStringLiteral("lena")).pinNote(PostmortemFixture::incident(), note.id, true)));
    const int before = int(fresh.timeline().size());
    fresh.regenerate(state);
    QCOMPARE(fresh.timeline().size(), before + 1);
    QCOMPARE(fresh.text(Section::Summary), d.text(Section::Summary));
}

void TestPostmortemDraft::foreignPostmortemIsRefused()
{
    const PostmortemFixture fixture;
    PostmortemDraft d = PostmortemDraft::generate(PostmortemFixture::state());
    QJsonObject json = d.writtenJson();
    json.insert(QStringLiteral("incident"), PostmortemFixture::id(1));
    Error error;
    QVERIFY(!d.setWrittenJson(json, &error));
    QCOMPARE(error.field, QStringLiteral("incident"));
    QVERIFY(!d.setWrittenJson(QJsonObject {{QStringLiteral("format"), QStringLiteral("x")}}, &error));
    QCOMPARE(error.field, QStringLiteral("format"));
}

void TestPostmortemDraft::languageCheckReadsSectionsAndNotes()
{
    const PostmortemFixture fixture;
    const PostmortemDraft d = PostmortemFixture::draft();
    QCOMPARE(d.languageNotes().size(), 2);
    const PostmortemLanguageNote &section = d.languageNotes().at(0);
    QCOMPARE(section.sectionKey, QStringLiteral("factors"));
    QCOMPARE(section.where, QStringLiteral("Contributing factors"));
    QCOMPARE(section.excerpt, QStringLiteral("Marco should have checked the bundle."));
    QCOMPARE(section.finding.person, QStringLiteral("Marco"));
    const PostmortemLanguageNote &note = d.languageNotes().at(1);
    QCOMPARE(note.sectionKey, QStringLiteral("note:") + PostmortemFixture::id(8));
    QCOMPARE(note.where, QStringLiteral("Timeline 21:48 (lena)"));
    QCOMPARE(note.excerpt, QStringLiteral("Marco should have renewed it before the deploy."));
}

void TestPostmortemDraft::formats()
{
    QCOMPARE(PostmortemDraft::formatDuration(9000), QStringLiteral("9s"));
    QCOMPARE(PostmortemDraft::formatDuration(249000), QStringLiteral("4m 09s"));
    QCOMPARE(PostmortemDraft::formatDuration(3849000), QStringLiteral("1h 04m 09s"));
    QCOMPARE(PostmortemDraft::formatDuration(qint64(2) * 86400000 + 3 * 3600000 + 4 * 60000),
        QStringLiteral("2d 03h 04m"));
    QCOMPARE(PostmortemDraft::formatDuration(-5), QStringLiteral("0s"));
    QCOMPARE(
        PostmortemDraft::formatDateTime(PostmortemFixture::start()), QStringLiteral("2026-11-21 21:40 UTC"));
    const PostmortemFixture fixture;
    const PostmortemDraft d = PostmortemDraft::generate(PostmortemFixture::state());
    QCOMPARE(
        d.formatMoment(PostmortemFixture::start().addSecs(4 * 3600)), QStringLiteral("2026-11-22 01:40"));
    QCOMPARE(PostmortemDraft::excerpt(QStringLiteral("One. Two three four. Five."), 5, 8),
        QStringLiteral("Two three four."));
}

QTEST_GUILESS_MAIN(TestPostmortemDraft)
#include "testpostmortemdraft.moc"
