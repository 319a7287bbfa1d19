"""The bulk writer takes its rows' ids before inserting them (bodymap.store.bulk.new_ids).

What a person relies on: an import or a sample diary written in bulk stores every row under an
id nobody else is given, on SQLite and on PostgreSQL alike; a row inserted afterwards the
ordinary way (the database's own numbering) gets a new id; and while an import holds ids, a
second program writing to the same SQLite file waits rather than taking them too.  On
PostgreSQL the rows go through ``COPY``: the same rows as INSERTs would write, and a broken
constraint is the same error.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import event, insert, select

from bodymap.store import bulk
from bodymap.store.models import Episode, Mark
from bodymap.store.records import EpisodeRecord, MarkRecord
from bodymap.store.service import Diary


def _episodes(diary: Diary, count: int) -> list[EpisodeRecord]:
    me = diary.default_profile().id or 0
    out = []
    for i in range(count):
        trigger = MarkRecord(kind="trigger_point", view="front", tp_state="active",
                             geometry={"type": "point", "x": 200.0, "y": 160.0 + i},
                             intensity=6, regions={"neck_side.right": 0.0})
        # drawn before its trigger point: its link is set after the insert
        area = MarkRecord(kind="referred_area", view="front", intensity=4,
                          geometry={"type": "area", "polygons": [[[250, 80], [270, 80], [270, 95]]]},
                          regions={"forehead": 0.1}, source_uuid=trigger.uuid)
        echo = MarkRecord(kind="referred_area", view="front", intensity=3,
                          geometry={"type": "area", "polygons": [[[20, 80], [40, 80], [40, 95]]]},
                          regions={"forehead": 0.1}, source_uuid=trigger.uuid)
        out.append(EpisodeRecord(profile_id=me, started_at=datetime(2026, 1, 1) + timedelta(days=i),
                                 intensity=5, marks=[area, trigger, echo]))
    return out


def test_a_bulk_write_takes_its_ids_and_reads_none_back(any_diary: Diary) -> None:
    diary = any_diary
    records = _episodes(diary, 7)
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_rest) -> None:  # noqa: ANN001
        statements.append(" ".join(statement.split()))

    event.listen(diary.engine, "before_cursor_execute", seen)
    try:
        with diary.session() as s:
            ids = bulk.write_episodes(s, records, chunk=3)
    finally:
        event.remove(diary.engine, "before_cursor_execute", seen)
    assert [s for s in statements if ".uuid IN" in s] == []  # no read-back by uuid
    assert len(ids) == len(set(ids)) == 7 and ids == sorted(ids)
    with diary.session() as s:
        by_uuid = dict(s.execute(select(Episode.uuid, Episode.id)).all())
        marks = {uuid: (episode_id, source) for uuid, episode_id, source in s.execute(
            select(Mark.uuid, Mark.episode_id, Mark.source_mark_id))}
        mark_ids = dict(s.execute(select(Mark.uuid, Mark.id)).all())
    assert [by_uuid[r.uuid] for r in records] == ids
    for record, episode_id in zip(records, ids, strict=True):
        area, trigger, echo = record.marks
        assert marks[trigger.uuid] == (episode_id, None)
        # one link to a mark drawn later, one to a mark drawn earlier: both stored
        assert marks[area.uuid] == (episode_id, mark_ids[trigger.uuid])
        assert marks[echo.uuid] == (episode_id, mark_ids[trigger.uuid])
    for saved in (diary.get_episode(i) for i in ids):
        assert saved.marks[0].source_uuid == saved.marks[1].uuid == saved.marks[2].source_uuid


def test_a_row_numbered_by_the_database_after_a_bulk_write_gets_a_new_id(any_diary: Diary) -> None:
    """On PostgreSQL the ids come from the table's sequence, so its next value is past them."""
    diary = any_diary
    with diary.session() as s:
        ids = bulk.write_episodes(s, _episodes(diary, 4))
    with diary.session() as s:
        row = s.execute(insert(Episode.__table__).values(
            uuid="00000000-0000-4000-8000-00000000abcd", profile_id=diary.default_profile().id,
            started_at=datetime(2027, 1, 1), utc_offset_minutes=0, kind="everyday",
            intensity=3, created_at=datetime(2027, 1, 1), updated_at=datetime(2027, 1, 1),
            version=1,
        ).returning(Episode.id)).scalar_one()
    assert row not in ids and row > max(ids)
    with diary.session() as s:
        more = bulk.write_episodes(s, _episodes(diary, 2))
    assert min(more) > row


def test_two_writers_on_a_server_never_take_the_same_ids(pg_url: str) -> None:
    diary = Diary.open(pg_url)
    try:
        with diary.session() as first, diary.session() as second:
            a = bulk.new_ids(first, Episode.__table__, 5)
            b = bulk.new_ids(second, Episode.__table__, 5)  # while the first is still open
            assert not set(a) & set(b)
    finally:
        diary.close()


def test_taking_ids_holds_the_sqlite_diary_until_the_write_ends(db_path: Path) -> None:
    diary = Diary.open(f"sqlite:///{db_path}")
    other = sqlite3.connect(db_path, timeout=0)
    try:
        with diary.session() as s:
            bulk.new_ids(s, Episode.__table__, 3)  # nothing written yet in this transaction
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("DELETE FROM therapy WHERE id = -1")
        other.execute("DELETE FROM therapy WHERE id = -1")  # free again once it is over
        other.commit()
    finally:
        other.close()
        diary.close()


def _all_rows(diary: Diary) -> dict[str, list[str]]:
    from bodymap.store.models import Base

    with diary.session() as s:
        return {table.name: sorted(repr(tuple(row)) for row in s.execute(select(table)))
                for table in Base.metadata.sorted_tables}


#: Text that COPY's text format has to escape: a tab and a new line (its separators), a
#: backslash, the letters of its NULL marker, quotes and accents.
_AWKWARD = "tab\there\nnew line, back\\slash, \\N, \"quotes\" and 'these', città è"


def test_postgresql_takes_a_bulk_write_through_copy_and_stores_what_inserts_would(
    pg_server_instance, monkeypatch: pytest.MonkeyPatch,
) -> None:
    copied: list[str] = []
    real_copy = bulk._copy_rows

    def recorded(connection, table, names, rows) -> None:  # noqa: ANN001
        copied.append(table)
        real_copy(connection, table, names, rows)

    monkeypatch.setattr(bulk, "_copy_rows", recorded)
    urls = [pg_server_instance.create_database(), pg_server_instance.create_database()]
    try:
        records: list[EpisodeRecord] = []
        contents = []
        for url, copy_from in zip(urls, (bulk.COPY_AT_LEAST, 10**9), strict=True):
            monkeypatch.setattr(bulk, "COPY_AT_LEAST", copy_from)  # the second: INSERTs only
            diary = Diary.open(url)
            try:
                diary.default_profile()  # the same person, id 1, in both
                if not records:
                    records = _episodes(diary, 12)
                    for r in records:
                        r.notes = _AWKWARD
                        r.triggers = ["stress", _AWKWARD]
                        for m in r.marks:
                            m.note = _AWKWARD
                            m.qualities = ["aching", "burning"]
                with diary.session() as s:
                    bulk.write_episodes(s, records, now=datetime(2026, 2, 1, 12, 30))
                rows = _all_rows(diary)
                del rows["profile"]  # made by default_profile() in each, not by the writer
                contents.append(rows)
                if copy_from == bulk.COPY_AT_LEAST:
                    saved = diary.get_episode(diary.list_episodes(records[0].profile_id)[0].id or 0)
                    assert saved.notes == _AWKWARD and saved.marks[0].note == _AWKWARD
            finally:
                diary.close()
        assert {"episode", "mark", "mark_region", "mark_quality"} <= set(copied)
        assert contents[0] == contents[1]  # every table, row for row, ids included
        assert len(contents[0]["mark"]) == 36
    finally:
        for url in urls:
            pg_server_instance.drop_database(url)


def test_a_broken_constraint_in_a_copy_is_sqlalchemys_integrity_error(pg_url: str) -> None:
    # As an INSERT's would be: the window and the command line put it into words.
    from sqlalchemy.exc import IntegrityError

    diary = Diary.open(pg_url)
    try:
        records = _episodes(diary, 3)
        with pytest.raises(IntegrityError), diary.session() as s:
            connection = s.connection()
            names = ("episode_id", "position", "trigger")
            rows = [(999_999, i, "stress") for i in range(bulk.COPY_AT_LEAST)]
            bulk._copy_rows(connection, "episode_trigger", names, rows)  # no such episode
        with diary.session() as s:  # the diary is usable afterwards
            bulk.write_episodes(s, records)
        assert len(diary.list_episodes(records[0].profile_id)) == 3
    finally:
        diary.close()


def test_only_psycopg_3_takes_the_rows_through_copy() -> None:
    # Another driver named in the URL (psycopg2, asyncpg...) has no Cursor.copy: INSERTs.
    from sqlalchemy.dialects import postgresql, sqlite

    assert bulk.copies(postgresql.psycopg.dialect())
    assert not bulk.copies(postgresql.psycopg2.dialect())
    assert not bulk.copies(postgresql.pg8000.dialect())
    assert not bulk.copies(sqlite.pysqlite.dialect())


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(_JSON_VALUES)
def test_the_bulk_writers_json_text_is_sqlalchemys(value: object) -> None:
    """The bulk writer turns a JSON column's value (a mark's geometry) into text with an
    encoder made once; the text is exactly what SQLAlchemy binds on SQLite (its spacing, its
    escapes, NaN and infinity), for any value, so a diary written in bulk holds what the ORM
    would have written."""
    from sqlalchemy import JSON
    from sqlalchemy.dialects import sqlite as sqlite_dialect

    dialect = sqlite_dialect.dialect()
    process = JSON().dialect_impl(dialect).bind_processor(dialect)
    assert bulk._dumps_plainly(JSON().dialect_impl(dialect), dialect)
    assert bulk._json_text(process)(value) == process(value)


def test_the_geometry_is_stored_as_sqlalchemy_would_store_it(tmp_path: Path) -> None:
    """A geometry written by the bulk writer reads back as the same text SQLAlchemy makes of
    it, and through the encoder made once (a plain ``json.dumps`` per value was a tenth of the
    writer's time)."""
    diary = Diary.open(f"sqlite:///{tmp_path / 'd.sqlite3'}")
    compiled: list[object] = []
    real = bulk._json_text

    def spy(process):  # noqa: ANN001, ANN202
        compiled.append(process)
        return real(process)

    bulk._COMPILED.clear()
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(bulk, "_json_text", spy)
            records = _episodes(diary, 3)
            with diary.session() as s:
                bulk.write_episodes(s, records)
    finally:
        bulk._COMPILED.clear()
    assert compiled  # the mark's geometry went through it
    with sqlite3.connect(tmp_path / "d.sqlite3") as con:
        stored = dict(con.execute("select uuid, geometry from mark"))
    for record in records:
        for mark in record.marks:
            assert stored[mark.uuid] == json.dumps(mark.geometry)
    diary.close()


def test_a_geometry_already_as_text_is_stored_as_it_is() -> None:
    """The import's reading process sends each geometry as its JSON text (``JsonText``): the
    writer binds that text as a plain string, not as a JSON string of it."""
    from sqlalchemy import JSON
    from sqlalchemy.dialects import sqlite as sqlite_dialect

    from bodymap.store.records import JsonText, json_text

    dialect = sqlite_dialect.dialect()
    process = JSON().dialect_impl(dialect).bind_processor(dialect)
    geometry = {"type": "area", "polygons": [[[1.5, 2.0], [3.25, 4.0], [5.0, 6.0]]]}
    bound = bulk._json_text(process)(JsonText(json_text(geometry)))
    assert bound == process(geometry) and type(bound) is str
