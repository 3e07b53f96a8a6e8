// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfactory.h"
#include "eventtypes.h"
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
        // Control characters are refused where they are, not carried into a title nobody can see (#11, the
        // fuzz_runbook finding in tests/fuzz/corpus/runbook/runbook-roundtrip-d96c4fc5).
        QTest::newRow("NUL in the title")
            << QStringLiteral("# Triage ou\u0001%1e\n- [ ] a").arg(QChar(0)) << "line 1"
            << "control character U+0001 in column 12";
        QTest::newRow("NUL in a step") << QStringLiteral("# x\n- [ ] a%1b").arg(QChar(0)) << "line 2"
                                       << "control character U+0000";
        QTest::newRow("escape in a section") << "- [ ] a\n## \x1b[31mred\n- [ ] b"
                                             << "line 2"
                                             << "control character U+001b";
        QTest::newRow("DEL") << "# x\x7f\n- [ ] a"
                             << "line 1"
                             << "U+007f";
        QTest::newRow("C1 control") << "# x\n\n- [ ] a\u0085b"
                                    << "line 3"
                                    << "U+0085";
        QTest::newRow("lone carriage return") << "# x\r- [ ] a"
                                              << "line 1"
                                              << "U+000d";
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

    void acceptsTabsAndCrlf()
    {
        RunbookTemplate t;
        Error error;
        QVERIFY2(RunbookTemplate::parse(
                     QStringLiteral("#\tRestore\r\nWhy.\r\n- [ ] Announce\tit {#a}\r\n"), &t, &error),
            qPrintable(error.message));
        QCOMPARE(t.name, QStringLiteral("Restore"));
        QCOMPARE(t.description, QStringLiteral("Why."));
        QCOMPARE(t.steps.at(0).text, QStringLiteral("Announce\tit"));
    }

    // parse(toMarkdown()) gives the same template: what fuzz_runbook checks, on what it found (#11).
    void roundTrips_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("section");
        const QString longTitle
            = QStringLiteral("Triage and communicate a customer-facing outage in the first "
                             "minutes of anything customers can see, then more");
        QTest::newRow("long title cut at a space")
            << QStringLiteral("# %1\n- [ ] a").arg(longTitle) << longTitle.left(Limits::NameMax).trimmed()
            << QString() << QString();
        const QString emoji = QStringLiteral("\U0001F525");
        QTest::newRow("long title cut inside a surrogate pair")
            << QStringLiteral("# %1%2\n- [ ] a").arg(QString(Limits::NameMax - 1, QLatin1Char('x')), emoji)
            << QString(Limits::NameMax - 1, QLatin1Char('x')) << QString() << QString();
        QTest::newRow("title ending in #") << "# Upgrade C#\n- [ ] a"
                                           << "Upgrade C#" << QString() << QString();
        QTest::newRow("closing #s") << "# Upgrade # ##\n- [ ] a"
                                    << "Upgrade #" << QString() << QString();
        QTest::newRow("title of #s") << "# #\n## ##\n- [ ] a"
                                     << "#" << QString() << "##";
        QTest::newRow("section ending in #") << "# x\n## Step # #\n- [ ] a"
                                             << "x" << QString() << "Step #";
        QTest::newRow("description like a heading") << "# x\n  # not a heading\n- [ ] a"
                                                    << "x"
                                                    << "# not a heading" << QString();
        QTest::newRow("description like a step") << QStringLiteral("# x\n\u00a0+ [ ] no step\n- [ ] a") << "x"
                                                 << "+ [ ] no step" << QString();
        QTest::newRow("description made a heading by its join") << "# x\n#\nnot a heading\n- [ ] a"
                                                                << "x"
                                                                << "# not a heading" << QString();
        QTest::newRow("escaped description") << "# x\n\\\\# backslash\n\\- dash\n\\a\n- [ ] a"
                                             << "x"
                                             << "\\# backslash - dash \\a" << QString();
    }

    void roundTrips()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, name);
        QFETCH(QString, description);
        QFETCH(QString, section);
        RunbookTemplate t;
        Error error;
        QVERIFY2(RunbookTemplate::parse(markdown, &t, &error), qPrintable(error.message));
        QCOMPARE(t.name, name);
        QCOMPARE(t.description, description);
        QCOMPARE(t.steps.constLast().section, section);
        RunbookTemplate again;
        QVERIFY2(RunbookTemplate::parse(t.toMarkdown(), &again, &error), qPrintable(error.message));
        QCOMPARE(again.name, t.name);
        QCOMPARE(again.description, t.description);
        QCOMPARE(again.stepsJson(), t.stepsJson());
        QCOMPARE(again.steps.constLast().section, t.steps.constLast().section);
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
