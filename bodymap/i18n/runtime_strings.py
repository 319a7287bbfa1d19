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
