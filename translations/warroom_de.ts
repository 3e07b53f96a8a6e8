<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>HookSnippets</name>
    <message>
        <source>PagerDuty Events v2</source>
        <comment>the PagerDuty event format</comment>
        <translation>PagerDuty Events v2</translation>
    </message>
    <message>
        <source>Generic JSON</source>
        <comment>the hook for scripts</comment>
        <translation>Generisches JSON</translation>
    </message>
    <message>
        <source>alertmanager.yml: a receiver that sends every alert of its routes to Warroom</source>
        <translation>alertmanager.yml: ein Receiver, der alle Alarme seiner Routen an Warroom sendet</translation>
    </message>
    <message>
        <source>a token of role hook: %1</source>
        <translation>ein Token mit der Rolle hook: %1</translation>
    </message>
    <message>
        <source>then route alerts to it, e.g. receiver: warroom in the route that pages people</source>
        <translation>dann Alarme dorthin leiten, z. B. receiver: warroom in der Route, die Personen alarmiert</translation>
    </message>
    <message>
        <source>Grafana: Alerting → Contact points → Add contact point
  Integration: Webhook
  URL: %1
  HTTP Method: POST
  Optional Webhook settings:
    Authorization Header - Scheme: Bearer
    Authorization Header - Credentials: %2
  (or Basic Authentication: any user name, the token as the password)
Make the token with: %3
Then use the contact point in a notification policy.</source>
        <translation>Grafana: Alerting → Contact points → Add contact point
  Integration: Webhook
  URL: %1
  HTTP Method: POST
  Optional Webhook settings:
    Authorization Header - Scheme: Bearer
    Authorization Header - Credentials: %2
  (oder Basic Authentication: beliebiger Benutzername, der Token als Passwort)
Token erzeugen mit: %3
Dann den Contact Point in einer Notification Policy verwenden.</translation>
    </message>
</context>
<context>
    <name>Warroom::ActionsModel</name>
    <message>
        <source>%1
overdue</source>
        <comment>due date of an open follow-up that has passed; keep the line break</comment>
        <translation>%1
überfällig</translation>
    </message>
    <message>
        <source>Done. Untick to reopen the follow-up.</source>
        <translation>Erledigt. Haken entfernen, um die Folgeaufgabe wieder zu öffnen.</translation>
    </message>
    <message>
        <source>Open. Tick when done.</source>
        <translation>Offen. Abhaken, wenn erledigt.</translation>
    </message>
    <message>
        <source>%1
Added by %2, %3</source>
        <comment>follow-up text, then who added it and when</comment>
        <translation>%1
Hinzugefügt von %2, %3</translation>
    </message>
    <message>
        <source>Nobody owns this follow-up yet.</source>
        <translation>Für diese Folgeaufgabe ist noch niemand zuständig.</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Overdue: was due %1</source>
        <translation>Überfällig: war fällig am %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig am %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>follow-up not done yet</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Niemand zuständig</translation>
    </message>
    <message>
        <source>A follow-up needs some text. To drop it, tick it done instead.</source>
        <translation>Eine Folgeaufgabe braucht einen Text. Um sie fallen zu lassen, haken Sie sie stattdessen als erledigt ab.</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>column: follow-up done</comment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>column: what needs doing</comment>
        <translation>Folgeaufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>column: who does it</comment>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>column: due date</comment>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Tick a follow-up when it is done</source>
        <translation>Folgeaufgabe abhaken, wenn sie erledigt ist</translation>
    </message>
</context>
<context>
    <name>Warroom::ActionsPanel</name>
    <message>
        <source>Follow-up actions</source>
        <translation>Folgeaufgaben</translation>
    </message>
    <message>
        <source>Space ticks the selected follow-up done; F2 edits the text, owner or due date</source>
        <translation>Leertaste hakt die ausgewählte Folgeaufgabe ab; F2 bearbeitet Text, Zuständigkeit oder Fälligkeit</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Neue Folgeaufgabe</translation>
    </message>
    <message>
        <source>New follow-up: what should change so this does not happen again?</source>
        <translation>Neue Folgeaufgabe: Was muss sich ändern, damit das nicht wieder passiert?</translation>
    </message>
    <message>
        <source>Owner of the new follow-up</source>
        <translation>Zuständig für die neue Folgeaufgabe</translation>
    </message>
    <message>
        <source>owner (optional)</source>
        <translation>zuständig (optional)</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <comment>follow-up due date</comment>
        <translation>F&amp;ällig:</translation>
    </message>
    <message>
        <source>Set a due date</source>
        <translation>Fälligkeitsdatum setzen</translation>
    </message>
    <message>
        <source>Untick for no due date</source>
        <translation>Haken entfernen für kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Due date of the new follow-up</source>
        <translation>Fälligkeitsdatum der neuen Folgeaufgabe</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>button: add a follow-up</comment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add the follow-up</source>
        <translation>Folgeaufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Follow-up not changed</source>
        <translation>Folgeaufgabe nicht geändert</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <comment>who does the follow-up</comment>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>No follow-ups yet. Add what should change so this does not happen again.</source>
        <translation>Noch keine Folgeaufgaben. Fügen Sie hinzu, was sich ändern muss, damit das nicht wieder passiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <comment>follow-ups</comment>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>follow-ups</comment>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <comment>follow-ups</comment>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>%n erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up not added</source>
        <translation>Folgeaufgabe nicht hinzugefügt</translation>
    </message>
    <message>
        <source>The follow-up “%1” was not added.

Reason: %2</source>
        <translation>Die Folgeaufgabe „%1“ wurde nicht hinzugefügt.

Grund: %2</translation>
    </message>
    <message>
        <source>Reopen</source>
        <comment>follow-up</comment>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <comment>follow-up</comment>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>Change Owner</source>
        <translation>Zuständigkeit ändern</translation>
    </message>
    <message>
        <source>Change Due Date</source>
        <translation>Fälligkeitsdatum ändern</translation>
    </message>
    <message>
        <source>Remove Due Date</source>
        <translation>Fälligkeitsdatum entfernen</translation>
    </message>
</context>
<context>
    <name>Warroom::AlertHooksDialog</name>
    <message>
        <source>Alert Hooks</source>
        <translation>Alarm-Hooks</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Alert hooks need a warroomd server.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Alertmanager, Grafana and other alerting systems send their alerts to warroomd, which opens an incident for a firing alert and shows it on every board. This copy of Warroom works from a local file.&lt;/p&gt;&lt;p&gt;Connect with &lt;b&gt;File → Connect to Server…&lt;/b&gt; (a server address and a responder token), then come back here for the hook URLs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Alarm-Hooks benötigen einen warroomd-Server.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Alertmanager, Grafana und andere Alarmsysteme senden ihre Alarme an warroomd; der Server eröffnet für einen ausgelösten Alarm einen Vorfall und zeigt ihn in jeder Übersicht an. Diese Warroom-Instanz arbeitet mit einer lokalen Datei.&lt;/p&gt;&lt;p&gt;Verbinden Sie sich über &lt;b&gt;Datei → Mit Server verbinden…&lt;/b&gt; (eine Serveradresse und ein Responder-Token) und kehren Sie dann hierher zurück, um die Hook-URLs zu erhalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Mit Server &amp;verbinden…</translation>
    </message>
    <message>
        <source>Alerting systems can open incidents on &lt;b&gt;%1&lt;/b&gt;: a firing alert opens one, or joins the incident already open for its group; a resolved alert is recorded but never closes it. Each sender needs a token of role &lt;i&gt;hook&lt;/i&gt;, made on the server with:</source>
        <translation>Alarmsysteme können auf &lt;b&gt;%1&lt;/b&gt; Vorfälle eröffnen: Ein ausgelöster Alarm eröffnet einen oder wird dem bereits offenen Vorfall seiner Gruppe zugeordnet; ein behobener Alarm wird aufgezeichnet, schließt den Vorfall aber nie. Jeder Absender braucht einen Token mit der Rolle &lt;i&gt;hook&lt;/i&gt;, der auf dem Server so erzeugt wird:</translation>
    </message>
    <message>
        <source>Command that makes a hook token</source>
        <translation>Befehl, der einen Hook-Token erzeugt</translation>
    </message>
    <message>
        <source>Copy the token command</source>
        <translation>Token-Befehl kopieren</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>%1 hook URL</source>
        <translation>Hook-URL für %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Copy the %1 hook URL</source>
        <translation>Hook-URL für %1 kopieren</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Kopieren: %1</translation>
    </message>
    <message>
        <source>Alertmanager Receiver</source>
        <translation>Alertmanager-Receiver</translation>
    </message>
    <message>
        <source>Paste into alertmanager.yml, put the token in place of %1, and reload Alertmanager.</source>
        <translation>In alertmanager.yml einfügen, %1 durch den Token ersetzen und Alertmanager neu laden.</translation>
    </message>
    <message>
        <source>Grafana Contact Point</source>
        <translation>Grafana-Contact-Point</translation>
    </message>
    <message>
        <source>Grafana unified alerting sends to a webhook contact point; these are its settings.</source>
        <translation>Grafana Unified Alerting sendet an einen Webhook-Contact-Point; dies sind seine Einstellungen.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
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
    <message>
        <source>Start on a fresh demo database holding a realistic incident (your own database is left alone unless --db names it).</source>
        <translation>Mit einer neuen Demo-Datenbank starten, die einen realistischen Vorfall enthält (Ihre eigene Datenbank bleibt unberührt, außer --db nennt sie).</translation>
    </message>
    <message>
        <source>Check that Warroom works, without a display: declare an incident in a temporary folder, read it back, print &quot;self-test passed&quot; and quit.</source>
        <translation>Prüfen, ob Warroom funktioniert, ohne Anzeige: einen Vorfall in einem temporären Ordner melden, ihn wieder einlesen, &quot;self-test passed&quot; ausgeben und beenden.</translation>
    </message>
</context>
<context>
    <name>Warroom::AttachRunbookDialog</name>
    <message>
        <source>Attach Runbook</source>
        <translation>Runbook anhängen</translation>
    </message>
    <message>
        <source>&amp;Runbooks:</source>
        <translation>&amp;Runbooks:</translation>
    </message>
    <message>
        <source>Runbook templates</source>
        <translation>Runbook-Vorlagen</translation>
    </message>
    <message>
        <source>Runbook preview</source>
        <translation>Runbook-Vorschau</translation>
    </message>
    <message>
        <source>Your own runbooks (Markdown task lists) go in %1</source>
        <translation>Eigene Runbooks (Markdown-Aufgabenlisten) gehören nach %1</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Check a Markdown runbook and copy it into your folder</source>
        <translation>Ein Markdown-Runbook prüfen und in Ihren Ordner kopieren</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Show your runbook folder in the file manager</source>
        <translation>Ihren Runbook-Ordner im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Anhängen</translation>
    </message>
    <message>
        <source>%1, cannot be used: %2</source>
        <comment>broken runbook file: file name, error</comment>
        <translation>%1, nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <comment>runbook template: number of steps</comment>
        <translation>Schritte: %1</translation>
    </message>
    <message>
        <source>Commander&apos;s go: %1</source>
        <comment>runbook template: steps gated by the commander&apos;s approval</comment>
        <translation>Freigabe durch Incident-Commander: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <comment>runbook template: steps that need evidence</comment>
        <translation>Nachweise: %1</translation>
    </message>
    <message>
        <source>built in</source>
        <comment>runbook shipped with Warroom</comment>
        <translation>integriert</translation>
    </message>
    <message>
        <source>your folder</source>
        <comment>runbook from the user&apos;s folder</comment>
        <translation>Ihr Ordner</translation>
    </message>
    <message>
        <source>This file cannot be attached:</source>
        <translation>Diese Datei kann nicht angehängt werden:</translation>
    </message>
    <message>
        <source>Fix it in %1, or import a corrected copy. A step is a line like “- [ ] Take a backup {#backup gate=evidence}”.</source>
        <translation>Korrigieren Sie sie in %1 oder importieren Sie eine korrigierte Kopie. Ein Schritt ist eine Zeile wie „- [ ] Take a backup {#backup gate=evidence}“.</translation>
    </message>
    <message>
        <source>Needs commander&apos;s go</source>
        <comment>badge of a step gated by the commander&apos;s approval</comment>
        <translation>Freigabe durch Incident-Commander nötig</translation>
    </message>
    <message>
        <source>Needs evidence</source>
        <comment>badge of a step that needs a note or attachment as evidence</comment>
        <translation>Nachweis nötig</translation>
    </message>
    <message>
        <source>Rollback: %1</source>
        <comment>the step that undoes this one</comment>
        <translation>Rollback: %1</translation>
    </message>
    <message>
        <source>Import Runbook</source>
        <translation>Runbook importieren</translation>
    </message>
    <message>
        <source>Markdown runbooks (*.md);;All files (*)</source>
        <translation>Markdown-Runbooks (*.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace Runbook?</source>
        <translation>Runbook ersetzen?</translation>
    </message>
    <message>
        <source>Your folder already has %1. Replace it with the imported file?</source>
        <translation>Ihr Ordner enthält bereits %1. Durch die importierte Datei ersetzen?</translation>
    </message>
    <message>
        <source>Runbook Not Imported</source>
        <translation>Runbook nicht importiert</translation>
    </message>
    <message>
        <source>The runbook was not imported: %1</source>
        <translation>Das Runbook wurde nicht importiert: %1</translation>
    </message>
    <message>
        <source>Folder Not Opened</source>
        <translation>Ordner nicht geöffnet</translation>
    </message>
    <message>
        <source>Could not open %1. Put your runbooks there as Markdown files.</source>
        <translation>%1 konnte nicht geöffnet werden. Legen Sie Ihre Runbooks dort als Markdown-Dateien ab.</translation>
    </message>
</context>
<context>
    <name>Warroom::AttachmentDialog</name>
    <message>
        <source>Attachment: %1</source>
        <translation>Anhang: %1</translation>
    </message>
    <message>
        <source>Attached image %1</source>
        <translation>Angehängtes Bild %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3</source>
        <comment>image size</comment>
        <translation>%1 × %2 Pixel, %3</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>Attachment not saved</source>
        <translation>Anhang nicht gespeichert</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
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
    <message numerus="yes">
        <source>Nobody has taken command of this incident for %n minutes. Take command, or assign a commander now.</source>
        <translation>
            <numerusform>Seit %n Minute hat niemand die Leitung dieses Vorfalls übernommen. Übernehmen Sie jetzt die Leitung oder weisen Sie einen Incident-Commander zu.</numerusform>
            <numerusform>Seit %n Minuten hat niemand die Leitung dieses Vorfalls übernommen. Übernehmen Sie jetzt die Leitung oder weisen Sie einen Incident-Commander zu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue: no incident commander for %n minutes</source>
        <translation>
            <numerusform>Überfällig: seit %n Minute kein Incident-Commander</numerusform>
            <numerusform>Überfällig: seit %n Minuten kein Incident-Commander</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No commander for %n min</source>
        <comment>open incident past the unacknowledged threshold</comment>
        <translation>
            <numerusform>Seit %n Min. ohne Incident-Commander</numerusform>
            <numerusform>Seit %n Min. ohne Incident-Commander</numerusform>
        </translation>
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
    <message>
        <source>Show &amp;resolved</source>
        <translation>&amp;Behobene anzeigen</translation>
    </message>
    <message>
        <source>Show Me a &amp;Demo Incident</source>
        <translation>&amp;Demo-Vorfall zeigen</translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation>Vorfälle durchsuchen</translation>
    </message>
    <message>
        <source>Resolved incidents stay on the board, below the open ones</source>
        <translation>Behobene Vorfälle bleiben in der Übersicht, unter den offenen</translation>
    </message>
    <message>
        <source>Adds a realistic past outage to this board, to look around and try things</source>
        <translation>Fügt dieser Übersicht einen realistischen vergangenen Ausfall hinzu, zum Umsehen und Ausprobieren</translation>
    </message>
    <message>
        <source>No incident matches &quot;%1&quot;.</source>
        <translation>Kein Vorfall passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>No open incidents. %n resolved incident(s) under &quot;Show resolved&quot;.</source>
        <translation>
            <numerusform>Keine offenen Vorfälle. %n behobener Vorfall unter „Behobene anzeigen“.</numerusform>
            <numerusform>Keine offenen Vorfälle. %n behobene Vorfälle unter „Behobene anzeigen“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Warroom::ChannelDialog</name>
    <message>
        <source>Edit Chat Channel</source>
        <translation>Chat-Kanal bearbeiten</translation>
    </message>
    <message>
        <source>Add Chat Channel</source>
        <translation>Chat-Kanal hinzufügen</translation>
    </message>
    <message>
        <source>#incident-orders</source>
        <translation>#incident-bestellungen</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>Kanalname</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Show the URL</source>
        <translation>URL anzeigen</translation>
    </message>
    <message>
        <source>Keep the URL for this session only</source>
        <translation>URL nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>The URL stays in memory and is forgotten when Warroom quits; it is never written to disk.</source>
        <translation>Die URL bleibt im Arbeitsspeicher und wird beim Beenden von Warroom vergessen; sie wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>The URL is kept in the system keychain, never in a settings file or the database.</source>
        <translation>Die URL wird im Schlüsselbund des Systems gespeichert, nie in einer Einstellungsdatei oder der Datenbank.</translation>
    </message>
    <message>
        <source>Leave empty to keep the current URL</source>
        <translation>Leer lassen, um die aktuelle URL zu behalten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>Webhook &amp;URL:</source>
        <translation>Webhook-&amp;URL:</translation>
    </message>
    <message>
        <source>%1
The URL can be kept for this session only: it is forgotten when Warroom quits and never written to disk.</source>
        <translation>%1
Die URL kann nur für diese Sitzung behalten werden: Sie wird beim Beenden von Warroom vergessen und nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Looks like %1</source>
        <translation>Sieht aus wie %1</translation>
    </message>
</context>
<context>
    <name>Warroom::ChannelModel</name>
    <message>
        <source>Send posts to %1</source>
        <translation>„Senden“ sendet an %1</translation>
    </message>
    <message>
        <source>Send skips %1: check it to post there</source>
        <translation>„Senden“ überspringt %1: Anhaken, um dorthin zu senden</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · this session only</source>
        <translation>%1 · nur diese Sitzung</translation>
    </message>
    <message>
        <source>The webhook URL is kept in memory only and forgotten when Warroom quits.</source>
        <translation>Die Webhook-URL wird nur im Arbeitsspeicher gehalten und beim Beenden von Warroom vergessen.</translation>
    </message>
    <message>
        <source>The webhook URL is kept in the system keychain.</source>
        <translation>Die Webhook-URL wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
</context>
<context>
    <name>Warroom::ChatChannel</name>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Mattermost</source>
        <translation>Mattermost</translation>
    </message>
    <message>
        <source>Microsoft Teams</source>
        <translation>Microsoft Teams</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Generic JSON</source>
        <translation>Generisches JSON</translation>
    </message>
    <message>
        <source>Give the channel a name, such as #incident-orders.</source>
        <translation>Geben Sie dem Kanal einen Namen, etwa #incident-orders.</translation>
    </message>
    <message>
        <source>A channel name holds at most %1 characters.</source>
        <translation>Ein Kanalname hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A channel name is one line.</source>
        <translation>Ein Kanalname besteht aus einer einzigen Zeile.</translation>
    </message>
    <message>
        <source>Paste the webhook URL the chat platform gave you.</source>
        <translation>Fügen Sie die Webhook-URL ein, die Sie von der Chat-Plattform erhalten haben.</translation>
    </message>
    <message>
        <source>This is not a webhook URL: it should start with https:// and name a server.</source>
        <translation>Dies ist keine Webhook-URL: Sie sollte mit https:// beginnen und einen Server angeben.</translation>
    </message>
    <message>
        <source>Webhook URLs must use https:// (plain http:// only for a receiver on this computer).</source>
        <translation>Webhook-URLs müssen https:// verwenden (einfaches http:// nur für einen Empfänger auf diesem Computer).</translation>
    </message>
    <message>
        <source>There is already a channel called %1.</source>
        <translation>Es gibt bereits einen Kanal namens %1.</translation>
    </message>
    <message>
        <source>There is no channel called %1 any more.</source>
        <translation>Es gibt keinen Kanal namens %1 mehr.</translation>
    </message>
</context>
<context>
    <name>Warroom::ChatPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Chat updates</source>
        <translation>Chat-Updates</translation>
    </message>
    <message>
        <source>Chat channels</source>
        <translation>Chat-Kanäle</translation>
    </message>
    <message>
        <source>Send posts to every checked channel; Space checks or unchecks</source>
        <translation>An jeden angehakten Kanal senden; Leertaste hakt an oder ab</translation>
    </message>
    <message>
        <source>Add a Slack, Mattermost, Teams, Discord or generic webhook</source>
        <translation>Einen Slack-, Mattermost-, Teams-, Discord- oder generischen Webhook hinzufügen</translation>
    </message>
    <message>
        <source>Post a short test message to the selected channel (not recorded in the timeline)</source>
        <translation>Eine kurze Testnachricht an den ausgewählten Kanal senden (wird nicht in der Zeitleiste erfasst)</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Nachrichtenvorlage</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Insert a placeholder, filled in from the incident when sent</source>
        <translation>Einen Platzhalter einfügen, der beim Senden aus dem Vorfall gefüllt wird</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>What stakeholders should know. {title}, {status}… are filled in.</source>
        <translation>Was Stakeholder wissen sollten. {title}, {status}… werden ausgefüllt.</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Show the exact request body each platform receives</source>
        <translation>Den genauen Anfragetext zeigen, den jede Plattform erhält</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Zustellprotokoll</translation>
    </message>
    <message>
        <source>Next update in minutes</source>
        <translation>Nächstes Update in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Promise the next stakeholder update in this many minutes; Warroom reminds you</source>
        <translation>Das nächste Stakeholder-Update in so vielen Minuten zusagen; Warroom erinnert Sie daran</translation>
    </message>
    <message>
        <source>&amp;Next update in</source>
        <translation>&amp;Nächstes Update in</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>V&amp;orschau</translation>
    </message>
    <message>
        <source>Stakeholder update due</source>
        <translation>Stakeholder-Update fällig</translation>
    </message>
    <message>
        <source>%1 (%2): the next update you promised is due now.</source>
        <translation>%1 (%2): Das zugesagte nächste Update ist jetzt fällig.</translation>
    </message>
    <message>
        <source>Post the message to every checked channel (Ctrl+Return)</source>
        <translation>Die Nachricht an jeden angehakten Kanal senden (Ctrl+Return)</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <source>Add a chat channel to post updates to Slack, Mattermost, Teams, Discord or your own relay.</source>
        <translation>Fügen Sie einen Chat-Kanal hinzu, um Updates an Slack, Mattermost, Teams, Discord oder Ihr eigenes Relay zu senden.</translation>
    </message>
    <message>
        <source>Chat is not connected in this window</source>
        <translation>Chat ist in diesem Fenster nicht verbunden</translation>
    </message>
    <message>
        <source>Check at least one channel to send to</source>
        <translation>Haken Sie mindestens einen Zielkanal an</translation>
    </message>
    <message>
        <source>Post the message to the checked channel (Ctrl+Return)</source>
        <translation>Die Nachricht an den angehakten Kanal senden (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Post the message to the %1 checked channels (Ctrl+Return)</source>
        <translation>Die Nachricht an die %1 angehakten Kanäle senden (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Delivery &amp;log (%1)</source>
        <translation>Zustell&amp;protokoll (%1)</translation>
    </message>
    <message>
        <source>Delivery &amp;log</source>
        <translation>Zustell&amp;protokoll</translation>
    </message>
    <message>
        <source>No keychain: webhook URLs are kept for this session only and forgotten when Warroom quits.</source>
        <translation>Kein Schlüsselbund: Webhook-URLs werden nur für diese Sitzung behalten und beim Beenden von Warroom vergessen.</translation>
    </message>
    <message>
        <source>
Start or unlock a keychain (GNOME Keyring, KWallet) to keep them.</source>
        <translation>
Starten oder entsperren Sie einen Schlüsselbund (GNOME Keyring, KWallet), um sie zu behalten.</translation>
    </message>
    <message>
        <source>no update promised</source>
        <translation>kein Update zugesagt</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>fällig in %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>seit %1 überfällig</translation>
    </message>
    <message>
        <source>Due at %1</source>
        <translation>Fällig um %1</translation>
    </message>
    <message>
        <source>No webhook URL is stored for this channel: enter it.</source>
        <translation>Für diesen Kanal ist keine Webhook-URL gespeichert: Bitte eingeben.</translation>
    </message>
    <message>
        <source>No keychain is available, so the URL cannot be stored. Save again to keep it for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar, daher kann die URL nicht gespeichert werden. Speichern Sie erneut, um sie nur für diese Sitzung zu behalten.</translation>
    </message>
    <message>
        <source>Remove Channel</source>
        <translation>Kanal entfernen</translation>
    </message>
    <message>
        <source>Remove the channel %1? Its webhook URL is deleted from the keychain; the deliveries already recorded stay in the timeline.</source>
        <translation>Den Kanal %1 entfernen? Seine Webhook-URL wird aus dem Schlüsselbund gelöscht; bereits erfasste Zustellungen bleiben in der Zeitleiste.</translation>
    </message>
    <message>
        <source>Could Not Remove the URL</source>
        <translation>URL konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Test message from Warroom
This channel (%1) is set up to receive incident updates.</source>
        <translation>Testnachricht von Warroom
Dieser Kanal (%1) ist für Updates zu Vorfällen eingerichtet.</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Testnachricht wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>Posted to %1.</source>
        <translation>An %1 gesendet.</translation>
    </message>
    <message>
        <source>Test message posted to %1.</source>
        <translation>Testnachricht an %1 gesendet.</translation>
    </message>
    <message>
        <source>Could not post to %1: %2</source>
        <translation>Senden an %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Warroom::ChatPreview</name>
    <message>
        <source>Check one or more channels above to see what each platform will show.</source>
        <translation>Haken Sie oben einen oder mehrere Kanäle an, um zu sehen, was jede Plattform anzeigt.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 von %2 Bytes</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>Warroom::ChatSender</name>
    <message>
        <source>No place to keep webhook URLs is set up.</source>
        <translation>Es ist kein Speicherort für Webhook-URLs eingerichtet.</translation>
    </message>
    <message>
        <source>Could not read the webhook URL: %1</source>
        <translation>Die Webhook-URL konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No webhook URL for this session: edit the channel and enter it again.</source>
        <translation>Keine Webhook-URL für diese Sitzung: Bearbeiten Sie den Kanal und geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>No webhook URL is stored for this channel: edit the channel and enter it.</source>
        <translation>Für diesen Kanal ist keine Webhook-URL gespeichert: Bearbeiten Sie den Kanal und geben Sie sie ein.</translation>
    </message>
    <message>
        <source>The stored webhook URL is not valid: edit the channel and enter it again.</source>
        <translation>Die gespeicherte Webhook-URL ist ungültig: Bearbeiten Sie den Kanal und geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Not recorded in the timeline: %1</source>
        <translation>Nicht in der Zeitleiste erfasst: %1</translation>
    </message>
    <message>
        <source>%1 (not recorded in the timeline: %2)</source>
        <translation>%1 (nicht in der Zeitleiste erfasst: %2)</translation>
    </message>
</context>
<context>
    <name>Warroom::ConnectDialog</name>
    <message>
        <source>Connect to a Warroom Server</source>
        <translation>Mit einem Warroom-Server verbinden</translation>
    </message>
    <message>
        <source>Work together with your team through a warroomd server. Everything you do is kept on this computer first, so nothing is lost when the network is.</source>
        <translation>Arbeiten Sie über einen warroomd-Server mit Ihrem Team zusammen. Alles, was Sie tun, wird zuerst auf diesem Computer gespeichert, sodass bei einem Netzausfall nichts verloren geht.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>wr_… (from warroomd token create)</source>
        <translation>wr_… (von warroomd token create)</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>The token is kept in your system keychain, never in a file.</source>
        <translation>Der Token wird im Schlüsselbund Ihres Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Work Locally</source>
        <translation>&amp;Lokal arbeiten</translation>
    </message>
    <message>
        <source>Forget the server and its token; work from the local file</source>
        <translation>Server und Token vergessen; mit der lokalen Datei arbeiten</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Storing the token in the keychain…</source>
        <translation>Token wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>Removing the token from the keychain…</source>
        <translation>Token wird aus dem Schlüsselbund entfernt…</translation>
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
    <name>Warroom::DeliveryLogModel</name>
    <message>
        <source>Looking up URL</source>
        <translation>URL wird abgerufen</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Sending (attempt %1)</source>
        <translation>Wird gesendet (Versuch %1)</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Retrying in %1 s</source>
        <translation>Neuer Versuch in %1 s</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (test)</source>
        <translation>%1 (Test)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP</source>
        <comment>column: HTTP status code of the answer</comment>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Tries</source>
        <comment>column: attempts</comment>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>Warroom::DeliveryQueue</name>
    <message>
        <source>No network access is set up.</source>
        <translation>Es ist kein Netzwerkzugang eingerichtet.</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>Keine Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>Gave up after 1 attempt: %1</source>
        <translation>Nach 1 Versuch aufgegeben: %1</translation>
    </message>
    <message>
        <source>Gave up after %1 attempts: %2</source>
        <translation>Nach %1 Versuchen aufgegeben: %2</translation>
    </message>
    <message>
        <source>%1 (the platform asked to wait %2 s: given up)</source>
        <translation>%1 (die Plattform bat, %2 s zu warten: aufgegeben)</translation>
    </message>
</context>
<context>
    <name>Warroom::EntryDialog</name>
    <message>
        <source>Timeline entry</source>
        <translation>Zeitleisteneintrag</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>Verfasst von:</translation>
    </message>
    <message>
        <source>Pinned:</source>
        <translation>Angeheftet:</translation>
    </message>
    <message>
        <source>Yes, a key moment</source>
        <translation>Ja, ein Schlüsselmoment</translation>
    </message>
    <message>
        <source>Retracted by %1: %2</source>
        <translation>Zurückgezogen von %1: %2</translation>
    </message>
    <message>
        <source>Retracted:</source>
        <translation>Zurückgezogen:</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Aktueller Text</translation>
    </message>
    <message>
        <source>Current text:</source>
        <translation>Aktueller Text:</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Frühere Versionen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Verfasst von</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Never edited.</source>
        <translation>Nie bearbeitet.</translation>
    </message>
    <message numerus="yes">
        <source>Earlier versions, oldest first (%n edit(s)):</source>
        <translation>
            <numerusform>Frühere Versionen, älteste zuerst (%n Bearbeitung):</numerusform>
            <numerusform>Frühere Versionen, älteste zuerst (%n Bearbeitungen):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Warroom::GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Getting started guide</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Getting started with Warroom&lt;/h2&gt;&lt;p&gt;Warroom keeps one log of everything written about an incident, with who wrote it and when. Nothing is ever deleted: a mistake is put right by a new entry.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Erste Schritte mit Warroom&lt;/h2&gt;&lt;p&gt;Warroom führt ein einziges Protokoll über alles, was zu einem Vorfall geschrieben wird, mit Verfasser und Zeitpunkt. Nichts wird je gelöscht: Ein Fehler wird durch einen neuen Eintrag berichtigt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The incident commander&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Declare the incident: %1, or File → Declare Incident. Give it a title people will recognise and a severity; it appears on the board at once.&lt;/li&gt;&lt;li&gt;Take the commander role in the roles panel, then hand out the others: the scribe keeps the timeline, communications keeps stakeholders informed, operations has hands on the systems.&lt;/li&gt;&lt;li&gt;Keep the status true: %2 (Incident → Change Status). Post updates to your chat channels from the chat panel; it reminds you when the next one is due.&lt;/li&gt;&lt;li&gt;The board lists every open incident, the most severe first; search it with %3.&lt;/li&gt;&lt;/ul&gt;</source>
        <comment>Getting Started: %1 to %3 are keyboard shortcuts</comment>
        <translation>&lt;h3&gt;Der Incident-Commander&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Melden Sie den Vorfall: %1 oder Datei → Vorfall melden. Geben Sie ihm einen Titel, den alle wiedererkennen, und einen Schweregrad; er erscheint sofort in der Übersicht.&lt;/li&gt;&lt;li&gt;Übernehmen Sie im Rollenbereich die Rolle Incident-Commander und verteilen Sie dann die anderen: Der Protokollführer führt die Zeitleiste, die Kommunikation hält die Stakeholder auf dem Laufenden, der Betrieb arbeitet direkt an den Systemen.&lt;/li&gt;&lt;li&gt;Halten Sie den Status aktuell: %2 (Vorfall → Status ändern). Senden Sie Updates über den Chat-Bereich an Ihre Chat-Kanäle; er erinnert Sie, wann das nächste fällig ist.&lt;/li&gt;&lt;li&gt;Die Übersicht listet alle offenen Vorfälle, die schwersten zuerst; durchsuchen Sie sie mit %3.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;A responder&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Write what you see and what you do while it happens: %1 takes you to the note entry. Short notes are best; the time is recorded for you.&lt;/li&gt;&lt;li&gt;Pin what everyone must see (%2), and tick the steps of the incident&apos;s runbooks as you do them (Incident → Attach Runbook to add one).&lt;/li&gt;&lt;li&gt;Wrong note? %3 undoes your last change with a new entry.&lt;/li&gt;&lt;/ul&gt;</source>
        <comment>Getting Started: %1 to %3 are keyboard shortcuts</comment>
        <translation>&lt;h3&gt;Als Responder&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Schreiben Sie auf, was Sie sehen und tun, während es passiert: %1 bringt Sie zur Notizeingabe. Kurze Notizen sind am besten; die Zeit wird für Sie erfasst.&lt;/li&gt;&lt;li&gt;Heften Sie an, was alle sehen müssen (%2), und haken Sie die Schritte der Runbooks des Vorfalls ab, sobald Sie sie erledigen (Vorfall → Runbook anhängen, um eines hinzuzufügen).&lt;/li&gt;&lt;li&gt;Falsche Notiz? %3 macht Ihre letzte Änderung mit einem neuen Eintrag rückgängig.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The facilitator of the review&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Once the incident is resolved, replay it (%1): the window shows it as it was at any moment, read-only.&lt;/li&gt;&lt;li&gt;Write the postmortem (%2): Warroom drafts it from the log (timeline, key moments, durations) and points out wording that blames people rather than systems.&lt;/li&gt;&lt;li&gt;Export the incident to archive or share it: Incident → Export Incident.&lt;/li&gt;&lt;/ul&gt;</source>
        <comment>Getting Started: %1 and %2 are keyboard shortcuts</comment>
        <translation>&lt;h3&gt;Die Moderation der Nachbetrachtung&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Sobald der Vorfall behoben ist, geben Sie ihn wieder (%1): Das Fenster zeigt ihn schreibgeschützt so, wie er zu jedem beliebigen Zeitpunkt war.&lt;/li&gt;&lt;li&gt;Schreiben Sie das Post-Mortem (%2): Warroom erstellt einen Entwurf aus dem Protokoll (Zeitleiste, Schlüsselmomente, Dauern) und weist auf Formulierungen hin, die Menschen statt Systemen die Schuld geben.&lt;/li&gt;&lt;li&gt;Exportieren Sie den Vorfall, um ihn zu archivieren oder weiterzugeben: Vorfall → Vorfall exportieren.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Working as a team&lt;/h3&gt;&lt;p&gt;Without a server, the log is a file on this computer. File → Connect to Server shares one war room with your team through a warroomd server; Warroom keeps working offline and sends what you wrote when the server is back.&lt;/p&gt;&lt;p&gt;Every shortcut: %1 (Help → Keyboard Shortcuts).&lt;/p&gt;</source>
        <comment>Getting Started: %1 is a keyboard shortcut</comment>
        <translation>&lt;h3&gt;Im Team arbeiten&lt;/h3&gt;&lt;p&gt;Ohne Server ist das Protokoll eine Datei auf diesem Computer. Datei → Mit Server verbinden teilt einen Krisenraum über einen warroomd-Server mit Ihrem Team; Warroom arbeitet offline weiter und sendet Ihre Einträge, sobald der Server wieder erreichbar ist.&lt;/p&gt;&lt;p&gt;Alle Tastenkürzel: %1 (Hilfe → Tastenkürzel).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Warroom::IncidentFacts</name>
    <message>
        <source>Investigating</source>
        <translation>Wird untersucht</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Ursache gefunden</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>noch nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 UTC (in %2)</source>
        <translation>%1 UTC (in %2)</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>Warroom::IncidentHeader</name>
    <message>
        <source>Incident header</source>
        <translation>Vorfallkopf</translation>
    </message>
    <message>
        <source>Severity</source>
        <comment>how bad the incident is</comment>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Incident title</source>
        <translation>Titel des Vorfalls</translation>
    </message>
    <message>
        <source>Press Enter to save the title, Escape to put the saved one back</source>
        <translation>Eingabetaste speichert den Titel, Esc stellt den gespeicherten wieder her</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>incident status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time elapsed</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <source>Assign commander…</source>
        <translation>Incident-Commander zuweisen…</translation>
    </message>
    <message>
        <source>Assign a commander in the roles panel</source>
        <translation>Einen Incident-Commander im Rollenbereich zuweisen</translation>
    </message>
    <message>
        <source>Impact started</source>
        <comment>when customers started to be affected</comment>
        <translation>Beginn der Auswirkung</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <comment>format of the impact start (local time)</comment>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>Affected services</source>
        <translation>Betroffene Dienste</translation>
    </message>
    <message>
        <source>Comma-separated; Enter saves, Escape reverts</source>
        <translation>Durch Kommas getrennt; Eingabetaste speichert, Esc verwirft</translation>
    </message>
    <message>
        <source>e.g. checkout, payments-api</source>
        <comment>services: example input</comment>
        <translation>z. B. checkout, payments-api</translation>
    </message>
    <message>
        <source>The services affected, separated by commas</source>
        <translation>Die betroffenen Dienste, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>what is known of the incident so far</comment>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Ctrl+Enter or leaving the field saves; Escape reverts</source>
        <translation>Ctrl+Enter oder Verlassen des Felds speichert; Esc verwirft</translation>
    </message>
    <message>
        <source>What is known so far? Who is affected?</source>
        <translation>Was ist bisher bekannt? Wer ist betroffen?</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>Zusammenfassung speichern</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Die Zusammenfassung speichern</translation>
    </message>
    <message>
        <source>Save the summary (Ctrl+Enter in the field)</source>
        <translation>Die Zusammenfassung speichern (Ctrl+Enter im Feld)</translation>
    </message>
    <message>
        <source>Impact &amp;started:</source>
        <comment>when customers started to be affected</comment>
        <translation>Beginn der &amp;Auswirkung:</translation>
    </message>
    <message>
        <source>Servi&amp;ces:</source>
        <translation>&amp;Dienste:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <comment>what is known of the incident so far</comment>
        <translation>Zusa&amp;mmenfassung:</translation>
    </message>
    <message>
        <source>Change &amp;Status…</source>
        <translation>&amp;Status ändern…</translation>
    </message>
    <message>
        <source>Change the incident status</source>
        <translation>Den Status des Vorfalls ändern</translation>
    </message>
    <message>
        <source>Edit &amp;Title</source>
        <translation>&amp;Titel bearbeiten</translation>
    </message>
    <message>
        <source>Edit the incident title</source>
        <translation>Den Titel des Vorfalls bearbeiten</translation>
    </message>
    <message>
        <source>%1

Click or press F2 to edit; Enter saves, Escape reverts.</source>
        <translation>%1

Zum Bearbeiten klicken oder F2 drücken; Eingabetaste speichert, Esc verwirft.</translation>
    </message>
    <message>
        <source>When customers started to be affected, in local time. Earlier than the declaration: back-date it when the impact began before anyone noticed.</source>
        <translation>Zeitpunkt, ab dem Kunden betroffen waren, in Ortszeit. Früher als die Meldung: Datieren Sie ihn zurück, wenn die Auswirkung begann, bevor es jemand bemerkte.</translation>
    </message>
    <message>
        <source>Not recorded yet: the clock counts from the declaration. Set it to when customers started to be affected (local time).</source>
        <translation>Noch nicht erfasst: Die Uhr zählt ab der Meldung. Setzen Sie ihn auf den Zeitpunkt, ab dem Kunden betroffen waren (Ortszeit).</translation>
    </message>
    <message>
        <source>Commander: %1</source>
        <comment>incident commander</comment>
        <translation>Incident-Commander: %1</translation>
    </message>
    <message>
        <source>No commander — assign one</source>
        <translation>Kein Incident-Commander – bitte zuweisen</translation>
    </message>
    <message>
        <source>Warning: no commander. Nobody is coordinating this incident; assign a commander.</source>
        <translation>Achtung: kein Incident-Commander. Niemand koordiniert diesen Vorfall; weisen Sie einen Incident-Commander zu.</translation>
    </message>
    <message>
        <source>No commander was assigned</source>
        <translation>Es wurde kein Incident-Commander zugewiesen</translation>
    </message>
    <message>
        <source>Resolved after %1</source>
        <comment>elapsed time of a resolved incident</comment>
        <translation>Behoben nach %1</translation>
    </message>
    <message>
        <source>Open for %1</source>
        <comment>time since the impact started</comment>
        <translation>Offen seit %1</translation>
    </message>
    <message>
        <source>Counted from the start of the impact, %1</source>
        <translation>Gezählt ab Beginn der Auswirkung, %1</translation>
    </message>
    <message>
        <source>Counted from the declaration, %1</source>
        <translation>Gezählt ab der Meldung, %1</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <source>%1

Reason: %2</source>
        <translation>%1

Grund: %2</translation>
    </message>
    <message>
        <source>Title not changed</source>
        <translation>Titel nicht geändert</translation>
    </message>
    <message>
        <source>An incident needs a title, so it stays “%1”.</source>
        <translation>Ein Vorfall braucht einen Titel, daher bleibt er „%1“.</translation>
    </message>
    <message>
        <source>The title was not changed to “%1”; it stays “%2”.</source>
        <translation>Der Titel wurde nicht in „%1“ geändert; er bleibt „%2“.</translation>
    </message>
    <message>
        <source>The severity was not changed to %1.</source>
        <translation>Der Schweregrad wurde nicht auf %1 geändert.</translation>
    </message>
    <message>
        <source>Reopen Incident</source>
        <translation>Vorfall wieder öffnen</translation>
    </message>
    <message>
        <source>Reopen “%1”? It goes back to investigating and the clock runs again.</source>
        <translation>„%1“ wieder öffnen? Er wird wieder untersucht und die Uhr läuft weiter.</translation>
    </message>
    <message>
        <source>Resolve Incident</source>
        <translation>Vorfall beheben</translation>
    </message>
    <message>
        <source>Resolve “%1”? The clock stops and the time to resolve is recorded. You can reopen it later.</source>
        <translation>„%1“ als behoben markieren? Die Uhr stoppt und die Zeit bis zur Behebung wird erfasst. Sie können ihn später wieder öffnen.</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Status nicht geändert</translation>
    </message>
    <message>
        <source>The status was not changed to %1.

Reason: %2</source>
        <translation>Der Status wurde nicht auf %1 geändert.

Grund: %2</translation>
    </message>
    <message>
        <source>Impact start not changed</source>
        <translation>Beginn der Auswirkung nicht geändert</translation>
    </message>
    <message>
        <source>The impact cannot start in the future (%1).</source>
        <translation>Die Auswirkung kann nicht in der Zukunft beginnen (%1).</translation>
    </message>
    <message>
        <source>The impact start was not changed to %1.</source>
        <translation>Der Beginn der Auswirkung wurde nicht auf %1 geändert.</translation>
    </message>
    <message>
        <source>The services were not changed to “%1”.</source>
        <translation>Die Dienste wurden nicht in „%1“ geändert.</translation>
    </message>
    <message>
        <source>The summary was not saved.</source>
        <translation>Die Zusammenfassung wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>Warroom::IncidentLook</name>
    <message>
        <source>%1, %2</source>
        <comment>a date, then a time of day</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <comment>local date and time, then the same moment in UTC</comment>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>—</source>
        <comment>metric not reached yet</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Detect</source>
        <comment>short for: time to detect</comment>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <comment>short for: time to acknowledge</comment>
        <translation>Übernahme</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <comment>short for: time to mitigate</comment>
        <translation>Eindämmung</translation>
    </message>
    <message>
        <source>Resolve</source>
        <comment>short for: time to resolve</comment>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation>Zeit bis zur Übernahme</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Zeit bis zur Eindämmung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>Time to detect: from the start of the impact to the declaration of the incident. Shown once an impact start is recorded.</source>
        <translation>Zeit bis zur Erkennung: vom Beginn der Auswirkung bis zur Meldung des Vorfalls. Wird angezeigt, sobald ein Beginn der Auswirkung erfasst ist.</translation>
    </message>
    <message>
        <source>Time to acknowledge: from the declaration to the first commander taking command.</source>
        <translation>Zeit bis zur Übernahme: von der Meldung bis zur ersten Übernahme der Leitung durch einen Incident-Commander.</translation>
    </message>
    <message>
        <source>Time to mitigate: from the start of the impact (or the declaration) to the first time the incident was mitigated, or resolved if it skipped mitigated.</source>
        <translation>Zeit bis zur Eindämmung: vom Beginn der Auswirkung (oder der Meldung) bis zur ersten Eindämmung des Vorfalls oder bis zur Behebung, wenn „Eingedämmt“ übersprungen wurde.</translation>
    </message>
    <message>
        <source>Time to resolve: from the start of the impact (or the declaration) to the last resolution. A reopen clears it.</source>
        <translation>Zeit bis zur Behebung: vom Beginn der Auswirkung (oder der Meldung) bis zur letzten Behebung. Ein Wiederöffnen setzt sie zurück.</translation>
    </message>
</context>
<context>
    <name>Warroom::IncidentNotifier</name>
    <message>
        <source>Warroom</source>
        <translation>Warroom</translation>
    </message>
    <message>
        <source>%1 declared by %2</source>
        <translation>%1 gemeldet von %2</translation>
    </message>
    <message>
        <source>Severity raised to %1 by %2</source>
        <translation>%2 hat den Schweregrad auf %1 erhöht</translation>
    </message>
    <message numerus="yes">
        <source>%1 has had no commander for %n min</source>
        <comment>desktop notification title</comment>
        <translation>
            <numerusform>%1 ist seit %n Min. ohne Incident-Commander</numerusform>
            <numerusform>%1 ist seit %n Min. ohne Incident-Commander</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — take command, or assign a commander.</source>
        <translation>%1 – übernehmen Sie die Leitung oder weisen Sie einen Incident-Commander zu.</translation>
    </message>
</context>
<context>
    <name>Warroom::IncidentView</name>
    <message>
        <source>Select an incident on the board to see its timeline, runbooks and roles.</source>
        <translation>Wählen Sie einen Vorfall in der Übersicht aus, um Zeitleiste, Runbooks und Rollen zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Runbooks</source>
        <translation>&amp;Runbooks</translation>
    </message>
    <message>
        <source>R&amp;oles</source>
        <translation>R&amp;ollen</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Folgeaufgaben</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
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
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Mit Server &amp;verbinden…</translation>
    </message>
    <message>
        <source>Work with your team through a warroomd server</source>
        <translation>Über einen warroomd-Server mit Ihrem Team arbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Reverse your last change with a new entry; nothing is deleted</source>
        <translation>Ihre letzte Änderung mit einem neuen Eintrag rückgängig machen; nichts wird gelöscht</translation>
    </message>
    <message>
        <source>Search the &amp;Board</source>
        <translation>Übersicht &amp;durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Replay Incident</source>
        <translation>Vorfall &amp;wiedergeben</translation>
    </message>
    <message>
        <source>Replay the selected incident minute by minute, read-only (%1)</source>
        <translation>Den ausgewählten Vorfall Minute für Minute wiedergeben, schreibgeschützt (%1)</translation>
    </message>
    <message>
        <source>Show the window as it was at any moment of the incident</source>
        <translation>Das Fenster so zeigen, wie es zu jedem Zeitpunkt des Vorfalls war</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Configure Warroom…</source>
        <translation>Warroom &amp;konfigurieren…</translation>
    </message>
    <message>
        <source>Choose the language of Warroom</source>
        <translation>Die Sprache von Warroom wählen</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>What the commander, a responder and the facilitator do in Warroom</source>
        <translation>Was Incident-Commander, Responder und Moderation in Warroom tun</translation>
    </message>
    <message>
        <source>Alert &amp;Hooks…</source>
        <translation>&amp;Alarm-Hooks…</translation>
    </message>
    <message>
        <source>Hook URLs and receiver configuration for Alertmanager, Grafana and others</source>
        <translation>Hook-URLs und Receiver-Konfiguration für Alertmanager, Grafana und andere</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Vorfall</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>Cannot Undo</source>
        <translation>Rückgängig machen nicht möglich</translation>
    </message>
    <message>
        <source>Cannot Add the Demo</source>
        <translation>Demo kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot Replay</source>
        <translation>Wiedergabe nicht möglich</translation>
    </message>
    <message>
        <source>Local copy: %1</source>
        <translation>Lokale Kopie: %1</translation>
    </message>
    <message>
        <source>Reopen Warroom</source>
        <translation>Warroom neu starten</translation>
    </message>
    <message>
        <source>Reopen Warroom now to work with %1? Your local incidents stay in their file.</source>
        <translation>Warroom jetzt neu starten, um mit %1 zu arbeiten? Ihre lokalen Vorfälle bleiben in ihrer Datei.</translation>
    </message>
    <message>
        <source>Reopen Warroom now to work from the local file?</source>
        <translation>Warroom jetzt neu starten, um mit der lokalen Datei zu arbeiten?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Warroom comes with absolutely no warranty. &lt;a href=&quot;%1&quot;&gt;Read the licence&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;Home page&lt;/a&gt; · &lt;a href=&quot;%3&quot;&gt;Report a problem&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %4.&lt;/p&gt;</source>
        <comment>About: %1 to %3 are web addresses, %4 a version number</comment>
        <translation>&lt;p&gt;Warroom wird ohne jegliche Gewährleistung bereitgestellt. &lt;a href=&quot;%1&quot;&gt;Lizenz lesen&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;Homepage&lt;/a&gt; · &lt;a href=&quot;%3&quot;&gt;Problem melden&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Preparing the replay…</source>
        <translation>Wiedergabe wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>Warroom::MessageTemplate</name>
    <message>
        <source>Incident declared</source>
        <translation>Vorfall gemeldet</translation>
    </message>
    <message>
        <source>Status update</source>
        <translation>Status-Update</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Incident declared: {title}
Severity: {severity} · Status: {status}
Commander: {commander}
Impact: {summary}
Next update: {next_update}
Details: {incident_url}</source>
        <comment>chat template; keep the {placeholders} as they are</comment>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Update on {title} ({severity})
Status: {status} · Elapsed: {elapsed}
Commander: {commander}
Latest decision: {latest_decision}
Impact: {summary}
Next update: {next_update}
Details: {incident_url}</source>
        <comment>chat template; keep the {placeholders} as they are</comment>
        <translation>Update zu {title} ({severity})
Status: {status} · Dauer: {elapsed}
Incident-Commander: {commander}
Letzte Entscheidung: {latest_decision}
Auswirkung: {summary}
Nächstes Update: {next_update}
Details: {incident_url}</translation>
    </message>
    <message>
        <source>Resolved: {title}
Severity: {severity} · Duration: {elapsed}
Impact: {summary}
Thank you to everyone who helped. A blameless review will follow.
Details: {incident_url}</source>
        <comment>chat template; keep the {placeholders} as they are</comment>
        <translation>Behoben: {title}
Schweregrad: {severity} · Dauer: {elapsed}
Auswirkung: {summary}
Danke an alle, die geholfen haben. Eine Nachbetrachtung ohne Schuldzuweisung folgt.
Details: {incident_url}</translation>
    </message>
    <message>
        <source>{title} ({severity}, {status}): </source>
        <comment>chat template; keep the {placeholders} as they are</comment>
        <translation>{title} ({severity}, {status}): </translation>
    </message>
</context>
<context>
    <name>Warroom::MetricsBar</name>
    <message>
        <source>%1 %2</source>
        <comment>metric name, then its value: Detect 9m 00s</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Warroom::PayloadFormatter</name>
    <message>
        <source>Open incident</source>
        <translation>Vorfall öffnen</translation>
    </message>
    <message>
        <source>The first line is longer than a Slack header (%1 characters): it is sent as text.</source>
        <translation>Die erste Zeile ist länger als ein Slack-Header (%1 Zeichen): Sie wird als Text gesendet.</translation>
    </message>
    <message>
        <source>Sent as a header and %1 text sections of up to %2 characters.</source>
        <translation>Wird als Header und %1 Textabschnitte mit je bis zu %2 Zeichen gesendet.</translation>
    </message>
    <message>
        <source>The first line becomes the header; &amp;, &lt; and &gt; are sent escaped.</source>
        <translation>Die erste Zeile wird zum Header; &amp;, &lt; und &gt; werden maskiert gesendet.</translation>
    </message>
    <message>
        <source>Mattermost splits a message this long into several posts.</source>
        <translation>Mattermost teilt eine so lange Nachricht in mehrere Beiträge auf.</translation>
    </message>
    <message>
        <source>Markdown; the first line becomes a heading.</source>
        <translation>Markdown; die erste Zeile wird zur Überschrift.</translation>
    </message>
    <message>
        <source>[Open incident] → %1</source>
        <translation>[Vorfall öffnen] → %1</translation>
    </message>
    <message>
        <source>Too long for a Teams card (28 KB): the end is cut.</source>
        <translation>Zu lang für eine Teams-Karte (28 KB): Das Ende wird abgeschnitten.</translation>
    </message>
    <message>
        <source>An Adaptive Card: the first line in bold, &quot;Label: value&quot; lines as facts.</source>
        <translation>Eine Adaptive Card: die erste Zeile fett, Zeilen der Form „Bezeichnung: Wert“ als Fakten.</translation>
    </message>
    <message>
        <source>Discord takes %L1 characters: the end is cut.</source>
        <translation>Discord nimmt %L1 Zeichen an: Das Ende wird abgeschnitten.</translation>
    </message>
    <message>
        <source>Markdown; mentions such as @everyone are not notified.</source>
        <translation>Markdown; Erwähnungen wie @everyone lösen keine Benachrichtigung aus.</translation>
    </message>
    <message>
        <source>JSON for your own relay; documented in docs/ARCHITECTURE.md.</source>
        <translation>JSON für Ihr eigenes Relay; dokumentiert in docs/ARCHITECTURE.md.</translation>
    </message>
</context>
<context>
    <name>Warroom::PostmortemActions</name>
    <message>
        <source>Write &amp;Postmortem…</source>
        <translation>&amp;Post-Mortem schreiben…</translation>
    </message>
    <message>
        <source>Write the blameless postmortem of the selected incident, with a first draft made from its log</source>
        <translation>Das Post-Mortem ohne Schuldzuweisung für den ausgewählten Vorfall schreiben, mit einem ersten Entwurf aus seinem Protokoll</translation>
    </message>
    <message>
        <source>E&amp;xport Incident…</source>
        <translation>Vorfall e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the selected incident&apos;s whole log, attachments included, as one file</source>
        <translation>Das gesamte Protokoll des ausgewählten Vorfalls samt Anhängen als eine Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Import Incident…</source>
        <translation>Vorfall &amp;importieren…</translation>
    </message>
    <message>
        <source>Add an incident saved with Export Incident to this log</source>
        <translation>Einen mit „Vorfall exportieren“ gespeicherten Vorfall diesem Protokoll hinzufügen</translation>
    </message>
    <message>
        <source>Export Incident</source>
        <translation>Vorfall exportieren</translation>
    </message>
    <message>
        <source>Warroom incident (*.json)</source>
        <translation>Warroom-Vorfall (*.json)</translation>
    </message>
    <message>
        <source>Could Not Export the Incident</source>
        <translation>Vorfall konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Incident exported to %1</source>
        <translation>Vorfall nach %1 exportiert</translation>
    </message>
    <message>
        <source>Import Incident</source>
        <translation>Vorfall importieren</translation>
    </message>
    <message>
        <source>Warroom incident (*.json);;All files (*)</source>
        <translation>Warroom-Vorfall (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could Not Import the Incident</source>
        <translation>Vorfall konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.

%2</source>
        <translation>Aus %1 wurde nichts importiert.

%2</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is already here: all %n events were present.</source>
        <translation>
            <numerusform>„%1“ ist bereits vorhanden: %n Ereignis war schon da.</numerusform>
            <numerusform>„%1“ ist bereits vorhanden: Alle %n Ereignisse waren schon da.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1”: %n new events</source>
        <translation>
            <numerusform>„%1“ importiert: %n neues Ereignis</numerusform>
            <numerusform>„%1“ importiert: %n neue Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already present</source>
        <translation>
            <numerusform>, %n bereits vorhanden</numerusform>
            <numerusform>, %n bereits vorhanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Warroom::PostmortemEditor</name>
    <message>
        <source>Your blameless word list could not be read, so the built-in one is used: %1</source>
        <translation>Ihre Wortliste für schuldfreie Sprache konnte nicht gelesen werden, daher wird die integrierte verwendet: %1</translation>
    </message>
    <message>
        <source>Postmortem title</source>
        <translation>Titel des Post-Mortems</translation>
    </message>
    <message>
        <source>&amp;Written by the Team</source>
        <translation>Vom &amp;Team geschrieben</translation>
    </message>
    <message>
        <source>From the &amp;Log</source>
        <translation>Aus dem &amp;Protokoll</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Save the postmortem as Markdown, for a wiki or a repository</source>
        <translation>Das Post-Mortem als Markdown speichern, für ein Wiki oder ein Repository</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Als &amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>Save the postmortem as one web page that prints well</source>
        <translation>Das Post-Mortem als eine gut druckbare Webseite speichern</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <source>Save the postmortem as a PDF document</source>
        <translation>Das Post-Mortem als PDF-Dokument speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Folgeaufgaben</translation>
    </message>
    <message>
        <source>Add and tick follow-ups in the incident&apos;s Follow-ups tab; regenerate to bring them here.</source>
        <translation>Folgeaufgaben im Tab „Folgeaufgaben“ des Vorfalls hinzufügen und abhaken; neu erzeugen, um sie hierher zu übernehmen.</translation>
    </message>
    <message>
        <source>Sections generated from the incident&apos;s log</source>
        <translation>Aus dem Protokoll des Vorfalls erzeugte Abschnitte</translation>
    </message>
    <message>
        <source>The incident has changed since this draft was made.</source>
        <translation>Der Vorfall hat sich seit diesem Entwurf geändert.</translation>
    </message>
    <message>
        <source>&amp;Regenerate from the Log</source>
        <translation>Aus dem Protokoll &amp;neu erzeugen</translation>
    </message>
    <message>
        <source>Make the metrics, timeline, runbooks, chat updates and follow-ups again from the incident as it is now. What you wrote stays.</source>
        <translation>Kennzahlen, Zeitleiste, Runbooks, Chat-Updates und Folgeaufgaben neu aus dem aktuellen Stand des Vorfalls erzeugen. Was Sie geschrieben haben, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Blameless language</source>
        <translation>Sprache ohne Schuldzuweisung</translation>
    </message>
    <message>
        <source>A name next to words of blame is underlined. These are suggestions: the words stay yours.</source>
        <translation>Ein Name neben schuldzuweisenden Wörtern wird unterstrichen. Das sind Vorschläge: Die Wortwahl bleibt Ihre.</translation>
    </message>
    <message>
        <source>Blameless-language suggestions</source>
        <translation>Vorschläge für Sprache ohne Schuldzuweisung</translation>
    </message>
    <message>
        <source>Edit the &amp;Word List…</source>
        <translation>&amp;Wortliste bearbeiten…</translation>
    </message>
    <message>
        <source>The names and phrases the check looks for, in English, French and German: %1. Changes apply to postmortems opened afterwards.</source>
        <translation>Die Namen und Formulierungen, nach denen die Prüfung sucht, auf Englisch, Französisch und Deutsch: %1. Änderungen gelten für danach geöffnete Post-Mortems.</translation>
    </message>
    <message>
        <source>Could Not Write the Word List</source>
        <translation>Wortliste konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Word list: %1. Changes apply to postmortems opened afterwards.</source>
        <translation>Wortliste: %1. Änderungen gelten für danach geöffnete Post-Mortems.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Beitragende Faktoren</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <source>What was hard</source>
        <translation>Was schwierig war</translation>
    </message>
    <message>
        <source>A title that says what broke, for whom</source>
        <translation>Ein Titel, der sagt, was für wen ausgefallen ist</translation>
    </message>
    <message>
        <source>What happened, in two or three sentences a newcomer understands?</source>
        <translation>Was ist passiert, in zwei oder drei Sätzen, die auch Neue verstehen?</translation>
    </message>
    <message>
        <source>Who was affected, how, and for how long? Numbers help: failed requests, customers.</source>
        <translation>Wer war betroffen, wie und wie lange? Zahlen helfen: fehlgeschlagene Anfragen, Kunden.</translation>
    </message>
    <message>
        <source>Which conditions made this possible? Think of the system, tools, processes and timing rather than of people.</source>
        <translation>Welche Bedingungen haben das möglich gemacht? Denken Sie an System, Werkzeuge, Prozesse und Timing statt an Personen.</translation>
    </message>
    <message>
        <source>What helped: an alert that fired, a runbook that held, a quick decision?</source>
        <translation>Was hat geholfen: ein ausgelöster Alarm, ein Runbook, das funktioniert hat, eine schnelle Entscheidung?</translation>
    </message>
    <message>
        <source>What slowed the team down or was confusing?</source>
        <translation>Was hat das Team gebremst oder verwirrt?</translation>
    </message>
    <message>
        <source>Could Not Read the Postmortem</source>
        <translation>Post-Mortem konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1

The sections start empty; what you write is saved over that file.</source>
        <translation>%1

Die Abschnitte beginnen leer; was Sie schreiben, wird über diese Datei gespeichert.</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>What you write is saved as you type.</source>
        <translation>Was Sie schreiben, wird während der Eingabe gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Timeline, %1 at %2</source>
        <translation>Zeitleiste, %1 um %2</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>No suggestions: nothing here reads as blame.</source>
        <translation>Keine Vorschläge: Nichts hier klingt nach Schuldzuweisung.</translation>
    </message>
    <message>
        <source>Select a suggestion to read it; press Enter to go to its words.</source>
        <translation>Wählen Sie einen Vorschlag, um ihn zu lesen; mit der Eingabetaste springen Sie zu den Wörtern.</translation>
    </message>
    <message>
        <source>nobody took command</source>
        <translation>niemand hat die Leitung übernommen</translation>
    </message>
    <message>
        <source>commander %1</source>
        <translation>Incident-Commander %1</translation>
    </message>
    <message>
        <source>%1 · %2 · declared %3 by %4 · %5</source>
        <translation>%1 · %2 · gemeldet am %3 von %4 · %5</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No follow-up actions yet.</source>
        <translation>Noch keine Folgeaufgaben.</translation>
    </message>
    <message>
        <source>Export the Postmortem as Markdown</source>
        <translation>Post-Mortem als Markdown exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export the Postmortem as HTML</source>
        <translation>Post-Mortem als HTML exportieren</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>Export the Postmortem as PDF</source>
        <translation>Post-Mortem als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting the postmortem…</source>
        <translation>Post-Mortem wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Could Not Export the Postmortem</source>
        <translation>Post-Mortem konnte nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>Warroom::PostmortemTextEdit</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;“%1” next to %2.&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;i&gt;%4&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;„%1“ neben %2.&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;i&gt;%4&lt;/i&gt;&lt;/p&gt;</translation>
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
    <message>
        <source>declare the incident</source>
        <translation>Vorfall melden</translation>
    </message>
    <message>
        <source>change the incident</source>
        <translation>Vorfall ändern</translation>
    </message>
    <message>
        <source>change the status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>assign a role</source>
        <translation>Rolle zuweisen</translation>
    </message>
    <message>
        <source>release a role</source>
        <translation>Rolle abgeben</translation>
    </message>
    <message>
        <source>attach a runbook</source>
        <translation>Runbook anhängen</translation>
    </message>
    <message>
        <source>approve a step</source>
        <translation>Schritt freigeben</translation>
    </message>
    <message>
        <source>tick a step</source>
        <translation>Schritt abhaken</translation>
    </message>
    <message>
        <source>untick a step</source>
        <translation>Haken bei Schritt entfernen</translation>
    </message>
    <message>
        <source>skip a step</source>
        <translation>Schritt überspringen</translation>
    </message>
    <message>
        <source>roll back a step</source>
        <translation>Schritt zurückrollen</translation>
    </message>
    <message>
        <source>add a step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>edit a note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>retract a note</source>
        <translation>Notiz zurückziehen</translation>
    </message>
    <message>
        <source>pin an entry</source>
        <translation>Eintrag anheften</translation>
    </message>
    <message>
        <source>attach a file</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <source>post to chat</source>
        <translation>im Chat posten</translation>
    </message>
    <message>
        <source>record an alert</source>
        <translation>Alarm erfassen</translation>
    </message>
    <message>
        <source>add a follow-up</source>
        <translation>Folgeaufgabe hinzufügen</translation>
    </message>
    <message>
        <source>change a follow-up</source>
        <translation>Folgeaufgabe ändern</translation>
    </message>
</context>
<context>
    <name>Warroom::ReplayBar</name>
    <message>
        <source>Replay controls</source>
        <translation>Wiedergabesteuerung</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <comment>replay</comment>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>Previous Key Moment</source>
        <translation>Vorheriger Schlüsselmoment</translation>
    </message>
    <message>
        <source>Next Key Moment</source>
        <translation>Nächster Schlüsselmoment</translation>
    </message>
    <message>
        <source>Back to &amp;Live</source>
        <translation>Zurück zu &amp;Live</translation>
    </message>
    <message>
        <source>Leave the replay and show the incident as it is now</source>
        <translation>Die Wiedergabe verlassen und den Vorfall im aktuellen Stand zeigen</translation>
    </message>
    <message>
        <source>Replay, read-only:</source>
        <comment>banner: what follows is the replayed moment</comment>
        <translation>Wiedergabe, schreibgeschützt:</translation>
    </message>
    <message>
        <source>The window shows what the team knew at this moment. Nothing can be changed while replaying; events that arrive meanwhile are kept and shown when you go back to live.</source>
        <translation>Das Fenster zeigt, was das Team zu diesem Zeitpunkt wusste. Während der Wiedergabe lässt sich nichts ändern; Ereignisse, die inzwischen eintreffen, werden aufbewahrt und bei der Rückkehr zu Live angezeigt.</translation>
    </message>
    <message>
        <source>Replayed moment</source>
        <translation>Wiedergegebener Zeitpunkt</translation>
    </message>
    <message>
        <source>Time since the incident&apos;s start</source>
        <translation>Zeit seit Beginn des Vorfalls</translation>
    </message>
    <message>
        <source>Time since the incident was declared</source>
        <translation>Zeit seit der Meldung des Vorfalls</translation>
    </message>
    <message>
        <source>Last key moment</source>
        <translation>Letzter Schlüsselmoment</translation>
    </message>
    <message>
        <source>Drag to replay another moment of the incident</source>
        <translation>Ziehen, um einen anderen Zeitpunkt des Vorfalls wiederzugeben</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source>How much faster than real time playing goes</source>
        <translation>Wie viel schneller als in Echtzeit die Wiedergabe läuft</translation>
    </message>
    <message>
        <source>%1×</source>
        <comment>replay speed</comment>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Last: %1 at %2</source>
        <comment>the last key moment before the replayed time</comment>
        <translation>Zuletzt: %1 um %2</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <comment>replay</comment>
        <translation>&amp;Pause</translation>
    </message>
</context>
<context>
    <name>Warroom::ReplayLook</name>
    <message>
        <source>%1 %2</source>
        <comment>replayed moment: date, time</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Warroom::ReplayView</name>
    <message>
        <source>Select an incident to replay first.</source>
        <translation>Wählen Sie zuerst einen Vorfall zur Wiedergabe aus.</translation>
    </message>
</context>
<context>
    <name>Warroom::RoleHistoryModel</name>
    <message>
        <source>now</source>
        <comment>still holds the role</comment>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1 has been %2 since %3 (assigned by %4).</source>
        <comment>person, role, time, person</comment>
        <translation>%1 ist seit %3 %2 (zugewiesen von %4).</translation>
    </message>
    <message>
        <source>%1 was %2 from %3 until %4 (assigned by %5, released by %6).</source>
        <comment>person, role, time, time, person, person</comment>
        <translation>%1 war von %3 bis %4 %2 (zugewiesen von %5, abgegeben von %6).</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>incident role such as commander</comment>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Person</source>
        <comment>who held the role</comment>
        <translation>Person</translation>
    </message>
    <message>
        <source>From</source>
        <comment>when the person took the role</comment>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <comment>when the person gave the role up</comment>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>Zugewiesen von</translation>
    </message>
    <message>
        <source>Released by</source>
        <comment>who ended the tenure: a hand-over or a release</comment>
        <translation>Beendet von</translation>
    </message>
</context>
<context>
    <name>Warroom::RolesModel</name>
    <message>
        <source>%1 is %2 since %3, assigned by %4.</source>
        <comment>person, role, time, person</comment>
        <translation>%1 ist seit %3 %2, zugewiesen von %4.</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>incident role such as commander</comment>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Person</source>
        <comment>who holds the role</comment>
        <translation>Person</translation>
    </message>
    <message>
        <source>Since</source>
        <comment>when the person took the role</comment>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>Zugewiesen von</translation>
    </message>
    <message>
        <source>Commander</source>
        <comment>incident role</comment>
        <translation>Incident-Commander</translation>
    </message>
    <message>
        <source>Scribe</source>
        <comment>incident role: keeps the timeline</comment>
        <translation>Protokollführer</translation>
    </message>
    <message>
        <source>Comms</source>
        <comment>incident role: talks to stakeholders</comment>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Ops</source>
        <comment>incident role: hands on the systems</comment>
        <translation>Betrieb</translation>
    </message>
</context>
<context>
    <name>Warroom::RolesPanel</name>
    <message>
        <source>Coordinates the response and makes the calls</source>
        <translation>Koordiniert die Reaktion und trifft die Entscheidungen</translation>
    </message>
    <message>
        <source>Keeps the timeline</source>
        <translation>Führt die Zeitleiste</translation>
    </message>
    <message>
        <source>Keeps stakeholders and customers informed</source>
        <translation>Hält Stakeholder und Kunden auf dem Laufenden</translation>
    </message>
    <message>
        <source>Hands on the systems</source>
        <translation>Arbeitet direkt an den Systemen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Current roles</source>
        <translation>Aktuelle Rollen</translation>
    </message>
    <message>
        <source>Role to assign</source>
        <translation>Zuzuweisende Rolle</translation>
    </message>
    <message>
        <source>role</source>
        <comment>placeholder of the role field</comment>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>A standard role or your own: lower-case letters, digits, space, - or _ (e.g. db-expert)</source>
        <translation>Eine Standardrolle oder eine eigene: Kleinbuchstaben, Ziffern, Leerzeichen, - oder _ (z. B. db-expert)</translation>
    </message>
    <message>
        <source>Person to assign</source>
        <translation>Zuzuweisende Person</translation>
    </message>
    <message>
        <source>person</source>
        <comment>placeholder of the person field</comment>
        <translation>Person</translation>
    </message>
    <message>
        <source>Release</source>
        <comment>button: give up a role</comment>
        <translation>Abgeben</translation>
    </message>
    <message>
        <source>Release the role</source>
        <translation>Die Rolle abgeben</translation>
    </message>
    <message>
        <source>Role history: who held which role when</source>
        <translation>Rollenverlauf: wer wann welche Rolle hatte</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <comment>incident role</comment>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <comment>who takes the role</comment>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>History</source>
        <comment>who held which role when</comment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Assign</source>
        <comment>button: give a person a role</comment>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Hand over</source>
        <comment>button: give a held role to someone else</comment>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Assign the role</source>
        <translation>Die Rolle zuweisen</translation>
    </message>
    <message>
        <source>Hand the role over to the person</source>
        <translation>Die Rolle an die Person übergeben</translation>
    </message>
    <message>
        <source>A role name is lower-case letters, digits, space, - or _, at most %1 characters.</source>
        <translation>Ein Rollenname besteht aus Kleinbuchstaben, Ziffern, Leerzeichen, - oder _, höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>%1 already holds this role.</source>
        <translation>%1 hat diese Rolle bereits.</translation>
    </message>
    <message>
        <source>Held by %1: assigning someone else hands it over.</source>
        <translation>Bei %1: Eine Zuweisung an jemand anderen übergibt die Rolle.</translation>
    </message>
    <message>
        <source>Role not assigned</source>
        <translation>Rolle nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1 was not made %2.

Reason: %3</source>
        <translation>%1 hat die Rolle %2 nicht erhalten.

Grund: %3</translation>
    </message>
    <message>
        <source>Release Commander</source>
        <translation>Incident-Commander abgeben</translation>
    </message>
    <message>
        <source>Release %1 as commander? Until someone takes command, nobody is coordinating the response.</source>
        <translation>%1 als Incident-Commander abgeben? Bis jemand die Leitung übernimmt, koordiniert niemand die Reaktion.</translation>
    </message>
    <message>
        <source>Role not released</source>
        <translation>Rolle nicht abgegeben</translation>
    </message>
    <message>
        <source>%1 still holds the role %2.

Reason: %3</source>
        <translation>%1 hat weiterhin die Rolle %2.

Grund: %3</translation>
    </message>
</context>
<context>
    <name>Warroom::RunbookDelegate</name>
    <message>
        <source>no commander yet</source>
        <comment>beside the badge of a step waiting for approval</comment>
        <translation>noch kein Incident-Commander</translation>
    </message>
    <message>
        <source>%1 must approve</source>
        <comment>beside the badge of a step waiting for approval; %1 is the commander</comment>
        <translation>%1 muss freigeben</translation>
    </message>
    <message>
        <source>⚠ Undoes “%1”, which was rolled back</source>
        <comment>a rollback step whose step went wrong</comment>
        <translation>⚠ Macht „%1“ rückgängig, das zurückgerollt wurde</translation>
    </message>
</context>
<context>
    <name>Warroom::RunbookModel</name>
    <message>
        <source>%1
%2 of %3 steps done
Attached by %4 %5</source>
        <comment>runbook tooltip: name, done, total, person, time</comment>
        <translation>%1
%2 von %3 Schritten erledigt
Angehängt von %4 %5</translation>
    </message>
    <message>
        <source>Runbook %1, %2 of %3 steps done</source>
        <translation>Runbook %1, %2 von %3 Schritten erledigt</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>runbook progress: steps done / steps in total</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Attached by %1 %2</source>
        <comment>runbook: person, time</comment>
        <translation>Angehängt von %1 %2</translation>
    </message>
    <message>
        <source>Needs commander&apos;s go</source>
        <comment>badge of a step gated by the commander&apos;s approval</comment>
        <translation>Freigabe durch Incident-Commander nötig</translation>
    </message>
    <message>
        <source>Needs evidence</source>
        <comment>badge of a step that needs a note or attachment as evidence</comment>
        <translation>Nachweis nötig</translation>
    </message>
    <message>
        <source>✓ %1 %2</source>
        <comment>step done: person, time</comment>
        <translation>✓ %1 %2</translation>
    </message>
    <message>
        <source>✓ %1 %2 — %3</source>
        <comment>step done: person, time, note</comment>
        <translation>✓ %1 %2 – %3</translation>
    </message>
    <message>
        <source>Skipped by %1 %2: %3</source>
        <comment>step skipped: person, time, reason</comment>
        <translation>Übersprungen von %1 %2: %3</translation>
    </message>
    <message>
        <source>Rolled back by %1 %2: %3</source>
        <comment>step rolled back: person, time, note</comment>
        <translation>Zurückgerollt von %1 %2: %3</translation>
    </message>
    <message>
        <source>Reopened by %1 %2</source>
        <comment>step unticked: person, time</comment>
        <translation>Wieder geöffnet von %1 %2</translation>
    </message>
    <message>
        <source>Reopened by %1 %2: %3</source>
        <comment>step unticked: person, time, note</comment>
        <translation>Wieder geöffnet von %1 %2: %3</translation>
    </message>
    <message>
        <source>Rollback: %1</source>
        <comment>the step that undoes this one</comment>
        <translation>Rollback: %1</translation>
    </message>
    <message>
        <source>Approved by %1 %2</source>
        <comment>commander&apos;s go: person, time</comment>
        <translation>Freigegeben von %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Evidence: %n linked</source>
        <comment>notes or attachments linked to the step</comment>
        <translation>
            <numerusform>Nachweise: %n verknüpft</numerusform>
            <numerusform>Nachweise: %n verknüpft</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (retracted)</source>
        <comment>evidence that was retracted</comment>
        <translation>%1 (zurückgezogen)</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>step state</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>step state</comment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>step state</comment>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <comment>step state</comment>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date and time of a step change</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Assign a commander first: only the commander can give the go for this step.</source>
        <translation>Weisen Sie zuerst einen Incident-Commander zu: Nur der Incident-Commander kann diesen Schritt freigeben.</translation>
    </message>
    <message>
        <source>Waits for the commander&apos;s go (%1)</source>
        <comment>%1 is the commander</comment>
        <translation>Wartet auf Freigabe durch den Incident-Commander (%1)</translation>
    </message>
    <message>
        <source>Needs evidence first: a note that shows it is done.</source>
        <translation>Zuerst ist ein Nachweis nötig: eine Notiz, die zeigt, dass es erledigt ist.</translation>
    </message>
</context>
<context>
    <name>Warroom::RunbookPanel</name>
    <message>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <comment>panel heading</comment>
        <translation>Runbooks</translation>
    </message>
    <message>
        <source>%v/%m</source>
        <comment>runbook progress bar: steps done / steps in total</comment>
        <translation>%v/%m</translation>
    </message>
    <message>
        <source>Attach &amp;Runbook…</source>
        <translation>&amp;Runbook anhängen…</translation>
    </message>
    <message>
        <source>Attach a runbook from the library to this incident</source>
        <translation>Ein Runbook aus der Bibliothek an diesen Vorfall anhängen</translation>
    </message>
    <message>
        <source>&amp;Tick</source>
        <comment>mark a runbook step done</comment>
        <translation>&amp;Abhaken</translation>
    </message>
    <message>
        <source>&amp;Untick</source>
        <comment>reopen a runbook step</comment>
        <translation>Haken &amp;entfernen</translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <comment>skip a runbook step, with a reason</comment>
        <translation>Über&amp;springen…</translation>
    </message>
    <message>
        <source>Rolled &amp;Back…</source>
        <comment>mark a runbook step as rolled back</comment>
        <translation>&amp;Zurückgerollt…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <comment>the commander&apos;s go for a gated step</comment>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Add Evi&amp;dence…</source>
        <comment>link a note to a runbook step as evidence</comment>
        <translation>&amp;Nachweis hinzufügen…</translation>
    </message>
    <message>
        <source>Tick or Untick Step</source>
        <translation>Schritt abhaken oder Haken entfernen</translation>
    </message>
    <message>
        <source>Runbook Not Attached</source>
        <translation>Runbook nicht angehängt</translation>
    </message>
    <message>
        <source>Step Not Ticked</source>
        <translation>Schritt nicht abgehakt</translation>
    </message>
    <message>
        <source>“%1” was not ticked.

%2</source>
        <comment>step text, reason</comment>
        <translation>„%1“ wurde nicht abgehakt.

%2</translation>
    </message>
    <message>
        <source>Step Not Unticked</source>
        <translation>Haken nicht entfernt</translation>
    </message>
    <message>
        <source>Skip Step</source>
        <translation>Schritt überspringen</translation>
    </message>
    <message>
        <source>Why skip “%1”? The reason is kept in the timeline and the postmortem.</source>
        <translation>Warum „%1“ überspringen? Der Grund bleibt in der Zeitleiste und im Post-Mortem erhalten.</translation>
    </message>
    <message>
        <source>Step Not Skipped</source>
        <translation>Schritt nicht übersprungen</translation>
    </message>
    <message>
        <source>Mark Step Rolled Back</source>
        <translation>Schritt als zurückgerollt markieren</translation>
    </message>
    <message>
        <source>“%1” was undone. What went wrong, and what state is it in now?</source>
        <translation>„%1“ wurde rückgängig gemacht. Was ist schiefgegangen, und in welchem Zustand ist es jetzt?</translation>
    </message>
    <message>
        <source>Step Not Marked Rolled Back</source>
        <translation>Schritt nicht als zurückgerollt markiert</translation>
    </message>
    <message>
        <source>Go to the Rollback Step?</source>
        <translation>Zum Rollback-Schritt wechseln?</translation>
    </message>
    <message>
        <source>“%1” names the step that undoes it:

“%2”

Go to that step now?</source>
        <translation>„%1“ nennt den Schritt, der ihn rückgängig macht:

„%2“

Jetzt zu diesem Schritt wechseln?</translation>
    </message>
    <message>
        <source>Step Not Approved</source>
        <translation>Schritt nicht freigegeben</translation>
    </message>
    <message>
        <source>Evidence Not Added</source>
        <translation>Nachweis nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>Nachweis hinzufügen</translation>
    </message>
    <message>
        <source>Evidence for “%1”: what shows it is done? (A dump&apos;s name and size, a checksum, a query result…) It goes into the timeline, linked to the step.</source>
        <translation>Nachweis für „%1“: Was zeigt, dass es erledigt ist? (Name und Größe eines Dumps, eine Prüfsumme, ein Abfrageergebnis …) Er kommt in die Zeitleiste, mit dem Schritt verknüpft.</translation>
    </message>
    <message>
        <source>Open an incident to see its runbooks.</source>
        <translation>Öffnen Sie einen Vorfall, um seine Runbooks zu sehen.</translation>
    </message>
    <message>
        <source>No runbook attached yet.

A runbook is a rehearsed checklist: it pauses before each risky step and shows everyone who did what, and when. Attach one with “%1”.</source>
        <translation>Noch kein Runbook angehängt.

Ein Runbook ist eine eingeübte Checkliste: Es hält vor jedem riskanten Schritt an und zeigt allen, wer was wann getan hat. Hängen Sie eines mit „%1“ an.</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <comment>runbook progress</comment>
        <translation>%1 von %2 Schritten erledigt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>runbook name: progress</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <comment>runbook name</comment>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <source>Select a step first</source>
        <translation>Wählen Sie zuerst einen Schritt aus</translation>
    </message>
    <message>
        <source>The step is done</source>
        <translation>Der Schritt ist erledigt</translation>
    </message>
    <message>
        <source>Needs evidence first: ticking asks for a note (Space)</source>
        <translation>Zuerst ist ein Nachweis nötig: Beim Abhaken wird eine Notiz verlangt (Leertaste)</translation>
    </message>
    <message>
        <source>Mark the step done (Space)</source>
        <translation>Den Schritt als erledigt markieren (Leertaste)</translation>
    </message>
    <message>
        <source>The step is open</source>
        <translation>Der Schritt ist offen</translation>
    </message>
    <message>
        <source>Reopen the step (Space)</source>
        <translation>Den Schritt wieder öffnen (Leertaste)</translation>
    </message>
    <message>
        <source>Only an open step can be skipped</source>
        <translation>Nur ein offener Schritt kann übersprungen werden</translation>
    </message>
    <message>
        <source>Skip the step, saying why</source>
        <translation>Den Schritt überspringen und den Grund angeben</translation>
    </message>
    <message>
        <source>Only a done step can be rolled back</source>
        <translation>Nur ein erledigter Schritt kann zurückgerollt werden</translation>
    </message>
    <message>
        <source>Record that the step was undone, and go to its rollback step</source>
        <translation>Festhalten, dass der Schritt rückgängig gemacht wurde, und zu seinem Rollback-Schritt wechseln</translation>
    </message>
    <message>
        <source>Link a note to the step as evidence (what shows it is done)</source>
        <translation>Eine Notiz als Nachweis mit dem Schritt verknüpfen (was zeigt, dass er erledigt ist)</translation>
    </message>
    <message>
        <source>This step needs no approval</source>
        <translation>Dieser Schritt braucht keine Freigabe</translation>
    </message>
    <message>
        <source>Approved by %1 %2</source>
        <comment>commander&apos;s go: person, time</comment>
        <translation>Freigegeben von %1 %2</translation>
    </message>
    <message>
        <source>Assign a commander first</source>
        <translation>Weisen Sie zuerst einen Incident-Commander zu</translation>
    </message>
    <message>
        <source>Waits for the commander&apos;s go (%1)</source>
        <comment>%1 is the commander</comment>
        <translation>Wartet auf Freigabe durch den Incident-Commander (%1)</translation>
    </message>
    <message>
        <source>Give your go as commander: the step can then be ticked</source>
        <translation>Als Incident-Commander freigeben: Danach kann der Schritt abgehakt werden</translation>
    </message>
    <message>
        <source>Select a step to tick, skip or approve it.</source>
        <translation>Wählen Sie einen Schritt aus, um ihn abzuhaken, zu überspringen oder freizugeben.</translation>
    </message>
    <message>
        <source>You are the commander: approve it when it is safe to go on.</source>
        <translation>Sie sind Incident-Commander: Geben Sie frei, wenn es sicher weitergehen kann.</translation>
    </message>
    <message>
        <source>Ticking it asks for one.</source>
        <translation>Beim Abhaken wird einer verlangt.</translation>
    </message>
    <message>
        <source>Rolled back. The step that undoes it: “%1”.</source>
        <translation>Zurückgerollt. Der Schritt, der ihn rückgängig macht: „%1“.</translation>
    </message>
    <message>
        <source>Space ticks the selected step.</source>
        <translation>Die Leertaste hakt den ausgewählten Schritt ab.</translation>
    </message>
</context>
<context>
    <name>Warroom::RunbookView</name>
    <message>
        <source>Runbook checklist</source>
        <translation>Runbook-Checkliste</translation>
    </message>
</context>
<context>
    <name>Warroom::SettingsDialog</name>
    <message>
        <source>Configure Warroom</source>
        <translation>Warroom konfigurieren</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <comment>language: the system&apos;s, named in its own language</comment>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <comment>of the interface</comment>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language, and the way dates and times are written, change the next time Warroom starts. The --lang option wins over this choice.</source>
        <translation>Die Sprache und die Schreibweise von Datum und Uhrzeit ändern sich beim nächsten Start von Warroom. Die Option --lang hat Vorrang vor dieser Auswahl.</translation>
    </message>
    <message>
        <source>System default</source>
        <comment>language: the system&apos;s</comment>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>Warroom::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Warroom::StatusComboBox</name>
    <message>
        <source>Looking for the cause</source>
        <translation>Ursache wird gesucht</translation>
    </message>
    <message>
        <source>The cause is known; working on a fix</source>
        <translation>Die Ursache ist bekannt; an einer Lösung wird gearbeitet</translation>
    </message>
    <message>
        <source>The impact is reduced or gone; the fix is not final yet</source>
        <translation>Die Auswirkung ist verringert oder beseitigt; die Lösung ist noch nicht endgültig</translation>
    </message>
    <message>
        <source>Over: the clock stops and the time to resolve is recorded</source>
        <translation>Vorbei: Die Uhr stoppt und die Zeit bis zur Behebung wird erfasst</translation>
    </message>
    <message>
        <source>Reopen — investigating</source>
        <comment>reopen a resolved incident</comment>
        <translation>Wieder öffnen – wird untersucht</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <comment>status name, then what it means</comment>
        <translation>Status: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Warroom::SwimlaneChart</name>
    <message>
        <source>Incident over time</source>
        <translation>Vorfall im Zeitverlauf</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>swimlane</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <comment>swimlane</comment>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Key moments</source>
        <comment>swimlane: pins, approvals, gated steps</comment>
        <translation>Schlüsselmomente</translation>
    </message>
    <message>
        <source>Runbook steps</source>
        <comment>swimlane</comment>
        <translation>Runbook-Schritte</translation>
    </message>
    <message>
        <source>Chat posts</source>
        <comment>swimlane</comment>
        <translation>Chat-Posts</translation>
    </message>
    <message>
        <source>Alerts</source>
        <comment>swimlane</comment>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation>Wieder geöffnet: %1</translation>
    </message>
    <message>
        <source>Skipped: %1 (%2)</source>
        <translation>Übersprungen: %1 (%2)</translation>
    </message>
    <message>
        <source>Rolled back: %1</source>
        <translation>Zurückgerollt: %1</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>Freigegeben: %1</translation>
    </message>
    <message>
        <source>Step added: %1</source>
        <translation>Schritt hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Runbook attached: %1</source>
        <translation>Runbook angehängt: %1</translation>
    </message>
    <message>
        <source>Posted to %1</source>
        <translation>An %1 gesendet</translation>
    </message>
    <message>
        <source>Failed to post to %1</source>
        <translation>Senden an %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing to replay</source>
        <translation>Nichts wiederzugeben</translation>
    </message>
    <message>
        <source>%1: click the chart to replay that moment</source>
        <comment>swimlane label tooltip</comment>
        <translation>%1: In das Diagramm klicken, um diesen Zeitpunkt wiederzugeben</translation>
    </message>
    <message>
        <source>%1: %2, %3 to %4</source>
        <comment>swimlane band: lane, value, from, to</comment>
        <translation>%1: %2, %3 bis %4</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>swimlane mark: time, what</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>…and more: zoom in by widening the window</source>
        <translation>…und mehr: Zum Vergrößern das Fenster breiter ziehen</translation>
    </message>
    <message>
        <source>%1 at %2: click to replay this moment</source>
        <translation>%1 um %2: Klicken, um diesen Zeitpunkt wiederzugeben</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 status changes, %4 key moments, %5 runbook steps, %6 chat posts, %7 alerts. Replaying %8. Click, drag or use the arrow keys to move the replay.</source>
        <translation>Von %1 bis %2: %3 Statusänderungen, %4 Schlüsselmomente, %5 Runbook-Schritte, %6 Chat-Posts, %7 Alarme. Wiedergabe von %8. Klicken, ziehen oder mit den Pfeiltasten die Wiedergabe verschieben.</translation>
    </message>
</context>
<context>
    <name>Warroom::SyncStatusWidget</name>
    <message numerus="yes">
        <source> · %n change(s) waiting to be sent</source>
        <translation>
            <numerusform> · %n Änderung wartet auf das Senden</numerusform>
            <numerusform> · %n Änderungen warten auf das Senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Online with %1</source>
        <translation>Online mit %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline (%1); your changes are safe here. Next try in %n s</source>
        <translation>
            <numerusform>Offline (%1); Ihre Änderungen sind hier sicher. Nächster Versuch in %n s</numerusform>
            <numerusform>Offline (%1); Ihre Änderungen sind hier sicher. Nächster Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>%1 refused the token: %2</source>
        <translation>%1 hat den Token abgelehnt: %2</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
</context>
<context>
    <name>Warroom::TimelineDelegate</name>
    <message>
        <source>edited</source>
        <comment>marker</comment>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>sending…</source>
        <comment>marker: not yet confirmed</comment>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>attachment in the timeline: file name (size)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Retracted by %1: %2</source>
        <comment>a struck-through timeline entry: person, reason</comment>
        <translation>Zurückgezogen von %1: %2</translation>
    </message>
    <message>
        <source>… open the entry to read all of it</source>
        <comment>a long timeline entry is cut short</comment>
        <translation>… Eintrag öffnen, um alles zu lesen</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
</context>
<context>
    <name>Warroom::TimelineModel</name>
    <message>
        <source>%1 by %2</source>
        <comment>timeline tooltip: kind by person</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>attachment tooltip: mime type, size</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Pinned as a key moment</source>
        <translation>Als Schlüsselmoment angeheftet</translation>
    </message>
    <message>
        <source>Retracted by %1: %2</source>
        <translation>Zurückgezogen von %1: %2</translation>
    </message>
    <message>
        <source>Edited. Earlier versions, oldest first:</source>
        <translation>Bearbeitet. Frühere Versionen, älteste zuerst:</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <comment>an earlier version of an entry: author, text</comment>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>%1, %2 by %3: %4</source>
        <comment>screen reader: time, kind, person, text</comment>
        <translation>%1, %2 von %3: %4</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
</context>
<context>
    <name>Warroom::TimelinePresentation</name>
    <message>
        <source>Note</source>
        <comment>timeline entry kind</comment>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Decision</source>
        <comment>timeline entry kind</comment>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>timeline entry kind: something someone did</comment>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Evidence</source>
        <comment>timeline entry kind</comment>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Observation</source>
        <comment>timeline entry kind: something someone saw</comment>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>timeline entry kind: a change Warroom recorded (status, role, step)</comment>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Alert</source>
        <comment>timeline entry kind: an alert from monitoring</comment>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Chat</source>
        <comment>timeline entry kind: a message posted to a chat channel</comment>
        <translation>Chat</translation>
    </message>
    <message>
        <source>File</source>
        <comment>timeline entry kind: an attached file or image</comment>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <comment>a date and time in UTC</comment>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <comment>a calendar day in UTC</comment>
        <translation>%1 (UTC)</translation>
    </message>
</context>
<context>
    <name>Warroom::TimelineWidget</name>
    <message>
        <source>&amp;Show:</source>
        <comment>timeline filter</comment>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Show entries of kind</source>
        <translation>Einträge dieser Art anzeigen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Show entries by person</source>
        <translation>Einträge dieser Person anzeigen</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Zeitleiste durchsuchen</translation>
    </message>
    <message>
        <source>Search the timeline (%1)</source>
        <translation>Zeitleiste durchsuchen (%1)</translation>
    </message>
    <message>
        <source>&amp;UTC</source>
        <comment>show times in UTC</comment>
        <translation>&amp;UTC</translation>
    </message>
    <message>
        <source>Show times in UTC</source>
        <translation>Zeiten in UTC anzeigen</translation>
    </message>
    <message>
        <source>Show times in UTC instead of local time</source>
        <translation>Zeiten in UTC statt in Ortszeit anzeigen</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation>Zeitleiste des Vorfalls</translation>
    </message>
    <message>
        <source>Kind of the new entry</source>
        <translation>Art des neuen Eintrags</translation>
    </message>
    <message>
        <source>The kind of the new entry. A prefix in the text wins: d: decision, a: action, e: evidence, o: observation, n: note.</source>
        <translation>Die Art des neuen Eintrags. Ein Präfix im Text hat Vorrang: d: Entscheidung, a: Aktion, e: Nachweis, o: Beobachtung, n: Notiz.</translation>
    </message>
    <message>
        <source>New timeline entry</source>
        <translation>Neuer Zeitleisteneintrag</translation>
    </message>
    <message>
        <source>What do you see, do or decide? Enter adds it, Shift+Enter starts a new line.</source>
        <translation>Was sehen, tun oder entscheiden Sie? Die Eingabetaste fügt es hinzu, Shift+Enter beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <comment>add a timeline entry</comment>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the entry to the timeline</source>
        <translation>Den Eintrag zur Zeitleiste hinzufügen</translation>
    </message>
    <message>
        <source>Happened &amp;at:</source>
        <comment>back-date a timeline entry</comment>
        <translation>&amp;Geschehen um:</translation>
    </message>
    <message>
        <source>Back-date the entry</source>
        <translation>Eintrag zurückdatieren</translation>
    </message>
    <message>
        <source>Unchecked, the entry is recorded as happening now. Check it to record something that happened earlier.</source>
        <translation>Ohne Haken wird der Eintrag als jetzt geschehen erfasst. Setzen Sie den Haken, um etwas festzuhalten, das früher geschah.</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Wann es geschah</translation>
    </message>
    <message>
        <source>now</source>
        <comment>time of a timeline entry that is not back-dated</comment>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>d: decision · a: action · e: evidence · o: observation · paste or drop files (up to %1) to attach</source>
        <comment>quick-entry hint: the prefixes and attachments</comment>
        <translation>d: Entscheidung · a: Aktion · e: Nachweis · o: Beobachtung · Dateien einfügen oder ablegen (bis %1), um sie anzuhängen</translation>
    </message>
    <message>
        <source>Start the text with a prefix to choose its kind: d: decision, a: action, e: evidence, o: observation, n: note. Paste an image, or drop a file on the timeline or here (up to %1), to attach it.</source>
        <translation>Beginnen Sie den Text mit einem Präfix, um seine Art zu wählen: d: Entscheidung, a: Aktion, e: Nachweis, o: Beobachtung, n: Notiz. Fügen Sie ein Bild ein oder legen Sie eine Datei auf der Zeitleiste oder hier ab (bis %1), um sie anzuhängen.</translation>
    </message>
    <message>
        <source>Focus note entry</source>
        <translation>Zur Notizeingabe springen</translation>
    </message>
    <message>
        <source>Search timeline</source>
        <translation>Zeitleiste durchsuchen</translation>
    </message>
    <message>
        <source>Pin entry</source>
        <translation>Eintrag anheften</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <comment>edit a timeline entry</comment>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Retract…</source>
        <comment>retract a timeline entry</comment>
        <translation>&amp;Zurückziehen…</translation>
    </message>
    <message>
        <source>Show entry and &amp;history…</source>
        <translation>Eintrag und &amp;Verlauf anzeigen…</translation>
    </message>
    <message>
        <source>&amp;Open attachment…</source>
        <translation>Anhang ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>Keine Sitzung geöffnet.</translation>
    </message>
    <message>
        <source>What you typed was copied to the clipboard.</source>
        <translation>Ihre Eingabe wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Entry not added</source>
        <translation>Eintrag nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>The new text. The earlier text stays in the entry&apos;s history.</source>
        <translation>Der neue Text. Der bisherige Text bleibt im Verlauf des Eintrags.</translation>
    </message>
    <message>
        <source>Entry not edited</source>
        <translation>Eintrag nicht bearbeitet</translation>
    </message>
    <message>
        <source>Retract entry</source>
        <translation>Eintrag zurückziehen</translation>
    </message>
    <message>
        <source>Why is this entry wrong? It stays in the timeline, struck through, with your reason.</source>
        <translation>Warum ist dieser Eintrag falsch? Er bleibt durchgestrichen in der Zeitleiste, mit Ihrer Begründung.</translation>
    </message>
    <message>
        <source>Entry not retracted</source>
        <translation>Eintrag nicht zurückgezogen</translation>
    </message>
    <message>
        <source>Entry not pinned</source>
        <translation>Eintrag nicht angeheftet</translation>
    </message>
    <message>
        <source>Entry not unpinned</source>
        <translation>Anheften nicht aufgehoben</translation>
    </message>
    <message>
        <source>Attachment not opened</source>
        <translation>Anhang nicht geöffnet</translation>
    </message>
    <message>
        <source>Attachment too large</source>
        <translation>Anhang zu groß</translation>
    </message>
    <message>
        <source>%1 is %2; an attachment may be at most %3. Attach a smaller file, or crop or scale the image down.</source>
        <translation>%1 ist %2 groß; ein Anhang darf höchstens %3 groß sein. Hängen Sie eine kleinere Datei an oder beschneiden bzw. verkleinern Sie das Bild.</translation>
    </message>
    <message>
        <source>Attachment not added</source>
        <translation>Anhang nicht hinzugefügt</translation>
    </message>
    <message>
        <source>The pasted image is empty.</source>
        <translation>Das eingefügte Bild ist leer.</translation>
    </message>
    <message>
        <source>The pasted image could not be encoded.</source>
        <translation>Das eingefügte Bild konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Nicht angehängt</translation>
    </message>
    <message>
        <source>%1 is not a file; folders cannot be attached.</source>
        <translation>%1 ist keine Datei; Ordner können nicht angehängt werden.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Unpin entry</source>
        <translation>Anheften aufheben</translation>
    </message>
    <message>
        <source>Everyone</source>
        <comment>person filter: entries by anyone</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>No incident selected.</source>
        <translation>Kein Vorfall ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n entries</source>
        <comment>timeline filter</comment>
        <translation>
            <numerusform>%1 von %n Eintrag angezeigt</numerusform>
            <numerusform>%1 von %n Einträgen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>timeline size</comment>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Happened &amp;at (UTC):</source>
        <comment>back-date a timeline entry</comment>
        <translation>&amp;Geschehen um (UTC):</translation>
    </message>
    <message>
        <source>Show Earlier</source>
        <translation>Frühere zeigen</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more of the entries before these</source>
        <comment>replay</comment>
        <translation>
            <numerusform>%n weiteren Eintrag davor zeigen</numerusform>
            <numerusform>%n weitere Einträge davor zeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· the latest before this moment; %n earlier ones are not shown.</source>
        <comment>replay</comment>
        <translation>
            <numerusform>· die neuesten vor diesem Moment; %n früherer wird nicht gezeigt.</numerusform>
            <numerusform>· die neuesten vor diesem Moment; %n frühere werden nicht gezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Warroom::WebhookSecrets</name>
    <message>
        <source>No keychain is configured in this Warroom.</source>
        <translation>In diesem Warroom ist kein Schlüsselbund konfiguriert.</translation>
    </message>
</context>
</TS>
