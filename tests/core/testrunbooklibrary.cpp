// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbooklibrary.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Warroom;

namespace {
void write(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}
} // namespace

class TestRunbookLibrary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInsAreEmbedded()
    {
        RunbookLibrary library;
        library.load();
        QCOMPARE(library.entries().size(), 4);
        for (const auto &entry : library.entries()) {
            QVERIFY(entry.builtIn);
            QVERIFY2(!entry.error, qPrintable(entry.error.message));
            QVERIFY(entry.path.startsWith(QStringLiteral(":/runbooks/")));
        }
        const auto *restore = library.find(QStringLiteral("restore-database-backup"));
        QVERIFY(restore);
        QCOMPARE(restore->runbook.name, QStringLiteral("Restore a database from backup"));
    }

    void userFolderAddsAndOverrides()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("failover-dns.md")),
            "# Fail over DNS\n- [ ] Lower TTL\n- [ ] Switch {gate=approval}\n");
        write(dir.filePath(QStringLiteral("rollback-bad-deploy.md")),
            "# Our rollback\n- [ ] Press the big button\n");
        write(dir.filePath(QStringLiteral("broken.md")), "# Broken\n- [ ] step {gate=sometimes}\n");
        write(dir.filePath(QStringLiteral("notes.txt")), "- [ ] not a runbook file");
        RunbookLibrary library;
        library.load({dir.path()});
        QCOMPARE(library.entries().size(), 6);
        QCOMPARE(library.find(QStringLiteral("rollback-bad-deploy"))->runbook.name,
            QStringLiteral("Our rollback"));
        QVERIFY(!library.find(QStringLiteral("rollback-bad-deploy"))->builtIn);
        QCOMPARE(library.find(QStringLiteral("failover-dns"))->runbook.steps.size(), 2);
        const auto *broken = library.find(QStringLiteral("broken"));
        QVERIFY(broken);
        QVERIFY(broken->error);
        QVERIFY2(broken->error.message.contains(QStringLiteral("broken.md: line 2")),
            qPrintable(broken->error.message));
    }

    void import()
    {
        QTemporaryDir source;
        QTemporaryDir target;
        const QString good = source.filePath(QStringLiteral("cache-flush.md"));
        write(good, "# Flush the cache\n- [ ] Flush {gate=approval}\n");
        Error error;
        const QString folder = target.filePath(QStringLiteral("runbooks")); // created on demand
        QCOMPARE(RunbookLibrary::import(good, folder, &error), QStringLiteral("cache-flush"));
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("cache-flush.md"))));

        const QString bad = source.filePath(QStringLiteral("bad.md"));
        write(bad, "just prose");
        QVERIFY(RunbookLibrary::import(bad, folder, &error).isEmpty());
        QVERIFY(error.message.contains(QStringLiteral("bad.md")));
        QVERIFY(error.message.contains(QStringLiteral("no steps")));
        QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("bad.md"))));
        QVERIFY(
            RunbookLibrary::import(source.filePath(QStringLiteral("missing.md")), folder, &error).isEmpty());
        QCOMPARE(error.code, QStringLiteral("io_error"));
    }
};

QTEST_GUILESS_MAIN(TestRunbookLibrary)
#include "testrunbooklibrary.moc"
