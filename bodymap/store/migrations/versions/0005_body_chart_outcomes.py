"""the physiotherapist's body chart and outcome measures (issue 16)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 12:00:00

* ``mark.kind`` may be ``paraesthesia`` (pins and needles) or ``numbness``: the check is made
  again with the new list.
* ``mark`` gains the body-chart attributes of a symptom area (``rank`` = the P-number, unique per
  episode; ``constancy``, ``depth``, ``aggravating_note``, ``easing_note``,
  ``morning_stiffness_minutes``, ``brought_on_by_id`` -> another mark) and a trigger point's
  examination (``exam_taut_band`` ... ``exam_twitch_response``: true yes, false no, NULL not
  tested; ``pressure_threshold`` in kg/cm2).
* ``mark_factor``: the aggravating and easing factors and the 24-hour pattern of a mark, one row
  per key (so both engines can query them).
* ``episode_cleared_region``: the regions asked about and found clear in an episode (ticks).
* ``psfs_activity`` / ``psfs_rating`` (Patient-Specific Functional Scale) and ``pgic_rating``
  (Patient Global Impression of Change), each under a uuid, deleted with their person.

No existing row changes: every old mark gets NULL / empty for the new columns.  On SQLite the
``mark`` columns and checks are added in one batch table copy; on PostgreSQL an ALTER in place.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_KINDS = "kind IN ('trigger_point', 'referred_area', 'spasm', 'tender_point', 'pain')"
_NEW_KINDS = (
    "kind IN ('trigger_point', 'referred_area', 'spasm', 'tender_point', 'pain', "
    "'paraesthesia', 'numbness')"
)
_EXAM = (
    "exam_taut_band",
    "exam_spot_tenderness",
    "exam_recognised_pain",
    "exam_referred_on_pressure",
    "exam_twitch_response",
)
_CHECKS = {
    "rank": "rank IS NULL OR (rank BETWEEN 1 AND 99)",
    "constancy": "constancy IS NULL OR constancy IN ('constant', 'intermittent')",
    "depth": "depth IS NULL OR depth IN ('superficial', 'deep')",
    "morning_stiffness_minutes": (
        "morning_stiffness_minutes IS NULL OR (morning_stiffness_minutes BETWEEN 0 AND 1440)"
    ),
    "pressure_threshold": "pressure_threshold IS NULL OR (pressure_threshold BETWEEN 0.1 AND 20)",
}


def upgrade() -> None:
    with op.batch_alter_table("mark", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_mark_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_mark_kind"), _NEW_KINDS)
        batch_op.add_column(sa.Column("rank", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("constancy", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("depth", sa.String(length=16), nullable=True))
        batch_op.add_column(
            sa.Column("aggravating_note", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("easing_note", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("morning_stiffness_minutes", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("brought_on_by_id", sa.Integer(), nullable=True))
        for name in _EXAM:
            batch_op.add_column(sa.Column(name, sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("pressure_threshold", sa.Float(), nullable=True))
        for name, check in _CHECKS.items():
            batch_op.create_check_constraint(op.f(f"ck_mark_{name}"), check)
        batch_op.create_foreign_key(
            op.f("fk_mark_brought_on_by_id_mark"), "mark", ["brought_on_by_id"], ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index(op.f("ix_mark_brought_on_by_id"), ["brought_on_by_id"], unique=False)
        batch_op.create_index("ix_mark_episode_rank", ["episode_id", "rank"], unique=True)

    op.create_table(
        "mark_factor",
        sa.Column("mark_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("factor", sa.String(length=32), nullable=False),
        sa.CheckConstraint(
            "kind IN ('aggravating', 'easing', 'daily_pattern')", name=op.f("ck_mark_factor_kind")
        ),
        sa.ForeignKeyConstraint(
            ["mark_id"], ["mark.id"], name=op.f("fk_mark_factor_mark_id_mark"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("mark_id", "kind", "position", name=op.f("pk_mark_factor")),
    )
    with op.batch_alter_table("mark_factor", schema=None) as batch_op:
        batch_op.create_index("ix_mark_factor_factor", ["factor"], unique=False)

    op.create_table(
        "episode_cleared_region",
        sa.Column("episode_id", sa.Integer(), nullable=False),
        sa.Column("region_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["episode.id"],
            name=op.f("fk_episode_cleared_region_episode_id_episode"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("episode_id", "region_id", name=op.f("pk_episode_cleared_region")),
    )
    with op.batch_alter_table("episode_cleared_region", schema=None) as batch_op:
        batch_op.create_index("ix_episode_cleared_region_region", ["region_id"], unique=False)

    op.create_table(
        "psfs_activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("added_on", sa.Date(), nullable=False),
        sa.Column("retired_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profile.id"],
            name=op.f("fk_psfs_activity_profile_id_profile"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_psfs_activity")),
        sa.UniqueConstraint("uuid", name=op.f("uq_psfs_activity_uuid")),
    )
    with op.batch_alter_table("psfs_activity", schema=None) as batch_op:
        batch_op.create_index("ix_psfs_activity_profile", ["profile_id"], unique=False)

    op.create_table(
        "psfs_rating",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("rated_on", sa.Date(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.CheckConstraint("score BETWEEN 0 AND 10", name=op.f("ck_psfs_rating_score")),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["psfs_activity.id"],
            name=op.f("fk_psfs_rating_activity_id_psfs_activity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_psfs_rating")),
        sa.UniqueConstraint("uuid", name=op.f("uq_psfs_rating_uuid")),
    )
    with op.batch_alter_table("psfs_rating", schema=None) as batch_op:
        batch_op.create_index(
            "ix_psfs_rating_activity_rated", ["activity_id", "rated_on"], unique=True
        )

    op.create_table(
        "pgic_rating",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("rated_on", sa.Date(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("score BETWEEN 1 AND 7", name=op.f("ck_pgic_rating_score")),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profile.id"],
            name=op.f("fk_pgic_rating_profile_id_profile"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pgic_rating")),
        sa.UniqueConstraint("uuid", name=op.f("uq_pgic_rating_uuid")),
    )
    with op.batch_alter_table("pgic_rating", schema=None) as batch_op:
        batch_op.create_index("ix_pgic_rating_profile_rated", ["profile_id", "rated_on"], unique=False)


def downgrade() -> None:
    op.drop_table("pgic_rating")
    op.drop_table("psfs_rating")
    op.drop_table("psfs_activity")
    op.drop_table("episode_cleared_region")
    op.drop_table("mark_factor")
    op.execute(sa.text("DELETE FROM mark WHERE kind IN ('paraesthesia', 'numbness')"))
    with op.batch_alter_table("mark", schema=None) as batch_op:
        batch_op.drop_index("ix_mark_episode_rank")
        batch_op.drop_index(op.f("ix_mark_brought_on_by_id"))
        batch_op.drop_constraint(op.f("fk_mark_brought_on_by_id_mark"), type_="foreignkey")
        for name in _CHECKS:
            batch_op.drop_constraint(op.f(f"ck_mark_{name}"), type_="check")
        for name in ("pressure_threshold", *_EXAM, "brought_on_by_id", "morning_stiffness_minutes",
                     "easing_note", "aggravating_note", "depth", "constancy", "rank"):
            batch_op.drop_column(name)
        batch_op.drop_constraint(op.f("ck_mark_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_mark_kind"), _OLD_KINDS)
