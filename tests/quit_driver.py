"""Runs bodymap as the real program does (``bodymap.app.main()`` with the command line in
``sys.argv``) and says on stdout when the window is usable.  Used by tests/test_quit.py and
benchmarks/bench_window.py.

    python tests/quit_driver.py MODE --db URL

MODE ``ready``: print ``ready`` once the diary is attached and the list is filled, then wait
(the caller sends a signal).  ``edit``: the same after changing the episode's notes (unsaved),
printing ``draft PATH`` first.  ``close``: open a region's history and the heat map, then close
the window as its close button does and print ``closing <time.time()>`` just before.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer

import bodymap.app as app_module

MODE = sys.argv.pop(1)
_start = app_module.start_main_window


def _start_and_watch(url, lock=None):  # noqa: ANN001, ANN202 - the wrapped function's own
    window = _start(url, lock)
    state = {"step": 0}

    def usable() -> bool:
        listed = getattr(window, "episode_list", None)
        return window.editor is not None and listed is not None and not window.ops.pending()

    def step() -> None:
        if not usable():
            QTimer.singleShot(20, step)
            return
        if MODE == "edit":
            window.document.set_field("notes", "kept when the session ends")
            print(f"draft {window.editor.drafts.path}", flush=True)
        if MODE == "close" and state["step"] == 0:
            state["step"] = 1
            window.history_panel.show_region("neck_side.left")
            window.heatmap_dock.raise_()
            QTimer.singleShot(300, step)
            return
        print("ready", flush=True)
        if MODE == "close":
            QTimer.singleShot(200, close)

    def close() -> None:
        print(f"closing {time.time()!r}", flush=True)
        window.close()

    QTimer.singleShot(20, step)
    return window


app_module.start_main_window = _start_and_watch
sys.exit(app_module.main())
