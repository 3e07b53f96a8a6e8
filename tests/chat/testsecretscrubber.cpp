// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretscrubber.h"

#include <QTest>

using namespace Warroom;

class TestSecretScrubber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scrubsEveryForm()
    {
        const QUrl url(
            QStringLiteral("https://hooks.slack.com/services/T0AB12CD/B0EF34GH/s3cr3tT0k3nXYZabc?x=1"));
        const SecretScrubber scrubber(url);
        const QStringList leaks {
            QStringLiteral("Error transferring %1 - server replied: Bad Gateway").arg(url.toString()),
            QStringLiteral("POST %1 failed").arg(QString::fromLatin1(url.toEncoded())),
            QStringLiteral("no route for POST /services/T0AB12CD/B0EF34GH/s3cr3tT0k3nXYZabc?x=1"),
            QStringLiteral("token S3CR3TT0K3NXYZABC rejected"), // case changed by a receiver
            QStringLiteral("unknown webhook B0EF34GH"),
        };
        for (const QString &leak : leaks) {
            const QString scrubbed = scrubber.scrub(leak);
            QVERIFY2(!scrubbed.contains(QStringLiteral("s3cr3t"), Qt::CaseInsensitive), qPrintable(scrubbed));
            QVERIFY2(!scrubbed.contains(QStringLiteral("B0EF34GH")), qPrintable(scrubbed));
            QVERIFY2(scrubbed.contains(QStringLiteral("[webhook URL]")), qPrintable(scrubbed));
        }
        // Ordinary words stay: short path segments are not secrets.
        QCOMPARE(
            scrubber.scrub(QStringLiteral("services unavailable")), QStringLiteral("services unavailable"));
        QCOMPARE(scrubber.scrub(QStringLiteral("Connection refused")), QStringLiteral("Connection refused"));
    }

    void scrubsUserInfo()
    {
        const SecretScrubber scrubber(QUrl(QStringLiteral("https://bot:hunter2pass@relay.example.com/hook")));
        QCOMPARE(scrubber.scrub(QStringLiteral("auth hunter2pass failed")),
            QStringLiteral("auth [webhook URL] failed"));
    }
};

QTEST_GUILESS_MAIN(TestSecretScrubber)
#include "testsecretscrubber.moc"
