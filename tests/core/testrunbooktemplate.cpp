// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfactory.h"
#include "eventvalidator.h"
#include "runbooktemplate.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Warroom;

class TestRunbookTemplate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesTheDocumentedSyntax()
    {
        const QString md = QStringLiteral("# Restore\n"
                                          "Why and when.\n"
                                          "More why.\n\n"
                                          "- [ ] Announce\n"
                                          "* [x] Take a backup {#backup gate=evidence}\n"
                                          "## Switch\n"
                                          "- [ ] Restore {#restore gate=approval rollback=undo}\n"
                                          "  - [ ] Undo it {#undo}\n"
                                          "- not a task\n");
        RunbookTemplate t;
        Error error;
        QVERIFY2(RunbookTemplate::parse(md, &t, &error), qPrintable(error.message));
        QCOMPARE(t.name, QStringLiteral("Restore"));
        QCOMPARE(t.description, QStringLiteral("Why and when. More why."));
        QCOMPARE(t.steps.size(), 4);
        QCOMPARE(t.steps.at(0).id, QStringLiteral("s1"));
        QCOMPARE(t.steps.at(0).gate, Gate::None);
        QCOMPARE(t.steps.at(1).id, QStringLiteral("backup"));
        QCOMPARE(t.steps.at(1).text, QStringLiteral("Take a backup"));
        QCOMPARE(t.steps.at(1).gate, Gate::Evidence);
        QCOMPARE(t.steps.at(2).gate, Gate::Approval);
        QCOMPARE(t.steps.at(2).rollback, QStringLiteral("undo"));
        QCOMPARE(t.steps.at(2).section, QStringLiteral("Switch"));
        QVERIFY(t.steps.at(1).section.isEmpty());

        // Round trip through the documented syntax.
        RunbookTemplate again;
        QVERIFY(RunbookTemplate::parse(t.toMarkdown(), &again, &error));
        QCOMPARE(again.stepsJson(), t.stepsJson());
        QCOMPARE(again.name, t.name);
    }

    void errorsNameTheLine_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown gate") << "# x\n- [ ] a {gate=maybe}"
                                      << "line 2"
                                      << "unknown gate";
        QTest::newRow("bad id") << "# x\n\n- [ ] a {#has/slash}"
                                << "line 3"
                                << "not a step id";
        QTest::newRow("unknown attribute") << "- [ ] a {owner=bob}"
                                           << "line 1"
                                           << "unknown attribute";
        QTest::newRow("empty step") << "- [ ] a\n- [ ]  {#b}"
                                    << "line 2"
                                    << "no text";
        QTest::newRow("duplicate id") << "- [ ] a {#a}\n- [ ] b {#a}"
                                      << "line 2"
                                      << "used twice";
        QTest::newRow("dangling rollback") << "- [ ] a\n- [ ] b {rollback=zz}"
                                           << "line 2"
                                           << "rollback=zz";
        QTest::newRow("no steps") << "# Only a title\nand prose"
                                  << ""
                                  << "no steps";
    }

    void errorsNameTheLine()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, field);
        QFETCH(QString, words);
        RunbookTemplate t;
        Error error;
        QVERIFY(!RunbookTemplate::parse(markdown, &t, &error));
        QCOMPARE(error.field, field);
        QVERIFY2(error.message.contains(words), qPrintable(error.message));
        QCOMPARE(error.code, QStringLiteral("invalid_runbook"));
    }

    void shippedTemplates_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(WARROOM_SOURCE_DIR "/resources/runbooks"));
        const QStringList files = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 4);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void shippedTemplates()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        RunbookTemplate t;
        Error error;
        QVERIFY2(
            RunbookTemplate::parse(QString::fromUtf8(file.readAll()), &t, &error), qPrintable(error.message));
        QVERIFY(!t.description.isEmpty());
        QVERIFY(t.steps.size() >= 8);
        const bool gated = std::any_of(t.steps.cbegin(), t.steps.cend(),
            [](const RunbookTemplate::Step &s) { return s.gate == Gate::Approval; });
        QVERIFY2(gated, "every shipped runbook pauses for the commander's go somewhere");

        // It attaches cleanly to an incident.
        const EventFactory f(QStringLiteral("alice"));
        IncidentState state;
        QVERIFY(!state.apply(f.declare(QStringLiteral("x"), Severity::Sev2)));
        const Event attach = f.attachRunbook(state.id(), t.name, t.stepsJson());
        const Error invalid = EventValidator::validate(attach, &state);
        QVERIFY2(!invalid, qPrintable(invalid.message));
    }
};

QTEST_GUILESS_MAIN(TestRunbookTemplate)
#include "testrunbooktemplate.moc"
