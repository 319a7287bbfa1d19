"""What a write changed, so each panel can tell whether it must read again.

No Qt here: the value travels from a write (``DiaryOps.write(..., changes=...)``) through
``DiaryContext.changed`` to the panels, and tests build it without a window.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    episodes: bool = False
    therapy_uses: bool = False
    people: bool = False
    therapies: bool = False
    #: Fibromyalgia assessments (WPI ticks, SSS answers) or tender-point exams.
    assessments: bool = False
    #: An import or a restore: anything may be different, every panel reads again.
    everything: bool = False

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})
