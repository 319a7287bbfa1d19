"""Strings that widgets translate at run time from module-level tables (``self.tr(label)``).

lupdate only sees string literals inside ``tr()`` / ``translate()`` calls, so it cannot find the
labels of ``TOOL_LABELS`` (main_window.py), ``KIND_LABELS`` / ``OUTCOME_LABELS``
(episode_panel.py), ``PAIN_QUALITIES`` / ``COMMON_TRIGGERS`` (store/records.py),
``KIND_NAMES`` (map/commands.py) or ``atlas.CAUTION``.  This file marks them with
``QT_TRANSLATE_NOOP(context, text)`` under the context (the class name) whose ``self.tr`` looks
them up, so ``tools/update_translations.py`` puts them in the .ts files.

It is never imported by the program.  ``tests/test_translations.py`` checks that every label of
those tables has a translation in the right context, so a changed label fails the tests until it
is marked here (or, better, marked with ``QT_TRANSLATE_NOOP`` where the table is defined, after
which its entry here can go).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# bodymap/ui/main_window.py: TOOL_LABELS (label, tip) -> MainWindow.tr
MAIN_WINDOW_TOOLS = (
    QT_TRANSLATE_NOOP("MainWindow", "Select"),
    QT_TRANSLATE_NOOP("MainWindow", "Select, move and edit marks (S)"),
    QT_TRANSLATE_NOOP("MainWindow", "Paint pain"),
    QT_TRANSLATE_NOOP("MainWindow", "Paint where it hurts (A)"),
    QT_TRANSLATE_NOOP("MainWindow", "Fill region with pain"),
    QT_TRANSLATE_NOOP("MainWindow", "Click a region to fill it: it hurts here (G)"),
    QT_TRANSLATE_NOOP("MainWindow", "Trigger point"),
    QT_TRANSLATE_NOOP("MainWindow", "Click to place a trigger point (T)"),
    QT_TRANSLATE_NOOP("MainWindow", "Paint referred pain"),
    QT_TRANSLATE_NOOP("MainWindow", "Paint the area where pain is felt (B)"),
    QT_TRANSLATE_NOOP("MainWindow", "Fill region"),
    QT_TRANSLATE_NOOP("MainWindow", "Click a region to fill it as referred pain (F)"),
    QT_TRANSLATE_NOOP("MainWindow", "Erase"),
    QT_TRANSLATE_NOOP("MainWindow", "Erase part of the selected painted area (E)"),
    QT_TRANSLATE_NOOP("MainWindow", "Spasm"),
    QT_TRANSLATE_NOOP("MainWindow", "Click to mark a spasm or tight muscle (P)"),
    QT_TRANSLATE_NOOP("MainWindow", "Tender point"),
    QT_TRANSLATE_NOOP("MainWindow", "Click to mark a fibromyalgia tender point (N)"),
)

# bodymap/ui/episode_panel.py: KIND_LABELS -> EpisodePanel.tr (kind combo) and EpisodeList.tr
EPISODE_KINDS = (
    QT_TRANSLATE_NOOP("EpisodePanel", "Flare"),
    QT_TRANSLATE_NOOP("EpisodePanel", "Chronic spasm / tightness"),
    QT_TRANSLATE_NOOP("EpisodePanel", "Random spasm"),
    QT_TRANSLATE_NOOP("EpisodePanel", "Everyday pain"),
    QT_TRANSLATE_NOOP("EpisodePanel", "Other"),
    QT_TRANSLATE_NOOP("EpisodeList", "Flare"),
    QT_TRANSLATE_NOOP("EpisodeList", "Chronic spasm / tightness"),
    QT_TRANSLATE_NOOP("EpisodeList", "Random spasm"),
    QT_TRANSLATE_NOOP("EpisodeList", "Everyday pain"),
    QT_TRANSLATE_NOOP("EpisodeList", "Other"),
)

# bodymap/ui/episode_panel.py: OUTCOME_LABELS -> EpisodePanel.tr
OUTCOMES = (
    QT_TRANSLATE_NOOP("EpisodePanel", "not rated yet"),
    QT_TRANSLATE_NOOP("EpisodePanel", "better"),
    QT_TRANSLATE_NOOP("EpisodePanel", "no change"),
    QT_TRANSLATE_NOOP("EpisodePanel", "worse"),
)

# bodymap/store/records.py: COMMON_TRIGGERS -> EpisodePanel.tr (the trigger check list)
TRIGGERS = (
    QT_TRANSLATE_NOOP("EpisodePanel", "poor sleep"),
    QT_TRANSLATE_NOOP("EpisodePanel", "stress"),
    QT_TRANSLATE_NOOP("EpisodePanel", "cold or weather change"),
    QT_TRANSLATE_NOOP("EpisodePanel", "overexertion"),
    QT_TRANSLATE_NOOP("EpisodePanel", "posture"),
    QT_TRANSLATE_NOOP("EpisodePanel", "long sitting"),
    QT_TRANSLATE_NOOP("EpisodePanel", "illness"),
    QT_TRANSLATE_NOOP("EpisodePanel", "menstrual cycle"),
    QT_TRANSLATE_NOOP("EpisodePanel", "travel"),
)

# bodymap/store/records.py: PAIN_QUALITIES -> MarkPanel.tr (the quality check boxes)
PAIN_QUALITIES = (
    QT_TRANSLATE_NOOP("MarkPanel", "aching"),
    QT_TRANSLATE_NOOP("MarkPanel", "burning"),
    QT_TRANSLATE_NOOP("MarkPanel", "tingling"),
    QT_TRANSLATE_NOOP("MarkPanel", "stabbing"),
    QT_TRANSLATE_NOOP("MarkPanel", "throbbing"),
    QT_TRANSLATE_NOOP("MarkPanel", "cramping"),
    QT_TRANSLATE_NOOP("MarkPanel", "numb"),
    QT_TRANSLATE_NOOP("MarkPanel", "tight"),
    QT_TRANSLATE_NOOP("MarkPanel", "shooting"),
    QT_TRANSLATE_NOOP("MarkPanel", "sharp"),
    QT_TRANSLATE_NOOP("MarkPanel", "dull"),
    QT_TRANSLATE_NOOP("MarkPanel", "tender"),
    QT_TRANSLATE_NOOP("MarkPanel", "heavy"),
    QT_TRANSLATE_NOOP("MarkPanel", "electric"),
)

# bodymap/map/commands.py: KIND_NAMES -> MarkPanel.tr (the heading of the selected mark)
MARK_KINDS = (
    QT_TRANSLATE_NOOP("MarkPanel", "trigger point"),
    QT_TRANSLATE_NOOP("MarkPanel", "referred-pain area"),
    QT_TRANSLATE_NOOP("MarkPanel", "spasm"),
    QT_TRANSLATE_NOOP("MarkPanel", "tender point"),
    QT_TRANSLATE_NOOP("MarkPanel", "pain area"),
)

# bodymap/anatomy/atlas.py: CAUTION -> AtlasPanel.tr
ATLAS_CAUTION = QT_TRANSLATE_NOOP(
    "AtlasPanel",
    "Trigger points are a debated idea: experts disagree on what they are and studies of "
    "them are mixed. This atlas is a guide to where a sore muscle may send pain, not a "
    "diagnosis. Pain can have many causes, some serious (chest, belly, calf and sudden or "
    "severe pain above all): talk to your doctor or physiotherapist.",
)

# argparse's own words (Python 3.11+), looked up through cli.translate_argparse under "argparse"
ARGPARSE = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "optional arguments"),
    QT_TRANSLATE_NOOP("argparse", "subcommands"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)

# Undo texts the map tools and the mark panel pass in English, translated by the commands
# (bodymap/map/commands.py: SetMarkPropertiesCommand, and the macros of map/tools.py)
UNDO_TEXTS = (
    QT_TRANSLATE_NOOP("UndoCommand", "Fill region"),
    QT_TRANSLATE_NOOP("UndoCommand", "Erase"),
    QT_TRANSLATE_NOOP("UndoCommand", "Paint area"),
    QT_TRANSLATE_NOOP("UndoCommand", "Change intensity"),
    QT_TRANSLATE_NOOP("UndoCommand", "Change state"),
    QT_TRANSLATE_NOOP("UndoCommand", "Change spasm kind"),
    QT_TRANSLATE_NOOP("UndoCommand", "Edit note"),
    QT_TRANSLATE_NOOP("UndoCommand", "Change muscle"),
    QT_TRANSLATE_NOOP("UndoCommand", "Link to trigger point"),
    QT_TRANSLATE_NOOP("UndoCommand", "Change pain qualities"),
)

# Qt's own file dialog (Qt 6.11): two labels gained an accelerator ("&Look in:", "Files of
# &type:") and Qt's shipped qtbase_it.qm still has only the old texts, so we carry them.  Our
# translator is asked after Qt's (resources.install_translator), so only these fill the gap.
QT_FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

# bodymap/store/records.py: the templates of ValidationError (errors.invalid), shown by
# cli.store_message with their parameters; "{value}" is the value given, already quoted when it
# is text, "{choices}" the list of allowed keys (which stay as they are typed).
STORE_MESSAGES = (
    QT_TRANSLATE_NOOP("store", "{date} is out of range ({first} to {last})"),
    QT_TRANSLATE_NOOP("store", "must be from {low} to {high}, not {value}"),
    QT_TRANSLATE_NOOP("store", "must be from {low} to {high} minutes, not {value}"),
    QT_TRANSLATE_NOOP("store", "must be within +/- 16 hours, not {value}"),
    QT_TRANSLATE_NOOP("store", "must be a year from {low} to {high}, not {value}"),
    QT_TRANSLATE_NOOP(
        "store", "must be from {low} (very much improved) to {high} (very much worse), not {value}"
    ),
    QT_TRANSLATE_NOOP("store", "{value} is not one of: {choices}"),
    QT_TRANSLATE_NOOP("store", "contains characters that are not valid text"),
    QT_TRANSLATE_NOOP("store", "contains a NUL character, which cannot be stored"),
    QT_TRANSLATE_NOOP("store", "cannot be empty"),
    QT_TRANSLATE_NOOP("store", "is too long ({count} characters, at most {limit})"),
    QT_TRANSLATE_NOOP("store", "must be a finite number"),
)


# The sentences of the Qt-free layers (bodymap/phrases.py): errors of the store, of files.py /
# paths.py and of anatomy/scores.py carry their English text and a Phrase, said in the
# language of the run by ui.labels.store_message.  "{path}" is a path as given; "{reason}" is
# another of these phrases (an OS reason keyed by errno name, files.OS_REASONS); "{value}" is
# the value given, already quoted; "{detail}" a technical detail that stays as it is.
# tests/test_error_language.py checks every such template in the code is marked here.
# bodymap/anatomy/scores.py
SCORE_SENTENCES_SCORES = (
    QT_TRANSLATE_NOOP("scores", "{value} is not one of the 19 WPI areas"),
    QT_TRANSLATE_NOOP("scores", "must be a whole number from 0 to 3, not {value}"),
    QT_TRANSLATE_NOOP("scores", "must be from 0 to 3, not {value}"),
    QT_TRANSLATE_NOOP("scores", "must be yes or no (True/False), not {value}"),
    QT_TRANSLATE_NOOP("scores", "must be a whole number from 0 to {high}, not {value}"),
    QT_TRANSLATE_NOOP("scores", "must not be negative"),
    QT_TRANSLATE_NOOP("scores", "{value} is not one of the 18 tender points"),
    QT_TRANSLATE_NOOP("scores", "must be yes or no, not {value}"),
    QT_TRANSLATE_NOOP("scores", "must be from 0 to 10, not {value}"),
    QT_TRANSLATE_NOOP("scores", "{value} is given more than once"),
    QT_TRANSLATE_NOOP("scores", "is not an item of the symptom severity scale"),
    QT_TRANSLATE_NOOP("scores", "is missing"),
)

# bodymap/commands/__init__.py
STORE_SENTENCES_COMMANDS = (
    QT_TRANSLATE_NOOP("store", "{where} has no profile yet, and it is read-only."),
)

# bodymap/files.py
FILE_SENTENCES_FILES = (
    QT_TRANSLATE_NOOP("files", "the disk is full"),
    QT_TRANSLATE_NOOP("files", "the disk quota is used up"),
    QT_TRANSLATE_NOOP("files", "the disk or folder is read-only"),
    QT_TRANSLATE_NOOP("files", "permission denied"),
    QT_TRANSLATE_NOOP("files", "there is no such file or folder"),
    QT_TRANSLATE_NOOP("files", "a part of the path is not a folder"),
    QT_TRANSLATE_NOOP("files", "it is a folder, not a file"),
    QT_TRANSLATE_NOOP("files", "the file name is too long"),
    QT_TRANSLATE_NOOP("files", "it is a symbolic link (or too many links)"),
    QT_TRANSLATE_NOOP("files", "the disk reported an input/output error"),
    QT_TRANSLATE_NOOP("files", "it is a device or pipe that nobody is at the other end of"),
    QT_TRANSLATE_NOOP("files", "it exists already"),
    QT_TRANSLATE_NOOP("files", "the file would be too large"),
    QT_TRANSLATE_NOOP("files", "too many files are open"),
    QT_TRANSLATE_NOOP("files", "it is in use by another program"),
    QT_TRANSLATE_NOOP("files", "it is on another disk"),
    QT_TRANSLATE_NOOP("files", "the folder is not empty"),
    QT_TRANSLATE_NOOP("files", "the system reported an error ({name})"),
    QT_TRANSLATE_NOOP("files", "{path} is a link to something that is not a folder"),
    QT_TRANSLATE_NOOP("files", "{path} exists and is not a folder"),
    QT_TRANSLATE_NOOP("files", "{path} is a symbolic link; bodymap does not write through links"),
    QT_TRANSLATE_NOOP("files", "{path} is a folder, not a file"),
    QT_TRANSLATE_NOOP("files", "{path} is not an ordinary file (a device, a pipe or a socket)"),
    QT_TRANSLATE_NOOP("files", "{path} could not be written whole (the disk may be full or the file too big)"),
    QT_TRANSLATE_NOOP("files", "{path} could not be written: {reason}"),
    QT_TRANSLATE_NOOP("files", "{path} is not an ordinary file (a device, a pipe or a socket); bodymap reads only ordinary files"),
    QT_TRANSLATE_NOOP("files", "{path} is too big ({size} MB; bodymap reads files of at most {limit} MB)"),
    QT_TRANSLATE_NOOP("files", "{path} is too big (bodymap reads files of at most {limit} MB)"),
)

# bodymap/paths.py
FILE_SENTENCES_PATHS = (
    QT_TRANSLATE_NOOP("files", "the diary is named by an empty text: name a file or a URL"),
    QT_TRANSLATE_NOOP("files", "the diary's name contains a NUL character"),
    QT_TRANSLATE_NOOP("files", "--db is empty: name a diary file or a database URL"),
    QT_TRANSLATE_NOOP("files", "{name} is set but empty: name a diary file or unset it"),
)

# bodymap/store/assessments.py
STORE_SENTENCES_ASSESSMENTS = (
    QT_TRANSLATE_NOOP("store", "no profile with id {profile_id}"),
    QT_TRANSLATE_NOOP("store", "an assessment with this uuid exists already"),
    QT_TRANSLATE_NOOP("store", "no assessment with id {assessment_id}"),
    QT_TRANSLATE_NOOP("store", "an exam with this uuid exists already"),
    QT_TRANSLATE_NOOP("store", "no tender-point exam with id {exam_id}"),
    QT_TRANSLATE_NOOP("store", "assessment {id} no longer exists"),
    QT_TRANSLATE_NOOP("store", "tender-point exam {id} no longer exists"),
)

# bodymap/store/backup.py
STORE_SENTENCES_BACKUP = (
    QT_TRANSLATE_NOOP("store", "could not find a free name to move {path} aside"),
    QT_TRANSLATE_NOOP("store", "there is no database at {path} to back up"),
    QT_TRANSLATE_NOOP("store", "{path} is a device, a pipe or a socket, not a backup"),
    QT_TRANSLATE_NOOP("store", "there is no backup at {path}"),
    QT_TRANSLATE_NOOP("store", "{path} cannot be restored: it is damaged or not a diary ({problem})"),
    QT_TRANSLATE_NOOP("store", "{path} is an empty database, not a diary backup"),
    QT_TRANSLATE_NOOP("store", "{path} is a symbolic link; restore replaces only a diary file itself, never what a link points at (give the real file's name)"),
    QT_TRANSLATE_NOOP("store", "{path} is a folder, not a diary file"),
    QT_TRANSLATE_NOOP("store", "{path} is a device, a pipe or a socket, not a diary file"),
    QT_TRANSLATE_NOOP("store", "{path} is a folder, not a diary file; nothing was backed up"),
    QT_TRANSLATE_NOOP("store", "{path} is a device, a pipe or a socket, not a diary file; nothing was backed up"),
    QT_TRANSLATE_NOOP("store", "the backup of {path} failed: {reason}"),
    QT_TRANSLATE_NOOP("store", "cannot write the backup: {reason}"),
    QT_TRANSLATE_NOOP("store", "cannot back up {path}: {reason}"),
    QT_TRANSLATE_NOOP("store", "{path} cannot be restored: {reason}"),
    QT_TRANSLATE_NOOP("store", "cannot restore over {path}: {reason}"),
    QT_TRANSLATE_NOOP("store", "the restore failed: {reason}"),
    QT_TRANSLATE_NOOP("store", "it cannot be locked for the restore"),
    QT_TRANSLATE_NOOP("store", "{path} is not replaced: {reason}"),
    QT_TRANSLATE_NOOP("store", "the backup failed: {reason}"),
    QT_TRANSLATE_NOOP("store", "the copy of {path} did not pass the check; nothing was changed"),
)

# bodymap/store/database.py
STORE_SENTENCES_DATABASE = (
    QT_TRANSLATE_NOOP("store", "database \"{name}\" on {host}"),
    QT_TRANSLATE_NOOP("store", "the disk is full"),
    QT_TRANSLATE_NOOP("store", "the diary or its folder is read-only"),
    QT_TRANSLATE_NOOP("store", "another program is writing to the diary right now (try again in a moment)"),
    QT_TRANSLATE_NOOP("store", "the disk reported an error while reading or writing it (is the disk full?)"),
    QT_TRANSLATE_NOOP("store", "it cannot be opened here (no permission, or a read-only folder)"),
    QT_TRANSLATE_NOOP("store", "the database of service \"{service}\""),
    QT_TRANSLATE_NOOP("store", "this computer"),
    QT_TRANSLATE_NOOP("store", "the server refused the user name or password"),
    QT_TRANSLATE_NOOP("store", "Could not open the {where}: {reason}."),
    QT_TRANSLATE_NOOP("store", "the database refused it"),
    QT_TRANSLATE_NOOP("store", "bodymap does not know that kind of database address (use a file name, sqlite:///FILE or postgresql://...)"),
    QT_TRANSLATE_NOOP("store", "the database address is not one bodymap understands"),
    QT_TRANSLATE_NOOP("store", "the database refused the operation ({error})"),
    QT_TRANSLATE_NOOP("store", "{path} is a folder, not a diary file."),
    QT_TRANSLATE_NOOP("store", "{path} is a device, a pipe or a socket, not a diary file; nothing was written."),
    QT_TRANSLATE_NOOP("store", "{where} was written by a newer version of bodymap (schema {revision}). Please update bodymap to open it; nothing was changed."),
    QT_TRANSLATE_NOOP("store", "{where} already holds tables that bodymap did not write; use an empty database of its own for bodymap."),
    QT_TRANSLATE_NOOP("store", "the database"),
    QT_TRANSLATE_NOOP("store", "an in-memory database"),
    QT_TRANSLATE_NOOP("store", "the server has no such database (create it first, see docs/clinic.md)"),
    QT_TRANSLATE_NOOP("store", "there is no diary at {path} (nothing was created; check the name, or open bodymap once to start a diary there)."),
    QT_TRANSLATE_NOOP("store", "there is no diary at {path} to view."),
    QT_TRANSLATE_NOOP("store", "{path} is an empty file and read-only: there is no diary to view."),
    QT_TRANSLATE_NOOP("store", "{path} needs an upgrade to this version of bodymap, but it is read-only; open it once where it can be written (or copy it), nothing was changed."),
    QT_TRANSLATE_NOOP("store", "the diary cannot be used: {problem}"),
    QT_TRANSLATE_NOOP("store", "the database server could not be reached or refused the connection (is it running, and is the address right?)"),
    QT_TRANSLATE_NOOP("store", "{path} cannot be read: {reason}."),
    QT_TRANSLATE_NOOP("store", "{path} is not a bodymap database (it is not an SQLite file at all)."),
    QT_TRANSLATE_NOOP("store", "{path} is damaged ({detail})."),
    QT_TRANSLATE_NOOP("store", "{path} is an SQLite database, but not one written by bodymap."),
    QT_TRANSLATE_NOOP("store", "the server has no such user"),
    QT_TRANSLATE_NOOP("store", "the upgrade left {count} broken references; the backup made before it is intact"),
    QT_TRANSLATE_NOOP("store", "bodymap cannot talk to {where}: its database driver is not installed (for PostgreSQL: pip install 'bodymap[postgres]' and use postgresql+psycopg://)."),
    QT_TRANSLATE_NOOP("store", "{address} is not a database address bodymap understands."),
    QT_TRANSLATE_NOOP("store", "bodymap cannot talk to {where}: its database driver is not installed ({name})."),
    QT_TRANSLATE_NOOP("store", "{path} is damaged: {detail}"),
    QT_TRANSLATE_NOOP("store", "a secure (TLS) connection could not be made"),
    QT_TRANSLATE_NOOP("store", "cannot make a diary at {path}: {reason}."),
    QT_TRANSLATE_NOOP("store", "the server did not answer in time"),
    QT_TRANSLATE_NOOP("store", "the server could not be reached (is it running, and is the address right?)"),
    QT_TRANSLATE_NOOP("store", "{path} needs an upgrade, and the backup made first could not be written: {reason}; nothing was changed."),
)

# bodymap/store/locking.py
STORE_SENTENCES_LOCKING = (
    QT_TRANSLATE_NOOP("store", "replace it"),
    QT_TRANSLATE_NOOP("store", "restore the backup"),
    QT_TRANSLATE_NOOP("store", "{path} is open in another bodymap; close that window first, then {doing}."),
    QT_TRANSLATE_NOOP("store", "{path} is being opened by another bodymap; try again in a moment."),
    QT_TRANSLATE_NOOP("store", "{path} is open in another bodymap (process {pid}); close that window first, then {doing}."),
)

# bodymap/store/outcomes.py
STORE_SENTENCES_OUTCOMES = (
    QT_TRANSLATE_NOOP("store", "no PSFS activity with id {activity_id}"),
    QT_TRANSLATE_NOOP("store", "an activity called {name} is already in use"),
    QT_TRANSLATE_NOOP("store", "{count} activities are already in use on {day}: retire one first"),
    QT_TRANSLATE_NOOP("store", "the activity has ratings on or after this day"),
    QT_TRANSLATE_NOOP("store", "is before the activity was added ({day})"),
    QT_TRANSLATE_NOOP("store", "the activity was retired on {day}"),
    QT_TRANSLATE_NOOP("store", "no PSFS rating with id {rating_id}"),
    QT_TRANSLATE_NOOP("store", "no PGIC rating with id {rating_id}"),
)

# bodymap/store/records.py
STORE_SENTENCES_RECORDS = (
    QT_TRANSLATE_NOOP("store", "{value} is not a uuid in canonical form"),
    QT_TRANSLATE_NOOP("store", "a number"),
    QT_TRANSLATE_NOOP("store", "text"),
    QT_TRANSLATE_NOOP("store", "a list"),
    QT_TRANSLATE_NOOP("store", "an object"),
    QT_TRANSLATE_NOOP("store", "must be a whole number, not {kind}"),
    QT_TRANSLATE_NOOP("store", "must be text, not {kind}"),
    QT_TRANSLATE_NOOP("store", "must be a list of words, not {kind}"),
    QT_TRANSLATE_NOOP("store", "must be a list, not {kind}"),
    QT_TRANSLATE_NOOP("store", "must be a date and time, not {kind}"),
    QT_TRANSLATE_NOOP("store", "must be stored as naive UTC (use to_utc)"),
    QT_TRANSLATE_NOOP("store", "must be a number, not {kind}"),
    QT_TRANSLATE_NOOP("store", "must be a uuid, not {kind}"),
    QT_TRANSLATE_NOOP("store", "must name {what}"),
    QT_TRANSLATE_NOOP("store", "{value} is not a region of the body map"),
    QT_TRANSLATE_NOOP("store", "{value} is not drawn in the {view} view"),
    QT_TRANSLATE_NOOP("store", "must be a point or an area, not {kind}"),
    QT_TRANSLATE_NOOP("store", "is missing"),
    QT_TRANSLATE_NOOP("store", "does not belong to a geometry of type {shape}"),
    QT_TRANSLATE_NOOP("store", "an area needs at least one polygon"),
    QT_TRANSLATE_NOOP("store", "must be a date, not {kind}"),
    QT_TRANSLATE_NOOP("store", "must be true or false, not {kind}"),
    QT_TRANSLATE_NOOP("store", "{value} is given more than once"),
    QT_TRANSLATE_NOOP("store", "{value} is not a uuid"),
    QT_TRANSLATE_NOOP("store", "unknown geometry type {value} (point or area)"),
    QT_TRANSLATE_NOOP("store", "a polygon needs at least three points"),
    QT_TRANSLATE_NOOP("store", "{value} is not a view of the body map ({choices})"),
    QT_TRANSLATE_NOOP("store", "must map region ids to shares, not {kind}"),
    QT_TRANSLATE_NOOP("store", "a trigger point needs a state"),
    QT_TRANSLATE_NOOP("store", "must map findings to yes/no, not {kind}"),
    QT_TRANSLATE_NOOP("store", "must be a list of region ids, not {kind}"),
    QT_TRANSLATE_NOOP("store", "only a referred-pain area, pins and needles or numbness links to a trigger point"),
    QT_TRANSLATE_NOOP("store", "a mark cannot link to itself"),
    QT_TRANSLATE_NOOP("store", "links to a trigger point that is not in this episode"),
    QT_TRANSLATE_NOOP("store", "links to a {source}, not a trigger point"),
    QT_TRANSLATE_NOOP("store", "must be a list of WPI areas, not {kind}"),
    QT_TRANSLATE_NOOP("store", "must be a list of sites, not {kind}"),
    QT_TRANSLATE_NOOP("store", "must be a point [x, y]"),
    QT_TRANSLATE_NOOP("store", "only a symptom area ({choices}) has it, not a {kind}"),
    QT_TRANSLATE_NOOP("store", "only a trigger point is examined, not a {kind}"),
    QT_TRANSLATE_NOOP("store", "only a trigger point has one, not a {kind}"),
    QT_TRANSLATE_NOOP("store", "must be a mark, not {kind}"),
    QT_TRANSLATE_NOOP("store", "the same uuid appears twice in this episode"),
    QT_TRANSLATE_NOOP("store", "must be a therapy use, not {kind}"),
    QT_TRANSLATE_NOOP("store", "P{rank} is given to two symptom areas of this episode"),
    QT_TRANSLATE_NOOP("store", "a symptom cannot be brought on by itself"),
    QT_TRANSLATE_NOOP("store", "names no other symptom area of this episode"),
    QT_TRANSLATE_NOOP("store", "{value} is not one of the 19 WPI areas"),
    QT_TRANSLATE_NOOP("store", "must be a tender-point site, not {kind}"),
    QT_TRANSLATE_NOOP("store", "{value} is not one of the 18 tender points"),
    QT_TRANSLATE_NOOP("store", "is before the day the activity was added"),
    QT_TRANSLATE_NOOP("store", "the \"brought on by\" links go round in a circle"),
    QT_TRANSLATE_NOOP("store", "is missing (the symptom severity scale needs all six answers)"),
)

# bodymap/store/service.py
STORE_SENTENCES_SERVICE = (
    QT_TRANSLATE_NOOP("store", "a profile called {name} exists already"),
    QT_TRANSLATE_NOOP("store", "the only person of a diary cannot be removed (rename them instead)"),
    QT_TRANSLATE_NOOP("store", "no profile called {name}"),
    QT_TRANSLATE_NOOP("store", "unknown therapy {ids}"),
    QT_TRANSLATE_NOOP("store", "no episode with id {episode_id}"),
    QT_TRANSLATE_NOOP("store", "{where} is open for viewing only (the file, its folder or the disk is read-only): nothing was changed."),
    QT_TRANSLATE_NOOP("store", "this episode was changed elsewhere since you opened it; reopen it to see the newer version"),
    QT_TRANSLATE_NOOP("store", "episode {id} no longer exists"),
)

# bodymap/store/therapy_log.py
STORE_SENTENCES_THERAPY_LOG = (
    QT_TRANSLATE_NOOP("store", "must be a list of region ids"),
    QT_TRANSLATE_NOOP("store", "say where you used it (at least one region)"),
    QT_TRANSLATE_NOOP("store", "unknown region {value}"),
    QT_TRANSLATE_NOOP("store", "must be text"),
    QT_TRANSLATE_NOOP("store", "is too long (at most {limit} characters)"),
    QT_TRANSLATE_NOOP("store", "must be naive UTC (use records.to_utc)"),
    QT_TRANSLATE_NOOP("store", "must be within +/- 16 hours"),
    QT_TRANSLATE_NOOP("store", "must be a whole number from 0 to 10, not {relief}"),
    QT_TRANSLATE_NOOP("store", "is too long (at most 200 characters)"),
    QT_TRANSLATE_NOOP("store", "bad region id {value}"),
    QT_TRANSLATE_NOOP("store", "no therapy with id {therapy_id}"),
    QT_TRANSLATE_NOOP("store", "no therapy named"),
    QT_TRANSLATE_NOOP("store", "no episode {episode_id} for this profile"),
    QT_TRANSLATE_NOOP("store", "no therapy use with id {use_id}"),
    QT_TRANSLATE_NOOP("store", "no therapy called {key_or_name}"),
)

# bodymap/store/transfer.py
STORE_SENTENCES_TRANSFER = (
    QT_TRANSLATE_NOOP("store", "Expecting value"),
    QT_TRANSLATE_NOOP("store", "Expecting ',' delimiter"),
    QT_TRANSLATE_NOOP("store", "Expecting ':' delimiter"),
    QT_TRANSLATE_NOOP("store", "Expecting property name enclosed in double quotes"),
    QT_TRANSLATE_NOOP("store", "Unterminated string starting at"),
    QT_TRANSLATE_NOOP("store", "Invalid control character at"),
    QT_TRANSLATE_NOOP("store", "Extra data"),
    QT_TRANSLATE_NOOP("store", "nested too deeply"),
    QT_TRANSLATE_NOOP("store", "the file is not valid JSON (line {line}, column {column}: {detail}); it may be cut short or damaged"),
    QT_TRANSLATE_NOOP("store", "there is no profile called {name}"),
    QT_TRANSLATE_NOOP("store", "the end date is before the start date"),
    QT_TRANSLATE_NOOP("store", "{path} is a file: CSV tables go into a .zip file or a folder (for example {suggestion})"),
    QT_TRANSLATE_NOOP("store", "CSV tables go into a .zip file or a folder, and {name} is neither: use {suggestion} for a zip file, or a name without an extension for a folder"),
    QT_TRANSLATE_NOOP("store", "the file is nested more than {limit} levels deep, which no bodymap export is"),
    QT_TRANSLATE_NOOP("store", "the file is JSON but not a bodymap export (expected an object)"),
    QT_TRANSLATE_NOOP("store", "must be \"bodymap\": this is not a bodymap export"),
    QT_TRANSLATE_NOOP("store", "must be a whole number"),
    QT_TRANSLATE_NOOP("store", "the file was written by a newer bodymap (format version {version}; this one reads up to {newest}); please update bodymap to import it"),
    QT_TRANSLATE_NOOP("store", "unknown format version {version}"),
    QT_TRANSLATE_NOOP("store", "names a therapy that is not in the file's therapies"),
    QT_TRANSLATE_NOOP("store", "must be at least 1, not {value}"),
    QT_TRANSLATE_NOOP("store", "must be a date (YYYY-MM-DD), not {kind}"),
    QT_TRANSLATE_NOOP("store", "two profiles in the file have this name"),
    QT_TRANSLATE_NOOP("store", "the file is not a bodymap export (not UTF-8 text; byte {byte})"),
    QT_TRANSLATE_NOOP("store", "mark {uuid} of a new episode is already part of another episode in this diary; the file and the diary disagree, nothing was imported"),
    QT_TRANSLATE_NOOP("store", "therapy use {uuid} of a new episode is already recorded elsewhere in this diary; nothing was imported"),
    QT_TRANSLATE_NOOP("store", "cannot write {path}: {reason}"),
    QT_TRANSLATE_NOOP("store", "the file is not valid JSON: {detail}"),
    QT_TRANSLATE_NOOP("store", "the file is nested too deeply to be a bodymap export"),
    QT_TRANSLATE_NOOP("store", "must be an object, not {kind}"),
    QT_TRANSLATE_NOOP("store", "{value} is not a date (YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("store", "more than {count} activities are in use on {day}"),
    QT_TRANSLATE_NOOP("store", "cannot read {path}: {reason}"),
    QT_TRANSLATE_NOOP("store", "the database refused the import ({error}); nothing was written"),
    QT_TRANSLATE_NOOP("store", "{value} is not a date (use YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("store", "the same uuid appears twice in the file"),
    QT_TRANSLATE_NOOP("store", "{value} is not an ISO 8601 date and time"),
    QT_TRANSLATE_NOOP("store", "the activity is rated twice on this day"),
    QT_TRANSLATE_NOOP("store", "the same key appears twice in the file"),
    QT_TRANSLATE_NOOP("store", "the file changed while it was imported; nothing was imported"),
    QT_TRANSLATE_NOOP("store", "the file's reader stopped before the end of the file; nothing was imported"),
    QT_TRANSLATE_NOOP("store", "the file goes on after the end of the export; it may be damaged"),
)
