"""Translations of the content files (atlas, therapies, warning signs): extract and merge.

The content files ``bodymap/anatomy/data/{atlas,therapies,warnings}.json`` carry every human
text as ``{"en": "...", "it": "..."}``.  A translator works on a flat list, never on the files:

    .venv/bin/python tools/content_translations.py extract [--content atlas] [-o todo.json]
        writes {path: english} for every text that still lacks Italian (all three files unless
        --content names one; then the paths carry the file: "atlas:/muscles/0/note").
        --all lists every text, translated or not (to review a translation).

    .venv/bin/python tools/content_translations.py merge done.json [--content atlas]
                    [--against todo.json] [--dry-run]
        folds {path: italian} into the content file(s) by the same paths.  A path that is not
        a text of the file (unknown, or not a text) is refused, and so is an empty translation;
        with --against (the extract the translator worked from) a text whose English changed
        since is refused too.  Nothing is written unless every entry is good.

Paths are JSON pointers into the file (``/muscles/3/self_care/stretch``); a path may also name
the English text itself (``.../label/en``) or the Italian (``.../label/it``).  The files are
written back as they are kept (one-space indent, UTF-8, no ASCII escapes), atomically.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bodymap" / "anatomy" / "data"
CONTENTS = ("atlas", "therapies", "warnings")
LANGUAGE = "it"


def content_path(name: str) -> Path:
    return DATA / f"{name}.json"


def load(name: str) -> Any:
    return json.loads(content_path(name).read_text("utf-8"))


def dump_text(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def save(name: str, data: Any) -> None:
    target = content_path(name)
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".json", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(dump_text(data))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def is_text(node: Any) -> bool:
    """A content text: ``{"en": "...", "it": "..."}`` (the Italian may still be missing)."""
    return (isinstance(node, dict) and isinstance(node.get("en"), str)
            and set(node) <= {"en", LANGUAGE})


def texts(data: Any, path: str = "") -> Iterator[tuple[str, dict[str, str]]]:
    """(JSON pointer, text object) of every text in ``data``, in file order."""
    if is_text(data):
        yield path, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from texts(value, f"{path}/{_escape(str(key))}")
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from texts(value, f"{path}/{i}")


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


def missing(node: dict[str, str]) -> bool:
    value = node.get(LANGUAGE)
    return not isinstance(value, str) or not value.strip()


def resolve(data: Any, pointer: str) -> dict[str, str]:
    """The text object at ``pointer`` (a trailing ``/en`` or ``/it`` names the same text)."""
    if not pointer.startswith("/"):
        raise KeyError(f"{pointer!r} is not a JSON pointer (it must start with '/')")
    parts = [_unescape(p) for p in pointer[1:].split("/")]
    node = data
    for i, part in enumerate(parts):
        if i == len(parts) - 1 and part in ("en", LANGUAGE) and is_text(node):
            break
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise KeyError(f"{pointer}: no such place in the file")
    if not is_text(node):
        raise KeyError(f"{pointer}: not a text of the file")
    return node  # type: ignore[no-any-return]


def split(key: str, content: str | None) -> tuple[str, str]:
    """("atlas", "/muscles/0/note") from "atlas:/muscles/0/note" or, with --content, the path."""
    name, sep, pointer = key.partition(":")
    if sep and name in CONTENTS:
        if content is not None and name != content:
            raise KeyError(f"{key}: not a path of {content}.json")
        return name, pointer
    if content is None:
        raise KeyError(f"{key}: name the file (atlas:/..., therapies:/..., warnings:/...) "
                       "or give --content")
    return content, key


def extract(content: str | None, every: bool = False) -> dict[str, str]:
    names = [content] if content else list(CONTENTS)
    out: dict[str, str] = {}
    for name in names:
        for pointer, node in texts(load(name)):
            if every or missing(node):
                out[pointer if content else f"{name}:{pointer}"] = node["en"]
    return out


def merge(flat: dict[str, Any], content: str | None, against: dict[str, Any] | None = None,
          dry_run: bool = False) -> dict[str, int]:
    """Fold ``flat`` ({path: italian}) into the files; returns {file: texts changed}.

    Raises ValueError listing every refused entry (nothing is written then)."""
    loaded: dict[str, Any] = {}
    errors: list[str] = []
    changed: dict[str, int] = {}
    for key, italian in flat.items():
        try:
            name, pointer = split(key, content)
            data = loaded.setdefault(name, load(name))
            node = resolve(data, pointer)
        except KeyError as exc:
            errors.append(str(exc.args[0]))
            continue
        if not isinstance(italian, str) or not italian.strip():
            errors.append(f"{key}: empty translation")
            continue
        if against is not None and key in against and against[key] != node["en"]:
            errors.append(f"{key}: the English changed since it was extracted")
            continue
        text = italian.strip()
        if node.get(LANGUAGE) != text:
            node[LANGUAGE] = text
            changed[name] = changed.get(name, 0) + 1
    if errors:
        raise ValueError(f"{len(errors)} entries refused:\n  " + "\n  ".join(errors))
    if not dry_run:
        for name in changed:
            save(name, loaded[name])
    return changed


def counts(name: str) -> tuple[int, int]:
    """(texts, texts with Italian) of a content file."""
    found = list(texts(load(name)))
    return len(found), sum(not missing(n) for _p, n in found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="write {path: english} of the texts lacking Italian")
    p.add_argument("--content", choices=CONTENTS, help="one file (default: all three)")
    p.add_argument("--all", action="store_true", help="every text, translated or not")
    p.add_argument("-o", "--output", help="file to write (default: standard output)")
    p = sub.add_parser("merge", help="fold {path: italian} into the content files")
    p.add_argument("file", help="the translations, a JSON object {path: italian}")
    p.add_argument("--content", choices=CONTENTS, help="the file the paths belong to")
    p.add_argument("--against", help="the extract translated from: refuse changed English")
    p.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    sub.add_parser("status", help="how many texts of each file have Italian")
    args = parser.parse_args(argv)

    if args.command == "extract":
        text = json.dumps(extract(args.content, args.all), ensure_ascii=False, indent=1) + "\n"
        if args.output:
            Path(args.output).write_text(text, "utf-8")
        else:
            sys.stdout.write(text)
        return 0
    if args.command == "merge":
        flat = json.loads(Path(args.file).read_text("utf-8"))
        against = json.loads(Path(args.against).read_text("utf-8")) if args.against else None
        if not isinstance(flat, dict):
            print("content_translations: the file must hold a JSON object", file=sys.stderr)
            return 2
        try:
            changed = merge(flat, args.content, against, args.dry_run)
        except ValueError as exc:
            print(f"content_translations: {exc}", file=sys.stderr)
            return 2
        verb = "would change" if args.dry_run else "changed"
        for name in CONTENTS:
            if name in changed:
                print(f"{name}.json: {verb} {changed[name]} texts")
        if not changed:
            print("nothing to change")
    for name in CONTENTS:
        total, done = counts(name)
        print(f"{name}.json: {done} of {total} texts have Italian")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
