"""The diary's service layer: every change the GUI or the CLI makes to data goes through here.

One session per user action, committed or rolled back as a whole (``expire_on_commit=False``);
everything returned is a plain record from :mod:`bodymap.store.records`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar, cast

from sqlalchemy import (
    BindParameter,
    Connection,
    Engine,
    Select,
    Table,
    delete,
    func,
    select,
    update,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, selectinload

from bodymap.phrases import Phrase
from bodymap.store import bulk, region_summary
from bodymap.store.bulk import mark_chart_columns, mark_factor_rows
from bodymap.store.database import ReadOnlyDiary, is_read_only_error, open_database_mode
from bodymap.store.engine import make_sessionmaker
from bodymap.store.errors import ConflictError, NotFoundError, invalid, say
from bodymap.store.models import (
    Episode,
    EpisodeClearedRegion,
    EpisodeTrigger,
    Mark,
    MarkFactor,
    MarkQuality,
    MarkRegion,
    Profile,
    Therapy,
    TherapyUse,
    TherapyUseRegion,
)
from bodymap.store.records import (
    EpisodeRecord,
    EpisodeSummary,
    MarkRecord,
    PgicRecord,
    ProfileRecord,
    PsfsActivityRecord,
    PsfsRatingRecord,
    RegionMark,
    TherapyRecord,
    TherapyUseRecord,
    conditions_list,
    conditions_text,
)

DEFAULT_PROFILE_NAME = "Me"


class _Unset:
    """The type of UNSET: "not given", where None means "none"."""

    def __repr__(self) -> str:
        return "UNSET"


UNSET = _Unset()


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Diary:
    """A diary database: open it once, then call its methods from the GUI or the CLI."""

    def __init__(self, engine: Engine, *, read_only: bool = False) -> None:
        self.engine = engine
        self._sessions = make_sessionmaker(engine)
        #: True when the diary was opened for viewing only (a read-only file, folder or disk):
        #: nothing is written, and every write raises :class:`ReadOnlyDiary`.
        self.read_only = read_only

    @classmethod
    def open(cls, url: str, *, create: bool = True, read_only: bool | None = None) -> Diary:
        """Open (creating or upgrading as needed) the database at ``url``.

        ``create=False``: a diary file that does not exist is an error (:class:`NoSuchDiary`),
        not a new empty diary.  ``read_only``: None opens a diary that cannot be written here
        for viewing (``diary.read_only``); True opens it for viewing in any case.
        """
        engine, viewing = open_database_mode(url, create=create, read_only=read_only)
        return cls(engine, read_only=viewing)

    def close(self) -> None:
        self.engine.dispose()

    @property
    def url(self) -> str:
        """The address the diary was opened at (with its password: never shown or logged)."""
        return self.engine.url.render_as_string(hide_password=False)

    @property
    def db_file(self) -> Path | None:
        """The SQLite file behind this diary; None on a database server (or in memory)."""
        url = self.engine.url
        if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
            return Path(url.database)
        return None

    @property
    def on_server(self) -> bool:
        """True for a shared database server (PostgreSQL): several machines, no lock file."""
        return self.engine.dialect.name != "sqlite"

    def describe(self) -> str:
        """Where the diary is, as a person would say it (never with a password)."""
        return str(self.describe_phrase())

    def describe_phrase(self) -> Phrase:
        """:meth:`describe` as a phrase, for a sentence said in the person's language."""
        from bodymap.store.database import describe_phrase

        return describe_phrase(self.engine.url.render_as_string(hide_password=True))

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed if the block succeeds, rolled back if it raises.

        On a diary opened for viewing, a write raises :class:`ReadOnlyDiary` (one sentence).
        """
        if not self.read_only:
            with self._sessions() as session, session.begin():
                yield session
            return
        try:
            with self._sessions() as session, session.begin():
                yield session
        except OperationalError as exc:
            if is_read_only_error(exc):
                raise ReadOnlyDiary(say(
                    "{where} is open for viewing only (the file, its folder or the "
                    "disk is read-only): nothing was changed.", where=self.describe_phrase())) from None
            raise

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A Core connection for a few reads and no writes, given back (and any transaction
        the driver began rolled back) when the block ends.

        For the short reads the window makes again and again (a region's history): an ORM
        session costs 40 us to open and close around its statements, a connection 9 us."""
        with self.engine.connect() as connection:
            yield connection

    # -- profiles -------------------------------------------------------------------------

    def list_profiles(self) -> list[ProfileRecord]:
        with self.session() as s:
            rows = s.scalars(select(Profile).order_by(Profile.name)).all()
            return [_profile_record(p) for p in rows]

    def create_profile(self, name: str) -> ProfileRecord:
        name = (name or "").strip()
        if not name:
            raise invalid("profile.name", "cannot be empty")
        with self.session() as s:
            if s.scalar(select(Profile.id).where(Profile.name == name)) is not None:
                raise invalid("profile.name", "a profile called {name} exists already", name=repr(name))
            profile = Profile(name=name, created_at=utcnow())
            s.add(profile)
            s.flush()
            return _profile_record(profile)

    def profile_by_name(self, name: str) -> ProfileRecord:
        with self.session() as s:
            p = s.scalar(select(Profile).where(Profile.name == name))
            if p is None:
                raise NotFoundError(say("no profile called {name}", name=repr(name)))
            return _profile_record(p)

    def default_profile(self) -> ProfileRecord:
        """The first profile, created as "Me" on a new database.

        A read-only diary with nobody in it gets an unsaved "Me" (id 0, which owns nothing):
        there is nothing to show, and nothing may be written to say so.
        """
        with self.session() as s:
            p = s.scalar(select(Profile).order_by(Profile.id).limit(1))
            if p is not None:
                return _profile_record(p)
        if self.read_only:
            return ProfileRecord(id=0, name=DEFAULT_PROFILE_NAME)
        return self.create_profile(DEFAULT_PROFILE_NAME)

    def update_profile_details(
        self,
        profile_id: int,
        *,
        birth_year: int | None = None,
        conditions: list[str] | tuple[str, ...] = (),
    ) -> ProfileRecord:
        """Set the person's year of birth (None: not given) and conditions (fibromyalgia,
        me_cfs, myofascial; none required).  Both are replaced, not merged."""
        with self.session() as s:
            p = s.get(Profile, profile_id)
            if p is None:
                raise NotFoundError(say("no profile with id {profile_id}", profile_id=str(profile_id)))
            record = _profile_record(p)
            record.birth_year = birth_year
            record.conditions = list(conditions)
            record.validate()
            p.birth_year = birth_year
            p.conditions = conditions_text(record.conditions)
            s.flush()
            return _profile_record(p)

    def update_profile(
        self,
        profile_id: int,
        *,
        name: str | None = None,
        birth_year: int | None | _Unset = UNSET,
        conditions: list[str] | tuple[str, ...] | None = None,
    ) -> ProfileRecord:
        """Change what is given of a person's name, year of birth (None: not given) and
        conditions; what is left out stays.  A name must be unique and not empty."""
        with self.session() as s:
            p = s.get(Profile, profile_id)
            if p is None:
                raise NotFoundError(say("no profile with id {profile_id}", profile_id=str(profile_id)))
            record = _profile_record(p)
            if name is not None:
                record.name = name.strip()
            if not isinstance(birth_year, _Unset):
                record.birth_year = birth_year
            if conditions is not None:
                record.conditions = list(conditions)
            record.validate()
            if record.name != p.name and s.scalar(
                select(Profile.id).where(Profile.name == record.name, Profile.id != profile_id)
            ) is not None:
                raise invalid("profile.name", "a profile called {name} exists already", name=repr(record.name))
            p.name = record.name
            p.birth_year = record.birth_year
            p.conditions = conditions_text(record.conditions)
            s.flush()
            return _profile_record(p)

    def remove_profile(self, profile_id: int) -> None:
        """Delete a person with everything that is theirs (episodes, therapy uses, assessments,
        exams, PSFS and PGIC).  The caller makes a backup first.  The last person of a diary is
        never removed (rename them instead)."""
        with self.session() as s:
            if s.get(Profile, profile_id) is None:
                raise NotFoundError(say("no profile with id {profile_id}", profile_id=str(profile_id)))
            if (s.scalar(select(func.count(Profile.id))) or 0) <= 1:
                raise invalid(
                    "profile", "the only person of a diary cannot be removed (rename them instead)")
            # The database's ON DELETE CASCADE removes every row that belongs to the person.
            s.execute(delete(Profile).where(Profile.id == profile_id))

    # -- outcome measures (bodymap.store.outcomes) ------------------------------------------

    def psfs_activities(
        self, profile_id: int, *, include_retired: bool = True, on: date | None = None
    ) -> list[PsfsActivityRecord]:
        from bodymap.store import outcomes

        return outcomes.psfs_activities(self, profile_id, include_retired=include_retired, on=on)

    def add_psfs_activity(self, profile_id: int, name: str, added_on: date) -> PsfsActivityRecord:
        from bodymap.store import outcomes

        return outcomes.add_psfs_activity(self, profile_id, name, added_on)

    def rename_psfs_activity(self, activity_id: int, name: str) -> PsfsActivityRecord:
        from bodymap.store import outcomes

        return outcomes.rename_psfs_activity(self, activity_id, name)

    def retire_psfs_activity(self, activity_id: int, retired_on: date) -> PsfsActivityRecord:
        from bodymap.store import outcomes

        return outcomes.retire_psfs_activity(self, activity_id, retired_on)

    def unretire_psfs_activity(self, activity_id: int) -> PsfsActivityRecord:
        from bodymap.store import outcomes

        return outcomes.unretire_psfs_activity(self, activity_id)

    def delete_psfs_activity(self, activity_id: int) -> None:
        from bodymap.store import outcomes

        outcomes.delete_psfs_activity(self, activity_id)

    def rate_psfs(self, activity_id: int, day: date, score: int) -> PsfsRatingRecord:
        from bodymap.store import outcomes

        return outcomes.rate_psfs(self, activity_id, day, score)

    def psfs_ratings(
        self, profile_id: int, start: date | None = None, end: date | None = None,
        *, activity_id: int | None = None,
    ) -> list[PsfsRatingRecord]:
        from bodymap.store import outcomes

        return outcomes.psfs_ratings(self, profile_id, start, end, activity_id=activity_id)

    def delete_psfs_rating(self, rating_id: int) -> None:
        from bodymap.store import outcomes

        outcomes.delete_psfs_rating(self, rating_id)

    def add_pgic(self, profile_id: int, day: date, score: int, note: str = "") -> PgicRecord:
        from bodymap.store import outcomes

        return outcomes.add_pgic(self, profile_id, day, score, note)

    def pgic_ratings(
        self, profile_id: int, start: date | None = None, end: date | None = None
    ) -> list[PgicRecord]:
        from bodymap.store import outcomes

        return outcomes.pgic_ratings(self, profile_id, start, end)

    def delete_pgic(self, rating_id: int) -> None:
        from bodymap.store import outcomes

        outcomes.delete_pgic(self, rating_id)

    # -- therapies ------------------------------------------------------------------------

    def list_therapies(self) -> list[TherapyRecord]:
        with self.session() as s:
            rows = s.scalars(select(Therapy).order_by(Therapy.category, Therapy.name)).all()
            return [therapy_record(t) for t in rows]

    def add_therapy(self, record: TherapyRecord) -> TherapyRecord:
        record.validate()
        with self.session() as s:
            if record.key is not None:
                existing = s.scalar(select(Therapy).where(Therapy.key == record.key))
                if existing is not None:
                    return therapy_record(existing)
            therapy = Therapy(
                uuid=record.uuid,
                key=record.key,
                name=record.name.strip(),
                category=record.category,
                builtin=record.builtin,
            )
            s.add(therapy)
            s.flush()
            return therapy_record(therapy)

    # -- episodes -------------------------------------------------------------------------

    def save_episode(self, record: EpisodeRecord) -> EpisodeRecord:
        """Create or update an episode with all its marks and therapy uses, all or nothing.

        Updating an episode that was saved elsewhere since ``record`` was read raises
        :class:`ConflictError` and writes nothing.
        """
        record.validate()
        now = utcnow()
        with self.session() as s:
            if record.id is not None:
                # First statement of the transaction, and atomic: on PostgreSQL a second
                # machine saving the same episode waits for this row and then finds the version
                # moved on; on SQLite the write lock is taken before anything is read, so the
                # check never runs on a stale snapshot.
                episodes = cast(Table, Episode.__table__)
                bumped = s.connection().execute(
                    update(episodes)
                    .where(episodes.c.id == record.id, episodes.c.version == record.version)
                    .values(version=episodes.c.version + 1)
                )
                if bumped.rowcount != 1:
                    if s.get(Episode, record.id) is None:
                        raise NotFoundError(say("episode {id} no longer exists", id=str(record.id)))
                    raise ConflictError(say(
                        "this episode was changed elsewhere since you opened it; "
                        "reopen it to see the newer version"))
            if record.id is None:
                # A new episode goes through the one bulk writer (Core statements, all its marks
                # in one executemany): the unit of work's objects and flushes were most of a
                # save's time.  Its times are the save's, as for every writer but the import.
                # The writer looks its person and therapies up (bulk.check_references).
                fresh = replace(record, created_at=None, updated_at=None, version=0)
                [episode_id] = bulk.write_episodes(s, [fresh], now=now, validated=True)
            else:
                bulk.check_references(s, [record.profile_id], {u.therapy_id for u in record.therapy_uses})
                episode_id = self._rewrite_episode(s, record, now)
        return self.get_episode(episode_id)

    def _rewrite_episode(self, s: Session, record: EpisodeRecord, now: datetime) -> int:
        """An episode saved before, in place (its version bumped already): its own columns,
        and its marks, triggers and cleared regions written anew; its therapy uses matched."""
        episode = s.get(Episode, record.id)
        assert episode is not None  # the version bump above found it
        s.execute(delete(Mark).where(Mark.episode_id == episode.id))
        s.execute(delete(EpisodeTrigger).where(EpisodeTrigger.episode_id == episode.id))
        s.execute(
            delete(EpisodeClearedRegion).where(EpisodeClearedRegion.episode_id == episode.id)
        )
        s.expire(episode, ["marks", "trigger_rows", "cleared_rows"])
        episode.profile_id = record.profile_id
        episode.started_at = record.started_at
        episode.utc_offset_minutes = record.utc_offset_minutes
        episode.duration_minutes = record.duration_minutes
        episode.kind = record.kind
        episode.intensity = record.intensity
        episode.fatigue = record.fatigue
        episode.trigger_rows = [
            EpisodeTrigger(position=i, trigger=t) for i, t in enumerate(record.triggers)
        ]
        episode.notes = record.notes
        episode.cleared_rows = [
            EpisodeClearedRegion(region_id=r) for r in dict.fromkeys(record.cleared_regions)
        ]
        episode.updated_at = now
        s.flush()
        by_uuid: dict[str, Mark] = {}
        for position, m in enumerate(record.marks):
            mark = Mark(
                uuid=m.uuid,
                episode_id=episode.id,
                position=position,
                kind=m.kind,
                view=m.view,
                geometry=m.geometry,
                intensity=m.intensity,
                quality_rows=[
                    MarkQuality(position=i, quality=q) for i, q in enumerate(m.qualities)
                ],
                tp_state=m.tp_state,
                spasm_kind=m.spasm_kind,
                muscle_key=m.muscle_key,
                note=m.note,
                regions=[
                    MarkRegion(region_id=r, share=float(share))
                    for r, share in m.regions.items()
                ],
                factor_rows=[MarkFactor(**row) for row in mark_factor_rows(m)],
                **mark_chart_columns(m),
            )
            s.add(mark)
            by_uuid[m.uuid] = mark
        s.flush()
        for m in record.marks:
            if m.source_uuid is not None:
                by_uuid[m.uuid].source_mark_id = by_uuid[m.source_uuid].id
            if m.brought_on_by is not None:
                by_uuid[m.uuid].brought_on_by_id = by_uuid[m.brought_on_by].id
        self._save_therapy_uses(s, record, episode)
        s.flush()
        region_summary.refresh(s, [episode.id])
        return episode.id

    @staticmethod
    def _save_therapy_uses(s: Session, record: EpisodeRecord, episode: Episode) -> None:
        """Update the episode's therapy uses in place, matched by uuid.

        A use may have been rated in the therapies panel (or the CLI) while this episode was
        open: a rating in the database is kept when the record being saved has none, so saving
        the episode never wipes it.
        """
        existing = {
            u.uuid: u
            for u in s.scalars(
                select(TherapyUse)
                .where(TherapyUse.episode_id == episode.id)
                .options(selectinload(TherapyUse.regions))
            )
        }
        wanted = {u.uuid for u in record.therapy_uses}
        for use_uuid, old in existing.items():
            if use_uuid not in wanted:
                s.delete(old)
        for u in record.therapy_uses:
            found = existing.get(u.uuid)
            if found is None:
                s.add(_therapy_use_model(u, episode.profile_id, episode.id))
                continue
            model = found
            model.therapy_id = u.therapy_id
            model.used_at = u.used_at
            model.utc_offset_minutes = u.utc_offset_minutes
            model.duration_minutes = u.duration_minutes
            model.dose = u.dose
            model.note = u.note
            if u.outcome is not None or model.outcome is None:
                model.outcome = u.outcome
                model.relief = u.relief
            if sorted(r.region_id for r in model.regions) != sorted(dict.fromkeys(u.regions)):
                model.regions = [TherapyUseRegion(region_id=r) for r in dict.fromkeys(u.regions)]

    def get_episode(self, episode_id: int) -> EpisodeRecord:
        with self.session() as s:
            episode = s.scalar(
                select(Episode)
                .where(Episode.id == episode_id)
                .options(
                    selectinload(Episode.marks).selectinload(Mark.regions),
                    selectinload(Episode.marks).selectinload(Mark.quality_rows),
                    selectinload(Episode.marks).selectinload(Mark.factor_rows),
                    selectinload(Episode.trigger_rows),
                    selectinload(Episode.cleared_rows),
                    selectinload(Episode.therapy_uses).selectinload(TherapyUse.regions),
                    selectinload(Episode.therapy_uses).selectinload(TherapyUse.therapy),
                )
            )
            if episode is None:
                raise NotFoundError(say("no episode with id {episode_id}", episode_id=str(episode_id)))
            return _episode_record(episode)

    def delete_episode(self, episode_id: int) -> None:
        with self.session() as s:
            episode = s.get(Episode, episode_id)
            if episode is None:
                raise NotFoundError(say("no episode with id {episode_id}", episode_id=str(episode_id)))
            s.delete(episode)

    def list_episodes(
        self,
        profile_id: int,
        start: datetime | None = None,
        end: datetime | None = None,
        *,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[EpisodeSummary]:
        """Episodes of a profile, newest first; ``start`` inclusive, ``end`` exclusive (UTC).

        ``limit`` / ``offset``: one page of the list (the window's diary list reads it a page
        at a time, so fifty years do not cost more than one).
        """
        # Counted per listed episode (the index on mark.episode_id), not over every mark.
        marks = (
            select(func.count(Mark.id)).where(Mark.episode_id == Episode.id).scalar_subquery()
        )
        query = (
            select(Episode, marks)
            .where(Episode.profile_id == profile_id)
            .order_by(Episode.started_at.desc(), Episode.id.desc())
        )
        query = within_range(query, start, end)
        if limit is not None:
            query = query.limit(limit)
        if offset:
            query = query.offset(offset)
        with self.session() as s:
            return [
                EpisodeSummary(
                    id=e.id,
                    uuid=e.uuid,
                    started_at=e.started_at,
                    utc_offset_minutes=e.utc_offset_minutes,
                    kind=e.kind,
                    intensity=e.intensity,
                    fatigue=e.fatigue,
                    mark_count=n,
                )
                for e, n in s.execute(query)
            ]

    def latest_episode(self, profile_id: int) -> EpisodeRecord | None:
        with self.session() as s:
            episode_id = s.scalar(
                select(Episode.id)
                .where(Episode.profile_id == profile_id)
                .order_by(Episode.started_at.desc(), Episode.id.desc())
                .limit(1)
            )
        return None if episode_id is None else self.get_episode(episode_id)

    def marks_in_region(
        self,
        profile_id: int,
        region_id: str,
        start: datetime | None = None,
        end: datetime | None = None,
    ) -> list[RegionMark]:
        """Marks touching ``region_id`` in episodes of the profile, oldest first."""
        query = (
            select(
                Mark.id,
                Mark.episode_id,
                Episode.started_at,
                Mark.kind,
                Mark.intensity,
                MarkRegion.share,
                Mark.muscle_key,
            )
            .join(MarkRegion, MarkRegion.mark_id == Mark.id)
            .join(Episode, Episode.id == Mark.episode_id)
            .where(MarkRegion.region_id == region_id, Episode.profile_id == profile_id)
            .order_by(Episode.started_at, Mark.id)
        )
        query = within_range(query, start, end)
        with self.session() as s:
            rows = s.execute(query).all()
            qualities: dict[int, list[str]] = {}
            ids = [row[0] for row in rows]
            for chunk in range(0, len(ids), 500):  # keep under every engine's parameter limit
                for mark_id, quality in s.execute(
                    select(MarkQuality.mark_id, MarkQuality.quality)
                    .where(MarkQuality.mark_id.in_(ids[chunk:chunk + 500]))
                    .order_by(MarkQuality.mark_id, MarkQuality.position)
                ):
                    qualities.setdefault(mark_id, []).append(quality)
            return [
                RegionMark(
                    mark_id=row[0],
                    episode_id=row[1],
                    started_at=row[2],
                    kind=row[3],
                    intensity=row[4],
                    share=row[5],
                    qualities=tuple(qualities.get(row[0], ())),
                    muscle_key=row[6],
                )
                for row in rows
            ]


_Query = TypeVar("_Query", bound="Select[*tuple[Any, ...]]")
#: One end of a range: a time, a parameter to give it later, or None for an open end.
RangeEnd = datetime | BindParameter[datetime] | None


def within_range(
    query: _Query, start: RangeEnd, end: RangeEnd, column: Any = None
) -> _Query:
    """``query`` limited to ``column`` (by default when the episode started) in [start, end),
    naive UTC; None leaves that side open.  The one range filter of the store's queries.  An
    end may be a bound parameter, for a statement made once and given its range each time."""
    column = Episode.started_at if column is None else column
    if start is not None:
        query = query.where(column >= start)
    if end is not None:
        query = query.where(column < end)
    return query


def therapy_record(t: Therapy) -> TherapyRecord:
    return TherapyRecord(
        id=t.id, name=t.name, category=t.category, key=t.key, builtin=t.builtin, uuid=t.uuid
    )


def _therapy_use_model(u: TherapyUseRecord, profile_id: int, episode_id: int | None) -> TherapyUse:
    return TherapyUse(
        uuid=u.uuid,
        profile_id=profile_id,
        episode_id=episode_id,
        therapy_id=u.therapy_id,
        used_at=u.used_at,
        utc_offset_minutes=u.utc_offset_minutes,
        duration_minutes=u.duration_minutes,
        dose=u.dose,
        outcome=u.outcome,
        relief=u.relief,
        note=u.note,
        regions=[TherapyUseRegion(region_id=r) for r in dict.fromkeys(u.regions)],
    )


def therapy_use_record(u: TherapyUse, therapy_name: str) -> TherapyUseRecord:
    """A therapy use as a plain record (its regions sorted)."""
    return TherapyUseRecord(
        id=u.id,
        uuid=u.uuid,
        therapy_id=u.therapy_id,
        therapy_name=therapy_name,
        used_at=u.used_at,
        utc_offset_minutes=u.utc_offset_minutes,
        duration_minutes=u.duration_minutes,
        regions=sorted(r.region_id for r in u.regions),
        dose=u.dose,
        outcome=u.outcome,
        relief=u.relief,
        note=u.note,
        episode_id=u.episode_id,
        profile_id=u.profile_id,
    )


def _mark_record(m: Mark, uuid_by_id: dict[int, str]) -> MarkRecord:
    return MarkRecord(
        id=m.id,
        uuid=m.uuid,
        kind=m.kind,
        view=m.view,
        geometry=m.geometry,
        intensity=m.intensity,
        regions={r.region_id: r.share for r in m.regions},
        qualities=m.qualities,
        tp_state=m.tp_state,
        spasm_kind=m.spasm_kind,
        muscle_key=m.muscle_key,
        source_uuid=uuid_by_id.get(m.source_mark_id) if m.source_mark_id else None,
        note=m.note,
        rank=m.rank,
        constancy=m.constancy,
        depth=m.depth,
        aggravating=m.factors("aggravating"),
        aggravating_note=m.aggravating_note,
        easing=m.factors("easing"),
        easing_note=m.easing_note,
        daily_pattern=m.factors("daily_pattern"),
        morning_stiffness_minutes=m.morning_stiffness_minutes,
        brought_on_by=uuid_by_id.get(m.brought_on_by_id) if m.brought_on_by_id else None,
        exam=m.exam,
        pressure_threshold=m.pressure_threshold,
    )


def _profile_record(p: Profile) -> ProfileRecord:
    return ProfileRecord(
        id=p.id,
        name=p.name,
        uuid=p.uuid,
        created_at=p.created_at,
        birth_year=p.birth_year,
        conditions=conditions_list(p.conditions),
    )


def _episode_record(e: Episode) -> EpisodeRecord:
    uuid_by_id = {m.id: m.uuid for m in e.marks}
    return EpisodeRecord(
        id=e.id,
        uuid=e.uuid,
        version=e.version,
        profile_id=e.profile_id,
        started_at=e.started_at,
        utc_offset_minutes=e.utc_offset_minutes,
        duration_minutes=e.duration_minutes,
        kind=e.kind,
        intensity=e.intensity,
        fatigue=e.fatigue,
        triggers=e.triggers,
        notes=e.notes,
        cleared_regions=e.cleared_regions,
        marks=[_mark_record(m, uuid_by_id) for m in e.marks],
        therapy_uses=[therapy_use_record(u, u.therapy.name) for u in e.therapy_uses],
    )
