"""SQLAlchemy 2 models of the diary.

A *profile* is a person (a physiotherapist may keep several).  An *episode* is one sitting: when
it started (UTC plus the local offset at the time), how long, what kind, how bad overall.  Its
*marks* are what the person drew on the map; a mark's ``regions`` say which regions of our map it
touches and what share of each.  *Therapies* are a catalogue (built in or the user's own) and a
*therapy use* records one try and how it went.

Records a user could export and import again carry a stable ``uuid``.  Everything the UI sees goes
through :mod:`bodymap.store.service`, which returns plain dataclasses, never these objects.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from bodymap.store.records import EXAM_FINDINGS, MARK_KINDS, new_uuid

#: The mark kinds the database accepts (records.MARK_KINDS), as a check.
MARK_KIND_CHECK = "kind IN ({})".format(", ".join(f"'{k}'" for k in MARK_KINDS))

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Profile(Base):
    __tablename__ = "profile"
    __table_args__ = (
        CheckConstraint(
            "birth_year IS NULL OR (birth_year BETWEEN 1900 AND 2999)", name="birth_year"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    #: Year of birth, if the person gave it (for the warnings that depend on age).
    birth_year: Mapped[int | None] = mapped_column(Integer)
    #: The conditions the person lives with, as catalogue words separated by commas
    #: ("fibromyalgia,me_cfs"; "" for none): see bodymap.anatomy.therapies.CONDITIONS.
    conditions: Mapped[str] = mapped_column(String(200), default="", server_default="")

    episodes: Mapped[list[Episode]] = relationship(
        back_populates="profile", cascade="all, delete-orphan", passive_deletes=True
    )


class Episode(Base):
    __tablename__ = "episode"
    __table_args__ = (
        CheckConstraint("intensity IS NULL OR (intensity BETWEEN 0 AND 10)", name="intensity"),
        CheckConstraint("fatigue IS NULL OR (fatigue BETWEEN 0 AND 10)", name="fatigue"),
        CheckConstraint(
            "duration_minutes IS NULL OR duration_minutes >= 0", name="duration_minutes"
        ),
        Index("ix_episode_profile_started", "profile_id", "started_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"))
    #: When it started, in UTC (naive datetime, always UTC).
    started_at: Mapped[datetime] = mapped_column(DateTime)
    #: The local offset from UTC at that moment, in minutes (e.g. 60 for CET in winter).
    utc_offset_minutes: Mapped[int] = mapped_column(Integer, default=0)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))
    intensity: Mapped[int | None] = mapped_column(Integer)
    fatigue: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    #: Bumped on every save: a save based on an older version is a conflict, never an overwrite.
    version: Mapped[int] = mapped_column(Integer, default=1)

    profile: Mapped[Profile] = relationship(back_populates="episodes")
    marks: Mapped[list[Mark]] = relationship(
        back_populates="episode",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Mark.position",
        foreign_keys="Mark.episode_id",
    )
    therapy_uses: Mapped[list[TherapyUse]] = relationship(
        back_populates="episode", passive_deletes=True, order_by="TherapyUse.used_at"
    )
    #: What brought it on, in the order the person gave (rows, so both engines can query them).
    trigger_rows: Mapped[list[EpisodeTrigger]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="EpisodeTrigger.position"
    )

    #: Regions found clear, in region-id order.
    cleared_rows: Mapped[list[EpisodeClearedRegion]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="EpisodeClearedRegion.region_id"
    )

    @property
    def triggers(self) -> list[str]:
        return [t.trigger for t in self.trigger_rows]

    @property
    def cleared_regions(self) -> list[str]:
        return [c.region_id for c in self.cleared_rows]


class Mark(Base):
    __tablename__ = "mark"
    __table_args__ = (
        CheckConstraint(MARK_KIND_CHECK, name="kind"),
        CheckConstraint("intensity BETWEEN 0 AND 10", name="intensity"),
        CheckConstraint(
            "tp_state IS NULL OR tp_state IN ('active', 'latent', 'resolved')", name="tp_state"
        ),
        CheckConstraint("rank IS NULL OR (rank BETWEEN 1 AND 99)", name="rank"),
        CheckConstraint(
            "constancy IS NULL OR constancy IN ('constant', 'intermittent')", name="constancy"
        ),
        CheckConstraint("depth IS NULL OR depth IN ('superficial', 'deep')", name="depth"),
        CheckConstraint(
            "morning_stiffness_minutes IS NULL OR (morning_stiffness_minutes BETWEEN 0 AND 1440)",
            name="morning_stiffness_minutes",
        ),
        CheckConstraint(
            "pressure_threshold IS NULL OR (pressure_threshold BETWEEN 0.1 AND 20)",
            name="pressure_threshold",
        ),
        #: P-numbers are unique within an episode (NULLs, the unnumbered, never clash).
        Index("ix_mark_episode_rank", "episode_id", "rank", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    episode_id: Mapped[int] = mapped_column(
        ForeignKey("episode.id", ondelete="CASCADE"), index=True
    )
    #: Order of drawing within the episode.
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(32))
    view: Mapped[str] = mapped_column(String(32))
    #: Geometry in the view's map units: {"type": "point", "x":, "y":} or
    #: {"type": "area", "polygons": [[[x, y], ...], ...]} (even-odd filled rings).
    geometry: Mapped[dict[str, Any]] = mapped_column(JSON)
    intensity: Mapped[int] = mapped_column(Integer)
    tp_state: Mapped[str | None] = mapped_column(String(16))
    spasm_kind: Mapped[str | None] = mapped_column(String(16))
    muscle_key: Mapped[str | None] = mapped_column(String(64))
    #: For a referred-pain area: the trigger point it comes from.
    source_mark_id: Mapped[int | None] = mapped_column(
        ForeignKey("mark.id", ondelete="SET NULL"), index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")
    # -- the body chart (symptom kinds) --
    #: P-number within the episode (1 = P1).
    rank: Mapped[int | None] = mapped_column(Integer)
    constancy: Mapped[str | None] = mapped_column(String(16))
    depth: Mapped[str | None] = mapped_column(String(16))
    aggravating_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    easing_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    morning_stiffness_minutes: Mapped[int | None] = mapped_column(Integer)
    #: The symptom mark (same episode) this one is brought on by.
    brought_on_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("mark.id", ondelete="SET NULL"), index=True
    )
    # -- trigger-point examination: True yes, False no, NULL not tested --
    exam_taut_band: Mapped[bool | None] = mapped_column(Boolean)
    exam_spot_tenderness: Mapped[bool | None] = mapped_column(Boolean)
    exam_recognised_pain: Mapped[bool | None] = mapped_column(Boolean)
    exam_referred_on_pressure: Mapped[bool | None] = mapped_column(Boolean)
    exam_twitch_response: Mapped[bool | None] = mapped_column(Boolean)
    #: Pressure-pain threshold, kg/cm2.
    pressure_threshold: Mapped[float | None] = mapped_column(Float)

    episode: Mapped[Episode] = relationship(back_populates="marks", foreign_keys=[episode_id])
    regions: Mapped[list[MarkRegion]] = relationship(
        back_populates="mark", cascade="all, delete-orphan", passive_deletes=True
    )
    #: Pain qualities (aching, burning...), in order; rows, so both engines can count them.
    quality_rows: Mapped[list[MarkQuality]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="MarkQuality.position"
    )

    #: Aggravating and easing factors and the 24-hour pattern, in the person's order.
    factor_rows: Mapped[list[MarkFactor]] = relationship(
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="MarkFactor.position",
    )

    @property
    def qualities(self) -> list[str]:
        return [q.quality for q in self.quality_rows]

    def factors(self, which: str) -> list[str]:
        """The keys of one list ("aggravating", "easing", "daily_pattern"), in order."""
        return [f.factor for f in self.factor_rows if f.kind == which]

    @property
    def exam(self) -> dict[str, str]:
        """The examination as the record has it: finding -> "yes" / "no" (untested left out)."""
        found: dict[str, str] = {}
        for finding in EXAM_FINDINGS:
            value = getattr(self, f"exam_{finding}")
            if value is not None:
                found[finding] = "yes" if value else "no"
        return found


#: The lists of keys a mark has rows for in ``mark_factor``.
FACTOR_LISTS = ("aggravating", "easing", "daily_pattern")


class MarkFactor(Base):
    """One key of a mark's aggravating factors, easing factors or 24-hour pattern."""

    __tablename__ = "mark_factor"
    __table_args__ = (
        CheckConstraint("kind IN ('aggravating', 'easing', 'daily_pattern')", name="kind"),
        Index("ix_mark_factor_factor", "factor"),
    )

    mark_id: Mapped[int] = mapped_column(
        ForeignKey("mark.id", ondelete="CASCADE"), primary_key=True
    )
    #: Which list: one of FACTOR_LISTS.
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    factor: Mapped[str] = mapped_column(String(32))


class EpisodeClearedRegion(Base):
    """A region asked about and found free of symptoms in an episode (a tick on the chart)."""

    __tablename__ = "episode_cleared_region"
    __table_args__ = (Index("ix_episode_cleared_region_region", "region_id"),)

    episode_id: Mapped[int] = mapped_column(
        ForeignKey("episode.id", ondelete="CASCADE"), primary_key=True
    )
    region_id: Mapped[str] = mapped_column(String(64), primary_key=True)


class MarkQuality(Base):
    """One pain quality of a mark ("burning"); ``position`` keeps the person's order."""

    __tablename__ = "mark_quality"

    mark_id: Mapped[int] = mapped_column(
        ForeignKey("mark.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    quality: Mapped[str] = mapped_column(String(200))


class EpisodeTrigger(Base):
    """One trigger of an episode ("poor sleep"); ``position`` keeps the person's order."""

    __tablename__ = "episode_trigger"

    episode_id: Mapped[int] = mapped_column(
        ForeignKey("episode.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    trigger: Mapped[str] = mapped_column(String(200))


class MarkRegion(Base):
    """Which region of the map a mark touches, and the share of that region it covers (0..1)."""

    __tablename__ = "mark_region"
    __table_args__ = (
        CheckConstraint("share >= 0 AND share <= 1", name="share"),
        Index("ix_mark_region_region", "region_id"),
    )

    mark_id: Mapped[int] = mapped_column(
        ForeignKey("mark.id", ondelete="CASCADE"), primary_key=True
    )
    region_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    share: Mapped[float] = mapped_column(Float)

    mark: Mapped[Mark] = relationship(back_populates="regions")


class RegionEpisode(Base):
    """Derived, never edited: one row per episode and region its marks touch, with the
    episode's person, start, offset, kind and intensity and the highest intensity / number of
    its marks there.

    Written only by :func:`bodymap.store.region_summary.refresh` (from the marks, in the same
    transaction as every write of an episode); deleted with its episode.  The history and the
    heat map read it instead of walking every mark (issue 18: flat to fifty years).
    """

    __tablename__ = "region_episode"
    __table_args__ = (
        # A region's history (its episodes in time order) and the heat map (a person's rows,
        # grouped by region in index order), both read from the index alone.
        Index(
            "ix_region_episode_history",
            "profile_id", "region_id", "started_at", "episode_id", "peak", "marks",
            "utc_offset_minutes", "kind", "intensity",
        ),
    )

    episode_id: Mapped[int] = mapped_column(
        ForeignKey("episode.id", ondelete="CASCADE"), primary_key=True
    )
    region_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    profile_id: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    peak: Mapped[int] = mapped_column(Integer)
    marks: Mapped[int] = mapped_column(Integer)
    # The episode's own columns a history lists (copies, refreshed with every save).
    utc_offset_minutes: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))
    intensity: Mapped[int | None] = mapped_column(Integer)


class RegionEpisodeTally(Base):
    """Derived, never edited, like :class:`RegionEpisode`: per episode and region, how many of
    its marks there have each quality (``topic`` "quality") and how many trigger points of each
    muscle and state (``topic`` "trigger_point"; ``quality`` NULL) it holds."""

    __tablename__ = "region_episode_tally"
    __table_args__ = (
        Index(
            "ix_region_episode_tally_history",
            "profile_id", "region_id", "topic", "started_at",
            "quality", "muscle_key", "tp_state", "n",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    episode_id: Mapped[int] = mapped_column(
        ForeignKey("episode.id", ondelete="CASCADE"), index=True
    )
    region_id: Mapped[str] = mapped_column(String(64))
    profile_id: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    topic: Mapped[str] = mapped_column(String(16))
    quality: Mapped[str | None] = mapped_column(String(200))
    muscle_key: Mapped[str | None] = mapped_column(String(64))
    tp_state: Mapped[str | None] = mapped_column(String(16))
    n: Mapped[int] = mapped_column(Integer)


class Therapy(Base):
    __tablename__ = "therapy"
    __table_args__ = (
        CheckConstraint(
            "category IN ('home', 'professional', 'supplement', 'medication')", name="category"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    #: Catalogue key for built-in therapies (e.g. "heat"); None for the user's own.
    key: Mapped[str | None] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(16))
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)


class TherapyUse(Base):
    __tablename__ = "therapy_use"
    __table_args__ = (
        CheckConstraint(
            "outcome IS NULL OR outcome IN ('better', 'same', 'worse')", name="outcome"
        ),
        CheckConstraint("relief IS NULL OR (relief BETWEEN 0 AND 10)", name="relief"),
        CheckConstraint(
            "duration_minutes IS NULL OR duration_minutes >= 0", name="duration_minutes"
        ),
        Index("ix_therapy_use_profile_used", "profile_id", "used_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"))
    episode_id: Mapped[int | None] = mapped_column(
        ForeignKey("episode.id", ondelete="CASCADE"), index=True
    )
    therapy_id: Mapped[int] = mapped_column(ForeignKey("therapy.id", ondelete="RESTRICT"))
    used_at: Mapped[datetime] = mapped_column(DateTime)
    utc_offset_minutes: Mapped[int] = mapped_column(Integer, default=0)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    #: Free text for what the user writes about a medication or supplement ("200 mg").
    dose: Mapped[str] = mapped_column(String(200), default="")
    outcome: Mapped[str | None] = mapped_column(String(8))
    relief: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")

    episode: Mapped[Episode | None] = relationship(back_populates="therapy_uses")
    therapy: Mapped[Therapy] = relationship()
    regions: Mapped[list[TherapyUseRegion]] = relationship(
        back_populates="use", cascade="all, delete-orphan", passive_deletes=True
    )


class TherapyUseRegion(Base):
    __tablename__ = "therapy_use_region"
    __table_args__ = (Index("ix_therapy_use_region_region", "region_id"),)

    use_id: Mapped[int] = mapped_column(
        ForeignKey("therapy_use.id", ondelete="CASCADE"), primary_key=True
    )
    region_id: Mapped[str] = mapped_column(String(64), primary_key=True)

    use: Mapped[TherapyUse] = relationship(back_populates="regions")


# -- fibromyalgia measures (docs/fibromyalgia.md) ------------------------------------------------

#: Every SSS answer given, or none (an assessment of the WPI only).
_SSS_ALL_OR_NONE = (
    "(fatigue IS NULL AND waking_unrefreshed IS NULL AND cognitive IS NULL AND headaches IS NULL"
    " AND lower_abdominal IS NULL AND depression IS NULL) OR (fatigue IS NOT NULL AND"
    " waking_unrefreshed IS NOT NULL AND cognitive IS NOT NULL AND headaches IS NOT NULL AND"
    " lower_abdominal IS NOT NULL AND depression IS NOT NULL)"
)


class FibroAssessment(Base):
    """One assessment: the WPI areas the person confirmed and, maybe, the SSS answers.

    ``assessed_on`` is the person's local calendar day.  The six SSS answers are all set or all
    NULL; ``symptoms_3_months`` is the person's confirmation (NULL: not answered).
    """

    __tablename__ = "fibro_assessment"
    __table_args__ = (
        CheckConstraint("fatigue IS NULL OR (fatigue BETWEEN 0 AND 3)", name="fatigue"),
        CheckConstraint(
            "waking_unrefreshed IS NULL OR (waking_unrefreshed BETWEEN 0 AND 3)",
            name="waking_unrefreshed",
        ),
        CheckConstraint("cognitive IS NULL OR (cognitive BETWEEN 0 AND 3)", name="cognitive"),
        CheckConstraint(_SSS_ALL_OR_NONE, name="sss_all_or_none"),
        Index("ix_fibro_assessment_profile_assessed", "profile_id", "assessed_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"))
    assessed_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    #: The confirmed areas differ from what the map suggested.
    areas_adjusted: Mapped[bool] = mapped_column(Boolean, default=False)
    fatigue: Mapped[int | None] = mapped_column(Integer)
    waking_unrefreshed: Mapped[int | None] = mapped_column(Integer)
    cognitive: Mapped[int | None] = mapped_column(Integer)
    headaches: Mapped[bool | None] = mapped_column(Boolean)
    lower_abdominal: Mapped[bool | None] = mapped_column(Boolean)
    depression: Mapped[bool | None] = mapped_column(Boolean)
    symptoms_3_months: Mapped[bool | None] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")

    area_rows: Mapped[list[FibroAssessmentArea]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="FibroAssessmentArea.area_id"
    )


class FibroAssessmentArea(Base):
    """One confirmed WPI area of an assessment (``jaw_left`` ... ``abdomen``)."""

    __tablename__ = "fibro_assessment_area"
    __table_args__ = (Index("ix_fibro_assessment_area_area", "area_id"),)

    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("fibro_assessment.id", ondelete="CASCADE"), primary_key=True
    )
    area_id: Mapped[str] = mapped_column(String(32), primary_key=True)


class TenderExam(Base):
    """A tender-point exam (ACR 1990) on the person's local calendar day."""

    __tablename__ = "tender_exam"
    __table_args__ = (Index("ix_tender_exam_profile_examined", "profile_id", "examined_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"))
    examined_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")

    site_rows: Mapped[list[TenderExamSite]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="TenderExamSite.site_id"
    )


class TenderExamSite(Base):
    """One site of an exam (``occiput_left`` ...): tender or not, optionally 0-10."""

    __tablename__ = "tender_exam_site"
    __table_args__ = (
        CheckConstraint("intensity IS NULL OR (intensity BETWEEN 0 AND 10)", name="intensity"),
    )

    exam_id: Mapped[int] = mapped_column(
        ForeignKey("tender_exam.id", ondelete="CASCADE"), primary_key=True
    )
    site_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tender: Mapped[bool] = mapped_column(Boolean)
    intensity: Mapped[int | None] = mapped_column(Integer)


# -- outcome measures: PSFS and PGIC (docs/export-format.md) -----------------------------------


class PsfsActivity(Base):
    """An activity the person named for the Patient-Specific Functional Scale."""

    __tablename__ = "psfs_activity"
    __table_args__ = (Index("ix_psfs_activity_profile", "profile_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    added_on: Mapped[date] = mapped_column(Date)
    #: The day it stopped being rated (None: in use).
    retired_on: Mapped[date | None] = mapped_column(Date)

    rating_rows: Mapped[list[PsfsRating]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="PsfsRating.rated_on"
    )


class PsfsRating(Base):
    """One rating of a PSFS activity (0 unable .. 10 as before), one per activity and day."""

    __tablename__ = "psfs_rating"
    __table_args__ = (
        CheckConstraint("score BETWEEN 0 AND 10", name="score"),
        Index("ix_psfs_rating_activity_rated", "activity_id", "rated_on", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    activity_id: Mapped[int] = mapped_column(ForeignKey("psfs_activity.id", ondelete="CASCADE"))
    rated_on: Mapped[date] = mapped_column(Date)
    score: Mapped[int] = mapped_column(Integer)


class PgicRating(Base):
    """A Patient Global Impression of Change: 1 very much improved .. 7 very much worse."""

    __tablename__ = "pgic_rating"
    __table_args__ = (
        CheckConstraint("score BETWEEN 1 AND 7", name="score"),
        Index("ix_pgic_rating_profile_rated", "profile_id", "rated_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"))
    rated_on: Mapped[date] = mapped_column(Date)
    score: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
