"""region_episode: a derived per-episode, per-region summary (issue 18)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 15:45:00

* ``region_episode``: one row per episode and region its marks touch, holding the episode's
  person (``profile_id``), start (``started_at``), and the ``utc_offset_minutes``, ``kind`` and
  ``intensity`` a history lists, with the highest intensity of its marks there
  (``peak``) and how many of its marks touch the region (``marks``).  Primary key
  (episode_id, region_id); deleted with its episode.  One covering index by person, region and
  time: a region's episodes in time order (the history) and a person's rows grouped by region
  (the heat map).
* ``region_episode_tally``: per episode and region, how many of its marks there carry each
  quality (``topic`` "quality") and how many trigger points of each muscle and state
  (``topic`` "trigger_point"); one covering index by person, region, topic and time.

Nothing in it is new information: it is filled here from the marks of every episode, and kept by
``bodymap.store.region_summary.refresh`` in the transaction of every later write.  A region's
history and the heat map read it instead of every mark, so fifty years cost what one region's
rows cost.  Downgrade drops it (nothing is lost).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "region_episode",
        sa.Column("episode_id", sa.Integer(), nullable=False),
        sa.Column("region_id", sa.String(length=64), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("peak", sa.Integer(), nullable=False),
        sa.Column("marks", sa.Integer(), nullable=False),
        sa.Column("utc_offset_minutes", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("intensity", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["episode_id"], ["episode.id"],
            name=op.f("fk_region_episode_episode_id_episode"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("episode_id", "region_id", name=op.f("pk_region_episode")),
    )
    # Filled before the indexes are made (one sort each instead of a row-by-row insert).
    e = sa.table(
        "episode", sa.column("id"), sa.column("profile_id"), sa.column("started_at"),
        sa.column("utc_offset_minutes"), sa.column("kind"), sa.column("intensity"),
    )
    m = sa.table(
        "mark", sa.column("id"), sa.column("episode_id"), sa.column("intensity"),
        sa.column("kind"), sa.column("muscle_key"), sa.column("tp_state"),
    )
    r = sa.table("mark_region", sa.column("mark_id"), sa.column("region_id"))
    q = sa.table("mark_quality", sa.column("mark_id"), sa.column("quality"))
    summary = sa.table(
        "region_episode", sa.column("episode_id"), sa.column("region_id"),
        sa.column("profile_id"), sa.column("started_at"), sa.column("peak"), sa.column("marks"),
        sa.column("utc_offset_minutes"), sa.column("kind"), sa.column("intensity"),
    )
    episode_columns = (
        e.c.id, r.c.region_id, e.c.profile_id, e.c.started_at,
        e.c.utc_offset_minutes, e.c.kind, e.c.intensity,
    )
    op.execute(
        summary.insert().from_select(
            ["episode_id", "region_id", "profile_id", "started_at", "utc_offset_minutes", "kind",
             "intensity", "peak", "marks"],
            sa.select(*episode_columns, sa.func.max(m.c.intensity), sa.func.count())
            .select_from(e.join(m, m.c.episode_id == e.c.id).join(r, r.c.mark_id == m.c.id))
            .group_by(*episode_columns),
        )
    )
    op.create_table(
        "region_episode_tally",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("episode_id", sa.Integer(), nullable=False),
        sa.Column("region_id", sa.String(length=64), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("topic", sa.String(length=16), nullable=False),
        sa.Column("quality", sa.String(length=200), nullable=True),
        sa.Column("muscle_key", sa.String(length=64), nullable=True),
        sa.Column("tp_state", sa.String(length=16), nullable=True),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["episode_id"], ["episode.id"],
            name=op.f("fk_region_episode_tally_episode_id_episode"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_region_episode_tally")),
    )
    tally = sa.table(
        "region_episode_tally", sa.column("episode_id"), sa.column("region_id"),
        sa.column("profile_id"), sa.column("started_at"), sa.column("topic"),
        sa.column("quality"), sa.column("muscle_key"), sa.column("tp_state"), sa.column("n"),
    )
    marks_here = e.join(m, m.c.episode_id == e.c.id).join(r, r.c.mark_id == m.c.id)
    keys = (e.c.id, r.c.region_id, e.c.profile_id, e.c.started_at)
    tally_columns = [
        "episode_id", "region_id", "profile_id", "started_at", "topic", "quality",
        "muscle_key", "tp_state", "n",
    ]
    op.execute(
        tally.insert().from_select(
            tally_columns,
            sa.select(
                *keys, sa.literal("quality", sa.String(16)), q.c.quality,
                sa.null(), sa.null(), sa.func.count(),
            )
            .select_from(marks_here.join(q, q.c.mark_id == m.c.id))
            .group_by(*keys, q.c.quality),
        )
    )
    op.execute(
        tally.insert().from_select(
            tally_columns,
            sa.select(
                *keys, sa.literal("trigger_point", sa.String(16)), sa.null(),
                m.c.muscle_key, m.c.tp_state, sa.func.count(),
            )
            .select_from(marks_here)
            .where(m.c.kind == "trigger_point")
            .group_by(*keys, m.c.muscle_key, m.c.tp_state),
        )
    )
    with op.batch_alter_table("region_episode_tally", schema=None) as batch_op:
        batch_op.create_index(
            "ix_region_episode_tally_history",
            ["profile_id", "region_id", "topic", "started_at", "quality", "muscle_key",
             "tp_state", "n"],
            unique=False,
        )
        batch_op.create_index(
            op.f("ix_region_episode_tally_episode_id"), ["episode_id"], unique=False
        )
    with op.batch_alter_table("region_episode", schema=None) as batch_op:
        batch_op.create_index(
            "ix_region_episode_history",
            ["profile_id", "region_id", "started_at", "episode_id", "peak", "marks",
             "utc_offset_minutes", "kind", "intensity"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("region_episode_tally", schema=None) as batch_op:
        batch_op.drop_index(op.f("ix_region_episode_tally_episode_id"))
        batch_op.drop_index("ix_region_episode_tally_history")
    op.drop_table("region_episode_tally")
    with op.batch_alter_table("region_episode", schema=None) as batch_op:
        batch_op.drop_index("ix_region_episode_history")
    op.drop_table("region_episode")
