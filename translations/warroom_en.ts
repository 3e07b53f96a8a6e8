<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Warroom::ActionsPanel</name>
    <message numerus="yes">
        <source>%n open</source>
        <comment>follow-ups</comment>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <comment>follow-ups</comment>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <comment>follow-ups</comment>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Warroom::AppStartup</name>
    <message numerus="yes">
        <source>The name given to --actor is longer than %n characters.</source>
        <translation>
            <numerusform>The name given to --actor is longer than %n character.</numerusform>
            <numerusform>The name given to --actor is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Warroom::BoardModel</name>
    <message numerus="yes">
        <source>Nobody has taken command of this incident for %n minutes. Take command, or assign a commander now.</source>
        <translation>
            <numerusform>Nobody has taken command of this incident for %n minute. Take command, or assign a commander now.</numerusform>
            <numerusform>Nobody has taken command of this incident for %n minutes. Take command, or assign a commander now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue: no incident commander for %n minutes</source>
        <translation>
            <numerusform>Overdue: no incident commander for %n minute</numerusform>
            <numerusform>Overdue: no incident commander for %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No commander for %n min</source>
        <comment>open incident past the unacknowledged threshold</comment>
        <translation>
            <numerusform>No commander for %n min</numerusform>
            <numerusform>No commander for %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Warroom::BoardWidget</name>
    <message numerus="yes">
        <source>No open incidents. %n resolved incident(s) under &quot;Show resolved&quot;.</source>
        <translation>
            <numerusform>No open incidents. %n resolved incident under &quot;Show resolved&quot;.</numerusform>
            <numerusform>No open incidents. %n resolved incidents under &quot;Show resolved&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Warroom::DeclareIncidentDialog</name>
    <message numerus="yes">
        <source>Required, at most %n characters</source>
        <translation>
            <numerusform>Required, at most %n character</numerusform>
            <numerusform>Required, at most %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Warroom::EntryDialog</name>
    <message numerus="yes">
        <source>Earlier versions, oldest first (%n edit(s)):</source>
        <translation>
            <numerusform>Earlier versions, oldest first (%n edit):</numerusform>
            <numerusform>Earlier versions, oldest first (%n edits):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Warroom::IncidentNotifier</name>
    <message numerus="yes">
        <source>%1 has had no commander for %n min</source>
        <comment>desktop notification title</comment>
        <translation>
            <numerusform>%1 has had no commander for %n min</numerusform>
            <numerusform>%1 has had no commander for %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Warroom::PostmortemActions</name>
    <message numerus="yes">
        <source>“%1” is already here: all %n events were present.</source>
        <translation>
            <numerusform>“%1” is already here: all %n events were present.</numerusform>
            <numerusform>“%1” is already here: all %n events were present.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1”: %n new events</source>
        <translation>
            <numerusform>Imported “%1”: %n new events</numerusform>
            <numerusform>Imported “%1”: %n new events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already present</source>
        <translation>
            <numerusform>, %n already present</numerusform>
            <numerusform>, %n already present</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Warroom::RunbookModel</name>
    <message numerus="yes">
        <source>Evidence: %n linked</source>
        <comment>notes or attachments linked to the step</comment>
        <translation>
            <numerusform>Evidence: %n linked</numerusform>
            <numerusform>Evidence: %n linked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Warroom::SyncStatusWidget</name>
    <message numerus="yes">
        <source> · %n change(s) waiting to be sent</source>
        <translation>
            <numerusform> · %n change waiting to be sent</numerusform>
            <numerusform> · %n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline (%1); your changes are safe here. Next try in %n s</source>
        <translation>
            <numerusform>Offline (%1); your changes are safe here. Next try in %n s</numerusform>
            <numerusform>Offline (%1); your changes are safe here. Next try in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Warroom::TimelineWidget</name>
    <message numerus="yes">
        <source>Showing %1 of %n entries</source>
        <comment>timeline filter</comment>
        <translation>
            <numerusform>Showing %1 of %n entry</numerusform>
            <numerusform>Showing %1 of %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>timeline size</comment>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n more of the entries before these</source>
        <comment>replay</comment>
        <translation>
            <numerusform>Show %n more of the entries before these</numerusform>
            <numerusform>Show %n more of the entries before these</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· the latest before this moment; %n earlier ones are not shown.</source>
        <comment>replay</comment>
        <translation>
            <numerusform>· the latest before this moment; %n earlier one is not shown.</numerusform>
            <numerusform>· the latest before this moment; %n earlier ones are not shown.</numerusform>
        </translation>
    </message>
</context>
</TS>
