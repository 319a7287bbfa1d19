<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AtlasCommand</name>
    <message>
        <source>a common cause of pain here</source>
        <extracomment>The match words of ``atlas.likelihood`` as printed (English: see :func:`likelihood_words`).</extracomment>
        <translation>una causa frequente di dolore qui</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>possibile</translation>
    </message>
    <message>
        <source>rarely</source>
        <translation>raramente</translation>
    </message>
    <message>
        <source>right</source>
        <translation>destro</translation>
    </message>
    <message>
        <source>left</source>
        <translation>sinistro</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>entrambi i lati</translation>
    </message>
    <message>
        <source>essential zone</source>
        <translation>zona essenziale</translation>
    </message>
    <message>
        <source>spillover zone</source>
        <translation>zona di diffusione</translation>
    </message>
    <message>
        <source>local (at the trigger point)</source>
        <translation>locale (nel punto trigger)</translation>
    </message>
    <message>
        <source>trigger-point atlas: muscles, their trigger points and referred pain</source>
        <translation>atlante dei punti trigger: i muscoli, i loro punti trigger e il dolore riferito</translation>
    </message>
    <message>
        <source>Browse the trigger-point atlas.</source>
        <translation>Consulta l&apos;atlante dei punti trigger.</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>stampa in JSON</translation>
    </message>
    <message>
        <source>list the muscles of the atlas</source>
        <translation>elenca i muscoli dell&apos;atlante</translation>
    </message>
    <message>
        <source>show one muscle (by key or any name)</source>
        <translation>mostra un muscolo (per chiave o per uno qualsiasi dei nomi)</translation>
    </message>
    <message>
        <source>key, English, Italian or Latin name</source>
        <translation>chiave, nome inglese, italiano o latino</translation>
    </message>
    <message>
        <source>side of the trigger points (default: right)</source>
        <translation>lato dei punti trigger (predefinito: destro)</translation>
    </message>
    <message>
        <source>which muscles could refer pain to these regions</source>
        <translation>quali muscoli potrebbero riferire dolore a queste zone</translation>
    </message>
    <message>
        <source>Rank the muscles whose referral zones cover the given regions. A region may carry a weight, e.g. temple.right=0.7.</source>
        <translation>Mette in ordine i muscoli le cui zone di dolore riferito coprono le zone indicate. Una zona può avere un peso, per esempio temple.right=0.7.</translation>
    </message>
    <message>
        <source>region id, optionally REGION=WEIGHT</source>
        <translation>id della zona, eventualmente ZONA=PESO</translation>
    </message>
    <message>
        <source>show at most N muscles (default 10; 0 = all)</source>
        <translation>mostra al massimo N muscoli (predefinito 10; 0 = tutti)</translation>
    </message>
    <message>
        <source>ENGLISH</source>
        <translation>INGLESE</translation>
    </message>
    <message>
        <source>ITALIAN</source>
        <translation>ITALIANO</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CHIAVE</translation>
    </message>
    <message>
        <source>MUSCLE</source>
        <translation>MUSCOLO</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPO</translation>
    </message>
    <message numerus="yes">
        <source>%n muscles; (?) = pattern not confirmed by the sources.</source>
        <translation>
            <numerusform>%n muscolo; (?) = schema non confermato dalle fonti.</numerusform>
            <numerusform>%n muscoli; (?) = schema non confermato dalle fonti.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}  ({side} side)</source>
        <translation>{name}  (lato {side})</translation>
    </message>
    <message>
        <source>  In English: {name}</source>
        <translation>  In inglese: {name}</translation>
    </message>
    <message>
        <source>  In Italian: {name}</source>
        <translation>  In italiano: {name}</translation>
    </message>
    <message>
        <source>  Also called: {names}</source>
        <translation>  Chiamato anche: {names}</translation>
    </message>
    <message>
        <source>  Latin:    {name}</source>
        <translation>  Latino:   {name}</translation>
    </message>
    <message>
        <source>  Note: this pattern could not be confirmed; treat it as provisional.</source>
        <translation>  Nota: questo schema non è stato confermato; consideralo provvisorio.</translation>
    </message>
    <message>
        <source>Where to feel for trigger points:</source>
        <translation>Dove cercare i punti trigger:</translation>
    </message>
    <message>
        <source>Where the pain can be felt:</source>
        <translation>Dove si può sentire il dolore:</translation>
    </message>
    <message>
        <source>  (refers to both sides of the body)</source>
        <translation>  (riferisce dolore a entrambi i lati del corpo)</translation>
    </message>
    <message>
        <source>Often mistaken for</source>
        <translation>Spesso scambiato per</translation>
    </message>
    <message>
        <source>Also felt</source>
        <translation>Si sente anche</translation>
    </message>
    <message>
        <source>Kept going by</source>
        <translation>Mantenuto da</translation>
    </message>
    <message>
        <source>Self-care:</source>
        <translation>Autotrattamento:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fonti:</translation>
    </message>
    <message>
        <source>--limit must be 0 or more</source>
        <translation>--limit deve essere 0 o più</translation>
    </message>
    <message>
        <source>{error} (region ids are listed in docs/regions-contract.md)</source>
        <translation>{error} (gli id delle zone sono elencati in docs/regions-contract.md)</translation>
    </message>
    <message>
        <source>No muscle in the atlas refers pain to these regions.</source>
        <translation>Nessun muscolo dell&apos;atlante riferisce dolore a queste zone.</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>PUNTEGGIO</translation>
    </message>
    <message>
        <source>SIDE</source>
        <translation>LATO</translation>
    </message>
    <message>
        <source>HOW LIKELY</source>
        <translation>PROBABILITÀ</translation>
    </message>
    <message>
        <source>MATCHED</source>
        <translation>CORRISPONDE</translation>
    </message>
</context>
<context>
    <name>AtlasPanel</name>
    <message>
        <source>Trigger points are a debated idea: experts disagree on what they are and studies of them are mixed. This atlas is a guide to where a sore muscle may send pain, not a diagnosis. Pain can have many causes, some serious (chest, belly, calf and sudden or severe pain above all): talk to your doctor or physiotherapist.</source>
        <translation>I punti trigger sono un&apos;idea discussa: gli esperti non sono d&apos;accordo su cosa siano e gli studi danno risultati contrastanti. Questo atlante è una guida a dove un muscolo dolente può mandare il dolore, non una diagnosi. Il dolore può avere molte cause, alcune serie (soprattutto al petto, alla pancia, al polpaccio, e il dolore improvviso o molto forte): parlane con il tuo medico o fisioterapista.</translation>
    </message>
    <message>
        <source>a common cause of pain here</source>
        <translation>una causa frequente di dolore qui</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>possibile</translation>
    </message>
    <message>
        <source>rarely the cause</source>
        <translation>raramente la causa</translation>
    </message>
    <message>
        <source>Find a muscle (English, Italian or Latin name)</source>
        <extracomment>A muscle is shown on the map (key, side). The regions of the question changed (see :attr:`picked`).</extracomment>
        <translation>Cerca un muscolo (nome italiano, inglese o latino)</translation>
    </message>
    <message>
        <source>Side:</source>
        <translation>Lato:</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Destro</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sinistro</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Entrambi</translation>
    </message>
    <message>
        <source>Clear map</source>
        <translation>Pulisci la mappa</translation>
    </message>
    <message>
        <source>Start a new question</source>
        <translation>Fai una nuova domanda</translation>
    </message>
    <message>
        <source>&lt;b&gt;What could cause pain here?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cosa potrebbe causare dolore qui?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Muscles&lt;/b&gt;</source>
        <translation>&lt;b&gt;Muscoli&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Where to feel for its trigger points</source>
        <translation>Dove cercare i suoi punti trigger</translation>
    </message>
    <message>
        <source>Pain is felt (solid, hatched)</source>
        <translation>Dove si sente il dolore (pieno, tratteggiato)</translation>
    </message>
    <message>
        <source>Sometimes also (pale, dotted)</source>
        <translation>A volte anche (chiaro, punteggiato)</translation>
    </message>
    <message>
        <source>on the same side</source>
        <translation>sullo stesso lato</translation>
    </message>
    <message>
        <source>on both sides</source>
        <translation>su entrambi i lati</translation>
    </message>
    <message>
        <source>Pain is referred {rule}.</source>
        <translation>Il dolore è riferito {rule}.</translation>
    </message>
    <message>
        <source>Often mistaken for</source>
        <translation>Spesso scambiato per</translation>
    </message>
    <message>
        <source>What keeps it going</source>
        <translation>Cosa lo mantiene attivo</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Cosa puoi fare da te</translation>
    </message>
    <message>
        <source>The sources disagree about parts of this pattern.</source>
        <translation>Le fonti non concordano su alcune parti di questo schema.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>EMERGENCY: call 112 now</source>
        <translation>EMERGENZA: chiama subito il 112</translation>
    </message>
    <message>
        <source>See a doctor today</source>
        <translation>Dal medico oggi stesso</translation>
    </message>
    <message>
        <source>See a doctor within days</source>
        <translation>Dal medico entro pochi giorni</translation>
    </message>
    <message>
        <source>Read this first</source>
        <translation>Leggi prima questo</translation>
    </message>
    <message>
        <source>With the Select tool, click the regions that hurt on the map (click again to remove one), or select a painted area.</source>
        <translation>Con lo strumento Seleziona, clicca sulla mappa le zone che fanno male (clicca di nuovo per toglierne una), oppure seleziona un&apos;area colorata.</translation>
    </message>
    <message>
        <source>Pain in: {names}</source>
        <translation>Dolore in: {names}</translation>
    </message>
    <message>
        <source>right</source>
        <translation>destro</translation>
    </message>
    <message>
        <source>left</source>
        <translation>sinistro</translation>
    </message>
    <message>
        <source>either side</source>
        <translation>un lato qualsiasi</translation>
    </message>
    <message>
        <source>{region} (at the trigger point)</source>
        <translation>{region} (nel punto trigger)</translation>
    </message>
    <message>
        <source>{region} (sometimes)</source>
        <translation>{region} (a volte)</translation>
    </message>
    <message>
        <source>Score {s}. Matches: {m}
Look for it: {w}</source>
        <translation>Punteggio {s}. Corrisponde: {m}
Dove cercarlo: {w}</translation>
    </message>
</context>
<context>
    <name>BodyMapScene</name>
    <message>
        <source>R</source>
        <comment>the patient&apos;s right side, one letter</comment>
        <extracomment>Largest body pixmap cache (device pixels); beyond it the SVG is painted directly. The repository root (for the file fallback of :func:`svg_source`). One side letter of a drawing: the text before it, the letter, the text after it.</extracomment>
        <translation>D</translation>
    </message>
    <message>
        <source>L</source>
        <comment>the patient&apos;s left side, one letter</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>Patient&apos;s right side</source>
        <translation>Lato destro del paziente</translation>
    </message>
    <message>
        <source>Patient&apos;s left side</source>
        <translation>Lato sinistro del paziente</translation>
    </message>
</context>
<context>
    <name>BodyMapWidget</name>
    <message>
        <source>Map</source>
        <extracomment>Tabs: (tab id, views shown side by side in that tab). The pause between two tabs built in the background (:meth:`BodyMapWidget.build_rest_later`). (view_id, x, y, region_id | None) in map units, from any view. (view_id, region_id | None) from any view. Text for the main window&apos;s status bar (the hovered region&apos;s name, or &quot;&quot;). A view was just made (its tab built): the :class:`BodyMapView`.</extracomment>
        <translation>Mappa</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom in on the map (Ctrl++, or the mouse wheel)</source>
        <translation>Ingrandisci la mappa (Ctrl++, o la rotellina del mouse)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Riduci (Ctrl+-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <source>Show the whole drawing (Ctrl+0)</source>
        <translation>Mostra tutto il disegno (Ctrl+0)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom, relative to the whole drawing</source>
        <translation>Ingrandimento, rispetto al disegno intero</translation>
    </message>
    <message>
        <source>Click where it hurts.  Zoom: wheel or +/-.  Move: middle-drag or Space+drag.  Keys: arrows, Enter.</source>
        <translation>Clicca dove fa male.  Ingrandire: rotellina o +/-.  Spostarsi: trascina col tasto centrale o Spazio+trascina.  Tasti: frecce, Invio.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
    </message>
    <message>
        <source>Head, right side</source>
        <translation>Testa, lato destro</translation>
    </message>
    <message>
        <source>Head, left side</source>
        <translation>Testa, lato sinistro</translation>
    </message>
    <message>
        <source>Soles</source>
        <translation>Piante dei piedi</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Davanti</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Dietro</translation>
    </message>
    <message>
        <source>Body map: %1</source>
        <extracomment>Tabs whose views are not built yet: tab index -&gt; (page, view ids). Only the tab on show is built before the first paint (a view and its scene are a few milliseconds each); the others when their tab is first shown or a view is asked for. Every view id, in the order of TABS (what :meth:`views` lists).</extracomment>
        <translation>Mappa del corpo: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Export…</source>
        <extracomment>After an import that added something, or a restore, once the context was told. A short message for the status bar. Progress of the running export or import, on the UI thread: (done, total). An action has ended: its name (&quot;export&quot;, &quot;import&quot;, &quot;backup&quot;, &quot;restore&quot;) and its result (the path written, the import summary, True for a restore), or None (cancelled, failed). The progress dialog of the running action (None when none runs). Called before the diary file is replaced by a backup, with what to do next: the main window settles unsaved work first and calls it (or not, if the person cancelled).</extracomment>
        <translation>Esp&amp;orta…</translation>
    </message>
    <message>
        <source>Save the diary as JSON or as CSV tables</source>
        <translation>Salva il diario in formato JSON o come tabelle CSV</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>Add the episodes of a bodymap export</source>
        <translation>Aggiungi gli episodi di un file esportato da bodymap</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Copia di sicurezza adesso</translation>
    </message>
    <message>
        <source>Copy the diary into the backups folder</source>
        <translation>Copia il diario nella cartella delle copie di sicurezza</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Ripristina da una copia di sicurezza…</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <extracomment>What a cancelled export or import hands back from the worker.</extracomment>
        <translation>{n} byte</translation>
    </message>
    <message>
        <source>Go back to an earlier copy of the diary</source>
        <translation>Torna a una copia precedente del diario</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Zip of CSV tables (*.zip)</source>
        <translation>Archivio zip di tabelle CSV (*.zip)</translation>
    </message>
    <message>
        <source>bodymap export (*.json)</source>
        <translation>Esportazione di bodymap (*.json)</translation>
    </message>
    <message>
        <source>Export the diary</source>
        <translation>Esporta il diario</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione in corso…</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Esportazione annullata</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n episodes to {path}</source>
        <translation>
            <numerusform>Esportato %n episodio in {path}</numerusform>
            <numerusform>Esportati %n episodi in {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>{episodes} with {marks} were saved to
{path}</source>
        <translation>{episodes} con {marks} salvati in
{path}</translation>
    </message>
    <message numerus="yes">
        <source>%n episodes</source>
        <translation>
            <numerusform>%n episodio</numerusform>
            <numerusform>%n episodi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marks</source>
        <translation>
            <numerusform>%n segno</numerusform>
            <numerusform>%n segni</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <source>The diary could not be exported:
{error}</source>
        <translation>Non è stato possibile esportare il diario:
{error}</translation>
    </message>
    <message>
        <source>Save a full copy of the diary as a JSON export on this computer</source>
        <translation>Salva una copia completa del diario come esportazione JSON su questo computer</translation>
    </message>
    <message>
        <source>Not for a diary on a database server: the server&apos;s own backups (pg_dump) are the practice&apos;s safety net, and a JSON backup comes back with File &gt; Import.</source>
        <translation>Non disponibile per un diario su un server di database: la rete di sicurezza dello studio sono i backup del server stesso (pg_dump), e un backup JSON si recupera con File &gt; Importa.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Esportazione completata</translation>
    </message>
    <message>
        <source>Import a bodymap export</source>
        <translation>Importa un file esportato da bodymap</translation>
    </message>
    <message>
        <source>bodymap export (*.json);;All files (*)</source>
        <translation>Esportazione di bodymap (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione in corso…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed</source>
        <translation>Importazione annullata; non è cambiato nulla</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importazione completata</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Impossibile importare questo file</translation>
    </message>
    <message>
        <source>{file} cannot be imported; the diary was not changed.

What is wrong:
{error}</source>
        <translation>{file} non può essere importato; il diario non è stato modificato.

Cosa non va:
{error}</translation>
    </message>
    <message>
        <source>Therapies</source>
        <translation>Terapie</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodi</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Segni</translation>
    </message>
    <message>
        <source>Therapy uses</source>
        <translation>Terapie usate</translation>
    </message>
    <message>
        <source>Imported {file}:</source>
        <translation>Importato {file}:</translation>
    </message>
    <message>
        <source>{what}: {added} added, {skipped} already in the diary</source>
        <translation>{what}: {added} in più, {skipped} già presenti nel diario</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backup in corso…</translation>
    </message>
    <message>
        <source>The diary is on a database server, so a full copy was saved as a JSON export to
{path}

It comes back with File &gt; Import. The server&apos;s own backups (pg_dump) remain the practice&apos;s safety net.</source>
        <translation>Il diario è su un server di database, quindi una copia completa è stata salvata come esportazione JSON in
{path}

Si recupera con File &gt; Importa. La rete di sicurezza dello studio restano i backup del server stesso (pg_dump).</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Copia di sicurezza non riuscita</translation>
    </message>
    <message>
        <source>The backup could not be made:
{error}</source>
        <translation>Non è stato possibile fare la copia di sicurezza:
{error}</translation>
    </message>
    <message numerus="yes">
        <source>Go back to the diary as it was on {when} (%n episodes)?

What was saved after that is kept in a backup of the current diary, made first.</source>
        <translation>
            <numerusform>Riportare il diario a com&apos;era il {when} (%n episodio)?

Quello che hai salvato dopo resta in una copia di sicurezza del diario attuale, fatta prima.</numerusform>
            <numerusform>Riportare il diario a com&apos;era il {when} (%n episodi)?

Quello che hai salvato dopo resta in una copia di sicurezza del diario attuale, fatta prima.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Copia di sicurezza salvata in {path}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Copia di sicurezza fatta</translation>
    </message>
    <message>
        <source>The diary was copied to
{path}</source>
        <translation>Il diario è stato copiato in
{path}</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Ripristina da una copia di sicurezza</translation>
    </message>
    <message>
        <source>There is no usable backup of this diary yet.</source>
        <translation>Non c&apos;è ancora una copia di sicurezza utilizzabile di questo diario.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Ripristinare questa copia di sicurezza?</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Ripristino in corso…</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Ripristino non riuscito</translation>
    </message>
    <message>
        <source>The backup could not be restored; the diary was not changed.
{error}</source>
        <translation>Non è stato possibile ripristinare la copia di sicurezza; il diario non è stato modificato.
{error}</translation>
    </message>
    <message>
        <source>Restored the backup of {when}; the previous diary is kept as {kept}</source>
        <translation>Ripristinata la copia del {when}; il diario precedente è conservato come {kept}</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Write the date and time as year-month-day hours:minutes, for example 2025-06-15 10:00.</source>
        <extracomment>How the field shows a date and time (and the way people are asked to type it).</extracomment>
        <translation>Scrivi data e ora come anno-mese-giorno ore:minuti, per esempio 2025-06-15 10:00.</translation>
    </message>
    <message>
        <source>There is no such day: {text}. Check the month and the day.</source>
        <translation>Questo giorno non esiste: {text}. Controlla il mese e il giorno.</translation>
    </message>
    <message>
        <source>{text} is not a time of day: hours go from 00 to 23, minutes from 00 to 59.</source>
        <translation>{text} non è un orario: le ore vanno da 00 a 23, i minuti da 00 a 59.</translation>
    </message>
    <message>
        <source>The diary keeps days from {first} to {last}.</source>
        <translation>Il diario accetta i giorni dal {first} al {last}.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <extracomment>The text was refused (the message), or accepted again (&quot;&quot;).</extracomment>
        <translation>Data e ora</translation>
    </message>
    <message>
        <source>Type a date and time (year-month-day hours:minutes) and press Enter, or pick a day in the calendar</source>
        <translation>Scrivi data e ora (anno-mese-giorno ore:minuti) e premi Invio, oppure scegli un giorno nel calendario</translation>
    </message>
    <message>
        <source>Pick a day in the calendar</source>
        <translation>Scegli un giorno nel calendario</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>DiaryLoader</name>
    <message>
        <source>the diary could not be opened ({error})</source>
        <extracomment>How long the loader waits for the window to attach on the first look before it opens the diary anyway (the window says when it has attached: :meth:`DiaryLoader.go_on`). The open :class:`~bodymap.store.service.Diary` (queued to the UI thread). A first look at the diary: an :class:`~bodymap.store.first_look.OpeningDiary` to attach the window to at once; ``loaded`` (or ``failed``) follows once the diary is open. A message fit to show when the database cannot be used, and whether the file is damaged (then a backup can be offered). The database server could not be reached or refused us: one sentence naming host and database (never the password); the person may try again. Something that does not stop the diary from opening (the daily backup failed). Try a first look (False: a window that shows a diary already takes the next one only once it is open).</extracomment>
        <translation>non è stato possibile aprire il diario ({error})</translation>
    </message>
    <message>
        <source>The daily backup failed: {why}</source>
        <translation>Il backup giornaliero non è riuscito: {why}</translation>
    </message>
</context>
<context>
    <name>DiaryOps</name>
    <message>
        <source>The diary is read-only, so nothing could be saved into it. Nothing was lost: your work is kept as a draft.</source>
        <extracomment>What the write changed, or a function of its result that says so. The job replaces the diary file on purpose: not checked, and the new file recorded. Asks the job to stop where it stands and keep nothing (an export or an import: its progress callback raises at the next step). Called at quit, from the UI thread. Every submitted job has been delivered (or dropped). A job failed and it had no ``on_error`` of its own: the message, and whether it was a write. A write was refused because another program replaced the diary file (nothing written). The diary file&apos;s identity, checked before every write (no file: never changes).</extracomment>
        <translation>Il diario è di sola lettura, quindi non è stato possibile salvarvi nulla. Non è andato perso niente: il tuo lavoro è conservato come bozza.</translation>
    </message>
    <message>
        <source>The diary is busy: another program is writing to it. Nothing was lost; try again in a moment.</source>
        <translation>Il diario è occupato: un altro programma ci sta scrivendo. Non si è perso nulla; riprova tra un momento.</translation>
    </message>
    <message>
        <source>The diary could not be reached just now. Nothing was lost; try again in a moment.</source>
        <translation>Al momento il diario non è raggiungibile. Non si è perso nulla; riprova tra un momento.</translation>
    </message>
    <message>
        <source>The diary refused the change, so nothing was changed.</source>
        <translation>Il diario ha rifiutato la modifica, quindi non è cambiato nulla.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}</source>
        <translation>Non è stato possibile leggere o scrivere un file: {reason}</translation>
    </message>
    <message>
        <source>Something went wrong inside bodymap, so nothing was changed.</source>
        <translation>Qualcosa non ha funzionato in bodymap, quindi non è cambiato nulla.</translation>
    </message>
</context>
<context>
    <name>EpisodeEditor</name>
    <message>
        <source>Unsaved changes</source>
        <extracomment>Answers of the &quot;changed elsewhere&quot; question. A line for the status bar, and for how long (ms). An episode was saved (the saved ``EpisodeRecord``). Tests replace this to answer the &quot;changed elsewhere&quot; question without a dialog.</extracomment>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>This episode has changes that are not saved. Save them?</source>
        <translation>Questo episodio ha modifiche non salvate. Vuoi salvarle?</translation>
    </message>
    <message>
        <source>New episode: click the map where it hurts</source>
        <translation>Nuovo episodio: clicca sulla mappa dove fa male</translation>
    </message>
    <message>
        <source>There is no earlier episode yet</source>
        <translation>Non c&apos;è ancora un episodio precedente</translation>
    </message>
    <message numerus="yes">
        <source>New episode with %n marks from {when}</source>
        <translation>
            <numerusform>Nuovo episodio con %n segno del {when}</numerusform>
            <numerusform>Nuovo episodio con %n segni del {when}</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened the episode of {when}</source>
        <translation>Aperto l&apos;episodio del {when}</translation>
    </message>
    <message>
        <source>Cannot open the episode</source>
        <translation>Impossibile aprire l&apos;episodio</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvato</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>The episode was not saved; your changes are still here, and in the draft.
{error}</source>
        <translation>L&apos;episodio non è stato salvato; le tue modifiche sono ancora qui, e nella bozza.
{error}</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modificato altrove</translation>
    </message>
    <message>
        <source>This episode was deleted elsewhere (in another window, on another computer or from the command line) after you opened it.</source>
        <translation>Questo episodio è stato eliminato altrove (in un&apos;altra finestra, su un altro computer o dalla riga di comando) dopo che l&apos;hai aperto.</translation>
    </message>
    <message>
        <source>This episode was changed elsewhere (in another window, on another computer or from the command line) after you opened it. Nothing has been overwritten.</source>
        <translation>Questo episodio è stato modificato altrove (in un&apos;altra finestra, su un altro computer o dalla riga di comando) dopo che l&apos;hai aperto. Non è stato sovrascritto nulla.</translation>
    </message>
    <message>
        <source>You can keep what you have here as a new episode, or show the episode as it is saved now and let your changes go.</source>
        <translation>Puoi tenere quello che hai qui come nuovo episodio, oppure mostrare l&apos;episodio com&apos;è salvato ora e rinunciare alle tue modifiche.</translation>
    </message>
    <message>
        <source>Save mine as a new episode</source>
        <translation>Salva il mio come nuovo episodio</translation>
    </message>
    <message>
        <source>Show the saved one</source>
        <translation>Mostra quello salvato</translation>
    </message>
    <message>
        <source>Changes discarded</source>
        <translation>Modifiche scartate</translation>
    </message>
    <message>
        <source>Delete episode</source>
        <translation>Elimina episodio</translation>
    </message>
    <message>
        <source>Delete this episode and all its marks from the diary? This cannot be undone.</source>
        <translation>Eliminare dal diario questo episodio e tutti i suoi segni? Non si potrà tornare indietro.</translation>
    </message>
    <message>
        <source>Episode deleted</source>
        <translation>Episodio eliminato</translation>
    </message>
    <message>
        <source>Unsaved episode found</source>
        <translation>Trovato un episodio non salvato</translation>
    </message>
    <message numerus="yes">
        <source>bodymap was closed without saving an episode you were editing (last change {when}, %n marks). Restore it?</source>
        <translation>
            <numerusform>bodymap è stato chiuso senza salvare un episodio che stavi modificando (ultima modifica {when}, %n segno). Vuoi recuperarlo?</numerusform>
            <numerusform>bodymap è stato chiuso senza salvare un episodio che stavi modificando (ultima modifica {when}, %n segni). Vuoi recuperarlo?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n unsaved marks</source>
        <translation>
            <numerusform>Recuperato %n segno non salvato</numerusform>
            <numerusform>Recuperati %n segni non salvati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EpisodeList</name>
    <message>
        <source>Flare</source>
        <translation>Riacutizzazione</translation>
    </message>
    <message>
        <source>Chronic spasm / tightness</source>
        <translation>Spasmo cronico / contrattura</translation>
    </message>
    <message>
        <source>Random spasm</source>
        <translation>Spasmo improvviso</translation>
    </message>
    <message>
        <source>Everyday pain</source>
        <translation>Dolore di tutti i giorni</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Episodes read at a time. The view wants the next page: the number of rows there are now. Each row&apos;s texts, formatted when the view first asks for them (a row never shown costs nothing); None until then. More may be in the database (the last page read was full). A page has been asked for and has not come yet.</extracomment>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolore</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Segni</translation>
    </message>
</context>
<context>
    <name>EpisodePanel</name>
    <message>
        <source>Flare</source>
        <translation>Riacutizzazione</translation>
    </message>
    <message>
        <source>Chronic spasm / tightness</source>
        <translation>Spasmo cronico / contrattura</translation>
    </message>
    <message>
        <source>Random spasm</source>
        <translation>Spasmo improvviso</translation>
    </message>
    <message>
        <source>Everyday pain</source>
        <translation>Dolore di tutti i giorni</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>non ancora valutato</translation>
    </message>
    <message>
        <source>better</source>
        <translation>meglio</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>nessun cambiamento</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>peggio</translation>
    </message>
    <message>
        <source>poor sleep</source>
        <translation>sonno scarso</translation>
    </message>
    <message>
        <source>stress</source>
        <translation>stress</translation>
    </message>
    <message>
        <source>cold or weather change</source>
        <translation>freddo o cambio di tempo</translation>
    </message>
    <message>
        <source>overexertion</source>
        <translation>sforzo eccessivo</translation>
    </message>
    <message>
        <source>posture</source>
        <translation>postura</translation>
    </message>
    <message>
        <source>long sitting</source>
        <translation>molto tempo seduti</translation>
    </message>
    <message>
        <source>illness</source>
        <translation>malattia</translation>
    </message>
    <message>
        <source>menstrual cycle</source>
        <translation>ciclo mestruale</translation>
    </message>
    <message>
        <source>travel</source>
        <translation>viaggio</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Adesso</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <source>Add your own trigger and press Enter</source>
        <translation>Aggiungi un tuo fattore scatenante e premi Invio</translation>
    </message>
    <message>
        <source>Anything else worth remembering</source>
        <translation>Altro che vale la pena ricordare</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>Provato</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>Sollievo</translation>
    </message>
    <message>
        <source>Add something you tried</source>
        <translation>Aggiungi qualcosa che hai provato</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Per quanto tempo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Overall pain</source>
        <translation>Dolore complessivo</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>Affaticamento</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Fattori scatenanti</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Therapies tried</source>
        <translation>Terapie provate</translation>
    </message>
    <message>
        <source>Add a therapy you tried…</source>
        <translation>Aggiungi una terapia che hai provato…</translation>
    </message>
    <message>
        <source>New episode, not saved yet</source>
        <translation>Nuovo episodio, non ancora salvato</translation>
    </message>
    <message>
        <source>Episode saved in the diary</source>
        <translation>Episodio salvato nel diario</translation>
    </message>
    <message>
        <source> — unsaved changes</source>
        <translation> — modifiche non salvate</translation>
    </message>
    <message>
        <source>How much it helped, 0 (not at all) to 10 (pain gone)</source>
        <translation>Quanto ha aiutato, da 0 (per niente) a 10 (dolore sparito)</translation>
    </message>
    <message>
        <source>Remove this therapy from the episode</source>
        <translation>Togli questa terapia dall&apos;episodio</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Togli</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the diary</source>
        <translation>Esporta il diario</translation>
    </message>
    <message>
        <source>JSON: everything, can be imported again</source>
        <translation>JSON: tutto, si può importare di nuovo</translation>
    </message>
    <message>
        <source>CSV: three tables for a spreadsheet (.zip)</source>
        <translation>CSV: tre tabelle per un foglio di calcolo (.zip)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Tutti i profili</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profilo:</translation>
    </message>
    <message>
        <source>Only episodes between two dates</source>
        <translation>Solo gli episodi tra due date</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>The export holds health data. It is saved readable by you only; keep it somewhere private.</source>
        <translation>L&apos;esportazione contiene dati sulla salute. Viene salvata leggibile solo da te; tienila in un posto riservato.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>L&apos;ultimo giorno viene prima del primo.</translation>
    </message>
</context>
<context>
    <name>FibroPanel</name>
    <message>
        <source>Day:</source>
        <translation>Giorno:</translation>
    </message>
    <message>
        <source>The areas count the marks of this day and the six days before it</source>
        <translation>Le aree contano i segni di questo giorno e dei sei giorni precedenti</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Areas (WPI)</source>
        <translation>Aree (WPI)</translation>
    </message>
    <message>
        <source>Symptoms (SSS)</source>
        <translation>Sintomi (SSS)</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Nel tempo</translation>
    </message>
    <message>
        <source>Tender points</source>
        <translation>Punti dolorabili</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Salva la valutazione</translation>
    </message>
    <message>
        <source>Save the ticked areas and the answers for this day</source>
        <translation>Salva le aree spuntate e le risposte per questo giorno</translation>
    </message>
    <message>
        <source>Lit from the pain you marked in the 7 days up to this day. Tick or untick an area if the map does not match how it was, then save.</source>
        <translation>Accese dal dolore che hai segnato nei 7 giorni fino a oggi compreso. Spunta o togli la spunta a un&apos;area se la mappa non corrisponde a com&apos;era, poi salva.</translation>
    </message>
    <message>
        <source>Jaw, chest and abdomen count in the WPI but not for generalized pain. Head, hands and feet count for no area.</source>
        <translation>Mandibola, torace e addome contano nel WPI ma non per il dolore generalizzato. Testa, mani e piedi non contano per nessuna area.</translation>
    </message>
    <message>
        <source>Over the past week, how much of a problem has each of these been?</source>
        <translation>Nell&apos;ultima settimana, quanto è stato un problema ciascuno di questi?</translation>
    </message>
    <message>
        <source>0 No problem</source>
        <translation>0 Nessun problema</translation>
    </message>
    <message>
        <source>no problem at all</source>
        <translation>nessun problema</translation>
    </message>
    <message>
        <source>1 Slight or mild</source>
        <translation>1 Lieve</translation>
    </message>
    <message>
        <source>slight or mild problems, generally mild or coming and going</source>
        <translation>problemi lievi, in genere leggeri o che vanno e vengono</translation>
    </message>
    <message>
        <source>2 Moderate</source>
        <translation>2 Moderato</translation>
    </message>
    <message>
        <source>considerable problems, often there or at a moderate level</source>
        <translation>problemi notevoli, spesso presenti o di livello moderato</translation>
    </message>
    <message>
        <source>3 Severe</source>
        <translation>3 Grave</translation>
    </message>
    <message>
        <source>constant problems that spread through the day and disturb your life</source>
        <translation>problemi continui, per tutta la giornata, che disturbano la tua vita</translation>
    </message>
    <message>
        <source>Fatigue (tiredness)</source>
        <translation>Stanchezza (affaticamento)</translation>
    </message>
    <message>
        <source>Waking up unrefreshed (tired after sleep)</source>
        <translation>Risveglio non ristoratore (stanco dopo il sonno)</translation>
    </message>
    <message>
        <source>Trouble thinking or remembering</source>
        <translation>Difficoltà a pensare o a ricordare</translation>
    </message>
    <message>
        <source>Headaches</source>
        <translation>Mal di testa</translation>
    </message>
    <message>
        <source>Pain or cramps in the lower belly</source>
        <translation>Dolore o crampi al basso ventre</translation>
    </message>
    <message>
        <source>Depression</source>
        <translation>Depressione</translation>
    </message>
    <message>
        <source>In the past 6 months, have you had:</source>
        <translation>Negli ultimi 6 mesi hai avuto:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Clear the answers</source>
        <translation>Cancella le risposte</translation>
    </message>
    <message>
        <source>Have the symptoms been at a similar level for at least 3 months?</source>
        <translation>I sintomi sono stati a un livello simile per almeno 3 mesi?</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Non so</translation>
    </message>
    <message>
        <source>The chart is drawn when you open this tab.</source>
        <translation>Il grafico viene disegnato quando apri questa scheda.</translation>
    </message>
    <message>
        <source>The 18 sites are the squares on the drawing (hover one for its name). Press each site firmly (about 4 kg, until the nail whitens) and tick it if it hurts; the 0-10 is optional.</source>
        <translation>I 18 punti sono i quadratini sul disegno (passaci sopra con il mouse per il nome). Premi ogni punto con decisione (circa 4 kg, finché l&apos;unghia sbianca) e spuntalo se fa male; il valore 0-10 è facoltativo.</translation>
    </message>
    <message>
        <source>How much it hurt when pressed, 0-10 (optional)</source>
        <translation>Quanto ha fatto male alla pressione, 0-10 (facoltativo)</translation>
    </message>
    <message>
        <source>Save exam</source>
        <translation>Salva l&apos;esame</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lettura…</translation>
    </message>
    <message>
        <source>Could not read the diary: {0}</source>
        <translation>Impossibile leggere il diario: {0}</translation>
    </message>
    <message>
        <source>Lit by: {0}</source>
        <translation>Accesa da: {0}</translation>
    </message>
    <message>
        <source>No pain marked here in these 7 days</source>
        <translation>Nessun dolore segnato qui in questi 7 giorni</translation>
    </message>
    <message>
        <source>The assessment saved for this day is shown.</source>
        <translation>È mostrata la valutazione salvata per questo giorno.</translation>
    </message>
    <message>
        <source>Not saved yet for this day.</source>
        <translation>Non ancora salvata per questo giorno.</translation>
    </message>
    <message>
        <source>No tender-point exam saved yet.</source>
        <translation>Nessun esame dei punti dolorabili salvato finora.</translation>
    </message>
    <message>
        <source>The exam saved for this day is shown: {0}/18 tender.</source>
        <translation>È mostrato l&apos;esame salvato per questo giorno: {0}/18 dolorabili.</translation>
    </message>
    <message>
        <source>Last exam: {0}, {1}/18 tender.</source>
        <translation>Ultimo esame: {0}, {1}/18 dolorabili.</translation>
    </message>
    <message numerus="yes">
        <source>You changed %n areas from what the map shows.</source>
        <translation>
            <numerusform>Hai cambiato %n area rispetto a quello che mostra la mappa.</numerusform>
            <numerusform>Hai cambiato %n aree rispetto a quello che mostra la mappa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The diary shows no pain that counts up to this day.</source>
        <translation>Il diario non mostra dolore che conti fino a questo giorno.</translation>
    </message>
    <message>
        <source>The diary shows pain since {0}: three months or more.</source>
        <translation>Il diario mostra dolore dal {0}: tre mesi o più.</translation>
    </message>
    <message>
        <source>The diary shows pain since {0}: less than three months, or the diary is younger than that.</source>
        <translation>Il diario mostra dolore dal {0}: meno di tre mesi, oppure il diario è più recente.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>non noto</translation>
    </message>
    <message>
        <source>WPI &lt;b&gt;{wpi}&lt;/b&gt;/19 &amp;nbsp;·&amp;nbsp; SSS {sss} &amp;nbsp;·&amp;nbsp; FS {fs}</source>
        <translation>WPI &lt;b&gt;{wpi}&lt;/b&gt;/19 &amp;nbsp;·&amp;nbsp; SSS {sss} &amp;nbsp;·&amp;nbsp; FS {fs}</translation>
    </message>
    <message>
        <source>Generalized pain: yes ({0} of 5 regions)</source>
        <translation>Dolore generalizzato: sì ({0} regioni su 5)</translation>
    </message>
    <message>
        <source>Generalized pain: no ({0} of 5 regions)</source>
        <translation>Dolore generalizzato: no ({0} regioni su 5)</translation>
    </message>
    <message>
        <source>Symptoms for 3 months: yes</source>
        <translation>Sintomi da 3 mesi: sì</translation>
    </message>
    <message>
        <source>Symptoms for 3 months: no</source>
        <translation>Sintomi da 3 mesi: no</translation>
    </message>
    <message>
        <source>Symptoms for 3 months: not known</source>
        <translation>Sintomi da 3 mesi: non noto</translation>
    </message>
    <message>
        <source>SSS: not known (answer the six questions; {0} of 6 so far)</source>
        <translation>SSS: non nota (rispondi alle sei domande; finora {0} su 6)</translation>
    </message>
    <message>
        <source>2016 criteria: {0}</source>
        <translation>Criteri del 2016: {0}</translation>
    </message>
    <message>
        <source>Answer all six symptom questions, or clear them to save the areas only. Nothing was saved.</source>
        <translation>Rispondi a tutte e sei le domande sui sintomi, oppure cancellale per salvare solo le aree. Non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Saved for {0}.</source>
        <translation>Salvata per il {0}.</translation>
    </message>
    <message>
        <source>The areas are the ones the map shows.</source>
        <translation>Le aree sono quelle mostrate dalla mappa.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Non salvato: {0}</translation>
    </message>
    <message>
        <source>Tender-point exam saved for {0}: {1}/18 tender.</source>
        <translation>Esame dei punti dolorabili salvato per il {0}: {1}/18 dolorabili.</translation>
    </message>
    <message>
        <source>Tender: {0}/18</source>
        <translation>Dolorabili: {0}/18</translation>
    </message>
    <message>
        <source>Tender point (ACR 1990): {0}
{1}</source>
        <translation>Punto dolorabile (ACR 1990): {0}
{1}</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>Disegno del grafico…</translation>
    </message>
    <message>
        <source>WPI, SSS and FS over time</source>
        <translation>WPI, SSS e FS nel tempo</translation>
    </message>
    <message>
        <source>WPI (0-19)</source>
        <translation>WPI (0-19)</translation>
    </message>
    <message>
        <source>SSS (0-12)</source>
        <translation>SSS (0-12)</translation>
    </message>
    <message>
        <source>FS (0-31)</source>
        <translation>FS (0-31)</translation>
    </message>
    <message>
        <source>7: with SSS 5+</source>
        <translation>7: con SSS 5+</translation>
    </message>
    <message>
        <source>4: with SSS 9+</source>
        <translation>4: con SSS 9+</translation>
    </message>
    <message>
        <source>5: with WPI 7+</source>
        <translation>5: con WPI 7+</translation>
    </message>
    <message>
        <source>9: with WPI 4-6</source>
        <translation>9: con WPI 4-6</translation>
    </message>
    <message>
        <source>No assessment saved yet</source>
        <translation>Nessuna valutazione salvata finora</translation>
    </message>
    <message>
        <source>Assessments saved: {0}. Dashed lines: the 2016 thresholds (WPI 7 or more with SSS 5 or more, or WPI 4 to 6 with SSS 9 or more).</source>
        <translation>Valutazioni salvate: {0}. Linee tratteggiate: le soglie del 2016 (WPI 7 o più con SSS 5 o più, oppure WPI da 4 a 6 con SSS 9 o più).</translation>
    </message>
</context>
<context>
    <name>HeatmapLegend</name>
    <message>
        <source>better</source>
        <extracomment>ColorBrewer YlOrRd (7 classes): lightness falls monotonically from the first to the last. Comparison colours: (fill, Qt brush pattern for the hatch).</extracomment>
        <translation>meglio</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>invariato</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>peggio</translation>
    </message>
</context>
<context>
    <name>HeatmapPanel</name>
    <message>
        <source>How often (episodes per week)</source>
        <extracomment>(values, earlier values or None) once the map has been painted. The panel came on show (True: the map is coloured) or went away (False).</extracomment>
        <translation>Quanto spesso (episodi a settimana)</translation>
    </message>
    <message>
        <source>Mean intensity</source>
        <translation>Intensità media</translation>
    </message>
    <message>
        <source>Peak intensity</source>
        <translation>Intensità massima</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Ultimi 3 mesi</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Ultimo anno</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutto</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizzato…</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Nessun confronto</translation>
    </message>
    <message>
        <source>With the period before</source>
        <translation>Con il periodo precedente</translation>
    </message>
    <message>
        <source>With the same period a year earlier</source>
        <translation>Con lo stesso periodo di un anno prima</translation>
    </message>
    <message>
        <source>Better / worse on the map</source>
        <translation>Meglio / peggio sulla mappa</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Uno accanto all&apos;altro</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>From / to</source>
        <translation>Dal / al</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Confronta</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Come</translation>
    </message>
    <message>
        <source>Earlier period</source>
        <translation>Periodo precedente</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Sto contando…</translation>
    </message>
    <message>
        <source>Could not count: {0}</source>
        <translation>Impossibile contare: {0}</translation>
    </message>
    <message>
        <source>episodes per week</source>
        <translation>episodi a settimana</translation>
    </message>
    <message>
        <source>mean intensity</source>
        <translation>intensità media</translation>
    </message>
    <message>
        <source>peak intensity</source>
        <translation>intensità massima</translation>
    </message>
    <message>
        <source>Compared with the earlier period ({0})</source>
        <translation>Confronto con il periodo precedente ({0})</translation>
    </message>
    <message>
        <source>Regions better: {0}, worse: {1}, unchanged: {2}.</source>
        <translation>Zone migliorate: {0}, peggiorate: {1}, invariate: {2}.</translation>
    </message>
    <message numerus="yes">
        <source>%n regions hurt in this period. Most: {names}</source>
        <translation>
            <numerusform>In questo periodo ha fatto male %n zona. Di più: {names}</numerusform>
            <numerusform>In questo periodo hanno fatto male %n zone. Di più: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>No episodes in this period.</source>
        <translation>Nessun episodio in questo periodo.</translation>
    </message>
    <message>
        <source>Earlier period: {0} to {1}</source>
        <translation>Periodo precedente: dal {0} al {1}</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Find a region…</source>
        <extracomment>Range choices: key -&gt; days back from now (None: everything; &quot;custom&quot;: the two date fields). Emitted after a history has been shown (for tests and the status bar).</extracomment>
        <translation>Cerca una zona…</translation>
    </message>
    <message>
        <source>Body regions</source>
        <translation>Zone del corpo</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Ultimi 3 mesi</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Ultimo anno</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutto</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizzato…</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Export this chart as a PNG image</source>
        <translation>Esporta questo grafico come immagine PNG</translation>
    </message>
    <message>
        <source>Export this chart as an SVG drawing</source>
        <translation>Esporta questo grafico come disegno SVG</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Intervallo:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Larger view</source>
        <translation>Vista ingrandita</translation>
    </message>
    <message>
        <source>Show the history in a large window of its own (again to put it back beside the map)</source>
        <translation>Mostra la storia in una finestra grande a parte (di nuovo per rimetterla accanto alla mappa)</translation>
    </message>
    <message>
        <source>Choose a region on the map or in the list.</source>
        <translation>Scegli una zona sulla mappa o nell&apos;elenco.</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodi</translation>
    </message>
    <message>
        <source>Mean intensity</source>
        <translation>Intensità media</translation>
    </message>
    <message>
        <source>Peak intensity</source>
        <translation>Intensità massima</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Quanto spesso</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensità</translation>
    </message>
    <message>
        <source>Qualities</source>
        <translation>Caratteristiche</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Muscolo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Terapia</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usata</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Meglio</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Uguale</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Peggio</translation>
    </message>
    <message>
        <source>Mean relief</source>
        <translation>Sollievo medio</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Caratteristica</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Segni</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episodio</translation>
    </message>
    <message>
        <source>Episodes touching this region</source>
        <translation>Episodi che toccano questa zona</translation>
    </message>
    <message>
        <source>Trigger points</source>
        <translation>Punti trigger</translation>
    </message>
    <message>
        <source>Therapies</source>
        <translation>Terapie</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>There is no chart to export yet.</source>
        <translation>Non c&apos;è ancora un grafico da esportare.</translation>
    </message>
    <message>
        <source>Intensity per episode</source>
        <translation>Intensità per episodio</translation>
    </message>
    <message>
        <source>episode</source>
        <translation>episodio</translation>
    </message>
    <message>
        <source>moving average ({n} episodes)</source>
        <translation>media mobile ({n} episodi)</translation>
    </message>
    <message>
        <source>No episodes in this range</source>
        <translation>Nessun episodio in questo intervallo</translation>
    </message>
    <message>
        <source>intensity (0-10)</source>
        <translation>intensità (0-10)</translation>
    </message>
    <message>
        <source>Episodes per week</source>
        <translation>Episodi a settimana</translation>
    </message>
    <message>
        <source>Episodes per month</source>
        <translation>Episodi al mese</translation>
    </message>
    <message>
        <source>Pain qualities</source>
        <translation>Caratteristiche del dolore</translation>
    </message>
    <message>
        <source>No qualities noted</source>
        <translation>Nessuna caratteristica annotata</translation>
    </message>
    <message>
        <source>Could not read the history: {0}</source>
        <translation>Impossibile leggere la storia: {0}</translation>
    </message>
    <message>
        <source>{0} a week</source>
        <translation>{0} a settimana</translation>
    </message>
    <message>
        <source>Marked here</source>
        <translation>Segnato qui</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>latent</source>
        <translation>latente</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>risolto</translation>
    </message>
    <message>
        <source>(no muscle named)</source>
        <translation>(nessun muscolo indicato)</translation>
    </message>
    <message>
        <source>none in this range</source>
        <translation>nessuno in questo intervallo</translation>
    </message>
    <message>
        <source>Muscles that can refer pain here (atlas)</source>
        <translation>Muscoli che possono riferire dolore qui (atlante)</translation>
    </message>
    <message>
        <source>how well the muscle&apos;s referral pattern fits</source>
        <translation>quanto lo schema di dolore riferito del muscolo corrisponde</translation>
    </message>
    <message>
        <source>Flare</source>
        <translation>Riacutizzazione</translation>
    </message>
    <message>
        <source>Chronic spasm / tightness</source>
        <translation>Spasmo cronico / contrattura</translation>
    </message>
    <message>
        <source>Random spasm</source>
        <translation>Spasmo improvviso</translation>
    </message>
    <message>
        <source>Everyday pain</source>
        <translation>Dolore di tutti i giorni</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Esporta il grafico</translation>
    </message>
    <message>
        <source>Choose a region first.</source>
        <translation>Prima scegli una zona.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Disegno SVG (*.svg)</translation>
    </message>
    <message>
        <source>The chart could not be saved: {0}</source>
        <translation>Non è stato possibile salvare il grafico: {0}</translation>
    </message>
</context>
<context>
    <name>LegendDialog</name>
    <message>
        <source>Symbols and tools</source>
        <translation>Simboli e strumenti</translation>
    </message>
    <message>
        <source>Pain: where it hurts, painted with the brush or a whole region filled; a plain tint with a solid edge, stronger when worse. Use it when you do not know (or do not think) that the pain comes from a trigger point.</source>
        <translation>Dolore: dove fa male, dipinto con il pennello o riempiendo un&apos;intera zona; una tinta uniforme con il bordo continuo, più intensa quando è peggio. Usalo quando non sai (o non pensi) che il dolore venga da un punto trigger.</translation>
    </message>
    <message>
        <source>Trigger point, active: it hurts by itself. The number is its intensity, 0 (no pain) to 10 (worst imaginable); the stronger the colour, the worse.</source>
        <translation>Punto trigger attivo: fa male da solo. Il numero è l&apos;intensità, da 0 (nessun dolore) a 10 (il peggiore immaginabile); più il colore è intenso, peggio è.</translation>
    </message>
    <message>
        <source>Trigger point, latent: it hurts only when pressed.</source>
        <translation>Punto trigger latente: fa male solo se premuto.</translation>
    </message>
    <message>
        <source>Trigger point, resolved: it no longer hurts.</source>
        <translation>Punto trigger risolto: non fa più male.</translation>
    </message>
    <message>
        <source>Referred-pain area: where the pain is felt, painted with the brush or a whole region filled; hatched, darker when worse.</source>
        <translation>Area di dolore riferito: dove si sente il dolore, dipinta con il pennello o riempiendo un&apos;intera zona; tratteggiata, più scura quando è peggio.</translation>
    </message>
    <message>
        <source>Pins and needles (paraesthesia): tingling or prickling, painted like pain; dotted, with a dotted edge.</source>
        <translation>Formicolio (parestesia): pizzicore o punture di spillo, si colora come il dolore; a puntini, con il bordo punteggiato.</translation>
    </message>
    <message>
        <source>Numbness: an area with less or no feeling, painted like pain; cross-hatched with the letter N.</source>
        <translation>Intorpidimento: una zona in cui senti meno o non senti niente, si colora come il dolore; a tratteggio incrociato con la lettera N.</translation>
    </message>
    <message>
        <source>P1, P2…: the number of each symptom area in this episode, P1 the one that matters most. Renumber them by dragging them in the Mark panel&apos;s list, or with Alt+Up and Alt+Down.</source>
        <translation>P1, P2…: il numero di ogni area di sintomo in questo episodio, P1 quella che conta di più. Per rinumerarle trascinale nell&apos;elenco del pannello Segno, oppure usa Alt+Su e Alt+Giù.</translation>
    </message>
    <message>
        <source>Tick: a region asked about and found clear of symptoms in this episode (the Cleared tool). A region with a symptom cannot be ticked.</source>
        <translation>Spunta: una zona su cui hai chiesto e che in questo episodio è risultata senza sintomi (lo strumento Senza sintomi). Una zona con un sintomo non si può spuntare.</translation>
    </message>
    <message>
        <source>Link: from a trigger point to the area it sends pain to.</source>
        <translation>Collegamento: da un punto trigger all&apos;area in cui manda il dolore.</translation>
    </message>
    <message>
        <source>Spasm: a chronic tight muscle or a random spasm.</source>
        <translation>Spasmo: un muscolo cronicamente contratto o uno spasmo improvviso.</translation>
    </message>
    <message>
        <source>Tender point (fibromyalgia): sore to pressure, and not the same as a trigger point.</source>
        <translation>Punto dolorabile (fibromialgia): dolente alla pressione, e non è la stessa cosa di un punto trigger.</translation>
    </message>
    <message>
        <source>Atlas: where a muscle nearly always sends pain.</source>
        <translation>Atlante: dove un muscolo manda quasi sempre il dolore.</translation>
    </message>
    <message>
        <source>Atlas: where it sometimes does.</source>
        <translation>Atlante: dove a volte lo manda.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Left and right are always the patient&apos;s&lt;/b&gt;: on the front view your right is on the left of the picture. R and L are printed on every view.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tools&lt;/b&gt; (keys): Select (S), Paint pain (A), Fill region with pain (G), Trigger point (T), Paint referred pain (B), Fill region (F), Erase (E), Spasm (P), Tender point (N), Paint pins and needles (I), Fill region with pins and needles (Shift+I), Paint numbness (U), Fill region with numbness (Shift+U), Cleared (K).&lt;/p&gt;&lt;p&gt;&lt;b&gt;The map&lt;/b&gt;: zoom with the wheel or + and -, 0 shows the whole body; move with the middle button or Space and drag; the arrow keys move between regions and Enter picks one. With a mark selected, 1 to 9 set its intensity, Delete removes it, Ctrl+Z undoes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quickest entry&lt;/b&gt;: click the spot, click its intensity, Save.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Destra e sinistra sono sempre quelle del paziente&lt;/b&gt;: nella vista di fronte la tua destra è a sinistra nell&apos;immagine. D e S sono scritte su ogni vista.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Strumenti&lt;/b&gt; (tasti): Seleziona (S), Dipingi dolore (A), Riempi zona con dolore (G), Punto trigger (T), Colora il dolore riferito (B), Riempi zona (F), Cancella (E), Spasmo (P), Punto dolorabile (N), Dipingi formicolio (I), Riempi zona con formicolio (Maiusc+I), Dipingi intorpidimento (U), Riempi zona con intorpidimento (Maiusc+U), Senza sintomi (K).&lt;/p&gt;&lt;p&gt;&lt;b&gt;La mappa&lt;/b&gt;: ingrandisci con la rotellina o con + e -, 0 mostra tutto il corpo; spostati con il tasto centrale o con Spazio e trascinando; i tasti freccia passano da una zona all&apos;altra e Invio ne sceglie una. Con un segno selezionato, da 1 a 9 ne impostano l&apos;intensità, Canc lo elimina, Ctrl+Z annulla.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Il modo più rapido&lt;/b&gt;: clicca il punto, clicca l&apos;intensità, Salva.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LogUseDialog</name>
    <message>
        <source>Log that I tried this</source>
        <extracomment>What the &quot;log it&quot; callback of :class:`LogUseDialog` returns while the write is on its way: the caller then calls :meth:`LogUseDialog.finish` or :meth:`LogUseDialog.show_error`. Cards (or rows to rate) made per piece of a drawing (see TherapyPanel._draw). The worker&apos;s pause before a drawing&apos;s next piece (seconds): without it the pieces come one right after another, and the event loop&apos;s timers wait behind them all.</extracomment>
        <translation>Annota che l&apos;ho provato</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not timed</source>
        <translation>durata non indicata</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Per quanto tempo</translation>
    </message>
    <message>
        <source>as you write it</source>
        <translation>come lo scrivi tu</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Quanto</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facoltativo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>Annota</translation>
    </message>
    <message>
        <source>Choose where you used it.</source>
        <translation>Scegli dove l&apos;hai usato.</translation>
    </message>
    <message>
        <source>That is in the future: log what you have already tried.</source>
        <translation>Questa data è nel futuro: registra quello che hai già provato.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Select</source>
        <translation>Seleziona</translation>
    </message>
    <message>
        <source>Select, move and edit marks (S)</source>
        <translation>Seleziona, sposta e modifica i segni (S)</translation>
    </message>
    <message>
        <source>Paint pain</source>
        <translation>Dipingi dolore</translation>
    </message>
    <message>
        <source>Paint where it hurts (A)</source>
        <translation>Dipingi dove fa male (A)</translation>
    </message>
    <message>
        <source>Fill region with pain</source>
        <translation>Riempi zona con dolore</translation>
    </message>
    <message>
        <source>Click a region to fill it: it hurts here (G)</source>
        <translation>Clicca una zona per riempirla: fa male qui (G)</translation>
    </message>
    <message>
        <source>Trigger point</source>
        <translation>Punto trigger</translation>
    </message>
    <message>
        <source>Click to place a trigger point (T)</source>
        <translation>Clicca per mettere un punto trigger (T)</translation>
    </message>
    <message>
        <source>Paint referred pain</source>
        <translation>Colora il dolore riferito</translation>
    </message>
    <message>
        <source>Paint the area where pain is felt (B)</source>
        <translation>Colora l&apos;area dove senti il dolore (B)</translation>
    </message>
    <message>
        <source>Fill region</source>
        <translation>Riempi zona</translation>
    </message>
    <message>
        <source>Click a region to fill it as referred pain (F)</source>
        <translation>Clicca una zona per riempirla come dolore riferito (F)</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Erase part of the selected painted area (E)</source>
        <translation>Cancella una parte dell&apos;area colorata selezionata (E)</translation>
    </message>
    <message>
        <source>Spasm</source>
        <translation>Spasmo</translation>
    </message>
    <message>
        <source>Click to mark a spasm or tight muscle (P)</source>
        <translation>Clicca per segnare uno spasmo o un muscolo contratto (P)</translation>
    </message>
    <message>
        <source>Tender point</source>
        <translation>Punto dolorabile</translation>
    </message>
    <message>
        <source>Click to mark a fibromyalgia tender point (N)</source>
        <translation>Clicca per segnare un punto dolorabile della fibromialgia (N)</translation>
    </message>
    <message>
        <source>&amp;New episode</source>
        <translation>&amp;Nuovo episodio</translation>
    </message>
    <message>
        <source>Start a new episode now</source>
        <translation>Inizia adesso un nuovo episodio</translation>
    </message>
    <message>
        <source>New from &amp;last episode</source>
        <translation>Nuovo dall&apos;&amp;ultimo episodio</translation>
    </message>
    <message>
        <source>Start a new episode with the marks of the last one</source>
        <translation>Inizia un nuovo episodio con i segni dell&apos;ultimo</translation>
    </message>
    <message>
        <source>&amp;Save episode</source>
        <translation>&amp;Salva episodio</translation>
    </message>
    <message>
        <source>Save this episode in the diary</source>
        <translation>Salva questo episodio nel diario</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Scar&amp;ta le modifiche</translation>
    </message>
    <message>
        <source>Forget the unsaved changes</source>
        <translation>Lascia perdere le modifiche non salvate</translation>
    </message>
    <message>
        <source>De&amp;lete episode…</source>
        <translation>E&amp;limina episodio…</translation>
    </message>
    <message>
        <source>Delete this episode from the diary</source>
        <translation>Elimina questo episodio dal diario</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Delete &amp;mark</source>
        <translation>Elimina &amp;segno</translation>
    </message>
    <message>
        <source>&amp;About bodymap</source>
        <translation>&amp;Informazioni su bodymap</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>Opening your diary…</source>
        <extracomment>Emitted once, when the map has been painted for the first time. Emitted once, when the diary is attached and the worker first idle (the window usable): what is not on show is prepared after this. The docks beside the map and their panels, each built when first wanted; the window lends it its names (``docks``, ``panels``, ``history_panel``...). The panels by dock name; one not built yet is built when asked for. The open diary cannot be written here (:meth:`_sync_read_only_banner`): no saving. The diary&apos;s actions are on (:meth:`_set_diary_actions_enabled`); saving also needs a writable diary. Tests replace this to answer &quot;the diary file was replaced&quot; without a dialog. Asks before File &gt; Discard forgets unsaved work (tests answer it themselves). The lock on the SQLite diary (bodymap.ui.instance), held while the window lives. Show the first-start welcome once the diary is open (set by ``app.start_main_window``; tests call :meth:`offer_welcome` themselves). This window shows the sample diary (bodymap.paths.sample_db_path): title and banner say so. No saved geometry: the program&apos;s first window (:meth:`show_at_start` maximises it).</extracomment>
        <translation>Apertura del diario…</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>Whose diary: one person each (a therapist may keep several)</source>
        <translation>Di chi è il diario: uno per persona (un terapista può tenerne diversi)</translation>
    </message>
    <message>
        <source>Ready: click the map where it hurts</source>
        <translation>Pronto: clicca sulla mappa dove fa male</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Annulla {what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Ripeti {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>PDF written: {path}</source>
        <translation>PDF scritto: {path}</translation>
    </message>
    <message>
        <source>&amp;Symbols and tools</source>
        <translation>&amp;Simboli e strumenti</translation>
    </message>
    <message>
        <source>Marking tools</source>
        <translation>Strumenti per segnare</translation>
    </message>
    <message>
        <source>Brush </source>
        <translation>Pennello </translation>
    </message>
    <message>
        <source> units</source>
        <translation> unità</translation>
    </message>
    <message>
        <source>Mark</source>
        <extracomment>Object name of the dock (kept in the saved window state) and key in ``window.docks``. Dock title, translated in the &quot;MainWindow&quot; context. Builds the panel for a window whose diary is open. The window attribute the panel is kept in (``window.therapy_panel``...). The dock this one goes behind as a tab (None: a dock of its own). Put the panel in a scroll area (panels with their own scrolling list do not want one). Shows the current person&apos;s data: it is a ``Panel`` and follows the context. Builds the same panel in pieces, for the background (:func:`pieces`): a generator yielding between pieces and returning the panel. None: the factory, in one piece. A panel being built piece by piece: each ``next()`` runs one piece; the last returns it.</extracomment>
        <translation>Segno</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episodio</translation>
    </message>
    <message>
        <source>Therapies</source>
        <translation>Terapie</translation>
    </message>
    <message>
        <source>Atlas</source>
        <translation>Atlante</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Storia</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Mappa di calore</translation>
    </message>
    <message>
        <source>Fibromyalgia</source>
        <translation>Fibromialgia</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Esiti</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Pannelli</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Diary: {where}</source>
        <translation>Diario: {where}</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>in memoria</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Dettagli…</translation>
    </message>
    <message>
        <source>The diary file was replaced</source>
        <translation>Il file del diario è stato sostituito</translation>
    </message>
    <message>
        <source>The diary file was replaced by another program (for example a restore). Your unsaved episode is kept as a draft. Reopen the diary to continue.</source>
        <translation>Il file del diario è stato sostituito da un altro programma (per esempio un ripristino). L&apos;episodio non salvato è conservato come bozza. Riapri il diario per continuare.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Riapri</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>The diary cannot be reopened</source>
        <translation>Non è possibile riaprire il diario</translation>
    </message>
    <message>
        <source>The diary was opened again</source>
        <translation>Il diario è stato riaperto</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nuova persona…</translation>
    </message>
    <message>
        <source>Paint pins and needles</source>
        <extracomment>How long quitting waits for the database worker (a running query is then left to die). The largest available screen (width, height) on which the first window starts maximised. After the diary is attached, the panels not on show are built in the background, one per turn of the event loop; this long after attaching, and again while the worker is busy. The pause between two pieces of the panels built in the background. The pause between two pieces of the first-start welcome (a timer, not a zero wait: pieces of several chains due at once run in the same turn). The marking tool the person chose last (QSettings key); the pain brush on first start. File &gt; Discard asks first, unless &quot;Don&apos;t ask again&quot; was ticked (QSettings key). Answers of &quot;the diary file was replaced&quot;.</extracomment>
        <translation>Dipingi formicolio</translation>
    </message>
    <message>
        <source>Paint where it tingles or prickles (I)</source>
        <translation>Dipingi dove formicola o punge (I)</translation>
    </message>
    <message>
        <source>Fill region with pins and needles</source>
        <translation>Riempi zona con formicolio</translation>
    </message>
    <message>
        <source>Click a region to fill it: pins and needles here (Shift+I)</source>
        <translation>Clicca una zona per riempirla: qui c&apos;è formicolio (Maiusc+I)</translation>
    </message>
    <message>
        <source>Paint numbness</source>
        <translation>Dipingi intorpidimento</translation>
    </message>
    <message>
        <source>Paint where feeling is less or gone (U)</source>
        <translation>Dipingi dove senti meno o non senti niente (U)</translation>
    </message>
    <message>
        <source>Fill region with numbness</source>
        <translation>Riempi zona con intorpidimento</translation>
    </message>
    <message>
        <source>Click a region to fill it: numb here (Shift+U)</source>
        <translation>Clicca una zona per riempirla: qui è intorpidito (Maiusc+U)</translation>
    </message>
    <message>
        <source>Cleared ✓</source>
        <translation>Senza sintomi ✓</translation>
    </message>
    <message>
        <source>Click a region asked about and found clear to tick it; click again to take the tick away (K)</source>
        <translation>Clicca una zona su cui hai chiesto e che è senza sintomi per spuntarla; clicca di nuovo per togliere la spunta (K)</translation>
    </message>
    <message>
        <source>Enter picks a region to ask about; to mark it with the keys, choose Trigger point (T), Spasm (P), Tender point (N) or a Fill tool (G, F)</source>
        <translation>Invio sceglie una zona su cui chiedere; per segnarla con i tasti scegli Punto trigger (T), Spasmo (P), Punto dolorabile (N) o uno strumento Riempi (G, F)</translation>
    </message>
    <message>
        <source>The brush paints with the mouse; to mark a region with the keys, choose Fill region with pain (G) and press Enter</source>
        <translation>Il pennello dipinge con il mouse; per segnare una zona con i tasti scegli Riempi zona con dolore (G) e premi Invio</translation>
    </message>
    <message>
        <source>This diary is read-only here: you can look at everything, but nothing can be saved. Copy the file to a folder you can write to, or ask for write access.</source>
        <translation>Questo diario qui è di sola lettura: puoi consultare tutto, ma non si può salvare nulla. Copia il file in una cartella in cui puoi scrivere, oppure chiedi il permesso di scrittura.</translation>
    </message>
    <message>
        <source>Read-only diary</source>
        <translation>Diario di sola lettura</translation>
    </message>
    <message>
        <source>Brush size for painting pain and referred pain</source>
        <translation>Grandezza del pennello per colorare il dolore e il dolore riferito</translation>
    </message>
    <message>
        <source>Undo</source>
        <extracomment>Tool bar icons (assets/icons/NAME.svg) by tool value or action; and the buttons that keep their words however narrow the window is (the rest show only the icon when the tool bar would not fit, with the words in the tool tip).</extracomment>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Pins and needles, numbness</source>
        <translation>Formicolio, intorpidimento</translation>
    </message>
    <message>
        <source>{tool}; the arrow offers pins and needles or numbness, painted or a whole region filled</source>
        <translation>{tool}; la freccia offre formicolio o intorpidimento, da dipingere o riempiendo un&apos;intera zona</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferenze…</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Benvenuto…</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Aspetto</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>Come il &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Chiaro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;curo</translation>
    </message>
    <message>
        <source>Sample data: {name}[*] — bodymap</source>
        <translation>Dati di esempio: {name}[*] — bodymap</translation>
    </message>
    <message>
        <source>{name}[*] — bodymap</source>
        <translation>{name}[*] — bodymap</translation>
    </message>
    <message>
        <source>Not saved: the date and time in &quot;When&quot; are not valid. %1</source>
        <translation>Non salvato: la data e l&apos;ora in &quot;Quando&quot; non sono valide. %1</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Scarta le modifiche</translation>
    </message>
    <message>
        <source>Forget the changes made to this episode since it was last saved?</source>
        <translation>Dimenticare le modifiche fatte a questo episodio dall&apos;ultimo salvataggio?</translation>
    </message>
    <message>
        <source>The marks and fields go back to how they were saved. This cannot be undone.</source>
        <translation>I segni e i campi tornano come erano stati salvati. Non si può annullare.</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Continua a lavorare</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>Non chiederlo più</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rinomina…</translation>
    </message>
    <message>
        <source>Remove this person…</source>
        <translation>Rimuovi questa persona…</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nuova persona</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Now showing the diary of {name}</source>
        <translation>Ora vedi il diario di {name}</translation>
    </message>
    <message>
        <source>The daily backup failed: {e}</source>
        <translation>La copia di sicurezza giornaliera non è riuscita: {e}</translation>
    </message>
    <message>
        <source>About bodymap</source>
        <translation>Informazioni su bodymap</translation>
    </message>
    <message>
        <source>&lt;h3&gt;bodymap {version}&lt;/h3&gt;&lt;p&gt;A pain diary on a drawing of the body, for people who live with fibromyalgia, chronic fatigue and myofascial pain, and for their physiotherapists.&lt;/p&gt;&lt;p&gt;Mark trigger points and the areas they send pain to, keep episodes, see what helped and print a map to take along.&lt;/p&gt;&lt;p&gt;bodymap records and suggests; it does not diagnose. Talk to your doctor about new, severe or changing pain.&lt;/p&gt;&lt;p&gt;Your diary stays on this computer: bodymap makes no network connections.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;bodymap {version}&lt;/h3&gt;&lt;p&gt;Un diario del dolore su un disegno del corpo, per chi vive con fibromialgia, stanchezza cronica e dolore miofasciale, e per i loro fisioterapisti.&lt;/p&gt;&lt;p&gt;Segna i punti trigger e le aree dove mandano il dolore, tieni traccia degli episodi, guarda cosa ti ha aiutato e stampa una mappa da portare con te.&lt;/p&gt;&lt;p&gt;bodymap registra e suggerisce; non fa diagnosi. Parla con il tuo medico di un dolore nuovo, forte o che cambia.&lt;/p&gt;&lt;p&gt;Il tuo diario resta su questo computer: bodymap non si collega a internet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sample data: made-up episodes to try bodymap with. Nothing here is about you, and your own diary is a separate file that this window does not touch.</source>
        <extracomment>QSettings key: the welcome was shown (and finished or skipped). The name a new diary gives its person (bodymap.store.service): the welcome asks for a real one.</extracomment>
        <translation>Dati di esempio: episodi inventati per provare bodymap. Niente qui riguarda te, e il tuo diario è un file separato che questa finestra non tocca.</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Dati di esempio</translation>
    </message>
    <message>
        <source>Opening this panel…</source>
        <extracomment>The panels by dock name; one not built yet is built when asked for (PanelTable). Panel attribute (``therapy_panel``...) -&gt; dock name, once the docks are made. A built panel is an attribute of the window, so only the unbuilt ones are asked for. Panels begun in the background: their pieces still to run, or the panel made. The person&apos;s layout is being restored: a dock coming on show builds nothing yet.</extracomment>
        <translation>Apertura del pannello…</translation>
    </message>
</context>
<context>
    <name>MarkPanel</name>
    <message>
        <source>aching</source>
        <translation>indolenzito</translation>
    </message>
    <message>
        <source>burning</source>
        <translation>bruciante</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>formicolante</translation>
    </message>
    <message>
        <source>stabbing</source>
        <translation>trafittivo</translation>
    </message>
    <message>
        <source>throbbing</source>
        <translation>pulsante</translation>
    </message>
    <message>
        <source>cramping</source>
        <translation>crampiforme</translation>
    </message>
    <message>
        <source>numb</source>
        <translation>intorpidito</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>tensione / contrattura</translation>
    </message>
    <message>
        <source>shooting</source>
        <translation>a fitta che si irradia</translation>
    </message>
    <message>
        <source>sharp</source>
        <translation>pungente</translation>
    </message>
    <message>
        <source>dull</source>
        <translation>sordo</translation>
    </message>
    <message>
        <source>tender</source>
        <translation>dolente al tocco</translation>
    </message>
    <message>
        <source>heavy</source>
        <translation>pesante</translation>
    </message>
    <message>
        <source>electric</source>
        <translation>a scossa elettrica</translation>
    </message>
    <message>
        <source>trigger point</source>
        <extracomment>The kinds&apos; names, translated by ``MarkPanel.tr`` where they are shown.</extracomment>
        <translation>punto trigger</translation>
    </message>
    <message>
        <source>referred-pain area</source>
        <translation>area di dolore riferito</translation>
    </message>
    <message>
        <source>spasm</source>
        <translation>spasmo</translation>
    </message>
    <message>
        <source>tender point</source>
        <translation>punto dolorabile</translation>
    </message>
    <message>
        <source>pain area</source>
        <translation>area di dolore</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Stare seduti</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stare in piedi</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Camminare</translation>
    </message>
    <message>
        <source>Bending</source>
        <translation>Piegarsi</translation>
    </message>
    <message>
        <source>Lifting</source>
        <translation>Sollevare pesi</translation>
    </message>
    <message>
        <source>Stairs</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Reaching up</source>
        <translation>Alzare le braccia</translation>
    </message>
    <message>
        <source>Screen work</source>
        <translation>Lavoro al computer</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>Guidare</translation>
    </message>
    <message>
        <source>Lying down</source>
        <translation>Stare sdraiati</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Freddo</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>Poor sleep</source>
        <translation>Dormire male</translation>
    </message>
    <message>
        <source>Coughing, sneezing</source>
        <translation>Tossire, starnutire</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Riposo</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Caldo</translation>
    </message>
    <message>
        <source>Gentle movement</source>
        <translation>Movimento leggero</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Allungamento</translation>
    </message>
    <message>
        <source>Changing position</source>
        <translation>Cambiare posizione</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Massaggio</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Farmaci</translation>
    </message>
    <message>
        <source>Relaxation</source>
        <translation>Rilassamento</translation>
    </message>
    <message>
        <source>Worse in the morning</source>
        <translation>Peggio al mattino</translation>
    </message>
    <message>
        <source>Worse in the evening</source>
        <translation>Peggio la sera</translation>
    </message>
    <message>
        <source>Worse at night</source>
        <translation>Peggio di notte</translation>
    </message>
    <message>
        <source>Worse after activity</source>
        <translation>Peggio dopo l&apos;attività</translation>
    </message>
    <message>
        <source>Taut band</source>
        <translation>Banda tesa</translation>
    </message>
    <message>
        <source>Spot tenderness</source>
        <translation>Dolorabilità puntiforme</translation>
    </message>
    <message>
        <source>Pain recognised as their own</source>
        <translation>Dolore riconosciuto come il proprio</translation>
    </message>
    <message>
        <source>Referred pain on pressure</source>
        <translation>Dolore riferito alla pressione</translation>
    </message>
    <message>
        <source>Local twitch response</source>
        <translation>Risposta contrattile locale</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>latent</source>
        <translation>latente</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>risolto</translation>
    </message>
    <message>
        <source>Click the map to mark where it hurts. Pick a tool above the map.</source>
        <extracomment>The parts of :class:`MarkPanel`&apos;s editor (made by ``build_editor``, asked for by tests). A mark picked in the list lives in this view: show it.</extracomment>
        <translation>Clicca sulla mappa per segnare dove fa male. Scegli uno strumento sopra la mappa.</translation>
    </message>
    <message>
        <source>0 no pain · 5 moderate · 10 worst imaginable</source>
        <extracomment>Where the editor goes in the layout, once it is made.</extracomment>
        <translation>0 nessun dolore · 5 moderato · 10 il peggiore immaginabile</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Active: it hurts by itself</source>
        <translation>Attivo: fa male da solo</translation>
    </message>
    <message>
        <source>Latent</source>
        <translation>Latente</translation>
    </message>
    <message>
        <source>Latent: it hurts only when pressed</source>
        <translation>Latente: fa male solo se premuto</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <source>Resolved: it no longer hurts</source>
        <translation>Risolto: non fa più male</translation>
    </message>
    <message>
        <source>Chronic tightness</source>
        <translation>Contrattura cronica</translation>
    </message>
    <message>
        <source>Random spasm</source>
        <translation>Spasmo improvviso</translation>
    </message>
    <message>
        <source>Which muscle this trigger point is in: stays &quot;Not sure&quot; until you pick one. The muscles listed first are the likely ones here, a guess to check, not a finding.</source>
        <translation>In quale muscolo si trova questo punto trigger: resta «Non so» finché non ne scegli uno. I primi muscoli dell&apos;elenco sono quelli probabili qui: un&apos;ipotesi da verificare, non un risultato.</translation>
    </message>
    <message>
        <source>The trigger point this pain comes from</source>
        <translation>Il punto trigger da cui viene questo dolore</translation>
    </message>
    <message>
        <source>Muscles whose trigger points send pain here. Double-click to link.</source>
        <translation>Muscoli i cui punti trigger mandano dolore qui. Doppio clic per collegare.</translation>
    </message>
    <message>
        <source>A note about this spot</source>
        <translation>Una nota su questo punto</translation>
    </message>
    <message>
        <source>Delete mark</source>
        <translation>Elimina il segno</translation>
    </message>
    <message>
        <source>Use the suggestion</source>
        <translation>Usa il suggerimento</translation>
    </message>
    <message>
        <source>Set the state the examination suggests (pain recognised = active)</source>
        <translation>Imposta lo stato suggerito dall&apos;esame (dolore riconosciuto = attivo)</translation>
    </message>
    <message>
        <source>Earlier in the numbering: P2 becomes P1 (Alt+Up)</source>
        <translation>Prima nella numerazione: P2 diventa P1 (Alt+Su)</translation>
    </message>
    <message>
        <source>Later in the numbering: P1 becomes P2 (Alt+Down)</source>
        <translation>Dopo nella numerazione: P1 diventa P2 (Alt+Giù)</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensità</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Spasm</source>
        <translation>Spasmo</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Muscolo</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Viene da</translation>
    </message>
    <message>
        <source>Could be caused by</source>
        <translation>Potrebbe essere causato da</translation>
    </message>
    <message>
        <source>Feels</source>
        <translation>Come lo senti</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Body chart</source>
        <translation>Schema corporeo</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Costante</translation>
    </message>
    <message>
        <source>Comes and goes</source>
        <translation>Va e viene</translation>
    </message>
    <message>
        <source>Constant: always there, stronger or weaker. Comes and goes: there are times with none at all.</source>
        <translation>Costante: c&apos;è sempre, più o meno forte. Va e viene: ci sono momenti in cui non c&apos;è per niente.</translation>
    </message>
    <message>
        <source>Superficial</source>
        <translation>Superficiale</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>Profondo</translation>
    </message>
    <message>
        <source>Superficial: at the skin, easy to point to. Deep: inside, hard to pin down.</source>
        <translation>Superficiale: sulla pelle, facile da indicare. Profondo: dentro, difficile da localizzare.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>How long the stiffness lasts after getting up</source>
        <translation>Quanto dura la rigidità dopo che ti alzi</translation>
    </message>
    <message>
        <source>Another symptom that brings this one on (P2 comes when P1 is worse)</source>
        <translation>Un altro sintomo che provoca questo (P2 arriva quando P1 peggiora)</translation>
    </message>
    <message>
        <source>Comes</source>
        <translation>Andamento</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondità</translation>
    </message>
    <message>
        <source>In 24 hours</source>
        <translation>Nelle 24 ore</translation>
    </message>
    <message>
        <source>Morning stiffness</source>
        <translation>Rigidità mattutina</translation>
    </message>
    <message>
        <source>Brought on by</source>
        <translation>Provocato da</translation>
    </message>
    <message>
        <source>Worse with</source>
        <translation>Peggiora con</translation>
    </message>
    <message>
        <source>Anything else that makes it worse</source>
        <translation>Altro che lo fa peggiorare</translation>
    </message>
    <message>
        <source>Better with</source>
        <translation>Migliora con</translation>
    </message>
    <message>
        <source>Anything else that eases it</source>
        <translation>Altro che lo allevia</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Esame</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Non valutato</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non misurata</translation>
    </message>
    <message>
        <source> kg/cm²</source>
        <translation> kg/cm²</translation>
    </message>
    <message>
        <source>Pressure-pain threshold measured with an algometer (optional)</source>
        <translation>Soglia del dolore alla pressione misurata con l&apos;algometro (facoltativa)</translation>
    </message>
    <message>
        <source>Pressure-pain threshold</source>
        <translation>Soglia del dolore alla pressione</translation>
    </message>
    <message>
        <source>What the examiner found: observations, not a diagnosis.</source>
        <translation>Quello che ha trovato chi ha fatto l&apos;esame: osservazioni, non una diagnosi.</translation>
    </message>
    <message>
        <source>Every mark of this episode; pick one to edit it. Drag the symptom areas (or Alt+Up, Alt+Down) to number them P1, P2…</source>
        <translation>Tutti i segni di questo episodio; scegline uno per modificarlo. Trascina le aree dei sintomi (o usa Alt+Su, Alt+Giù) per numerarle P1, P2…</translation>
    </message>
    <message>
        <source>Change constant or intermittent</source>
        <translation>Cambia costante o intermittente</translation>
    </message>
    <message>
        <source>Change depth</source>
        <translation>Cambia profondità</translation>
    </message>
    <message>
        <source>Change 24-hour pattern</source>
        <translation>Cambia andamento nelle 24 ore</translation>
    </message>
    <message>
        <source>Change what makes it worse</source>
        <translation>Cambia cosa lo fa peggiorare</translation>
    </message>
    <message>
        <source>Change what eases it</source>
        <translation>Cambia cosa lo allevia</translation>
    </message>
    <message>
        <source>Edit what makes it worse</source>
        <translation>Modifica cosa lo fa peggiorare</translation>
    </message>
    <message>
        <source>Edit what eases it</source>
        <translation>Modifica cosa lo allevia</translation>
    </message>
    <message>
        <source>The state follows “pain recognised as their own”: yes = active, no = latent.</source>
        <translation>Lo stato segue “dolore riconosciuto come il proprio”: sì = attivo, no = latente.</translation>
    </message>
    <message>
        <source>Change morning stiffness</source>
        <translation>Cambia rigidità mattutina</translation>
    </message>
    <message>
        <source>Change pressure-pain threshold</source>
        <translation>Cambia soglia del dolore alla pressione</translation>
    </message>
    <message>
        <source>Change brought on by</source>
        <translation>Cambia da cosa è provocato</translation>
    </message>
    <message>
        <source>Change examination finding</source>
        <translation>Cambia reperto dell&apos;esame</translation>
    </message>
    <message>
        <source>Use the suggested state</source>
        <translation>Usa lo stato suggerito</translation>
    </message>
    <message>
        <source>&lt;b&gt;Marks in this episode&lt;/b&gt; ({n})</source>
        <translation>&lt;b&gt;Segni in questo episodio&lt;/b&gt; ({n})</translation>
    </message>
    <message>
        <source>No mark selected</source>
        <translation>Nessun segno selezionato</translation>
    </message>
    <message>
        <source>off the regions</source>
        <translation>fuori dalle zone</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> e altre {n}</translation>
    </message>
    <message>
        <source>P{n} of {total}</source>
        <translation>P{n} di {total}</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>nessuno indicato</translation>
    </message>
    <message>
        <source>Nothing else</source>
        <translation>Nient&apos;altro</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) recorded</source>
        <translation>
            <numerusform>%n reperto registrato</numerusform>
            <numerusform>%n reperti registrati</numerusform>
        </translation>
    </message>
    <message>
        <source>not examined</source>
        <translation>non esaminato</translation>
    </message>
    <message>
        <source>Suggested by the examination: {state}.</source>
        <translation>Suggerito dall&apos;esame: {state}.</translation>
    </message>
    <message>
        <source>Set to {chosen} by you; the examination suggests {suggested}.</source>
        <translation>Impostato da te su {chosen}; l&apos;esame suggerisce {suggested}.</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Non so</translation>
    </message>
    <message>
        <source>{name} (its trigger point is here)</source>
        <translation>{name} (il suo punto trigger è qui)</translation>
    </message>
    <message>
        <source>{name} (its trigger point is close by)</source>
        <translation>{name} (il suo punto trigger è qui vicino)</translation>
    </message>
    <message>
        <source>{name} (could send pain here)</source>
        <translation>{name} (può mandare dolore qui)</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Non collegato</translation>
    </message>
    <message>
        <source>{name} — you marked it: double-click to link</source>
        <translation>{name} — l&apos;hai segnato: doppio clic per collegare</translation>
    </message>
    <message>
        <source>{name} — check: {where}</source>
        <translation>{name} — controlla: {where}</translation>
    </message>
    <message>
        <source>Add trigger point and link</source>
        <translation>Aggiungi il punto trigger e collega</translation>
    </message>
    <message>
        <source>pins and needles</source>
        <translation>formicolio</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>intorpidimento</translation>
    </message>
</context>
<context>
    <name>MarkingController</name>
    <message>
        <source>Take tick away</source>
        <extracomment>Atlas sites this close (map units) to a new trigger point are offered first. The tool changed (Tool value string). The selected mark changed (uuid or &quot;&quot; for none). With the select tool, a region was clicked where there is no mark (view, region id): the atlas and the history use it. A line for the status bar (why a click did nothing, what a tick did). Every view by id; the map widget&apos;s :class:`MapViews` makes a close-up view when it is looked up (a mark drawn there), and this controller connects each view as it is made.</extracomment>
        <translation>Togli la spunta</translation>
    </message>
    <message>
        <source>The tick on {regions} was taken away: there is a symptom there now</source>
        <translation>La spunta su {regions} è stata tolta: ora lì c&apos;è un sintomo</translation>
    </message>
    <message>
        <source>{region}: tick taken away</source>
        <translation>{region}: spunta tolta</translation>
    </message>
    <message>
        <source>{region} has a symptom in this episode, so it cannot be ticked as clear</source>
        <translation>{region} ha un sintomo in questo episodio, quindi non si può spuntare come libera</translation>
    </message>
    <message>
        <source>Tick region as clear</source>
        <translation>Spunta la zona come libera</translation>
    </message>
    <message>
        <source>{region}: asked about and clear (ticked)</source>
        <translation>{region}: chiesto, nessun sintomo (spuntata)</translation>
    </message>
    <message>
        <source>Renumber symptoms</source>
        <translation>Rinumera i sintomi</translation>
    </message>
</context>
<context>
    <name>MarksLayer</name>
    <message>
        <source>Asked about and clear</source>
        <extracomment>Tints of regions marked in another view: above the body and the heat map, under the marks. Mark kinds drawn as painted areas (the brush and the region fill make them). The tick of a region asked about and found clear (bluish green, darkened for contrast). Map units between the dots of pins and needles and between the lines of the numbness hatch. On screen a point symbol is never drawn smaller than this radius (pixels), however far the map is zoomed out; zoomed in, it grows with the map. The P-number badges: screen pixels (they keep their size whatever the zoom).</extracomment>
        <translation>Chiesto: nessun sintomo</translation>
    </message>
    <message>
        <source>from the trigger point {muscle} ({view})</source>
        <extracomment>Areas are large; they only take clicks in the select tool, so that a trigger point can be placed on top of a painted area. Point-symbol enlargement per view (see symbol_scale), set by the controller. The P-number badges (uuid -&gt; badge) and the ticks ((view, region) -&gt; tick).</extracomment>
        <translation>dal punto trigger {muscle} ({view})</translation>
    </message>
    <message>
        <source>Marked in another view of the body</source>
        <translation>Segnato in un&apos;altra vista del corpo</translation>
    </message>
</context>
<context>
    <name>OutcomesPanel</name>
    <message>
        <source>Very much improved</source>
        <extracomment>The seven steps of the PGIC in the usual wording, NINDS numbering (translated by ``OutcomesPanel.tr``).</extracomment>
        <translation>Molto migliorato</translation>
    </message>
    <message>
        <source>Much improved</source>
        <translation>Migliorato</translation>
    </message>
    <message>
        <source>Minimally improved</source>
        <translation>Lievemente migliorato</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Nessun cambiamento</translation>
    </message>
    <message>
        <source>Minimally worse</source>
        <translation>Lievemente peggiorato</translation>
    </message>
    <message>
        <source>Much worse</source>
        <translation>Peggiorato</translation>
    </message>
    <message>
        <source>Very much worse</source>
        <translation>Molto peggiorato</translation>
    </message>
    <message>
        <source>Patient-Specific Functional Scale (PSFS)</source>
        <extracomment>A chart only when an activity has at least this many ratings: one point is no trend. A matplotlib Figure of the ratings over time, or None (fewer than two points each). The data has been drawn (for tests): the OutcomesData. Tests answer the questions of rename / delete themselves.</extracomment>
        <translation>Scala funzionale specifica per il paziente (PSFS)</translation>
    </message>
    <message>
        <source>Up to five activities that are hard because of the problem. Rate each from 0 (unable to do it) to 10 (able to do it as well as before the problem), and rate the same ones again at later visits.</source>
        <translation>Fino a cinque attività che il problema rende difficili. Dai a ciascuna un voto da 0 (non riesco a farla) a 10 (la faccio bene come prima del problema) e rivaluta le stesse alle visite successive.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>An activity, e.g. carrying shopping</source>
        <translation>Un&apos;attività, per esempio portare la spesa</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Aggiungi attività</translation>
    </message>
    <message>
        <source>Patient Global Impression of Change (PGIC)</source>
        <translation>Impressione globale di cambiamento del paziente (PGIC)</translation>
    </message>
    <message>
        <source>Since starting treatment, how would you describe the change in your condition?</source>
        <translation>Da quando hai iniziato il trattamento, come descriveresti il cambiamento della tua condizione?</translation>
    </message>
    <message>
        <source>{n} — {text}</source>
        <translation>{n} — {text}</translation>
    </message>
    <message>
        <source>Numbering as on the NINDS form: 1 = very much improved, 4 = no change, 7 = very much worse.</source>
        <translation>Numerazione come nel modulo NINDS: 1 = molto migliorato, 4 = nessun cambiamento, 7 = molto peggiorato.</translation>
    </message>
    <message>
        <source>A note (optional)</source>
        <translation>Una nota (facoltativa)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Save impression of change</source>
        <translation>Salva l&apos;impressione di cambiamento</translation>
    </message>
    <message>
        <source>0 unable · 10 as before</source>
        <translation>0 non riesco · 10 come prima</translation>
    </message>
    <message>
        <source>{name} (no longer rated)</source>
        <translation>{name} (non più valutata)</translation>
    </message>
    <message>
        <source>0 unable to do it · 10 as well as before the problem</source>
        <translation>0 non riesco a farla · 10 bene come prima del problema</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Save this rating for the day chosen above</source>
        <translation>Salva questo voto per il giorno scelto sopra</translation>
    </message>
    <message>
        <source>Rename, stop rating or delete this activity</source>
        <translation>Rinomina, smetti di valutare o elimina questa attività</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rinomina…</translation>
    </message>
    <message>
        <source>Stop rating it (keep its ratings)</source>
        <translation>Smetti di valutarla (i voti restano)</translation>
    </message>
    <message>
        <source>Delete it and its ratings…</source>
        <translation>Eliminala con i suoi voti…</translation>
    </message>
    <message>
        <source>No activity named yet: name one below.</source>
        <translation>Nessuna attività ancora: scrivine una qui sotto.</translation>
    </message>
    <message>
        <source>Five activities are in use: stop rating one to name another.</source>
        <translation>Ci sono già cinque attività: smetti di valutarne una per aggiungerne un&apos;altra.</translation>
    </message>
    <message>
        <source>{mean} on {day}</source>
        <translation>{mean} il {day}</translation>
    </message>
    <message>
        <source>PSFS score (the mean of the day&apos;s ratings): {scores}</source>
        <translation>Punteggio PSFS (media dei voti del giorno): {scores}</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>non ancora valutata</translation>
    </message>
    <message>
        <source>{score} on {day}</source>
        <translation>{score} il {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier rating(s) … </source>
        <translation>
            <numerusform>%n voto precedente … </numerusform>
            <numerusform>%n voti precedenti … </numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: {n} — {text}</source>
        <translation>{day}: {n} — {text}</translation>
    </message>
    <message>
        <source>Name the activity first.</source>
        <translation>Prima scrivi il nome dell&apos;attività.</translation>
    </message>
    <message>
        <source>Activity added: rate it now or at the next visit.</source>
        <translation>Attività aggiunta: valutala ora o alla prossima visita.</translation>
    </message>
    <message>
        <source>Rating saved: {score} on {day}.</source>
        <translation>Voto salvato: {score} il {day}.</translation>
    </message>
    <message>
        <source>Rename activity</source>
        <translation>Rinomina attività</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuovo nome:</translation>
    </message>
    <message>
        <source>Activity renamed.</source>
        <translation>Attività rinominata.</translation>
    </message>
    <message>
        <source>No longer rated; its ratings are kept.</source>
        <translation>Non più valutata; i suoi voti restano.</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Elimina attività</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{name}” and its %n rating(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Eliminare “{name}” e il suo %n voto? Non si può annullare.</numerusform>
            <numerusform>Eliminare “{name}” e i suoi %n voti? Non si può annullare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity deleted.</source>
        <translation>Attività eliminata.</translation>
    </message>
    <message>
        <source>Choose one of the seven answers first.</source>
        <translation>Prima scegli una delle sette risposte.</translation>
    </message>
    <message>
        <source>Impression of change saved for {day}.</source>
        <translation>Impressione di cambiamento salvata per il {day}.</translation>
    </message>
    <message>
        <source>Delete this answer</source>
        <translation>Elimina questa risposta</translation>
    </message>
    <message>
        <source>Answer deleted.</source>
        <translation>Risposta eliminata.</translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <source>Rename person</source>
        <extracomment>Something to tell in the status bar. The person was renamed (the new ProfileRecord). A person was removed (their ProfileRecord) and the backup made first (its path).</extracomment>
        <translation>Rinomina persona</translation>
    </message>
    <message>
        <source>New name for {name}:</source>
        <translation>Nuovo nome per {name}:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <source>Renamed to {name}</source>
        <translation>Nome cambiato in {name}</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Rimuovi persona</translation>
    </message>
    <message>
        <source>{name} is the only person in this diary, and a diary keeps at least one. You can rename them instead.</source>
        <translation>{name} è l&apos;unica persona in questo diario, e un diario ne deve avere almeno una. Puoi invece rinominarla.</translation>
    </message>
    <message numerus="yes">
        <source>Remove {name} and their %n episode(s) from this diary?</source>
        <translation>
            <numerusform>Rimuovere {name} e il suo %n episodio da questo diario?</numerusform>
            <numerusform>Rimuovere {name} e i suoi %n episodi da questo diario?</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything recorded for {name} goes with them: episodes and marks, therapies used, assessments, PSFS and PGIC. A backup of the whole diary is made first, so it can be restored (File &gt; Restore).</source>
        <translation>Insieme vengono rimossi tutti i dati registrati per {name}: episodi e segni, terapie usate, valutazioni, PSFS e PGIC. Prima viene fatta una copia di sicurezza di tutto il diario, così si può ripristinare (File &gt; Ripristina da una copia di sicurezza).</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Rimuovi {name}</translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation>Tieni {name}</translation>
    </message>
    <message>
        <source>Nothing was removed</source>
        <translation>Non è stato rimosso niente</translation>
    </message>
    <message>
        <source>{name} was removed. The backup made first: {path}</source>
        <translation>Hai rimosso {name}. La copia di sicurezza fatta prima: {path}</translation>
    </message>
    <message>
        <source>Nothing was removed: {why}</source>
        <translation>Non è stato rimosso niente: {why}</translation>
    </message>
</context>
<context>
    <name>PersonDetailsDialog</name>
    <message>
        <source>Fibromyalgia</source>
        <extracomment>The spin box value that means &quot;not given&quot; (shown as words).</extracomment>
        <translation>Fibromialgia</translation>
    </message>
    <message>
        <source>ME/CFS (chronic fatigue syndrome)</source>
        <translation>ME/CFS (sindrome da fatica cronica)</translation>
    </message>
    <message>
        <source>Myofascial pain (trigger points)</source>
        <translation>Dolore miofasciale (punti trigger)</translation>
    </message>
    <message>
        <source>About this person</source>
        <translation>Informazioni sulla persona</translation>
    </message>
    <message>
        <source>Both are optional. The year of birth lets bodymap raise the warning signs that depend on age; the conditions shape the advice in the Therapies panel.</source>
        <translation>Entrambi sono facoltativi. L&apos;anno di nascita permette a bodymap di segnalare i campanelli d&apos;allarme che dipendono dall&apos;età; le condizioni orientano i consigli del pannello Terapie.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <source>Year of birth (optional)</source>
        <translation>Anno di nascita (facoltativo)</translation>
    </message>
    <message>
        <source>Lives with</source>
        <translation>Convive con</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Come il sistema ({language})</translation>
    </message>
    <message>
        <source>The new language is used the next time you start bodymap.</source>
        <translation>La nuova lingua si usa dal prossimo avvio di bodymap.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Cerca in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Tipo di file:</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>Achilles tendon (back of the ankle) (left)</source>
        <translation>Tendine d&apos;Achille (dietro la caviglia) (sinistro)</translation>
    </message>
    <message>
        <source>Achilles tendon (back of the ankle) (right)</source>
        <translation>Tendine d&apos;Achille (dietro la caviglia) (destro)</translation>
    </message>
    <message>
        <source>Armpit (left)</source>
        <translation>Ascella (sinistra)</translation>
    </message>
    <message>
        <source>Armpit (right)</source>
        <translation>Ascella (destra)</translation>
    </message>
    <message>
        <source>Back of the elbow (elbow point) (left)</source>
        <translation>Parte posteriore del gomito (punta del gomito) (sinistro)</translation>
    </message>
    <message>
        <source>Back of the elbow (elbow point) (right)</source>
        <translation>Parte posteriore del gomito (punta del gomito) (destro)</translation>
    </message>
    <message>
        <source>Back of the forearm (left)</source>
        <translation>Parte posteriore dell&apos;avambraccio (sinistro)</translation>
    </message>
    <message>
        <source>Back of the forearm (right)</source>
        <translation>Parte posteriore dell&apos;avambraccio (destro)</translation>
    </message>
    <message>
        <source>Back of the hand (left)</source>
        <translation>Dorso della mano (sinistra)</translation>
    </message>
    <message>
        <source>Back of the hand (right)</source>
        <translation>Dorso della mano (destra)</translation>
    </message>
    <message>
        <source>Back of the head</source>
        <translation>Parte posteriore della testa</translation>
    </message>
    <message>
        <source>Back of the knee (left)</source>
        <translation>Parte posteriore del ginocchio (sinistro)</translation>
    </message>
    <message>
        <source>Back of the knee (right)</source>
        <translation>Parte posteriore del ginocchio (destro)</translation>
    </message>
    <message>
        <source>Back of the neck (left)</source>
        <translation>Parte posteriore del collo (sinistra)</translation>
    </message>
    <message>
        <source>Back of the neck (right)</source>
        <translation>Parte posteriore del collo (destra)</translation>
    </message>
    <message>
        <source>Back of the shoulder (left)</source>
        <translation>Parte posteriore della spalla (sinistra)</translation>
    </message>
    <message>
        <source>Back of the shoulder (right)</source>
        <translation>Parte posteriore della spalla (destra)</translation>
    </message>
    <message>
        <source>Back of the thigh (left)</source>
        <translation>Parte posteriore della coscia (sinistra)</translation>
    </message>
    <message>
        <source>Back of the thigh (right)</source>
        <translation>Parte posteriore della coscia (destra)</translation>
    </message>
    <message>
        <source>Back of the upper arm (left)</source>
        <translation>Parte posteriore del braccio (sinistro)</translation>
    </message>
    <message>
        <source>Back of the upper arm (right)</source>
        <translation>Parte posteriore del braccio (destro)</translation>
    </message>
    <message>
        <source>Back of the wrist (left)</source>
        <translation>Parte posteriore del polso (sinistro)</translation>
    </message>
    <message>
        <source>Back of the wrist (right)</source>
        <translation>Parte posteriore del polso (destro)</translation>
    </message>
    <message>
        <source>Base of the skull (left)</source>
        <translation>Base del cranio (sinistra)</translation>
    </message>
    <message>
        <source>Base of the skull (right)</source>
        <translation>Base del cranio (destra)</translation>
    </message>
    <message>
        <source>Belly button</source>
        <translation>Ombelico</translation>
    </message>
    <message>
        <source>Between the shoulder blades (left)</source>
        <translation>Tra le scapole (sinistra)</translation>
    </message>
    <message>
        <source>Between the shoulder blades (right)</source>
        <translation>Tra le scapole (destra)</translation>
    </message>
    <message>
        <source>Breastbone</source>
        <translation>Sterno</translation>
    </message>
    <message>
        <source>Buttock (left)</source>
        <translation>Gluteo (sinistro)</translation>
    </message>
    <message>
        <source>Buttock (right)</source>
        <translation>Gluteo (destro)</translation>
    </message>
    <message>
        <source>Calf (left)</source>
        <translation>Polpaccio (sinistro)</translation>
    </message>
    <message>
        <source>Calf (right)</source>
        <translation>Polpaccio (destro)</translation>
    </message>
    <message>
        <source>Cheek (left)</source>
        <translation>Guancia (sinistra)</translation>
    </message>
    <message>
        <source>Cheek (right)</source>
        <translation>Guancia (destra)</translation>
    </message>
    <message>
        <source>Chest / breast (left)</source>
        <translation>Petto / seno (sinistro)</translation>
    </message>
    <message>
        <source>Chest / breast (right)</source>
        <translation>Petto / seno (destro)</translation>
    </message>
    <message>
        <source>Chin</source>
        <translation>Mento</translation>
    </message>
    <message>
        <source>Ear (left)</source>
        <translation>Orecchio (sinistro)</translation>
    </message>
    <message>
        <source>Ear (right)</source>
        <translation>Orecchio (destro)</translation>
    </message>
    <message>
        <source>Eye socket (left)</source>
        <translation>Orbita (sinistra)</translation>
    </message>
    <message>
        <source>Eye socket (right)</source>
        <translation>Orbita (destra)</translation>
    </message>
    <message>
        <source>Eyebrow (left)</source>
        <translation>Sopracciglio (sinistro)</translation>
    </message>
    <message>
        <source>Eyebrow (right)</source>
        <translation>Sopracciglio (destro)</translation>
    </message>
    <message>
        <source>Fingers (back) (left)</source>
        <translation>Dita, dorso (mano sinistra)</translation>
    </message>
    <message>
        <source>Fingers (back) (right)</source>
        <translation>Dita, dorso (mano destra)</translation>
    </message>
    <message>
        <source>Fingers (palm side) (left)</source>
        <translation>Dita, lato del palmo (mano sinistra)</translation>
    </message>
    <message>
        <source>Fingers (palm side) (right)</source>
        <translation>Dita, lato del palmo (mano destra)</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Fronte</translation>
    </message>
    <message>
        <source>Front of the ankle (left)</source>
        <translation>Parte anteriore della caviglia (sinistra)</translation>
    </message>
    <message>
        <source>Front of the ankle (right)</source>
        <translation>Parte anteriore della caviglia (destra)</translation>
    </message>
    <message>
        <source>Front of the elbow (elbow crease) (left)</source>
        <translation>Parte anteriore del gomito (piega del gomito) (sinistro)</translation>
    </message>
    <message>
        <source>Front of the elbow (elbow crease) (right)</source>
        <translation>Parte anteriore del gomito (piega del gomito) (destro)</translation>
    </message>
    <message>
        <source>Front of the forearm (left)</source>
        <translation>Parte anteriore dell&apos;avambraccio (sinistro)</translation>
    </message>
    <message>
        <source>Front of the forearm (right)</source>
        <translation>Parte anteriore dell&apos;avambraccio (destro)</translation>
    </message>
    <message>
        <source>Front of the knee (left)</source>
        <translation>Parte anteriore del ginocchio (sinistro)</translation>
    </message>
    <message>
        <source>Front of the knee (right)</source>
        <translation>Parte anteriore del ginocchio (destro)</translation>
    </message>
    <message>
        <source>Front of the neck</source>
        <translation>Parte anteriore del collo</translation>
    </message>
    <message>
        <source>Front of the shoulder (left)</source>
        <translation>Parte anteriore della spalla (sinistra)</translation>
    </message>
    <message>
        <source>Front of the shoulder (right)</source>
        <translation>Parte anteriore della spalla (destra)</translation>
    </message>
    <message>
        <source>Front of the thigh (left)</source>
        <translation>Parte anteriore della coscia (sinistra)</translation>
    </message>
    <message>
        <source>Front of the thigh (right)</source>
        <translation>Parte anteriore della coscia (destra)</translation>
    </message>
    <message>
        <source>Front of the upper arm (left)</source>
        <translation>Parte anteriore del braccio (sinistro)</translation>
    </message>
    <message>
        <source>Front of the upper arm (right)</source>
        <translation>Parte anteriore del braccio (destro)</translation>
    </message>
    <message>
        <source>Front of the wrist (left)</source>
        <translation>Parte anteriore del polso (sinistro)</translation>
    </message>
    <message>
        <source>Front of the wrist (right)</source>
        <translation>Parte anteriore del polso (destro)</translation>
    </message>
    <message>
        <source>Groin (left)</source>
        <translation>Inguine (sinistro)</translation>
    </message>
    <message>
        <source>Groin (right)</source>
        <translation>Inguine (destro)</translation>
    </message>
    <message>
        <source>Heel (left)</source>
        <translation>Tallone (sinistro)</translation>
    </message>
    <message>
        <source>Heel (right)</source>
        <translation>Tallone (destro)</translation>
    </message>
    <message>
        <source>Inner ankle (left)</source>
        <translation>Caviglia interna (sinistra)</translation>
    </message>
    <message>
        <source>Inner ankle (right)</source>
        <translation>Caviglia interna (destra)</translation>
    </message>
    <message>
        <source>Inner elbow (left)</source>
        <translation>Parte interna del gomito (sinistro)</translation>
    </message>
    <message>
        <source>Inner elbow (right)</source>
        <translation>Parte interna del gomito (destro)</translation>
    </message>
    <message>
        <source>Inner knee (left)</source>
        <translation>Parte interna del ginocchio (sinistro)</translation>
    </message>
    <message>
        <source>Inner knee (right)</source>
        <translation>Parte interna del ginocchio (destro)</translation>
    </message>
    <message>
        <source>Inner lower leg (left)</source>
        <translation>Parte interna della gamba (sinistra)</translation>
    </message>
    <message>
        <source>Inner lower leg (right)</source>
        <translation>Parte interna della gamba (destra)</translation>
    </message>
    <message>
        <source>Inner thigh (left)</source>
        <translation>Parte interna della coscia (sinistra)</translation>
    </message>
    <message>
        <source>Inner thigh (right)</source>
        <translation>Parte interna della coscia (destra)</translation>
    </message>
    <message>
        <source>Jaw (left)</source>
        <translation>Mandibola (sinistra)</translation>
    </message>
    <message>
        <source>Jaw (right)</source>
        <translation>Mandibola (destra)</translation>
    </message>
    <message>
        <source>Jaw joint (in front of the ear) (left)</source>
        <translation>Articolazione della mandibola (davanti all&apos;orecchio) (sinistra)</translation>
    </message>
    <message>
        <source>Jaw joint (in front of the ear) (right)</source>
        <translation>Articolazione della mandibola (davanti all&apos;orecchio) (destra)</translation>
    </message>
    <message>
        <source>Lower back (left)</source>
        <translation>Parte bassa della schiena (sinistra)</translation>
    </message>
    <message>
        <source>Lower back (right)</source>
        <translation>Parte bassa della schiena (destra)</translation>
    </message>
    <message>
        <source>Lower belly (left)</source>
        <translation>Parte bassa della pancia (sinistra)</translation>
    </message>
    <message>
        <source>Lower belly (right)</source>
        <translation>Parte bassa della pancia (destra)</translation>
    </message>
    <message>
        <source>Lower spine (lumbar)</source>
        <translation>Colonna lombare</translation>
    </message>
    <message>
        <source>Middle back (left)</source>
        <translation>Parte media della schiena (sinistra)</translation>
    </message>
    <message>
        <source>Middle back (right)</source>
        <translation>Parte media della schiena (destra)</translation>
    </message>
    <message>
        <source>Middle spine</source>
        <translation>Colonna dorsale media</translation>
    </message>
    <message>
        <source>Mouth and lips</source>
        <translation>Bocca e labbra</translation>
    </message>
    <message>
        <source>Neck spine</source>
        <translation>Colonna cervicale</translation>
    </message>
    <message>
        <source>Nose</source>
        <translation>Naso</translation>
    </message>
    <message>
        <source>Outer ankle (left)</source>
        <translation>Caviglia esterna (sinistra)</translation>
    </message>
    <message>
        <source>Outer ankle (right)</source>
        <translation>Caviglia esterna (destra)</translation>
    </message>
    <message>
        <source>Outer elbow (left)</source>
        <translation>Parte esterna del gomito (sinistro)</translation>
    </message>
    <message>
        <source>Outer elbow (right)</source>
        <translation>Parte esterna del gomito (destro)</translation>
    </message>
    <message>
        <source>Outer hip (left)</source>
        <translation>Parte esterna dell&apos;anca (sinistra)</translation>
    </message>
    <message>
        <source>Outer hip (right)</source>
        <translation>Parte esterna dell&apos;anca (destra)</translation>
    </message>
    <message>
        <source>Outer knee (left)</source>
        <translation>Parte esterna del ginocchio (sinistro)</translation>
    </message>
    <message>
        <source>Outer knee (right)</source>
        <translation>Parte esterna del ginocchio (destro)</translation>
    </message>
    <message>
        <source>Outer lower leg (left)</source>
        <translation>Parte esterna della gamba (sinistra)</translation>
    </message>
    <message>
        <source>Outer lower leg (right)</source>
        <translation>Parte esterna della gamba (destra)</translation>
    </message>
    <message>
        <source>Outer shoulder (left)</source>
        <translation>Parte esterna della spalla (sinistra)</translation>
    </message>
    <message>
        <source>Outer shoulder (right)</source>
        <translation>Parte esterna della spalla (destra)</translation>
    </message>
    <message>
        <source>Outer thigh (left)</source>
        <translation>Parte esterna della coscia (sinistra)</translation>
    </message>
    <message>
        <source>Outer thigh (right)</source>
        <translation>Parte esterna della coscia (destra)</translation>
    </message>
    <message>
        <source>Palm (left)</source>
        <translation>Palmo della mano (sinistra)</translation>
    </message>
    <message>
        <source>Palm (right)</source>
        <translation>Palmo della mano (destra)</translation>
    </message>
    <message>
        <source>Perineum</source>
        <translation>Perineo</translation>
    </message>
    <message>
        <source>Pubic area</source>
        <translation>Zona del pube</translation>
    </message>
    <message>
        <source>Sacral spine</source>
        <translation>Colonna sacrale</translation>
    </message>
    <message>
        <source>Sacrum (back of the pelvis) (left)</source>
        <translation>Zona sacrale (dietro il bacino) (sinistra)</translation>
    </message>
    <message>
        <source>Sacrum (back of the pelvis) (right)</source>
        <translation>Zona sacrale (dietro il bacino) (destra)</translation>
    </message>
    <message>
        <source>Shin (left)</source>
        <translation>Stinco (sinistro)</translation>
    </message>
    <message>
        <source>Shin (right)</source>
        <translation>Stinco (destro)</translation>
    </message>
    <message>
        <source>Shoulder blade (left)</source>
        <translation>Scapola (sinistra)</translation>
    </message>
    <message>
        <source>Shoulder blade (right)</source>
        <translation>Scapola (destra)</translation>
    </message>
    <message>
        <source>Side of the belly (flank) (left)</source>
        <translation>Fianco (lato della pancia) (sinistro)</translation>
    </message>
    <message>
        <source>Side of the belly (flank) (right)</source>
        <translation>Fianco (lato della pancia) (destro)</translation>
    </message>
    <message>
        <source>Side of the head (above the ear) (left)</source>
        <translation>Lato della testa (sopra l&apos;orecchio) (sinistro)</translation>
    </message>
    <message>
        <source>Side of the head (above the ear) (right)</source>
        <translation>Lato della testa (sopra l&apos;orecchio) (destro)</translation>
    </message>
    <message>
        <source>Side of the neck (left)</source>
        <translation>Lato del collo (sinistro)</translation>
    </message>
    <message>
        <source>Side of the neck (right)</source>
        <translation>Lato del collo (destro)</translation>
    </message>
    <message>
        <source>Side of the ribs (left)</source>
        <translation>Lato delle costole (sinistro)</translation>
    </message>
    <message>
        <source>Side of the ribs (right)</source>
        <translation>Lato delle costole (destro)</translation>
    </message>
    <message>
        <source>Sole (ball and arch) (left)</source>
        <translation>Pianta del piede (avampiede e arco) (sinistro)</translation>
    </message>
    <message>
        <source>Sole (ball and arch) (right)</source>
        <translation>Pianta del piede (avampiede e arco) (destro)</translation>
    </message>
    <message>
        <source>Tailbone</source>
        <translation>Coccige</translation>
    </message>
    <message>
        <source>Temple (left)</source>
        <translation>Tempia (sinistra)</translation>
    </message>
    <message>
        <source>Temple (right)</source>
        <translation>Tempia (destra)</translation>
    </message>
    <message>
        <source>Thumb (back) (left)</source>
        <translation>Pollice (dorso) (sinistro)</translation>
    </message>
    <message>
        <source>Thumb (back) (right)</source>
        <translation>Pollice (dorso) (destro)</translation>
    </message>
    <message>
        <source>Thumb (palm side) (left)</source>
        <translation>Pollice (lato del palmo) (sinistro)</translation>
    </message>
    <message>
        <source>Thumb (palm side) (right)</source>
        <translation>Pollice (lato del palmo) (destro)</translation>
    </message>
    <message>
        <source>Toes (left)</source>
        <translation>Dita del piede (sinistro)</translation>
    </message>
    <message>
        <source>Toes (right)</source>
        <translation>Dita del piede (destro)</translation>
    </message>
    <message>
        <source>Toes (underside) (left)</source>
        <translation>Sotto le dita del piede (sinistro)</translation>
    </message>
    <message>
        <source>Toes (underside) (right)</source>
        <translation>Sotto le dita del piede (destro)</translation>
    </message>
    <message>
        <source>Top of the foot (left)</source>
        <translation>Dorso del piede (sinistro)</translation>
    </message>
    <message>
        <source>Top of the foot (right)</source>
        <translation>Dorso del piede (destro)</translation>
    </message>
    <message>
        <source>Top of the head</source>
        <translation>Sommità della testa</translation>
    </message>
    <message>
        <source>Top of the shoulder (left)</source>
        <translation>Parte superiore della spalla (sinistra)</translation>
    </message>
    <message>
        <source>Top of the shoulder (right)</source>
        <translation>Parte superiore della spalla (destra)</translation>
    </message>
    <message>
        <source>Upper belly (left)</source>
        <translation>Parte alta della pancia (sinistra)</translation>
    </message>
    <message>
        <source>Upper belly (right)</source>
        <translation>Parte alta della pancia (destra)</translation>
    </message>
    <message>
        <source>Upper chest (left)</source>
        <translation>Parte alta del petto (sinistra)</translation>
    </message>
    <message>
        <source>Upper chest (right)</source>
        <translation>Parte alta del petto (destra)</translation>
    </message>
    <message>
        <source>Upper spine (between the shoulder blades)</source>
        <translation>Colonna dorsale alta (tra le scapole)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>no entries</source>
        <translation>nessuna voce</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 giorni</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>R</source>
        <comment>the patient&apos;s right side, one letter</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>L</source>
        <comment>the patient&apos;s left side, one letter</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Davanti</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Dietro</translation>
    </message>
    <message>
        <source>Head, right side</source>
        <translation>Testa, lato destro</translation>
    </message>
    <message>
        <source>Head, left side</source>
        <translation>Testa, lato sinistro</translation>
    </message>
    <message>
        <source>Soles of the feet</source>
        <translation>Piante dei piedi</translation>
    </message>
    <message>
        <source>front view</source>
        <translation>vista da davanti</translation>
    </message>
    <message>
        <source>back view</source>
        <translation>vista da dietro</translation>
    </message>
    <message>
        <source>right side of the head</source>
        <translation>lato destro della testa</translation>
    </message>
    <message>
        <source>left side of the head</source>
        <translation>lato sinistro della testa</translation>
    </message>
    <message>
        <source>soles</source>
        <translation>piante dei piedi</translation>
    </message>
    <message>
        <source>patient&apos;s right on your left</source>
        <translation>la destra del paziente è alla tua sinistra</translation>
    </message>
    <message>
        <source>patient&apos;s right on your right</source>
        <translation>la destra del paziente è alla tua destra</translation>
    </message>
    <message>
        <source>seen from below</source>
        <translation>viste da sotto</translation>
    </message>
    <message>
        <source>trigger point</source>
        <translation>punto trigger</translation>
    </message>
    <message>
        <source>referred pain</source>
        <translation>dolore riferito</translation>
    </message>
    <message>
        <source>spasm</source>
        <translation>spasmo</translation>
    </message>
    <message>
        <source>tender point</source>
        <translation>punto dolorabile</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>dolore</translation>
    </message>
    <message>
        <source>pins and needles</source>
        <translation>formicolio</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>intorpidimento</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>latent</source>
        <translation>latente</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>risolto</translation>
    </message>
    <message>
        <source>flare</source>
        <translation>riacutizzazione</translation>
    </message>
    <message>
        <source>chronic spasm or tightness</source>
        <translation>spasmo cronico o contrattura</translation>
    </message>
    <message>
        <source>random spasm</source>
        <translation>spasmo improvviso</translation>
    </message>
    <message>
        <source>everyday pain</source>
        <translation>dolore di tutti i giorni</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altro</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>costante</translation>
    </message>
    <message>
        <source>intermittent</source>
        <translation>intermittente</translation>
    </message>
    <message>
        <source>superficial</source>
        <translation>superficiale</translation>
    </message>
    <message>
        <source>deep</source>
        <translation>profondo</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>stare seduti</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>stare in piedi</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>camminare</translation>
    </message>
    <message>
        <source>bending</source>
        <translation>piegarsi</translation>
    </message>
    <message>
        <source>lifting</source>
        <translation>sollevare pesi</translation>
    </message>
    <message>
        <source>stairs</source>
        <translation>scale</translation>
    </message>
    <message>
        <source>reaching overhead</source>
        <translation>alzare le braccia</translation>
    </message>
    <message>
        <source>screen work</source>
        <translation>lavoro al computer</translation>
    </message>
    <message>
        <source>driving</source>
        <translation>guidare</translation>
    </message>
    <message>
        <source>lying down</source>
        <translation>stare sdraiati</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>freddo</translation>
    </message>
    <message>
        <source>stress</source>
        <translation>stress</translation>
    </message>
    <message>
        <source>poor sleep</source>
        <translation>dormire male</translation>
    </message>
    <message>
        <source>coughing or sneezing</source>
        <translation>tossire o starnutire</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>riposo</translation>
    </message>
    <message>
        <source>heat</source>
        <translation>caldo</translation>
    </message>
    <message>
        <source>gentle movement</source>
        <translation>movimento leggero</translation>
    </message>
    <message>
        <source>stretching</source>
        <translation>allungamento</translation>
    </message>
    <message>
        <source>changing position</source>
        <translation>cambiare posizione</translation>
    </message>
    <message>
        <source>massage</source>
        <translation>massaggio</translation>
    </message>
    <message>
        <source>medication</source>
        <translation>farmaci</translation>
    </message>
    <message>
        <source>relaxation</source>
        <translation>rilassamento</translation>
    </message>
    <message>
        <source>worse in the morning</source>
        <translation>peggio al mattino</translation>
    </message>
    <message>
        <source>worse in the evening</source>
        <translation>peggio la sera</translation>
    </message>
    <message>
        <source>worse at night</source>
        <translation>peggio di notte</translation>
    </message>
    <message>
        <source>worse after activity</source>
        <translation>peggio dopo l&apos;attività</translation>
    </message>
    <message>
        <source>Taut band</source>
        <translation>Banda tesa</translation>
    </message>
    <message>
        <source>Spot tenderness</source>
        <translation>Dolorabilità puntiforme</translation>
    </message>
    <message>
        <source>Recognised pain</source>
        <translation>Dolore riconosciuto</translation>
    </message>
    <message>
        <source>Referred on pressure</source>
        <translation>Riferito alla pressione</translation>
    </message>
    <message>
        <source>Twitch response</source>
        <translation>Risposta contrattile</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>n.t.</source>
        <comment>not tested</comment>
        <translation>n.v.</translation>
    </message>
    <message>
        <source>very much improved</source>
        <translation>molto migliorato</translation>
    </message>
    <message>
        <source>much improved</source>
        <translation>migliorato</translation>
    </message>
    <message>
        <source>minimally improved</source>
        <translation>lievemente migliorato</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>nessun cambiamento</translation>
    </message>
    <message>
        <source>minimally worse</source>
        <translation>lievemente peggiorato</translation>
    </message>
    <message>
        <source>much worse</source>
        <translation>peggiorato</translation>
    </message>
    <message>
        <source>very much worse</source>
        <translation>molto peggiorato</translation>
    </message>
    <message>
        <source>better</source>
        <translation>meglio</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>peggio</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>invariato</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuovo</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>scomparso</translation>
    </message>
    <message>
        <source>EMERGENCY</source>
        <translation>EMERGENZA</translation>
    </message>
    <message>
        <source>SEE A DOCTOR TODAY</source>
        <translation>VAI DAL MEDICO OGGI</translation>
    </message>
    <message>
        <source>SEE A DOCTOR WITHIN DAYS</source>
        <translation>VAI DAL MEDICO ENTRO POCHI GIORNI</translation>
    </message>
    <message>
        <source>1 episode</source>
        <translation>1 episodio</translation>
    </message>
    <message numerus="yes">
        <source>%n episodes</source>
        <translation>
            <numerusform>%n episodio</numerusform>
            <numerusform>%n episodi</numerusform>
        </translation>
    </message>
    <message>
        <source>1 mark</source>
        <translation>1 segno</translation>
    </message>
    <message numerus="yes">
        <source>%n marks</source>
        <translation>
            <numerusform>%n segno</numerusform>
            <numerusform>%n segni</numerusform>
        </translation>
    </message>
    <message>
        <source>pain-map</source>
        <comment>file name: lower case, no spaces</comment>
        <translation>mappa-del-dolore</translation>
    </message>
    <message>
        <source>self-care-plan</source>
        <comment>file name: lower case, no spaces</comment>
        <translation>piano-di-autotrattamento</translation>
    </message>
    <message>
        <source>Key figures</source>
        <extracomment>Views drawn big, side by side; the others (close views) only when they carry marks. Radius of a point mark on paper (points), whatever the size of the drawing. One page for a quick visit: the chart, the numbered areas and the key figures. The episodes whose notes go in (chosen on the preview); None: every note of the period. Draw the charts with matplotlib (``bodymap.charts.history``, as in the History tab) instead of the built-in painter; slower (about 0.7 s per chart the first time). The resolution the layout measures text at (the PDF&apos;s). Colours of the kinds the screen&apos;s palette may not have yet (pins and needles, numbness). Every label the placement pass put on the chart: (view id, label), page coordinates.</extracomment>
        <translation>Dati principali</translation>
    </message>
    <message>
        <source>… more in the full report.</source>
        <translation>… altro nel resoconto completo.</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>nato/a nel %1</translation>
    </message>
    <message>
        <source>Diary of %1</source>
        <translation>Diario di %1</translation>
    </message>
    <message>
        <source>Episode of %1</source>
        <translation>Episodio del %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periodo: %1</translation>
    </message>
    <message>
        <source>Summary for a quick visit</source>
        <translation>Riepilogo per una visita veloce</translation>
    </message>
    <message>
        <source>Pain map for the physiotherapist</source>
        <translation>Mappa del dolore per il fisioterapista</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Stampato il %1</translation>
    </message>
    <message>
        <source>intensity %1</source>
        <translation>intensità %1</translation>
    </message>
    <message>
        <source>fatigue %1</source>
        <translation>affaticamento %1</translation>
    </message>
    <message>
        <source>Pain diary</source>
        <translation>Diario del dolore</translation>
    </message>
    <message>
        <source>Warning signs raised by the marks</source>
        <translation>Segnali d&apos;allarme emersi dai segni</translation>
    </message>
    <message>
        <source>Raised from where the pain was marked (and the year of birth); what the person ticked on the day is not stored. A warning sign is a reason to check, never a diagnosis.</source>
        <translation>Emersi da dove è stato segnato il dolore (e dall&apos;anno di nascita); quello che la persona ha spuntato quel giorno non viene conservato. Un segnale d&apos;allarme è un motivo per controllare, mai una diagnosi.</translation>
    </message>
    <message>
        <source>Body chart</source>
        <translation>Schema corporeo</translation>
    </message>
    <message>
        <source>Each place is shown as it was last marked in the period; the tables count every episode. P1, P2… are the symptom areas, TP1… the trigger points (tables below).</source>
        <translation>Ogni punto è mostrato come è stato segnato l&apos;ultima volta nel periodo; le tabelle contano tutti gli episodi. P1, P2… sono le aree dei sintomi, TP1… i punti trigger (tabelle sotto).</translation>
    </message>
    <message>
        <source>P1, P2… are the symptom areas in the order the person ranks them, TP1… the trigger points (tables below).</source>
        <translation>P1, P2… sono le aree dei sintomi nell&apos;ordine di importanza dato dalla persona, TP1… i punti trigger (tabelle sotto).</translation>
    </message>
    <message>
        <source>Ticks: regions asked about and found clear on %1.</source>
        <translation>Spunte: zone su cui si è chiesto e risultate senza sintomi il %1.</translation>
    </message>
    <message>
        <source>No marks were drawn in this period.</source>
        <translation>In questo periodo non è stato disegnato nessun segno.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Trigger point, active (number: intensity 0-10)</source>
        <translation>Punto trigger attivo (numero: intensità 0-10)</translation>
    </message>
    <message>
        <source>Trigger point, latent (open ring)</source>
        <translation>Punto trigger latente (anello vuoto)</translation>
    </message>
    <message>
        <source>Trigger point, resolved (dashed)</source>
        <translation>Punto trigger risolto (tratteggiato)</translation>
    </message>
    <message>
        <source>Link: trigger point to the area it refers pain to</source>
        <translation>Collegamento: dal punto trigger alla zona in cui riferisce il dolore</translation>
    </message>
    <message>
        <source>Referred pain area (hatched; darker = stronger)</source>
        <translation>Area di dolore riferito (tratteggiata; più scura = più forte)</translation>
    </message>
    <message>
        <source>Pain area: it hurts here (plain tint, solid edge)</source>
        <translation>Area di dolore: fa male qui (tinta uniforme, bordo continuo)</translation>
    </message>
    <message>
        <source>Pins and needles (paraesthesia): dots, dashed edge</source>
        <translation>Formicolio (parestesia): puntini, bordo tratteggiato</translation>
    </message>
    <message>
        <source>Numbness: small crosses, dotted edge</source>
        <translation>Intorpidimento: piccole croci, bordo punteggiato</translation>
    </message>
    <message>
        <source>Spasm (star)</source>
        <translation>Spasmo (stella)</translation>
    </message>
    <message>
        <source>Tender point, fibromyalgia (diamond with cross)</source>
        <translation>Punto dolorabile, fibromialgia (rombo con croce)</translation>
    </message>
    <message>
        <source>Tick: asked about and found clear</source>
        <translation>Spunta: chiesto e risultato senza sintomi</translation>
    </message>
    <message>
        <source>P1, TP1: numbered area, trigger point</source>
        <translation>P1, TP1: area numerata, punto trigger</translation>
    </message>
    <message>
        <source>%1 / %2: the patient&apos;s right / left side</source>
        <translation>%1 / %2: lato destro / sinistro del paziente</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Niente di registrato.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Symptom and where</source>
        <translation>Sintomo e sede</translation>
    </message>
    <message>
        <source>Intensity, latest</source>
        <translation>Intensità, ultima</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensità</translation>
    </message>
    <message>
        <source>Constant or intermittent</source>
        <translation>Costante o intermittente</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondità</translation>
    </message>
    <message>
        <source>Aggravating factors</source>
        <translation>Fattori aggravanti</translation>
    </message>
    <message>
        <source>Easing factors</source>
        <translation>Fattori allevianti</translation>
    </message>
    <message>
        <source>24-hour pattern</source>
        <translation>Andamento nelle 24 ore</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Correlato</translation>
    </message>
    <message>
        <source>marked %1 times</source>
        <translation>segnato %1 volte</translation>
    </message>
    <message>
        <source>morning stiffness %1</source>
        <translation>rigidità mattutina %1</translation>
    </message>
    <message>
        <source>brought on by P%1</source>
        <translation>provocato da P%1</translation>
    </message>
    <message>
        <source>referred from TP%1</source>
        <translation>riferito da TP%1</translation>
    </message>
    <message>
        <source>Numbered symptom areas</source>
        <translation>Aree dei sintomi numerate</translation>
    </message>
    <message>
        <source>The %1 places marked most often are numbered; %2 more are drawn without a number and counted in the table by region.</source>
        <translation>Sono numerati i %1 punti segnati più spesso; altri %2 sono disegnati senza numero e contati nella tabella per zona.</translation>
    </message>
    <message>
        <source>Muscle and where</source>
        <translation>Muscolo e sede</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Pressure threshold (kg/cm²)</source>
        <translation>Soglia alla pressione (kg/cm²)</translation>
    </message>
    <message>
        <source>Refers to</source>
        <translation>Riferisce a</translation>
    </message>
    <message>
        <source>findings suggest %1</source>
        <translation>i reperti suggeriscono: %1</translation>
    </message>
    <message>
        <source>Trigger points and examination findings</source>
        <translation>Punti trigger e reperti dell&apos;esame</translation>
    </message>
    <message>
        <source>n.t. = not tested. Findings are the examiner&apos;s observations as the person recorded them; a trigger point whose pressure reproduces the person&apos;s own pain is usually called active.</source>
        <translation>n.v. = non valutato. I reperti sono le osservazioni di chi ha esaminato, come le ha registrate la persona; un punto trigger la cui pressione riproduce il dolore abituale della persona di solito si chiama attivo.</translation>
    </message>
    <message>
        <source>Region (patient&apos;s side)</source>
        <translation>Zona (lato del paziente)</translation>
    </message>
    <message>
        <source>Kind of mark</source>
        <translation>Tipo di segno</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Muscolo</translation>
    </message>
    <message>
        <source>Intensity latest / peak</source>
        <translation>Intensità ultima / massima</translation>
    </message>
    <message>
        <source>Pain qualities</source>
        <translation>Caratteristiche del dolore</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Prima volta</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ultima volta</translation>
    </message>
    <message>
        <source>No. of episodes</source>
        <translation>N. di episodi</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Per zona</translation>
    </message>
    <message>
        <source>No region was marked in this period.</source>
        <translation>In questo periodo non è stata segnata nessuna zona.</translation>
    </message>
    <message>
        <source>Therapy tried</source>
        <translation>Terapia provata</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Volte</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Meglio</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Uguale</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Peggio</translation>
    </message>
    <message>
        <source>No outcome noted</source>
        <translation>Nessun esito annotato</translation>
    </message>
    <message>
        <source>Mean relief (0-10)</source>
        <translation>Sollievo medio (0-10)</translation>
    </message>
    <message>
        <source>Therapies tried and how they went</source>
        <translation>Terapie provate e com&apos;è andata</translation>
    </message>
    <message>
        <source>No therapy was logged in this period.</source>
        <translation>In questo periodo non è stata registrata nessuna terapia.</translation>
    </message>
    <message>
        <source>Since the last visit</source>
        <translation>Dall&apos;ultima visita</translation>
    </message>
    <message>
        <source>Start of the period: %1. End of the period: %2. Each region&apos;s mean intensity in the episodes that touched it (0 where it was not marked).</source>
        <translation>Inizio del periodo: %1. Fine del periodo: %2. L&apos;intensità media di ogni zona negli episodi che la riguardano (0 dove non è stata segnata).</translation>
    </message>
    <message>
        <source>Mean episode intensity: %1 at the start (%2), %3 at the end (%4).</source>
        <translation>Intensità media degli episodi: %1 all&apos;inizio (%2), %3 alla fine (%4).</translation>
    </message>
    <message>
        <source>Regions better: %1; worse: %2; unchanged: %3.</source>
        <translation>Zone migliorate: %1; peggiorate: %2; invariate: %3.</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Inizio: %1</translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation>Fine: %1</translation>
    </message>
    <message>
        <source>Average over the period</source>
        <translation>Media sul periodo</translation>
    </message>
    <message>
        <source>Better / worse, end against start</source>
        <translation>Meglio / peggio, fine rispetto all&apos;inizio</translation>
    </message>
    <message>
        <source>Start: mean (episodes)</source>
        <translation>Inizio: media (episodi)</translation>
    </message>
    <message>
        <source>End: mean (episodes)</source>
        <translation>Fine: media (episodi)</translation>
    </message>
    <message>
        <source>Average (episodes)</source>
        <translation>Media (episodi)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <source>Better / worse</source>
        <translation>Meglio / peggio</translation>
    </message>
    <message>
        <source>The figures behind the maps</source>
        <translation>I numeri dietro le mappe</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>lieve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderato</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>Overall pain and fatigue</source>
        <translation>Dolore e affaticamento complessivi</translation>
    </message>
    <message>
        <source>Overall pain</source>
        <translation>Dolore complessivo</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>Affaticamento</translation>
    </message>
    <message>
        <source>%1: not given.</source>
        <translation>%1: non indicato.</translation>
    </message>
    <message>
        <source>%1: mean %2, highest %3, lowest %4 (%5).</source>
        <translation>%1: media %2, massimo %3, minimo %4 (%5).</translation>
    </message>
    <message>
        <source>overall pain</source>
        <translation>dolore complessivo</translation>
    </message>
    <message>
        <source>fatigue</source>
        <translation>affaticamento</translation>
    </message>
    <message>
        <source>overall pain, per episode</source>
        <translation>dolore complessivo, per episodio</translation>
    </message>
    <message>
        <source>fatigue, per episode</source>
        <translation>affaticamento, per episodio</translation>
    </message>
    <message>
        <source>overall pain, monthly mean</source>
        <translation>dolore complessivo, media mensile</translation>
    </message>
    <message>
        <source>overall pain, weekly mean</source>
        <translation>dolore complessivo, media settimanale</translation>
    </message>
    <message>
        <source>fatigue, monthly mean</source>
        <translation>affaticamento, media mensile</translation>
    </message>
    <message>
        <source>fatigue, weekly mean</source>
        <translation>affaticamento, media settimanale</translation>
    </message>
    <message>
        <source>Kinds of episode: %1.</source>
        <translation>Tipi di episodio: %1.</translation>
    </message>
    <message>
        <source>Durations (given for %1 of %2): median %3, shortest %4, longest %5.</source>
        <translation>Durate (indicate per %1 su %2): mediana %3, più breve %4, più lunga %5.</translation>
    </message>
    <message>
        <source>No duration was given.</source>
        <translation>Non è stata indicata nessuna durata.</translation>
    </message>
    <message>
        <source>Triggers the person named</source>
        <translation>Fattori scatenanti indicati dalla persona</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Fattore scatenante</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodi</translation>
    </message>
    <message>
        <source>Mean intensity of those episodes</source>
        <translation>Intensità media di quegli episodi</translation>
    </message>
    <message>
        <source>No trigger was named in this period.</source>
        <translation>In questo periodo non è stato indicato nessun fattore scatenante.</translation>
    </message>
    <message>
        <source>Patient-Specific Functional Scale (PSFS)</source>
        <translation>Scala funzionale specifica per il paziente (PSFS)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>First rating</source>
        <translation>Primo voto</translation>
    </message>
    <message>
        <source>Latest rating</source>
        <translation>Ultimo voto</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Voti</translation>
    </message>
    <message>
        <source>No PSFS activity was rated.</source>
        <translation>Non è stata valutata nessuna attività PSFS.</translation>
    </message>
    <message>
        <source>0 = unable to do the activity, 10 = able to do it as before the problem. A change of about 2 points in the mean, or 3 in one activity, is beyond measurement error.</source>
        <translation>0 = non riesco a fare l&apos;attività, 10 = la faccio come prima del problema. Una variazione di circa 2 punti nella media, o di 3 in una singola attività, supera l&apos;errore di misura.</translation>
    </message>
    <message>
        <source>Mean score: %1 first, %2 latest.</source>
        <translation>Punteggio medio: %1 la prima volta, %2 l&apos;ultima.</translation>
    </message>
    <message>
        <source>Patient Global Impression of Change (PGIC)</source>
        <translation>Impressione globale di cambiamento del paziente (PGIC)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Voto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>No PGIC was recorded in this period.</source>
        <translation>In questo periodo non è stata registrata nessuna PGIC.</translation>
    </message>
    <message>
        <source>Since starting treatment, overall: 1 = very much improved, 4 = no change, 7 = very much worse (NINDS numbering).</source>
        <translation>Dall&apos;inizio del trattamento, nel complesso: 1 = molto migliorato, 4 = nessun cambiamento, 7 = molto peggiorato (numerazione NINDS).</translation>
    </message>
    <message>
        <source>The person&apos;s notes</source>
        <translation>Le note della persona</translation>
    </message>
    <message>
        <source>My self-care plan</source>
        <extracomment>Held while a report is drawn (the SVG renderers of the body drawings are shared).</extracomment>
        <translation>Il mio piano di autotrattamento</translation>
    </message>
    <message>
        <source>No therapy was chosen for the plan.</source>
        <translation>Non è stata scelta nessuna terapia per il piano.</translation>
    </message>
    <message>
        <source>How long: %1</source>
        <translation>Durata: %1</translation>
    </message>
    <message>
        <source>Take care:</source>
        <translation>Attenzione:</translation>
    </message>
    <message>
        <source>Stop and get medical help at once if you have:</source>
        <translation>Smetti e chiedi subito aiuto a un medico se hai:</translation>
    </message>
    <message>
        <source>worse with %1</source>
        <translation>peggiora con %1</translation>
    </message>
    <message>
        <source>eased by %1</source>
        <translation>migliora con %1</translation>
    </message>
    <message>
        <source>Since the last visit: mean episode intensity %1 → %2; regions better %3, worse %4.</source>
        <translation>Dall&apos;ultima visita: intensità media degli episodi %1 → %2; zone migliorate %3, peggiorate %4.</translation>
    </message>
    <message>
        <source>Overall pain: mean %1; fatigue: mean %2 (%3).</source>
        <translation>Dolore complessivo: media %1; affaticamento: media %2 (%3).</translation>
    </message>
    <message>
        <source>Triggers: %1.</source>
        <translation>Fattori scatenanti: %1.</translation>
    </message>
    <message>
        <source>PGIC on %1: %2</source>
        <translation>PGIC del %1: %2</translation>
    </message>
    <message>
        <source>PSFS: %1</source>
        <translation>PSFS: %1</translation>
    </message>
    <message>
        <source>%1: %2 times, better %3, same %4, worse %5</source>
        <translation>%1: %2 volte, meglio %3, uguale %4, peggio %5</translation>
    </message>
    <message>
        <source>Intensity over time, most affected regions</source>
        <translation>Intensità nel tempo, zone più colpite</translation>
    </message>
    <message>
        <source>confirmed by the patient in the assessment of %1, adjusted from the map</source>
        <translation>confermato dal paziente nella valutazione del %1, corretto rispetto alla mappa</translation>
    </message>
    <message>
        <source>confirmed by the patient in the assessment of %1</source>
        <translation>confermato dal paziente nella valutazione del %1</translation>
    </message>
    <message>
        <source>from the marks on the map</source>
        <translation>dai segni sulla mappa</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>Areas: %1</source>
        <translation>Aree: %1</translation>
    </message>
    <message>
        <source>%1: not known (no questionnaire recorded)</source>
        <translation>%1: non nota (nessun questionario registrato)</translation>
    </message>
    <message>
        <source>FS (WPI + SSS): not known</source>
        <translation>FS (WPI + SSS): non noto</translation>
    </message>
    <message>
        <source>%1: %2/12 (answered on %3)</source>
        <translation>%1: %2/12 (risposte del %3)</translation>
    </message>
    <message>
        <source>FS (WPI + SSS): %1/31</source>
        <translation>FS (WPI + SSS): %1/31</translation>
    </message>
    <message>
        <source>Generalized pain: yes (%1 of 5 regions, jaw, chest and abdomen aside)</source>
        <translation>Dolore generalizzato: sì (%1 regioni su 5, esclusi mandibola, torace e addome)</translation>
    </message>
    <message>
        <source>Generalized pain: no (%1 of 5 regions, jaw, chest and abdomen aside)</source>
        <translation>Dolore generalizzato: no (%1 regioni su 5, esclusi mandibola, torace e addome)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>non noto</translation>
    </message>
    <message>
        <source>confirmed by the patient</source>
        <translation>confermato dal paziente</translation>
    </message>
    <message>
        <source>as the diary shows</source>
        <translation>come mostra il diario</translation>
    </message>
    <message>
        <source>Symptoms for at least 3 months: %1</source>
        <translation>Sintomi da almeno 3 mesi: %1</translation>
    </message>
    <message>
        <source>2016 criteria: %1</source>
        <translation>Criteri 2016: %1</translation>
    </message>
    <message>
        <source>%1: %2/18 tender on %3 (no longer part of the 2010/2016 criteria; not trigger points)</source>
        <translation>%1: %2/18 dolorabili il %3 (non fanno più parte dei criteri 2010/2016; non sono punti trigger)</translation>
    </message>
    <message>
        <source>Fibromyalgia measures for %1 (information, not a diagnosis)</source>
        <translation>Misure della fibromialgia al %1 (informazioni, non una diagnosi)</translation>
    </message>
    <message>
        <source>WPI areas counted (front, back)</source>
        <translation>Aree WPI contate (davanti, dietro)</translation>
    </message>
    <message>
        <source>Dashed lines: the 2016 thresholds (WPI 7 or more with SSS 5 or more, or WPI 4 to 6 with SSS 9 or more; generalized pain and 3 months are needed too). These are the criteria doctors use; talk to your doctor about what they mean for you.</source>
        <translation>Linee tratteggiate: le soglie del 2016 (WPI 7 o più con SSS 5 o più, oppure WPI da 4 a 6 con SSS 9 o più; servono anche dolore generalizzato e 3 mesi). Sono i criteri che usano i medici; parla con il tuo medico di cosa significano per te.</translation>
    </message>
    <message>
        <source>Therapist&apos;s notes</source>
        <translation>Note del terapista</translation>
    </message>
    <message>
        <source>Recorded by the person with bodymap: a record, not a diagnosis</source>
        <translation>Registrato dalla persona con bodymap: un diario, non una diagnosi</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>Muscle referral patterns from: %1</source>
        <extracomment>Intensity shades of the since-last-visit maps (greys print; the orange helps on screen). Above this many episodes a chart of the period shows weekly (or monthly) means as lines.</extracomment>
        <translation>Schemi di dolore riferito dei muscoli da: %1</translation>
    </message>
    <message>
        <source>No episodes in this period</source>
        <translation>Nessun episodio in questo periodo</translation>
    </message>
    <message>
        <source>monthly mean</source>
        <translation>media mensile</translation>
    </message>
    <message>
        <source>moving average (%1 episodes)</source>
        <translation>media mobile (%1 episodi)</translation>
    </message>
    <message>
        <source>episode (%1), intensity 0-10</source>
        <translation>episodio (%1), intensità 0-10</translation>
    </message>
    <message>
        <source>WPI, SSS and FS over time</source>
        <translation>WPI, SSS e FS nel tempo</translation>
    </message>
    <message>
        <source>7: with SSS 5+</source>
        <translation>7: con SSS 5+</translation>
    </message>
    <message>
        <source>4: with SSS 9+</source>
        <translation>4: con SSS 9+</translation>
    </message>
    <message>
        <source>5: with WPI 7+</source>
        <translation>5: con WPI 7+</translation>
    </message>
    <message>
        <source>9: with WPI 4-6</source>
        <translation>9: con WPI 4-6</translation>
    </message>
    <message>
        <source>No assessment saved in this period</source>
        <translation>Nessuna valutazione salvata in questo periodo</translation>
    </message>
    <message>
        <source>%1: intensity per episode</source>
        <translation>%1: intensità per episodio</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Print pre&amp;view…</source>
        <extracomment>Emitted with the path after a PDF was written. The report&apos;s data were gathered (a ``ReportData``), just before they are drawn. Gathering or writing failed: the sentence shown. Kept referenced while a dialog uses it (PySide crashes with a temporary QPrinter). The print preview while it is open. Tests replace these to answer the dialogs without showing them.</extracomment>
        <translation>&amp;Anteprima di stampa…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Sta&amp;mpa…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Esporta P&amp;DF…</translation>
    </message>
    <message>
        <source>Export self-care p&amp;lan…</source>
        <translation>Esporta il piano di autotrattamento in PD&amp;F…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Resoconto</translation>
    </message>
    <message>
        <source>The report could not be made:
{0}</source>
        <translation>Non è stato possibile preparare il resoconto:
{0}</translation>
    </message>
    <message>
        <source>Export the self-care plan as PDF</source>
        <translation>Esporta il piano di autotrattamento in PDF</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Esporta il resoconto in PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Esporta PDF</translation>
    </message>
    <message>
        <source>The PDF could not be written:
{0}</source>
        <translation>Non è stato possibile scrivere il PDF:
{0}</translation>
    </message>
</context>
<context>
    <name>ReportContentDialog</name>
    <message>
        <source>What goes into the report</source>
        <translation>Cosa entra nel resoconto</translation>
    </message>
    <message>
        <source>Notes to include:</source>
        <translation>Note da includere:</translation>
    </message>
    <message>
        <source>Therapies for the self-care plan:</source>
        <translation>Terapie per il piano di autotrattamento:</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Report for the physiotherapist</source>
        <extracomment>One page for a quick visit.</extracomment>
        <translation>Resoconto per il fisioterapista</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Ultimi 3 mesi</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Ultimo anno</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tutto</translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation>Dal… al…</translation>
    </message>
    <message>
        <source>The current episode</source>
        <translation>L&apos;episodio attuale</translation>
    </message>
    <message>
        <source>Body chart: numbered areas, trigger-point findings, legend</source>
        <translation>Schema corporeo: aree numerate, reperti dei punti trigger, legenda</translation>
    </message>
    <message>
        <source>Since the last visit: start, end and average maps</source>
        <translation>Dall&apos;ultima visita: mappe iniziale, finale e media</translation>
    </message>
    <message>
        <source>Overall pain and fatigue, triggers, durations</source>
        <translation>Dolore e affaticamento complessivi, fattori scatenanti, durate</translation>
    </message>
    <message>
        <source>Table by region</source>
        <translation>Tabella per zona</translation>
    </message>
    <message>
        <source>Therapies and outcomes</source>
        <translation>Terapie e risultati</translation>
    </message>
    <message>
        <source>Charts of the most affected regions</source>
        <translation>Grafici delle zone più colpite</translation>
    </message>
    <message>
        <source>PSFS and PGIC</source>
        <translation>PSFS e PGIC</translation>
    </message>
    <message>
        <source>Fibromyalgia measures (WPI, SSS, 2016 criteria) and their trend</source>
        <translation>Misure della fibromialgia (WPI, SSS, criteri del 2016) e il loro andamento</translation>
    </message>
    <message>
        <source>My notes (chosen before printing)</source>
        <translation>Le mie note (scelte prima di stampare)</translation>
    </message>
    <message>
        <source>Box for the therapist&apos;s notes</source>
        <translation>Spazio per le note del terapista</translation>
    </message>
    <message>
        <source>My self-care plan, on its own page, in large type</source>
        <translation>Il mio piano di autotrattamento, su una pagina a parte, a caratteri grandi</translation>
    </message>
    <message>
        <source>One page only, for a quick visit</source>
        <translation>Una sola pagina, per una visita veloce</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Includi:</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Print preview</source>
        <extracomment>(generation, page index, number of pages, image) A page image arrived (page index); every page is there once ``pages_drawn`` is emitted. A PDF was written from the preview (its path).</extracomment>
        <translation>Anteprima di stampa</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salva come PDF…</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Adatta alla larghezza</translation>
    </message>
    <message>
        <source>Drawing the pages…</source>
        <translation>Preparo le pagine…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagine</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing page {0} of {1}…</source>
        <translation>Preparo la pagina {0} di {1}…</translation>
    </message>
    <message>
        <source>The preview could not be drawn: {0}</source>
        <translation>Non è stato possibile preparare l&apos;anteprima: {0}</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Salva il resoconto come PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Scrivo il PDF…</translation>
    </message>
    <message>
        <source>Saved as {0}</source>
        <translation>Salvato come {0}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Salva come PDF</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Ripristina da una copia di sicurezza</translation>
    </message>
    <message>
        <source>Choose a backup to go back to. The diary as it is now is kept as a backup first, so this can be undone.</source>
        <translation>Scegli la copia a cui tornare. Prima il diario com&apos;è adesso viene conservato in una copia, così puoi tornare indietro.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Fatta il</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodi</translation>
    </message>
    <message>
        <source>damaged, cannot be used</source>
        <translation>danneggiata, non utilizzabile</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Ripristina…</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>giornaliera</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>a mano</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>prima di un ripristino</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>prima di un aggiornamento</translation>
    </message>
</context>
<context>
    <name>SuggestCommand</name>
    <message>
        <source>what has helped you in a region, and what is commonly tried there</source>
        <translation>cosa ti ha aiutato in una zona, e cosa si prova di solito lì</translation>
    </message>
    <message>
        <source>Suggestions for one or more body regions (and/or a muscle): first the warning signs the marks and your answers raise, most urgent first (emergency: call 112 or your local emergency number; today: see a doctor today; soon: within days); then what has helped you there, ranked by how often it went better and the mean relief (nothing is claimed from fewer than three rated tries); then the self-care of the muscles that can cause pain there; then what is commonly tried for this kind of pain; supplements apart, with their evidence. Medications are never suggested.</source>
        <translation>Suggerimenti per una o più zone del corpo (e/o un muscolo): prima i segnali d&apos;allarme che emergono dai segni e dalle tue risposte, dal più urgente (emergenza: chiama il 112 o il numero di emergenza del tuo paese; oggi: vai da un medico oggi; presto: entro pochi giorni); poi cosa ti ha aiutato lì, in ordine di quante volte è andata meglio e del sollievo medio (niente viene affermato con meno di tre prove valutate); poi l&apos;autotrattamento dei muscoli che possono causare dolore lì; poi cosa si prova di solito per questo tipo di dolore; a parte gli integratori, con le loro prove. I farmaci non vengono mai suggeriti.</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>stampa in JSON</translation>
    </message>
    <message>
        <source>profile (default: the first one)</source>
        <translation>profilo (predefinito: il primo)</translation>
    </message>
    <message>
        <source>region ids, e.g. chest_upper.left upper_arm_front.left (see `bodymap regions`)</source>
        <translation>id delle zone, per esempio chest_upper.left upper_arm_front.left (vedi `bodymap regions`)</translation>
    </message>
    <message>
        <source>an atlas muscle (key or name)</source>
        <translation>un muscolo dell&apos;atlante (chiave o nome)</translation>
    </message>
    <message>
        <source>a pain quality to match (tight, aching, burning, ...); may be repeated</source>
        <translation>una caratteristica del dolore da cercare (tight, aching, burning, ...); si può ripetere</translation>
    </message>
    <message>
        <source>your age in years (default: from the profile&apos;s year of birth, if given)</source>
        <translation>la tua età in anni (predefinito: dall&apos;anno di nascita del profilo, se indicato)</translation>
    </message>
    <message>
        <source>something the marks cannot show, e.g. sudden, new, breathless, sweating, fever, weight_loss, bladder_bowel, saddle_numbness, swollen, hot_red, weakness, numbness, self_harm; may be repeated (all: `--fact help`)</source>
        <translation>qualcosa che i segni non possono mostrare, per esempio sudden, new, breathless, sweating, fever, weight_loss, bladder_bowel, saddle_numbness, swollen, hot_red, weakness, numbness, self_harm; si può ripetere (tutti: `--fact help`)</translation>
    </message>
    <message>
        <source>a condition you live with (default: the profile&apos;s); may be repeated</source>
        <translation>una condizione con cui convivi (predefinito: quelle del profilo); si può ripetere</translation>
    </message>
    <message>
        <source>log a therapy you tried, rate it, list what waits for a rating</source>
        <translation>registra una terapia provata, la valuta, elenca quelle in attesa di giudizio</translation>
    </message>
    <message>
        <source>Your record of what you tried and how it went.</source>
        <translation>Il tuo registro di cosa hai provato e di com&apos;è andata.</translation>
    </message>
    <message>
        <source>record that you tried a therapy</source>
        <translation>registra che hai provato una terapia</translation>
    </message>
    <message>
        <source>catalogue key (e.g. heat) or name</source>
        <translation>chiave del catalogo (per esempio heat) o nome</translation>
    </message>
    <message>
        <source>where you used it (region id); may be repeated</source>
        <translation>dove l&apos;hai usata (id della zona); si può ripetere</translation>
    </message>
    <message>
        <source>how long, in minutes</source>
        <translation>per quanto tempo, in minuti</translation>
    </message>
    <message>
        <source>when (YYYY-MM-DD HH:MM, your local time; default: now)</source>
        <translation>quando (AAAA-MM-GG HH:MM, ora locale; predefinito: adesso)</translation>
    </message>
    <message>
        <source>what you took, as you write it</source>
        <translation>cosa hai preso, come lo scrivi tu</translation>
    </message>
    <message>
        <source>a note of your own</source>
        <translation>una tua nota</translation>
    </message>
    <message>
        <source>say how a try went</source>
        <translation>di&apos; com&apos;è andata una prova</translation>
    </message>
    <message>
        <source>relief from 0 (none) to 10</source>
        <translation>sollievo da 0 (nessuno) a 10</translation>
    </message>
    <message>
        <source>tries waiting for a rating</source>
        <translation>prove in attesa di giudizio</translation>
    </message>
    <message>
        <source>add a therapy of your own (medications too)</source>
        <translation>aggiungi una tua terapia (anche farmaci)</translation>
    </message>
    <message>
        <source>every therapy with its id, key and category</source>
        <translation>tutte le terapie con id, chiave e categoria</translation>
    </message>
    <message>
        <source>unknown region {region}; did you mean: {close} (see `bodymap regions`)</source>
        <translation>zona sconosciuta {region}; forse intendevi: {close} (vedi `bodymap regions`)</translation>
    </message>
    <message>
        <source>unknown region {region} (see `bodymap regions`)</source>
        <translation>zona sconosciuta {region} (vedi `bodymap regions`)</translation>
    </message>
    <message>
        <source>{error} Showing what applies to anyone.</source>
        <translation>{error} Mostro quello che vale per chiunque.</translation>
    </message>
    <message>
        <source>  you: {figures}</source>
        <translation>  tu: {figures}</translation>
    </message>
    <message>
        <source>  how long: {duration}</source>
        <translation>  durata: {duration}</translation>
    </message>
    <message>
        <source>  ! take care: the same cautions as for {first} above</source>
        <translation>  ! attenzione: le stesse cautele di {first} qui sopra</translation>
    </message>
    <message>
        <source>right</source>
        <translation>destro</translation>
    </message>
    <message>
        <source>left</source>
        <translation>sinistro</translation>
    </message>
    <message>
        <source>either side</source>
        <translation>un lato o l&apos;altro</translation>
    </message>
    <message>
        <source>Facts for --fact (what a mark cannot show):</source>
        <translation>Fatti per --fact (quello che un segno non può mostrare):</translation>
    </message>
    <message>
        <source>WARNING SIGNS: read these first</source>
        <translation>SEGNALI D&apos;ALLARME: leggili per primi</translation>
    </message>
    <message>
        <source>name a region (e.g. neck_back.right) or a muscle with --muscle</source>
        <translation>indica una zona (per esempio neck_back.right) o un muscolo con --muscle</translation>
    </message>
    <message>
        <source>--age: {age} is not an age in years</source>
        <translation>--age: {age} non è un&apos;età in anni</translation>
    </message>
    <message>
        <source>Suggestions for {where}</source>
        <translation>Suggerimenti per {where}</translation>
    </message>
    <message>
        <source>Suggestions for what you told us</source>
        <translation>Suggerimenti per quello che ci hai detto</translation>
    </message>
    <message>
        <source>What has helped you here</source>
        <translation>Cosa ti ha aiutato qui</translation>
    </message>
    <message>
        <source>  nothing recorded here yet</source>
        <translation>  qui non è ancora registrato niente</translation>
    </message>
    <message numerus="yes">
        <source>(%n uses)</source>
        <translation>
            <numerusform>(%n uso)</numerusform>
            <numerusform>(%n usi)</numerusform>
        </translation>
    </message>
    <message>
        <source>For the muscle {name} ({side}): {why}</source>
        <translation>Per il muscolo {name} ({side}): {why}</translation>
    </message>
    <message>
        <source>  (its self-care is left out until a doctor has seen the warning above)</source>
        <translation>  (il suo autotrattamento è escluso finché un medico non ha valutato l&apos;avviso qui sopra)</translation>
    </message>
    <message>
        <source>Commonly tried for this kind of pain</source>
        <translation>Cosa si prova di solito per questo tipo di dolore</translation>
    </message>
    <message>
        <source>To discuss with your clinician</source>
        <translation>Da discutere con il tuo medico o terapista</translation>
    </message>
    <message>
        <source>Supplements (the evidence for them is mostly weak or missing)</source>
        <translation>Integratori (le prove a loro favore sono per lo più deboli o assenti)</translation>
    </message>
    <message>
        <source>; you: {figures}</source>
        <translation>; tu: {figures}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>See a doctor now if you have (what the marks cannot show):</source>
        <translation>Vai subito da un medico se hai (quello che i segni non possono mostrare):</translation>
    </message>
    <message>
        <source>logged use {id}: {therapy} on {regions} at {when}; rate it later with `bodymap therapy rate {id} better|same|worse --relief N`</source>
        <translation>registrato l&apos;uso {id}: {therapy} su {regions} il {when}; valutalo poi con `bodymap therapy rate {id} better|same|worse --relief N`</translation>
    </message>
    <message>
        <source>better</source>
        <translation>meglio</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>uguale</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>peggio</translation>
    </message>
    <message>
        <source>, relief {relief}/10</source>
        <translation>, sollievo {relief}/10</translation>
    </message>
    <message>
        <source>use {id} ({therapy}): {outcome}</source>
        <translation>uso {id} ({therapy}): {outcome}</translation>
    </message>
    <message>
        <source>nothing waiting for a rating</source>
        <translation>niente in attesa di giudizio</translation>
    </message>
    <message>
        <source>, {n} min</source>
        <translation>, {n} min</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>with your clinician</source>
        <translation>con il tuo medico o terapista</translation>
    </message>
    <message>
        <source>You here: {0}</source>
        <translation>Per te qui: {0}</translation>
    </message>
    <message>
        <source>Take care: {0}</source>
        <translation>Attenzione: {0}</translation>
    </message>
    <message>
        <source>Details and cautions</source>
        <translation>Dettagli e precauzioni</translation>
    </message>
    <message>
        <source>Log that I tried this</source>
        <translation>Annota che l&apos;ho provato</translation>
    </message>
    <message>
        <source>Why here: {0}</source>
        <translation>Perché qui: {0}</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Come si fa</translation>
    </message>
    <message>
        <source>How long: {0}</source>
        <translation>Per quanto tempo: {0}</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Precauzioni</translation>
    </message>
    <message>
        <source>Evidence: {0}. {1}</source>
        <translation>Prove scientifiche: {0}. {1}</translation>
    </message>
</context>
<context>
    <name>Therapy</name>
    <message>
        <source>Acupuncture or dry needling</source>
        <translation>Agopuntura o dry needling</translation>
    </message>
    <message>
        <source>B vitamins (B complex)</source>
        <translation>Vitamine del gruppo B (complesso B)</translation>
    </message>
    <message>
        <source>CBT and pain education</source>
        <translation>Terapia cognitivo-comportamentale ed educazione sul dolore</translation>
    </message>
    <message>
        <source>Calcium</source>
        <translation>Calcio</translation>
    </message>
    <message>
        <source>Carnitine (L-carnitine, acetyl-L-carnitine)</source>
        <translation>Carnitina (L-carnitina, acetil-L-carnitina)</translation>
    </message>
    <message>
        <source>Coenzyme Q10</source>
        <translation>Coenzima Q10</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Freddo</translation>
    </message>
    <message>
        <source>Cooling or warming rub</source>
        <translation>Crema rinfrescante o riscaldante</translation>
    </message>
    <message>
        <source>Creatine</source>
        <translation>Creatina</translation>
    </message>
    <message>
        <source>Cupping</source>
        <translation>Coppettazione</translation>
    </message>
    <message>
        <source>D-ribose</source>
        <translation>D-ribosio</translation>
    </message>
    <message>
        <source>Gentle stretching</source>
        <translation>Stretching dolce</translation>
    </message>
    <message>
        <source>Gentle yoga</source>
        <translation>Yoga dolce</translation>
    </message>
    <message>
        <source>Gentle, gradually built-up exercise</source>
        <translation>Esercizio leggero, aumentato a poco a poco</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Caldo</translation>
    </message>
    <message>
        <source>Magnesium</source>
        <translation>Magnesio</translation>
    </message>
    <message>
        <source>Malic acid</source>
        <translation>Acido malico</translation>
    </message>
    <message>
        <source>Massage ball</source>
        <translation>Pallina da massaggio</translation>
    </message>
    <message>
        <source>Massage cane (hooked stick)</source>
        <translation>Bastone da massaggio (a uncino)</translation>
    </message>
    <message>
        <source>Massage gun</source>
        <translation>Pistola massaggiante</translation>
    </message>
    <message>
        <source>Massage or myofascial release</source>
        <translation>Massaggio o rilascio miofasciale</translation>
    </message>
    <message>
        <source>Mindfulness</source>
        <translation>Mindfulness</translation>
    </message>
    <message>
        <source>NADH</source>
        <translation>NADH</translation>
    </message>
    <message>
        <source>Pacing and energy management (ME/CFS)</source>
        <translation>Dosaggio delle attività e gestione dell&apos;energia (ME/CFS)</translation>
    </message>
    <message>
        <source>Pacing and rest</source>
        <translation>Dosare le energie e riposare</translation>
    </message>
    <message>
        <source>Physiotherapy</source>
        <translation>Fisioterapia</translation>
    </message>
    <message>
        <source>Posture and habit changes</source>
        <translation>Cambiare postura e abitudini</translation>
    </message>
    <message>
        <source>Pressure release on a knot</source>
        <translation>Pressione per sciogliere un nodo</translation>
    </message>
    <message>
        <source>Self-warming patch or wrap</source>
        <translation>Cerotto o fascia autoriscaldante</translation>
    </message>
    <message>
        <source>Sleep habits</source>
        <translation>Abitudini del sonno</translation>
    </message>
    <message>
        <source>Tai chi or qigong</source>
        <translation>Tai chi o qigong</translation>
    </message>
    <message>
        <source>Trigger-point injection</source>
        <translation>Infiltrazione dei punti trigger</translation>
    </message>
    <message>
        <source>Vitamin B12</source>
        <translation>Vitamina B12</translation>
    </message>
    <message>
        <source>Vitamin D</source>
        <translation>Vitamina D</translation>
    </message>
    <message>
        <source>Warm-water exercise</source>
        <translation>Esercizio in acqua calda</translation>
    </message>
    <message>
        <source>Zinc</source>
        <translation>Zinco</translation>
    </message>
</context>
<context>
    <name>TherapyPanel</name>
    <message>
        <source>Therapies</source>
        <extracomment>Warning signs raised, most urgent first (also without a selected spot). The marks of an episode that started this long ago still count for today&apos;s warnings. The checklist &quot;Anything else today?&quot; changed: the ticked fact keys (for the atlas too). The panel has been filled for (region, muscle) after a read. What the person ticked in &quot;Anything else today?&quot; (not stored). What the widgets on screen were built from (see _draw); None before the first draw. The pieces of the drawing under way (None: the panel is complete). Fills of the folded boxes not opened yet (see _fold).</extracomment>
        <translation>Terapie</translation>
    </message>
    <message>
        <source>Select a region or a muscle on the map to see what has helped you there and what you could try.</source>
        <translation>Seleziona una zona o un muscolo sulla mappa per vedere cosa ti ha aiutato lì e cosa potresti provare.</translation>
    </message>
    <message>
        <source>For: {0}</source>
        <translation>Per: {0}</translation>
    </message>
    <message>
        <source>What has helped you here</source>
        <translation>Cosa ti ha aiutato qui</translation>
    </message>
    <message>
        <source>Nothing logged here yet. Log what you try and rate it later: after three rated tries, this shows how often it helped you.</source>
        <translation>Qui non è ancora annotato nulla. Annota quello che provi e valutalo dopo: dopo tre prove valutate, qui vedrai quanto spesso ti ha aiutato.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Too few tries to tell: {0}</source>
        <translation>Troppo poche prove per dirlo: {0}</translation>
    </message>
    <message>
        <source>Other muscles ({0})</source>
        <translation>Altri muscoli ({0})</translation>
    </message>
    <message>
        <source>These can also send pain here: {0}</source>
        <translation>Anche questi possono mandare dolore qui: {0}</translation>
    </message>
    <message>
        <source>Commonly tried for this kind of pain</source>
        <translation>Spesso provati per questo tipo di dolore</translation>
    </message>
    <message>
        <source>Matched to: {0}</source>
        <translation>Abbinato a: {0}</translation>
    </message>
    <message>
        <source>To discuss with your clinician</source>
        <translation>Da discutere con il tuo medico o terapista</translation>
    </message>
    <message>
        <source>right</source>
        <translation>destro</translation>
    </message>
    <message>
        <source>left</source>
        <translation>sinistro</translation>
    </message>
    <message>
        <source>For the muscle: {0}</source>
        <translation>Per il muscolo: {0}</translation>
    </message>
    <message>
        <source>Its self-care is left out until a doctor has seen the warning above.</source>
        <translation>La sua auto-cura è esclusa finché un medico non ha valutato l&apos;avviso qui sopra.</translation>
    </message>
    <message>
        <source>{0} more not rated yet</source>
        <translation>altre {0} non ancora valutate</translation>
    </message>
    <message>
        <source>Log again</source>
        <translation>Annota di nuovo</translation>
    </message>
    <message>
        <source>Supplements: the evidence is mostly weak or missing</source>
        <translation>Integratori: le prove sono per lo più deboli o assenti</translation>
    </message>
    <message>
        <source>You: {0}: {1}</source>
        <translation>Tu: {0}: {1}</translation>
    </message>
    <message>
        <source>Show the {0} supplements</source>
        <translation>Mostra i {0} integratori</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Com&apos;è andata?</translation>
    </message>
    <message>
        <source>Rating your tries is what lets bodymap show what helps you.</source>
        <translation>Valutare le tue prove permette a bodymap di mostrarti cosa ti aiuta.</translation>
    </message>
    <message>
        <source>, mean relief {0}/10</source>
        <translation>, sollievo medio {0}/10</translation>
    </message>
    <message numerus="yes">
        <source>better {0} of %n times</source>
        <translation>
            <numerusform>meglio {0} volta su %n</numerusform>
            <numerusform>meglio {0} volte su %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>worse {0} of %n times</source>
        <translation>
            <numerusform>peggio {0} volta su %n</numerusform>
            <numerusform>peggio {0} volte su %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tries elsewhere on the body are waiting for a rating.</source>
        <translation>
            <numerusform>%n prova in un&apos;altra parte del corpo aspetta un giudizio.</numerusform>
            <numerusform>%n prove in altre parti del corpo aspettano un giudizio.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
        <source>relief –</source>
        <translation>sollievo –</translation>
    </message>
    <message>
        <source>relief </source>
        <translation>sollievo </translation>
    </message>
    <message>
        <source>How much relief, from 0 (none) to 10 (complete)</source>
        <translation>Quanto sollievo, da 0 (nessuno) a 10 (completo)</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Meglio</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Uguale</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Peggio</translation>
    </message>
    <message>
        <source>EMERGENCY: call 112 now</source>
        <translation>EMERGENZA: chiama subito il 112</translation>
    </message>
    <message>
        <source>See a doctor today</source>
        <translation>Dal medico oggi stesso</translation>
    </message>
    <message>
        <source>See a doctor within days</source>
        <translation>Dal medico entro pochi giorni</translation>
    </message>
    <message>
        <source>Because of what you told us, treat this as an emergency.</source>
        <translation>Per quello che ci hai detto, trattalo come un&apos;emergenza.</translation>
    </message>
    <message>
        <source>Self-care that could do harm here is left out below.</source>
        <translation>Qui sotto è esclusa l&apos;auto-cura che in questo caso potrebbe fare danno.</translation>
    </message>
    <message>
        <source>Anything else today?</source>
        <translation>Altro da segnalare oggi?</translation>
    </message>
    <message>
        <source>Tick what applies: a mark cannot show these, and some need a doctor.</source>
        <translation>Spunta ciò che vale per te: un segno sulla mappa non può mostrarlo, e alcune cose richiedono un medico.</translation>
    </message>
    <message>
        <source>More questions ({0})</source>
        <translation>Altre domande ({0})</translation>
    </message>
    <message>
        <source>Also watch for these (what the marks cannot show)</source>
        <translation>Fai attenzione anche a questi segnali (quelli che la mappa non può mostrare)</translation>
    </message>
    <message>
        <source>Logged: {0}. In an hour or so, say here how it went.</source>
        <translation>Annotato: {0}. Tra un&apos;ora circa, scrivi qui com&apos;è andata.</translation>
    </message>
    <message>
        <source>Thank you: rating saved.</source>
        <translation>Grazie: valutazione salvata.</translation>
    </message>
    <message>
        <source>too few tries to tell ({0})</source>
        <translation>troppo poche prove per dirlo ({0})</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <source>Fill region</source>
        <translation>Riempi zona</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Paint area</source>
        <translation>Colora area</translation>
    </message>
    <message>
        <source>Change intensity</source>
        <translation>Cambia intensità</translation>
    </message>
    <message>
        <source>Change state</source>
        <translation>Cambia stato</translation>
    </message>
    <message>
        <source>Change spasm kind</source>
        <translation>Cambia tipo di spasmo</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifica nota</translation>
    </message>
    <message>
        <source>Change muscle</source>
        <translation>Cambia muscolo</translation>
    </message>
    <message>
        <source>Link to trigger point</source>
        <translation>Collega al punto trigger</translation>
    </message>
    <message>
        <source>Change pain qualities</source>
        <translation>Cambia le caratteristiche del dolore</translation>
    </message>
    <message>
        <source>Add {kind}</source>
        <translation>Aggiungi {kind}</translation>
    </message>
    <message>
        <source>Delete {kind}</source>
        <translation>Elimina {kind}</translation>
    </message>
    <message>
        <source>Edit mark</source>
        <extracomment>Symptom areas &quot;brought on by&quot; the removed one (they lose the link). The ranks of the symptom areas before the removal (the rest close the gap).</extracomment>
        <translation>Modifica segno</translation>
    </message>
    <message>
        <source>Move marks</source>
        <translation>Sposta segni</translation>
    </message>
    <message>
        <source>Move mark</source>
        <translation>Sposta segno</translation>
    </message>
    <message>
        <source>Renumber</source>
        <translation>Rinumera</translation>
    </message>
    <message>
        <source>Tick region</source>
        <translation>Spunta zona</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>Front</source>
        <translation>Davanti</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Dietro</translation>
    </message>
    <message>
        <source>Head, right side</source>
        <translation>Testa, lato destro</translation>
    </message>
    <message>
        <source>Head, left side</source>
        <translation>Testa, lato sinistro</translation>
    </message>
    <message>
        <source>Soles of the feet</source>
        <translation>Piante dei piedi</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to bodymap</source>
        <extracomment>The kinds of mark the welcome shows, in its order. Pictures drawn ahead by :func:`prepare_step` for the next dialog (each used once). &quot;Symbols and tools&quot; was asked for. The person&apos;s name was saved (the ``ProfileRecord``).</extracomment>
        <translation>Benvenuto in bodymap</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;bodymap is a diary of where it hurts, on a drawing of the body. Click where it hurts, say how much, and save: each time is an &lt;b&gt;episode&lt;/b&gt; you can look back on, and print for your doctor or physiotherapist.&lt;/p&gt;&lt;p&gt;Four kinds of mark, from the simplest:&lt;/p&gt;</source>
        <extracomment>Opens the sample diary (tests replace it; the real one starts another window).</extracomment>
        <translation>&lt;h2&gt;Benvenuto&lt;/h2&gt;&lt;p&gt;bodymap è un diario di dove fa male, su un disegno del corpo. Clicca dove fa male, di&apos; quanto e salva: ogni volta è un &lt;b&gt;episodio&lt;/b&gt; che puoi riguardare e stampare per il tuo medico o fisioterapista.&lt;/p&gt;&lt;p&gt;Quattro tipi di segno, dal più semplice:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolore</translation>
    </message>
    <message>
        <source>Where it hurts. Paint it with the brush (A). If you are not sure which mark to use, use this one: it is always right.</source>
        <translation>Dove fa male. Dipingilo con il pennello (A). Se non sai quale segno usare, usa questo: va sempre bene.</translation>
    </message>
    <message>
        <source>Trigger point</source>
        <translation>Punto trigger</translation>
    </message>
    <message>
        <source>A small, hard knot in a muscle that is sore when pressed. A therapist usually finds it; mark it with T.</source>
        <translation>Un piccolo nodo duro in un muscolo, dolente alla pressione. Di solito lo trova il terapista; segnalo con T.</translation>
    </message>
    <message>
        <source>Referred pain</source>
        <translation>Dolore riferito</translation>
    </message>
    <message>
        <source>Pain felt away from its cause: a knot in the neck can be felt as a headache. Paint the area (B) and link it to its trigger point.</source>
        <translation>Dolore sentito lontano dalla sua causa: un nodo nel collo si può sentire come mal di testa. Colora la zona (B) e collegala al suo punto trigger.</translation>
    </message>
    <message>
        <source>Tender point</source>
        <translation>Punto dolorabile</translation>
    </message>
    <message>
        <source>One of the 18 spots once pressed to diagnose fibromyalgia. It is not a trigger point and sends no pain elsewhere (N).</source>
        <translation>Uno dei 18 punti che un tempo si premevano per diagnosticare la fibromialgia. Non è un punto trigger e non manda dolore altrove (N).</translation>
    </message>
    <message>
        <source>All symbols and tools (Help &gt; Symbols and tools)</source>
        <translation>Tutti i simboli e gli strumenti (Aiuto &gt; Simboli e strumenti)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your name&lt;/b&gt;, as the diary and the printed report should show it:</source>
        <translation>&lt;b&gt;Il tuo nome&lt;/b&gt;, come devono mostrarlo il diario e il resoconto stampato:</translation>
    </message>
    <message>
        <source>for example Anna Rossi</source>
        <translation>per esempio Anna Rossi</translation>
    </message>
    <message>
        <source>Want to look around first? A &lt;b&gt;sample diary&lt;/b&gt; with two years of made-up episodes opens in a window of its own, clearly marked as sample data. Your own diary stays empty and separate.</source>
        <translation>Vuoi prima dare un&apos;occhiata? Un &lt;b&gt;diario di esempio&lt;/b&gt; con due anni di episodi inventati si apre in una finestra a parte, ben segnata come dati di esempio. Il tuo diario resta vuoto e separato.</translation>
    </message>
    <message>
        <source>Open the sample diary</source>
        <translation>Apri il diario di esempio</translation>
    </message>
    <message>
        <source>Start my diary</source>
        <translation>Inizia il mio diario</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>The sample diary could not be made: {e}</source>
        <translation>Non è stato possibile creare il diario di esempio: {e}</translation>
    </message>
    <message>
        <source>The sample diary is opening in its own window</source>
        <translation>Il diario di esempio si sta aprendo in una finestra a parte</translation>
    </message>
    <message>
        <source>The sample diary could not be opened.</source>
        <translation>Non è stato possibile aprire il diario di esempio.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>bodymap cannot open the diary</source>
        <translation>bodymap non riesce ad aprire il diario</translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation>Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Apri un altro file…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>bodymap is already open</source>
        <extracomment>At quit, how long a diary still opening is waited for before the process ends anyway. The cycle collector is paused from the application&apos;s creation until the window settles (bodymap.collector.pause_start_up), and at the latest until this long after: a window whose diary never opens (a failure, a question left open) must not leave it off for good. Imported on a background thread once the window is usable, so that the first history chart, heat map or report does not stop the window while matplotlib loads (a second or so). Set by the warm-up thread once the modules of the panels built later are imported (:data:`bodymap.ui.diary_loader.LATER_MODULES`); the window waits for it before building them in the background, so that no import stops the window. The interpreter&apos;s switch interval (seconds) once the window is in use (hand_lock_quickly).</extracomment>
        <translation>bodymap è già aperto</translation>
    </message>
    <message>
        <source>This diary is already open in another bodymap window.</source>
        <translation>Questo diario è già aperto in un&apos;altra finestra di bodymap.</translation>
    </message>
    <message>
        <source>One diary file is kept by one bodymap at a time, so that nothing is saved twice or lost: {file}</source>
        <translation>Un file di diario è tenuto da un solo bodymap alla volta, perché nulla venga salvato due volte o perso: {file}</translation>
    </message>
    <message>
        <source>Bring it forward</source>
        <translation>Portala in primo piano</translation>
    </message>
    <message>
        <source>Open a diary file</source>
        <translation>Apri un file di diario</translation>
    </message>
    <message>
        <source>bodymap diary (*.sqlite3);;All files (*)</source>
        <translation>Diario di bodymap (*.sqlite3);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>bodymap cannot reach the diary</source>
        <translation>bodymap non riesce a raggiungere il diario</translation>
    </message>
    <message>
        <source>Nothing was lost: an episode you had not saved is kept as a draft and offered again once the diary opens.</source>
        <translation>Non si è perso nulla: un episodio che non avevi salvato è conservato come bozza e ti sarà riproposto quando il diario si apre.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Open another diary…</source>
        <translation>Apri un altro diario…</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argomenti posizionali</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opzioni</translation>
    </message>
    <message>
        <source>optional arguments</source>
        <translation>argomenti facoltativi</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>sottocomandi</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostra questo aiuto ed esce</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostra la versione del programma ed esce</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: errore: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argomento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argomenti non riconosciuti: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>mancano questi argomenti obbligatori: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>serve uno di questi argomenti: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non si può usare insieme a %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argomento esplicito ignorato: %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>serve un valore</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>al massimo un valore</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>serve almeno un valore</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>servono %s valori</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>servono %s valori</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opzione ambigua: %(option)s può essere %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>opzione inattesa: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valore non valido (%(type)s): %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>scelta non valida: %(value)r (scegli tra %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossibile aprire &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>A pain diary on a drawing of the body: mark trigger points and the areas they refer pain to, keep episodes, see the history of each region and print a map for your physiotherapist. Without a command, the window opens.</source>
        <extracomment>Exit status when the reader of our output went away (128 + SIGPIPE, as a shell reports it). Commands that draw (the report&apos;s PDF needs fonts and the SVG drawings): a QGuiApplication, offscreen without a display, instead of a QCoreApplication. The application object of a command run, kept alive for the whole run.</extracomment>
        <translation>Un diario del dolore su un disegno del corpo: segna i punti trigger e le zone in cui riferiscono il dolore, tieni traccia degli episodi, guarda la storia di ogni zona e stampa una mappa per il tuo fisioterapista. Senza un comando si apre la finestra.</translation>
    </message>
    <message>
        <source>show the version of bodymap and exit</source>
        <translation>mostra la versione di bodymap ed esce</translation>
    </message>
    <message>
        <source>on an error, print the full traceback as well as the message</source>
        <translation>in caso di errore, stampa anche il traceback completo oltre al messaggio</translation>
    </message>
    <message>
        <source>PATH_OR_URL</source>
        <translation>PERCORSO_O_URL</translation>
    </message>
    <message>
        <source>database file or SQLAlchemy URL (default: $BODYMAP_DB, then a file in the user data directory)</source>
        <translation>file del database o URL SQLAlchemy (predefinito: $BODYMAP_DB, poi un file nella cartella dei dati dell&apos;utente)</translation>
    </message>
    <message>
        <source>add bodymap to this user&apos;s applications menu (desktop entry, icons, metainfo)</source>
        <translation>aggiunge bodymap al menu delle applicazioni di questo utente (voce desktop, icone, metadati)</translation>
    </message>
    <message>
        <source>remove the menu entry and icons that --install-desktop added</source>
        <translation>rimuove la voce di menu e le icone aggiunte da --install-desktop</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMANDO</translation>
    </message>
    <message>
        <source>the database refused the operation ({error})</source>
        <extracomment>What would show SQL to a person: SQLAlchemy&apos;s &quot;[SQL: ...]&quot; and statements.</extracomment>
        <translation>il database ha rifiutato l&apos;operazione ({error})</translation>
    </message>
    <message>
        <source>unexpected error ({error})</source>
        <translation>errore inatteso ({error})</translation>
    </message>
    <message>
        <source>a number given is too large</source>
        <translation>un numero indicato è troppo grande</translation>
    </message>
    <message>
        <source>a value given is not valid</source>
        <translation>un valore indicato non è valido</translation>
    </message>
    <message>
        <source>there is not enough memory for this</source>
        <translation>non c&apos;è abbastanza memoria per questa operazione</translation>
    </message>
    <message>
        <source>a part bodymap needs for this is not installed ({name})</source>
        <translation>manca un componente che serve a bodymap per questa operazione ({name})</translation>
    </message>
    <message>
        <source>unexpected error ({error}); run with --debug for details</source>
        <translation>errore inatteso ({error}); usa --debug per i dettagli</translation>
    </message>
    <message>
        <source>bodymap: interrupted</source>
        <translation>bodymap: interrotto</translation>
    </message>
    <message numerus="yes">
        <source>Added bodymap to the applications menu ({entry}, %n icon and metainfo files).</source>
        <translation>
            <numerusform>Aggiunto bodymap al menu delle applicazioni ({entry}, %n file di icone e metadati).</numerusform>
            <numerusform>Aggiunto bodymap al menu delle applicazioni ({entry}, %n file di icone e metadati).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n files of bodymap&apos;s menu entry.</source>
        <translation>
            <numerusform>Rimosso %n file della voce di menu di bodymap.</numerusform>
            <numerusform>Rimossi %n file della voce di menu di bodymap.</numerusform>
        </translation>
    </message>
    <message>
        <source>bodymap had no menu entry here: nothing to remove.</source>
        <translation>bodymap non aveva una voce di menu qui: niente da rimuovere.</translation>
    </message>
    <message>
        <source>database file or SQLAlchemy URL (default: BODYMAP_DB, then the user data dir)</source>
        <translation>file del database o URL SQLAlchemy (predefinito: BODYMAP_DB, poi la cartella dei dati dell&apos;utente)</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} non è un numero intero</translation>
    </message>
    <message>
        <source>must be from {low} to {high}, not {text}</source>
        <translation>deve essere da {low} a {high}, non {text}</translation>
    </message>
</context>
<context>
    <name>cli.data</name>
    <message>
        <source>export the diary as JSON or CSV</source>
        <translation>esporta il diario in JSON o CSV</translation>
    </message>
    <message>
        <source>Export every profile (or one) and every episode (or those between two dates) as the complete JSON format or as CSV tables for a spreadsheet.</source>
        <translation>Esporta tutti i profili (o uno) e tutti gli episodi (o quelli tra due date) nel formato JSON completo o come tabelle CSV per un foglio di calcolo.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>default: json</source>
        <translation>predefinito: json</translation>
    </message>
    <message>
        <source>file to write (JSON), or a .zip file or a folder (CSV)</source>
        <translation>file da scrivere (JSON), oppure un file .zip o una cartella (CSV)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>only this profile</source>
        <translation>solo questo profilo</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD</source>
        <translation>primo giorno, AAAA-MM-GG</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD</source>
        <translation>ultimo giorno, AAAA-MM-GG</translation>
    </message>
    <message>
        <source>import a JSON export into the diary</source>
        <translation>importa nel diario un&apos;esportazione JSON</translation>
    </message>
    <message>
        <source>Import a JSON export written by any version of bodymap. The whole file is checked first; then it is written all or nothing. Records already in the diary are not added twice.</source>
        <translation>Importa un&apos;esportazione JSON scritta da qualsiasi versione di bodymap. Prima si controlla tutto il file, poi si scrive tutto o niente. I dati già presenti nel diario non vengono aggiunti due volte.</translation>
    </message>
    <message>
        <source>print the summary as JSON</source>
        <translation>stampa il riepilogo in JSON</translation>
    </message>
    <message>
        <source>back up the diary database now</source>
        <translation>fa subito una copia di sicurezza del database del diario</translation>
    </message>
    <message>
        <source>Copy the diary with the sqlite3 backup API, into the backups folder beside the database or to FILE. A diary on a database server is backed up as a full JSON export into the backups folder of the user data folder.</source>
        <translation>Copia il diario con l&apos;API di backup di sqlite3 nella cartella delle copie accanto al database, o in FILE. Per un diario su un server di database la copia è un&apos;esportazione JSON completa nella cartella delle copie, dentro la cartella dei dati dell&apos;utente.</translation>
    </message>
    <message>
        <source>where to write the backup</source>
        <translation>dove scrivere la copia di sicurezza</translation>
    </message>
    <message>
        <source>list the existing backups instead</source>
        <translation>elenca invece le copie di sicurezza esistenti</translation>
    </message>
    <message>
        <source>replace the diary with a backup</source>
        <translation>sostituisce il diario con una copia di sicurezza</translation>
    </message>
    <message>
        <source>Check FILE, keep the current diary as a backup, then replace it with FILE.</source>
        <translation>Controlla FILE, conserva il diario attuale come copia di sicurezza, poi lo sostituisce con FILE.</translation>
    </message>
    <message>
        <source>{file} cannot be imported: {error}
The diary was not changed.</source>
        <translation>{file} non si può importare: {error}
Il diario non è stato modificato.</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} byte</translation>
    </message>
    <message>
        <source>{path} is a file: CSV tables go into a .zip file or a folder (for example {zip})</source>
        <translation>{path} è un file: le tabelle CSV vanno in un file .zip o in una cartella (per esempio {zip})</translation>
    </message>
    <message>
        <source>CSV tables go into a .zip file or a folder, and {name} is neither: use {zip} for a zip file, or a name without an extension for a folder</source>
        <translation>Le tabelle CSV vanno in un file .zip o in una cartella, e {name} non è né l&apos;uno né l&apos;altra: usa {zip} per un file zip, oppure un nome senza estensione per una cartella</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to viene prima di --from</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>esportazione in corso</translation>
    </message>
    <message numerus="yes">
        <source>%n episodes</source>
        <translation>
            <numerusform>%n episodio</numerusform>
            <numerusform>%n episodi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marks</source>
        <translation>
            <numerusform>%n segno</numerusform>
            <numerusform>%n segni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n therapy uses</source>
        <translation>
            <numerusform>%n uso di terapie</numerusform>
            <numerusform>%n usi di terapie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profiles</source>
        <translation>
            <numerusform>%n profilo</numerusform>
            <numerusform>%n profili</numerusform>
        </translation>
    </message>
    <message>
        <source>exported {episodes}, {marks} and {uses} of {profiles} to {path}</source>
        <translation>esportati {episodes}, {marks} e {uses} di {profiles} in {path}</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>importazione in corso</translation>
    </message>
    <message>
        <source>imported {file}:</source>
        <translation>importato {file}:</translation>
    </message>
    <message>
        <source>people</source>
        <translation>persone</translation>
    </message>
    <message>
        <source>therapies</source>
        <translation>terapie</translation>
    </message>
    <message>
        <source>episodes</source>
        <translation>episodi</translation>
    </message>
    <message>
        <source>marks</source>
        <translation>segni</translation>
    </message>
    <message>
        <source>therapy uses</source>
        <translation>usi di terapie</translation>
    </message>
    <message>
        <source>fibromyalgia assessments</source>
        <translation>valutazioni della fibromialgia</translation>
    </message>
    <message>
        <source>tender-point exams</source>
        <translation>esami dei punti dolorabili</translation>
    </message>
    <message>
        <source>PSFS activities</source>
        <translation>attività PSFS</translation>
    </message>
    <message>
        <source>PSFS ratings</source>
        <translation>punteggi PSFS</translation>
    </message>
    <message>
        <source>PGIC ratings</source>
        <translation>valutazioni PGIC</translation>
    </message>
    <message>
        <source>{what}: {added} added, {skipped} already there</source>
        <translation>{what}: {added} in più, {skipped} già presenti</translation>
    </message>
    <message>
        <source>DAMAGED ({problem})</source>
        <translation>DANNEGGIATA ({problem})</translation>
    </message>
    <message>
        <source>backed up {diary} to {out}</source>
        <translation>copia di sicurezza di {diary} in {out}</translation>
    </message>
    <message>
        <source>(a full JSON export: restore it with `bodymap import`; the server&apos;s own backups, such as pg_dump, remain the practice&apos;s safety net)</source>
        <translation>(un&apos;esportazione JSON completa: si ripristina con `bodymap import`; le copie del server stesso, come pg_dump, restano la rete di sicurezza dello studio)</translation>
    </message>
    <message>
        <source>restore replaces a diary file (SQLite); a diary on a database server is not replaced wholesale. To bring back a JSON backup, use `bodymap import FILE`; to go back in time on the server, use the server&apos;s own backups (pg_dump).</source>
        <translation>restore sostituisce un file del diario (SQLite); un diario su un server di database non si sostituisce in blocco. Per recuperare una copia JSON usa `bodymap import FILE`; per tornare indietro nel tempo sul server usa le copie del server stesso (pg_dump).</translation>
    </message>
    <message>
        <source>{file} is a JSON export, not a diary file: use `bodymap import` to bring its records into the diary</source>
        <translation>{file} è un&apos;esportazione JSON, non un file del diario: usa `bodymap import` per portarne i dati nel diario</translation>
    </message>
    <message>
        <source>{error}
The diary was not changed.</source>
        <translation>{error}
Il diario non è stato modificato.</translation>
    </message>
    <message>
        <source>restored {diary} from {file}</source>
        <translation>ripristinato {diary} da {file}</translation>
    </message>
    <message>
        <source>the previous diary was kept as {kept}</source>
        <translation>il diario precedente è conservato come {kept}</translation>
    </message>
</context>
<context>
    <name>cli.demo</name>
    <message>
        <source>fill a database with a sample diary</source>
        <translation>riempie un database con un diario di esempio</translation>
    </message>
    <message>
        <source>Write a believable sample diary for one person: flares and quiet weeks, trigger points in real muscles with the areas they refer pain to, spasms, tender points and therapies with their outcomes.  For trying bodymap out, screenshots and benchmarks.  Without --db it goes to a sample diary file of its own, never into your diary.</source>
        <translation>Scrive un diario di esempio credibile per una persona: riacutizzazioni e settimane tranquille, punti trigger in muscoli veri con le zone in cui riferiscono il dolore, spasmi, punti dolorabili e terapie con i loro esiti. Per provare bodymap, fare screenshot e benchmark. Senza --db va in un file di esempio a parte, mai nel tuo diario.</translation>
    </message>
    <message>
        <source>how many years (default 10)</source>
        <translation>quanti anni (predefinito 10)</translation>
    </message>
    <message>
        <source>random seed (same seed, same diary)</source>
        <translation>seme casuale (stesso seme, stesso diario)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>profile to fill (created if missing; default: Demo)</source>
        <translation>profilo da riempire (creato se manca; predefinito: Demo)</translation>
    </message>
    <message>
        <source>print the counts as JSON</source>
        <translation>stampa i conteggi in JSON</translation>
    </message>
    <message>
        <source>allow writing the sample into your own diary (refused otherwise)</source>
        <translation>permette di scrivere l&apos;esempio nel tuo diario (altrimenti rifiutato)</translation>
    </message>
    <message>
        <source>--years must be more than 0 and at most 50, not {years}</source>
        <translation>--years deve essere più di 0 e al massimo 50, non {years}</translation>
    </message>
    <message>
        <source>{db} is your own diary: the sample would mix made-up episodes into it. Leave out --db to write the sample diary to a file of its own, or add --into-my-diary if that is really what you want.</source>
        <translation>{db} è il tuo diario: l&apos;esempio ci mescolerebbe episodi inventati. Togli --db per scrivere il diario di esempio in un file a parte, oppure aggiungi --into-my-diary se è proprio quello che vuoi.</translation>
    </message>
    <message numerus="yes">
        <source>%n episodes</source>
        <translation>
            <numerusform>%n episodio</numerusform>
            <numerusform>%n episodi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marks</source>
        <translation>
            <numerusform>%n segno</numerusform>
            <numerusform>%n segni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n therapy uses</source>
        <translation>
            <numerusform>%n uso di terapie</numerusform>
            <numerusform>%n usi di terapie</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {episodes} with {marks} and {uses} for profile {profile} in {seconds} s.</source>
        <translation>Scritti {episodes} con {marks} e {uses} per il profilo {profile} in {seconds} s.</translation>
    </message>
    <message>
        <source>The sample diary is {db}; open it with: bodymap --db {db}</source>
        <translation>Il diario di esempio è {db}; aprilo con: bodymap --db {db}</translation>
    </message>
</context>
<context>
    <name>cli.fibro</name>
    <message>
        <source>{text} is not a date (use YYYY-MM-DD)</source>
        <extracomment>--option -&gt; field of the SSS (AssessmentRecord / scores.SymptomSeverity).</extracomment>
        <translation>{text} non è una data (usa AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>the day, YYYY-MM-DD (default: today)</source>
        <translation>il giorno, AAAA-MM-GG (predefinito: oggi)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>profile (default: the first one)</source>
        <translation>profilo (predefinito: il primo)</translation>
    </message>
    <message>
        <source>fibromyalgia measures: WPI from the map, SSS, FS, the 2016 criteria</source>
        <translation>misure della fibromialgia: WPI dalla mappa, SSS, FS, i criteri 2016</translation>
    </message>
    <message>
        <source>The Widespread Pain Index (WPI) as the map shows it for the 7 days up to the day asked about, the latest assessment, the Symptom Severity Scale (SSS), FS and the 2016 criteria. Information, not a diagnosis: talk to your doctor about what the figures mean for you. `bodymap fibro sss` records an SSS, `bodymap fibro tender` a tender-point exam.</source>
        <translation>L&apos;indice del dolore diffuso (WPI) come lo mostra la mappa nei 7 giorni fino al giorno richiesto, l&apos;ultima valutazione, la scala di gravità dei sintomi (SSS), FS e i criteri 2016. Sono informazioni, non una diagnosi: parla con il tuo medico di cosa significano per te. `bodymap fibro sss` registra una SSS, `bodymap fibro tender` un esame dei punti dolorabili.</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>stampa in JSON</translation>
    </message>
    <message>
        <source>record the Symptom Severity Scale</source>
        <translation>registra la scala di gravità dei sintomi (SSS)</translation>
    </message>
    <message>
        <source>Record an assessment with the six answers of the Symptom Severity Scale. Fatigue, waking unrefreshed and cognitive symptoms over the past week: 0 no problem, 1 slight or mild, 2 moderate, 3 severe. Headaches, pain or cramps in the lower belly and depression over the past 6 months: yes or no. The assessment&apos;s WPI areas are those the map shows for the day (not adjusted) unless --areas names them.</source>
        <translation>Registra una valutazione con le sei risposte della scala di gravità dei sintomi. Affaticamento, risveglio non ristoratore e sintomi cognitivi nell&apos;ultima settimana: 0 nessun problema, 1 lieve, 2 moderato, 3 grave. Mal di testa, dolore o crampi al basso ventre e depressione negli ultimi 6 mesi: sì o no. Le aree WPI della valutazione sono quelle che la mappa mostra per quel giorno (non corrette), a meno che --areas non le indichi.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>past 6 months</source>
        <translation>ultimi 6 mesi</translation>
    </message>
    <message>
        <source>fatigue, past week</source>
        <translation>affaticamento, ultima settimana</translation>
    </message>
    <message>
        <source>waking up unrefreshed, past week</source>
        <translation>risveglio non ristoratore, ultima settimana</translation>
    </message>
    <message>
        <source>trouble thinking or remembering, past week</source>
        <translation>difficoltà a pensare o a ricordare, ultima settimana</translation>
    </message>
    <message>
        <source>pain or cramps in the lower belly, past 6 months</source>
        <translation>dolore o crampi al basso ventre, ultimi 6 mesi</translation>
    </message>
    <message>
        <source>symptoms at a similar level for at least 3 months (your confirmation)</source>
        <translation>sintomi di intensità simile da almeno 3 mesi (la tua conferma)</translation>
    </message>
    <message>
        <source>the WPI areas you confirm (ids as in `bodymap fibro --json`); default: those the map shows</source>
        <translation>le aree WPI che confermi (id come in `bodymap fibro --json`); predefinito: quelle che mostra la mappa</translation>
    </message>
    <message>
        <source>a note kept with the assessment</source>
        <translation>una nota da conservare con la valutazione</translation>
    </message>
    <message>
        <source>print the saved assessment as JSON</source>
        <translation>stampa in JSON la valutazione salvata</translation>
    </message>
    <message>
        <source>record a tender-point exam (ACR 1990)</source>
        <translation>registra un esame dei punti dolorabili (ACR 1990)</translation>
    </message>
    <message>
        <source>Record a tender-point exam of the 18 sites of the 1990 criteria: the sites named are tender, the others not. Tender points are not trigger points and never count in the WPI; the 2010 and 2016 criteria no longer use them.</source>
        <translation>Registra un esame dei 18 punti dei criteri del 1990: i punti indicati sono dolorabili, gli altri no. I punti dolorabili non sono punti trigger e non contano mai nel WPI; i criteri 2010 e 2016 non li usano più.</translation>
    </message>
    <message>
        <source>the tender sites, e.g. occiput_left,trapezius_right (empty: none)</source>
        <translation>i punti dolorabili, per esempio occiput_left,trapezius_right (vuoto: nessuno)</translation>
    </message>
    <message>
        <source>a note kept with the exam</source>
        <translation>una nota da conservare con l&apos;esame</translation>
    </message>
    <message>
        <source>print the saved exam as JSON</source>
        <translation>stampa in JSON l&apos;esame salvato</translation>
    </message>
    <message>
        <source>{option}: must be a whole number from 0 to 3, not {text}</source>
        <translation>{option}: deve essere un numero intero da 0 a 3, non {text}</translation>
    </message>
    <message>
        <source>{option}: must be yes or no, not {text}</source>
        <translation>{option}: deve essere yes o no, non {text}</translation>
    </message>
    <message>
        <source>{problem}; nothing was saved</source>
        <translation>{problem}; non è stato salvato niente</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>non noto</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>Fibromyalgia measures for {day} ({profile})</source>
        <translation>Misure della fibromialgia al {day} ({profile})</translation>
    </message>
    <message>
        <source>(confirmed in the assessment)</source>
        <translation>(confermato nella valutazione)</translation>
    </message>
    <message>
        <source>(from the map)</source>
        <translation>(dalla mappa)</translation>
    </message>
    <message>
        <source>  areas: {areas}</source>
        <translation>  aree: {areas}</translation>
    </message>
    <message>
        <source>  from the map, {first} to {last}: {score}</source>
        <translation>  dalla mappa, dal {first} al {last}: {score}</translation>
    </message>
    <message>
        <source>areas adjusted from the map</source>
        <translation>aree corrette rispetto alla mappa</translation>
    </message>
    <message>
        <source>areas as the map suggested</source>
        <translation>aree come suggerite dalla mappa</translation>
    </message>
    <message>
        <source>(older than the 7 days, not used for the WPI)</source>
        <translation>(più vecchia dei 7 giorni, non usata per il WPI)</translation>
    </message>
    <message>
        <source>  latest assessment {day}: WPI {wpi}, {how}</source>
        <translation>  ultima valutazione {day}: WPI {wpi}, {how}</translation>
    </message>
    <message>
        <source>{sss}: not recorded (`bodymap fibro sss` records it)</source>
        <translation>{sss}: non registrata (la registra `bodymap fibro sss`)</translation>
    </message>
    <message>
        <source>FS: not known</source>
        <translation>FS: non noto</translation>
    </message>
    <message>
        <source>{n} of 5</source>
        <translation>{n} su 5</translation>
    </message>
    <message>
        <source>, as you confirmed</source>
        <translation>, come hai confermato</translation>
    </message>
    <message>
        <source>, as the diary shows</source>
        <translation>, come mostra il diario</translation>
    </message>
    <message>
        <source>; pain in the diary since {day}</source>
        <translation>; dolore nel diario dal {day}</translation>
    </message>
    <message>
        <source>Symptoms for at least 3 months: {answer}</source>
        <translation>Sintomi da almeno 3 mesi: {answer}</translation>
    </message>
    <message>
        <source>met</source>
        <comment>the 2016 criteria</comment>
        <translation>soddisfatti</translation>
    </message>
    <message>
        <source>not met</source>
        <comment>the 2016 criteria</comment>
        <translation>non soddisfatti</translation>
    </message>
    <message>
        <source>not known</source>
        <comment>the 2016 criteria</comment>
        <translation>non noti</translation>
    </message>
    <message>
        <source>2016 criteria: {met}</source>
        <translation>Criteri 2016: {met}</translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation>corrette</translation>
    </message>
    <message>
        <source>from the map</source>
        <translation>dalla mappa</translation>
    </message>
    <message>
        <source>recorded for {day} ({profile}): SSS {sss}, WPI {wpi} ({how}), FS {fs}</source>
        <translation>registrata per il {day} ({profile}): SSS {sss}, WPI {wpi} ({how}), FS {fs}</translation>
    </message>
    <message>
        <source>recorded a tender-point exam for {day} ({profile}): {count} tender</source>
        <translation>registrato un esame dei punti dolorabili per il {day} ({profile}): {count} dolorabili</translation>
    </message>
</context>
<context>
    <name>cli.history</name>
    <message>
        <source>the history of one body region</source>
        <translation>la storia di una zona del corpo</translation>
    </message>
    <message>
        <source>Show how often a body region hurt and how much, the pain qualities, the trigger points marked there and the muscles that can refer pain there, and the therapies used there with their outcomes.</source>
        <translation>Mostra quanto spesso e quanto ha fatto male una zona del corpo, le caratteristiche del dolore, i punti trigger segnati lì e i muscoli che possono riferirvi dolore, e le terapie usate lì con i loro esiti.</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>ZONA</translation>
    </message>
    <message>
        <source>region id, e.g. neck_back.right</source>
        <translation>id della zona, per esempio neck_back.right</translation>
    </message>
    <message>
        <source>one value per body region over a date range</source>
        <translation>un valore per ogni zona del corpo in un periodo</translation>
    </message>
    <message>
        <source>How often each region hurt (episodes per week) or its mean or peak intensity over the range, highest first.</source>
        <translation>Quanto spesso ha fatto male ogni zona (episodi a settimana), o la sua intensità media o massima nel periodo, a partire dal valore più alto.</translation>
    </message>
    <message>
        <source>episodes per week (default), mean or peak intensity</source>
        <translation>episodi a settimana (predefinito), intensità media o massima</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD</source>
        <translation>primo giorno, AAAA-MM-GG</translation>
    </message>
    <message>
        <source>last day (inclusive)</source>
        <translation>ultimo giorno (compreso)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>profile (default: the first one)</source>
        <translation>profilo (predefinito: il primo)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>stampa in JSON</translation>
    </message>
    <message>
        <source>{flag}: {value} is not a date (use YYYY-MM-DD)</source>
        <translation>{flag}: {value} non è una data (usa AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>--to must not be before --from</source>
        <translation>--to non può venire prima di --from</translation>
    </message>
    <message>
        <source>unknown region {region} (see `bodymap regions`)</source>
        <translation>zona sconosciuta {region} (vedi `bodymap regions`)</translation>
    </message>
    <message>
        <source>  episodes: {count}   per week: {per_week}</source>
        <translation>  episodi: {count}   a settimana: {per_week}</translation>
    </message>
    <message>
        <source>  intensity: mean {mean}, peak {peak} (0-10)</source>
        <translation>  intensità: media {mean}, massima {peak} (0-10)</translation>
    </message>
    <message>
        <source>  qualities: {list}</source>
        <translation>  caratteristiche del dolore: {list}</translation>
    </message>
    <message>
        <source>  trigger points marked here:</source>
        <translation>  punti trigger segnati qui:</translation>
    </message>
    <message>
        <source>  muscles that can refer pain here: {list}</source>
        <translation>  muscoli che possono riferire dolore qui: {list}</translation>
    </message>
    <message>
        <source>  therapies (better / same / worse, mean relief):</source>
        <translation>  terapie (meglio / uguale / peggio, sollievo medio):</translation>
    </message>
    <message>
        <source>    {name}: {better} / {same} / {worse}, relief {relief}</source>
        <translation>    {name}: {better} / {same} / {worse}, sollievo {relief}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>latent</source>
        <translation>latente</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>risolto</translation>
    </message>
    <message>
        <source>episodes/week</source>
        <translation>episodi/settimana</translation>
    </message>
    <message>
        <source>mean 0-10</source>
        <translation>media 0-10</translation>
    </message>
    <message>
        <source>peak 0-10</source>
        <translation>massima 0-10</translation>
    </message>
    <message>
        <source>region</source>
        <translation>zona</translation>
    </message>
</context>
<context>
    <name>cli.outcomes</name>
    <message>
        <source>{text} is not a date (use YYYY-MM-DD)</source>
        <translation>{text} non è una data (usa AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, not {text}</source>
        <translation>deve essere un numero intero da {low} a {high}, non {text}</translation>
    </message>
    <message>
        <source>very much improved</source>
        <translation>molto migliorato</translation>
    </message>
    <message>
        <source>much improved</source>
        <translation>migliorato</translation>
    </message>
    <message>
        <source>minimally improved</source>
        <translation>lievemente migliorato</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>nessun cambiamento</translation>
    </message>
    <message>
        <source>minimally worse</source>
        <translation>lievemente peggiorato</translation>
    </message>
    <message>
        <source>much worse</source>
        <translation>peggiorato</translation>
    </message>
    <message>
        <source>very much worse</source>
        <translation>molto peggiorato</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>profile (default: the first one)</source>
        <translation>profilo (predefinito: il primo)</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD (default: all)</source>
        <translation>primo giorno, AAAA-MM-GG (predefinito: tutti)</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD (default: all)</source>
        <translation>ultimo giorno, AAAA-MM-GG (predefinito: tutti)</translation>
    </message>
    <message>
        <source>the day, YYYY-MM-DD (default: today)</source>
        <translation>il giorno, AAAA-MM-GG (predefinito: oggi)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>stampa in JSON</translation>
    </message>
    <message>
        <source>outcome measures: PSFS and PGIC</source>
        <translation>misure di esito: PSFS e PGIC</translation>
    </message>
    <message>
        <source>The outcome measures a physiotherapist uses. PSFS (Patient-Specific Functional Scale): up to five activities you find hard because of your problem, each rated from 0 (unable to do it) to 10 (as well as before the problem), rated again over time; the score of a day is the mean of its ratings. PGIC (Patient Global Impression of Change): at a follow-up, how you are overall since treatment began, from 1 (very much improved) through 4 (no change) to 7 (very much worse). Without a sub-command: both measures of the period.</source>
        <translation>Le misure di esito che usa un fisioterapista. PSFS (scala funzionale specifica per il paziente): fino a cinque attività che trovi difficili a causa del tuo problema, ciascuna con un voto da 0 (non riesco a farla) a 10 (bene come prima del problema), rivalutate nel tempo; il punteggio di un giorno è la media dei suoi voti. PGIC (impressione globale di cambiamento del paziente): a un controllo, come stai nel complesso da quando è iniziato il trattamento, da 1 (molto migliorato) passando per 4 (nessun cambiamento) fino a 7 (molto peggiorato). Senza un sottocomando: entrambe le misure del periodo.</translation>
    </message>
    <message>
        <source>the Patient-Specific Functional Scale</source>
        <translation>la scala funzionale specifica per il paziente (PSFS)</translation>
    </message>
    <message>
        <source>Name up to five activities that are hard because of your problem and rate each from 0 (unable to do it) to 10 (able to do it as well as before the problem). Rate the same activities again at each visit; retire one you no longer rate (its ratings are kept) to make room for another.</source>
        <translation>Indica fino a cinque attività che il tuo problema rende difficili e dai a ciascuna un voto da 0 (non riesco a farla) a 10 (la faccio bene come prima del problema). Rivaluta le stesse attività a ogni visita; metti da parte quella che non valuti più (i suoi voti restano) per fare posto a un&apos;altra.</translation>
    </message>
    <message>
        <source>ACTIVITY</source>
        <translation>ATTIVITÀ</translation>
    </message>
    <message>
        <source>the activity&apos;s number (as `psfs list` shows it) or its name</source>
        <translation>il numero dell&apos;attività (come lo mostra `psfs list`) o il suo nome</translation>
    </message>
    <message>
        <source>name a new activity</source>
        <translation>aggiunge una nuova attività</translation>
    </message>
    <message>
        <source>the activity, in your words</source>
        <translation>l&apos;attività, con parole tue</translation>
    </message>
    <message>
        <source>print the activity as JSON</source>
        <translation>stampa l&apos;attività in JSON</translation>
    </message>
    <message>
        <source>rate an activity, 0-10</source>
        <translation>valuta un&apos;attività, 0-10</translation>
    </message>
    <message>
        <source>0 unable to do it, 10 as well as before the problem</source>
        <translation>0 non riesco a farla, 10 bene come prima del problema</translation>
    </message>
    <message>
        <source>print the rating as JSON</source>
        <translation>stampa il voto in JSON</translation>
    </message>
    <message>
        <source>the activities and their ratings</source>
        <translation>le attività e i loro voti</translation>
    </message>
    <message>
        <source>stop rating an activity (its ratings are kept)</source>
        <translation>smette di valutare un&apos;attività (i suoi voti restano)</translation>
    </message>
    <message>
        <source>give an activity a new name</source>
        <translation>dà un nuovo nome a un&apos;attività</translation>
    </message>
    <message>
        <source>the new name</source>
        <translation>il nuovo nome</translation>
    </message>
    <message>
        <source>the Patient Global Impression of Change</source>
        <translation>l&apos;impressione globale di cambiamento del paziente (PGIC)</translation>
    </message>
    <message>
        <source>How you are overall since your treatment began: 1 very much improved, 2 much improved, 3 minimally improved, 4 no change, 5 minimally worse, 6 much worse, 7 very much worse.</source>
        <translation>Come stai nel complesso da quando è iniziato il trattamento: 1 molto migliorato, 2 migliorato, 3 lievemente migliorato, 4 nessun cambiamento, 5 lievemente peggiorato, 6 peggiorato, 7 molto peggiorato.</translation>
    </message>
    <message>
        <source>record an impression of change</source>
        <translation>registra un&apos;impressione di cambiamento</translation>
    </message>
    <message>
        <source>1 very much improved, 4 no change, 7 very much worse</source>
        <translation>1 molto migliorato, 4 nessun cambiamento, 7 molto peggiorato</translation>
    </message>
    <message>
        <source>a note kept with it</source>
        <translation>una nota da conservare con la risposta</translation>
    </message>
    <message>
        <source>the ratings of the period</source>
        <translation>i voti del periodo</translation>
    </message>
    <message>
        <source>{problem}; nothing was saved</source>
        <translation>{problem}; non è stato salvato niente</translation>
    </message>
    <message>
        <source>--to must not be before --from</source>
        <translation>--to non può venire prima di --from</translation>
    </message>
    <message>
        <source>no PSFS activity {text}; `bodymap outcomes psfs list` shows them</source>
        <translation>nessuna attività PSFS {text}; `bodymap outcomes psfs list` le mostra</translation>
    </message>
    <message>
        <source>PSFS, {profile} (0 unable to do it, 10 as before the problem)</source>
        <translation>PSFS, {profile} (0 non riesco a farla, 10 come prima del problema)</translation>
    </message>
    <message>
        <source>  no activities yet (`bodymap outcomes psfs add NAME`)</source>
        <translation>  ancora nessuna attività (`bodymap outcomes psfs add NOME`)</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>dal {day}</translation>
    </message>
    <message>
        <source>{first} to {last}, retired</source>
        <translation>dal {first} al {last}, non più valutata</translation>
    </message>
    <message>
        <source>not rated in the period</source>
        <translation>non valutata nel periodo</translation>
    </message>
    <message>
        <source>  score (mean of the day&apos;s ratings):</source>
        <translation>  punteggio (media dei voti del giorno):</translation>
    </message>
    <message numerus="yes">
        <source>(%n activities)</source>
        <translation>
            <numerusform>(%n attività)</numerusform>
            <numerusform>(%n attività)</numerusform>
        </translation>
    </message>
    <message>
        <source>  change from {first} to {last}: {change}</source>
        <translation>  variazione dal {first} al {last}: {change}</translation>
    </message>
    <message>
        <source>PGIC, {profile} (1 very much improved, 4 no change, 7 very much worse)</source>
        <translation>PGIC, {profile} (1 molto migliorato, 4 nessun cambiamento, 7 molto peggiorato)</translation>
    </message>
    <message>
        <source>  none in the period (`bodymap outcomes pgic add SCORE`)</source>
        <translation>  nessuna nel periodo (`bodymap outcomes pgic add PUNTEGGIO`)</translation>
    </message>
    <message>
        <source>Added the activity {name} from {day}.</source>
        <translation>Aggiunta l&apos;attività {name} dal {day}.</translation>
    </message>
    <message>
        <source>{name}: {score} on {day}.</source>
        <translation>{name}: {score} il {day}.</translation>
    </message>
    <message>
        <source>{name}: not rated from {day} on; its ratings are kept.</source>
        <translation>{name}: non più valutata dal {day}; i suoi voti restano.</translation>
    </message>
    <message>
        <source>{old} is now called {new}.</source>
        <translation>{old} ora si chiama {new}.</translation>
    </message>
    <message>
        <source>PGIC on {day}: {score} ({label}).</source>
        <translation>PGIC del {day}: {score} ({label}).</translation>
    </message>
</context>
<context>
    <name>cli.regions</name>
    <message>
        <source>list the body regions and where they are drawn</source>
        <translation>elenca le zone del corpo e dove sono disegnate</translation>
    </message>
    <message>
        <source>List every body region with its label, side (the patient&apos;s), views, Widespread Pain Index area, body region, and per view its bounding box and an inside point in viewBox units.</source>
        <translation>Elenca ogni zona del corpo con il nome, il lato (del paziente), le viste, l&apos;area dell&apos;indice del dolore diffuso (WPI), la regione del corpo e, per ogni vista, il rettangolo che la contiene e un punto interno in unità del viewBox.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VISTA</translation>
    </message>
    <message>
        <source>only the regions drawn in this view</source>
        <translation>solo le zone disegnate in questa vista</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>stampa in JSON invece che in tabella</translation>
    </message>
    <message>
        <source>name the body region under a point of a view</source>
        <translation>dice quale zona del corpo c&apos;è sotto un punto di una vista</translation>
    </message>
    <message>
        <source>Name the region under the point (X, Y) of VIEW, in viewBox units. Exit status 1 if the point is outside the body, 2 if the view is unknown.</source>
        <translation>Dice quale zona c&apos;è sotto il punto (X, Y) di VISTA, in unità del viewBox. Stato di uscita 1 se il punto è fuori dal corpo, 2 se la vista non esiste.</translation>
    </message>
    <message>
        <source>front, back, head_right, head_left or soles</source>
        <translation>front, back, head_right, head_left o soles</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>stampa in JSON</translation>
    </message>
    <message>
        <source>bodymap: unknown view {view}; the views are: {known}</source>
        <translation>bodymap: vista sconosciuta {view}; le viste sono: {known}</translation>
    </message>
    <message>
        <source>right</source>
        <translation>destro</translation>
    </message>
    <message>
        <source>left</source>
        <translation>sinistro</translation>
    </message>
    <message>
        <source>midline</source>
        <translation>linea mediana</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>ETICHETTA</translation>
    </message>
    <message>
        <source>SIDE</source>
        <translation>LATO</translation>
    </message>
    <message>
        <source>WPI AREA</source>
        <translation>AREA WPI</translation>
    </message>
    <message>
        <source>BODY REGION</source>
        <translation>REGIONE DEL CORPO</translation>
    </message>
    <message>
        <source>BBOX</source>
        <translation>RETTANGOLO</translation>
    </message>
    <message>
        <source>INSIDE</source>
        <translation>PUNTO INTERNO</translation>
    </message>
    <message>
        <source>(not drawn)</source>
        <translation>(non disegnata)</translation>
    </message>
    <message numerus="yes">
        <source>%n regions</source>
        <translation>
            <numerusform>%n zona</numerusform>
            <numerusform>%n zone</numerusform>
        </translation>
    </message>
    <message>
        <source>bodymap: point ({x}, {y}) is outside the body in view {view} (viewBox 0 0 {width} {height})</source>
        <translation>bodymap: il punto ({x}, {y}) è fuori dal corpo nella vista {view} (viewBox 0 0 {width} {height})</translation>
    </message>
    <message>
        <source>bodymap: point ({x}, {y}) is outside the drawing in view {view} (viewBox 0 0 {width} {height})</source>
        <translation>bodymap: il punto ({x}, {y}) è fuori dal disegno nella vista {view} (viewBox 0 0 {width} {height})</translation>
    </message>
</context>
<context>
    <name>cli.report</name>
    <message>
        <source>write the pain map for the physiotherapist as a PDF</source>
        <translation>scrive in PDF la mappa del dolore per il fisioterapista</translation>
    </message>
    <message>
        <source>Write a PDF to take to the physiotherapist: the body chart with numbered areas, since the last visit, overall pain and fatigue, the tables by region and of the therapies tried, the outcome measures and room for the therapist&apos;s notes. Without dates it covers the last 3 months, as the window does.</source>
        <translation>Scrive un PDF da portare al fisioterapista: lo schema corporeo con le aree numerate, cosa è successo dall&apos;ultima visita, dolore e affaticamento complessivi, le tabelle per zona e delle terapie provate, le misure di esito e lo spazio per le note del terapista. Senza date copre gli ultimi 3 mesi, come fa la finestra.</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <source>the PDF to write (default: a dated name in this folder)</source>
        <translation>il PDF da scrivere (predefinito: un nome con la data in questa cartella)</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD</source>
        <translation>primo giorno, AAAA-MM-GG</translation>
    </message>
    <message>
        <source>last day (inclusive)</source>
        <translation>ultimo giorno (compreso)</translation>
    </message>
    <message>
        <source>the whole diary instead of the last 3 months</source>
        <translation>tutto il diario invece degli ultimi 3 mesi</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>one episode instead of a period</source>
        <translation>un solo episodio invece di un periodo</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>profile (default: the first one)</source>
        <translation>profilo (predefinito: il primo)</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>ELENCO</translation>
    </message>
    <message>
        <source>comma-separated sections to include (default: all but plan): %1</source>
        <translation>sezioni da includere, separate da virgole (predefinito: tutte tranne plan): %1</translation>
    </message>
    <message>
        <source>one page for a quick visit</source>
        <translation>una pagina per una visita veloce</translation>
    </message>
    <message>
        <source>also write the self-care plan as its own PDF</source>
        <translation>scrive anche il piano di autotrattamento in un PDF a parte</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>CHIAVI</translation>
    </message>
    <message>
        <source>catalogue keys of the therapies for the self-care plan (default: the home therapies tried that helped)</source>
        <translation>chiavi del catalogo delle terapie per il piano di autotrattamento (predefinito: le terapie fatte a casa che hanno aiutato)</translation>
    </message>
    <message>
        <source>paper size (default: from the locale)</source>
        <translation>formato della carta (predefinito: secondo le impostazioni locali)</translation>
    </message>
    <message>
        <source>print what was written as JSON</source>
        <translation>stampa in JSON cosa è stato scritto</translation>
    </message>
    <message>
        <source>--sections: name at least one section</source>
        <translation>--sections: indica almeno una sezione</translation>
    </message>
    <message>
        <source>--sections: unknown section %1; choose from %2</source>
        <translation>--sections: sezione sconosciuta %1; scegli tra %2</translation>
    </message>
    <message>
        <source>%1 should end in .pdf</source>
        <translation>%1 dovrebbe finire in .pdf</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la cartella %1 non esiste</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 è una cartella</translation>
    </message>
    <message>
        <source>give either --episode or --from/--to (or --all), not both</source>
        <translation>indica --episode oppure --from/--to (o --all), non entrambi</translation>
    </message>
    <message>
        <source>give either --all or --from/--to, not both</source>
        <translation>indica --all oppure --from/--to, non entrambi</translation>
    </message>
    <message>
        <source>cannot write %1: %2; no PDF was written</source>
        <translation>impossibile scrivere %1: %2; nessun PDF è stato scritto</translation>
    </message>
    <message>
        <source>%1: 1 page (%2)</source>
        <translation>%1: 1 pagina (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pages (%2)</source>
        <translation>
            <numerusform>%1: %n pagina (%2)</numerusform>
            <numerusform>%1: %n pagine (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Something went wrong inside bodymap. Nothing you had saved was lost, and the episode you are working on is kept as a draft.</source>
        <extracomment>A log that grows past this is started afresh (the old one kept as bodymap.log.1).</extracomment>
        <translation>Qualcosa non ha funzionato in bodymap. Nulla di ciò che avevi salvato è andato perso, e l&apos;episodio su cui stai lavorando è conservato come bozza.</translation>
    </message>
    <message>
        <source>The details were written to {path}; you can send that file to whoever helps you with bodymap.</source>
        <translation>I dettagli sono stati scritti in {path}; puoi inviare quel file a chi ti aiuta con bodymap.</translation>
    </message>
    <message>
        <source>bodymap ran into a problem</source>
        <translation>bodymap ha incontrato un problema</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>the disk is full</source>
        <translation>il disco è pieno</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>lo spazio a tua disposizione sul disco è esaurito</translation>
    </message>
    <message>
        <source>the disk or folder is read-only</source>
        <translation>il disco o la cartella sono di sola lettura</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>mancano i permessi</translation>
    </message>
    <message>
        <source>there is no such file or folder</source>
        <translation>il file o la cartella non esiste</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>una parte del percorso non è una cartella</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>è una cartella, non un file</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>il nome del file è troppo lungo</translation>
    </message>
    <message>
        <source>it is a symbolic link (or too many links)</source>
        <translation>è un collegamento simbolico (o una catena di collegamenti troppo lunga)</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>il disco ha segnalato un errore di lettura o scrittura</translation>
    </message>
    <message>
        <source>it is a device or pipe that nobody is at the other end of</source>
        <translation>è un dispositivo o una pipe senza nessuno dall&apos;altra parte</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>esiste già</translation>
    </message>
    <message>
        <source>the file would be too large</source>
        <translation>il file diventerebbe troppo grande</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>ci sono troppi file aperti</translation>
    </message>
    <message>
        <source>it is in use by another program</source>
        <translation>lo sta usando un altro programma</translation>
    </message>
    <message>
        <source>it is on another disk</source>
        <translation>si trova su un altro disco</translation>
    </message>
    <message>
        <source>the folder is not empty</source>
        <translation>la cartella non è vuota</translation>
    </message>
    <message>
        <source>the system reported an error ({name})</source>
        <translation>il sistema ha segnalato un errore ({name})</translation>
    </message>
    <message>
        <source>{path} is a link to something that is not a folder</source>
        <translation>{path} è un collegamento a qualcosa che non è una cartella</translation>
    </message>
    <message>
        <source>{path} exists and is not a folder</source>
        <translation>{path} esiste già e non è una cartella</translation>
    </message>
    <message>
        <source>{path} is a symbolic link; bodymap does not write through links</source>
        <translation>{path} è un collegamento simbolico; bodymap non scrive attraverso i collegamenti</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} è una cartella, non un file</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a device, a pipe or a socket)</source>
        <translation>{path} non è un file normale (è un dispositivo, una pipe o un socket)</translation>
    </message>
    <message>
        <source>{path} could not be written whole (the disk may be full or the file too big)</source>
        <translation>{path} non si è potuto scrivere per intero (forse il disco è pieno o il file è troppo grande)</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>{path} non si è potuto scrivere: {reason}</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a device, a pipe or a socket); bodymap reads only ordinary files</source>
        <translation>{path} non è un file normale (è un dispositivo, una pipe o un socket); bodymap legge solo file normali</translation>
    </message>
    <message>
        <source>{path} is too big ({size} MB; bodymap reads files of at most {limit} MB)</source>
        <translation>{path} è troppo grande ({size} MB; bodymap legge file di al massimo {limit} MB)</translation>
    </message>
    <message>
        <source>{path} is too big (bodymap reads files of at most {limit} MB)</source>
        <translation>{path} è troppo grande (bodymap legge file di al massimo {limit} MB)</translation>
    </message>
    <message>
        <source>the diary is named by an empty text: name a file or a URL</source>
        <translation>il nome del diario è vuoto: indica un file o un URL</translation>
    </message>
    <message>
        <source>the diary&apos;s name contains a NUL character</source>
        <translation>il nome del diario contiene un carattere NUL</translation>
    </message>
    <message>
        <source>--db is empty: name a diary file or a database URL</source>
        <translation>--db è vuoto: indica il file di un diario o l&apos;URL di un database</translation>
    </message>
    <message>
        <source>{name} is set but empty: name a diary file or unset it</source>
        <translation>{name} è impostata ma vuota: indica il file di un diario oppure toglila</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>The diary cannot be opened</source>
        <translation>Il diario non si può aprire</translation>
    </message>
    <message>
        <source>The diary file {file} is damaged, so bodymap cannot open it.

Nothing has been changed yet.</source>
        <translation>Il file del diario {file} è danneggiato, quindi bodymap non riesce ad aprirlo.

Per ora non è stato cambiato nulla.</translation>
    </message>
    <message numerus="yes">
        <source>The newest good backup is from {when} (%n episodes). Going back to it keeps the damaged file beside it, renamed, in case it can be rescued later; what was saved after the backup is not in it.</source>
        <translation>
            <numerusform>La copia di sicurezza integra più recente è del {when} (%n episodio). Se torni a quella, il file danneggiato resta accanto, rinominato, nel caso si possa recuperare in seguito; quello che hai salvato dopo la copia non c'è.</numerusform>
            <numerusform>La copia di sicurezza integra più recente è del {when} (%n episodi). Se torni a quella, il file danneggiato resta accanto, rinominato, nel caso si possa recuperare in seguito; quello che hai salvato dopo la copia non c'è.</numerusform>
        </translation>
    </message>
    <message>
        <source>Go back to the backup of {when}</source>
        <translation>Torna alla copia del {when}</translation>
    </message>
    <message>
        <source>There is no good backup of this diary.</source>
        <translation>Non c&apos;è una copia di sicurezza buona di questo diario.</translation>
    </message>
    <message>
        <source>Details: {error}</source>
        <translation>Dettagli: {error}</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Apri un altro file…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>The backup could not be restored:
{error}</source>
        <translation>Non è stato possibile ripristinare la copia di sicurezza:
{error}</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia di sicurezza ripristinata</translation>
    </message>
    <message>
        <source>The diary is back as it was on {when}.
The damaged file was kept as
{aside}</source>
        <translation>Il diario è tornato com&apos;era il {when}.
Il file danneggiato è stato conservato come
{aside}</translation>
    </message>
    <message>
        <source>Open a diary file</source>
        <translation>Apri un file di diario</translation>
    </message>
    <message>
        <source>bodymap diary (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Diario di bodymap (*.sqlite3 *.sqlite *.db);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>scores</name>
    <message>
        <source>{value} is not one of the 19 WPI areas</source>
        <translation>{value} non è una delle 19 aree del WPI</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 3, not {value}</source>
        <translation>deve essere un numero intero da 0 a 3, non {value}</translation>
    </message>
    <message>
        <source>must be from 0 to 3, not {value}</source>
        <translation>deve essere da 0 a 3, non {value}</translation>
    </message>
    <message>
        <source>must be yes or no (True/False), not {value}</source>
        <translation>deve essere sì o no (True/False), non {value}</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to {high}, not {value}</source>
        <translation>deve essere un numero intero da 0 a {high}, non {value}</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>non può essere negativo</translation>
    </message>
    <message>
        <source>{value} is not one of the 18 tender points</source>
        <translation>{value} non è uno dei 18 punti dolorabili</translation>
    </message>
    <message>
        <source>must be yes or no, not {value}</source>
        <translation>deve essere sì o no, non {value}</translation>
    </message>
    <message>
        <source>must be from 0 to 10, not {value}</source>
        <translation>deve essere da 0 a 10, non {value}</translation>
    </message>
    <message>
        <source>{value} is given more than once</source>
        <translation>{value} compare più di una volta</translation>
    </message>
    <message>
        <source>is not an item of the symptom severity scale</source>
        <translation>non è una voce della scala di gravità dei sintomi</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manca</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>{date} is out of range ({first} to {last})</source>
        <translation>{date} è fuori dall&apos;intervallo possibile (dal {first} al {last})</translation>
    </message>
    <message>
        <source>must be from {low} to {high}, not {value}</source>
        <translation>deve essere da {low} a {high}, non {value}</translation>
    </message>
    <message>
        <source>must be from {low} to {high} minutes, not {value}</source>
        <translation>deve essere da {low} a {high} minuti, non {value}</translation>
    </message>
    <message>
        <source>must be within +/- 16 hours, not {value}</source>
        <translation>deve restare entro 16 ore in più o in meno, non {value}</translation>
    </message>
    <message>
        <source>must be a year from {low} to {high}, not {value}</source>
        <translation>deve essere un anno dal {low} al {high}, non {value}</translation>
    </message>
    <message>
        <source>must be from {low} (very much improved) to {high} (very much worse), not {value}</source>
        <translation>deve essere da {low} (molto migliorato) a {high} (molto peggiorato), non {value}</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}</source>
        <translation>{value} non è tra i valori ammessi: {choices}</translation>
    </message>
    <message>
        <source>contains characters that are not valid text</source>
        <translation>contiene caratteri che non sono testo valido</translation>
    </message>
    <message>
        <source>contains a NUL character, which cannot be stored</source>
        <translation>contiene un carattere NUL, che non si può salvare</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>non può essere vuoto</translation>
    </message>
    <message>
        <source>is too long ({count} characters, at most {limit})</source>
        <translation>è troppo lungo ({count} caratteri, al massimo {limit})</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>deve essere un numero finito</translation>
    </message>
    <message>
        <source>{where} has no profile yet, and it is read-only.</source>
        <translation>{where} non ha ancora nessun profilo, ed è di sola lettura.</translation>
    </message>
    <message>
        <source>no profile with id {profile_id}</source>
        <translation>non c&apos;è nessun profilo con id {profile_id}</translation>
    </message>
    <message>
        <source>an assessment with this uuid exists already</source>
        <translation>esiste già una valutazione con questo uuid</translation>
    </message>
    <message>
        <source>no assessment with id {assessment_id}</source>
        <translation>non c&apos;è nessuna valutazione con id {assessment_id}</translation>
    </message>
    <message>
        <source>an exam with this uuid exists already</source>
        <translation>esiste già un esame con questo uuid</translation>
    </message>
    <message>
        <source>no tender-point exam with id {exam_id}</source>
        <translation>non c&apos;è nessun esame dei punti dolorabili con id {exam_id}</translation>
    </message>
    <message>
        <source>assessment {id} no longer exists</source>
        <translation>la valutazione {id} non esiste più</translation>
    </message>
    <message>
        <source>tender-point exam {id} no longer exists</source>
        <translation>l&apos;esame dei punti dolorabili {id} non esiste più</translation>
    </message>
    <message>
        <source>could not find a free name to move {path} aside</source>
        <translation>non ho trovato un nome libero per mettere da parte {path}</translation>
    </message>
    <message>
        <source>there is no database at {path} to back up</source>
        <translation>non c&apos;è nessun database in {path} di cui fare una copia di sicurezza</translation>
    </message>
    <message>
        <source>{path} is a device, a pipe or a socket, not a backup</source>
        <translation>{path} è un dispositivo, una pipe o un socket, non una copia di sicurezza</translation>
    </message>
    <message>
        <source>there is no backup at {path}</source>
        <translation>non c&apos;è nessuna copia di sicurezza in {path}</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is damaged or not a diary ({problem})</source>
        <translation>{path} non si può ripristinare: è danneggiato o non è un diario ({problem})</translation>
    </message>
    <message>
        <source>{path} is an empty database, not a diary backup</source>
        <translation>{path} è un database vuoto, non la copia di sicurezza di un diario</translation>
    </message>
    <message>
        <source>{path} is a symbolic link; restore replaces only a diary file itself, never what a link points at (give the real file&apos;s name)</source>
        <translation>{path} è un collegamento simbolico; il ripristino sostituisce solo il file del diario vero e proprio, mai ciò a cui punta un collegamento (indica il nome del file vero)</translation>
    </message>
    <message>
        <source>{path} is a folder, not a diary file</source>
        <translation>{path} è una cartella, non il file di un diario</translation>
    </message>
    <message>
        <source>{path} is a device, a pipe or a socket, not a diary file</source>
        <translation>{path} è un dispositivo, una pipe o un socket, non il file di un diario</translation>
    </message>
    <message>
        <source>{path} is a folder, not a diary file; nothing was backed up</source>
        <translation>{path} è una cartella, non il file di un diario; non è stata fatta nessuna copia di sicurezza</translation>
    </message>
    <message>
        <source>{path} is a device, a pipe or a socket, not a diary file; nothing was backed up</source>
        <translation>{path} è un dispositivo, una pipe o un socket, non il file di un diario; non è stata fatta nessuna copia di sicurezza</translation>
    </message>
    <message>
        <source>the backup of {path} failed: {reason}</source>
        <translation>la copia di sicurezza di {path} non è riuscita: {reason}</translation>
    </message>
    <message>
        <source>cannot write the backup: {reason}</source>
        <translation>non riesco a scrivere la copia di sicurezza: {reason}</translation>
    </message>
    <message>
        <source>cannot back up {path}: {reason}</source>
        <translation>non riesco a fare una copia di sicurezza di {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} cannot be restored: {reason}</source>
        <translation>{path} non si può ripristinare: {reason}</translation>
    </message>
    <message>
        <source>cannot restore over {path}: {reason}</source>
        <translation>non riesco a ripristinare al posto di {path}: {reason}</translation>
    </message>
    <message>
        <source>the restore failed: {reason}</source>
        <translation>il ripristino non è riuscito: {reason}</translation>
    </message>
    <message>
        <source>it cannot be locked for the restore</source>
        <translation>non si può bloccare per il ripristino</translation>
    </message>
    <message>
        <source>{path} is not replaced: {reason}</source>
        <translation>{path} non viene sostituito: {reason}</translation>
    </message>
    <message>
        <source>the backup failed: {reason}</source>
        <translation>la copia di sicurezza non è riuscita: {reason}</translation>
    </message>
    <message>
        <source>the copy of {path} did not pass the check; nothing was changed</source>
        <translation>la copia di {path} non ha superato il controllo; non è cambiato niente</translation>
    </message>
    <message>
        <source>database &quot;{name}&quot; on {host}</source>
        <translation>il database &quot;{name}&quot; su {host}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>il disco è pieno</translation>
    </message>
    <message>
        <source>the diary or its folder is read-only</source>
        <translation>il diario o la sua cartella sono di sola lettura</translation>
    </message>
    <message>
        <source>another program is writing to the diary right now (try again in a moment)</source>
        <translation>un altro programma sta scrivendo nel diario proprio ora (riprova tra un momento)</translation>
    </message>
    <message>
        <source>the disk reported an error while reading or writing it (is the disk full?)</source>
        <translation>il disco ha segnalato un errore durante la lettura o la scrittura (è pieno?)</translation>
    </message>
    <message>
        <source>it cannot be opened here (no permission, or a read-only folder)</source>
        <translation>qui non si può aprire (mancano i permessi, o la cartella è di sola lettura)</translation>
    </message>
    <message>
        <source>the database of service &quot;{service}&quot;</source>
        <translation>il database del servizio &quot;{service}&quot;</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>questo computer</translation>
    </message>
    <message>
        <source>the server refused the user name or password</source>
        <translation>il server ha rifiutato il nome utente o la password</translation>
    </message>
    <message>
        <source>Could not open the {where}: {reason}.</source>
        <translation>Non è stato possibile aprire {where}: {reason}.</translation>
    </message>
    <message>
        <source>the database refused it</source>
        <translation>il database l&apos;ha rifiutato</translation>
    </message>
    <message>
        <source>bodymap does not know that kind of database address (use a file name, sqlite:///FILE or postgresql://...)</source>
        <translation>bodymap non conosce questo tipo di indirizzo di database (usa il nome di un file, sqlite:///FILE oppure postgresql://...)</translation>
    </message>
    <message>
        <source>the database address is not one bodymap understands</source>
        <translation>bodymap non capisce questo indirizzo di database</translation>
    </message>
    <message>
        <source>the database refused the operation ({error})</source>
        <translation>il database ha rifiutato l&apos;operazione ({error})</translation>
    </message>
    <message>
        <source>{path} is a folder, not a diary file.</source>
        <translation>{path} è una cartella, non il file di un diario.</translation>
    </message>
    <message>
        <source>{path} is a device, a pipe or a socket, not a diary file; nothing was written.</source>
        <translation>{path} è un dispositivo, una pipe o un socket, non il file di un diario; non è stato scritto niente.</translation>
    </message>
    <message>
        <source>{where} was written by a newer version of bodymap (schema {revision}). Please update bodymap to open it; nothing was changed.</source>
        <translation>{where} è stato scritto da una versione più recente di bodymap (schema {revision}). Aggiorna bodymap per aprirlo; non è cambiato niente.</translation>
    </message>
    <message>
        <source>{where} already holds tables that bodymap did not write; use an empty database of its own for bodymap.</source>
        <translation>{where} contiene già tabelle che non ha scritto bodymap; usa per bodymap un database vuoto tutto suo.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>il database</translation>
    </message>
    <message>
        <source>an in-memory database</source>
        <translation>un database in memoria</translation>
    </message>
    <message>
        <source>the server has no such database (create it first, see docs/clinic.md)</source>
        <translation>sul server questo database non c&apos;è (va creato prima, vedi docs/clinic.md)</translation>
    </message>
    <message>
        <source>there is no diary at {path} (nothing was created; check the name, or open bodymap once to start a diary there).</source>
        <translation>non c&apos;è nessun diario in {path} (non è stato creato niente; controlla il nome, oppure apri bodymap una volta per cominciare un diario lì).</translation>
    </message>
    <message>
        <source>there is no diary at {path} to view.</source>
        <translation>non c&apos;è nessun diario da guardare in {path}.</translation>
    </message>
    <message>
        <source>{path} is an empty file and read-only: there is no diary to view.</source>
        <translation>{path} è un file vuoto e di sola lettura: non c&apos;è nessun diario da guardare.</translation>
    </message>
    <message>
        <source>{path} needs an upgrade to this version of bodymap, but it is read-only; open it once where it can be written (or copy it), nothing was changed.</source>
        <translation>{path} va aggiornato a questa versione di bodymap, ma è di sola lettura; aprilo una volta dove si può scrivere (o fanne una copia); non è cambiato niente.</translation>
    </message>
    <message>
        <source>the diary cannot be used: {problem}</source>
        <translation>il diario non si può usare: {problem}</translation>
    </message>
    <message>
        <source>the database server could not be reached or refused the connection (is it running, and is the address right?)</source>
        <translation>il server del database non risponde o ha rifiutato la connessione (è acceso, e l&apos;indirizzo è giusto?)</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} non si può leggere: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a bodymap database (it is not an SQLite file at all).</source>
        <translation>{path} non è un database di bodymap (non è proprio un file SQLite).</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}).</source>
        <translation>{path} è danneggiato ({detail}).</translation>
    </message>
    <message>
        <source>{path} is an SQLite database, but not one written by bodymap.</source>
        <translation>{path} è un database SQLite, ma non l&apos;ha scritto bodymap.</translation>
    </message>
    <message>
        <source>the server has no such user</source>
        <translation>sul server questo utente non c&apos;è</translation>
    </message>
    <message>
        <source>the upgrade left {count} broken references; the backup made before it is intact</source>
        <translation>l&apos;aggiornamento ha lasciato {count} riferimenti rotti; la copia di sicurezza fatta prima è intatta</translation>
    </message>
    <message>
        <source>bodymap cannot talk to {where}: its database driver is not installed (for PostgreSQL: pip install &apos;bodymap[postgres]&apos; and use postgresql+psycopg://).</source>
        <translation>bodymap non riesce a parlare con {where}: il suo driver di database non è installato (per PostgreSQL: pip install &apos;bodymap[postgres]&apos; e usa postgresql+psycopg://).</translation>
    </message>
    <message>
        <source>{address} is not a database address bodymap understands.</source>
        <translation>bodymap non capisce l&apos;indirizzo di database {address}.</translation>
    </message>
    <message>
        <source>bodymap cannot talk to {where}: its database driver is not installed ({name}).</source>
        <translation>bodymap non riesce a parlare con {where}: il suo driver di database non è installato ({name}).</translation>
    </message>
    <message>
        <source>{path} is damaged: {detail}</source>
        <translation>{path} è danneggiato: {detail}</translation>
    </message>
    <message>
        <source>a secure (TLS) connection could not be made</source>
        <translation>non si è riusciti a fare una connessione sicura (TLS)</translation>
    </message>
    <message>
        <source>cannot make a diary at {path}: {reason}.</source>
        <translation>non riesco a creare un diario in {path}: {reason}.</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>il server non ha risposto in tempo</translation>
    </message>
    <message>
        <source>the server could not be reached (is it running, and is the address right?)</source>
        <translation>il server non risponde (è acceso, e l&apos;indirizzo è giusto?)</translation>
    </message>
    <message>
        <source>{path} needs an upgrade, and the backup made first could not be written: {reason}; nothing was changed.</source>
        <translation>{path} va aggiornato, e la copia di sicurezza da fare prima non si è potuta scrivere: {reason}; non è cambiato niente.</translation>
    </message>
    <message>
        <source>replace it</source>
        <translation>sostituirlo</translation>
    </message>
    <message>
        <source>restore the backup</source>
        <translation>ripristinare la copia di sicurezza</translation>
    </message>
    <message>
        <source>{path} is open in another bodymap; close that window first, then {doing}.</source>
        <translation>{path} è aperto in un altro bodymap; chiudi prima quella finestra, poi potrai {doing}.</translation>
    </message>
    <message>
        <source>{path} is being opened by another bodymap; try again in a moment.</source>
        <translation>un altro bodymap sta aprendo {path}; riprova tra un momento.</translation>
    </message>
    <message>
        <source>{path} is open in another bodymap (process {pid}); close that window first, then {doing}.</source>
        <translation>{path} è aperto in un altro bodymap (processo {pid}); chiudi prima quella finestra, poi potrai {doing}.</translation>
    </message>
    <message>
        <source>no PSFS activity with id {activity_id}</source>
        <translation>non c&apos;è nessuna attività PSFS con id {activity_id}</translation>
    </message>
    <message>
        <source>an activity called {name} is already in use</source>
        <translation>un&apos;attività chiamata {name} è già in uso</translation>
    </message>
    <message>
        <source>{count} activities are already in use on {day}: retire one first</source>
        <translation>il {day} ci sono già {count} attività in uso: prima mettine da parte una</translation>
    </message>
    <message>
        <source>the activity has ratings on or after this day</source>
        <translation>l&apos;attività ha dei punteggi in questo giorno o dopo</translation>
    </message>
    <message>
        <source>is before the activity was added ({day})</source>
        <translation>è prima del giorno in cui l&apos;attività è stata aggiunta ({day})</translation>
    </message>
    <message>
        <source>the activity was retired on {day}</source>
        <translation>l&apos;attività è stata messa da parte il {day}</translation>
    </message>
    <message>
        <source>no PSFS rating with id {rating_id}</source>
        <translation>non c&apos;è nessun punteggio PSFS con id {rating_id}</translation>
    </message>
    <message>
        <source>no PGIC rating with id {rating_id}</source>
        <translation>non c&apos;è nessun punteggio PGIC con id {rating_id}</translation>
    </message>
    <message>
        <source>{value} is not a uuid in canonical form</source>
        <translation>{value} non è un uuid nella forma canonica</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <source>text</source>
        <translation>un testo</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>un elenco</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un oggetto</translation>
    </message>
    <message>
        <source>must be a whole number, not {kind}</source>
        <translation>deve essere un numero intero, non {kind}</translation>
    </message>
    <message>
        <source>must be text, not {kind}</source>
        <translation>deve essere un testo, non {kind}</translation>
    </message>
    <message>
        <source>must be a list of words, not {kind}</source>
        <translation>deve essere un elenco di parole, non {kind}</translation>
    </message>
    <message>
        <source>must be stored as naive UTC (use to_utc)</source>
        <translation>va salvato in UTC senza fuso (usa to_utc)</translation>
    </message>
    <message>
        <source>must be a number, not {kind}</source>
        <translation>deve essere un numero, non {kind}</translation>
    </message>
    <message>
        <source>must be a uuid, not {kind}</source>
        <translation>deve essere un uuid, non {kind}</translation>
    </message>
    <message>
        <source>must name {what}</source>
        <translation>deve indicare {what}</translation>
    </message>
    <message>
        <source>{value} is not a region of the body map</source>
        <translation>{value} non è una zona della mappa del corpo</translation>
    </message>
    <message>
        <source>{value} is not drawn in the {view} view</source>
        <translation>{value} non è disegnata nella vista {view}</translation>
    </message>
    <message>
        <source>must be a point or an area, not {kind}</source>
        <translation>deve essere un punto o un&apos;area, non {kind}</translation>
    </message>
    <message>
        <source>does not belong to a geometry of type {shape}</source>
        <translation>non appartiene a una geometria di tipo {shape}</translation>
    </message>
    <message>
        <source>an area needs at least one polygon</source>
        <translation>un&apos;area ha bisogno di almeno un poligono</translation>
    </message>
    <message>
        <source>must be a date, not {kind}</source>
        <translation>deve essere una data, non {kind}</translation>
    </message>
    <message>
        <source>must be true or false, not {kind}</source>
        <translation>deve essere vero o falso, non {kind}</translation>
    </message>
    <message>
        <source>{value} is given more than once</source>
        <translation>{value} compare più di una volta</translation>
    </message>
    <message>
        <source>{value} is not a uuid</source>
        <translation>{value} non è un uuid</translation>
    </message>
    <message>
        <source>unknown geometry type {value} (point or area)</source>
        <translation>tipo di geometria sconosciuto {value} (punto o area)</translation>
    </message>
    <message>
        <source>a polygon needs at least three points</source>
        <translation>un poligono ha bisogno di almeno tre punti</translation>
    </message>
    <message>
        <source>{value} is not a view of the body map ({choices})</source>
        <translation>{value} non è una vista della mappa del corpo ({choices})</translation>
    </message>
    <message>
        <source>must map region ids to shares, not {kind}</source>
        <translation>deve associare gli id delle zone alle loro quote, non {kind}</translation>
    </message>
    <message>
        <source>a trigger point needs a state</source>
        <translation>un punto trigger ha bisogno di uno stato</translation>
    </message>
    <message>
        <source>must map findings to yes/no, not {kind}</source>
        <translation>deve associare i reperti a sì/no, non {kind}</translation>
    </message>
    <message>
        <source>must be a list of region ids, not {kind}</source>
        <translation>deve essere un elenco di id di zone, non {kind}</translation>
    </message>
    <message>
        <source>only a referred-pain area, pins and needles or numbness links to a trigger point</source>
        <translation>solo una zona di dolore riferito, un formicolio o un intorpidimento si collega a un punto trigger</translation>
    </message>
    <message>
        <source>a mark cannot link to itself</source>
        <translation>un segno non può collegarsi a se stesso</translation>
    </message>
    <message>
        <source>links to a trigger point that is not in this episode</source>
        <translation>si collega a un punto trigger che non è in questo episodio</translation>
    </message>
    <message>
        <source>links to a {source}, not a trigger point</source>
        <translation>si collega a: {source}, non a un punto trigger</translation>
    </message>
    <message>
        <source>must be a list of WPI areas, not {kind}</source>
        <translation>deve essere un elenco di aree del WPI, non {kind}</translation>
    </message>
    <message>
        <source>must be a list of sites, not {kind}</source>
        <translation>deve essere un elenco di punti, non {kind}</translation>
    </message>
    <message>
        <source>must be a point [x, y]</source>
        <translation>deve essere un punto [x, y]</translation>
    </message>
    <message>
        <source>only a symptom area ({choices}) has it, not a {kind}</source>
        <translation>ce l&apos;ha solo una zona di sintomo ({choices}), non: {kind}</translation>
    </message>
    <message>
        <source>only a trigger point is examined, not a {kind}</source>
        <translation>si esamina solo un punto trigger, non: {kind}</translation>
    </message>
    <message>
        <source>only a trigger point has one, not a {kind}</source>
        <translation>ce l&apos;ha solo un punto trigger, non: {kind}</translation>
    </message>
    <message>
        <source>must be a mark, not {kind}</source>
        <translation>deve essere un segno, non {kind}</translation>
    </message>
    <message>
        <source>the same uuid appears twice in this episode</source>
        <translation>lo stesso uuid compare due volte in questo episodio</translation>
    </message>
    <message>
        <source>must be a therapy use, not {kind}</source>
        <translation>deve essere un uso di terapia, non {kind}</translation>
    </message>
    <message>
        <source>P{rank} is given to two symptom areas of this episode</source>
        <translation>P{rank} è dato a due zone di sintomo di questo episodio</translation>
    </message>
    <message>
        <source>a symptom cannot be brought on by itself</source>
        <translation>un sintomo non può essere scatenato da se stesso</translation>
    </message>
    <message>
        <source>names no other symptom area of this episode</source>
        <translation>non indica nessun&apos;altra zona di sintomo di questo episodio</translation>
    </message>
    <message>
        <source>{value} is not one of the 19 WPI areas</source>
        <translation>{value} non è una delle 19 aree del WPI</translation>
    </message>
    <message>
        <source>must be a tender-point site, not {kind}</source>
        <translation>deve essere un punto dolorabile, non {kind}</translation>
    </message>
    <message>
        <source>{value} is not one of the 18 tender points</source>
        <translation>{value} non è uno dei 18 punti dolorabili</translation>
    </message>
    <message>
        <source>is before the day the activity was added</source>
        <translation>è prima del giorno in cui l&apos;attività è stata aggiunta</translation>
    </message>
    <message>
        <source>the &quot;brought on by&quot; links go round in a circle</source>
        <translation>i collegamenti &quot;scatenato da&quot; girano in tondo</translation>
    </message>
    <message>
        <source>is missing (the symptom severity scale needs all six answers)</source>
        <translation>manca (la scala di gravità dei sintomi ha bisogno di tutte e sei le risposte)</translation>
    </message>
    <message>
        <source>a profile called {name} exists already</source>
        <translation>esiste già un profilo chiamato {name}</translation>
    </message>
    <message>
        <source>the only person of a diary cannot be removed (rename them instead)</source>
        <translation>non si può togliere l&apos;unica persona di un diario (puoi cambiarle nome)</translation>
    </message>
    <message>
        <source>no profile called {name}</source>
        <translation>non c&apos;è nessun profilo chiamato {name}</translation>
    </message>
    <message>
        <source>unknown therapy {ids}</source>
        <translation>terapia sconosciuta {ids}</translation>
    </message>
    <message>
        <source>no episode with id {episode_id}</source>
        <translation>non c&apos;è nessun episodio con id {episode_id}</translation>
    </message>
    <message>
        <source>{where} is open for viewing only (the file, its folder or the disk is read-only): nothing was changed.</source>
        <translation>{where} è aperto solo in lettura (il file, la sua cartella o il disco sono di sola lettura): non è cambiato niente.</translation>
    </message>
    <message>
        <source>this episode was changed elsewhere since you opened it; reopen it to see the newer version</source>
        <translation>questo episodio è stato cambiato altrove dopo che l&apos;hai aperto; riaprilo per vedere la versione più recente</translation>
    </message>
    <message>
        <source>episode {id} no longer exists</source>
        <translation>l&apos;episodio {id} non esiste più</translation>
    </message>
    <message>
        <source>must be a list of region ids</source>
        <translation>deve essere un elenco di id di zone</translation>
    </message>
    <message>
        <source>say where you used it (at least one region)</source>
        <translation>indica dove l&apos;hai usata (almeno una zona)</translation>
    </message>
    <message>
        <source>unknown region {value}</source>
        <translation>zona sconosciuta {value}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>deve essere un testo</translation>
    </message>
    <message>
        <source>is too long (at most {limit} characters)</source>
        <translation>è troppo lungo (al massimo {limit} caratteri)</translation>
    </message>
    <message>
        <source>must be naive UTC (use records.to_utc)</source>
        <translation>deve essere in UTC senza fuso (usa records.to_utc)</translation>
    </message>
    <message>
        <source>must be within +/- 16 hours</source>
        <translation>deve stare entro +/- 16 ore</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 10, not {relief}</source>
        <translation>deve essere un numero intero da 0 a 10, non {relief}</translation>
    </message>
    <message>
        <source>is too long (at most 200 characters)</source>
        <translation>è troppo lungo (al massimo 200 caratteri)</translation>
    </message>
    <message>
        <source>bad region id {value}</source>
        <translation>id di zona non valido {value}</translation>
    </message>
    <message>
        <source>no therapy with id {therapy_id}</source>
        <translation>non c&apos;è nessuna terapia con id {therapy_id}</translation>
    </message>
    <message>
        <source>no therapy named</source>
        <translation>non è stata indicata nessuna terapia</translation>
    </message>
    <message>
        <source>no episode {episode_id} for this profile</source>
        <translation>questo profilo non ha nessun episodio {episode_id}</translation>
    </message>
    <message>
        <source>no therapy use with id {use_id}</source>
        <translation>non c&apos;è nessun uso di terapia con id {use_id}</translation>
    </message>
    <message>
        <source>no therapy called {key_or_name}</source>
        <translation>non c&apos;è nessuna terapia chiamata {key_or_name}</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>manca un valore</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>manca una virgola</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>mancano i due punti</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>manca un nome tra virgolette doppie</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>un testo non è chiuso</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>c&apos;è un carattere di controllo non ammesso</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>c&apos;è qualcosa dopo la fine dei dati</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>troppi livelli annidati</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line {line}, column {column}: {detail}); it may be cut short or damaged</source>
        <translation>il file non è un JSON valido (riga {line}, colonna {column}: {detail}); forse è troncato o danneggiato</translation>
    </message>
    <message>
        <source>there is no profile called {name}</source>
        <translation>non c&apos;è nessun profilo chiamato {name}</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>la data di fine viene prima della data di inizio</translation>
    </message>
    <message>
        <source>{path} is a file: CSV tables go into a .zip file or a folder (for example {suggestion})</source>
        <translation>{path} è un file: le tabelle CSV vanno in un file .zip o in una cartella (per esempio {suggestion})</translation>
    </message>
    <message>
        <source>CSV tables go into a .zip file or a folder, and {name} is neither: use {suggestion} for a zip file, or a name without an extension for a folder</source>
        <translation>le tabelle CSV vanno in un file .zip o in una cartella, e {name} non è né l&apos;uno né l&apos;altra: usa {suggestion} per un file zip, o un nome senza estensione per una cartella</translation>
    </message>
    <message>
        <source>the file is nested more than {limit} levels deep, which no bodymap export is</source>
        <translation>il file ha più di {limit} livelli annidati, cosa che nessuna esportazione di bodymap ha</translation>
    </message>
    <message>
        <source>the file is JSON but not a bodymap export (expected an object)</source>
        <translation>il file è JSON ma non è un&apos;esportazione di bodymap (ci si aspettava un oggetto)</translation>
    </message>
    <message>
        <source>must be &quot;bodymap&quot;: this is not a bodymap export</source>
        <translation>deve essere &quot;bodymap&quot;: questa non è un&apos;esportazione di bodymap</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>deve essere un numero intero</translation>
    </message>
    <message>
        <source>the file was written by a newer bodymap (format version {version}; this one reads up to {newest}); please update bodymap to import it</source>
        <translation>il file è stato scritto da un bodymap più recente (versione del formato {version}; questo legge fino alla {newest}); aggiorna bodymap per importarlo</translation>
    </message>
    <message>
        <source>unknown format version {version}</source>
        <translation>versione del formato sconosciuta: {version}</translation>
    </message>
    <message>
        <source>names a therapy that is not in the file&apos;s therapies</source>
        <translation>nomina una terapia che non è tra quelle del file</translation>
    </message>
    <message>
        <source>must be at least 1, not {value}</source>
        <translation>deve essere almeno 1, non {value}</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD), not {kind}</source>
        <translation>deve essere una data (AAAA-MM-GG), non {kind}</translation>
    </message>
    <message>
        <source>two profiles in the file have this name</source>
        <translation>due profili del file hanno questo nome</translation>
    </message>
    <message>
        <source>the file is not a bodymap export (not UTF-8 text; byte {byte})</source>
        <translation>il file non è un&apos;esportazione di bodymap (non è testo UTF-8; byte {byte})</translation>
    </message>
    <message>
        <source>mark {uuid} of a new episode is already part of another episode in this diary; the file and the diary disagree, nothing was imported</source>
        <translation>il segno {uuid} di un nuovo episodio fa già parte di un altro episodio di questo diario; il file e il diario non vanno d&apos;accordo, non è stato importato niente</translation>
    </message>
    <message>
        <source>therapy use {uuid} of a new episode is already recorded elsewhere in this diary; nothing was imported</source>
        <translation>l&apos;uso di terapia {uuid} di un nuovo episodio è già registrato altrove in questo diario; non è stato importato niente</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>non riesco a scrivere {path}: {reason}</translation>
    </message>
    <message>
        <source>the file is not valid JSON: {detail}</source>
        <translation>il file non è un JSON valido: {detail}</translation>
    </message>
    <message>
        <source>the file is nested too deeply to be a bodymap export</source>
        <translation>il file ha troppi livelli annidati per essere un&apos;esportazione di bodymap</translation>
    </message>
    <message>
        <source>must be an object, not {kind}</source>
        <translation>deve essere un oggetto, non {kind}</translation>
    </message>
    <message>
        <source>must be a list, not {kind}</source>
        <translation>deve essere un elenco, non {kind}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manca</translation>
    </message>
    <message>
        <source>must be a date and time, not {kind}</source>
        <translation>deve essere una data con l&apos;ora, non {kind}</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} non è una data (AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>more than {count} activities are in use on {day}</source>
        <translation>il {day} ci sono più di {count} attività in uso</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>non riesco a leggere {path}: {reason}</translation>
    </message>
    <message>
        <source>the database refused the import ({error}); nothing was written</source>
        <translation>il database ha rifiutato l&apos;importazione ({error}); non è stato scritto niente</translation>
    </message>
    <message>
        <source>{value} is not a date (use YYYY-MM-DD)</source>
        <translation>{value} non è una data (usa AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>the same uuid appears twice in the file</source>
        <translation>lo stesso uuid compare due volte nel file</translation>
    </message>
    <message>
        <source>{value} is not an ISO 8601 date and time</source>
        <translation>{value} non è una data con ora ISO 8601</translation>
    </message>
    <message>
        <source>the activity is rated twice on this day</source>
        <translation>l&apos;attività ha due punteggi in questo giorno</translation>
    </message>
    <message>
        <source>the same key appears twice in the file</source>
        <translation>la stessa chiave compare due volte nel file</translation>
    </message>
    <message>
        <source>the file changed while it was imported; nothing was imported</source>
        <translation>il file è cambiato durante l&apos;importazione; non è stato importato niente</translation>
    </message>
    <message>
        <source>the file&apos;s reader stopped before the end of the file; nothing was imported</source>
        <translation>la lettura del file si è fermata prima della fine del file; non è stato importato niente</translation>
    </message>
    <message>
        <source>the file goes on after the end of the export; it may be damaged</source>
        <translation>il file continua dopo la fine dell&apos;esportazione; forse è danneggiato</translation>
    </message>
</context>
</TS>
