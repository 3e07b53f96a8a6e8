<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>JSON générique</translation>
    </message>
    <message>
        <source>alertmanager.yml: a receiver that sends every alert of its routes to Warroom</source>
        <translation>alertmanager.yml&#xa0;: un récepteur qui envoie à Warroom toutes les alertes de ses routes</translation>
    </message>
    <message>
        <source>a token of role hook: %1</source>
        <translation>un jeton de rôle hook&#xa0;: %1</translation>
    </message>
    <message>
        <source>then route alerts to it, e.g. receiver: warroom in the route that pages people</source>
        <translation>puis routez-y les alertes, p. ex. receiver: warroom dans la route qui alerte les personnes d’astreinte</translation>
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
        <translation>Grafana&#xa0;: Alerting → Contact points → Add contact point
  Integration: Webhook
  URL: %1
  HTTP Method: POST
  Optional Webhook settings:
    Authorization Header - Scheme: Bearer
    Authorization Header - Credentials: %2
  (ou Basic Authentication&#xa0;: n’importe quel nom d’utilisateur, le jeton comme mot de passe)
Créez le jeton avec&#xa0;: %3
Utilisez ensuite ce point de contact dans une politique de notification.</translation>
    </message>
</context>
<context>
    <name>Warroom::ActionsModel</name>
    <message>
        <source>%1
overdue</source>
        <comment>due date of an open follow-up that has passed; keep the line break</comment>
        <translation>%1
en retard</translation>
    </message>
    <message>
        <source>Done. Untick to reopen the follow-up.</source>
        <translation>Fait. Décochez pour rouvrir l’action de suivi.</translation>
    </message>
    <message>
        <source>Open. Tick when done.</source>
        <translation>Ouverte. Cochez une fois faite.</translation>
    </message>
    <message>
        <source>%1
Added by %2, %3</source>
        <comment>follow-up text, then who added it and when</comment>
        <translation>%1
Ajoutée par %2, %3</translation>
    </message>
    <message>
        <source>Nobody owns this follow-up yet.</source>
        <translation>Personne n’est encore chargé de cette action de suivi.</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Pas d’échéance</translation>
    </message>
    <message>
        <source>Overdue: was due %1</source>
        <translation>En retard&#xa0;: échéance le %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance le %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>follow-up not done yet</comment>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sans porteur</translation>
    </message>
    <message>
        <source>A follow-up needs some text. To drop it, tick it done instead.</source>
        <translation>Une action de suivi doit avoir un texte. Pour l’abandonner, cochez-la plutôt comme faite.</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>column: follow-up done</comment>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>column: what needs doing</comment>
        <translation>Action de suivi</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>column: who does it</comment>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>column: due date</comment>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Tick a follow-up when it is done</source>
        <translation>Cochez une action de suivi une fois faite</translation>
    </message>
</context>
<context>
    <name>Warroom::ActionsPanel</name>
    <message>
        <source>Follow-up actions</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <source>Space ticks the selected follow-up done; F2 edits the text, owner or due date</source>
        <translation>Espace coche l’action de suivi sélectionnée&#xa0;; F2 modifie le texte, le porteur ou l’échéance</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Nouvelle action de suivi</translation>
    </message>
    <message>
        <source>New follow-up: what should change so this does not happen again?</source>
        <translation>Nouvelle action de suivi&#xa0;: que faut-il changer pour que cela ne se reproduise pas&#xa0;?</translation>
    </message>
    <message>
        <source>Owner of the new follow-up</source>
        <translation>Porteur de la nouvelle action de suivi</translation>
    </message>
    <message>
        <source>owner (optional)</source>
        <translation>porteur (facultatif)</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <comment>follow-up due date</comment>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>Set a due date</source>
        <translation>Fixer une échéance</translation>
    </message>
    <message>
        <source>Untick for no due date</source>
        <translation>Décochez pour ne pas fixer d’échéance</translation>
    </message>
    <message>
        <source>Due date of the new follow-up</source>
        <translation>Échéance de la nouvelle action de suivi</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>button: add a follow-up</comment>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the follow-up</source>
        <translation>Ajouter l’action de suivi</translation>
    </message>
    <message>
        <source>Follow-up not changed</source>
        <translation>Action de suivi non modifiée</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <comment>who does the follow-up</comment>
        <translation>&amp;Porteur&#xa0;:</translation>
    </message>
    <message>
        <source>No follow-ups yet. Add what should change so this does not happen again.</source>
        <translation>Aucune action de suivi pour l’instant. Ajoutez ce qu’il faut changer pour que cela ne se reproduise pas.</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <comment>follow-ups</comment>
        <translation>
            <numerusform>%n ouverte</numerusform>
            <numerusform>%n ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>follow-ups</comment>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <comment>follow-ups</comment>
        <translation>
            <numerusform>%n faite</numerusform>
            <numerusform>%n faites</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up not added</source>
        <translation>Action de suivi non ajoutée</translation>
    </message>
    <message>
        <source>The follow-up “%1” was not added.

Reason: %2</source>
        <translation>L’action de suivi «&#xa0;%1&#xa0;» n’a pas été ajoutée.

Raison&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reopen</source>
        <comment>follow-up</comment>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <comment>follow-up</comment>
        <translation>Marquer comme faite</translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <source>Change Owner</source>
        <translation>Changer de porteur</translation>
    </message>
    <message>
        <source>Change Due Date</source>
        <translation>Changer l’échéance</translation>
    </message>
    <message>
        <source>Remove Due Date</source>
        <translation>Supprimer l’échéance</translation>
    </message>
</context>
<context>
    <name>Warroom::AlertHooksDialog</name>
    <message>
        <source>Alert Hooks</source>
        <translation>Hooks d’alerte</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Alert hooks need a warroomd server.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Alertmanager, Grafana and other alerting systems send their alerts to warroomd, which opens an incident for a firing alert and shows it on every board. This copy of Warroom works from a local file.&lt;/p&gt;&lt;p&gt;Connect with &lt;b&gt;File → Connect to Server…&lt;/b&gt; (a server address and a responder token), then come back here for the hook URLs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Les hooks d’alerte nécessitent un serveur warroomd.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Alertmanager, Grafana et d’autres systèmes d’alerte envoient leurs alertes à warroomd, qui ouvre un incident pour chaque alerte déclenchée et l’affiche sur tous les tableaux. Cette copie de Warroom fonctionne à partir d’un fichier local.&lt;/p&gt;&lt;p&gt;Connectez-vous avec &lt;b&gt;Fichier → Se connecter à un serveur…&lt;/b&gt; (une adresse de serveur et un jeton d’intervenant), puis revenez ici pour obtenir les URL des hooks.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>Alerting systems can open incidents on &lt;b&gt;%1&lt;/b&gt;: a firing alert opens one, or joins the incident already open for its group; a resolved alert is recorded but never closes it. Each sender needs a token of role &lt;i&gt;hook&lt;/i&gt;, made on the server with:</source>
        <translation>Les systèmes d’alerte peuvent ouvrir des incidents sur &lt;b&gt;%1&lt;/b&gt;&#xa0;: une alerte déclenchée en ouvre un, ou rejoint l’incident déjà ouvert pour son groupe&#xa0;; une alerte résolue est enregistrée mais ne le ferme jamais. Chaque émetteur a besoin d’un jeton de rôle &lt;i&gt;hook&lt;/i&gt;, créé sur le serveur avec&#xa0;:</translation>
    </message>
    <message>
        <source>Command that makes a hook token</source>
        <translation>Commande qui crée un jeton hook</translation>
    </message>
    <message>
        <source>Copy the token command</source>
        <translation>Copier la commande du jeton</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>%1 hook URL</source>
        <translation>URL du hook %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Copy the %1 hook URL</source>
        <translation>Copier l’URL du hook %1</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Copier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Alertmanager Receiver</source>
        <translation>Récepteur Alertmanager</translation>
    </message>
    <message>
        <source>Paste into alertmanager.yml, put the token in place of %1, and reload Alertmanager.</source>
        <translation>Collez ceci dans alertmanager.yml, remplacez %1 par le jeton, puis rechargez Alertmanager.</translation>
    </message>
    <message>
        <source>Grafana Contact Point</source>
        <translation>Point de contact Grafana</translation>
    </message>
    <message>
        <source>Grafana unified alerting sends to a webhook contact point; these are its settings.</source>
        <translation>Les alertes unifiées de Grafana sont envoyées à un point de contact webhook&#xa0;; en voici les paramètres.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
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
        <translation>Démarrer sur une nouvelle base de démonstration contenant un incident réaliste (votre propre base n’est pas touchée, sauf si --db la désigne).</translation>
    </message>
    <message>
        <source>Check that Warroom works, without a display: declare an incident in a temporary folder, read it back, print &quot;self-test passed&quot; and quit.</source>
        <translation>Vérifier que Warroom fonctionne, sans affichage&#xa0;: déclarer un incident dans un dossier temporaire, le relire, afficher &quot;self-test passed&quot; et quitter.</translation>
    </message>
</context>
<context>
    <name>Warroom::AttachRunbookDialog</name>
    <message>
        <source>Attach Runbook</source>
        <translation>Attacher un runbook</translation>
    </message>
    <message>
        <source>&amp;Runbooks:</source>
        <translation>&amp;Runbooks&#xa0;:</translation>
    </message>
    <message>
        <source>Runbook templates</source>
        <translation>Modèles de runbooks</translation>
    </message>
    <message>
        <source>Runbook preview</source>
        <translation>Aperçu du runbook</translation>
    </message>
    <message>
        <source>Your own runbooks (Markdown task lists) go in %1</source>
        <translation>Vos propres runbooks (listes de tâches Markdown) vont dans %1</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Check a Markdown runbook and copy it into your folder</source>
        <translation>Vérifier un runbook Markdown et le copier dans votre dossier</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Show your runbook folder in the file manager</source>
        <translation>Afficher votre dossier de runbooks dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Attacher</translation>
    </message>
    <message>
        <source>%1, cannot be used: %2</source>
        <comment>broken runbook file: file name, error</comment>
        <translation>%1, inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <comment>runbook template: number of steps</comment>
        <translation>Étapes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Commander&apos;s go: %1</source>
        <comment>runbook template: steps gated by the commander&apos;s approval</comment>
        <translation>Feu vert du responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <comment>runbook template: steps that need evidence</comment>
        <translation>Preuves&#xa0;: %1</translation>
    </message>
    <message>
        <source>built in</source>
        <comment>runbook shipped with Warroom</comment>
        <translation>intégré</translation>
    </message>
    <message>
        <source>your folder</source>
        <comment>runbook from the user&apos;s folder</comment>
        <translation>votre dossier</translation>
    </message>
    <message>
        <source>This file cannot be attached:</source>
        <translation>Ce fichier ne peut pas être attaché&#xa0;:</translation>
    </message>
    <message>
        <source>Fix it in %1, or import a corrected copy. A step is a line like “- [ ] Take a backup {#backup gate=evidence}”.</source>
        <translation>Corrigez-le dans %1, ou importez une copie corrigée. Une étape est une ligne comme «&#xa0;- [ ] Take a backup {#backup gate=evidence}&#xa0;».</translation>
    </message>
    <message>
        <source>Needs commander&apos;s go</source>
        <comment>badge of a step gated by the commander&apos;s approval</comment>
        <translation>Feu vert du responsable requis</translation>
    </message>
    <message>
        <source>Needs evidence</source>
        <comment>badge of a step that needs a note or attachment as evidence</comment>
        <translation>Preuve requise</translation>
    </message>
    <message>
        <source>Rollback: %1</source>
        <comment>the step that undoes this one</comment>
        <translation>Retour arrière&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import Runbook</source>
        <translation>Importer un runbook</translation>
    </message>
    <message>
        <source>Markdown runbooks (*.md);;All files (*)</source>
        <translation>Runbooks Markdown (*.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replace Runbook?</source>
        <translation>Remplacer le runbook&#xa0;?</translation>
    </message>
    <message>
        <source>Your folder already has %1. Replace it with the imported file?</source>
        <translation>Votre dossier contient déjà %1. Le remplacer par le fichier importé&#xa0;?</translation>
    </message>
    <message>
        <source>Runbook Not Imported</source>
        <translation>Runbook non importé</translation>
    </message>
    <message>
        <source>The runbook was not imported: %1</source>
        <translation>Le runbook n’a pas été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Folder Not Opened</source>
        <translation>Dossier non ouvert</translation>
    </message>
    <message>
        <source>Could not open %1. Put your runbooks there as Markdown files.</source>
        <translation>Impossible d’ouvrir %1. Placez-y vos runbooks sous forme de fichiers Markdown.</translation>
    </message>
</context>
<context>
    <name>Warroom::AttachmentDialog</name>
    <message>
        <source>Attachment: %1</source>
        <translation>Pièce jointe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attached image %1</source>
        <translation>Image jointe %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3</source>
        <comment>image size</comment>
        <translation>%1 × %2 pixels, %3</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>Attachment not saved</source>
        <translation>Pièce jointe non enregistrée</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2</translation>
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
        <translation>
            <numerusform>Personne n’a pris la direction de cet incident depuis %n minute. Prenez la direction ou désignez un responsable d’incident maintenant.</numerusform>
            <numerusform>Personne n’a pris la direction de cet incident depuis %n minutes. Prenez la direction ou désignez un responsable d’incident maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue: no incident commander for %n minutes</source>
        <translation>
            <numerusform>En retard&#xa0;: aucun responsable d’incident depuis %n minute</numerusform>
            <numerusform>En retard&#xa0;: aucun responsable d’incident depuis %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No commander for %n min</source>
        <comment>open incident past the unacknowledged threshold</comment>
        <translation>
            <numerusform>Sans responsable depuis %n min</numerusform>
            <numerusform>Sans responsable depuis %n min</numerusform>
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
        <translation>Afficher les &amp;résolus</translation>
    </message>
    <message>
        <source>Show Me a &amp;Demo Incident</source>
        <translation>Me montrer un incident de dé&amp;monstration</translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation>Rechercher des incidents</translation>
    </message>
    <message>
        <source>Resolved incidents stay on the board, below the open ones</source>
        <translation>Les incidents résolus restent sur le tableau, sous les incidents ouverts</translation>
    </message>
    <message>
        <source>Adds a realistic past outage to this board, to look around and try things</source>
        <translation>Ajoute une panne passée réaliste à ce tableau, pour explorer et faire des essais</translation>
    </message>
    <message>
        <source>No incident matches &quot;%1&quot;.</source>
        <translation>Aucun incident ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>No open incidents. %n resolved incident(s) under &quot;Show resolved&quot;.</source>
        <translation>
            <numerusform>Aucun incident ouvert. %n incident résolu sous «&#xa0;Afficher les résolus&#xa0;».</numerusform>
            <numerusform>Aucun incident ouvert. %n incidents résolus sous «&#xa0;Afficher les résolus&#xa0;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Warroom::ChannelDialog</name>
    <message>
        <source>Edit Chat Channel</source>
        <translation>Modifier le canal de messagerie</translation>
    </message>
    <message>
        <source>Add Chat Channel</source>
        <translation>Ajouter un canal de messagerie</translation>
    </message>
    <message>
        <source>#incident-orders</source>
        <translation>#incident-commandes</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>Nom du canal</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <source>Show the URL</source>
        <translation>Afficher l’URL</translation>
    </message>
    <message>
        <source>Keep the URL for this session only</source>
        <translation>Conserver l’URL pour cette session uniquement</translation>
    </message>
    <message>
        <source>The URL stays in memory and is forgotten when Warroom quits; it is never written to disk.</source>
        <translation>L’URL reste en mémoire et est oubliée à la fermeture de Warroom&#xa0;; elle n’est jamais écrite sur le disque.</translation>
    </message>
    <message>
        <source>The URL is kept in the system keychain, never in a settings file or the database.</source>
        <translation>L’URL est conservée dans le trousseau du système, jamais dans un fichier de paramètres ni dans la base de données.</translation>
    </message>
    <message>
        <source>Leave empty to keep the current URL</source>
        <translation>Laisser vide pour conserver l’URL actuelle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>Webhook &amp;URL:</source>
        <translation>&amp;URL du webhook&#xa0;:</translation>
    </message>
    <message>
        <source>%1
The URL can be kept for this session only: it is forgotten when Warroom quits and never written to disk.</source>
        <translation>%1
L’URL peut être conservée pour cette session uniquement&#xa0;: elle est oubliée à la fermeture de Warroom et jamais écrite sur le disque.</translation>
    </message>
    <message>
        <source>Looks like %1</source>
        <translation>Ressemble à %1</translation>
    </message>
</context>
<context>
    <name>Warroom::ChannelModel</name>
    <message>
        <source>Send posts to %1</source>
        <translation>«&#xa0;Envoyer&#xa0;» publie dans %1</translation>
    </message>
    <message>
        <source>Send skips %1: check it to post there</source>
        <translation>«&#xa0;Envoyer&#xa0;» ignore %1&#xa0;: cochez-le pour y publier</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · this session only</source>
        <translation>%1 · cette session uniquement</translation>
    </message>
    <message>
        <source>The webhook URL is kept in memory only and forgotten when Warroom quits.</source>
        <translation>L’URL du webhook est conservée uniquement en mémoire et oubliée à la fermeture de Warroom.</translation>
    </message>
    <message>
        <source>The webhook URL is kept in the system keychain.</source>
        <translation>L’URL du webhook est conservée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
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
        <translation>JSON générique</translation>
    </message>
    <message>
        <source>Give the channel a name, such as #incident-orders.</source>
        <translation>Donnez un nom au canal, par exemple #incident-orders.</translation>
    </message>
    <message>
        <source>A channel name holds at most %1 characters.</source>
        <translation>Un nom de canal compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A channel name is one line.</source>
        <translation>Un nom de canal tient sur une seule ligne.</translation>
    </message>
    <message>
        <source>Paste the webhook URL the chat platform gave you.</source>
        <translation>Collez l’URL de webhook fournie par la plateforme de messagerie.</translation>
    </message>
    <message>
        <source>This is not a webhook URL: it should start with https:// and name a server.</source>
        <translation>Ce n’est pas une URL de webhook&#xa0;: elle doit commencer par https:// et désigner un serveur.</translation>
    </message>
    <message>
        <source>Webhook URLs must use https:// (plain http:// only for a receiver on this computer).</source>
        <translation>Les URL de webhook doivent utiliser https:// (http:// simple uniquement pour un récepteur sur cet ordinateur).</translation>
    </message>
    <message>
        <source>There is already a channel called %1.</source>
        <translation>Un canal nommé %1 existe déjà.</translation>
    </message>
    <message>
        <source>There is no channel called %1 any more.</source>
        <translation>Il n’existe plus de canal nommé %1.</translation>
    </message>
</context>
<context>
    <name>Warroom::ChatPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Chat updates</source>
        <translation>Points de situation</translation>
    </message>
    <message>
        <source>Chat channels</source>
        <translation>Canaux de messagerie</translation>
    </message>
    <message>
        <source>Send posts to every checked channel; Space checks or unchecks</source>
        <translation>Publier dans chaque canal coché&#xa0;; Espace coche ou décoche</translation>
    </message>
    <message>
        <source>Add a Slack, Mattermost, Teams, Discord or generic webhook</source>
        <translation>Ajouter un webhook Slack, Mattermost, Teams, Discord ou générique</translation>
    </message>
    <message>
        <source>Post a short test message to the selected channel (not recorded in the timeline)</source>
        <translation>Publier un court message de test dans le canal sélectionné (non enregistré dans la chronologie)</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Modèle de message</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>Mo&amp;dèle&#xa0;:</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <source>Insert a placeholder, filled in from the incident when sent</source>
        <translation>Insérer un champ, rempli à partir de l’incident lors de l’envoi</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>What stakeholders should know. {title}, {status}… are filled in.</source>
        <translation>Ce que les parties prenantes doivent savoir. {title}, {status}… sont remplis automatiquement.</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Show the exact request body each platform receives</source>
        <translation>Afficher le corps exact de la requête reçue par chaque plateforme</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Journal des envois</translation>
    </message>
    <message>
        <source>Next update in minutes</source>
        <translation>Prochain point dans (minutes)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Promise the next stakeholder update in this many minutes; Warroom reminds you</source>
        <translation>Promettre le prochain point de situation dans ce nombre de minutes&#xa0;; Warroom vous le rappelle</translation>
    </message>
    <message>
        <source>&amp;Next update in</source>
        <translation>&amp;Prochain point dans</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Ape&amp;rçu</translation>
    </message>
    <message>
        <source>Stakeholder update due</source>
        <translation>Point de situation attendu</translation>
    </message>
    <message>
        <source>%1 (%2): the next update you promised is due now.</source>
        <translation>%1 (%2)&#xa0;: le prochain point promis est attendu maintenant.</translation>
    </message>
    <message>
        <source>Post the message to every checked channel (Ctrl+Return)</source>
        <translation>Publier le message dans chaque canal coché (Ctrl+Return)</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caractères</translation>
    </message>
    <message>
        <source>Add a chat channel to post updates to Slack, Mattermost, Teams, Discord or your own relay.</source>
        <translation>Ajoutez un canal de messagerie pour publier des points dans Slack, Mattermost, Teams, Discord ou votre propre relais.</translation>
    </message>
    <message>
        <source>Chat is not connected in this window</source>
        <translation>La messagerie n’est pas connectée dans cette fenêtre</translation>
    </message>
    <message>
        <source>Check at least one channel to send to</source>
        <translation>Cochez au moins un canal de destination</translation>
    </message>
    <message>
        <source>Post the message to the checked channel (Ctrl+Return)</source>
        <translation>Publier le message dans le canal coché (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Post the message to the %1 checked channels (Ctrl+Return)</source>
        <translation>Publier le message dans les %1 canaux cochés (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Delivery &amp;log (%1)</source>
        <translation>&amp;Journal des envois (%1)</translation>
    </message>
    <message>
        <source>Delivery &amp;log</source>
        <translation>&amp;Journal des envois</translation>
    </message>
    <message>
        <source>No keychain: webhook URLs are kept for this session only and forgotten when Warroom quits.</source>
        <translation>Pas de trousseau&#xa0;: les URL de webhook sont conservées pour cette session uniquement et oubliées à la fermeture de Warroom.</translation>
    </message>
    <message>
        <source>
Start or unlock a keychain (GNOME Keyring, KWallet) to keep them.</source>
        <translation>
Démarrez ou déverrouillez un trousseau (GNOME Keyring, KWallet) pour les conserver.</translation>
    </message>
    <message>
        <source>no update promised</source>
        <translation>aucun point promis</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>attendu dans %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>Due at %1</source>
        <translation>Attendu à %1</translation>
    </message>
    <message>
        <source>No webhook URL is stored for this channel: enter it.</source>
        <translation>Aucune URL de webhook n’est enregistrée pour ce canal&#xa0;: saisissez-la.</translation>
    </message>
    <message>
        <source>No keychain is available, so the URL cannot be stored. Save again to keep it for this session only.</source>
        <translation>Aucun trousseau n’est disponible, l’URL ne peut donc pas être enregistrée. Enregistrez de nouveau pour la conserver pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Remove Channel</source>
        <translation>Supprimer le canal</translation>
    </message>
    <message>
        <source>Remove the channel %1? Its webhook URL is deleted from the keychain; the deliveries already recorded stay in the timeline.</source>
        <translation>Supprimer le canal %1&#xa0;? Son URL de webhook est effacée du trousseau&#xa0;; les envois déjà enregistrés restent dans la chronologie.</translation>
    </message>
    <message>
        <source>Could Not Remove the URL</source>
        <translation>Impossible de supprimer l’URL</translation>
    </message>
    <message>
        <source>Test message from Warroom
This channel (%1) is set up to receive incident updates.</source>
        <translation>Message de test de Warroom
Ce canal (%1) est configuré pour recevoir les points sur les incidents.</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Envoi d’un message de test à %1…</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Envoi à %1…</translation>
    </message>
    <message>
        <source>Posted to %1.</source>
        <translation>Publié dans %1.</translation>
    </message>
    <message>
        <source>Test message posted to %1.</source>
        <translation>Message de test publié dans %1.</translation>
    </message>
    <message>
        <source>Could not post to %1: %2</source>
        <translation>Impossible de publier dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Warroom::ChatPreview</name>
    <message>
        <source>Check one or more channels above to see what each platform will show.</source>
        <translation>Cochez un ou plusieurs canaux ci-dessus pour voir ce que chaque plateforme affichera.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 octets sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 caractères sur %2</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caractères</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Warroom::ChatSender</name>
    <message>
        <source>No place to keep webhook URLs is set up.</source>
        <translation>Aucun emplacement n’est configuré pour conserver les URL de webhook.</translation>
    </message>
    <message>
        <source>Could not read the webhook URL: %1</source>
        <translation>Impossible de lire l’URL du webhook&#xa0;: %1</translation>
    </message>
    <message>
        <source>No webhook URL for this session: edit the channel and enter it again.</source>
        <translation>Pas d’URL de webhook pour cette session&#xa0;: modifiez le canal et saisissez-la de nouveau.</translation>
    </message>
    <message>
        <source>No webhook URL is stored for this channel: edit the channel and enter it.</source>
        <translation>Aucune URL de webhook n’est enregistrée pour ce canal&#xa0;: modifiez le canal et saisissez-la.</translation>
    </message>
    <message>
        <source>The stored webhook URL is not valid: edit the channel and enter it again.</source>
        <translation>L’URL de webhook enregistrée n’est pas valide&#xa0;: modifiez le canal et saisissez-la de nouveau.</translation>
    </message>
    <message>
        <source>Not recorded in the timeline: %1</source>
        <translation>Non enregistré dans la chronologie&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (not recorded in the timeline: %2)</source>
        <translation>%1 (non enregistré dans la chronologie&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>Warroom::ConnectDialog</name>
    <message>
        <source>Connect to a Warroom Server</source>
        <translation>Se connecter à un serveur Warroom</translation>
    </message>
    <message>
        <source>Work together with your team through a warroomd server. Everything you do is kept on this computer first, so nothing is lost when the network is.</source>
        <translation>Travaillez avec votre équipe via un serveur warroomd. Tout ce que vous faites est d’abord conservé sur cet ordinateur&#xa0;: rien n’est perdu si le réseau tombe.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>wr_… (from warroomd token create)</source>
        <translation>wr_… (obtenu avec warroomd token create)</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>The token is kept in your system keychain, never in a file.</source>
        <translation>Le jeton est conservé dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Work Locally</source>
        <translation>Travailler en &amp;local</translation>
    </message>
    <message>
        <source>Forget the server and its token; work from the local file</source>
        <translation>Oublier le serveur et son jeton&#xa0;; travailler à partir du fichier local</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Storing the token in the keychain…</source>
        <translation>Enregistrement du jeton dans le trousseau…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Removing the token from the keychain…</source>
        <translation>Suppression du jeton du trousseau…</translation>
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
    <name>Warroom::DeliveryLogModel</name>
    <message>
        <source>Looking up URL</source>
        <translation>Recherche de l’URL</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Sending (attempt %1)</source>
        <translation>Envoi (tentative %1)</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Retrying in %1 s</source>
        <translation>Nouvel essai dans %1 s</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>%1 (test)</source>
        <translation>%1 (test)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>HTTP</source>
        <comment>column: HTTP status code of the answer</comment>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Tries</source>
        <comment>column: attempts</comment>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>Warroom::DeliveryQueue</name>
    <message>
        <source>No network access is set up.</source>
        <translation>Aucun accès réseau n’est configuré.</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>Pas de réponse en %1 s.</translation>
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
        <translation>Abandon après 1 tentative&#xa0;: %1</translation>
    </message>
    <message>
        <source>Gave up after %1 attempts: %2</source>
        <translation>Abandon après %1 tentatives&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (the platform asked to wait %2 s: given up)</source>
        <translation>%1 (la plateforme a demandé d’attendre %2 s&#xa0;: abandon)</translation>
    </message>
</context>
<context>
    <name>Warroom::EntryDialog</name>
    <message>
        <source>Timeline entry</source>
        <translation>Entrée de la chronologie</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Heure&#xa0;:</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>Écrit par&#xa0;:</translation>
    </message>
    <message>
        <source>Pinned:</source>
        <translation>Épinglée&#xa0;:</translation>
    </message>
    <message>
        <source>Yes, a key moment</source>
        <translation>Oui, un moment clé</translation>
    </message>
    <message>
        <source>Retracted by %1: %2</source>
        <translation>Retirée par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Retracted:</source>
        <translation>Retirée&#xa0;:</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Texte actuel</translation>
    </message>
    <message>
        <source>Current text:</source>
        <translation>Texte actuel&#xa0;:</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versions précédentes</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Écrit par</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Never edited.</source>
        <translation>Jamais modifiée.</translation>
    </message>
    <message numerus="yes">
        <source>Earlier versions, oldest first (%n edit(s)):</source>
        <translation>
            <numerusform>Versions précédentes, de la plus ancienne à la plus récente (%n modification)&#xa0;:</numerusform>
            <numerusform>Versions précédentes, de la plus ancienne à la plus récente (%n modifications)&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Warroom::GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>Bien démarrer</translation>
    </message>
    <message>
        <source>Getting started guide</source>
        <translation>Guide de prise en main</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Getting started with Warroom&lt;/h2&gt;&lt;p&gt;Warroom keeps one log of everything written about an incident, with who wrote it and when. Nothing is ever deleted: a mistake is put right by a new entry.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bien démarrer avec Warroom&lt;/h2&gt;&lt;p&gt;Warroom tient un journal unique de tout ce qui est écrit sur un incident, avec qui l’a écrit et quand. Rien n’est jamais supprimé&#xa0;: une erreur se corrige par une nouvelle entrée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The incident commander&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Declare the incident: %1, or File → Declare Incident. Give it a title people will recognise and a severity; it appears on the board at once.&lt;/li&gt;&lt;li&gt;Take the commander role in the roles panel, then hand out the others: the scribe keeps the timeline, communications keeps stakeholders informed, operations has hands on the systems.&lt;/li&gt;&lt;li&gt;Keep the status true: %2 (Incident → Change Status). Post updates to your chat channels from the chat panel; it reminds you when the next one is due.&lt;/li&gt;&lt;li&gt;The board lists every open incident, the most severe first; search it with %3.&lt;/li&gt;&lt;/ul&gt;</source>
        <comment>Getting Started: %1 to %3 are keyboard shortcuts</comment>
        <translation>&lt;h3&gt;Le responsable d’incident&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Déclarez l’incident&#xa0;: %1, ou Fichier → Déclarer un incident. Donnez-lui un titre que chacun reconnaîtra et une gravité&#xa0;; il apparaît aussitôt sur le tableau.&lt;/li&gt;&lt;li&gt;Prenez le rôle de responsable dans le panneau des rôles, puis attribuez les autres&#xa0;: le scribe tient la chronologie, la communication tient les parties prenantes informées, les opérations interviennent sur les systèmes.&lt;/li&gt;&lt;li&gt;Gardez l’état à jour&#xa0;: %2 (Incident → Modifier l’état). Publiez des points dans vos canaux de messagerie depuis le panneau de messagerie&#xa0;; il vous rappelle quand le prochain est attendu.&lt;/li&gt;&lt;li&gt;Le tableau liste tous les incidents ouverts, les plus graves en premier&#xa0;; recherchez-y avec %3.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;A responder&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Write what you see and what you do while it happens: %1 takes you to the note entry. Short notes are best; the time is recorded for you.&lt;/li&gt;&lt;li&gt;Pin what everyone must see (%2), and tick the steps of the incident&apos;s runbooks as you do them (Incident → Attach Runbook to add one).&lt;/li&gt;&lt;li&gt;Wrong note? %3 undoes your last change with a new entry.&lt;/li&gt;&lt;/ul&gt;</source>
        <comment>Getting Started: %1 to %3 are keyboard shortcuts</comment>
        <translation>&lt;h3&gt;Un intervenant&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Notez ce que vous voyez et ce que vous faites, au moment où cela se passe&#xa0;: %1 vous amène à la saisie de note. Les notes courtes sont les meilleures&#xa0;; l’heure est enregistrée pour vous.&lt;/li&gt;&lt;li&gt;Épinglez ce que tout le monde doit voir (%2), et cochez les étapes des runbooks de l’incident au fur et à mesure (Incident → Attacher un runbook pour en ajouter un).&lt;/li&gt;&lt;li&gt;Note erronée&#xa0;? %3 annule votre dernière modification par une nouvelle entrée.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The facilitator of the review&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Once the incident is resolved, replay it (%1): the window shows it as it was at any moment, read-only.&lt;/li&gt;&lt;li&gt;Write the postmortem (%2): Warroom drafts it from the log (timeline, key moments, durations) and points out wording that blames people rather than systems.&lt;/li&gt;&lt;li&gt;Export the incident to archive or share it: Incident → Export Incident.&lt;/li&gt;&lt;/ul&gt;</source>
        <comment>Getting Started: %1 and %2 are keyboard shortcuts</comment>
        <translation>&lt;h3&gt;L’animateur de l’analyse&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Une fois l’incident résolu, rejouez-le (%1)&#xa0;: la fenêtre le montre tel qu’il était à n’importe quel moment, en lecture seule.&lt;/li&gt;&lt;li&gt;Rédigez le post-mortem (%2)&#xa0;: Warroom en prépare un brouillon à partir du journal (chronologie, moments clés, durées) et signale les formulations qui accusent des personnes plutôt que des systèmes.&lt;/li&gt;&lt;li&gt;Exportez l’incident pour l’archiver ou le partager&#xa0;: Incident → Exporter l’incident.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Working as a team&lt;/h3&gt;&lt;p&gt;Without a server, the log is a file on this computer. File → Connect to Server shares one war room with your team through a warroomd server; Warroom keeps working offline and sends what you wrote when the server is back.&lt;/p&gt;&lt;p&gt;Every shortcut: %1 (Help → Keyboard Shortcuts).&lt;/p&gt;</source>
        <comment>Getting Started: %1 is a keyboard shortcut</comment>
        <translation>&lt;h3&gt;Travailler en équipe&lt;/h3&gt;&lt;p&gt;Sans serveur, le journal est un fichier sur cet ordinateur. Fichier → Se connecter à un serveur partage une même salle de crise avec votre équipe via un serveur warroomd&#xa0;; Warroom continue de fonctionner hors ligne et envoie ce que vous avez écrit dès que le serveur est de retour.&lt;/p&gt;&lt;p&gt;Tous les raccourcis&#xa0;: %1 (Aide → Raccourcis clavier).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Warroom::IncidentFacts</name>
    <message>
        <source>Investigating</source>
        <translation>En analyse</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Cause identifiée</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Atténué</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>pas encore désigné</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 UTC (in %2)</source>
        <translation>%1 UTC (dans %2)</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>moins d’une minute</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
</context>
<context>
    <name>Warroom::IncidentHeader</name>
    <message>
        <source>Incident header</source>
        <translation>En-tête de l’incident</translation>
    </message>
    <message>
        <source>Severity</source>
        <comment>how bad the incident is</comment>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Incident title</source>
        <translation>Titre de l’incident</translation>
    </message>
    <message>
        <source>Press Enter to save the title, Escape to put the saved one back</source>
        <translation>Entrée pour enregistrer le titre, Échap pour rétablir le titre enregistré</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>incident status</comment>
        <translation>État</translation>
    </message>
    <message>
        <source>Time elapsed</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Assign commander…</source>
        <translation>Désigner un responsable…</translation>
    </message>
    <message>
        <source>Assign a commander in the roles panel</source>
        <translation>Désigner un responsable d’incident dans le panneau des rôles</translation>
    </message>
    <message>
        <source>Impact started</source>
        <comment>when customers started to be affected</comment>
        <translation>Début de l’impact</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <comment>format of the impact start (local time)</comment>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <source>Affected services</source>
        <translation>Services touchés</translation>
    </message>
    <message>
        <source>Comma-separated; Enter saves, Escape reverts</source>
        <translation>Séparés par des virgules&#xa0;; Entrée enregistre, Échap annule</translation>
    </message>
    <message>
        <source>e.g. checkout, payments-api</source>
        <comment>services: example input</comment>
        <translation>p. ex. checkout, payments-api</translation>
    </message>
    <message>
        <source>The services affected, separated by commas</source>
        <translation>Les services touchés, séparés par des virgules</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>what is known of the incident so far</comment>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Ctrl+Enter or leaving the field saves; Escape reverts</source>
        <translation>Ctrl+Enter ou quitter le champ enregistre&#xa0;; Échap annule</translation>
    </message>
    <message>
        <source>What is known so far? Who is affected?</source>
        <translation>Que sait-on pour l’instant&#xa0;? Qui est touché&#xa0;?</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>Enregistrer le résumé</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Enregistrer le résumé</translation>
    </message>
    <message>
        <source>Save the summary (Ctrl+Enter in the field)</source>
        <translation>Enregistrer le résumé (Ctrl+Enter dans le champ)</translation>
    </message>
    <message>
        <source>Impact &amp;started:</source>
        <comment>when customers started to be affected</comment>
        <translation>Début de l’&amp;impact&#xa0;:</translation>
    </message>
    <message>
        <source>Servi&amp;ces:</source>
        <translation>Servi&amp;ces&#xa0;:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <comment>what is known of the incident so far</comment>
        <translation>Résu&amp;mé&#xa0;:</translation>
    </message>
    <message>
        <source>Change &amp;Status…</source>
        <translation>Modifier l’&amp;état…</translation>
    </message>
    <message>
        <source>Change the incident status</source>
        <translation>Modifier l’état de l’incident</translation>
    </message>
    <message>
        <source>Edit &amp;Title</source>
        <translation>Modifier le &amp;titre</translation>
    </message>
    <message>
        <source>Edit the incident title</source>
        <translation>Modifier le titre de l’incident</translation>
    </message>
    <message>
        <source>%1

Click or press F2 to edit; Enter saves, Escape reverts.</source>
        <translation>%1

Cliquez ou appuyez sur F2 pour modifier&#xa0;; Entrée enregistre, Échap annule.</translation>
    </message>
    <message>
        <source>When customers started to be affected, in local time. Earlier than the declaration: back-date it when the impact began before anyone noticed.</source>
        <translation>Moment où les clients ont commencé à être touchés, en heure locale. Antérieur à la déclaration&#xa0;: antidatez-le si l’impact a commencé avant que quiconque ne le remarque.</translation>
    </message>
    <message>
        <source>Not recorded yet: the clock counts from the declaration. Set it to when customers started to be affected (local time).</source>
        <translation>Pas encore renseigné&#xa0;: le chronomètre part de la déclaration. Indiquez le moment où les clients ont commencé à être touchés (heure locale).</translation>
    </message>
    <message>
        <source>Commander: %1</source>
        <comment>incident commander</comment>
        <translation>Responsable d’incident&#xa0;: %1</translation>
    </message>
    <message>
        <source>No commander — assign one</source>
        <translation>Aucun responsable — désignez-en un</translation>
    </message>
    <message>
        <source>Warning: no commander. Nobody is coordinating this incident; assign a commander.</source>
        <translation>Attention&#xa0;: aucun responsable d’incident. Personne ne coordonne cet incident&#xa0;; désignez un responsable.</translation>
    </message>
    <message>
        <source>No commander was assigned</source>
        <translation>Aucun responsable n’a été désigné</translation>
    </message>
    <message>
        <source>Resolved after %1</source>
        <comment>elapsed time of a resolved incident</comment>
        <translation>Résolu en %1</translation>
    </message>
    <message>
        <source>Open for %1</source>
        <comment>time since the impact started</comment>
        <translation>Ouvert depuis %1</translation>
    </message>
    <message>
        <source>Counted from the start of the impact, %1</source>
        <translation>Compté depuis le début de l’impact, %1</translation>
    </message>
    <message>
        <source>Counted from the declaration, %1</source>
        <translation>Compté depuis la déclaration, %1</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <source>%1

Reason: %2</source>
        <translation>%1

Raison&#xa0;: %2</translation>
    </message>
    <message>
        <source>Title not changed</source>
        <translation>Titre non modifié</translation>
    </message>
    <message>
        <source>An incident needs a title, so it stays “%1”.</source>
        <translation>Un incident doit avoir un titre, il reste donc «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The title was not changed to “%1”; it stays “%2”.</source>
        <translation>Le titre n’a pas été changé en «&#xa0;%1&#xa0;»&#xa0;; il reste «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The severity was not changed to %1.</source>
        <translation>La gravité n’a pas été changée en %1.</translation>
    </message>
    <message>
        <source>Reopen Incident</source>
        <translation>Rouvrir l’incident</translation>
    </message>
    <message>
        <source>Reopen “%1”? It goes back to investigating and the clock runs again.</source>
        <translation>Rouvrir «&#xa0;%1&#xa0;»&#xa0;? Il repasse en analyse et le chronomètre repart.</translation>
    </message>
    <message>
        <source>Resolve Incident</source>
        <translation>Résoudre l’incident</translation>
    </message>
    <message>
        <source>Resolve “%1”? The clock stops and the time to resolve is recorded. You can reopen it later.</source>
        <translation>Résoudre «&#xa0;%1&#xa0;»&#xa0;? Le chronomètre s’arrête et le temps de résolution est enregistré. Vous pourrez le rouvrir plus tard.</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>État non modifié</translation>
    </message>
    <message>
        <source>The status was not changed to %1.

Reason: %2</source>
        <translation>L’état n’a pas été changé en %1.

Raison&#xa0;: %2</translation>
    </message>
    <message>
        <source>Impact start not changed</source>
        <translation>Début de l’impact non modifié</translation>
    </message>
    <message>
        <source>The impact cannot start in the future (%1).</source>
        <translation>L’impact ne peut pas commencer dans le futur (%1).</translation>
    </message>
    <message>
        <source>The impact start was not changed to %1.</source>
        <translation>Le début de l’impact n’a pas été changé en %1.</translation>
    </message>
    <message>
        <source>The services were not changed to “%1”.</source>
        <translation>Les services n’ont pas été changés en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The summary was not saved.</source>
        <translation>Le résumé n’a pas été enregistré.</translation>
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
        <translation>Détection</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <comment>short for: time to acknowledge</comment>
        <translation>Prise en charge</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <comment>short for: time to mitigate</comment>
        <translation>Atténuation</translation>
    </message>
    <message>
        <source>Resolve</source>
        <comment>short for: time to resolve</comment>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Délai de détection</translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation>Délai de prise en charge</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Délai d’atténuation</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Délai de résolution</translation>
    </message>
    <message>
        <source>Time to detect: from the start of the impact to the declaration of the incident. Shown once an impact start is recorded.</source>
        <translation>Délai de détection&#xa0;: du début de l’impact à la déclaration de l’incident. Affiché dès qu’un début d’impact est enregistré.</translation>
    </message>
    <message>
        <source>Time to acknowledge: from the declaration to the first commander taking command.</source>
        <translation>Délai de prise en charge&#xa0;: de la déclaration à la première prise de direction par un responsable d’incident.</translation>
    </message>
    <message>
        <source>Time to mitigate: from the start of the impact (or the declaration) to the first time the incident was mitigated, or resolved if it skipped mitigated.</source>
        <translation>Délai d’atténuation&#xa0;: du début de l’impact (ou de la déclaration) à la première atténuation de l’incident, ou à sa résolution s’il n’est pas passé par l’état atténué.</translation>
    </message>
    <message>
        <source>Time to resolve: from the start of the impact (or the declaration) to the last resolution. A reopen clears it.</source>
        <translation>Délai de résolution&#xa0;: du début de l’impact (ou de la déclaration) à la dernière résolution. Une réouverture l’efface.</translation>
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
        <translation>%1 déclaré par %2</translation>
    </message>
    <message>
        <source>Severity raised to %1 by %2</source>
        <translation>Gravité relevée à %1 par %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has had no commander for %n min</source>
        <comment>desktop notification title</comment>
        <translation>
            <numerusform>%1 est sans responsable depuis %n min</numerusform>
            <numerusform>%1 est sans responsable depuis %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — take command, or assign a commander.</source>
        <translation>%1 — prenez la direction ou désignez un responsable d’incident.</translation>
    </message>
</context>
<context>
    <name>Warroom::IncidentView</name>
    <message>
        <source>Select an incident on the board to see its timeline, runbooks and roles.</source>
        <translation>Sélectionnez un incident sur le tableau pour voir sa chronologie, ses runbooks et ses rôles.</translation>
    </message>
    <message>
        <source>&amp;Runbooks</source>
        <translation>&amp;Runbooks</translation>
    </message>
    <message>
        <source>R&amp;oles</source>
        <translation>Rô&amp;les</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Actions de suivi</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Messagerie</translation>
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
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>Work with your team through a warroomd server</source>
        <translation>Travailler avec votre équipe via un serveur warroomd</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Reverse your last change with a new entry; nothing is deleted</source>
        <translation>Annuler votre dernière modification par une nouvelle entrée&#xa0;; rien n’est supprimé</translation>
    </message>
    <message>
        <source>Search the &amp;Board</source>
        <translation>Rechercher dans le ta&amp;bleau</translation>
    </message>
    <message>
        <source>&amp;Replay Incident</source>
        <translation>Re&amp;jouer l’incident</translation>
    </message>
    <message>
        <source>Replay the selected incident minute by minute, read-only (%1)</source>
        <translation>Rejouer l’incident sélectionné minute par minute, en lecture seule (%1)</translation>
    </message>
    <message>
        <source>Show the window as it was at any moment of the incident</source>
        <translation>Afficher la fenêtre telle qu’elle était à n’importe quel moment de l’incident</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Configure Warroom…</source>
        <translation>&amp;Configurer Warroom…</translation>
    </message>
    <message>
        <source>Choose the language of Warroom</source>
        <translation>Choisir la langue de Warroom</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Bien démarrer</translation>
    </message>
    <message>
        <source>What the commander, a responder and the facilitator do in Warroom</source>
        <translation>Ce que font le responsable d’incident, un intervenant et l’animateur dans Warroom</translation>
    </message>
    <message>
        <source>Alert &amp;Hooks…</source>
        <translation>Hooks d’&amp;alerte…</translation>
    </message>
    <message>
        <source>Hook URLs and receiver configuration for Alertmanager, Grafana and others</source>
        <translation>URL des hooks et configuration des récepteurs pour Alertmanager, Grafana et d’autres</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot Undo</source>
        <translation>Annulation impossible</translation>
    </message>
    <message>
        <source>Cannot Add the Demo</source>
        <translation>Impossible d’ajouter la démonstration</translation>
    </message>
    <message>
        <source>Cannot Replay</source>
        <translation>Impossible de rejouer</translation>
    </message>
    <message>
        <source>Local copy: %1</source>
        <translation>Copie locale&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reopen Warroom</source>
        <translation>Redémarrer Warroom</translation>
    </message>
    <message>
        <source>Reopen Warroom now to work with %1? Your local incidents stay in their file.</source>
        <translation>Redémarrer Warroom maintenant pour travailler avec %1&#xa0;? Vos incidents locaux restent dans leur fichier.</translation>
    </message>
    <message>
        <source>Reopen Warroom now to work from the local file?</source>
        <translation>Redémarrer Warroom maintenant pour travailler à partir du fichier local&#xa0;?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Warroom comes with absolutely no warranty. &lt;a href=&quot;%1&quot;&gt;Read the licence&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;Home page&lt;/a&gt; · &lt;a href=&quot;%3&quot;&gt;Report a problem&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %4.&lt;/p&gt;</source>
        <comment>About: %1 to %3 are web addresses, %4 a version number</comment>
        <translation>&lt;p&gt;Warroom est fourni sans aucune garantie. &lt;a href=&quot;%1&quot;&gt;Lire la licence&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;Site web&lt;/a&gt; · &lt;a href=&quot;%3&quot;&gt;Signaler un problème&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Compilé avec Qt %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Preparing the replay…</source>
        <translation>Préparation du rejeu…</translation>
    </message>
</context>
<context>
    <name>Warroom::MessageTemplate</name>
    <message>
        <source>Incident declared</source>
        <translation>Incident déclaré</translation>
    </message>
    <message>
        <source>Status update</source>
        <translation>Point de situation</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Incident declared: {title}
Severity: {severity} · Status: {status}
Commander: {commander}
Impact: {summary}
Next update: {next_update}
Details: {incident_url}</source>
        <comment>chat template; keep the {placeholders} as they are</comment>
        <translation>Essais</translation>
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
        <translation>Point sur {title} ({severity})
État&#xa0;: {status} · Durée&#xa0;: {elapsed}
Responsable&#xa0;: {commander}
Dernière décision&#xa0;: {latest_decision}
Impact&#xa0;: {summary}
Prochain point&#xa0;: {next_update}
Détails&#xa0;: {incident_url}</translation>
    </message>
    <message>
        <source>Resolved: {title}
Severity: {severity} · Duration: {elapsed}
Impact: {summary}
Thank you to everyone who helped. A blameless review will follow.
Details: {incident_url}</source>
        <comment>chat template; keep the {placeholders} as they are</comment>
        <translation>Résolu&#xa0;: {title}
Gravité&#xa0;: {severity} · Durée&#xa0;: {elapsed}
Impact&#xa0;: {summary}
Merci à toutes les personnes qui ont aidé. Une analyse sans reproche suivra.
Détails&#xa0;: {incident_url}</translation>
    </message>
    <message>
        <source>{title} ({severity}, {status}): </source>
        <comment>chat template; keep the {placeholders} as they are</comment>
        <translation>{title} ({severity}, {status})&#xa0;: </translation>
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
        <translation>Ouvrir l’incident</translation>
    </message>
    <message>
        <source>The first line is longer than a Slack header (%1 characters): it is sent as text.</source>
        <translation>La première ligne dépasse la longueur d’un en-tête Slack (%1 caractères)&#xa0;: elle est envoyée comme texte.</translation>
    </message>
    <message>
        <source>Sent as a header and %1 text sections of up to %2 characters.</source>
        <translation>Envoyé sous forme d’un en-tête et de %1 sections de texte de %2 caractères au plus.</translation>
    </message>
    <message>
        <source>The first line becomes the header; &amp;, &lt; and &gt; are sent escaped.</source>
        <translation>La première ligne devient l’en-tête&#xa0;; &amp;, &lt; et &gt; sont envoyés échappés.</translation>
    </message>
    <message>
        <source>Mattermost splits a message this long into several posts.</source>
        <translation>Mattermost découpe un message aussi long en plusieurs publications.</translation>
    </message>
    <message>
        <source>Markdown; the first line becomes a heading.</source>
        <translation>Markdown&#xa0;; la première ligne devient un titre.</translation>
    </message>
    <message>
        <source>[Open incident] → %1</source>
        <translation>[Ouvrir l’incident] → %1</translation>
    </message>
    <message>
        <source>Too long for a Teams card (28 KB): the end is cut.</source>
        <translation>Trop long pour une carte Teams (28 Ko)&#xa0;: la fin est coupée.</translation>
    </message>
    <message>
        <source>An Adaptive Card: the first line in bold, &quot;Label: value&quot; lines as facts.</source>
        <translation>Une Adaptive Card&#xa0;: la première ligne en gras, les lignes «&#xa0;Libellé&#xa0;: valeur&#xa0;» comme faits.</translation>
    </message>
    <message>
        <source>Discord takes %L1 characters: the end is cut.</source>
        <translation>Discord accepte %L1 caractères&#xa0;: la fin est coupée.</translation>
    </message>
    <message>
        <source>Markdown; mentions such as @everyone are not notified.</source>
        <translation>Markdown&#xa0;; les mentions comme @everyone ne déclenchent pas de notification.</translation>
    </message>
    <message>
        <source>JSON for your own relay; documented in docs/ARCHITECTURE.md.</source>
        <translation>JSON pour votre propre relais&#xa0;; documenté dans docs/ARCHITECTURE.md.</translation>
    </message>
</context>
<context>
    <name>Warroom::PostmortemActions</name>
    <message>
        <source>Write &amp;Postmortem…</source>
        <translation>Rédiger le &amp;post-mortem…</translation>
    </message>
    <message>
        <source>Write the blameless postmortem of the selected incident, with a first draft made from its log</source>
        <translation>Rédiger le post-mortem sans reproche de l’incident sélectionné, avec un premier brouillon tiré de son journal</translation>
    </message>
    <message>
        <source>E&amp;xport Incident…</source>
        <translation>E&amp;xporter l’incident…</translation>
    </message>
    <message>
        <source>Save the selected incident&apos;s whole log, attachments included, as one file</source>
        <translation>Enregistrer tout le journal de l’incident sélectionné, pièces jointes comprises, dans un seul fichier</translation>
    </message>
    <message>
        <source>&amp;Import Incident…</source>
        <translation>&amp;Importer un incident…</translation>
    </message>
    <message>
        <source>Add an incident saved with Export Incident to this log</source>
        <translation>Ajouter à ce journal un incident enregistré avec Exporter l’incident</translation>
    </message>
    <message>
        <source>Export Incident</source>
        <translation>Exporter l’incident</translation>
    </message>
    <message>
        <source>Warroom incident (*.json)</source>
        <translation>Incident Warroom (*.json)</translation>
    </message>
    <message>
        <source>Could Not Export the Incident</source>
        <translation>Impossible d’exporter l’incident</translation>
    </message>
    <message>
        <source>Incident exported to %1</source>
        <translation>Incident exporté vers %1</translation>
    </message>
    <message>
        <source>Import Incident</source>
        <translation>Importer un incident</translation>
    </message>
    <message>
        <source>Warroom incident (*.json);;All files (*)</source>
        <translation>Incident Warroom (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could Not Import the Incident</source>
        <translation>Impossible d’importer l’incident</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.

%2</source>
        <translation>Rien n’a été importé depuis %1.

%2</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is already here: all %n events were present.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est déjà présent&#xa0;: %n événement déjà connu.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est déjà présent&#xa0;: les %n événements étaient déjà connus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1”: %n new events</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» importé&#xa0;: %n nouvel événement</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» importé&#xa0;: %n nouveaux événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already present</source>
        <translation>
            <numerusform>, %n déjà présent</numerusform>
            <numerusform>, %n déjà présents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Warroom::PostmortemEditor</name>
    <message>
        <source>Your blameless word list could not be read, so the built-in one is used: %1</source>
        <translation>Votre liste de mots sans reproche n’a pas pu être lue, la liste intégrée est donc utilisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Postmortem title</source>
        <translation>Titre du post-mortem</translation>
    </message>
    <message>
        <source>&amp;Written by the Team</source>
        <translation>Rédigé par l’&amp;équipe</translation>
    </message>
    <message>
        <source>From the &amp;Log</source>
        <translation>Tiré du &amp;journal</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Save the postmortem as Markdown, for a wiki or a repository</source>
        <translation>Enregistrer le post-mortem en Markdown, pour un wiki ou un dépôt</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the postmortem as one web page that prints well</source>
        <translation>Enregistrer le post-mortem en une seule page web qui s’imprime bien</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the postmortem as a PDF document</source>
        <translation>Enregistrer le post-mortem en document PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <source>Add and tick follow-ups in the incident&apos;s Follow-ups tab; regenerate to bring them here.</source>
        <translation>Ajoutez et cochez les actions de suivi dans l’onglet Actions de suivi de l’incident&#xa0;; régénérez pour les reprendre ici.</translation>
    </message>
    <message>
        <source>Sections generated from the incident&apos;s log</source>
        <translation>Sections générées à partir du journal de l’incident</translation>
    </message>
    <message>
        <source>The incident has changed since this draft was made.</source>
        <translation>L’incident a changé depuis la création de ce brouillon.</translation>
    </message>
    <message>
        <source>&amp;Regenerate from the Log</source>
        <translation>&amp;Régénérer à partir du journal</translation>
    </message>
    <message>
        <source>Make the metrics, timeline, runbooks, chat updates and follow-ups again from the incident as it is now. What you wrote stays.</source>
        <translation>Refaire les indicateurs, la chronologie, les runbooks, les points de situation et les actions de suivi à partir de l’incident tel qu’il est maintenant. Ce que vous avez écrit est conservé.</translation>
    </message>
    <message>
        <source>Blameless language</source>
        <translation>Langage sans reproche</translation>
    </message>
    <message>
        <source>A name next to words of blame is underlined. These are suggestions: the words stay yours.</source>
        <translation>Un nom proche de mots accusateurs est souligné. Ce sont des suggestions&#xa0;: vos mots restent les vôtres.</translation>
    </message>
    <message>
        <source>Blameless-language suggestions</source>
        <translation>Suggestions de langage sans reproche</translation>
    </message>
    <message>
        <source>Edit the &amp;Word List…</source>
        <translation>Modifier la liste de &amp;mots…</translation>
    </message>
    <message>
        <source>The names and phrases the check looks for, in English, French and German: %1. Changes apply to postmortems opened afterwards.</source>
        <translation>Les noms et expressions recherchés par la vérification, en anglais, français et allemand&#xa0;: %1. Les modifications s’appliquent aux post-mortems ouverts ensuite.</translation>
    </message>
    <message>
        <source>Could Not Write the Word List</source>
        <translation>Impossible d’écrire la liste de mots</translation>
    </message>
    <message>
        <source>Word list: %1. Changes apply to postmortems opened afterwards.</source>
        <translation>Liste de mots&#xa0;: %1. Les modifications s’appliquent aux post-mortems ouverts ensuite.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Facteurs contributifs</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Ce qui a bien fonctionné</translation>
    </message>
    <message>
        <source>What was hard</source>
        <translation>Ce qui a été difficile</translation>
    </message>
    <message>
        <source>A title that says what broke, for whom</source>
        <translation>Un titre qui dit ce qui a cassé, et pour qui</translation>
    </message>
    <message>
        <source>What happened, in two or three sentences a newcomer understands?</source>
        <translation>Que s’est-il passé, en deux ou trois phrases compréhensibles par un nouvel arrivant&#xa0;?</translation>
    </message>
    <message>
        <source>Who was affected, how, and for how long? Numbers help: failed requests, customers.</source>
        <translation>Qui a été touché, comment et pendant combien de temps&#xa0;? Les chiffres aident&#xa0;: requêtes en échec, clients.</translation>
    </message>
    <message>
        <source>Which conditions made this possible? Think of the system, tools, processes and timing rather than of people.</source>
        <translation>Quelles conditions ont rendu cela possible&#xa0;? Pensez au système, aux outils, aux processus et au moment plutôt qu’aux personnes.</translation>
    </message>
    <message>
        <source>What helped: an alert that fired, a runbook that held, a quick decision?</source>
        <translation>Qu’est-ce qui a aidé&#xa0;: une alerte qui s’est déclenchée, un runbook qui a tenu, une décision rapide&#xa0;?</translation>
    </message>
    <message>
        <source>What slowed the team down or was confusing?</source>
        <translation>Qu’est-ce qui a ralenti l’équipe ou semé la confusion&#xa0;?</translation>
    </message>
    <message>
        <source>Could Not Read the Postmortem</source>
        <translation>Impossible de lire le post-mortem</translation>
    </message>
    <message>
        <source>%1

The sections start empty; what you write is saved over that file.</source>
        <translation>%1

Les sections démarrent vides&#xa0;; ce que vous écrivez est enregistré à la place de ce fichier.</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>What you write is saved as you type.</source>
        <translation>Ce que vous écrivez est enregistré au fil de la saisie.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Timeline, %1 at %2</source>
        <translation>Chronologie, %1 à %2</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>No suggestions: nothing here reads as blame.</source>
        <translation>Aucune suggestion&#xa0;: rien ici ne sonne comme un reproche.</translation>
    </message>
    <message>
        <source>Select a suggestion to read it; press Enter to go to its words.</source>
        <translation>Sélectionnez une suggestion pour la lire&#xa0;; appuyez sur Entrée pour aller aux mots concernés.</translation>
    </message>
    <message>
        <source>nobody took command</source>
        <translation>personne n’a pris la direction</translation>
    </message>
    <message>
        <source>commander %1</source>
        <translation>responsable d’incident %1</translation>
    </message>
    <message>
        <source>%1 · %2 · declared %3 by %4 · %5</source>
        <translation>%1 · %2 · déclaré le %3 par %4 · %5</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No follow-up actions yet.</source>
        <translation>Aucune action de suivi pour l’instant.</translation>
    </message>
    <message>
        <source>Export the Postmortem as Markdown</source>
        <translation>Exporter le post-mortem en Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export the Postmortem as HTML</source>
        <translation>Exporter le post-mortem en HTML</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Export the Postmortem as PDF</source>
        <translation>Exporter le post-mortem en PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting the postmortem…</source>
        <translation>Export du post-mortem…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Could Not Export the Postmortem</source>
        <translation>Impossible d’exporter le post-mortem</translation>
    </message>
</context>
<context>
    <name>Warroom::PostmortemTextEdit</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;“%1” next to %2.&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;i&gt;%4&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;«&#xa0;%1&#xa0;» à côté de %2.&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;i&gt;%4&lt;/i&gt;&lt;/p&gt;</translation>
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
        <translation>déclarer l’incident</translation>
    </message>
    <message>
        <source>change the incident</source>
        <translation>modifier l’incident</translation>
    </message>
    <message>
        <source>change the status</source>
        <translation>changer l’état</translation>
    </message>
    <message>
        <source>assign a role</source>
        <translation>attribuer un rôle</translation>
    </message>
    <message>
        <source>release a role</source>
        <translation>libérer un rôle</translation>
    </message>
    <message>
        <source>attach a runbook</source>
        <translation>attacher un runbook</translation>
    </message>
    <message>
        <source>approve a step</source>
        <translation>approuver une étape</translation>
    </message>
    <message>
        <source>tick a step</source>
        <translation>cocher une étape</translation>
    </message>
    <message>
        <source>untick a step</source>
        <translation>décocher une étape</translation>
    </message>
    <message>
        <source>skip a step</source>
        <translation>passer une étape</translation>
    </message>
    <message>
        <source>roll back a step</source>
        <translation>revenir en arrière sur une étape</translation>
    </message>
    <message>
        <source>add a step</source>
        <translation>ajouter une étape</translation>
    </message>
    <message>
        <source>add a note</source>
        <translation>ajouter une note</translation>
    </message>
    <message>
        <source>edit a note</source>
        <translation>modifier une note</translation>
    </message>
    <message>
        <source>retract a note</source>
        <translation>retirer une note</translation>
    </message>
    <message>
        <source>pin an entry</source>
        <translation>épingler une entrée</translation>
    </message>
    <message>
        <source>attach a file</source>
        <translation>joindre un fichier</translation>
    </message>
    <message>
        <source>post to chat</source>
        <translation>publier dans la messagerie</translation>
    </message>
    <message>
        <source>record an alert</source>
        <translation>enregistrer une alerte</translation>
    </message>
    <message>
        <source>add a follow-up</source>
        <translation>ajouter une action de suivi</translation>
    </message>
    <message>
        <source>change a follow-up</source>
        <translation>modifier une action de suivi</translation>
    </message>
</context>
<context>
    <name>Warroom::ReplayBar</name>
    <message>
        <source>Replay controls</source>
        <translation>Commandes de rejeu</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <comment>replay</comment>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>Previous Key Moment</source>
        <translation>Moment clé précédent</translation>
    </message>
    <message>
        <source>Next Key Moment</source>
        <translation>Moment clé suivant</translation>
    </message>
    <message>
        <source>Back to &amp;Live</source>
        <translation>Retour au &amp;direct</translation>
    </message>
    <message>
        <source>Leave the replay and show the incident as it is now</source>
        <translation>Quitter le rejeu et afficher l’incident tel qu’il est maintenant</translation>
    </message>
    <message>
        <source>Replay, read-only:</source>
        <comment>banner: what follows is the replayed moment</comment>
        <translation>Rejeu, lecture seule&#xa0;:</translation>
    </message>
    <message>
        <source>The window shows what the team knew at this moment. Nothing can be changed while replaying; events that arrive meanwhile are kept and shown when you go back to live.</source>
        <translation>La fenêtre montre ce que l’équipe savait à ce moment. Rien ne peut être modifié pendant le rejeu&#xa0;; les événements qui arrivent entre-temps sont conservés et affichés au retour au direct.</translation>
    </message>
    <message>
        <source>Replayed moment</source>
        <translation>Moment rejoué</translation>
    </message>
    <message>
        <source>Time since the incident&apos;s start</source>
        <translation>Temps écoulé depuis le début de l’incident</translation>
    </message>
    <message>
        <source>Time since the incident was declared</source>
        <translation>Temps écoulé depuis la déclaration de l’incident</translation>
    </message>
    <message>
        <source>Last key moment</source>
        <translation>Dernier moment clé</translation>
    </message>
    <message>
        <source>Drag to replay another moment of the incident</source>
        <translation>Faites glisser pour rejouer un autre moment de l’incident</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Vitesse de rejeu</translation>
    </message>
    <message>
        <source>How much faster than real time playing goes</source>
        <translation>Combien de fois plus vite que le temps réel va la lecture</translation>
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
        <translation>Dernier&#xa0;: %1 à %2</translation>
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
        <translation>Sélectionnez d’abord un incident à rejouer.</translation>
    </message>
</context>
<context>
    <name>Warroom::RoleHistoryModel</name>
    <message>
        <source>now</source>
        <comment>still holds the role</comment>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>%1 has been %2 since %3 (assigned by %4).</source>
        <comment>person, role, time, person</comment>
        <translation>%1 est %2 depuis %3 (attribué par %4).</translation>
    </message>
    <message>
        <source>%1 was %2 from %3 until %4 (assigned by %5, released by %6).</source>
        <comment>person, role, time, time, person, person</comment>
        <translation>%1 a été %2 de %3 à %4 (attribué par %5, libéré par %6).</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>incident role such as commander</comment>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Person</source>
        <comment>who held the role</comment>
        <translation>Personne</translation>
    </message>
    <message>
        <source>From</source>
        <comment>when the person took the role</comment>
        <translation>De</translation>
    </message>
    <message>
        <source>Until</source>
        <comment>when the person gave the role up</comment>
        <translation>Jusqu’à</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>Attribué par</translation>
    </message>
    <message>
        <source>Released by</source>
        <comment>who ended the tenure: a hand-over or a release</comment>
        <translation>Libéré par</translation>
    </message>
</context>
<context>
    <name>Warroom::RolesModel</name>
    <message>
        <source>%1 is %2 since %3, assigned by %4.</source>
        <comment>person, role, time, person</comment>
        <translation>%1 est %2 depuis %3, attribué par %4.</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>incident role such as commander</comment>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Person</source>
        <comment>who holds the role</comment>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Since</source>
        <comment>when the person took the role</comment>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>Attribué par</translation>
    </message>
    <message>
        <source>Commander</source>
        <comment>incident role</comment>
        <translation>Responsable d’incident</translation>
    </message>
    <message>
        <source>Scribe</source>
        <comment>incident role: keeps the timeline</comment>
        <translation>Scribe</translation>
    </message>
    <message>
        <source>Comms</source>
        <comment>incident role: talks to stakeholders</comment>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Ops</source>
        <comment>incident role: hands on the systems</comment>
        <translation>Opérations</translation>
    </message>
</context>
<context>
    <name>Warroom::RolesPanel</name>
    <message>
        <source>Coordinates the response and makes the calls</source>
        <translation>Coordonne la réponse et prend les décisions</translation>
    </message>
    <message>
        <source>Keeps the timeline</source>
        <translation>Tient la chronologie</translation>
    </message>
    <message>
        <source>Keeps stakeholders and customers informed</source>
        <translation>Tient les parties prenantes et les clients informés</translation>
    </message>
    <message>
        <source>Hands on the systems</source>
        <translation>Intervient sur les systèmes</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Current roles</source>
        <translation>Rôles actuels</translation>
    </message>
    <message>
        <source>Role to assign</source>
        <translation>Rôle à attribuer</translation>
    </message>
    <message>
        <source>role</source>
        <comment>placeholder of the role field</comment>
        <translation>rôle</translation>
    </message>
    <message>
        <source>A standard role or your own: lower-case letters, digits, space, - or _ (e.g. db-expert)</source>
        <translation>Un rôle standard ou le vôtre&#xa0;: lettres minuscules, chiffres, espace, - ou _ (p. ex. db-expert)</translation>
    </message>
    <message>
        <source>Person to assign</source>
        <translation>Personne à qui l’attribuer</translation>
    </message>
    <message>
        <source>person</source>
        <comment>placeholder of the person field</comment>
        <translation>personne</translation>
    </message>
    <message>
        <source>Release</source>
        <comment>button: give up a role</comment>
        <translation>Libérer</translation>
    </message>
    <message>
        <source>Release the role</source>
        <translation>Libérer le rôle</translation>
    </message>
    <message>
        <source>Role history: who held which role when</source>
        <translation>Historique des rôles&#xa0;: qui a tenu quel rôle et quand</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <comment>incident role</comment>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <comment>who takes the role</comment>
        <translation>&amp;Personne&#xa0;:</translation>
    </message>
    <message>
        <source>History</source>
        <comment>who held which role when</comment>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Assign</source>
        <comment>button: give a person a role</comment>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Hand over</source>
        <comment>button: give a held role to someone else</comment>
        <translation>Passer la main</translation>
    </message>
    <message>
        <source>Assign the role</source>
        <translation>Attribuer le rôle</translation>
    </message>
    <message>
        <source>Hand the role over to the person</source>
        <translation>Passer le rôle à cette personne</translation>
    </message>
    <message>
        <source>A role name is lower-case letters, digits, space, - or _, at most %1 characters.</source>
        <translation>Un nom de rôle se compose de lettres minuscules, chiffres, espaces, - ou _, avec au plus %1 caractères.</translation>
    </message>
    <message>
        <source>%1 already holds this role.</source>
        <translation>%1 tient déjà ce rôle.</translation>
    </message>
    <message>
        <source>Held by %1: assigning someone else hands it over.</source>
        <translation>Tenu par %1&#xa0;: l’attribuer à quelqu’un d’autre revient à passer la main.</translation>
    </message>
    <message>
        <source>Role not assigned</source>
        <translation>Rôle non attribué</translation>
    </message>
    <message>
        <source>%1 was not made %2.

Reason: %3</source>
        <translation>%1 n’a pas reçu le rôle %2.

Raison&#xa0;: %3</translation>
    </message>
    <message>
        <source>Release Commander</source>
        <translation>Libérer le responsable d’incident</translation>
    </message>
    <message>
        <source>Release %1 as commander? Until someone takes command, nobody is coordinating the response.</source>
        <translation>Libérer %1 du rôle de responsable d’incident&#xa0;? Tant que personne ne prend la direction, personne ne coordonne la réponse.</translation>
    </message>
    <message>
        <source>Role not released</source>
        <translation>Rôle non libéré</translation>
    </message>
    <message>
        <source>%1 still holds the role %2.

Reason: %3</source>
        <translation>%1 tient toujours le rôle %2.

Raison&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Warroom::RunbookDelegate</name>
    <message>
        <source>no commander yet</source>
        <comment>beside the badge of a step waiting for approval</comment>
        <translation>pas encore de responsable</translation>
    </message>
    <message>
        <source>%1 must approve</source>
        <comment>beside the badge of a step waiting for approval; %1 is the commander</comment>
        <translation>%1 doit approuver</translation>
    </message>
    <message>
        <source>⚠ Undoes “%1”, which was rolled back</source>
        <comment>a rollback step whose step went wrong</comment>
        <translation>⚠ Annule «&#xa0;%1&#xa0;», qui a fait l’objet d’un retour arrière</translation>
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
%2 étapes faites sur %3
Attaché par %4 %5</translation>
    </message>
    <message>
        <source>Runbook %1, %2 of %3 steps done</source>
        <translation>Runbook %1, %2 étapes faites sur %3</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>runbook progress: steps done / steps in total</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Attached by %1 %2</source>
        <comment>runbook: person, time</comment>
        <translation>Attaché par %1 %2</translation>
    </message>
    <message>
        <source>Needs commander&apos;s go</source>
        <comment>badge of a step gated by the commander&apos;s approval</comment>
        <translation>Feu vert du responsable requis</translation>
    </message>
    <message>
        <source>Needs evidence</source>
        <comment>badge of a step that needs a note or attachment as evidence</comment>
        <translation>Preuve requise</translation>
    </message>
    <message>
        <source>✓ %1 %2</source>
        <comment>step done: person, time</comment>
        <translation>✓ %1 %2</translation>
    </message>
    <message>
        <source>✓ %1 %2 — %3</source>
        <comment>step done: person, time, note</comment>
        <translation>✓ %1 %2 — %3</translation>
    </message>
    <message>
        <source>Skipped by %1 %2: %3</source>
        <comment>step skipped: person, time, reason</comment>
        <translation>Passée par %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Rolled back by %1 %2: %3</source>
        <comment>step rolled back: person, time, note</comment>
        <translation>Retour arrière par %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Reopened by %1 %2</source>
        <comment>step unticked: person, time</comment>
        <translation>Rouverte par %1 %2</translation>
    </message>
    <message>
        <source>Reopened by %1 %2: %3</source>
        <comment>step unticked: person, time, note</comment>
        <translation>Rouverte par %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Rollback: %1</source>
        <comment>the step that undoes this one</comment>
        <translation>Retour arrière&#xa0;: %1</translation>
    </message>
    <message>
        <source>Approved by %1 %2</source>
        <comment>commander&apos;s go: person, time</comment>
        <translation>Approuvée par %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Evidence: %n linked</source>
        <comment>notes or attachments linked to the step</comment>
        <translation>
            <numerusform>Preuves&#xa0;: %n liée</numerusform>
            <numerusform>Preuves&#xa0;: %n liées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (retracted)</source>
        <comment>evidence that was retracted</comment>
        <translation>%1 (retirée)</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>step state</comment>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>step state</comment>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>step state</comment>
        <translation>Passée</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <comment>step state</comment>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date and time of a step change</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Assign a commander first: only the commander can give the go for this step.</source>
        <translation>Désignez d’abord un responsable d’incident&#xa0;: lui seul peut donner le feu vert pour cette étape.</translation>
    </message>
    <message>
        <source>Waits for the commander&apos;s go (%1)</source>
        <comment>%1 is the commander</comment>
        <translation>Attend le feu vert du responsable (%1)</translation>
    </message>
    <message>
        <source>Needs evidence first: a note that shows it is done.</source>
        <translation>Preuve requise d’abord&#xa0;: une note qui montre que c’est fait.</translation>
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
        <translation>Attacher un &amp;runbook…</translation>
    </message>
    <message>
        <source>Attach a runbook from the library to this incident</source>
        <translation>Attacher un runbook de la bibliothèque à cet incident</translation>
    </message>
    <message>
        <source>&amp;Tick</source>
        <comment>mark a runbook step done</comment>
        <translation>&amp;Cocher</translation>
    </message>
    <message>
        <source>&amp;Untick</source>
        <comment>reopen a runbook step</comment>
        <translation>&amp;Décocher</translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <comment>skip a runbook step, with a reason</comment>
        <translation>&amp;Passer…</translation>
    </message>
    <message>
        <source>Rolled &amp;Back…</source>
        <comment>mark a runbook step as rolled back</comment>
        <translation>Retour &amp;arrière…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <comment>the commander&apos;s go for a gated step</comment>
        <translation>Appr&amp;ouver</translation>
    </message>
    <message>
        <source>Add Evi&amp;dence…</source>
        <comment>link a note to a runbook step as evidence</comment>
        <translation>Ajouter une pr&amp;euve…</translation>
    </message>
    <message>
        <source>Tick or Untick Step</source>
        <translation>Cocher ou décocher l’étape</translation>
    </message>
    <message>
        <source>Runbook Not Attached</source>
        <translation>Runbook non attaché</translation>
    </message>
    <message>
        <source>Step Not Ticked</source>
        <translation>Étape non cochée</translation>
    </message>
    <message>
        <source>“%1” was not ticked.

%2</source>
        <comment>step text, reason</comment>
        <translation>«&#xa0;%1&#xa0;» n’a pas été cochée.

%2</translation>
    </message>
    <message>
        <source>Step Not Unticked</source>
        <translation>Étape non décochée</translation>
    </message>
    <message>
        <source>Skip Step</source>
        <translation>Passer l’étape</translation>
    </message>
    <message>
        <source>Why skip “%1”? The reason is kept in the timeline and the postmortem.</source>
        <translation>Pourquoi passer «&#xa0;%1&#xa0;»&#xa0;? La raison est conservée dans la chronologie et le post-mortem.</translation>
    </message>
    <message>
        <source>Step Not Skipped</source>
        <translation>Étape non passée</translation>
    </message>
    <message>
        <source>Mark Step Rolled Back</source>
        <translation>Marquer un retour arrière</translation>
    </message>
    <message>
        <source>“%1” was undone. What went wrong, and what state is it in now?</source>
        <translation>«&#xa0;%1&#xa0;» a été annulée. Qu’est-ce qui n’a pas fonctionné, et dans quel état est-elle maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Step Not Marked Rolled Back</source>
        <translation>Retour arrière non enregistré</translation>
    </message>
    <message>
        <source>Go to the Rollback Step?</source>
        <translation>Aller à l’étape de retour arrière&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” names the step that undoes it:

“%2”

Go to that step now?</source>
        <translation>«&#xa0;%1&#xa0;» désigne l’étape qui l’annule&#xa0;:

«&#xa0;%2&#xa0;»

Aller à cette étape maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Step Not Approved</source>
        <translation>Étape non approuvée</translation>
    </message>
    <message>
        <source>Evidence Not Added</source>
        <translation>Preuve non ajoutée</translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>Ajouter une preuve</translation>
    </message>
    <message>
        <source>Evidence for “%1”: what shows it is done? (A dump&apos;s name and size, a checksum, a query result…) It goes into the timeline, linked to the step.</source>
        <translation>Preuve pour «&#xa0;%1&#xa0;»&#xa0;: qu’est-ce qui montre que c’est fait&#xa0;? (Nom et taille d’un dump, somme de contrôle, résultat de requête…) Elle est ajoutée à la chronologie, liée à l’étape.</translation>
    </message>
    <message>
        <source>Open an incident to see its runbooks.</source>
        <translation>Ouvrez un incident pour voir ses runbooks.</translation>
    </message>
    <message>
        <source>No runbook attached yet.

A runbook is a rehearsed checklist: it pauses before each risky step and shows everyone who did what, and when. Attach one with “%1”.</source>
        <translation>Aucun runbook attaché pour l’instant.

Un runbook est une liste de contrôle éprouvée&#xa0;: il marque une pause avant chaque étape risquée et montre à tous qui a fait quoi, et quand. Attachez-en un avec «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <comment>runbook progress</comment>
        <translation>%1 étapes faites sur %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>runbook name: progress</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <comment>runbook name</comment>
        <translation>Avancement de %1</translation>
    </message>
    <message>
        <source>Select a step first</source>
        <translation>Sélectionnez d’abord une étape</translation>
    </message>
    <message>
        <source>The step is done</source>
        <translation>L’étape est faite</translation>
    </message>
    <message>
        <source>Needs evidence first: ticking asks for a note (Space)</source>
        <translation>Preuve requise d’abord&#xa0;: cocher demande une note (Espace)</translation>
    </message>
    <message>
        <source>Mark the step done (Space)</source>
        <translation>Marquer l’étape comme faite (Espace)</translation>
    </message>
    <message>
        <source>The step is open</source>
        <translation>L’étape est ouverte</translation>
    </message>
    <message>
        <source>Reopen the step (Space)</source>
        <translation>Rouvrir l’étape (Espace)</translation>
    </message>
    <message>
        <source>Only an open step can be skipped</source>
        <translation>Seule une étape ouverte peut être passée</translation>
    </message>
    <message>
        <source>Skip the step, saying why</source>
        <translation>Passer l’étape, en indiquant pourquoi</translation>
    </message>
    <message>
        <source>Only a done step can be rolled back</source>
        <translation>Seule une étape faite peut faire l’objet d’un retour arrière</translation>
    </message>
    <message>
        <source>Record that the step was undone, and go to its rollback step</source>
        <translation>Enregistrer que l’étape a été annulée, et aller à son étape de retour arrière</translation>
    </message>
    <message>
        <source>Link a note to the step as evidence (what shows it is done)</source>
        <translation>Lier une note à l’étape comme preuve (ce qui montre que c’est fait)</translation>
    </message>
    <message>
        <source>This step needs no approval</source>
        <translation>Cette étape ne nécessite pas d’approbation</translation>
    </message>
    <message>
        <source>Approved by %1 %2</source>
        <comment>commander&apos;s go: person, time</comment>
        <translation>Approuvée par %1 %2</translation>
    </message>
    <message>
        <source>Assign a commander first</source>
        <translation>Désignez d’abord un responsable d’incident</translation>
    </message>
    <message>
        <source>Waits for the commander&apos;s go (%1)</source>
        <comment>%1 is the commander</comment>
        <translation>Attend le feu vert du responsable (%1)</translation>
    </message>
    <message>
        <source>Give your go as commander: the step can then be ticked</source>
        <translation>Donner votre feu vert en tant que responsable&#xa0;: l’étape pourra alors être cochée</translation>
    </message>
    <message>
        <source>Select a step to tick, skip or approve it.</source>
        <translation>Sélectionnez une étape pour la cocher, la passer ou l’approuver.</translation>
    </message>
    <message>
        <source>You are the commander: approve it when it is safe to go on.</source>
        <translation>Vous êtes le responsable d’incident&#xa0;: approuvez quand il est sûr de continuer.</translation>
    </message>
    <message>
        <source>Ticking it asks for one.</source>
        <translation>La cocher en demande une.</translation>
    </message>
    <message>
        <source>Rolled back. The step that undoes it: “%1”.</source>
        <translation>Retour arrière effectué. L’étape qui l’annule&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Space ticks the selected step.</source>
        <translation>Espace coche l’étape sélectionnée.</translation>
    </message>
</context>
<context>
    <name>Warroom::RunbookView</name>
    <message>
        <source>Runbook checklist</source>
        <translation>Liste de contrôle du runbook</translation>
    </message>
</context>
<context>
    <name>Warroom::SettingsDialog</name>
    <message>
        <source>Configure Warroom</source>
        <translation>Configurer Warroom</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <comment>language: the system&apos;s, named in its own language</comment>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <comment>of the interface</comment>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The language, and the way dates and times are written, change the next time Warroom starts. The --lang option wins over this choice.</source>
        <translation>La langue, ainsi que le format des dates et des heures, changent au prochain démarrage de Warroom. L’option --lang l’emporte sur ce choix.</translation>
    </message>
    <message>
        <source>System default</source>
        <comment>language: the system&apos;s</comment>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>Warroom::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>Warroom::StatusComboBox</name>
    <message>
        <source>Looking for the cause</source>
        <translation>Recherche de la cause</translation>
    </message>
    <message>
        <source>The cause is known; working on a fix</source>
        <translation>La cause est connue&#xa0;; correctif en cours</translation>
    </message>
    <message>
        <source>The impact is reduced or gone; the fix is not final yet</source>
        <translation>L’impact est réduit ou a disparu&#xa0;; le correctif n’est pas encore définitif</translation>
    </message>
    <message>
        <source>Over: the clock stops and the time to resolve is recorded</source>
        <translation>Terminé&#xa0;: le chronomètre s’arrête et le temps de résolution est enregistré</translation>
    </message>
    <message>
        <source>Reopen — investigating</source>
        <comment>reopen a resolved incident</comment>
        <translation>Rouvrir — en analyse</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <comment>status name, then what it means</comment>
        <translation>État&#xa0;: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Warroom::SwimlaneChart</name>
    <message>
        <source>Incident over time</source>
        <translation>L’incident dans le temps</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>swimlane</comment>
        <translation>État</translation>
    </message>
    <message>
        <source>Severity</source>
        <comment>swimlane</comment>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Key moments</source>
        <comment>swimlane: pins, approvals, gated steps</comment>
        <translation>Moments clés</translation>
    </message>
    <message>
        <source>Runbook steps</source>
        <comment>swimlane</comment>
        <translation>Étapes de runbook</translation>
    </message>
    <message>
        <source>Chat posts</source>
        <comment>swimlane</comment>
        <translation>Messages publiés</translation>
    </message>
    <message>
        <source>Alerts</source>
        <comment>swimlane</comment>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation>Rouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Skipped: %1 (%2)</source>
        <translation>Passée&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Rolled back: %1</source>
        <translation>Retour arrière&#xa0;: %1</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>Approuvée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Step added: %1</source>
        <translation>Étape ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Runbook attached: %1</source>
        <translation>Runbook attaché&#xa0;: %1</translation>
    </message>
    <message>
        <source>Posted to %1</source>
        <translation>Publié dans %1</translation>
    </message>
    <message>
        <source>Failed to post to %1</source>
        <translation>Échec de la publication dans %1</translation>
    </message>
    <message>
        <source>Nothing to replay</source>
        <translation>Rien à rejouer</translation>
    </message>
    <message>
        <source>%1: click the chart to replay that moment</source>
        <comment>swimlane label tooltip</comment>
        <translation>%1&#xa0;: cliquez sur le graphique pour rejouer ce moment</translation>
    </message>
    <message>
        <source>%1: %2, %3 to %4</source>
        <comment>swimlane band: lane, value, from, to</comment>
        <translation>%1&#xa0;: %2, de %3 à %4</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>swimlane mark: time, what</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>…and more: zoom in by widening the window</source>
        <translation>…et plus encore&#xa0;: agrandissez la fenêtre pour zoomer</translation>
    </message>
    <message>
        <source>%1 at %2: click to replay this moment</source>
        <translation>%1 à %2&#xa0;: cliquez pour rejouer ce moment</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 status changes, %4 key moments, %5 runbook steps, %6 chat posts, %7 alerts. Replaying %8. Click, drag or use the arrow keys to move the replay.</source>
        <translation>Du %1 au %2&#xa0;: %3 changements d’état, %4 moments clés, %5 étapes de runbook, %6 messages publiés, %7 alertes. Rejeu de %8. Cliquez, faites glisser ou utilisez les flèches pour déplacer le rejeu.</translation>
    </message>
</context>
<context>
    <name>Warroom::SyncStatusWidget</name>
    <message numerus="yes">
        <source> · %n change(s) waiting to be sent</source>
        <translation>
            <numerusform> · %n modification en attente d’envoi</numerusform>
            <numerusform> · %n modifications en attente d’envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Online with %1</source>
        <translation>En ligne avec %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline (%1); your changes are safe here. Next try in %n s</source>
        <translation>
            <numerusform>Hors ligne (%1)&#xa0;; vos modifications sont en sécurité ici. Nouvel essai dans %n s</numerusform>
            <numerusform>Hors ligne (%1)&#xa0;; vos modifications sont en sécurité ici. Nouvel essai dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>%1 refused the token: %2</source>
        <translation>%1 a refusé le jeton&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Se connecter…</translation>
    </message>
</context>
<context>
    <name>Warroom::TimelineDelegate</name>
    <message>
        <source>edited</source>
        <comment>marker</comment>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>sending…</source>
        <comment>marker: not yet confirmed</comment>
        <translation>envoi…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>attachment in the timeline: file name (size)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Retracted by %1: %2</source>
        <comment>a struck-through timeline entry: person, reason</comment>
        <translation>Retirée par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>… open the entry to read all of it</source>
        <comment>a long timeline entry is cut short</comment>
        <translation>… ouvrez l’entrée pour la lire en entier</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Pas d’aperçu</translation>
    </message>
</context>
<context>
    <name>Warroom::TimelineModel</name>
    <message>
        <source>%1 by %2</source>
        <comment>timeline tooltip: kind by person</comment>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>attachment tooltip: mime type, size</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Pinned as a key moment</source>
        <translation>Épinglée comme moment clé</translation>
    </message>
    <message>
        <source>Retracted by %1: %2</source>
        <translation>Retirée par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Edited. Earlier versions, oldest first:</source>
        <translation>Modifiée. Versions précédentes, de la plus ancienne à la plus récente&#xa0;:</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <comment>an earlier version of an entry: author, text</comment>
        <translation>• %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2 by %3: %4</source>
        <comment>screen reader: time, kind, person, text</comment>
        <translation>%1, %2 par %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglée</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifiée</translation>
    </message>
</context>
<context>
    <name>Warroom::TimelinePresentation</name>
    <message>
        <source>Note</source>
        <comment>timeline entry kind</comment>
        <translation>Note</translation>
    </message>
    <message>
        <source>Decision</source>
        <comment>timeline entry kind</comment>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>timeline entry kind: something someone did</comment>
        <translation>Action</translation>
    </message>
    <message>
        <source>Evidence</source>
        <comment>timeline entry kind</comment>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Observation</source>
        <comment>timeline entry kind: something someone saw</comment>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>timeline entry kind: a change Warroom recorded (status, role, step)</comment>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Alert</source>
        <comment>timeline entry kind: an alert from monitoring</comment>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Chat</source>
        <comment>timeline entry kind: a message posted to a chat channel</comment>
        <translation>Chat</translation>
    </message>
    <message>
        <source>File</source>
        <comment>timeline entry kind: an attached file or image</comment>
        <translation>Fichier</translation>
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
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Show entries of kind</source>
        <translation>Afficher les entrées du type</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Show entries by person</source>
        <translation>Afficher les entrées de la personne</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Rechercher dans la chronologie</translation>
    </message>
    <message>
        <source>Search the timeline (%1)</source>
        <translation>Rechercher dans la chronologie (%1)</translation>
    </message>
    <message>
        <source>&amp;UTC</source>
        <comment>show times in UTC</comment>
        <translation>&amp;UTC</translation>
    </message>
    <message>
        <source>Show times in UTC</source>
        <translation>Afficher les heures en UTC</translation>
    </message>
    <message>
        <source>Show times in UTC instead of local time</source>
        <translation>Afficher les heures en UTC plutôt qu’en heure locale</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation>Chronologie de l’incident</translation>
    </message>
    <message>
        <source>Kind of the new entry</source>
        <translation>Type de la nouvelle entrée</translation>
    </message>
    <message>
        <source>The kind of the new entry. A prefix in the text wins: d: decision, a: action, e: evidence, o: observation, n: note.</source>
        <translation>Le type de la nouvelle entrée. Un préfixe dans le texte l’emporte&#xa0;: d: décision, a: action, e: preuve, o: observation, n: note.</translation>
    </message>
    <message>
        <source>New timeline entry</source>
        <translation>Nouvelle entrée de la chronologie</translation>
    </message>
    <message>
        <source>What do you see, do or decide? Enter adds it, Shift+Enter starts a new line.</source>
        <translation>Que voyez-vous, faites-vous ou décidez-vous&#xa0;? Entrée l’ajoute, Shift+Enter commence une nouvelle ligne.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <comment>add a timeline entry</comment>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add the entry to the timeline</source>
        <translation>Ajouter l’entrée à la chronologie</translation>
    </message>
    <message>
        <source>Happened &amp;at:</source>
        <comment>back-date a timeline entry</comment>
        <translation>&amp;Survenu à&#xa0;:</translation>
    </message>
    <message>
        <source>Back-date the entry</source>
        <translation>Antidater l’entrée</translation>
    </message>
    <message>
        <source>Unchecked, the entry is recorded as happening now. Check it to record something that happened earlier.</source>
        <translation>Décoché, l’entrée est enregistrée comme se produisant maintenant. Cochez pour consigner quelque chose qui s’est produit plus tôt.</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Quand cela s’est produit</translation>
    </message>
    <message>
        <source>now</source>
        <comment>time of a timeline entry that is not back-dated</comment>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>d: decision · a: action · e: evidence · o: observation · paste or drop files (up to %1) to attach</source>
        <comment>quick-entry hint: the prefixes and attachments</comment>
        <translation>d: décision · a: action · e: preuve · o: observation · collez ou déposez des fichiers (jusqu’à %1) pour les joindre</translation>
    </message>
    <message>
        <source>Start the text with a prefix to choose its kind: d: decision, a: action, e: evidence, o: observation, n: note. Paste an image, or drop a file on the timeline or here (up to %1), to attach it.</source>
        <translation>Commencez le texte par un préfixe pour choisir son type&#xa0;: d: décision, a: action, e: preuve, o: observation, n: note. Collez une image, ou déposez un fichier sur la chronologie ou ici (jusqu’à %1), pour le joindre.</translation>
    </message>
    <message>
        <source>Focus note entry</source>
        <translation>Aller à la saisie de note</translation>
    </message>
    <message>
        <source>Search timeline</source>
        <translation>Rechercher dans la chronologie</translation>
    </message>
    <message>
        <source>Pin entry</source>
        <translation>Épingler l’entrée</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <comment>edit a timeline entry</comment>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Retract…</source>
        <comment>retract a timeline entry</comment>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Show entry and &amp;history…</source>
        <translation>Afficher l’entrée et l’&amp;historique…</translation>
    </message>
    <message>
        <source>&amp;Open attachment…</source>
        <translation>&amp;Ouvrir la pièce jointe…</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>Aucune session n’est ouverte.</translation>
    </message>
    <message>
        <source>What you typed was copied to the clipboard.</source>
        <translation>Votre saisie a été copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Entry not added</source>
        <translation>Entrée non ajoutée</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Modifier l’entrée</translation>
    </message>
    <message>
        <source>The new text. The earlier text stays in the entry&apos;s history.</source>
        <translation>Le nouveau texte. L’ancien texte reste dans l’historique de l’entrée.</translation>
    </message>
    <message>
        <source>Entry not edited</source>
        <translation>Entrée non modifiée</translation>
    </message>
    <message>
        <source>Retract entry</source>
        <translation>Retirer l’entrée</translation>
    </message>
    <message>
        <source>Why is this entry wrong? It stays in the timeline, struck through, with your reason.</source>
        <translation>Pourquoi cette entrée est-elle erronée&#xa0;? Elle reste dans la chronologie, barrée, avec votre raison.</translation>
    </message>
    <message>
        <source>Entry not retracted</source>
        <translation>Entrée non retirée</translation>
    </message>
    <message>
        <source>Entry not pinned</source>
        <translation>Entrée non épinglée</translation>
    </message>
    <message>
        <source>Entry not unpinned</source>
        <translation>Entrée non désépinglée</translation>
    </message>
    <message>
        <source>Attachment not opened</source>
        <translation>Pièce jointe non ouverte</translation>
    </message>
    <message>
        <source>Attachment too large</source>
        <translation>Pièce jointe trop volumineuse</translation>
    </message>
    <message>
        <source>%1 is %2; an attachment may be at most %3. Attach a smaller file, or crop or scale the image down.</source>
        <translation>%1 fait %2&#xa0;; une pièce jointe ne peut dépasser %3. Joignez un fichier plus petit, ou recadrez ou réduisez l’image.</translation>
    </message>
    <message>
        <source>Attachment not added</source>
        <translation>Pièce jointe non ajoutée</translation>
    </message>
    <message>
        <source>The pasted image is empty.</source>
        <translation>L’image collée est vide.</translation>
    </message>
    <message>
        <source>The pasted image could not be encoded.</source>
        <translation>L’image collée n’a pas pu être encodée.</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Non joint</translation>
    </message>
    <message>
        <source>%1 is not a file; folders cannot be attached.</source>
        <translation>%1 n’est pas un fichier&#xa0;; les dossiers ne peuvent pas être joints.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unpin entry</source>
        <translation>Désépingler l’entrée</translation>
    </message>
    <message>
        <source>Everyone</source>
        <comment>person filter: entries by anyone</comment>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>No incident selected.</source>
        <translation>Aucun incident sélectionné.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n entries</source>
        <comment>timeline filter</comment>
        <translation>
            <numerusform>Affichage&#xa0;: %1 sur %n entrée</numerusform>
            <numerusform>Affichage&#xa0;: %1 sur %n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>timeline size</comment>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Happened &amp;at (UTC):</source>
        <comment>back-date a timeline entry</comment>
        <translation>&amp;Survenu à (UTC)&#xa0;:</translation>
    </message>
    <message>
        <source>Show Earlier</source>
        <translation>Afficher plus tôt</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more of the entries before these</source>
        <comment>replay</comment>
        <translation>
            <numerusform>Afficher %n entrée de plus parmi celles d’avant</numerusform>
            <numerusform>Afficher %n entrées de plus parmi celles d’avant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· the latest before this moment; %n earlier ones are not shown.</source>
        <comment>replay</comment>
        <translation>
            <numerusform>· les plus récentes avant ce moment&#xa0;; %n plus ancienne n’est pas affichée.</numerusform>
            <numerusform>· les plus récentes avant ce moment&#xa0;; %n plus anciennes ne sont pas affichées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Warroom::WebhookSecrets</name>
    <message>
        <source>No keychain is configured in this Warroom.</source>
        <translation>Aucun trousseau n’est configuré dans ce Warroom.</translation>
    </message>
</context>
</TS>
