"""Helpers for the few operations that build tens of thousands of small objects at once."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Hold the cyclic garbage collector while a batch builds short-lived, acyclic objects (the
    ranking of a large call makes ~100,000 tuples and Decimals): each collection would walk the
    whole heap of the running app for nothing, a third of the ranking's time. Reference counting
    still frees everything; the collector runs again as soon as the batch ends."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
