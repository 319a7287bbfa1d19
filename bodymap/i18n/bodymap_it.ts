<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
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
        <source>Score {s:.0%}. Matches: {m}
Look for it: {w}</source>
        <translation>Punteggio {s:.0%}. Corrisponde a: {m}
Dove cercarlo: {w}</translation>
    </message>
</context>
<context>
    <name>BodyMapScene</name>
    <message>
        <source>R</source>
        <extracomment>Largest body pixmap cache (device pixels); beyond it the SVG is painted directly. The repository root (for the file fallback of :func:`svg_source`).</extracomment>
        <translation>D</translation>
    </message>
    <message>
        <source>L</source>
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
        <extracomment>Tabs: (tab id, views shown side by side in that tab). (view_id, x, y, region_id | None) in map units, from any view. (view_id, region_id | None) from any view. Text for the main window&apos;s status bar (the hovered region&apos;s name, or &quot;&quot;).</extracomment>
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
        <source>Exported {n} episodes to {path}</source>
        <translation>Esportati {n} episodi in {path}</translation>
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
        <source>{n} episodes with {m} marks were saved to
{path}</source>
        <translation>{n} episodi con {m} segni sono stati salvati in
{path}</translation>
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
        <source>Profiles</source>
        <translation>Profili</translation>
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
        <translation>{what}: {added} aggiunti, {skipped} già presenti nel diario</translation>
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
        <source>Go back to the diary as it was on {when} ({n} episodes)?

What was saved after that is kept in a backup of the current diary, made first.</source>
        <translation>Tornare al diario com&apos;era il {when} ({n} episodi)?

Quello che è stato salvato dopo resta in una copia di sicurezza del diario attuale, fatta prima di tutto.</translation>
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
    <name>DiaryLoader</name>
    <message>
        <source>The daily backup failed: {why}</source>
        <extracomment>The open :class:`~bodymap.store.service.Diary` (queued to the UI thread). A message fit to show when the database cannot be used, and whether the file is damaged (then a backup can be offered). The database server could not be reached or refused us: one sentence naming host and database (never the password); the person may try again. Something that does not stop the diary from opening (the daily backup failed).</extracomment>
        <translation>Il backup giornaliero non è riuscito: {why}</translation>
    </message>
</context>
<context>
    <name>DiaryOps</name>
    <message>
        <source>The diary is read-only, so nothing could be saved into it. Nothing was lost: your work is kept as a draft.</source>
        <extracomment>How long the worker thread waits for more work before it ends (seconds). What the write changed, or a function of its result that says so. The job replaces the diary file on purpose: not checked, and the new file recorded. Every submitted job has been delivered (or dropped). A job failed and it had no ``on_error`` of its own: the message, and whether it was a write. A write was refused because another program replaced the diary file (nothing written). The diary file&apos;s identity, checked before every write (no file: never changes).</extracomment>
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
    <message>
        <source>New episode with {n} marks from {when}</source>
        <translation>Nuovo episodio con {n} segni del {when}</translation>
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
    <message>
        <source>bodymap was closed without saving an episode you were editing (last change {when}, {n} marks). Restore it?</source>
        <translation>bodymap si è chiuso senza salvare un episodio che stavi modificando (ultima modifica {when}, {n} segni). Vuoi recuperarlo?</translation>
    </message>
    <message>
        <source>Restored {n} unsaved marks</source>
        <translation>Recuperati {n} segni non salvati</translation>
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
        <translation>Spasmo cronico / rigidità</translation>
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
        <extracomment>The list has been filled (for tests and the status bar).</extracomment>
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
        <translation>Spasmo cronico / rigidità</translation>
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
        <extracomment>What a cancelled export or import hands back from the worker.</extracomment>
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
        <translation>Punti dolenti</translation>
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
        <translation>Nessun esame dei punti dolenti salvato finora.</translation>
    </message>
    <message>
        <source>The exam saved for this day is shown: {0}/18 tender.</source>
        <translation>È mostrato l&apos;esame salvato per questo giorno: {0}/18 dolenti.</translation>
    </message>
    <message>
        <source>Last exam: {0}, {1}/18 tender.</source>
        <translation>Ultimo esame: {0}, {1}/18 dolenti.</translation>
    </message>
    <message>
        <source>You changed 1 area from what the map shows.</source>
        <translation>Hai cambiato 1 area rispetto a quanto mostra la mappa.</translation>
    </message>
    <message>
        <source>You changed {0} areas from what the map shows.</source>
        <translation>Hai cambiato {0} aree rispetto a quanto mostra la mappa.</translation>
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
        <translation>Esame dei punti dolenti salvato per il {0}: {1}/18 dolenti.</translation>
    </message>
    <message>
        <source>Tender: {0}/18</source>
        <translation>Dolenti: {0}/18</translation>
    </message>
    <message>
        <source>Tender point (ACR 1990): {0}
{1}</source>
        <translation>Punto dolente (ACR 1990): {0}
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
        <source>{0} regions better, {1} worse, {2} unchanged.</source>
        <translation>Zone migliorate: {0}, peggiorate: {1}, invariate: {2}.</translation>
    </message>
    <message>
        <source>{0} regions hurt in this period. Most: {1}</source>
        <translation>Zone con dolore in questo periodo: {0}. Le più colpite: {1}</translation>
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
        <source>Export PNG…</source>
        <translation>Esporta PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Esporta SVG…</translation>
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
        <source>flare</source>
        <translation>riacutizzazione</translation>
    </message>
    <message>
        <source>chronic spasm</source>
        <translation>spasmo cronico</translation>
    </message>
    <message>
        <source>random spasm</source>
        <translation>spasmo improvviso</translation>
    </message>
    <message>
        <source>everyday</source>
        <translation>di tutti i giorni</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altro</translation>
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
        <translation>Dolore: dove fa male, dipinto con il pennello o riempiendo un&apos;intera regione; una tinta uniforme con il bordo continuo, più intensa quando è peggio. Usalo quando non sai (o non pensi) che il dolore venga da un punto trigger.</translation>
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
        <translation>Area di dolore riferito: dove si sente il dolore, dipinta con il pennello o riempiendo un&apos;intera regione; tratteggiata, più scura quando è peggio.</translation>
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
        <source>&lt;p&gt;&lt;b&gt;Left and right are always the patient&apos;s&lt;/b&gt;: on the front view your right is on the left of the picture. R and L are printed on every view.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tools&lt;/b&gt; (keys): Select (S), Paint pain (A), Fill region with pain (G), Trigger point (T), Paint referred pain (B), Fill region (F), Erase (E), Spasm (P), Tender point (N).&lt;/p&gt;&lt;p&gt;&lt;b&gt;The map&lt;/b&gt;: zoom with the wheel or + and -, 0 shows the whole body; move with the middle button or Space and drag; the arrow keys move between regions and Enter picks one. With a mark selected, 1 to 9 set its intensity, Delete removes it, Ctrl+Z undoes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quickest entry&lt;/b&gt;: click the spot, click its intensity, Save.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Destra e sinistra sono sempre quelle del paziente&lt;/b&gt;: nella vista frontale la tua destra è a sinistra dell&apos;immagine. R (destra) e L (sinistra) sono indicate su ogni vista.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Strumenti&lt;/b&gt; (tasti): Seleziona (S), Dipingi dolore (A), Riempi regione di dolore (G), Punto trigger (T), Dipingi dolore riferito (B), Riempi regione (F), Cancella (E), Spasmo (P), Punto dolorabile (N).&lt;/p&gt;&lt;p&gt;&lt;b&gt;La mappa&lt;/b&gt;: ingrandisci con la rotella o + e -, 0 mostra tutto il corpo; spostati con il tasto centrale o Spazio e trascina; le frecce passano da una regione all&apos;altra e Invio ne sceglie una. Con un segno selezionato, da 1 a 9 ne impostano l&apos;intensità, Canc lo elimina, Ctrl+Z annulla.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inserimento più rapido&lt;/b&gt;: clicca il punto, clicca l&apos;intensità, Salva.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LogUseDialog</name>
    <message>
        <source>Log that I tried this</source>
        <extracomment>What the &quot;log it&quot; callback of :class:`LogUseDialog` returns while the write is on its way: the caller then calls :meth:`LogUseDialog.finish` or :meth:`LogUseDialog.show_error`.</extracomment>
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
        <translation>Riempi regione di dolore</translation>
    </message>
    <message>
        <source>Click a region to fill it: it hurts here (G)</source>
        <translation>Clicca una regione per riempirla: fa male qui (G)</translation>
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
        <translation>Riempi la zona</translation>
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
        <extracomment>How long quitting waits for the database worker (a running query is then left to die). The marking tool the person chose last (QSettings key); the pain brush on first start. Answers of &quot;the diary file was replaced&quot;. Emitted once, when the map has been painted for the first time. Tests replace this to answer &quot;the diary file was replaced&quot; without a dialog. The lock on the SQLite diary (bodymap.ui.instance), held while the window lives.</extracomment>
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
        <extracomment>Object name of the dock (kept in the saved window state) and key in ``window.docks``. Dock title, translated in the &quot;MainWindow&quot; context. Builds the panel for a window whose diary is open. The window attribute the panel is kept in (``window.therapy_panel``...). The dock this one goes behind as a tab (None: a dock of its own). Put the panel in a scroll area (panels with their own scrolling list do not want one). Shows the current person&apos;s data: it is a ``Panel`` and follows the context.</extracomment>
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
        <source>bodymap — {name} — episode of {when}[*]</source>
        <translation>bodymap — {name} — episodio del {when}[*]</translation>
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
        <translation>contratto</translation>
    </message>
    <message>
        <source>shooting</source>
        <translation>lancinante</translation>
    </message>
    <message>
        <source>sharp</source>
        <translation>acuto</translation>
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
        <source>Click the map to mark where it hurts. Pick a tool above the map.</source>
        <extracomment>A mark picked in the list lives in this view: show it.</extracomment>
        <translation>Clicca sulla mappa per segnare dove fa male. Scegli uno strumento sopra la mappa.</translation>
    </message>
    <message>
        <source>0 no pain · 5 moderate · 10 worst imaginable</source>
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
        <translation>Rigidità cronica</translation>
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
        <source>Every mark of this episode; pick one to edit it</source>
        <translation>Tutti i segni di questo episodio; scegline uno per modificarlo</translation>
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
</context>
<context>
    <name>MarksLayer</name>
    <message>
        <source>from the trigger point {muscle} ({view})</source>
        <extracomment>Tints of regions marked in another view: above the body and the heat map, under the marks. Mark kinds drawn as painted areas (the brush and the region fill make them). On screen a point symbol is never drawn smaller than this radius (pixels), however far the map is zoomed out; zoomed in, it grows with the map. Areas are large; they only take clicks in the select tool, so that a trigger point can be placed on top of a painted area. Point-symbol enlargement per view (see symbol_scale), set by the controller.</extracomment>
        <translation>dal punto trigger {muscle} ({view})</translation>
    </message>
    <message>
        <source>Marked in another view of the body</source>
        <translation>Segnato in un&apos;altra vista del corpo</translation>
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
    <name>ReportActions</name>
    <message>
        <source>Print pre&amp;view…</source>
        <extracomment>Emitted with the path after a PDF was written. The report&apos;s data were gathered (a ``ReportData``), just before they are drawn. Gathering or writing failed: the sentence shown. Kept referenced while a dialog uses it (PySide crashes with a temporary QPrinter). Tests replace this to answer the options dialog without showing it.</extracomment>
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
        <source>Pain map</source>
        <translation>Mappa del dolore</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Anteprima di stampa</translation>
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
    <name>ReportOptionsDialog</name>
    <message>
        <source>Report for the physiotherapist</source>
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
        <source>Body map with legend</source>
        <translation>Mappa del corpo con legenda</translation>
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
        <source>Fibromyalgia measures (WPI, SSS, 2016 criteria) and their trend</source>
        <translation>Misure della fibromialgia (WPI, SSS, criteri del 2016) e il loro andamento</translation>
    </message>
    <message>
        <source>Box for the therapist&apos;s notes</source>
        <translation>Spazio per le note del terapista</translation>
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
        <extracomment>Warning signs raised, most urgent first (also without a selected spot). The marks of an episode that started this long ago still count for today&apos;s warnings. The checklist &quot;Anything else today?&quot; changed: the ticked fact keys (for the atlas too). The panel has been filled for (region, muscle) after a read. What the person ticked in &quot;Anything else today?&quot; (not stored).</extracomment>
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
        <source>worse {0} of {1} times</source>
        <translation>peggio {0} volte su {1}</translation>
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
        <source>{n} tries elsewhere on the body are waiting for a rating.</source>
        <translation>{n} prove in altre parti del corpo aspettano una valutazione.</translation>
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
    <message>
        <source>better {0} of {1} times</source>
        <translation>meglio {0} volte su {1}</translation>
    </message>
    <message>
        <source>, mean relief {0:.1f}/10</source>
        <translation>, sollievo medio {0:.1f}/10</translation>
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
    <message>
        <source>The newest good backup is from {when} ({n} episodes). Going back to it keeps the damaged file beside it, renamed, in case it can be rescued later; what was saved after the backup is not in it.</source>
        <translation>La copia di sicurezza buona più recente è del {when} ({n} episodi). Se torni a quella, il file danneggiato resta accanto, con un altro nome, nel caso si possa recuperare in seguito; quello che è stato salvato dopo la copia non c&apos;è.</translation>
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
</TS>
