"""The Italian translation: in step with the code, complete, compiled, and really shown.

When a test here fails after you changed a user-visible string, run
``python tools/update_translations.py``, translate what it reports as unfinished in
``bodymap/i18n/bodymap_it.ts``, and run the tool again (docs/translations.md).
"""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QFile, QIODevice, QLocale, QTranslator

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "bodymap" / "i18n" / "bodymap_it.ts"
QM = ROOT / "bodymap" / "i18n" / "bodymap_it.qm"
QM_RESOURCE = ":/bodymap/i18n/bodymap_it.qm"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Entry:
    def __init__(self, context: str, message: ET.Element) -> None:
        self.context = context
        self.source = message.findtext("source") or ""
        self.numerus = message.get("numerus") == "yes"
        translation = message.find("translation")
        assert translation is not None
        self.type = translation.get("type")
        if self.numerus:
            self.forms = [form.text or "" for form in translation.findall("numerusform")]
        else:
            self.forms = [translation.text or ""]


def read_ts(path: Path) -> dict[tuple[str, str], Entry]:
    entries: dict[tuple[str, str], Entry] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            entry = Entry(name, message)
            entries[(name, entry.source)] = entry
    return entries


@pytest.fixture(scope="module")
def entries() -> dict[tuple[str, str], Entry]:
    return read_ts(TS)


# -- 1. in step with the code ----------------------------------------------------------------


def test_ts_has_exactly_the_strings_of_the_code(tmp_path: Path, entries) -> None:
    tool = _tool()
    fresh = tmp_path / "bodymap_it.ts"
    subprocess.run(tool.lupdate_command(fresh, "it"), check=True, cwd=ROOT, capture_output=True)
    found = set(read_ts(fresh))
    committed = set(entries)
    new = sorted(found - committed)
    gone = sorted(committed - found)
    assert not new and not gone, (
        f"run tools/update_translations.py: new or changed strings {new[:10]}, "
        f"strings no longer in the code {gone[:10]}"
    )


def _literal_calls() -> Iterator[tuple[str, int, str, str]]:
    """(file, line, context, source) of every translate()/tr() call with literal texts, as
    Python itself reads the code (not as lupdate does)."""
    for path in _tool().source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes: list[tuple[int, int, str]] = [
            (n.lineno, n.end_lineno or n.lineno, n.name)
            for n in ast.walk(tree) if isinstance(n, ast.ClassDef)
        ]
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            texts = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                     for a in node.args[:2]]
            if called == "translate" and len(texts) == 2 and None not in texts:
                yield path.name, node.lineno, str(texts[0]), str(texts[1])
            elif (called == "tr" and isinstance(func, ast.Attribute)
                  and isinstance(func.value, ast.Name) and func.value.id == "self"
                  and texts and texts[0] is not None):
                inside = [c for c in classes if c[0] <= node.lineno <= c[1]]
                if inside:
                    innermost = max(inside, key=lambda c: c[0])
                    yield path.name, node.lineno, innermost[2], str(texts[0])


def test_lupdate_misses_no_translated_call(entries) -> None:
    """pyside6-lupdate skips ``QCoreApplication.translate(ctx, text, None, n)`` when the count
    is not a plain name (``len(x)``, ``s.uses``), and every call through an alias
    (``t = QCoreApplication.translate; t(...)``): such texts would stay English for ever."""
    missed = sorted({(f, line, ctx, src) for f, line, ctx, src in _literal_calls()
                     if (ctx, src) not in entries})
    assert not missed, (
        "lupdate does not see these (a count that is not a plain name?): "
        + "; ".join(f"{f}:{line} {ctx!r} {src[:50]!r}" for f, line, ctx, src in missed[:10])
    )


def test_no_alias_hides_texts_from_lupdate() -> None:
    """``t = QCoreApplication.translate`` (or ``tr = self.tr``): lupdate never sees ``t(...)``.
    Only the name ``translate`` itself is read."""
    aliases = []
    for path in _tool().source_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute):
                if node.value.attr in ("translate", "tr") and isinstance(node.value.value, ast.Name) \
                        and node.value.value.id in ("QCoreApplication", "self"):
                    names = [t.id for t in node.targets if isinstance(t, ast.Name)]
                    if any(n != "translate" for n in names):
                        aliases.append(f"{path.name}:{node.lineno} {names}")
    assert not aliases, aliases


# -- 2. complete, and the placeholders survive --------------------------------------------------

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d+")
TAG = re.compile(r"</?\s*([A-Za-z][A-Za-z0-9]*)[^>]*>")


def _placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def _tags(text: str) -> list[str]:
    return [name.lower() for name in TAG.findall(text)]


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def test_every_string_is_translated_and_finished(entries) -> None:
    assert len(entries) > 400
    unfinished = [key for key, e in entries.items() if e.type is not None]
    empty = [key for key, e in entries.items() if not all(f.strip() for f in e.forms)]
    assert not unfinished, f"unfinished: {unfinished[:10]}"
    assert not empty, f"empty translation: {empty[:10]}"


def test_translations_keep_placeholders_tags_and_accelerators(entries) -> None:
    problems = []
    for key, e in entries.items():
        for form in e.forms:
            if _placeholders(form) != _placeholders(e.source):
                problems.append(("placeholders", key, form))
            if _tags(form) != _tags(e.source):
                problems.append(("HTML tags", key, form))
            if _accelerators(form) != _accelerators(e.source):
                problems.append(("& accelerator", key, form))
    assert not problems, problems[:10]


def test_the_vocabulary_is_the_physiotherapists(entries) -> None:
    """The words the diary is built on, as Italian physiotherapists say them."""
    expected = {
        ("MainWindow", "Trigger point"): "Punto trigger",
        ("MainWindow", "Tender point"): "Punto dolorabile",
        ("MainWindow", "Paint referred pain"): "Colora il dolore riferito",
        ("MainWindow", "Spasm"): "Spasmo",
        ("EpisodePanel", "Flare"): "Riacutizzazione",
        ("EpisodePanel", "Fatigue"): "Affaticamento",
        ("MainWindow", "Episode"): "Episodio",
    }
    for key, italian in expected.items():
        assert entries[key].forms == [italian], key


def _table_strings() -> dict[str, list[str]]:
    """The labels the widgets pass to ``self.tr()`` at run time, by the class that does it."""
    from bodymap.anatomy import atlas
    from bodymap.map.commands import KIND_NAMES
    from bodymap.store.records import COMMON_TRIGGERS, PAIN_QUALITIES
    from bodymap.ui.episode_panel import KIND_LABELS, OUTCOME_LABELS
    from bodymap.ui.main_window import TOOL_LABELS

    tools = [text for label, tip, _key in TOOL_LABELS.values() for text in (label, tip)]
    return {
        "MainWindow": tools,
        "EpisodePanel": [
            *KIND_LABELS.values(),
            *OUTCOME_LABELS.values(),
            *COMMON_TRIGGERS,
        ],
        "EpisodeList": list(KIND_LABELS.values()),
        "MarkPanel": [*PAIN_QUALITIES, *KIND_NAMES.values()],
        "AtlasPanel": [atlas.CAUTION],
    }


def test_labels_from_tables_are_translated_where_they_are_looked_up(entries) -> None:
    missing = [
        (context, text)
        for context, texts in _table_strings().items()
        for text in texts
        if (context, text) not in entries
    ]
    assert not missing, (
        f"mark these with QT_TRANSLATE_NOOP (bodymap/i18n/runtime_strings.py) and translate: {missing}"
    )


def _contexts_the_program_uses() -> set[str]:
    """Class names (``self.tr``) and literal contexts of translate()/QT_TRANSLATE_NOOP calls."""
    names: set[str] = set()
    for path in _tool().source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Call):
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if called in ("translate", "QT_TRANSLATE_NOOP") and node.args:
                    first = node.args[0]
                    if isinstance(first, ast.Constant) and isinstance(first.value, str):
                        names.add(first.value)
    return names


def test_every_string_sits_in_a_context_the_program_looks_up(entries) -> None:
    """A string lupdate files under '' or a variable name is never found at run time."""
    known = _contexts_the_program_uses()
    lost = sorted({context for context, _source in entries if context not in known})
    assert not lost, f"contexts no code translates with: {lost}"


# -- 3. the compiled translation is the one in the resources -----------------------------------


def test_qm_and_resources_are_compiled_from_the_ts(tmp_path: Path) -> None:
    tool = _tool()
    compiled = tmp_path / "bodymap_it.qm"
    subprocess.run(tool.lrelease_command(TS, compiled), check=True, cwd=ROOT)
    fresh = compiled.read_bytes()
    assert QM.read_bytes() == fresh, "bodymap_it.qm is stale: run tools/update_translations.py"

    import bodymap.resources

    bodymap.resources.load()
    resource = QFile(QM_RESOURCE)
    assert resource.open(QIODevice.OpenModeFlag.ReadOnly), "the .qm is not in resources_rc.py"
    try:
        assert bytes(resource.readAll().data()) == fresh, (
            "resources_rc.py holds an old .qm: run tools/update_translations.py"
        )
    finally:
        resource.close()


# -- 4./5. what a person sees -------------------------------------------------------------------


@pytest.fixture
def locale_translator(qapp) -> Iterator[Callable[[str], list[QTranslator]]]:
    """Set the default locale and install the app's translator; undo both afterwards."""
    import bodymap.resources

    bodymap.resources.load()
    saved = QLocale()
    before = set(qapp.findChildren(QTranslator))
    added: list[QTranslator] = []

    def install(name: str) -> list[QTranslator]:
        """The translators now loaded (install_translator keeps an empty one when none fits)."""
        QLocale.setDefault(QLocale(name))
        bodymap.resources.install_translator(qapp, name.split("_")[0])
        added[:] = [t for t in qapp.findChildren(QTranslator) if t not in before]
        # English has only plural forms (bodymap_en.qm) and Qt's own: none renames a text
        return [t for t in added if not t.isEmpty() and not t.filePath().endswith("_en.qm")]

    try:
        yield install
    finally:
        for translator in added:
            qapp.removeTranslator(translator)
            translator.setParent(None)
        QLocale.setDefault(saved)


def _window(qtbot, diary, monkeypatch: pytest.MonkeyPatch):
    from PySide6.QtWidgets import QMessageBox

    from bodymap.ui.main_window import MainWindow

    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    window = MainWindow(diary)
    qtbot.addWidget(window)
    return window


def _tool_button_text(window, action) -> str:
    from PySide6.QtWidgets import QToolButton

    button = window.tool_bar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    return button.text()


def test_italian_locale_shows_italian(qtbot, diary, monkeypatch, locale_translator) -> None:
    from bodymap.map.tool_kinds import Tool

    installed = locale_translator("it_IT")
    assert 1 <= len(installed) <= 2  # ours, and Qt's own words when the Qt install has them
    assert QCoreApplication.translate("MainWindow", "&Edit") == "&Modifica"

    window = _window(qtbot, diary, monkeypatch)
    titles = [action.text() for action in window.menuBar().actions()]
    assert window.file_menu.title() == "&File"  # Italian programs say "File" too
    assert window.edit_menu.title() == "&Modifica"
    assert window.view_menu.title() == "&Visualizza"
    assert window.help_menu.title() == "&Aiuto"
    assert "&Edit" not in titles and "&Help" not in titles
    # report and data actions the diary adds to the File menu (when it opens, at the latest)
    window.file_menu.aboutToShow.emit()
    file_texts = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    assert "&Anteprima di stampa…" in file_texts
    assert "&Importa…" in file_texts
    # the marking tools, on the tool bar
    trigger = window.tool_actions[Tool.TRIGGER_POINT]
    assert _tool_button_text(window, trigger) == "Punto trigger"
    assert trigger.toolTip() == "Clicca per mettere un punto trigger (T)"
    assert _tool_button_text(window, window.tool_actions[Tool.TENDER_POINT]) == "Punto dolorabile"
    # a panel: the episode kinds and the dock titles
    kinds = [window.episode_panel.kind.itemText(i) for i in range(window.episode_panel.kind.count())]
    assert "Riacutizzazione" in kinds and "Flare" not in kinds
    assert window.episode_dock.windowTitle() == "Episodio"


def test_italian_menus_are_wholly_italian_with_unique_accelerators(
    qtbot, diary, monkeypatch, locale_translator
) -> None:
    locale_translator("it_IT")
    window = _window(qtbot, diary, monkeypatch)
    english = {e.source for e in read_ts(TS).values() if e.forms != [e.source]}
    for menu in (window.file_menu, window.edit_menu, window.view_menu, window.help_menu):
        menu.aboutToShow.emit()  # what opening it does: the File menu's last entries come then
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert not [t for t in texts if t in english], (menu.title(), texts)
        keys = [m.group(1).lower() for t in texts if (m := re.search(r"&([^&])", t))]
        assert len(keys) == len(set(keys)), (menu.title(), texts)
    bar_keys = [re.search(r"&(.)", a.text()).group(1).lower() for a in window.menuBar().actions()]
    assert len(bar_keys) == len(set(bar_keys))


def test_english_locale_changes_nothing(qtbot, diary, monkeypatch, locale_translator) -> None:
    from bodymap.map.tool_kinds import Tool

    assert locale_translator("en_GB") == []
    assert QCoreApplication.translate("MainWindow", "&Edit") == "&Edit"
    window = _window(qtbot, diary, monkeypatch)
    assert [a.text() for a in window.menuBar().actions()][:3] == ["&File", "&Edit", "&View"]
    assert _tool_button_text(window, window.tool_actions[Tool.TRIGGER_POINT]) == "Trigger point"
    assert window.episode_dock.windowTitle() == "Episode"


# -- 6. body region and therapy names (pure-Python tables, translated by bodymap.ui.labels) -----

REGION_STRINGS = ROOT / "bodymap" / "i18n" / "region_strings.py"

#: Files of the GUI that show region names; each must go through bodymap.ui.labels.
GUI_FILES = [
    *sorted((ROOT / "bodymap" / "ui").glob("*.py")),
    *(ROOT / "bodymap" / "map" / name for name in ("view.py", "widget.py", "heatmap.py")),
    *sorted((ROOT / "bodymap" / "charts").glob("*.py")),
]


def _noop_marks(path: Path) -> list[tuple[str, str]]:
    """(context, text) of every QT_TRANSLATE_NOOP call in a file."""
    marks = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            context, text = (arg.value for arg in node.args)  # type: ignore[attr-defined]
            marks.append((context, text))
    return marks


def test_region_strings_are_in_step_with_the_tables() -> None:
    from bodymap.anatomy import therapies
    from bodymap.anatomy.regions import REGIONS, VIEWS

    assert REGION_STRINGS.read_text(encoding="utf-8") == _tool().region_strings_source(), (
        "bodymap/i18n/region_strings.py is stale: run tools/update_translations.py"
    )
    marks = _noop_marks(REGION_STRINGS)
    assert len(marks) == len(set(marks)), "a label is marked twice"
    assert {t for c, t in marks if c == "Region"} == {r.label for r in REGIONS.values()}
    assert {t for c, t in marks if c == "Therapy"} == {t.name for t in therapies.catalogue()}
    assert {c for c, _t in marks} == {"Region", "Therapy", "View"}
    assert {t for c, t in marks if c == "View"} == {v.label for v in VIEWS.values()}
    assert REGION_STRINGS.read_text(encoding="utf-8").startswith('"""GENERATED')


def test_every_region_and_therapy_name_has_an_italian_translation(entries) -> None:
    from bodymap.anatomy import therapies
    from bodymap.anatomy.regions import REGIONS

    wanted = {("Region", r.label) for r in REGIONS.values()}
    wanted |= {("Therapy", t.name) for t in therapies.catalogue()}
    missing = sorted(key for key in wanted if key not in entries or entries[key].type is not None)
    assert not missing, missing[:10]
    # the side agrees with the noun it belongs to
    expected = {
        "Temple (left)": "Tempia (sinistra)",
        "Between the shoulder blades (right)": "Tra le scapole (destra)",
        "Front of the knee (left)": "Parte anteriore del ginocchio (sinistro)",
        "Top of the shoulder (right)": "Parte superiore della spalla (destra)",
        "Calf (right)": "Polpaccio (destro)",
        "Belly button": "Ombelico",
    }
    for english, italian in expected.items():
        assert entries[("Region", english)].forms == [italian], english
    # left and right never swap in translation
    for r in REGIONS.values():
        italian = entries[("Region", r.label)].forms[0]
        if r.side == "right":
            assert "destr" in italian and "sinistr" not in italian, (r.label, italian)
        elif r.side == "left":
            assert "sinistr" in italian and "destr" not in italian, (r.label, italian)
    assert entries[("Therapy", "Heat")].forms == ["Caldo"]


def test_region_and_therapy_names_follow_the_locale(locale_translator) -> None:
    from bodymap.ui.labels import region_label, regions_by_label, therapy_name

    assert locale_translator("en_GB") == []
    assert region_label("temple.left") == "Temple (left)"
    assert region_label("no_such_region") == "no_such_region"
    assert therapy_name("Cold pack", "cold") == "Cold pack"  # English: the diary's own name
    locale_translator("it_IT")
    assert region_label("temple.left") == "Tempia (sinistra)"
    assert region_label("shoulder_top.right") == "Parte superiore della spalla (destra)"
    assert region_label("no_such_region") == "no_such_region"
    assert therapy_name("Heat") == "Caldo"
    assert therapy_name("My own pills") == "My own pills"
    # a built-in therapy saved under an older name is named through its catalogue key
    assert therapy_name("Cold pack", "cold") == "Freddo"
    assert therapy_name("My own pills", "no_such_key") == "My own pills"
    ordered = [region_label(r) for r in regions_by_label()]
    assert ordered == sorted(ordered, key=str.casefold)


def test_the_gui_shows_region_names_only_through_the_shared_helper() -> None:
    """No widget reads ``REGIONS[...].label`` (English) or keeps its own region_label helper."""
    offenders = []
    for path in GUI_FILES:
        if path.name == "labels.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and "region_label" in node.name:
                offenders.append((path.name, node.lineno, f"def {node.name}"))
            if isinstance(node, ast.Attribute) and node.attr == "region_label":
                offenders.append((path.name, node.lineno, ast.unparse(node)))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"REGIONS\b.*\.label\b|\bregion\.label\b", line) and "_ENGLISH_ROLE" not in line:
                offenders.append((path.name, number, line.strip()))
    assert not offenders, offenders


def test_italian_window_names_regions_in_italian(
    qtbot, diary, monkeypatch, locale_translator
) -> None:
    locale_translator("it_IT")
    window = _window(qtbot, diary, monkeypatch)
    panel = window.history_panel
    names = [panel.region_list.item(i).text() for i in range(panel.region_list.count())]
    assert "Tempia (sinistra)" in names and "Temple (left)" not in names
    panel.search.setText("shoulder")  # the English name still finds it
    shown = [panel.region_list.item(i).text() for i in range(panel.region_list.count())
             if not panel.region_list.item(i).isHidden()]
    assert "Parte superiore della spalla (destra)" in shown
    window.atlas_panel.add_region("temple.left")
    assert "Tempia (sinistra)" in window.atlas_panel.question.text()


# -- 7. the language of the run: Preferences, the command line, Qt's own words, plurals ----------

EN_TS = ROOT / "bodymap" / "i18n" / "bodymap_en.ts"


def test_english_plural_forms_are_complete() -> None:
    """bodymap_en.ts holds every plural message of the Italian file, finished: "1 mark"."""
    english = read_ts(EN_TS)
    plural = {key for key, e in read_ts(TS).items() if e.numerus}
    assert plural and set(english) == plural
    unfinished = [key for key, e in english.items() if e.type is not None or len(e.forms) != 2
                  or not all("%n" in f for f in e.forms)]
    assert not unfinished, unfinished[:10]
    assert english[("cli.regions", "%n regions")].forms == ["%n region", "%n regions"]


def test_every_count_in_italian_is_a_plural_message(entries) -> None:
    """Each "%n" text is a plural message with its two Italian forms (1 / more)."""
    plain = [key for key, e in entries.items() if "%n" in e.source and not e.numerus]
    assert not plain, plain[:10]
    assert entries[("cli.regions", "%n regions")].forms == ["%n zona", "%n zone"]


def test_plurals_follow_the_count_in_both_languages(locale_translator) -> None:
    locale_translator("en_GB")
    assert QCoreApplication.translate("cli.regions", "%n regions", None, 1) == "1 region"
    assert QCoreApplication.translate("cli.regions", "%n regions", None, 3) == "3 regions"
    locale_translator("it_IT")
    assert QCoreApplication.translate("cli.regions", "%n regions", None, 1) == "1 zona"
    assert QCoreApplication.translate("cli.regions", "%n regions", None, 3) == "3 zone"


def test_numbers_and_dates_follow_the_language(locale_translator) -> None:
    from datetime import date

    from bodymap.i18n import formats

    locale_translator("it_IT")
    assert formats.number(4.4) == "4,4"
    assert formats.day(date(2026, 3, 12)) == "12 mar 2026"
    locale_translator("en_GB")
    assert formats.number(4.4) == "4.4"
    assert formats.day(date(2026, 3, 12)) == "12 Mar 2026"


def test_qt_file_dialog_speaks_italian(qtbot, locale_translator) -> None:
    """Qt 6.11 renamed two labels ("&Look in:", "Files of &type:") and its qtbase_it.qm lags:
    ours fills the gap, Qt's translates the rest."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    locale_translator("it_IT")
    dialog = QFileDialog(None, "x", str(ROOT))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert "&Cerca in:" in texts and "&Tipo di file:" in texts, texts
    assert not {"&Look in:", "Files of &type:", "File &name:"} & texts


def test_side_letters_and_view_names_are_translated(locale_translator) -> None:
    from bodymap.map.scene import side_letters, svg_data
    from bodymap.ui.labels import view_label

    locale_translator("it_IT")
    assert side_letters() == ("D", "S")
    front = bytes(svg_data("front").data()).decode()
    assert ">D</text>" in front and ">S</text>" in front and ">R</text>" not in front
    assert view_label("back") == "Dietro" and view_label("front") == "Davanti"  # as the map says
    locale_translator("en_GB")
    assert ">R</text>" in bytes(svg_data("front").data()).decode()


def test_undo_texts_are_translated(locale_translator) -> None:
    from bodymap.map.commands import AddMarkCommand, SetMarkPropertiesCommand
    from bodymap.map.document import EpisodeDocument
    from bodymap.store.records import MarkRecord

    locale_translator("it_IT")
    document = EpisodeDocument(1)
    mark = MarkRecord(kind="trigger_point", view="front",
                      geometry={"type": "point", "x": 300.0, "y": 300.0}, intensity=6)
    add = AddMarkCommand(document, mark)
    assert add.text() == "Aggiungi punto trigger"
    add.redo()
    change = SetMarkPropertiesCommand(document, mark.uuid, {"intensity": 5}, "Change intensity")
    assert change.text() == "Cambia intensità"


def test_preferences_remember_the_language(qtbot, locale_translator) -> None:
    import bodymap.resources as resources
    from bodymap.i18n import language
    from bodymap.ui.preferences_dialog import PreferencesDialog

    locale_translator("it_IT")
    assert resources.saved_language_setting() == "system"
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.buttons["system"].isChecked()
    assert "avvio" in dialog.note.text()  # says the change comes at the next start
    dialog.buttons["it"].setChecked(True)
    dialog.accept()
    assert resources.saved_language_setting() == "it"
    saved = QLocale()
    try:
        assert resources.apply_language() == "it" and language.current() == "it"
        assert QLocale().toString(4.4, "f", 1) == "4,4"
        # the window's start-up path: no language given, the saved one is used
        resources.install_translator(QCoreApplication.instance())
        assert QCoreApplication.translate("MainWindow", "&Edit") == "&Modifica"
        assert resources.apply_language("en") == "en"
        assert QLocale().toString(4.4, "f", 1) == "4.4"
    finally:
        language.choose("system")
        QLocale.setDefault(saved)
        resources.install_translator(QCoreApplication.instance(), "en")
    assert QCoreApplication.translate("MainWindow", "&Edit") == "&Edit"
    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.buttons["it"].isChecked()


def _cli(args: list[str], env_extra: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess:
    import os
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update({"XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path),
                "QT_QPA_PLATFORM": "offscreen", **env_extra})
    return subprocess.run([sys.executable, "-m", "bodymap", *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)


def _english_texts(*contexts: str) -> list[str]:
    """The English sources of these contexts worth looking for in an output (whole words)."""
    return [e.source for e in read_ts(TS).values()
            if e.context in contexts and len(e.source) > 12 and e.forms != [e.source]]


def test_help_in_italian_has_no_english_left(tmp_path: Path) -> None:
    out = _cli(["--help"], {"LANGUAGE": "it", "LANG": "it_IT.UTF-8"}, tmp_path)
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert text.startswith("uso: bodymap") and "opzioni:" in text
    assert "mostra questo aiuto ed esce" in text
    for english in ("usage:", "options:", "show this help message", "positional arguments",
                    *_english_texts("argparse", "cli")):
        assert english.split("\n")[0] not in text, english
    # each command's line in the list
    left = [s for s in _english_texts("cli.regions", "cli.history", "cli.data", "cli.demo",
                                      "cli.fibro", "cli.report")
            if " ".join(s.split()) in " ".join(text.split())]
    assert not left, left
    error = _cli(["--bogus"], {"LANGUAGE": "it"}, tmp_path)
    assert error.returncode == 2 and "bodymap: errore: argomenti non riconosciuti: --bogus" in error.stderr


def test_each_command_help_in_italian(tmp_path: Path) -> None:
    for command, context in (("history", "cli.history"), ("regions", "cli.regions"),
                             ("export", "cli.data"), ("demo", "cli.demo"),
                             ("fibro", "cli.fibro"), ("report", "cli.report")):
        out = _cli([command, "--help"], {"LANGUAGE": "it"}, tmp_path)
        assert out.returncode == 0, out.stderr
        flat = " ".join(out.stdout.split())
        left = [s for s in _english_texts(context, "argparse", "cli") if " ".join(s.split()) in flat]
        assert not left, (command, left)


def test_the_saved_preference_decides_the_cli_language(tmp_path: Path) -> None:
    config = tmp_path / "config" / "bodymap"
    config.mkdir(parents=True)
    (config / "bodymap.ini").write_text("[preferences]\nlanguage=it\n", encoding="utf-8")
    out = _cli(["regions", "--view", "soles"], {"LANG": "C.UTF-8"}, tmp_path)
    assert out.returncode == 0, out.stderr
    assert "zone" in out.stdout.splitlines()[-1] and "ETICHETTA" in out.stdout
    (config / "bodymap.ini").write_text("[preferences]\nlanguage=en\n", encoding="utf-8")
    out = _cli(["regions", "--view", "soles"], {"LANGUAGE": "it", "LANG": "it_IT.UTF-8"}, tmp_path)
    assert out.stdout.splitlines()[-1].endswith("regions") and "LABEL" in out.stdout


def test_cli_messages_and_numbers_in_italian(tmp_path: Path) -> None:
    """A command's own output: Italian words, plural forms and a decimal comma (QLocale)."""
    db = tmp_path / "sample.sqlite3"
    out = _cli(["demo", "--db", str(db), "--years", "0.1"], {"LANGUAGE": "it"}, tmp_path)
    assert out.returncode == 0, out.stderr
    assert re.search(r"^Scritti \d+ episodi con \d+ segni e \d+ usi? di terapie per il profilo "
                     r"'Demo' in \d+,\d s\.$", out.stdout.strip()), out.stdout
    out = _cli(["demo", "--db", str(db), "--years", "0.1"], {"LANG": "en_GB.UTF-8"}, tmp_path)
    assert out.returncode == 2 and "Demo" in out.stderr  # the profile has episodes: English
    out = _cli(["--db", str(db), "heatmap", "--metric", "mean"], {"LANGUAGE": "it"}, tmp_path)
    lines = out.stdout.splitlines()
    assert lines[0].startswith("zona") and "media 0-10" in lines[0]
    assert all(re.search(r"\d,\d\d$", line) for line in lines[1:]), lines[:3]


def test_the_italian_import_summary_agrees_with_every_noun(tmp_path: Path) -> None:
    # "persone", "terapie", "attività" are feminine: "aggiunti" was wrong for them; "in più"
    # and "già presenti" read right after any noun.
    db = tmp_path / "sample.sqlite3"
    assert _cli(["demo", "--db", str(db), "--years", "0.1"], {"LANGUAGE": "it"},
                tmp_path).returncode == 0
    export = tmp_path / "all.json"
    out = _cli(["--db", str(db), "export", "--out", str(export)], {"LANGUAGE": "it"}, tmp_path)
    assert out.returncode == 0, out.stderr
    out = _cli(["--db", str(tmp_path / "other.sqlite3"), "import", str(export)],
               {"LANGUAGE": "it"}, tmp_path)
    assert out.returncode == 0, out.stderr
    lines = [line.strip() for line in out.stdout.splitlines()[1:]]
    assert "persone: 1 in più, 0 già presenti" in lines, lines
    assert any(line.startswith("terapie: ") for line in lines), lines
    assert all(re.fullmatch(r"[^:]+: [\d.]+ in più, [\d.]+ già presenti", line) for line in lines), lines
