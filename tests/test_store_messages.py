"""Issue 14: the store's validation messages in the language of the run.

The store is Qt-free and its messages stay English (``ValidationError.message``); the phrases it
builds from a fixed template also carry the template and its parameters, and the command line's
one sentence (``cli.explain`` / ``cli.report_error``) and the window's (``DiaryOps.error_message``)
say them in Italian under ``LANGUAGE=it``, through ``ui.labels.store_message``.
Each case is a record the store really refuses, reported by a real ``bodymap`` process set up
for the language the way every command is (``cli.prepare_language``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from bodymap.store.errors import ValidationError, invalid
from bodymap.store.records import (
    THERAPY_CATEGORIES,
    AssessmentRecord,
    ProfileRecord,
    TherapyRecord,
)

REPO = Path(__file__).resolve().parents[1]

#: Each record is refused by its ``validate``; ``report_error`` prints the one sentence.
SCRIPT = r"""
import sys
from datetime import date
from bodymap import cli
from bodymap.store.records import AssessmentRecord, ProfileRecord, TherapyRecord

cli.prepare_language(["fibro", "sss"])
sss = dict(waking_unrefreshed=1, cognitive=1, headaches=False, lower_abdominal=False,
           depression=False)
cases = {
    "fatigue": AssessmentRecord(profile_id=1, assessed_on=date(2026, 3, 1), fatigue=9, **sss),
    "empty": ProfileRecord(id=None, name="  "),
    "long": ProfileRecord(id=None, name="x" * 1234),
    "year": ProfileRecord(id=None, name="Ada", birth_year=1850),
    "day": AssessmentRecord(profile_id=1, assessed_on=date(1899, 12, 31)),
    "choice": TherapyRecord(id=None, name="Heat", category="magic"),
    "nul": ProfileRecord(id=None, name="A\x00da"),
}
for name, record in cases.items():
    try:
        record.validate()
    except Exception as exc:
        print(name, file=sys.stderr, end="\t")
        sys.stderr.flush()
        cli.report_error(exc)
    else:
        print(name, "was accepted", file=sys.stderr)

from bodymap.ui.ops import DiaryOps  # the window's one sentence for a failed diary job

try:
    cases["fatigue"].validate()
except Exception as exc:
    print("window\tbodymap: " + DiaryOps().error_message(exc, write=True), file=sys.stderr)
"""

ENGLISH = {
    "fatigue": "bodymap: assessment.sss.fatigue: must be from 0 to 3, not 9",
    "empty": "bodymap: profile.name: cannot be empty",
    "long": "bodymap: profile.name: is too long (1234 characters, at most 200)",
    "year": f"bodymap: profile.birth_year: must be a year from 1900 to {date.today().year}, not 1850",
    "day": "bodymap: assessment.assessed_on: 1899-12-31 is out of range (1900 to 2999)",
    "choice": "bodymap: therapy.category: 'magic' is not one of: ",
    "nul": "bodymap: profile.name: contains a NUL character, which cannot be stored",
    "window": "bodymap: assessment.sss.fatigue: must be from 0 to 3, not 9",
}

ITALIAN = {
    "fatigue": "bodymap: assessment.sss.fatigue: deve essere da 0 a 3, non 9",
    "empty": "bodymap: profile.name: non può essere vuoto",
    "long": "bodymap: profile.name: è troppo lungo (1234 caratteri, al massimo 200)",
    "year": f"bodymap: profile.birth_year: deve essere un anno dal 1900 al {date.today().year}, "
    "non 1850",
    "day": "bodymap: assessment.assessed_on: 1899-12-31 è fuori dall'intervallo possibile "
    "(dal 1900 al 2999)",
    "choice": "bodymap: therapy.category: 'magic' non è tra i valori ammessi: ",
    "nul": "bodymap: profile.name: contiene un carattere NUL, che non si può salvare",
    "window": "bodymap: assessment.sss.fatigue: deve essere da 0 a 3, non 9",
}

#: Words of the English templates that must not be left in an Italian sentence.
ENGLISH_WORDS = ("must", "from", "not ", "cannot", "empty", "too long", "characters", "at most",
                 "out of range", "is not one of", "a year", "contains", "stored")


def _report(language: str, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANGUAGE=language, LANG="it_IT.UTF-8" if language == "it" else "en_US.UTF-8",
               QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          env=env, cwd=REPO, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = dict(line.split("\t", 1) for line in proc.stderr.splitlines() if "\t" in line)
    assert set(lines) == set(ENGLISH), proc.stderr
    return lines


def test_english_messages_are_unchanged(tmp_path: Path) -> None:
    lines = _report("en", tmp_path)
    for name, expected in ENGLISH.items():
        assert lines[name].startswith(expected), (name, lines[name])
    assert lines["choice"] == ENGLISH["choice"] + ", ".join(THERAPY_CATEGORIES)


def test_italian_messages_have_no_english_template_words(tmp_path: Path) -> None:
    lines = _report("it", tmp_path)
    for name, expected in ITALIAN.items():
        assert lines[name].startswith(expected), (name, lines[name])
        # the field names and the allowed keys stay as typed; the sentence around them is Italian
        sentence = lines[name].split(": ", 2)[2]
        if name == "choice":  # the allowed keys are listed as they are typed
            assert sentence.endswith(": " + ", ".join(THERAPY_CATEGORIES))
            sentence = sentence.split(": ")[0]
        for word in ENGLISH_WORDS:
            assert word not in sentence, (name, word, sentence)


def test_the_cli_fibro_command_keeps_its_english_sentence(tmp_path: Path) -> None:
    """The real command line, in English: the store's check gives the scale's own words."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANGUAGE="en", LANG="en_US.UTF-8", QT_QPA_PLATFORM="offscreen",
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    proc = subprocess.run(
        [sys.executable, "-m", "bodymap", "--db", str(tmp_path / "d.sqlite3"), "fibro", "sss",
         "--fatigue", "9", "--waking", "1", "--cognitive", "1", "--headaches", "no",
         "--abdominal", "no", "--depression", "no"],
        capture_output=True, text=True, env=env, cwd=REPO, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.strip() == "bodymap: --fatigue: must be from 0 to 3, not 9; nothing was saved"


@pytest.mark.parametrize(
    ("record", "field", "template", "params"),
    [
        (AssessmentRecord(profile_id=1, assessed_on=date(2026, 3, 1), fatigue=4,
                          waking_unrefreshed=0, cognitive=0, headaches=True,
                          lower_abdominal=True, depression=True),
         "assessment.sss.fatigue", "must be from {low} to {high}, not {value}",
         {"low": 0, "high": 3, "value": 4}),
        (ProfileRecord(id=None, name=""), "profile.name", "cannot be empty", {}),
        (TherapyRecord(id=None, name="x" * 201, category="other"), "therapy.name",
         "is too long ({count} characters, at most {limit})", {"count": 201, "limit": 200}),
    ],
)
def test_a_refused_record_carries_its_template(
    record: AssessmentRecord | ProfileRecord | TherapyRecord, field: str, template: str,
    params: dict[str, int],
) -> None:
    with pytest.raises(ValidationError) as caught:
        record.validate()
    exc = caught.value
    assert (exc.field, exc.template, exc.params) == (field, template, params)
    assert exc.message == template.format(**params)
    assert str(exc) == f"{field}: {exc.message}"


def test_invalid_writes_floats_as_the_old_messages_did() -> None:
    exc = invalid("share", "must be from {low} to {high}, not {value}", low=0.0, high=1.0,
                  value=1.5)
    assert exc.message == "must be from 0 to 1, not 1.5"
    assert exc.params == {"low": 0.0, "high": 1.0, "value": 1.5}


def test_every_template_is_marked_for_translation() -> None:
    """Each template used in records.py is marked under "store" in runtime_strings.py."""
    import ast

    marked = set()
    tree = ast.parse((REPO / "bodymap/i18n/runtime_strings.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            context, text = (arg.value for arg in node.args[:2])  # type: ignore[attr-defined]
            if context == "store":
                marked.add(text)
    source = ast.parse((REPO / "bodymap/store/records.py").read_text(encoding="utf-8"))
    used = set()
    for node in ast.walk(source):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", "")
        if name == "invalid" and len(node.args) >= 2:
            used.add(node.args[1])
        elif name == "_check_int" and len(node.args) >= 5:
            used.add(node.args[4])
    texts = set()
    for arg in used:
        if isinstance(arg, ast.Name) and arg.id == "template":  # inside _check_int itself
            continue
        assert isinstance(arg, ast.Constant) and isinstance(arg.value, str), ast.dump(arg)
        texts.add(arg.value)
    assert len(texts) >= 10
    assert texts <= marked, texts - marked
