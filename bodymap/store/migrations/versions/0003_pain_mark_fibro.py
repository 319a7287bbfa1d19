"""the plain pain mark, fibromyalgia assessments and tender-point exams

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-15 10:00:00

* ``mark.kind`` may be ``pain`` (plain pain, "it hurts here"): the check constraint is dropped
  and made again with the new list.  On SQLite that is a batch table copy (the other constraints
  and the rows come along); on PostgreSQL an ALTER in place.
* ``fibro_assessment`` (+ ``fibro_assessment_area``, one row per confirmed WPI area, so both
  engines can query them) and ``tender_exam`` (+ ``tender_exam_site``), each under a uuid.

No existing row changes: every old mark kind is still allowed.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_KINDS = "kind IN ('trigger_point', 'referred_area', 'spasm', 'tender_point')"
_NEW_KINDS = "kind IN ('trigger_point', 'referred_area', 'spasm', 'tender_point', 'pain')"

_SSS_ALL_OR_NONE = (
    "(fatigue IS NULL AND waking_unrefreshed IS NULL AND cognitive IS NULL AND headaches IS NULL"
    " AND lower_abdominal IS NULL AND depression IS NULL) OR (fatigue IS NOT NULL AND"
    " waking_unrefreshed IS NOT NULL AND cognitive IS NOT NULL AND headaches IS NOT NULL AND"
    " lower_abdominal IS NOT NULL AND depression IS NOT NULL)"
)


def _mark_kinds(check: str) -> None:
    with op.batch_alter_table("mark", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_mark_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_mark_kind"), check)


def upgrade() -> None:
    _mark_kinds(_NEW_KINDS)

    op.create_table(
        "fibro_assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("areas_adjusted", sa.Boolean(), nullable=False),
        sa.Column("fatigue", sa.Integer(), nullable=True),
        sa.Column("waking_unrefreshed", sa.Integer(), nullable=True),
        sa.Column("cognitive", sa.Integer(), nullable=True),
        sa.Column("headaches", sa.Boolean(), nullable=True),
        sa.Column("lower_abdominal", sa.Boolean(), nullable=True),
        sa.Column("depression", sa.Boolean(), nullable=True),
        sa.Column("symptoms_3_months", sa.Boolean(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "fatigue IS NULL OR (fatigue BETWEEN 0 AND 3)", name=op.f("ck_fibro_assessment_fatigue")
        ),
        sa.CheckConstraint(
            "waking_unrefreshed IS NULL OR (waking_unrefreshed BETWEEN 0 AND 3)",
            name=op.f("ck_fibro_assessment_waking_unrefreshed"),
        ),
        sa.CheckConstraint(
            "cognitive IS NULL OR (cognitive BETWEEN 0 AND 3)",
            name=op.f("ck_fibro_assessment_cognitive"),
        ),
        sa.CheckConstraint(_SSS_ALL_OR_NONE, name=op.f("ck_fibro_assessment_sss_all_or_none")),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profile.id"],
            name=op.f("fk_fibro_assessment_profile_id_profile"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fibro_assessment")),
        sa.UniqueConstraint("uuid", name=op.f("uq_fibro_assessment_uuid")),
    )
    with op.batch_alter_table("fibro_assessment", schema=None) as batch_op:
        batch_op.create_index(
            "ix_fibro_assessment_profile_assessed", ["profile_id", "assessed_on"], unique=False
        )

    op.create_table(
        "fibro_assessment_area",
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["fibro_assessment.id"],
            name=op.f("fk_fibro_assessment_area_assessment_id_fibro_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("assessment_id", "area_id", name=op.f("pk_fibro_assessment_area")),
    )
    with op.batch_alter_table("fibro_assessment_area", schema=None) as batch_op:
        batch_op.create_index("ix_fibro_assessment_area_area", ["area_id"], unique=False)

    op.create_table(
        "tender_exam",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("examined_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profile.id"],
            name=op.f("fk_tender_exam_profile_id_profile"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tender_exam")),
        sa.UniqueConstraint("uuid", name=op.f("uq_tender_exam_uuid")),
    )
    with op.batch_alter_table("tender_exam", schema=None) as batch_op:
        batch_op.create_index(
            "ix_tender_exam_profile_examined", ["profile_id", "examined_on"], unique=False
        )

    op.create_table(
        "tender_exam_site",
        sa.Column("exam_id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.String(length=32), nullable=False),
        sa.Column("tender", sa.Boolean(), nullable=False),
        sa.Column("intensity", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "intensity IS NULL OR (intensity BETWEEN 0 AND 10)",
            name=op.f("ck_tender_exam_site_intensity"),
        ),
        sa.ForeignKeyConstraint(
            ["exam_id"],
            ["tender_exam.id"],
            name=op.f("fk_tender_exam_site_exam_id_tender_exam"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("exam_id", "site_id", name=op.f("pk_tender_exam_site")),
    )


def downgrade() -> None:
    op.drop_table("tender_exam_site")
    with op.batch_alter_table("tender_exam", schema=None) as batch_op:
        batch_op.drop_index("ix_tender_exam_profile_examined")
    op.drop_table("tender_exam")
    with op.batch_alter_table("fibro_assessment_area", schema=None) as batch_op:
        batch_op.drop_index("ix_fibro_assessment_area_area")
    op.drop_table("fibro_assessment_area")
    with op.batch_alter_table("fibro_assessment", schema=None) as batch_op:
        batch_op.drop_index("ix_fibro_assessment_profile_assessed")
    op.drop_table("fibro_assessment")
    # Plain pain marks cannot stay under the old list: they become referred-pain areas, the
    # kind they were drawn as before "pain" existed.
    mark = sa.table("mark", sa.column("kind", sa.String()))
    op.execute(mark.update().where(mark.c.kind == "pain").values(kind="referred_area"))
    _mark_kinds(_OLD_KINDS)
