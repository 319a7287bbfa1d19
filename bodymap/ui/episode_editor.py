"""The episode being edited: new, from the last one, open, save, discard, delete, drafts.

:class:`EpisodeEditor` sits beside the window shell (as Orange's ``SchemeEditWidget`` beside its
main window): it owns the :class:`EpisodeDocument`, the :class:`MarkingController` that turns
clicks into undo commands, and the :class:`DraftKeeper` that writes unsaved work to disk.  The
window only has actions and menus that call it.

Reads and writes go through the window's worker (:class:`~bodymap.ui.ops.DiaryOps`); saves are
ordered writes, so two quick saves can never overtake each other.  The quick path stays three
clicks: a spot, an intensity, Save.  A save that meets a change made elsewhere (another window,
another machine, the command line) overwrites nothing: the person is told so in plain words and
chooses between keeping theirs as a new episode and showing the saved one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from bodymap.i18n import formats
from bodymap.map.document import EpisodeDocument, copy_marks_for_new_episode
from bodymap.map.tools import MarkingController
from bodymap.store.errors import ConflictError, NotFoundError
from bodymap.ui.changes import Changes
from bodymap.ui.drafts import DraftKeeper, draft_path_for, read_draft

if TYPE_CHECKING:
    from bodymap.map.widget import MapViews
    from bodymap.store.records import EpisodeRecord, ProfileRecord
    from bodymap.ui.context import DiaryContext
    from bodymap.ui.ops import DiaryOps

#: Answers of the "changed elsewhere" question.
SAVE_AS_NEW = "new"
RELOAD = "reload"
CANCEL = "cancel"

EPISODES = Changes(episodes=True, therapy_uses=True)


class Conflict:
    """The save met a change made elsewhere (``deleted``: the episode is gone there)."""

    def __init__(self, deleted: bool) -> None:
        self.deleted = deleted


def as_new_episode(record: EpisodeRecord) -> EpisodeRecord:
    """A copy to save as a new episode: fresh ids for it, its marks and its therapy uses."""
    from bodymap.store.records import new_uuid

    copy = replace(record, id=None, version=0, uuid=new_uuid())
    copy.marks = copy_marks_for_new_episode(record.marks)
    copy.therapy_uses = [replace(u, id=None, uuid=new_uuid(), episode_id=None) for u in record.therapy_uses]
    return copy


class EpisodeEditor(QObject):
    #: A line for the status bar, and for how long (ms).
    message = Signal(str, int)
    #: An episode was saved (the saved ``EpisodeRecord``).
    saved = Signal(object)

    def __init__(
        self,
        window: QWidget,
        context: DiaryContext,
        ops: DiaryOps,
        views: MapViews,
        diary_url: str,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.ops = ops
        self.diary_url = diary_url
        self.document = EpisodeDocument(context.person_id, self)
        self.controller = MarkingController(self.document, views, self)
        self.drafts = DraftKeeper(self.document, draft_path_for(diary_url, context.person_id), self)
        self._saving = False
        self._edits = 0
        for signal in (self.document.mark_added, self.document.mark_removed,
                       self.document.mark_changed, self.document.fields_changed):
            signal.connect(self._edited)
        context.person_changed.connect(self._person_changed)
        context.changed.connect(self._diary_changed)
        # A save refused because the diary file was replaced under the window: keep the work.
        ops.file_replaced.connect(self._file_replaced)
        #: Tests replace this to answer the "changed elsewhere" question without a dialog.
        self.ask_conflict: Callable[[bool], str] = self._ask_conflict

    def _edited(self, *_args: object) -> None:
        self._edits += 1

    def _say(self, text: str, ms: int = 4000) -> None:
        self.message.emit(text, ms)

    # -- unsaved changes ----------------------------------------------------------------

    def settle(self, then: Callable[[], None]) -> None:
        """Ask what to do with unsaved changes, then go on with ``then`` (after the save has
        landed, if the person chose to save).  Cancel: ``then`` is not called."""
        if not self.document.is_modified():
            then()
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("This episode has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save(then=then)
        elif answer == QMessageBox.StandardButton.Discard:
            self.drafts.discard()
            then()

    # -- new, open ----------------------------------------------------------------------

    def new_episode(self) -> None:
        self.settle(self._start_new)

    def _start_new(self) -> None:
        self.drafts.discard()
        self.document.new(self.context.person_id)
        self._say(self.tr("New episode: click the map where it hurts"))

    def new_from_last(self) -> None:
        self.settle(self._read_last)

    def _read_last(self) -> None:
        diary, person_id = self.context.diary, self.context.person_id
        self.ops.query(lambda: diary.latest_episode(person_id), self._start_from, key="editor-open")

    def _start_from(self, last: EpisodeRecord | None) -> None:
        if last is None:
            self._say(self.tr("There is no earlier episode yet"))
            return
        self.drafts.discard()
        self.document.new(self.context.person_id, copy_marks_for_new_episode(last.marks))
        self._say(
            self.tr("New episode with %n marks from {when}", "", len(last.marks)).format(
                when=formats.day_time(last.local_start)
            ),
            5000,
        )

    def open_episode(self, episode_id: int) -> None:
        if episode_id == self.document.episode_id and not self.document.is_modified():
            return
        self.settle(lambda: self._read_episode(episode_id))

    def _read_episode(self, episode_id: int) -> None:
        diary = self.context.diary
        self.ops.query(
            lambda: diary.get_episode(episode_id), self._show_opened,
            on_error=self._cannot_open, key="editor-open",
        )

    def _show_opened(self, record: EpisodeRecord) -> None:
        self.drafts.discard()
        self.document.load(record)
        self._say(self.tr("Opened the episode of {when}").format(
            when=formats.day_time(record.local_start)))

    def _cannot_open(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("Cannot open the episode"), message)

    # -- save ---------------------------------------------------------------------------

    def save(self, then: Callable[[], None] | None = None) -> bool:
        """Save the episode on the worker; ``then`` runs once it is in the diary.

        Returns False if a save is still on its way (the Save action is pressed twice).
        """
        if self._saving:
            return False
        marks = self.document.marks()
        if self.document.field("intensity") is None and marks:
            # Overall pain not given (the quick path): the worst mark stands for it, visibly.
            self.document.set_field("intensity", max(m.intensity for m in marks))
        record = self.document.to_record()
        self._write(record, self._edits, then)
        return True

    def _write(self, record: EpisodeRecord, stamp: int, then: Callable[[], None] | None) -> None:
        diary = self.context.diary

        def write() -> Any:
            try:
                return diary.save_episode(record)
            except ConflictError:
                return Conflict(deleted=False)
            except NotFoundError:
                return Conflict(deleted=True)

        self._saving = True
        self.ops.write(
            write,
            lambda result: self._written(result, record, stamp, then),
            on_error=self._not_saved,
            changes=EPISODES,
        )

    def _written(self, result: Any, record: EpisodeRecord, stamp: int,
                 then: Callable[[], None] | None) -> None:
        self._saving = False
        if isinstance(result, Conflict):
            # Changed or deleted elsewhere: never overwrite that, never lose this.
            answer = self.ask_conflict(result.deleted)
            if answer == SAVE_AS_NEW:
                self._write(as_new_episode(record), stamp, then)
            elif answer == RELOAD:
                self.drafts.discard()
                if result.deleted or record.id is None:
                    self.document.new(self.context.person_id)
                else:
                    self._read_episode(record.id)
            return
        if self._edits == stamp:
            self.document.mark_saved(result)
            self.drafts.discard()
        else:  # edited while the save was on its way: those edits stay unsaved
            self.document.adopt_saved(result)
        self.saved.emit(result)
        self._say(self.tr("Saved"), 3000)
        if then is not None:
            then()

    def _not_saved(self, message: str) -> None:
        self._saving = False
        self.drafts.write_now()  # the work is in the draft now, whatever the window does next
        QMessageBox.warning(
            self.window,
            self.tr("Not saved"),
            self.tr(
                "The episode was not saved; your changes are still here, and in the draft.\n{error}"
            ).format(error=message),
        )

    def _ask_conflict(self, deleted: bool) -> str:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Changed elsewhere"))
        if deleted:
            box.setText(self.tr(
                "This episode was deleted elsewhere (in another window, on another computer or "
                "from the command line) after you opened it."))
        else:
            box.setText(self.tr(
                "This episode was changed elsewhere (in another window, on another computer or "
                "from the command line) after you opened it. Nothing has been overwritten."))
        box.setInformativeText(self.tr(
            "You can keep what you have here as a new episode, or show the episode as it is "
            "saved now and let your changes go."))
        keep = box.addButton(self.tr("Save mine as a new episode"), QMessageBox.ButtonRole.AcceptRole)
        reload = box.addButton(self.tr("Show the saved one"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        return SAVE_AS_NEW if clicked is keep else RELOAD if clicked is reload else CANCEL

    # -- discard, delete ----------------------------------------------------------------

    def discard_changes(self) -> None:
        if not self.document.is_modified():
            return
        self.drafts.discard()
        episode_id = self.document.episode_id
        if episode_id is None:
            self.document.new(self.context.person_id)
        else:
            diary = self.context.diary
            self.ops.query(
                lambda: diary.get_episode(episode_id), self.document.load,
                # deleted elsewhere meanwhile: start afresh
                on_error=lambda _message: self.document.new(self.context.person_id),
                key="editor-open",
            )
        self._say(self.tr("Changes discarded"), 3000)

    def delete_episode(self) -> None:
        episode_id = self.document.episode_id
        if episode_id is None:
            self.discard_changes()
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Delete episode"),
            self.tr("Delete this episode and all its marks from the diary? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        diary = self.context.diary

        def delete() -> None:
            try:
                diary.delete_episode(episode_id)
            except NotFoundError:
                pass  # already gone (deleted in another window or from the command line)

        self.ops.write(delete, lambda _none: self._deleted(), changes=EPISODES)

    def _deleted(self) -> None:
        self.drafts.discard()
        self.document.new(self.context.person_id)
        self._say(self.tr("Episode deleted"), 3000)

    # -- person, drafts, changes elsewhere ----------------------------------------------

    def _person_changed(self, person: ProfileRecord) -> None:
        """The window settled unsaved work before it switched: start afresh for the new person."""
        if self.drafts.held:
            # The diary is being reopened (its file was replaced): the held draft is offered
            # once that is done (reopened), not here.
            self.document.new(int(person.id or 0))
            return
        self.drafts.discard()
        self.drafts.path = draft_path_for(self.diary_url, int(person.id or 0))
        self.document.new(int(person.id or 0))
        self.offer_draft()

    def offer_draft(self) -> None:
        """After a crash: offer the unsaved episode that was being edited."""
        found = read_draft(self.drafts.path)
        if found is None:
            return
        record, saved_at = found
        answer = QMessageBox.question(
            self.window,
            self.tr("Unsaved episode found"),
            self.tr(
                "bodymap was closed without saving an episode you were editing "
                "(last change {when}, %n marks). Restore it?", "", len(record.marks)
            ).format(when=_draft_time(saved_at)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.drafts.discard()
            return
        self.restore_draft(record)

    def restore_draft(self, record: EpisodeRecord) -> None:
        if record.profile_id == self.context.person_id:
            self._load_draft(record)
            return
        # The draft is another person's (SQLite keys drafts by the diary only): find them.
        diary = self.context.diary
        self.ops.query(
            diary.list_profiles, lambda people: self._restore_draft_for(record, people),
            key="editor-draft",
        )

    def _restore_draft_for(self, record: EpisodeRecord, people: list[ProfileRecord]) -> None:
        person = next((p for p in people if p.id == record.profile_id), None)
        if person is None:  # gone (a restore of an older diary): the draft is the person's on show
            record.profile_id = self.context.person_id
        else:
            self.context.person_changed.disconnect(self._person_changed)
            try:
                self.context.set_person(person)
            finally:
                self.context.person_changed.connect(self._person_changed)
        self._load_draft(record)

    def _load_draft(self, record: EpisodeRecord) -> None:
        self.document.load(record, unsaved=True)
        self._say(self.tr("Restored %n unsaved marks", "", len(record.marks)), 5000)

    def use_rated(self, use_id: int) -> None:
        """A therapy of the open episode was rated in the therapies panel: show the rating."""
        uses = self.document.field("therapy_uses")
        episode_id = self.document.episode_id
        if episode_id is not None and any(u.id == use_id for u in uses) and not self.document.is_modified():
            diary = self.context.diary
            self.ops.query(lambda: diary.get_episode(episode_id), self._reload_if_clean, key="editor-open")

    def _reload_if_clean(self, record: EpisodeRecord) -> None:
        if not self.document.is_modified() and record.id == self.document.episode_id:
            self.document.load(record)

    def _diary_changed(self, changes: Changes) -> None:
        if changes.everything:
            self.diary_replaced()

    def _file_replaced(self) -> None:
        """Another program replaced the diary file: nothing more is saved into it; what is on
        screen is kept as a draft until the diary is reopened."""
        self._saving = False
        self.drafts.hold()

    def reopened(self) -> None:
        """The window reopened the diary after its file was replaced: start afresh on it and
        offer the draft that holds the work."""
        self.document.new(self.context.person_id)  # the draft is held: it stays on disk
        self.drafts.release()
        self.offer_draft()

    def diary_replaced(self) -> None:
        """After an import or a restore: show the open episode as the diary now holds it."""
        episode_id = self.document.episode_id
        if episode_id is None or self.document.is_modified():
            return
        diary = self.context.diary
        self.ops.query(
            lambda: diary.get_episode(episode_id), self._reload_if_clean,
            on_error=lambda _message: self.document.new(self.context.person_id),
            key="editor-open",
        )


def _draft_time(saved_at: str) -> str:
    """When a draft was last saved (its ISO text), as people read it."""
    from datetime import datetime

    try:
        return formats.day_time(datetime.fromisoformat(saved_at))
    except ValueError:
        return saved_at[:16].replace("T", " ")
