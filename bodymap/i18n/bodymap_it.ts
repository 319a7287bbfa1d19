<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name></name>
    <message>
        <source>bodymap cannot open the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a diary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bodymap diary (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new episode now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;last episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new episode with the marks of the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this episode in the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete episode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this episode from the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About bodymap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtlasPanel</name>
    <message>
        <source>Trigger points are a debated idea: experts disagree on what they are and studies of them are mixed. This atlas is a guide to where a sore muscle may send pain, not a diagnosis. Pain can have many causes, some serious (chest, belly, calf and sudden or severe pain above all): talk to your doctor or physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a muscle (English, Italian or Latin name)</source>
        <extracomment>A muscle is shown on the map (key, side).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What could cause pain here?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Muscles&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to feel for its trigger points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain is felt (solid, hatched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sometimes also (pale, dotted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the same side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain is referred {rule}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Often mistaken for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What keeps it going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources disagree about parts of this pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the Select tool, click the regions that hurt on the map (click again to remove one), or select a painted area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain in: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches: {m}
Look for it: {w}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMapScene</name>
    <message>
        <source>R</source>
        <extracomment>Largest body pixmap cache (device pixels); beyond it the SVG is painted directly. The repository root (for the file fallback of :func:`svg_source`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s left side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMapWidget</name>
    <message>
        <source>Map</source>
        <extracomment>Tabs: (tab id, views shown side by side in that tab). (view_id, x, y, region_id | None) in map units, from any view. (view_id, region_id | None) from any view. Text for the main window&apos;s status bar (the hovered region&apos;s name, or &quot;&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in on the map (Ctrl++, or the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole drawing (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom, relative to the whole drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click where it hurts.  Zoom: wheel or +/-.  Move: middle-drag or Space+drag.  Keys: arrows, Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head, right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head, left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Export…</source>
        <extracomment>Emitted after an import or a restore changed the diary: reload everything shown. A short message for the status bar.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the diary as JSON or as CSV tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the episodes of a bodymap export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the diary into the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to an earlier copy of the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip of CSV tables (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bodymap export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary could not be exported:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {n} episodes to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} episodes with {m} marks were saved to
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a bodymap export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bodymap export (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be imported; the diary was not changed.

What is wrong:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapy uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {file}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {added} added, {skipped} already in the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary was copied to
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no usable backup of this diary yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the diary as it was on {when} ({n} episodes)?

What was saved after that is kept in a backup of the current diary, made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored; the diary was not changed.
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of {when}; the previous diary is kept as {kept}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeList</name>
    <message>
        <source>Flare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronic spasm / tightness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random spasm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyday pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodePanel</name>
    <message>
        <source>Flare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronic spasm / tightness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random spasm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyday pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cold or weather change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overexertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menstrual cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own trigger and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else worth remembering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something you tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapies tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a therapy you tried…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New episode, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode saved in the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much it helped, 0 (not at all) to 10 (pain gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: everything, can be imported again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: three tables for a spreadsheet (.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only episodes between two dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export holds health data. It is saved readable by you only; keep it somewhere private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapLegend</name>
    <message>
        <source>better</source>
        <extracomment>ColorBrewer YlOrRd (7 classes): lightness falls monotonically from the first to the last. Comparison colours: (fill, Qt brush pattern for the hatch).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapPanel</name>
    <message>
        <source>How often (episodes per week)</source>
        <extracomment>(values, earlier values or None) once the map has been painted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the same period a year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better / worse on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From / to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>episodes per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the earlier period ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} regions better, {1} worse, {2} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} regions hurt in this period. Most: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No episodes in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier period: {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Find a region…</source>
        <extracomment>Range choices: key -&gt; days back from now (None: everything; &quot;custom&quot;: the two date fields). Emitted after a history has been shown (for tests and the status bar).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region on the map or in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes touching this region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chart to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity per episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving average ({n} episodes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No episodes in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intensity (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain qualities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No qualities noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the history: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no muscle named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscles that can refer pain here (atlas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how well the muscle&apos;s referral pattern fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chronic spasm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random spasm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogUseDialog</name>
    <message>
        <source>Log that I tried this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not timed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as you write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where you used it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select, move and edit marks (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to place a trigger point (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint referred pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint the area where pain is felt (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a region to fill it as referred pain (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase part of the selected painted area (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spasm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to mark a spasm or tight muscle (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to mark a fibromyalgia tender point (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your diary…</source>
        <extracomment>Emitted once, when the map has been painted for the first time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose diary: one person each (a therapist may keep several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: click the map where it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brush </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brush size for painting referred pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bodymap — {name} — episode of {when}[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This episode has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New episode: click the map where it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no earlier episode yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New episode with {n} marks from {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the episode of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode was not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this episode and all its marks from the diary? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved episode found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bodymap was closed without saving an episode you were editing (last change {when}, {n} marks). Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {n} unsaved marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now showing the diary of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About bodymap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;bodymap {version}&lt;/h3&gt;&lt;p&gt;A pain diary on a drawing of the body, for people who live with fibromyalgia, chronic fatigue and myofascial pain, and for their physiotherapists.&lt;/p&gt;&lt;p&gt;Mark trigger points and the areas they send pain to, keep episodes, see what helped and print a map to take along.&lt;/p&gt;&lt;p&gt;bodymap records and suggests; it does not diagnose. Talk to your doctor about new, severe or changing pain.&lt;/p&gt;&lt;p&gt;Your diary stays on this computer: bodymap makes no network connections.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkPanel</name>
    <message>
        <source>aching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stabbing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throbbing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cramping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sharp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heavy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred-pain area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spasm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tender point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the map to mark where it hurts. Pick a tool above the map.</source>
        <extracomment>The user asked to place a trigger point at an atlas site and link it (muscle key).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 no pain · 5 moderate · 10 worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (hurts by itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latent (only when pressed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronic tightness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random spasm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The muscle this trigger point is probably in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger point this pain comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscles whose trigger points send pain here. Double-click to link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note about this spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spasm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could be caused by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mark selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off the regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (likely here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — you marked it: double-click to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — check: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add trigger point and link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Print pre&amp;view…</source>
        <extracomment>Emitted with the path after a PDF was written. Kept referenced while a dialog uses it (PySide crashes with a temporary QPrinter). Tests replace this to answer the options dialog without showing it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Report for the physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body map with legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapies and outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of the most affected regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box for the therapist&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to go back to. The diary as it is now is kept as a backup first, so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged, cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>with your clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You here: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take care: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details and cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log that I tried this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why here: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: {0}. {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TherapyPanel</name>
    <message>
        <source>Therapies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a region or a muscle on the map to see what has helped you there and what you could try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has helped you here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged here yet. Log what you try and rate it later: after three rated tries, this shows how often it helped you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few tries to tell: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other muscles ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These can also send pain here: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commonly tried for this kind of pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched to: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To discuss with your clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the muscle: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse {0} of {1} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} more not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplements: the evidence is mostly weak or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You: {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the {0} supplements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating your tries is what lets bodymap show what helps you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relief –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relief </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much relief, from 0 (none) to 10 (complete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a doctor now if you have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged: {0}. In an hour or so, say here how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you: rating saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>too few tries to tell ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better {0} of {1} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, mean relief {0:.1f}/10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
