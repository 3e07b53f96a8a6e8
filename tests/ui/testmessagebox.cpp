// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebox.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace Warroom;

class TestMessageBox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void preparedAnswersAreUsedOnce()
    {
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QCOMPARE(MessageBox::question(nullptr, QStringLiteral("t"), QStringLiteral("q"),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No),
            QMessageBox::Yes);
        MessageBox::setNextText(QStringLiteral("because"));
        QCOMPARE(MessageBox::text(nullptr, QStringLiteral("t"), QStringLiteral("why?")),
            std::optional<QString>(QStringLiteral("because")));
        MessageBox::setNextText(std::nullopt);
        QVERIFY(!MessageBox::text(nullptr, QStringLiteral("t"), QStringLiteral("why?")));
        MessageBox::setRecordWarnings(true);
        MessageBox::warning(nullptr, QStringLiteral("t"), QStringLiteral("refused: needs approval"));
        QCOMPARE(MessageBox::lastWarning(), QStringLiteral("refused: needs approval"));
    }

    void realTextDialogRequiresText()
    {
        // Without a prepared answer the real dialog shows; drive it like a person would.
        bool okWasDisabled = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonTextEdit"));
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            okWasDisabled = !ok->isEnabled();
            QTest::keyClicks(edit, QStringLiteral("  not needed for this service  "));
            QVERIFY(ok->isEnabled());
            ok->click();
        });
        const auto text
            = MessageBox::text(nullptr, QStringLiteral("Skip step"), QStringLiteral("Why skip it?"));
        QVERIFY(okWasDisabled);
        QCOMPARE(text, std::optional<QString>(QStringLiteral("not needed for this service")));
    }
};

QTEST_MAIN(TestMessageBox)
#include "testmessagebox.moc"
