<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AtlasCommand</name>
    <message numerus="yes">
        <source>%n muscles; (?) = pattern not confirmed by the sources.</source>
        <translation>
            <numerusform>%n muscle; (?) = pattern not confirmed by the sources.</numerusform>
            <numerusform>%n muscles; (?) = pattern not confirmed by the sources.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message numerus="yes">
        <source>Exported %n episodes to {path}</source>
        <translation>
            <numerusform>Exported %n episode to {path}</numerusform>
            <numerusform>Exported %n episodes to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episodes</source>
        <translation>
            <numerusform>%n episode</numerusform>
            <numerusform>%n episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marks</source>
        <translation>
            <numerusform>%n mark</numerusform>
            <numerusform>%n marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Go back to the diary as it was on {when} (%n episodes)?

What was saved after that is kept in a backup of the current diary, made first.</source>
        <translation>
            <numerusform>Go back to the diary as it was on {when} (%n episode)?

What was saved after that is kept in a backup of the current diary, made first.</numerusform>
            <numerusform>Go back to the diary as it was on {when} (%n episodes)?

What was saved after that is kept in a backup of the current diary, made first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EpisodeEditor</name>
    <message numerus="yes">
        <source>New episode with %n marks from {when}</source>
        <translation>
            <numerusform>New episode with %n mark from {when}</numerusform>
            <numerusform>New episode with %n marks from {when}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>bodymap was closed without saving an episode you were editing (last change {when}, %n marks). Restore it?</source>
        <translation>
            <numerusform>bodymap was closed without saving an episode you were editing (last change {when}, %n mark). Restore it?</numerusform>
            <numerusform>bodymap was closed without saving an episode you were editing (last change {when}, %n marks). Restore it?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n unsaved marks</source>
        <translation>
            <numerusform>Restored %n unsaved mark</numerusform>
            <numerusform>Restored %n unsaved marks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FibroPanel</name>
    <message numerus="yes">
        <source>You changed %n areas from what the map shows.</source>
        <translation>
            <numerusform>You changed %n area from what the map shows.</numerusform>
            <numerusform>You changed %n areas from what the map shows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatmapPanel</name>
    <message numerus="yes">
        <source>%n regions hurt in this period. Most: {names}</source>
        <translation>
            <numerusform>%n region hurt in this period. Most: {names}</numerusform>
            <numerusform>%n regions hurt in this period. Most: {names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkPanel</name>
    <message numerus="yes">
        <source>%n finding(s) recorded</source>
        <translation>
            <numerusform>%n finding recorded</numerusform>
            <numerusform>%n findings recorded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomesPanel</name>
    <message numerus="yes">
        <source>%n earlier rating(s) … </source>
        <translation>
            <numerusform>%n earlier rating … </numerusform>
            <numerusform>%n earlier ratings … </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete “{name}” and its %n rating(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete “{name}” and its %n rating? This cannot be undone.</numerusform>
            <numerusform>Delete “{name}” and its %n ratings? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message numerus="yes">
        <source>Remove {name} and their %n episode(s) from this diary?</source>
        <translation>
            <numerusform>Remove {name} and their %n episode from this diary?</numerusform>
            <numerusform>Remove {name} and their %n episodes from this diary?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%n episodes</source>
        <translation>
            <numerusform>%n episode</numerusform>
            <numerusform>%n episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marks</source>
        <translation>
            <numerusform>%n mark</numerusform>
            <numerusform>%n marks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestCommand</name>
    <message numerus="yes">
        <source>(%n uses)</source>
        <translation>
            <numerusform>(%n use)</numerusform>
            <numerusform>(%n uses)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TherapyPanel</name>
    <message numerus="yes">
        <source>better {0} of %n times</source>
        <translation>
            <numerusform>better {0} of %n time</numerusform>
            <numerusform>better {0} of %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>worse {0} of %n times</source>
        <translation>
            <numerusform>worse {0} of %n time</numerusform>
            <numerusform>worse {0} of %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tries elsewhere on the body are waiting for a rating.</source>
        <translation>
            <numerusform>%n try elsewhere on the body is waiting for a rating.</numerusform>
            <numerusform>%n tries elsewhere on the body are waiting for a rating.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>Added bodymap to the applications menu ({entry}, %n icon and metainfo files).</source>
        <translation>
            <numerusform>Added bodymap to the applications menu ({entry}, %n icon and metainfo file).</numerusform>
            <numerusform>Added bodymap to the applications menu ({entry}, %n icon and metainfo files).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n files of bodymap's menu entry.</source>
        <translation>
            <numerusform>Removed %n file of bodymap's menu entry.</numerusform>
            <numerusform>Removed %n files of bodymap's menu entry.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.data</name>
    <message numerus="yes">
        <source>%n episodes</source>
        <translation>
            <numerusform>%n episode</numerusform>
            <numerusform>%n episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marks</source>
        <translation>
            <numerusform>%n mark</numerusform>
            <numerusform>%n marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n therapy uses</source>
        <translation>
            <numerusform>%n therapy use</numerusform>
            <numerusform>%n therapy uses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profiles</source>
        <translation>
            <numerusform>%n profile</numerusform>
            <numerusform>%n profiles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.demo</name>
    <message numerus="yes">
        <source>%n episodes</source>
        <translation>
            <numerusform>%n episode</numerusform>
            <numerusform>%n episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marks</source>
        <translation>
            <numerusform>%n mark</numerusform>
            <numerusform>%n marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n therapy uses</source>
        <translation>
            <numerusform>%n therapy use</numerusform>
            <numerusform>%n therapy uses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.outcomes</name>
    <message numerus="yes">
        <source>(%n activities)</source>
        <translation>
            <numerusform>(%n activity)</numerusform>
            <numerusform>(%n activities)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.regions</name>
    <message numerus="yes">
        <source>%n regions</source>
        <translation>
            <numerusform>%n region</numerusform>
            <numerusform>%n regions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.report</name>
    <message numerus="yes">
        <source>%1: %n pages (%2)</source>
        <translation>
            <numerusform>%1: %n page (%2)</numerusform>
            <numerusform>%1: %n pages (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message numerus="yes">
        <source>The newest good backup is from {when} (%n episodes). Going back to it keeps the damaged file beside it, renamed, in case it can be rescued later; what was saved after the backup is not in it.</source>
        <translation>
            <numerusform>The newest good backup is from {when} (%n episode). Going back to it keeps the damaged file beside it, renamed, in case it can be rescued later; what was saved after the backup is not in it.</numerusform>
            <numerusform>The newest good backup is from {when} (%n episodes). Going back to it keeps the damaged file beside it, renamed, in case it can be rescued later; what was saved after the backup is not in it.</numerusform>
        </translation>
    </message>
</context>
</TS>
