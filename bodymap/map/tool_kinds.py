"""The marking tools by name (kept apart from :mod:`bodymap.map.tools`, which is heavier, so the
window can build its tool bar before the marking machinery is loaded)."""

from __future__ import annotations

from enum import Enum


class Tool(Enum):
    SELECT = "select"
    TRIGGER_POINT = "trigger_point"
    REFERRED_BRUSH = "referred_brush"
    REFERRED_FILL = "referred_fill"
    ERASER = "eraser"
    SPASM = "spasm"
    TENDER_POINT = "tender_point"


#: Tools that place a point mark, and the kind of mark they place.
POINT_TOOLS = {
    Tool.TRIGGER_POINT: "trigger_point",
    Tool.SPASM: "spasm",
    Tool.TENDER_POINT: "tender_point",
}
