<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Warroom::AppStartup</name>
    <message>
        <source>A desktop war room for production incidents.</source>
        <translation>Ein Krisenraum auf dem Desktop für Produktionsvorfälle.</translation>
    </message>
    <message>
        <source>Open the incident database at &lt;path&gt; (default: %1).</source>
        <translation>Die Vorfalldatenbank unter &lt;Pfad&gt; öffnen (Standard: %1).</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example fr or de) instead of the system&apos;s.</source>
        <translation>Die Sprache &lt;Code&gt; (zum Beispiel fr oder de) statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>Record your actions under &lt;name&gt; (default: %1).</source>
        <translation>Ihre Aktionen unter &lt;Name&gt; aufzeichnen (Standard: %1).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--db needs the path of a database file.</source>
        <translation>--db erwartet den Pfad einer Datenbankdatei.</translation>
    </message>
    <message>
        <source>--actor needs a name.</source>
        <translation>--actor erwartet einen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>The name given to --actor is longer than %n characters.</source>
        <translation>
            <numerusform>Der bei --actor angegebene Name ist länger als %n Zeichen.</numerusform>
            <numerusform>Der bei --actor angegebene Name ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the incident database. Check that it can be written, or choose another file with --db.</source>
        <translation>Der Ordner %1 für die Vorfalldatenbank kann nicht angelegt werden. Prüfen Sie, ob er beschreibbar ist, oder wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot open the incident database %1.</source>
        <translation>Die Vorfalldatenbank %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Warroom cannot open its incident database.</source>
        <translation>Warroom kann seine Vorfalldatenbank nicht öffnen.</translation>
    </message>
    <message>
        <source>Try &apos;warroom --help&apos;.</source>
        <translation>Versuchen Sie „warroom --help“.</translation>
    </message>
    <message>
        <source>path</source>
        <comment>--help: placeholder for the value of --db</comment>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>code</source>
        <comment>--help: placeholder for the value of --lang</comment>
        <translation>Code</translation>
    </message>
    <message>
        <source>name</source>
        <comment>--help: placeholder for the value of --actor</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Warroom</source>
        <comment>product name, window title</comment>
        <translation>Warroom</translation>
    </message>
</context>
<context>
    <name>Warroom::BoardModel</name>
    <message>
        <source>Unacknowledged</source>
        <comment>incident with no commander</comment>
        <translation>Nicht übernommen</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no commander</comment>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>%1 is the incident commander.</source>
        <translation>%1 leitet den Vorfall.</translation>
    </message>
    <message>
        <source>Nobody has taken command of this incident yet. Until a commander is assigned, nobody is sure to be coordinating the response.</source>
        <translation>Noch niemand hat die Leitung dieses Vorfalls übernommen. Solange keine Leitung zugewiesen ist, koordiniert womöglich niemand die Reaktion.</translation>
    </message>
    <message>
        <source>No commander was assigned.</source>
        <translation>Es wurde keine Leitung zugewiesen.</translation>
    </message>
    <message>
        <source>Declared %1, resolved %2</source>
        <translation>Gemeldet am %1, behoben am %2</translation>
    </message>
    <message>
        <source>Declared %1</source>
        <translation>Gemeldet am %1</translation>
    </message>
    <message>
        <source>Unacknowledged: no incident commander yet</source>
        <translation>Nicht übernommen: noch keine Vorfallleitung</translation>
    </message>
    <message>
        <source>Open for %1</source>
        <translation>Offen seit %1</translation>
    </message>
    <message>
        <source>Resolved after %1</source>
        <translation>Behoben nach %1</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>incident title</comment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>incident status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Commander</source>
        <comment>incident commander</comment>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <comment>time since the incident was declared</comment>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Severity</source>
        <comment>how bad the incident is</comment>
        <translation>Schweregrad</translation>
    </message>
</context>
<context>
    <name>Warroom::BoardView</name>
    <message>
        <source>Incident board</source>
        <translation>Vorfallübersicht</translation>
    </message>
</context>
<context>
    <name>Warroom::BoardWidget</name>
    <message>
        <source>No open incidents. Declare one with %1.</source>
        <translation>Keine offenen Vorfälle. Melden Sie einen mit %1.</translation>
    </message>
</context>
<context>
    <name>Warroom::DeclareIncidentDialog</name>
    <message>
        <source>Declare Incident</source>
        <translation>Vorfall melden</translation>
    </message>
    <message>
        <source>What is broken, in a few words</source>
        <translation>Was ist kaputt? In wenigen Worten</translation>
    </message>
    <message>
        <source>Incident title</source>
        <translation>Titel des Vorfalls</translation>
    </message>
    <message numerus="yes">
        <source>Required, at most %n characters</source>
        <translation>
            <numerusform>Pflichtfeld, höchstens %n Zeichen</numerusform>
            <numerusform>Pflichtfeld, höchstens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>severity name, then its description</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>What do you know so far? Who is affected? (optional)</source>
        <translation>Was ist bisher bekannt? Wer ist betroffen? (optional)</translation>
    </message>
    <message>
        <source>&amp;Declare</source>
        <comment>button: declare the incident</comment>
        <translation>&amp;Melden</translation>
    </message>
    <message>
        <source>Declare the incident</source>
        <translation>Den Vorfall melden</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Severity</source>
        <comment>how bad the incident is</comment>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>what is known of the incident so far</comment>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <comment>how bad the incident is</comment>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <comment>what is known of the incident so far</comment>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
</context>
<context>
    <name>Warroom::MainWindow</name>
    <message>
        <source>&amp;Declare Incident…</source>
        <translation>Vorfall &amp;melden…</translation>
    </message>
    <message>
        <source>Declare a new incident (%1)</source>
        <translation>Einen neuen Vorfall melden (%1)</translation>
    </message>
    <message>
        <source>Open a new incident and put it on the board</source>
        <translation>Einen neuen Vorfall eröffnen und in die Übersicht aufnehmen</translation>
    </message>
    <message>
        <source>&amp;About Warroom</source>
        <translation>Ü&amp;ber Warroom</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Acting as %1</source>
        <translation>Akteur: %1</translation>
    </message>
    <message>
        <source>Could Not Declare the Incident</source>
        <translation>Vorfall konnte nicht gemeldet werden</translation>
    </message>
    <message>
        <source>The incident could not be stored.</source>
        <translation>Der Vorfall konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>About Warroom</source>
        <translation>Über Warroom</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Warroom %1&lt;/h3&gt;&lt;p&gt;A desktop war room for production incidents: one board for every open incident, a timeline written while it happens, and a blameless review afterwards.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Warroom %1&lt;/h3&gt;&lt;p&gt;Ein Krisenraum auf dem Desktop für Produktionsvorfälle: eine Übersicht aller offenen Vorfälle, eine Chronik, die während des Geschehens entsteht, und danach eine Nachbetrachtung ohne Schuldzuweisung.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Warroom</source>
        <comment>product name, window title</comment>
        <translation>Warroom</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <comment>menu: leave the application</comment>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>Warroom::Presentation</name>
    <message>
        <source>Critical: the service is down or data is at risk for many customers</source>
        <translation>Kritisch: Der Dienst ist für viele Kunden ausgefallen oder Daten sind gefährdet</translation>
    </message>
    <message>
        <source>Major: a core feature is broken or badly degraded</source>
        <translation>Schwer: Eine Kernfunktion ist ausgefallen oder stark beeinträchtigt</translation>
    </message>
    <message>
        <source>Minor: limited impact, a workaround exists</source>
        <translation>Gering: Begrenzte Auswirkung, es gibt eine Umgehung</translation>
    </message>
    <message>
        <source>Low: cosmetic or no customer impact</source>
        <translation>Niedrig: Kosmetisch oder ohne Auswirkung auf Kunden</translation>
    </message>
    <message>
        <source>Severity 1, critical</source>
        <translation>Schweregrad 1, kritisch</translation>
    </message>
    <message>
        <source>Severity 2, major</source>
        <translation>Schweregrad 2, schwer</translation>
    </message>
    <message>
        <source>Severity 3, minor</source>
        <translation>Schweregrad 3, gering</translation>
    </message>
    <message>
        <source>Severity 4, low</source>
        <translation>Schweregrad 4, niedrig</translation>
    </message>
    <message>
        <source>Investigating</source>
        <comment>incident status</comment>
        <translation>Wird untersucht</translation>
    </message>
    <message>
        <source>Identified</source>
        <comment>incident status: cause found</comment>
        <translation>Ursache gefunden</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <comment>incident status: impact reduced, not yet fixed</comment>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>incident status</comment>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>%1d %2h %3m</source>
        <comment>elapsed time: days, hours, minutes</comment>
        <translation>%1 d %2 h %3 min</translation>
    </message>
    <message>
        <source>%1h %2m %3s</source>
        <comment>elapsed time: hours, minutes, seconds</comment>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <comment>elapsed time: minutes, seconds</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>elapsed time: seconds</comment>
        <translation>%1 s</translation>
    </message>
</context>
</TS>
