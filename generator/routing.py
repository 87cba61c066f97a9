"""Depth routing: which text each DiT block's cross-attention sees.

A :class:`DepthRouting` is an explicit per-block list of text slots:

- ``global``: the whole-image prompt, with the model's stock attention (no regions);
- ``regional``: per region its high- and low-level texts joined;
- ``regional_high``: per region its high-level text (content, objects);
- ``regional_low``: per region its low-level text (details, style), prefixed by the
  high-level text when the low-level one is empty.

Blocks are in forward order: block 0 is the shallowest (nearest the input).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from ..schemas import DEFAULT_SPLIT, ROUTING_PRESETS, Layout, Region, RoutingSpec, join_texts

SLOTS = ("regional", "regional_low", "regional_high", "global")


def region_text(region: Region, slot: str) -> str:
    """The text a region contributes to blocks routed to ``slot``."""
    if slot == "regional":
        return region.prompt
    if slot == "regional_high":
        return region.high_level
    if slot == "regional_low":
        return region.low_level or region.high_level
    raise ValueError(f"slot {slot!r} has no per-region text")


def background_text(layout: Layout, slot: str, fallback: tuple[str, str] | None = None) -> str:
    """The text of the background region (what no box covers) for ``slot``.

    The layout's ``background`` when given; else ``fallback`` (a model's name for an
    empty canvas, where it has one); else the global texts.
    """
    if layout.background is not None:
        high, low = layout.background
    elif fallback is not None:
        high, low = fallback
    else:
        high, low = layout.high_level, layout.low_level
    return {"regional": join_texts(high, low), "regional_high": high, "regional_low": low or high}[slot]


@dataclass(frozen=True)
class DepthRouting:
    """Per-block text slots; serialisable with :meth:`to_dict` / :meth:`from_dict`."""

    slots: tuple[str, ...]
    name: str = "custom"
    #: Restrict the self-attention of the regional blocks to each region.
    isolate: bool = False

    def __post_init__(self) -> None:
        if not self.slots:
            raise ValueError("a routing needs at least one block")
        bad = sorted({s for s in self.slots if s not in SLOTS})
        if bad:
            raise ValueError(f"unknown routing slot(s) {bad}; use one of {', '.join(SLOTS)}")

    @property
    def num_blocks(self) -> int:
        return len(self.slots)

    @classmethod
    def split(cls, num_blocks: int, split: float, shallow: str, deep: str, name: str = "custom", isolate: bool = False) -> DepthRouting:
        """Blocks ``[0, round(split * num_blocks))`` get ``shallow``, the rest ``deep``."""
        if not 0 <= split <= 1:
            raise ValueError(f"split must be in [0, 1], got {split}")
        cut = min(num_blocks, max(0, math.floor(split * num_blocks + 0.5)))
        return cls(tuple([shallow] * cut + [deep] * (num_blocks - cut)), name=name, isolate=isolate)

    @classmethod
    def preset(cls, name: str, num_blocks: int, split: float | None = None, isolate: bool = False) -> DepthRouting:
        """A named preset (see ``schemas.ROUTING_PRESETS``) on a model of ``num_blocks`` blocks."""
        if name not in ROUTING_PRESETS:
            raise ValueError(f"unknown routing preset {name!r}; use one of {', '.join(ROUTING_PRESETS)}")
        shallow, deep = ROUTING_PRESETS[name]
        return cls.split(num_blocks, DEFAULT_SPLIT if split is None else split, shallow, deep, name=name, isolate=isolate)

    @classmethod
    def from_spec(cls, spec: RoutingSpec, num_blocks: int, default: RoutingSpec | None = None) -> DepthRouting:
        """The routing a layout asks for, on a model of ``num_blocks`` blocks.

        ``default`` (the model's measured routing) fills in ``auto``; without it, ``auto`` is the reference.
        """
        spec = spec.resolve(default or RoutingSpec("reference", DEFAULT_SPLIT))
        shallow, deep = spec.slots
        name = spec.preset if (shallow, deep) == ROUTING_PRESETS[spec.preset] else f"{shallow}/{deep}"
        isolate = spec.self_attention == "regional"
        return cls.split(num_blocks, spec.split, shallow, deep, name=name + ("+isolated" if isolate else ""), isolate=isolate)

    def blocks_for(self, slot: str) -> list[int]:
        return [i for i, s in enumerate(self.slots) if s == slot]

    @property
    def regional_slots(self) -> list[str]:
        """The distinct regional slots in use, in first-use order."""
        return list(dict.fromkeys(s for s in self.slots if s != "global"))

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "num_blocks": self.num_blocks, "slots": list(self.slots), "self_attention": "regional" if self.isolate else "full"}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DepthRouting:
        slots = tuple(data["slots"])
        if "num_blocks" in data and data["num_blocks"] != len(slots):
            raise ValueError(f"routing says num_blocks={data['num_blocks']} but lists {len(slots)} slots")
        return cls(slots, name=data.get("name", "custom"), isolate=data.get("self_attention") == "regional")

    def describe(self) -> str:
        """Compact human-readable form, e.g. ``regional x11, global x9``."""
        runs: list[list[Any]] = []
        for s in self.slots:
            if runs and runs[-1][0] == s:
                runs[-1][1] += 1
            else:
                runs.append([s, 1])
        return ", ".join(f"{s} x{n}" for s, n in runs)
