"""The import's reading in a process of its own: ``python -m bodymap.store.read_child``.

A large export is read, parsed and checked here (:func:`bodymap.store.file_reading.read_stream`)
while the importing process writes the batches already read: the two halves of an import take
about the same time, and the interpreter runs one of them at a time in one process.  Each
mark's geometry goes over already as its JSON text (:class:`~bodymap.store.records.JsonText`),
the text the store keeps: most of what the records weigh, no longer rebuilt as objects on
the other side.

Standard input: the :class:`~bodymap.store.file_reading.StreamPlan`, pickled.  Standard
output: pickled ``(kind, value)`` pairs: ``("ready", None)`` once it has started, one
``("step", step)`` per step of the reading, then ``("done", None)``; or ``("error",
TransferError)`` for a file that cannot be imported (its place and its words, as the reading
in one process raises it), or ``("bug", text)``.  Nothing here touches the database, and
nothing but the file named in the plan is read.
"""

from __future__ import annotations

import gc
import pickle
import sys
from typing import Any, BinaryIO

from bodymap.store.file_reading import (
    TransferError,
    open_export,
    read_stream,
    reject_constant,
)
from bodymap.store.json_stream import JsonStream
from bodymap.store.records import JsonText, json_text


def _send(out: BinaryIO, kind: str, value: Any) -> None:
    pickle.dump((kind, value), out, protocol=pickle.HIGHEST_PROTOCOL)
    out.flush()  # the importer writes this batch while the next is read


def main() -> int:
    # A short life, its records handed over a batch at a time: the cycle collector's passes
    # (over records that form no cycles) would cost the reading a third more.
    gc.disable()
    out = sys.stdout.buffer
    plan = pickle.load(sys.stdin.buffer)
    _send(out, "ready", None)  # started and importing: from here on the reading is ours
    try:
        with open_export(plan.path) as handle:
            for step in read_stream(JsonStream(handle, parse_constant=reject_constant), plan):
                for episode in step.episodes:
                    for mark in episode.marks:
                        mark.geometry = JsonText(json_text(mark.geometry))  # type: ignore[assignment]
                _send(out, "step", step)
    except BrokenPipeError:
        return 0  # the importer stopped (a cancel, a quit): nothing more to say
    except TransferError as exc:
        _send(out, "error", exc)
        return 0
    except Exception as exc:  # noqa: BLE001 - told to the importer, which raises it there
        _send(out, "bug", f"{type(exc).__name__}: {exc}")
        return 1
    _send(out, "done", None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
