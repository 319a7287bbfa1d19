"""pain qualities and triggers as rows

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 10:00:00

Qualities and triggers were JSON lists, which only SQLite's ``json_each`` could count.  As rows
in ``mark_quality`` and ``episode_trigger`` the same Core query counts them on SQLite and
PostgreSQL.  The lists are copied over in order, then the JSON columns go.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _words(value: Any) -> list[str]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return []
    if not isinstance(value, list):
        return []
    return [str(v)[:200] for v in value if isinstance(v, str) and v.strip()]


def upgrade() -> None:
    quality = op.create_table(
        "mark_quality",
        sa.Column("mark_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("quality", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["mark_id"], ["mark.id"], name=op.f("fk_mark_quality_mark_id_mark"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("mark_id", "position", name=op.f("pk_mark_quality")),
    )
    trigger = op.create_table(
        "episode_trigger",
        sa.Column("episode_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("trigger", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["episode.id"],
            name=op.f("fk_episode_trigger_episode_id_episode"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("episode_id", "position", name=op.f("pk_episode_trigger")),
    )
    bind = op.get_bind()
    mark = sa.table("mark", sa.column("id", sa.Integer()), sa.column("qualities", sa.JSON()))
    episode = sa.table("episode", sa.column("id", sa.Integer()), sa.column("triggers", sa.JSON()))
    rows = [
        {"mark_id": mid, "position": i, "quality": q}
        for mid, value in bind.execute(sa.select(mark.c.id, mark.c.qualities))
        for i, q in enumerate(_words(value))
    ]
    if rows:
        op.bulk_insert(quality, rows)
    rows = [
        {"episode_id": eid, "position": i, "trigger": t}
        for eid, value in bind.execute(sa.select(episode.c.id, episode.c.triggers))
        for i, t in enumerate(_words(value))
    ]
    if rows:
        op.bulk_insert(trigger, rows)
    with op.batch_alter_table("mark", schema=None) as batch_op:
        batch_op.drop_column("qualities")
    with op.batch_alter_table("episode", schema=None) as batch_op:
        batch_op.drop_column("triggers")


def downgrade() -> None:
    with op.batch_alter_table("episode", schema=None) as batch_op:
        batch_op.add_column(sa.Column("triggers", sa.JSON(), nullable=False, server_default="[]"))
    with op.batch_alter_table("mark", schema=None) as batch_op:
        batch_op.add_column(sa.Column("qualities", sa.JSON(), nullable=False, server_default="[]"))
    op.drop_table("episode_trigger")
    op.drop_table("mark_quality")
