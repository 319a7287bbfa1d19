"""Issue 14: what went wrong with a file or a database is said in the language of the run.

The store, ``files.py``, ``paths.py`` and ``anatomy/scores.py`` import no Qt: their errors carry
their English sentence and, beside it, a phrase (``bodymap.phrases.Phrase``: a template marked in
``bodymap/i18n/runtime_strings.py`` and its parameters) that the edges say in the person's
language (``ui.labels.store_message``, used by ``cli.explain``, the commands and
``DiaryOps.error_message``).  Each case is a real ``bodymap`` command line run in its own
process under ``LANGUAGE=it`` and ``LANGUAGE=en``, on real files and databases (both engines
where a database is involved): the Italian sentence holds none of the English template's words
and names the path as given; the English one is unchanged.
"""

from __future__ import annotations

import ast
import errno
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bodymap.store.service import Diary

REPO = Path(__file__).resolve().parents[1]
#: A region every diary knows, for ``bodymap history``.
REGION = "abdomen_lower.left"
#: The TCP port nothing listens on (reserved, "tcpmux"): the connection is refused at once.
UNREACHABLE = "postgresql://someone@127.0.0.1:1/practice"

#: Words of the English sentences that must not be left in an Italian one (the paths, the
#: option names, the JSON places and the quoted values given stay as they are).
ENGLISH_WORDS = re.compile(
    r"\b(there is|no diary|nothing|was|were|created|check|the name|open|once|start|is not|"
    r"not a|bodymap database|file at all|written by|newer|version|please|update|cannot|"
    r"read|such|folder|must be|export|import|could|reached|running|address|right|"
    r"one of|tender points|areas|whole number|from|saved|damaged|diary)\b",
    re.IGNORECASE,
)


def _env(language: str, home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "BODYMAP_"))}
    env.update(LANGUAGE=language, LANG="it_IT.UTF-8" if language == "it" else "en_US.UTF-8",
               QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local"))
    return env


def _run(language: str, home: Path, *argv: str) -> tuple[int, str]:
    """``bodymap ARGV`` in its own process: (exit status, the error sentence, one line)."""
    proc = subprocess.run([sys.executable, "-m", "bodymap", *argv], capture_output=True,
                          text=True, env=_env(language, home), cwd=REPO, timeout=90)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode, " ".join(proc.stderr.split())


def _sentence(stderr: str, *, drop: tuple[str, ...] = ()) -> str:
    """The words of the sentence: without "bodymap:", the paths, URLs and values given."""
    text = stderr.removeprefix("bodymap: ")
    for part in sorted(drop, key=len, reverse=True):
        text = text.replace(part, " ")
    text = re.sub(r"'[^']*'|\"[^\"]*\"|--[\w-]+|\b[\w.]+\.(sqlite3|json|txt)\b", " ", text)
    return text


def _italian(stderr: str, *, drop: tuple[str, ...] = ()) -> None:
    words = ENGLISH_WORDS.findall(_sentence(stderr, drop=drop))
    assert not words, (words, stderr)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture
def export_file(tmp_path: Path) -> Callable[[object], Path]:
    def write(document: object) -> Path:
        path = tmp_path / "in.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        return path

    return write


# -- files ------------------------------------------------------------------------------------


def test_a_missing_diary(home: Path, tmp_path: Path) -> None:
    missing = str(tmp_path / "no" / "x.sqlite3")
    code, it = _run("it", home, "--db", missing, "history", REGION)
    assert code == 1
    assert it.startswith(f"bodymap: non c'è nessun diario in {missing} (non è stato creato niente")
    _italian(it, drop=(missing,))
    code, en = _run("en", home, "--db", missing, "history", REGION)
    assert en == (f"bodymap: there is no diary at {missing} (nothing was created; check the "
                  "name, or open bodymap once to start a diary there).")
    assert not (tmp_path / "no").exists()


def test_a_file_that_is_not_a_bodymap_database(home: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes, not a diary\n" * 50, encoding="utf-8")
    before = notes.read_bytes()
    code, it = _run("it", home, "--db", str(notes), "history", REGION)
    assert code == 1
    assert it == f"bodymap: {notes} non è un database di bodymap (non è proprio un file SQLite)."
    _italian(it, drop=(str(notes),))
    _code, en = _run("en", home, "--db", str(notes), "history", REGION)
    assert en == f"bodymap: {notes} is not a bodymap database (it is not an SQLite file at all)."
    assert notes.read_bytes() == before


def test_a_folder_as_the_diary(home: Path, tmp_path: Path) -> None:
    code, it = _run("it", home, "--db", str(tmp_path), "history", REGION)
    assert code in (1, 2)
    assert it == f"bodymap: {tmp_path} è una cartella, non il file di un diario."
    _code, en = _run("en", home, "--db", str(tmp_path), "history", REGION)
    assert en == f"bodymap: {tmp_path} is a folder, not a diary file."


def test_an_unreadable_import_file(home: Path, tmp_path: Path) -> None:
    missing = str(tmp_path / "nothere.json")
    diary = str(tmp_path / "d.sqlite3")
    code, it = _run("it", home, "--db", diary, "import", missing)
    assert code == 1
    assert it == (f"bodymap: {missing} non si può importare: non riesco a leggere {missing}: il "
                  "file o la cartella non esiste Il diario non è stato modificato.")
    _italian(it, drop=(missing,))
    _code, en = _run("en", home, "--db", diary, "import", missing)
    assert en == (f"bodymap: {missing} cannot be imported: cannot read {missing}: there is no "
                  "such file or folder The diary was not changed.")
    # a folder given as the file to import
    code, it = _run("it", home, "--db", diary, "import", str(tmp_path))
    assert code == 1
    assert f"{tmp_path} è una cartella, non un file" in it
    _italian(it, drop=(str(tmp_path),))
    assert not Path(diary).exists()


def test_a_file_that_is_not_an_export(home: Path, tmp_path: Path, export_file) -> None:
    path = export_file({"what": "my shopping list"})
    diary = str(tmp_path / "d.sqlite3")
    code, it = _run("it", home, "--db", diary, "import", str(path))
    assert code == 1
    assert it == (f"bodymap: {path} non si può importare: format: deve essere \"bodymap\": "
                  "questa non è un'esportazione di bodymap Il diario non è stato modificato.")
    _italian(it.replace("format:", ""), drop=(str(path),))
    _code, en = _run("en", home, "--db", diary, "import", str(path))
    assert 'format: must be "bodymap": this is not a bodymap export' in en
    # JSON text that is cut short, and a newer format
    path.write_text('{"format": "bodymap", "version": 3, "profiles": [', encoding="utf-8")
    _code, it = _run("it", home, "--db", diary, "import", str(path))
    assert "il file non è un JSON valido (riga 1, colonna " in it
    assert "forse è troncato o danneggiato" in it
    assert ": manca un valore)" in it and "Expecting" not in it  # the parser's words too
    path.write_text('{"format": "bodymap", "version": 99, "profiles": []}', encoding="utf-8")
    _code, it = _run("it", home, "--db", diary, "import", str(path))
    assert ("version: il file è stato scritto da un bodymap più recente (versione del formato "
            "99; questo legge fino alla ") in it
    _italian(it.replace("version:", ""), drop=(str(path),))


def test_a_bad_diary_address(home: Path) -> None:
    code, it = _run("it", home, "--db", "", "history", REGION)
    assert code == 2
    assert it == "bodymap: --db è vuoto: indica il file di un diario o l'URL di un database"
    _code, en = _run("en", home, "--db", "", "history", REGION)
    assert en == "bodymap: --db is empty: name a diary file or a database URL"


# -- databases, on both engines ------------------------------------------------------------------


def _newer(url: str) -> None:
    """Stamp the diary at ``url`` with a schema revision no bodymap knows."""
    diary = Diary.open(url)
    try:
        with diary.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    finally:
        diary.close()


def _cli_db(url: str) -> str:
    return url.removeprefix("sqlite:///")


def test_a_newer_database(home: Path, db_url: str) -> None:
    _newer(db_url)
    where = _cli_db(db_url)
    code, it = _run("it", home, "--db", where, "history", REGION)
    assert code == 1
    assert "è stato scritto da una versione più recente di bodymap (schema ffffffffffff). " in it
    assert it.endswith("Aggiorna bodymap per aprirlo; non è cambiato niente.")
    if db_url.startswith("sqlite"):
        assert it.startswith(f"bodymap: {where} è stato scritto")
    else:  # the server database is named in words: "il database "x" su host:port"
        assert it.startswith('bodymap: il database "')
    _italian(it, drop=(where,))
    _code, en = _run("en", home, "--db", where, "history", REGION)
    assert "was written by a newer version of bodymap (schema ffffffffffff). Please update " in en


def test_a_folder_as_the_export_file(home: Path, db_url: str, tmp_path: Path) -> None:
    Diary.open(db_url).close()
    out = tmp_path / "out"
    out.mkdir()
    code, it = _run("it", home, "--db", _cli_db(db_url), "export", "--out", str(out))
    assert code == 1
    assert it == f"bodymap: non riesco a scrivere {out}: {out} è una cartella, non un file"
    _code, en = _run("en", home, "--db", _cli_db(db_url), "export", "--out", str(out))
    assert en == f"bodymap: cannot write {out}: {out} is a folder, not a file"
    assert list(out.iterdir()) == []


def test_bad_fibromyalgia_answers(home: Path, db_url: str) -> None:
    Diary.open(db_url).close()
    db = _cli_db(db_url)
    sss = ("--fatigue", "2", "--waking", "1", "--cognitive", "1", "--headaches", "no",
           "--abdominal", "no", "--depression", "no")
    code, it = _run("it", home, "--db", db, "fibro", "tender", "--sites", "occiput_left,elbow")
    assert code == 1
    assert it == ("bodymap: --sites: 'elbow' non è uno dei 18 punti dolorabili; non è stato "
                  "salvato niente")
    _italian(it)
    _code, en = _run("en", home, "--db", db, "fibro", "tender", "--sites", "occiput_left,elbow")
    assert en == "bodymap: --sites: 'elbow' is not one of the 18 tender points; nothing was saved"
    code, it = _run("it", home, "--db", db, "fibro", "sss", *sss, "--areas", "jaw_left,moon")
    assert code == 1
    assert it == ("bodymap: --areas: 'moon' non è una delle 19 aree del WPI; non è stato salvato "
                  "niente")
    _italian(it)
    _code, en = _run("en", home, "--db", db, "fibro", "sss", *sss, "--areas", "jaw_left,moon")
    assert en == "bodymap: --areas: 'moon' is not one of the 19 WPI areas; nothing was saved"
    # nothing was saved: the diary still has no assessment and no exam
    proc = subprocess.run([sys.executable, "-m", "bodymap", "--db", db, "fibro", "--json"],
                          capture_output=True, text=True, env=_env("en", home), cwd=REPO,
                          timeout=90)
    assert proc.returncode == 0, proc.stderr
    shown = json.loads(proc.stdout)
    assert shown["assessment"] is None and shown["tender_exam"] is None


def test_an_unreachable_postgresql_server(home: Path) -> None:
    code, it = _run("it", home, "--db", UNREACHABLE, "history", REGION)
    assert code == 1
    assert it == ('bodymap: Non è stato possibile aprire il database "practice" su 127.0.0.1:1: '
                  "il server non risponde (è acceso, e l'indirizzo è giusto?).")
    _italian(it)
    _code, en = _run("en", home, "--db", UNREACHABLE, "history", REGION)
    assert en == ('bodymap: Could not open the database "practice" on 127.0.0.1:1: the server '
                  "could not be reached (is it running, and is the address right?).")
    assert "someone" not in it and "someone" not in en


def test_a_server_database_bodymap_did_not_write(home: Path, pg_url: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE invoices (id integer primary key)")
    engine.dispose()
    code, it = _run("it", home, "--db", pg_url, "history", REGION)
    assert code == 1
    assert "contiene già tabelle che non ha scritto bodymap; usa per bodymap un database vuoto" in it
    _code, en = _run("en", home, "--db", pg_url, "history", REGION)
    assert "already holds tables that bodymap did not write; use an empty database" in en


# -- the window -----------------------------------------------------------------------------------


@pytest.fixture
def italian(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The window's language set to Italian, with the app's translator installed."""
    from PySide6.QtCore import QLocale, QTranslator

    import bodymap.resources
    from bodymap.i18n import language

    bodymap.resources.load()
    saved = QLocale()
    before = set(qapp.findChildren(QTranslator))
    monkeypatch.setattr(language, "_current", "it")
    QLocale.setDefault(QLocale("it_IT"))
    bodymap.resources.install_translator(qapp, "it")
    try:
        yield
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.setParent(None)
        QLocale.setDefault(saved)


def test_the_window_says_file_and_database_errors_in_italian(italian, tmp_path: Path) -> None:
    from bodymap.store.errors import StoreError
    from bodymap.store.transfer import import_file
    from bodymap.ui.ops import DiaryOps

    ops = DiaryOps()
    url = f"sqlite:///{tmp_path / 'diary.sqlite3'}"
    _newer(url)
    with pytest.raises(StoreError) as newer:
        Diary.open(url)
    assert ops.error_message(newer.value) == (
        f"{tmp_path / 'diary.sqlite3'} è stato scritto da una versione più recente di bodymap "
        "(schema ffffffffffff). Aggiorna bodymap per aprirlo; non è cambiato niente.")
    good = Diary.open(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        with pytest.raises(StoreError) as not_export:
            (tmp_path / "list.json").write_text("[1, 2, 3]", encoding="utf-8")
            import_file(good, tmp_path / "list.json")
        assert ops.error_message(not_export.value) == (
            "il file è JSON ma non è un'esportazione di bodymap (ci si aspettava un oggetto)")
        with pytest.raises(StoreError) as missing:
            import_file(good, tmp_path / "gone.json")
        assert ops.error_message(missing.value) == (
            f"non riesco a leggere {tmp_path / 'gone.json'}: il file o la cartella non esiste")
    finally:
        good.close()
    # an OS error that reaches the window: its reason by errno, in Italian
    message = ops.error_message(OSError(errno.ENOSPC, "No space left on device", "/x"), write=True)
    assert message.endswith(": il disco è pieno"), message
    assert "No space" not in message


def test_a_pdf_that_cannot_be_written_is_said_in_italian(italian, qtbot, diary: Diary) -> None:
    from PySide6.QtWidgets import QWidget

    from bodymap.ui.report_actions import ReportActions

    window = QWidget()
    qtbot.addWidget(window)
    actions = ReportActions(diary, diary.default_profile().id or 0, window, lambda: None)
    message = actions.pdf_error(OSError(errno.ENOSPC, "No space left on device", "/x/r.pdf"))
    assert message.startswith("Non è stato possibile scrivere il PDF:"), message
    assert message.endswith("/x/r.pdf: il disco è pieno"), message
    assert "No space" not in message and "could not" not in message


def test_the_window_opening_a_diary_says_why_it_cannot_in_italian(
    italian, qtbot, tmp_path: Path
) -> None:
    """The diary is opened on a worker thread (ui.diary_loader); its refusal is Italian too."""
    from bodymap.ui.diary_loader import DiaryLoader

    notes = tmp_path / "notes.sqlite3"
    notes.write_text("not a diary\n" * 100, encoding="utf-8")
    failures: list[tuple[str, bool]] = []
    loader = DiaryLoader(f"sqlite:///{notes}")
    loader.failed.connect(lambda message, damaged: failures.append((message, damaged)))
    with qtbot.waitSignal(loader.failed, timeout=20000):
        loader.start()
    loader.wait()
    assert failures == [
        (f"{notes} non è un database di bodymap (non è proprio un file SQLite).", False)]


def test_the_window_keeps_english_in_english(qapp, tmp_path: Path) -> None:
    from bodymap.store.errors import StoreError
    from bodymap.ui.ops import DiaryOps

    url = f"sqlite:///{tmp_path / 'diary.sqlite3'}"
    _newer(url)
    with pytest.raises(StoreError) as newer:
        Diary.open(url)
    assert DiaryOps().error_message(newer.value) == str(newer.value)
    assert str(newer.value).startswith(f"{tmp_path / 'diary.sqlite3'} was written by a newer")


# -- the templates ----------------------------------------------------------------------------


def _marked() -> set[tuple[str, str]]:
    tree = ast.parse((REPO / "bodymap/i18n/runtime_strings.py").read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            context, text = (arg.value for arg in node.args[:2])  # type: ignore[attr-defined]
            found.add((context, text))
    return found


def _templates() -> set[tuple[str, str]]:
    """Every phrase template the Qt-free layers build, with its context, read from the code:
    ``say(...)`` (store), ``invalid(field, ...)`` (store), ``phrase(context, ...)``, the
    ``_said(...)`` of files.py ("files") and anatomy/scores.py ("scores"), and the OS reasons
    (``files.OS_REASONS``)."""
    said_context = {"bodymap/files.py": "files", "bodymap/anatomy/scores.py": "scores"}
    found: set[tuple[str, str]] = set()
    for path in sorted((REPO / "bodymap").rglob("*.py")):
        rel = path.relative_to(REPO).as_posix()
        if rel.startswith(("bodymap/i18n/", "bodymap/ui/", "bodymap/map/", "bodymap/charts/")):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imports_say = rel == "bodymap/store/errors.py" or any(
            isinstance(n, ast.ImportFrom) and n.module == "bodymap.store.errors"
            and any(a.name == "say" for a in n.names) for n in ast.walk(tree))
        for node in ast.walk(tree):
            if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "OS_REASONS":
                assert isinstance(node.value, ast.Dict)
                found |= {("files", v.value) for v in node.value.values  # type: ignore[attr-defined]
                          }
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None)
            args = node.args
            if name == "say" and imports_say:
                literal = args[0]
                context = "store"
            elif name == "invalid" and len(args) >= 2:
                literal, context = args[1], "store"
            elif name == "phrase" and len(args) >= 2 and isinstance(args[0], ast.Constant):
                literal, context = args[1], args[0].value
            elif name == "_said" and rel in said_context:
                literal, context = args[0], said_context[rel]
            else:
                continue
            if isinstance(literal, ast.Name) and literal.id == "template":  # the helpers
                continue
            if isinstance(literal, ast.Subscript) and getattr(literal.value, "id", "") == (
                    "OS_REASONS"):  # files.os_error_reason: the table, read above
                continue
            assert isinstance(literal, ast.Constant) and isinstance(literal.value, str), (
                rel, node.lineno, "a phrase's template must be a literal")
            found.add((context, literal.value))
    return found


def test_every_phrase_template_is_marked_for_translation() -> None:
    templates = _templates()
    assert len(templates) > 150
    assert {c for c, _t in templates} == {"store", "files", "scores"}
    missing = templates - _marked()
    assert not missing, sorted(missing)


def test_every_phrase_template_has_a_finished_italian_translation() -> None:
    import xml.etree.ElementTree as ET

    root = ET.parse(REPO / "bodymap/i18n/bodymap_it.ts").getroot()
    done = {}
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") is None and (translation.text or "").strip():
                done[(name, message.findtext("source"))] = translation.text
    for key in sorted(_templates()):
        assert key in done, key
        placeholders = sorted(re.findall(r"\{(\w+)\}", key[1]))
        assert sorted(re.findall(r"\{(\w+)\}", done[key])) == placeholders, (key, done[key])


def test_os_reasons_are_keyed_by_errno_name() -> None:
    from bodymap.files import OS_REASONS, os_error_phrase, os_error_sentence

    assert {"ENOENT", "EACCES", "EISDIR", "ENOSPC", "ELOOP", "EROFS"} <= set(OS_REASONS)
    assert all(hasattr(errno, name) for name in OS_REASONS)
    error = FileNotFoundError(errno.ENOENT, "No such file or directory", "/a/b.json")
    assert os_error_sentence(error) == "/a/b.json: there is no such file or folder"
    reason = os_error_phrase(error).params["reason"]
    assert (reason.context, reason.template) == ("files", "there is no such file or folder")
    # an errno without words of ours is named, never given as the OS's English strerror
    assert os_error_sentence(OSError(errno.EPIPE, "Broken pipe")) == (
        "the system reported an error (EPIPE)")
