<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>Acteur : %1</translation>
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
</context>
</TS>
