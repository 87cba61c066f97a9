"""Typed, immutable view of a validated layout document, with its defaults filled in."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from .validation import DEFAULT_CANVAS_MULTIPLE, validate_layout

DEFAULT_CANVAS = 512
ROUTING_PRESETS: dict[str, tuple[str, str]] = {
    # preset: (text slot of the shallow blocks, text slot of the deep blocks)
    "reference": ("regional", "global"),
    "hierarchical": ("regional_low", "regional_high"),
    "regional_all": ("regional", "regional"),
    "regional_deep": ("global", "regional"),
    "global_only": ("global", "global"),
}
DEFAULT_SPLIT = 0.525  # 21 of HunyuanDiT's 40 blocks, as in the reference implementation


def join_texts(*parts: str) -> str:
    """Join description parts into one prompt, skipping empty ones."""
    return ", ".join(p.strip() for p in parts if p and p.strip())


@dataclass(frozen=True)
class Region:
    id: str
    bbox: tuple[float, float, float, float]
    high_level: str
    low_level: str = ""
    strength: float = 1.0

    @property
    def prompt(self) -> str:
        """High- and low-level texts joined: what a single-prompt renderer sees."""
        return join_texts(self.high_level, self.low_level)


@dataclass(frozen=True)
class RoutingSpec:
    """The layout's routing request; ``generator.DepthRouting`` turns it into a per-block map.

    ``preset="auto"`` means "the rendering model's measured best routing": resolve it
    with :meth:`resolve` before reading :attr:`slots`. ``split=None`` means the preset's.
    """

    preset: str = "auto"
    split: float | None = None
    shallow: str | None = None
    deep: str | None = None
    self_attention: str | None = None  # "full" or "regional"; None: the preset's ("full") or the model's

    def __post_init__(self) -> None:  # a layout's routing is checked by its schema; an override (the CLI's, a caller's) here
        if self.preset != "auto" and self.preset not in ROUTING_PRESETS:
            raise ValueError(f"unknown routing {self.preset!r}; use auto or one of {', '.join(ROUTING_PRESETS)}")
        if self.self_attention not in (None, "full", "regional"):
            raise ValueError(f"unknown self-attention {self.self_attention!r}; use full (as real backbones) or regional (isolated regions)")

    def resolve(self, default: RoutingSpec) -> RoutingSpec:
        """This request with ``auto`` and a missing split filled from ``default`` (a model's routing)."""
        if self.preset != "auto":
            return replace(self, split=DEFAULT_SPLIT if self.split is None else self.split, self_attention=self.self_attention or "full")
        split = self.split if self.split is not None else (default.split if default.split is not None else DEFAULT_SPLIT)
        return RoutingSpec(default.preset, split, self.shallow or default.shallow, self.deep or default.deep,
                           self.self_attention or default.self_attention or "full")

    @property
    def slots(self) -> tuple[str, str]:
        if self.preset not in ROUTING_PRESETS:
            raise ValueError(f"routing preset {self.preset!r} must be resolved against a model first")
        shallow, deep = ROUTING_PRESETS[self.preset]
        return (self.shallow or shallow, self.deep or deep)


@dataclass(frozen=True)
class Layout:
    width: int
    height: int
    high_level: str
    low_level: str = ""
    negative: str = ""
    regions: tuple[Region, ...] = ()
    background: tuple[str, str] | None = None
    routing: RoutingSpec = field(default_factory=RoutingSpec)
    metadata: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def from_dict(cls, document: Any, *, canvas_multiple: int = DEFAULT_CANVAS_MULTIPLE) -> Layout:
        """Validate ``document`` (raises ``LayoutError``) and fill in defaults."""
        validate_layout(document, canvas_multiple=canvas_multiple)
        return cls.from_checked(document)

    @classmethod
    def from_checked(cls, document: dict[str, Any]) -> Layout:
        """The layout of a document that was validated where it entered (a tool's input, the agent's validate step)."""
        canvas = document.get("canvas", {"width": DEFAULT_CANVAS, "height": DEFAULT_CANVAS})
        g = document["global"]
        bg = document.get("background")
        r = document.get("routing", {})
        return cls(
            width=int(canvas["width"]),  # JSON Schema's integers include 512.0
            height=int(canvas["height"]),
            high_level=g["high_level"],
            low_level=g.get("low_level", ""),
            negative=g.get("negative", ""),
            regions=tuple(
                Region(
                    id=reg["id"],
                    bbox=tuple(float(c) for c in reg["bbox"]),
                    high_level=reg["high_level"],
                    low_level=reg.get("low_level", ""),
                    strength=float(reg.get("strength", 1.0)),
                )
                for reg in document["regions"]
            ),
            background=(bg["high_level"], bg.get("low_level", "")) if bg else None,
            routing=RoutingSpec(
                preset=r.get("preset", "auto"),
                split=float(r["split"]) if "split" in r else None,
                shallow=r.get("shallow"),
                deep=r.get("deep"),
                self_attention=r.get("self_attention"),
            ),
            metadata=dict(document.get("metadata", {})),
        )

    def to_dict(self) -> dict[str, Any]:
        """The canonical document (defaults written out); ``from_dict(to_dict())`` round-trips."""
        doc: dict[str, Any] = {
            "canvas": {"width": self.width, "height": self.height},
            "global": {"high_level": self.high_level, "low_level": self.low_level, "negative": self.negative},
            "regions": [
                {"id": r.id, "bbox": list(r.bbox), "high_level": r.high_level, "low_level": r.low_level, "strength": r.strength}
                for r in self.regions
            ],
            "routing": {"preset": self.routing.preset},
        }
        if self.routing.split is not None:
            doc["routing"]["split"] = self.routing.split
        if self.routing.shallow:
            doc["routing"]["shallow"] = self.routing.shallow
        if self.routing.deep:
            doc["routing"]["deep"] = self.routing.deep
        if self.routing.self_attention:
            doc["routing"]["self_attention"] = self.routing.self_attention
        if self.background:
            doc["background"] = {"high_level": self.background[0], "low_level": self.background[1]}
        if self.metadata:
            doc["metadata"] = self.metadata
        return doc

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False)

    @property
    def prompt(self) -> str:
        """The global prompt: high- and low-level texts joined."""
        return join_texts(self.high_level, self.low_level)

    def with_size(self, width: int, height: int) -> Layout:
        return replace(self, width=width, height=height)
