"""Pausing Python's cyclic garbage collector while a page is cleaned.

Cleaning a page makes many short-lived objects (a block per line, the answers of each step)
and no reference cycles: reference counting frees all of it. The cyclic collector still
runs every few hundred allocations, and each of its full passes walks every object the
process tracks (the compiled rule tables and the per-line caches among them): on the
bench's pages that cost about 7% of the cleaning time, and it grows faster than the page
(a page of many short lines ten times as long took 10.7x to 12.1x the time, 8.7x to 9.3x
with the collector paused). :func:`gc_paused`
turns the collector off for the length of one cleaning and back on when it ends.

It is a process-wide switch, so it is used with care: it is turned back on whenever a
cleaning that turned it off ends (even by an exception), so in a program that cleans on
several threads at once it is never off for longer than one page's cleaning; a program that
turned the collector off itself finds it still off. Set :data:`PAUSE_GC` to False to leave
the collector alone.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

PAUSE_GC = True
"""Whether :func:`gc_paused` turns the cyclic garbage collector off (see the module's text)."""


@contextmanager
def gc_paused() -> Iterator[None]:
    """Turn the cyclic garbage collector off for the ``with`` block, if it was on and
    :data:`PAUSE_GC` is set, and on again when the block ends."""
    paused = PAUSE_GC and gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()
