// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogues are finished: every visible string of ui/ has a French and a German translation, and no
// translation is left over from a string that is gone. The check runs lupdate over the sources into a copy of
// each catalogue (as scripts/update-translations.sh would, but keeping what is obsolete), so a string added
// to the code and never extracted counts as unfinished too.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

/// Every message of @p tsFile that is not finished: "context | source [comment]: why".
QStringList unfinishedMessages(const QString &tsFile, QString *error)
{
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QStringList problems;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QString comment;
    QString type;
    QStringList forms;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isStartElement()) {
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                source.clear();
                comment.clear();
                type.clear();
                forms.clear();
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                type = xml.attributes().value(QLatin1String("type")).toString();
                if (!numerus)
                    forms.append(xml.readElementText());
            } else if (name == QLatin1String("numerusform")) {
                forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && name == QLatin1String("message")) {
            QString why;
            if (!type.isEmpty())
                why = type; // unfinished, obsolete or vanished
            else if (forms.isEmpty() || std::any_of(forms.cbegin(), forms.cend(), [](const QString &form) {
                         return form.trimmed().isEmpty();
                     }))
                why = QStringLiteral("empty");
            if (!why.isEmpty()) {
                const QString note = comment.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(comment);
                problems.append(QStringLiteral("%1 | %2%3: %4").arg(context, source, note, why));
            }
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return problems;
}

/// The translatable sources, as ui/CMakeLists.txt hands them to lupdate: the widgets and the chat library
/// (channel kinds, delivery outcomes and template names are shown to people).
QStringList translatableSources()
{
    QStringList sources;
    for (const char *folder : {"/ui", "/app/chat"}) {
        QDirIterator it(QStringLiteral(WARROOM_SOURCE_DIR) + QLatin1String(folder),
            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            sources.append(it.next());
    }
    sources.sort();
    return sources;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("de") << QStringLiteral("de");
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, language);
        const QString original
            = QStringLiteral(WARROOM_SOURCE_DIR "/translations/warroom_%1.ts").arg(language);
        QVERIFY2(QFile::exists(original), qPrintable(original));

        // The checked-in catalogue as it stands (a translator may have left entries unfinished)...
        QString error;
        QStringList problems = unfinishedMessages(original, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // ...and as lupdate would make it from today's sources: strings added since show as unfinished,
        // strings gone as vanished (nothing is dropped: no -no-obsolete).
        const QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString copy = folder.filePath(QStringLiteral("warroom_%1.ts").arg(language));
        QVERIFY(QFile::copy(original, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(WARROOM_LUPDATE),
            QStringList {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-silent")}
                + translatableSources() + QStringList {QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(90000), "lupdate did not finish");
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
            lupdate.readAll().constData());
        const QStringList updated = unfinishedMessages(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString &problem : updated) {
            if (!problems.contains(problem))
                problems.append(problem);
        }

        for (const QString &problem : std::as_const(problems))
            qInfo().noquote() << QStringLiteral("warroom_%1.ts:").arg(language) << problem;
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("warroom_%1.ts has %2 unfinished, obsolete or vanished messages "
                                      "(listed above); run scripts/update-translations.sh and translate them")
                           .arg(language)
                           .arg(problems.size())));
    }

    void desktopEntryIsTranslated()
    {
        const QString path = QStringLiteral(WARROOM_SOURCE_DIR "/packaging/" WARROOM_APP_ID ".desktop");
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(path));
        QStringList keys;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            const qsizetype equals = line.indexOf(QLatin1Char('='));
            if (equals > 0 && !line.startsWith(QLatin1Char('#')) && !line.mid(equals + 1).trimmed().isEmpty())
                keys.append(line.left(equals));
        }
        QStringList missing;
        for (const QString &key : {QStringLiteral("Name"), QStringLiteral("GenericName"),
                 QStringLiteral("Comment"), QStringLiteral("Keywords")}) {
            for (const QString &language : {QStringLiteral("fr"), QStringLiteral("de")}) {
                const QString localized = QStringLiteral("%1[%2]").arg(key, language);
                if (!keys.contains(localized))
                    missing.append(localized);
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 lacks %2").arg(path, missing.join(u' '))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "testtranslations.moc"
