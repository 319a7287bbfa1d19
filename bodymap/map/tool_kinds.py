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
    PAIN_BRUSH = "pain_brush"
    PAIN_FILL = "pain_fill"
    PARAESTHESIA_BRUSH = "paraesthesia_brush"
    PARAESTHESIA_FILL = "paraesthesia_fill"
    NUMBNESS_BRUSH = "numbness_brush"
    NUMBNESS_FILL = "numbness_fill"
    #: Click a region to tick it "asked about and clear" (again to take the tick away).
    CLEARED = "cleared"


#: Tools that place a point mark, and the kind of mark they place.
POINT_TOOLS = {
    Tool.TRIGGER_POINT: "trigger_point",
    Tool.SPASM: "spasm",
    Tool.TENDER_POINT: "tender_point",
}

#: Tools that paint an area, and the kind of area they paint.
AREA_TOOLS = {
    Tool.PAIN_BRUSH: "pain",
    Tool.PAIN_FILL: "pain",
    Tool.REFERRED_BRUSH: "referred_area",
    Tool.REFERRED_FILL: "referred_area",
    Tool.PARAESTHESIA_BRUSH: "paraesthesia",
    Tool.PARAESTHESIA_FILL: "paraesthesia",
    Tool.NUMBNESS_BRUSH: "numbness",
    Tool.NUMBNESS_FILL: "numbness",
}
#: Tools whose strokes paint (or erase) instead of panning or selecting.
BRUSH_TOOLS = (
    Tool.PAIN_BRUSH,
    Tool.REFERRED_BRUSH,
    Tool.PARAESTHESIA_BRUSH,
    Tool.NUMBNESS_BRUSH,
    Tool.ERASER,
)
#: Tools that fill the clicked region.
FILL_TOOLS = (Tool.PAIN_FILL, Tool.REFERRED_FILL, Tool.PARAESTHESIA_FILL, Tool.NUMBNESS_FILL)
#: The abnormal-sensation tools, grouped under one button of the tool bar.
SENSATION_TOOLS = (
    Tool.PARAESTHESIA_BRUSH,
    Tool.PARAESTHESIA_FILL,
    Tool.NUMBNESS_BRUSH,
    Tool.NUMBNESS_FILL,
)
#: The tool on first start: plain pain, which needs no knowledge of trigger points.
DEFAULT_TOOL = Tool.PAIN_BRUSH
