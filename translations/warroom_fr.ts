<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>%1 (UTC)</name>
    <message>
        <source>a date and time in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a calendar day in UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>timeline entry kind: something someone did</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Alert</name>
    <message>
        <source>timeline entry kind: an alert from monitoring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <source>timeline entry kind: a change Warroom recorded (status, role, step)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chat</name>
    <message>
        <source>timeline entry kind: a message posted to a chat channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>timeline entry kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>timeline entry kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>File</name>
    <message>
        <source>timeline entry kind: an attached file or image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HookSnippets</name>
    <message>
        <source>PagerDuty Events v2</source>
        <comment>the PagerDuty event format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic JSON</source>
        <comment>the hook for scripts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alertmanager.yml: a receiver that sends every alert of its routes to Warroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token of role hook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then route alerts to it, e.g. receiver: warroom in the route that pages people</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Note</name>
    <message>
        <source>timeline entry kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Observation</name>
    <message>
        <source>timeline entry kind: something someone saw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::ActionsModel</name>
    <message>
        <source>%1
overdue</source>
        <comment>due date of an open follow-up that has passed; keep the line break</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Untick to reopen the follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open. Tick when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Added by %2, %3</source>
        <comment>follow-up text, then who added it and when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody owns this follow-up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>follow-up not done yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up needs some text. To drop it, tick it done instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <comment>column: follow-up done</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>column: what needs doing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>column: who does it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <comment>column: due date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a follow-up when it is done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::ActionsPanel</name>
    <message>
        <source>Follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks the selected follow-up done; F2 edits the text, owner or due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New follow-up: what should change so this does not happen again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner of the new follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <comment>follow-up due date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick for no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date of the new follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <comment>button: add a follow-up</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <comment>who does the follow-up</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-ups yet. Add what should change so this does not happen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <comment>follow-ups</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>follow-ups</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <comment>follow-ups</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up “%1” was not added.

Reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <comment>follow-up</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Done</source>
        <comment>follow-up</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Due Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Due Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::AlertHooksDialog</name>
    <message>
        <source>Alert Hooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Alert hooks need a warroomd server.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Alertmanager, Grafana and other alerting systems send their alerts to warroomd, which opens an incident for a firing alert and shows it on every board. This copy of Warroom works from a local file.&lt;/p&gt;&lt;p&gt;Connect with &lt;b&gt;File → Connect to Server…&lt;/b&gt; (a server address and a responder token), then come back here for the hook URLs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerting systems can open incidents on &lt;b&gt;%1&lt;/b&gt;: a firing alert opens one, or joins the incident already open for its group; a resolved alert is recorded but never closes it. Each sender needs a token of role &lt;i&gt;hook&lt;/i&gt;, made on the server with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command that makes a hook token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished">%1 s {1:?}</translation>
    </message>
    <message>
        <source>Copy the %1 hook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste into alertmanager.yml, put the token in place of %1, and reload Alertmanager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana Contact Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana unified alerting sends to a webhook contact point; these are its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::AppStartup</name>
    <message>
        <source>A desktop war room for production incidents.</source>
        <translation>Une salle de crise sur votre bureau pour les incidents de production.</translation>
    </message>
    <message>
        <source>Open the incident database at &lt;path&gt; (default: %1).</source>
        <translation>Ouvrir la base d’incidents située à &lt;chemin&gt; (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example fr or de) instead of the system&apos;s.</source>
        <translation>Utiliser la langue &lt;code&gt; (par exemple fr ou de) au lieu de celle du système.</translation>
    </message>
    <message>
        <source>Record your actions under &lt;name&gt; (default: %1).</source>
        <translation>Enregistrer vos actions sous le nom &lt;nom&gt; (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--db needs the path of a database file.</source>
        <translation>--db attend le chemin d’un fichier de base de données.</translation>
    </message>
    <message>
        <source>--actor needs a name.</source>
        <translation>--actor attend un nom.</translation>
    </message>
    <message numerus="yes">
        <source>The name given to --actor is longer than %n characters.</source>
        <translation>
            <numerusform>Le nom donné à --actor dépasse %n caractère.</numerusform>
            <numerusform>Le nom donné à --actor dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the incident database. Check that it can be written, or choose another file with --db.</source>
        <translation>Impossible de créer le dossier %1 pour la base d’incidents. Vérifiez qu’il est accessible en écriture, ou choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <source>Cannot open the incident database %1.</source>
        <translation>Impossible d’ouvrir la base d’incidents %1.</translation>
    </message>
    <message>
        <source>Warroom cannot open its incident database.</source>
        <translation>Warroom ne peut pas ouvrir sa base d’incidents.</translation>
    </message>
    <message>
        <source>Try &apos;warroom --help&apos;.</source>
        <translation>Essayez «&#xa0;warroom --help&#xa0;».</translation>
    </message>
    <message>
        <source>path</source>
        <comment>--help: placeholder for the value of --db</comment>
        <translation>chemin</translation>
    </message>
    <message>
        <source>code</source>
        <comment>--help: placeholder for the value of --lang</comment>
        <translation>code</translation>
    </message>
    <message>
        <source>name</source>
        <comment>--help: placeholder for the value of --actor</comment>
        <translation>nom</translation>
    </message>
    <message>
        <source>Warroom</source>
        <comment>product name, window title</comment>
        <translation>Warroom</translation>
    </message>
    <message>
        <source>Start on a fresh demo database holding a realistic incident (your own database is left alone unless --db names it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that Warroom works, without a display: declare an incident in a temporary folder, read it back, print &quot;self-test passed&quot; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::AttachRunbookDialog</name>
    <message>
        <source>Attach Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runbooks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own runbooks (Markdown task lists) go in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a Markdown runbook and copy it into your folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show your runbook folder in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, cannot be used: %2</source>
        <comment>broken runbook file: file name, error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <comment>runbook template: number of steps</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commander&apos;s go: %1</source>
        <comment>runbook template: steps gated by the commander&apos;s approval</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <comment>runbook template: steps that need evidence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built in</source>
        <comment>runbook shipped with Warroom</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your folder</source>
        <comment>runbook from the user&apos;s folder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be attached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix it in %1, or import a corrected copy. A step is a line like “- [ ] Take a backup {#backup gate=evidence}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs commander&apos;s go</source>
        <comment>badge of a step gated by the commander&apos;s approval</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs evidence</source>
        <comment>badge of a step that needs a note or attachment as evidence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback: %1</source>
        <comment>the step that undoes this one</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown runbooks (*.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Runbook?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your folder already has %1. Replace it with the imported file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook Not Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook was not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder Not Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1. Put your runbooks there as Markdown files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::AttachmentDialog</name>
    <message>
        <source>Attachment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3</source>
        <comment>image size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::BoardModel</name>
    <message>
        <source>Unacknowledged</source>
        <comment>incident with no commander</comment>
        <translation>Non pris en charge</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no commander</comment>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 is the incident commander.</source>
        <translation>%1 dirige la gestion de l’incident.</translation>
    </message>
    <message>
        <source>Nobody has taken command of this incident yet. Until a commander is assigned, nobody is sure to be coordinating the response.</source>
        <translation>Personne n’a encore pris la direction de cet incident. Tant qu’aucun responsable n’est désigné, rien ne garantit que quelqu’un coordonne la réponse.</translation>
    </message>
    <message>
        <source>No commander was assigned.</source>
        <translation>Aucun responsable n’a été désigné.</translation>
    </message>
    <message>
        <source>Declared %1, resolved %2</source>
        <translation>Déclaré le %1, résolu le %2</translation>
    </message>
    <message>
        <source>Declared %1</source>
        <translation>Déclaré le %1</translation>
    </message>
    <message>
        <source>Unacknowledged: no incident commander yet</source>
        <translation>Non pris en charge&#xa0;: pas encore de responsable d’incident</translation>
    </message>
    <message>
        <source>Open for %1</source>
        <translation>Ouvert depuis %1</translation>
    </message>
    <message>
        <source>Resolved after %1</source>
        <translation>Résolu en %1</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>incident title</comment>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>incident status</comment>
        <translation>État</translation>
    </message>
    <message>
        <source>Commander</source>
        <comment>incident commander</comment>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <comment>time since the incident was declared</comment>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Severity</source>
        <comment>how bad the incident is</comment>
        <translation>Gravité</translation>
    </message>
    <message numerus="yes">
        <source>Nobody has taken command of this incident for %n minutes. Take command, or assign a commander now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue: no incident commander for %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No commander for %n min</source>
        <comment>open incident past the unacknowledged threshold</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Warroom::BoardView</name>
    <message>
        <source>Incident board</source>
        <translation>Tableau des incidents</translation>
    </message>
</context>
<context>
    <name>Warroom::BoardWidget</name>
    <message>
        <source>No open incidents. Declare one with %1.</source>
        <translation>Aucun incident ouvert. Déclarez-en un avec %1.</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Me a &amp;Demo Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved incidents stay on the board, below the open ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a realistic past outage to this board, to look around and try things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No open incidents. %n resolved incident(s) under &quot;Show resolved&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Warroom::ChannelDialog</name>
    <message>
        <source>Edit Chat Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Chat Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#incident-orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the URL for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL stays in memory and is forgotten when Warroom quits; it is never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL is kept in the system keychain, never in a settings file or the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The URL can be kept for this session only: it is forgotten when Warroom quits and never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::ChatPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send posts to every checked channel; Space checks or unchecks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Slack, Mattermost, Teams, Discord or generic webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post a short test message to the selected channel (not recorded in the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a placeholder, filled in from the incident when sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stakeholders should know. {title}, {status}… are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the exact request body each platform receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next update in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise the next stakeholder update in this many minutes; Warroom reminds you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next update in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder update due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): the next update you promised is due now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the message to every checked channel (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a chat channel to post updates to Slack, Mattermost, Teams, Discord or your own relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat is not connected in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one channel to send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the message to the checked channel (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the message to the %1 checked channels (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery &amp;log (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain: webhook URLs are kept for this session only and forgotten when Warroom quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Start or unlock a keychain (GNOME Keyring, KWallet) to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no update promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook URL is stored for this channel: enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available, so the URL cannot be stored. Save again to keep it for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the channel %1? Its webhook URL is deleted from the keychain; the deliveries already recorded stay in the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Remove the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message from Warroom
This channel (%1) is set up to receive incident updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message posted to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not post to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::ChatPreview</name>
    <message>
        <source>Check one or more channels above to see what each platform will show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
</context>
<context>
    <name>Warroom::ConnectDialog</name>
    <message>
        <source>Connect to a Warroom Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work together with your team through a warroomd server. Everything you do is kept on this computer first, so nothing is lost when the network is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wr_… (from warroomd token create)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is kept in your system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work Locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the server and its token; work from the local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the token in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the token from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::DeclareIncidentDialog</name>
    <message>
        <source>Declare Incident</source>
        <translation>Déclarer un incident</translation>
    </message>
    <message>
        <source>What is broken, in a few words</source>
        <translation>Ce qui ne marche pas, en quelques mots</translation>
    </message>
    <message>
        <source>Incident title</source>
        <translation>Titre de l’incident</translation>
    </message>
    <message numerus="yes">
        <source>Required, at most %n characters</source>
        <translation>
            <numerusform>Obligatoire, %n caractère au plus</numerusform>
            <numerusform>Obligatoire, %n caractères au plus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>severity name, then its description</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>What do you know so far? Who is affected? (optional)</source>
        <translation>Que sait-on pour l’instant&#xa0;? Qui est touché&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Declare</source>
        <comment>button: declare the incident</comment>
        <translation>&amp;Déclarer</translation>
    </message>
    <message>
        <source>Declare the incident</source>
        <translation>Déclarer l’incident</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Severity</source>
        <comment>how bad the incident is</comment>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>what is known of the incident so far</comment>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <comment>how bad the incident is</comment>
        <translation>&amp;Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <comment>what is known of the incident so far</comment>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Warroom::EntryDialog</name>
    <message>
        <source>Timeline entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, a key moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retracted by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retracted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Earlier versions, oldest first (%n edit(s)):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Warroom::GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Getting started with Warroom&lt;/h2&gt;&lt;p&gt;Warroom keeps one log of everything written about an incident, with who wrote it and when. Nothing is ever deleted: a mistake is put right by a new entry.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The incident commander&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Declare the incident: %1, or File → Declare Incident. Give it a title people will recognise and a severity; it appears on the board at once.&lt;/li&gt;&lt;li&gt;Take the commander role in the roles panel, then hand out the others: the scribe keeps the timeline, communications keeps stakeholders informed, operations has hands on the systems.&lt;/li&gt;&lt;li&gt;Keep the status true: %2 (Incident → Change Status). Post updates to your chat channels from the chat panel; it reminds you when the next one is due.&lt;/li&gt;&lt;li&gt;The board lists every open incident, the most severe first; search it with %3.&lt;/li&gt;&lt;/ul&gt;</source>
        <comment>Getting Started: %1 to %3 are keyboard shortcuts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;A responder&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Write what you see and what you do while it happens: %1 takes you to the note entry. Short notes are best; the time is recorded for you.&lt;/li&gt;&lt;li&gt;Pin what everyone must see (%2), and tick the steps of the incident&apos;s runbooks as you do them (Incident → Attach Runbook to add one).&lt;/li&gt;&lt;li&gt;Wrong note? %3 undoes your last change with a new entry.&lt;/li&gt;&lt;/ul&gt;</source>
        <comment>Getting Started: %1 to %3 are keyboard shortcuts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The facilitator of the review&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Once the incident is resolved, replay it (%1): the window shows it as it was at any moment, read-only.&lt;/li&gt;&lt;li&gt;Write the postmortem (%2): Warroom drafts it from the log (timeline, key moments, durations) and points out wording that blames people rather than systems.&lt;/li&gt;&lt;li&gt;Export the incident to archive or share it: Incident → Export Incident.&lt;/li&gt;&lt;/ul&gt;</source>
        <comment>Getting Started: %1 and %2 are keyboard shortcuts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Working as a team&lt;/h3&gt;&lt;p&gt;Without a server, the log is a file on this computer. File → Connect to Server shares one war room with your team through a warroomd server; Warroom keeps working offline and sends what you wrote when the server is back.&lt;/p&gt;&lt;p&gt;Every shortcut: %1 (Help → Keyboard Shortcuts).&lt;/p&gt;</source>
        <comment>Getting Started: %1 is a keyboard shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::IncidentHeader</name>
    <message>
        <source>Incident header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <comment>how bad the incident is</comment>
        <translation type="unfinished">Gravité</translation>
    </message>
    <message>
        <source>Incident title</source>
        <translation type="unfinished">Titre de l’incident</translation>
    </message>
    <message>
        <source>Press Enter to save the title, Escape to put the saved one back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>incident status</comment>
        <translation type="unfinished">État</translation>
    </message>
    <message>
        <source>Time elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign commander…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a commander in the roles panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact started</source>
        <comment>when customers started to be affected</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <comment>format of the impact start (local time)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated; Enter saves, Escape reverts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. checkout, payments-api</source>
        <comment>services: example input</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services affected, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>what is known of the incident so far</comment>
        <translation type="unfinished">Résumé</translation>
    </message>
    <message>
        <source>Ctrl+Enter or leaving the field saves; Escape reverts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is known so far? Who is affected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary (Ctrl+Enter in the field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact &amp;started:</source>
        <comment>when customers started to be affected</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servi&amp;ces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <comment>what is known of the incident so far</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the incident status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the incident title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Click or press F2 to edit; Enter saves, Escape reverts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When customers started to be affected, in local time. Earlier than the declaration: back-date it when the impact began before anyone noticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded yet: the clock counts from the declaration. Set it to when customers started to be affected (local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commander: %1</source>
        <comment>incident commander</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commander — assign one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: no commander. Nobody is coordinating this incident; assign a commander.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commander was assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved after %1</source>
        <comment>elapsed time of a resolved incident</comment>
        <translation type="unfinished">Résolu en %1</translation>
    </message>
    <message>
        <source>Open for %1</source>
        <comment>time since the impact started</comment>
        <translation type="unfinished">Ouvert depuis %1</translation>
    </message>
    <message>
        <source>Counted from the start of the impact, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from the declaration, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident needs a title, so it stays “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title was not changed to “%1”; it stays “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The severity was not changed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen “%1”? It goes back to investigating and the clock runs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve “%1”? The clock stops and the time to resolve is recorded. You can reopen it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status was not changed to %1.

Reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact start not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The impact cannot start in the future (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The impact start was not changed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services were not changed to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::IncidentLook</name>
    <message>
        <source>%1, %2</source>
        <comment>a date, then a time of day</comment>
        <translation type="unfinished">%1 min %2 s {1,?} {2?}</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <comment>local date and time, then the same moment in UTC</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>metric not reached yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <comment>short for: time to detect</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <comment>short for: time to acknowledge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigate</source>
        <comment>short for: time to mitigate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <comment>short for: time to resolve</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to detect: from the start of the impact to the declaration of the incident. Shown once an impact start is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to acknowledge: from the declaration to the first commander taking command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to mitigate: from the start of the impact (or the declaration) to the first time the incident was mitigated, or resolved if it skipped mitigated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to resolve: from the start of the impact (or the declaration) to the last resolution. A reopen clears it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::IncidentNotifier</name>
    <message>
        <source>Warroom</source>
        <translation type="unfinished">Warroom</translation>
    </message>
    <message>
        <source>%1 declared by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity raised to %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has had no commander for %n min</source>
        <comment>desktop notification title</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — take command, or assign a commander.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::IncidentView</name>
    <message>
        <source>Select an incident on the board to see its timeline, runbooks and roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::MainWindow</name>
    <message>
        <source>&amp;Declare Incident…</source>
        <translation>&amp;Déclarer un incident…</translation>
    </message>
    <message>
        <source>Declare a new incident (%1)</source>
        <translation>Déclarer un nouvel incident (%1)</translation>
    </message>
    <message>
        <source>Open a new incident and put it on the board</source>
        <translation>Ouvrir un nouvel incident et l’afficher au tableau</translation>
    </message>
    <message>
        <source>&amp;About Warroom</source>
        <translation>À &amp;propos de Warroom</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Acting as %1</source>
        <translation>Acteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could Not Declare the Incident</source>
        <translation>Impossible de déclarer l’incident</translation>
    </message>
    <message>
        <source>The incident could not be stored.</source>
        <translation>L’incident n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>About Warroom</source>
        <translation>À propos de Warroom</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Warroom %1&lt;/h3&gt;&lt;p&gt;A desktop war room for production incidents: one board for every open incident, a timeline written while it happens, and a blameless review afterwards.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Warroom %1&lt;/h3&gt;&lt;p&gt;Une salle de crise sur votre bureau pour les incidents de production&#xa0;: un tableau de tous les incidents ouverts, une chronologie écrite au fil de l’eau, et une analyse sans reproche après coup.&lt;/p&gt;&lt;p&gt;Distribué sous la licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Warroom</source>
        <comment>product name, window title</comment>
        <translation>Warroom</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <comment>menu: leave the application</comment>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work with your team through a warroomd server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse your last change with a new entry; nothing is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the &amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the selected incident minute by minute, read-only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the window as it was at any moment of the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configure Warroom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language of Warroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the commander, a responder and the facilitator do in Warroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert &amp;Hooks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hook URLs and receiver configuration for Alertmanager, Grafana and others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Add the Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen Warroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen Warroom now to work with %1? Your local incidents stay in their file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen Warroom now to work from the local file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Warroom comes with absolutely no warranty. &lt;a href=&quot;%1&quot;&gt;Read the licence&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;Home page&lt;/a&gt; · &lt;a href=&quot;%3&quot;&gt;Report a problem&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %4.&lt;/p&gt;</source>
        <comment>About: %1 to %3 are web addresses, %4 a version number</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::MetricsBar</name>
    <message>
        <source>%1 %2</source>
        <comment>metric name, then its value: Detect 9m 00s</comment>
        <translation type="unfinished">%1 s {1 %2?}</translation>
    </message>
</context>
<context>
    <name>Warroom::PostmortemActions</name>
    <message>
        <source>Write &amp;Postmortem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the blameless postmortem of the selected incident, with a first draft made from its log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected incident&apos;s whole log, attachments included, as one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an incident saved with Export Incident to this log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warroom incident (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Export the Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warroom incident (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Import the Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is already here: all %n events were present.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1”: %n new events</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already present</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Warroom::PostmortemEditor</name>
    <message>
        <source>Your blameless word list could not be read, so the built-in one is used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Written by the Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the &amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the postmortem as Markdown, for a wiki or a repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the postmortem as one web page that prints well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the postmortem as a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and tick follow-ups in the incident&apos;s Follow-ups tab; regenerate to bring them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections generated from the incident&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident has changed since this draft was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regenerate from the Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the metrics, timeline, runbooks, chat updates and follow-ups again from the incident as it is now. What you wrote stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blameless language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name next to words of blame is underlined. These are suggestions: the words stay yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blameless-language suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the &amp;Word List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names and phrases the check looks for, in English, French and German: %1. Changes apply to postmortems opened afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Write the Word List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word list: %1. Changes apply to postmortems opened afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Résumé</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title that says what broke, for whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in two or three sentences a newcomer understands?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was affected, how, and for how long? Numbers help: failed requests, customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which conditions made this possible? Think of the system, tools, processes and timing rather than of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped: an alert that fired, a runbook that held, a quick decision?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What slowed the team down or was confusing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Read the Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The sections start empty; what you write is saved over that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you write is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline, %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions: nothing here reads as blame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a suggestion to read it; press Enter to go to its words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody took command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commander %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · declared %3 by %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>No follow-up actions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Postmortem as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Postmortem as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Postmortem as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the postmortem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Export the Postmortem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::PostmortemTextEdit</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;“%1” next to %2.&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;i&gt;%4&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::Presentation</name>
    <message>
        <source>Critical: the service is down or data is at risk for many customers</source>
        <translation>Critique&#xa0;: le service est coupé ou des données sont menacées pour de nombreux clients</translation>
    </message>
    <message>
        <source>Major: a core feature is broken or badly degraded</source>
        <translation>Majeur&#xa0;: une fonction essentielle est en panne ou très dégradée</translation>
    </message>
    <message>
        <source>Minor: limited impact, a workaround exists</source>
        <translation>Mineur&#xa0;: impact limité, un contournement existe</translation>
    </message>
    <message>
        <source>Low: cosmetic or no customer impact</source>
        <translation>Faible&#xa0;: défaut d’affichage ou sans impact client</translation>
    </message>
    <message>
        <source>Severity 1, critical</source>
        <translation>Gravité 1, critique</translation>
    </message>
    <message>
        <source>Severity 2, major</source>
        <translation>Gravité 2, majeur</translation>
    </message>
    <message>
        <source>Severity 3, minor</source>
        <translation>Gravité 3, mineur</translation>
    </message>
    <message>
        <source>Severity 4, low</source>
        <translation>Gravité 4, faible</translation>
    </message>
    <message>
        <source>Investigating</source>
        <comment>incident status</comment>
        <translation>En analyse</translation>
    </message>
    <message>
        <source>Identified</source>
        <comment>incident status: cause found</comment>
        <translation>Cause identifiée</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <comment>incident status: impact reduced, not yet fixed</comment>
        <translation>Atténué</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>incident status</comment>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>%1d %2h %3m</source>
        <comment>elapsed time: days, hours, minutes</comment>
        <translation>%1 j %2 h %3 min</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach a runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tick a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untick a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roll back a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retract a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pin an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post to chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::ReplayBar</name>
    <message>
        <source>Replay controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <comment>replay</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Key Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Key Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the replay and show the incident as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay, read-only:</source>
        <comment>banner: what follows is the replayed moment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window shows what the team knew at this moment. Nothing can be changed while replaying; events that arrive meanwhile are kept and shown when you go back to live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replayed moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the incident&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the incident was declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last key moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to replay another moment of the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much faster than real time playing goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <comment>replay speed</comment>
        <translation type="unfinished">%1 s {1×?}</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last: %1 at %2</source>
        <comment>the last key moment before the replayed time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <comment>replay</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::ReplayLook</name>
    <message>
        <source>%1 %2</source>
        <comment>replayed moment: date, time</comment>
        <translation type="unfinished">%1 s {1 %2?}</translation>
    </message>
</context>
<context>
    <name>Warroom::ReplayView</name>
    <message>
        <source>Select an incident to replay first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::RoleHistoryModel</name>
    <message>
        <source>now</source>
        <comment>still holds the role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been %2 since %3 (assigned by %4).</source>
        <comment>person, role, time, person</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was %2 from %3 until %4 (assigned by %5, released by %6).</source>
        <comment>person, role, time, time, person, person</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <comment>incident role such as commander</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <comment>who held the role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <comment>when the person took the role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <comment>when the person gave the role up</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released by</source>
        <comment>who ended the tenure: a hand-over or a release</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::RolesModel</name>
    <message>
        <source>%1 is %2 since %3, assigned by %4.</source>
        <comment>person, role, time, person</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <comment>incident role such as commander</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <comment>who holds the role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <comment>when the person took the role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commander</source>
        <comment>incident role</comment>
        <translation type="unfinished">Responsable</translation>
    </message>
    <message>
        <source>Scribe</source>
        <comment>incident role: keeps the timeline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comms</source>
        <comment>incident role: talks to stakeholders</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ops</source>
        <comment>incident role: hands on the systems</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::RolesPanel</name>
    <message>
        <source>Coordinates the response and makes the calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps stakeholders and customers informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands on the systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <comment>placeholder of the role field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standard role or your own: lower-case letters, digits, space, - or _ (e.g. db-expert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <comment>placeholder of the person field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <comment>button: give up a role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role history: who held which role when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <comment>incident role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <comment>who takes the role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <comment>who held which role when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <comment>button: give a person a role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over</source>
        <comment>button: give a held role to someone else</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the role over to the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role name is lower-case letters, digits, space, - or _, at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by %1: assigning someone else hands it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not made %2.

Reason: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 as commander? Until someone takes command, nobody is coordinating the response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role not released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still holds the role %2.

Reason: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::RunbookDelegate</name>
    <message>
        <source>no commander yet</source>
        <comment>beside the badge of a step waiting for approval</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must approve</source>
        <comment>beside the badge of a step waiting for approval; %1 is the commander</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Undoes “%1”, which was rolled back</source>
        <comment>a rollback step whose step went wrong</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::RunbookModel</name>
    <message>
        <source>%1
%2 of %3 steps done
Attached by %4 %5</source>
        <comment>runbook tooltip: name, done, total, person, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook %1, %2 of %3 steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>runbook progress: steps done / steps in total</comment>
        <translation type="unfinished">%1 s {1/%2?}</translation>
    </message>
    <message>
        <source>Attached by %1 %2</source>
        <comment>runbook: person, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs commander&apos;s go</source>
        <comment>badge of a step gated by the commander&apos;s approval</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs evidence</source>
        <comment>badge of a step that needs a note or attachment as evidence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 %2</source>
        <comment>step done: person, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 %2 — %3</source>
        <comment>step done: person, time, note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped by %1 %2: %3</source>
        <comment>step skipped: person, time, reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back by %1 %2: %3</source>
        <comment>step rolled back: person, time, note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened by %1 %2</source>
        <comment>step unticked: person, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened by %1 %2: %3</source>
        <comment>step unticked: person, time, note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback: %1</source>
        <comment>the step that undoes this one</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 %2</source>
        <comment>commander&apos;s go: person, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Evidence: %n linked</source>
        <comment>notes or attachments linked to the step</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (retracted)</source>
        <comment>evidence that was retracted</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>step state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <comment>step state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>step state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back</source>
        <comment>step state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date and time of a step change</comment>
        <translation type="unfinished">%1 s {1 %2?}</translation>
    </message>
    <message>
        <source>Assign a commander first: only the commander can give the go for this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for the commander&apos;s go (%1)</source>
        <comment>%1 is the commander</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs evidence first: a note that shows it is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::RunbookPanel</name>
    <message>
        <source>Runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbooks</source>
        <comment>panel heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v/%m</source>
        <comment>runbook progress bar: steps done / steps in total</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;Runbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a runbook from the library to this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tick</source>
        <comment>mark a runbook step done</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Untick</source>
        <comment>reopen a runbook step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <comment>skip a runbook step, with a reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled &amp;Back…</source>
        <comment>mark a runbook step as rolled back</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <comment>the commander&apos;s go for a gated step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Evi&amp;dence…</source>
        <comment>link a note to a runbook step as evidence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick or Untick Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook Not Attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step Not Ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not ticked.

%2</source>
        <comment>step text, reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step Not Unticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why skip “%1”? The reason is kept in the timeline and the postmortem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step Not Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Step Rolled Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was undone. What went wrong, and what state is it in now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step Not Marked Rolled Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the Rollback Step?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names the step that undoes it:

“%2”

Go to that step now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step Not Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence Not Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for “%1”: what shows it is done? (A dump&apos;s name and size, a checksum, a query result…) It goes into the timeline, linked to the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an incident to see its runbooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runbook attached yet.

A runbook is a rehearsed checklist: it pauses before each risky step and shows everyone who did what, and when. Attach one with “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <comment>runbook progress</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>runbook name: progress</comment>
        <translation type="unfinished">%1 min %2 s {1:?} {2?}</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <comment>runbook name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a step first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs evidence first: ticking asks for a note (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the step done (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the step (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an open step can be skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the step, saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a done step can be rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the step was undone, and go to its rollback step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a note to the step as evidence (what shows it is done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step needs no approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 %2</source>
        <comment>commander&apos;s go: person, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a commander first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for the commander&apos;s go (%1)</source>
        <comment>%1 is the commander</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your go as commander: the step can then be ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a step to tick, skip or approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are the commander: approve it when it is safe to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticking it asks for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back. The step that undoes it: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks the selected step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::RunbookView</name>
    <message>
        <source>Runbook checklist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::SettingsDialog</name>
    <message>
        <source>Configure Warroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <comment>language: the system&apos;s, named in its own language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <comment>of the interface</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language, and the way dates and times are written, change the next time Warroom starts. The --lang option wins over this choice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::StatusComboBox</name>
    <message>
        <source>Looking for the cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cause is known; working on a fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The impact is reduced or gone; the fix is not final yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over: the clock stops and the time to resolve is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen — investigating</source>
        <comment>reopen a resolved incident</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <comment>status name, then what it means</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::SwimlaneChart</name>
    <message>
        <source>Incident over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>swimlane</comment>
        <translation type="unfinished">État</translation>
    </message>
    <message>
        <source>Severity</source>
        <comment>swimlane</comment>
        <translation type="unfinished">Gravité</translation>
    </message>
    <message>
        <source>Key moments</source>
        <comment>swimlane: pins, approvals, gated steps</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook steps</source>
        <comment>swimlane</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat posts</source>
        <comment>swimlane</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <comment>swimlane</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to post to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: click the chart to replay that moment</source>
        <comment>swimlane label tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 to %4</source>
        <comment>swimlane band: lane, value, from, to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>swimlane mark: time, what</comment>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>…and more: zoom in by widening the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: click to replay this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2: %3 status changes, %4 key moments, %5 runbook steps, %6 chat posts, %7 alerts. Replaying %8. Click, drag or use the arrow keys to move the replay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::SyncStatusWidget</name>
    <message numerus="yes">
        <source> · %n change(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline (%1); your changes are safe here. Next try in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the token: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::TimelineDelegate</name>
    <message>
        <source>edited</source>
        <comment>marker</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending…</source>
        <comment>marker: not yet confirmed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>attachment in the timeline: file name (size)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retracted by %1: %2</source>
        <comment>a struck-through timeline entry: person, reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… open the entry to read all of it</source>
        <comment>a long timeline entry is cut short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::TimelineModel</name>
    <message>
        <source>%1 by %2</source>
        <comment>timeline tooltip: kind by person</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>attachment tooltip: mime type, size</comment>
        <translation type="unfinished">%1 min %2 s {1,?} {2?}</translation>
    </message>
    <message>
        <source>Pinned as a key moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retracted by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited. Earlier versions, oldest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <comment>an earlier version of an entry: author, text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 by %3: %4</source>
        <comment>screen reader: time, kind, person, text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warroom::TimelineWidget</name>
    <message>
        <source>&amp;Show:</source>
        <comment>timeline filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries by person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;UTC</source>
        <comment>show times in UTC</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show times in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show times in UTC instead of local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of the new entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of the new entry. A prefix in the text wins: d: decision, a: action, e: evidence, o: observation, n: note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New timeline entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you see, do or decide? Enter adds it, Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <comment>add a timeline entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the entry to the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened &amp;at:</source>
        <comment>back-date a timeline entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-date the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked, the entry is recorded as happening now. Check it to record something that happened earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <comment>time of a timeline entry that is not back-dated</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d: decision · a: action · e: evidence · o: observation · paste or drop files (up to %1) to attach</source>
        <comment>quick-entry hint: the prefixes and attachments</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the text with a prefix to choose its kind: d: decision, a: action, e: evidence, o: observation, n: note. Paste an image, or drop a file on the timeline or here (up to %1), to attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus note entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <comment>edit a timeline entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retract…</source>
        <comment>retract a timeline entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entry and &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open attachment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed was copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new text. The earlier text stays in the entry&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry not edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retract entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this entry wrong? It stays in the timeline, struck through, with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry not retracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry not pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry not unpinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; an attachment may be at most %3. Attach a smaller file, or crop or scale the image down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted image could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file; folders cannot be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <comment>person filter: entries by anyone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n entries</source>
        <comment>timeline filter</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>timeline size</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Happened &amp;at (UTC):</source>
        <comment>back-date a timeline entry</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
