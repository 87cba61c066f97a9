"""Text-encoding cache: each distinct text is encoded once per model.

A refinement round that changes one region's low-level text re-encodes only
that text; everything else comes from the cache.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class TextEncodingCache(Generic[T]):
    """LRU cache from text to its encoding, counting hits and misses."""

    def __init__(self, encode: Callable[[str], T], max_entries: int = 512):
        self._encode = encode
        self._entries: OrderedDict[str, T] = OrderedDict()
        self.max_entries = max_entries
        self.hits = 0
        self.misses = 0

    def __call__(self, text: str) -> T:
        if text in self._entries:
            self.hits += 1
            self._entries.move_to_end(text)
            return self._entries[text]
        self.misses += 1
        value = self._encode(text)
        self._entries[text] = value
        if len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)
        return value

    def __contains__(self, text: str) -> bool:
        return text in self._entries

    def __len__(self) -> int:
        return len(self._entries)
