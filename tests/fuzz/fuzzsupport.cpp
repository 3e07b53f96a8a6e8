// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzsupport.h"

#include "clock.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace WarroomFuzz {

void initialize()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    // Leaked on purpose: destroying Qt's application object from static destructors after libFuzzer's
    // exit() races Qt's own global destructors. The pointers stay reachable, so LeakSanitizer is silent.
    static int argc = 1;
    static char name[] = "warroom-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
            std::abort();
        }
    });
    static Warroom::ManualClock *clock
        = new Warroom::ManualClock(QDateTime(QDate(2027, 1, 1), QTime(12, 0), Qt::UTC));
    Warroom::Clock::setInstance(clock);
}

QByteArray shown(const QString &text)
{
    QByteArray out("\"");
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f && c != QLatin1Char('\\'))
            out += char(c.unicode());
        else
            out += "\\u{" + QByteArray::number(c.unicode(), 16) + '}';
    }
    return out + '"';
}

void fail(const char *what)
{
    std::fprintf(stderr, "warroom fuzz: %s\n", what);
    std::abort();
}

} // namespace WarroomFuzz
