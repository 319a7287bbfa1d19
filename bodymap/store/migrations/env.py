"""Alembic environment for bodymap.

Migrations always run on the connection bodymap hands over in ``config.attributes["connection"]``
(see :func:`bodymap.store.database.upgrade`), which has foreign keys switched off before the
transaction begins: a batch migration that recreates a parent table would otherwise cascade-delete
its children.  ``render_as_batch`` lets ALTER work on SQLite; on PostgreSQL the connection holds
an advisory lock for the whole upgrade transaction.
"""

from __future__ import annotations

from alembic import context

from bodymap.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "bodymap migrations run through bodymap.store.database.upgrade(), not the alembic CLI"
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # ALTER through table copies is SQLite's need only; PostgreSQL alters in place.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
