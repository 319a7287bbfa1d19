"""The content files (atlas, therapies, warning signs) in English and Italian.

Every human text of ``bodymap/anatomy/data/{atlas,therapies,warnings}.json`` is
``{"en": ..., "it": ...}``; the loaders give the text in the language of the run, and the command
line (``bodymap atlas show``, ``bodymap suggest``) shows the content of one language only.
``tools/content_translations.py`` extracts what lacks Italian and merges a translation back.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from bodymap.anatomy import atlas, therapies
from bodymap.anatomy import warnings as warning_rules
from bodymap.i18n import language

ROOT = Path(__file__).resolve().parent.parent
CONTENTS = ("atlas", "therapies", "warnings")


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "content_translations", ROOT / "tools" / "content_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _tool()


def _raw(name: str) -> Any:
    return json.loads((ROOT / "bodymap" / "anatomy" / "data" / f"{name}.json").read_text("utf-8"))


def _texts(name: str) -> list[tuple[str, dict[str, str]]]:
    return list(tool.texts(_raw(name)))


@pytest.fixture
def speak(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """``speak("it")`` fixes the language of the run for one test (restored afterwards)."""

    def choose(code: str) -> None:
        monkeypatch.setattr(language, "_current", code)

    yield choose


# ------------------------------------------------------------------------------ the files


@pytest.mark.parametrize("name", CONTENTS)
def test_every_text_has_english_and_italian(name: str) -> None:
    found = _texts(name)
    assert len(found) > 80
    missing = [p for p, t in found if not (t.get("it") or "").strip()]
    empty = [p for p, t in found if not t["en"].strip()]
    assert not empty
    assert not missing, f"{len(missing)} texts of {name}.json lack Italian, e.g. {missing[:5]}"
    assert tool.extract(name) == {}


@pytest.mark.parametrize("name", CONTENTS)
def test_italian_is_a_translation_not_a_copy(name: str) -> None:
    """A text of three words or more reads differently in Italian (a one-word term such as
    "angina", "NADH" or an alias such as "SCM" may be the same)."""
    copied = [p for p, t in _texts(name) if len(t["en"].split()) >= 3 and t.get("it") == t["en"]]
    assert not copied


def _text_fields_atlas(raw: Any) -> Iterator[tuple[str, Any]]:
    for m in raw["muscles"]:
        for s in m["sites"]:
            yield f"{m['key']}.site", s["text"]
        for field in ("mistaken_for", "perpetuated_by", "also_felt"):
            for item in m.get(field, []):
                yield f"{m['key']}.{field}", item
        for alias in m["names"].get("aliases", []):
            yield f"{m['key']}.alias", alias
        for key, text in m["self_care"].items():
            yield f"{m['key']}.self_care.{key}", text
        if "note" in m:
            yield f"{m['key']}.note", m["note"]
    yield "caution", raw["caution"]
    for key, text in raw["self_care_labels"].items():
        yield f"self_care_labels.{key}", text


def _text_fields_therapies(raw: Any) -> Iterator[tuple[str, Any]]:
    for table in ("evidence_levels", "evidence_labels", "guideline_labels", "conditions",
                  "supplement_groups", "quality_words"):
        for key, text in raw[table].items():
            yield f"{table}.{key}", text
    for i, text in enumerate(raw["warning_signs"]):
        yield f"warning_signs[{i}]", text
    yield "supplement_note", raw["supplement_note"]
    yield "clinician_note", raw["clinician_note"]
    for t in raw["therapies"]:
        for field in ("name", "summary", "for", "duration", "evidence_note"):
            yield f"{t['key']}.{field}", t[field]
        for field in ("steps", "cautions"):
            for item in t[field]:
                yield f"{t['key']}.{field}", item
        for cond, text in t.get("condition_notes", {}).items():
            yield f"{t['key']}.condition_notes.{cond}", text
        for c in t.get("region_cautions", []):
            yield f"{t['key']}.region_cautions", c["text"]


def test_the_schema_keeps_every_human_text_bilingual() -> None:
    """No plain string is left where a person reads the text (keys, ids and sources aside)."""
    for where, text in [*_text_fields_atlas(_raw("atlas")), *_text_fields_therapies(_raw("therapies"))]:
        assert isinstance(text, dict) and set(text) == {"en", "it"}, where
    assert "it" not in {k for t in _raw("therapies")["therapies"] for k in t}  # the old side table
    for name, version in (("atlas", 3), ("therapies", 2), ("warnings", 2)):
        assert _raw(name)["version"] >= version


def test_clinical_words_are_the_agreed_ones() -> None:
    italian = " ".join(t.get("it", "") for name in CONTENTS for _p, t in _texts(name)).lower()
    for word in ("punti trigger", "dolore riferito", "riacutizzazione",
                 "rilascio miofasciale", "coppettazione", "infiltrazione dei punti trigger",
                 "tensione / contrattura", "pungente", "a fitta che si irradia", "112",
                 "guardia medica"):
        assert word in italian, word
    # "punto dolorabile" is the fibromyalgia tender point: the atlas's tender spots on a
    # trigger point are "punti dolenti", so the two stay apart.
    atlas_it = " ".join(t.get("it", "") for _p, t in _texts("atlas")).lower()
    assert "dolorabil" not in atlas_it
    # "tu", not "Lei": the Italian speaks to the person informally.
    assert not re.search(r"\b(Lei|Suo|Sua)\b", " ".join(
        t.get("it", "") for name in CONTENTS for _p, t in _texts(name)))


# ------------------------------------------------------------------------------ the loaders


def test_therapies_speak_the_language_of_the_run(speak: Any) -> None:
    speak("en")
    heat_en = therapies.get("heat")
    assert heat_en.name == "Heat" and therapies.evidence_label("weak") == "weak evidence"
    speak("it")
    heat = therapies.get("heat")
    assert heat.name == "Caldo" and heat.language == "it"
    assert heat.steps != heat_en.steps and len(heat.steps) == len(heat_en.steps)
    assert therapies.evidence_label("weak") == "prove deboli"
    assert heat.evidence_label == "prove deboli"
    assert therapies.get("cupping").name == "Coppettazione"
    assert therapies.get("trigger_point_injection").name == "Infiltrazione dei punti trigger"
    # the caution every professional therapy carries, once, in Italian
    physio = therapies.get("physiotherapy")
    assert physio.cautions.count(therapies.clinician_note()) == 1
    assert therapies.clinician_note("en") not in physio.cautions
    # cautions of a part of the body and of a condition follow the language too
    stretch = therapies.get("stretching")
    cautions = stretch.cautions_for(["neck_side.left"], ["me_cfs"])
    assert "collo" in cautions[1] and "ME/CFS" in cautions[0] and "energia" in cautions[0]
    assert list(therapies.WARNING_SIGNS) == list(therapies.warning_signs("it"))
    assert therapies.WARNING_SIGNS[0].startswith("Chiama subito il 112")
    # another language on request, whatever the run's
    assert therapies.get("heat", "en").name == "Heat"
    assert [t.key for t in therapies.catalogue("en")] == [t.key for t in therapies.catalogue()]


def test_the_atlas_speaks_the_language_of_the_run(speak: Any) -> None:
    speak("en")
    en = atlas.get("upper_trapezius")
    assert en.name == "Upper trapezius" and en.language == "en"
    assert atlas.self_care_label("stretch") == "Stretch"
    speak("it")
    it = atlas.get("upper_trapezius")
    assert it.name == it.names.it == "Trapezio (fibre superiori)" and it.language == "it"
    assert it is not en and it.sites_right[0].text != en.sites_right[0].text
    # the geometry is the same in both languages
    assert [(s.x, s.y, s.region) for s in it.sites("both")] == [
        (s.x, s.y, s.region) for s in en.sites("both")]
    assert it.mistaken_for != en.mistaken_for and it.self_care.keys() == en.self_care.keys()
    assert [label for _k, label, _t in it.self_care_items()][0] == "Allungamento"
    assert atlas.caution().startswith("I punti trigger")
    assert atlas.other_name(it) == "Upper trapezius"
    # a name in any language still finds the muscle, and candidates are the same muscles
    assert atlas.get("upper trapezius") is it and atlas.get("Trapezio (fibre superiori)") is it
    assert atlas.get("sternomastoideo").key == atlas.get("SCM").key == "sternocleidomastoid"
    assert atlas.muscles()[0].to_dict()["sites"][0]["text"] == it.sites_right[0].text
    speak("en")
    assert atlas.get("upper_trapezius") is en  # cached per language


def test_candidates_do_not_depend_on_the_language(speak: Any) -> None:
    speak("en")
    en = [(c.muscle.key, c.side, round(c.score, 9)) for c in atlas.candidates(["jaw.left"])]
    speak("it")
    it = [(c.muscle.key, c.side, round(c.score, 9)) for c in atlas.candidates(["jaw.left"])]
    assert en == it and en


def test_warnings_follow_the_language_of_the_run(speak: Any) -> None:
    raised = warning_rules.evaluate(["chest_upper.left"], (), ["sudden", "breathless"])
    assert raised
    speak("it")
    assert raised[0].text() == raised[0].text("it") != raised[0].text("en")
    assert warning_rules.urgency_label("emergency") == "Emergenza"
    assert warning_rules.FACTS[0].text() == "Questo dolore è nuovo, o diverso dal solito"
    assert raised[0].to_dict()["title"] == raised[0].title["it"]
    speak("en")
    assert raised[0].text() == raised[0].text("en")


def test_suggestions_speak_the_language_of_the_run(diary: Any, speak: Any) -> None:
    from bodymap.store.therapy_log import TherapyStats
    from bodymap.suggest import figures_text, say, suggest

    profile = diary.default_profile().id
    therapies.ensure_catalogue(diary)
    speak("it")
    result = suggest(diary, profile, "temple.right", mark_qualities=["tight", "sharp"])
    assert result.muscles and result.muscles[0].why == say("usually", "it")
    assert result.muscles[0].name == atlas.get(result.muscles[0].key).names.it
    first = result.muscles[0].suggestions[0]
    assert first.title.split(": ")[0] in {"Allungamento", "Rilascio con pressione", "Calore",
                                          "Abitudini"}
    reasons = " ".join(s.reason for s in result.common)
    assert "tensione / contrattura" in reasons and "dolore pungente" in reasons
    assert result.warning_signs == therapies.warning_signs("it")
    assert result.supplement_note == therapies.supplement_note("it")
    assert atlas.caution("it") in result.notes
    data = result.to_dict()
    assert set(data) >= {"muscles", "commonly_tried", "supplements"}  # keys stay English
    stats = TherapyStats(therapy_id=1, key="heat", name="Heat", category="home", builtin=True, uses=4,
                         rated=4, better=3, same=1, worse=0, mean_relief=5.0, last_used=None)
    assert figures_text(stats) == "meglio 3 volte su 4, sollievo medio 5,0/10"
    assert figures_text(stats, "en") == "better 3 of 4 times, mean relief 5.0/10"


# ------------------------------------------------------------------------------ the command line


#: Content texts that are also labels of the program's own (translated through Qt, not from the
#: content: "Note: ...", "Take care: ..."), so they may show before the .ts has them.
ALSO_LABELS = {"Note", "Nota", "Take care", "Attenzione"}


def _bilingual() -> list[tuple[str, str]]:
    """(english, italian) of every content text whose two languages differ."""
    return [(t["en"], t["it"]) for name in CONTENTS for _p, t in _texts(name)
            if t.get("it") and t["it"] != t["en"]
            and t["en"] not in ALSO_LABELS and t["it"] not in ALSO_LABELS]


def _leftovers(output: str, texts: list[str]) -> list[str]:
    # The sources are cited as published (mostly English titles), and a muscle's English, Italian
    # and Latin names are shown as names: not content to translate.
    for key in atlas.citations():
        output = output.replace(atlas.citation(key), "")
    for m in atlas.muscles():
        for name in sorted((m.names.en, m.names.it, m.names.latin), key=len, reverse=True):
            output = output.replace(name, "")
    return [t for t in texts if re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", output)]


def _cli(tmp_path: Path, lang: str, *argv: str) -> str:
    env = dict(os.environ)
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        env.pop(variable, None)
    env["LANGUAGE"] = lang
    env["LANG"] = "it_IT.UTF-8" if lang == "it" else "en_US.UTF-8"
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-m", "bodymap", *argv, "--db", str(tmp_path / "none.sqlite3")]
        if argv[0] == "suggest" else [sys.executable, "-m", "bodymap", *argv],
        capture_output=True, text=True, env=env, timeout=120, cwd=ROOT, check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize(
    "argv",
    [
        ("atlas", "show", "upper_trapezius"),
        ("atlas", "show", "gluteus_medius", "--side", "left"),
        ("suggest", "neck_back.right"),
        ("suggest", "chest_upper.left", "--fact", "sudden", "--fact", "breathless",
         "--condition", "fibromyalgia", "--condition", "me_cfs"),
    ],
    ids=["atlas-trapezius", "atlas-glute", "suggest-neck", "suggest-chest-warnings"],
)
def test_the_command_line_shows_one_language(tmp_path: Path, argv: tuple[str, ...]) -> None:
    pairs = _bilingual()
    english = [en for en, _it in pairs]
    italian = [it for _en, it in pairs]
    out_it = _cli(tmp_path, "it", *argv)
    out_en = _cli(tmp_path, "en", *argv)
    assert len(out_it) > 500 and len(out_en) > 500
    assert not _leftovers(out_it, english), _leftovers(out_it, english)[:5]
    assert not _leftovers(out_en, italian), _leftovers(out_en, italian)[:5]
    assert _leftovers(out_it, italian) and _leftovers(out_en, english)  # the content is there


def test_atlas_json_keeps_keys_and_follows_the_language(tmp_path: Path) -> None:
    data = json.loads(_cli(tmp_path, "it", "atlas", "show", "masseter", "--json"))
    assert data["key"] == "masseter" and data["language"] == "it"
    assert data["name"] == data["names"]["it"]
    assert set(data["self_care"]) <= {"stretch", "pressure", "heat", "habits", "caution",
                                      "note", "breathing"}
    assert data["self_care_labels"]["pressure"] == "Rilascio con pressione"
    assert data["caution"] == atlas.caution("it")


# ------------------------------------------------------------------------------ the tool


@pytest.fixture
def copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in CONTENTS:
        source = ROOT / "bodymap" / "anatomy" / "data" / f"{name}.json"
        (tmp_path / f"{name}.json").write_text(source.read_text("utf-8"), "utf-8")
    monkeypatch.setattr(tool, "DATA", tmp_path)
    return tmp_path


def test_merge_folds_translations_in_by_path(copies: Path) -> None:
    before = (copies / "therapies.json").read_text("utf-8")
    assert tool.dump_text(json.loads(before)) == before  # the files are kept in the tool's format
    raw = json.loads(before)
    del raw["therapies"][0]["name"]["it"]
    raw["therapies"][0]["steps"][1] = raw["therapies"][0]["steps"][1]["en"]  # a plain string
    (copies / "therapies.json").write_text(tool.dump_text(raw), "utf-8")
    todo = tool.extract("therapies")
    assert todo == {"/therapies/0/name": "Heat"}  # a plain string is not a text yet
    changed = tool.merge({"/therapies/0/name": "Calore", "/therapies/0/summary/it": "Scalda."},
                         "therapies")
    assert changed == {"therapies": 2}
    after = json.loads((copies / "therapies.json").read_text("utf-8"))
    assert after["therapies"][0]["name"] == {"en": "Heat", "it": "Calore"}
    assert after["therapies"][0]["summary"]["it"] == "Scalda."
    assert tool.extract("therapies") == {}
    every = tool.extract(None, every=True)
    assert every["therapies:/therapies/0/name"] == "Heat" and "atlas:/caution" in every


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"/therapies/999/name": "x"}, "no such place"),
        ({"/therapies/0/key": "x"}, "not a text"),
        ({"/therapies/0/qualities": "x"}, "not a text"),
        ({"/therapies/0/name": "  "}, "empty translation"),
        ({"therapies/0/name": "x"}, "JSON pointer"),
        ({"atlas:/therapies/0/name": "x"}, "not a path of therapies"),
    ],
)
def test_merge_refuses_unknown_paths_and_writes_nothing(
    copies: Path, entry: dict[str, str], message: str
) -> None:
    before = (copies / "therapies.json").read_text("utf-8")
    good = {"/therapies/0/name": "Caldo"}
    with pytest.raises(ValueError, match=message):
        tool.merge({**good, **entry}, "therapies")
    assert (copies / "therapies.json").read_text("utf-8") == before


def test_merge_refuses_a_text_whose_english_changed(copies: Path) -> None:
    with pytest.raises(ValueError, match="English changed"):
        tool.merge({"/therapies/0/name": "Calore"}, "therapies",
                   against={"/therapies/0/name": "Warmth"})
    same = _raw("therapies")["therapies"][0]["name"]["it"]
    assert tool.merge({"/therapies/0/name": same}, "therapies",
                      against={"/therapies/0/name": "Heat"}) == {}
    assert tool.merge({"/therapies/0/name": same + "!"}, "therapies",
                      against={"/therapies/0/name": "Heat"}) == {"therapies": 1}


def test_tool_command_line(copies: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "todo.json"
    assert tool.main(["extract", "--content", "warnings", "--all", "-o", str(out)]) == 0
    flat = json.loads(out.read_text("utf-8"))
    assert flat["/escalated"] == _raw("warnings")["escalated"]["en"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"/nowhere": "x"}), "utf-8")
    assert tool.main(["merge", str(bad), "--content", "warnings"]) == 2
    assert "no such place" in capsys.readouterr().err


# ------------------------------------------------------------------------------ the window


@pytest.fixture
def italian_run(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The language of the run and QLocale both Italian, as ``resources.apply_language`` makes
    them at start (no Qt translator: the panels' own labels stay English, the content must not)."""
    from PySide6.QtCore import QLocale

    saved = QLocale()
    monkeypatch.setattr(language, "_current", "it")
    QLocale.setDefault(QLocale("it_IT"))
    yield
    QLocale.setDefault(saved)


def _visible_text(widget: Any) -> str:
    from PySide6.QtWidgets import QLabel, QTextBrowser

    texts = [w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget)]
    texts += [w.toPlainText() for w in widget.findChildren(QTextBrowser)]
    return "\n".join(texts)


def test_the_atlas_panel_shows_italian_content(qtbot: Any, italian_run: None) -> None:
    from bodymap.map.atlas_overlay import AtlasOverlay
    from bodymap.ui.atlas_panel import AtlasPanel

    panel = AtlasPanel(AtlasOverlay({}))
    qtbot.addWidget(panel)
    english = [en for en, _it in _bilingual()]
    for key in ("upper_trapezius", "quadratus_lumborum", "gastrocnemius"):
        panel.show_muscle(key, "right")
        text = _visible_text(panel)
        muscle = atlas.get(key)
        assert muscle.names.it in text and muscle.self_care_items()[0][1] in text
        assert muscle.sites_right[0].text in text and atlas.caution("it") in text
        assert not _leftovers(text, english), _leftovers(text, english)[:5]


def test_the_therapy_panel_shows_italian_content(qtbot: Any, diary: Any, italian_run: None) -> None:
    from bodymap.ui.therapy_panel import TherapyPanel

    panel = TherapyPanel(diary, diary.default_profile().id)
    qtbot.addWidget(panel)
    panel.show_for("calf.left", qualities=["tight", "aching"])
    qtbot.waitUntil(lambda: not panel.ops.pending(), timeout=10000)
    for card in getattr(panel, "cards", []):
        card.details.setVisible(True)
    text = _visible_text(panel._content)
    assert therapies.get("stretching").name in text or therapies.get("heat").name in text
    assert therapies.warning_signs("it")[0] in text
    english = [en for en, _it in _bilingual()]
    assert not _leftovers(text, english), _leftovers(text, english)[:5]


def test_a_diary_keeps_english_names_whatever_the_language(tmp_path: Path, speak: Any) -> None:
    """The diary stores one stable name per built-in therapy (English); it is shown in the
    reader's language by its key, so a diary started in Italian reads well in English."""
    from bodymap.store.service import Diary

    speak("it")
    diary = Diary.open(f"sqlite:///{tmp_path / 'it.sqlite3'}")
    try:
        names = {t.key: t.name for t in diary.list_therapies() if t.builtin}
    finally:
        diary.close()
    assert names["heat"] == "Heat" and names == {t.key: t.name for t in therapies.catalogue("en")}
