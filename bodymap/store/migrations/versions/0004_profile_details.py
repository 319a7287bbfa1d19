"""profile details: year of birth and conditions

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-16 10:00:00

* ``profile.birth_year`` (nullable; a check keeps it between 1900 and 2999, the service keeps it
  up to this year): the warning signs that depend on age (from 50) use it.
* ``profile.conditions``: the conditions the person lives with, as catalogue words separated by
  commas (``fibromyalgia,me_cfs``; empty for none), the same text on SQLite and PostgreSQL.

Existing profiles get no year and no conditions.  On SQLite the columns and the check are added
in a batch table copy (the rows come along); on PostgreSQL an ALTER in place.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BIRTH_YEAR = "birth_year IS NULL OR (birth_year BETWEEN 1900 AND 2999)"


def upgrade() -> None:
    with op.batch_alter_table("profile", schema=None) as batch_op:
        batch_op.add_column(sa.Column("birth_year", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("conditions", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.create_check_constraint(op.f("ck_profile_birth_year"), _BIRTH_YEAR)


def downgrade() -> None:
    with op.batch_alter_table("profile", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_profile_birth_year"), type_="check")
        batch_op.drop_column("conditions")
        batch_op.drop_column("birth_year")
