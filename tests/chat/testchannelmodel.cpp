// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelmodel.h"
#include "webhooksecrets.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Warroom;

class TestChannelModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().remove(QStringLiteral("chat")); }

    void addCheckRemove()
    {
        ChannelModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy selection(&model, &ChannelModel::selectionChanged);
        QVERIFY(!model.add({QStringLiteral("#ops"), ChatKind::Slack, true}));
        QVERIFY(!model.add({QStringLiteral("#eng"), ChatKind::Discord, false}));
        QVERIFY(model.add({QStringLiteral("#ops"), ChatKind::Discord, false}));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(selection.size(), 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, ChannelModel::PlatformColumn).data().toString(), QStringLiteral("Discord"));
        QCOMPARE(model.index(1, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QVERIFY(model.index(0, 0).flags() & Qt::ItemIsUserCheckable);
        QVERIFY(!(model.index(0, 1).flags() & Qt::ItemIsUserCheckable));

        QVERIFY(model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(selection.size(), 3);
        // Saved at once: a new model reads the same.
        ChannelModel again;
        QCOMPARE(again.list().enabledChannels().size(), 2);

        QVERIFY(
            !model.update(QStringLiteral("#eng"), {QStringLiteral("#engineering"), ChatKind::Teams, true}));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("#engineering"));
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("Microsoft Teams"));

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(model.remove(QStringLiteral("#ops")));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(ChannelModel().rowCount(), 1);
    }

    void showsSessionOnlyUrls()
    {
        WebhookSecrets secrets(nullptr); // no keychain at all
        ChannelModel model(&secrets);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.add({QStringLiteral("#ops"), ChatKind::Mattermost, true}));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        bool done = false;
        secrets.store(QStringLiteral("#ops"), QStringLiteral("http://127.0.0.1:1/x"), true, this,
            [&](const Error &error) {
                QVERIFY(!error);
                done = true;
            });
        QTRY_VERIFY(done);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Mattermost · this session only"));
        QVERIFY(model.index(0, 0).data(ChannelModel::SessionOnlyRole).toBool());
    }
};

QTEST_GUILESS_MAIN(TestChannelModel)
#include "testchannelmodel.moc"
