"""The cyclic garbage collector paused while a document is read or split.

Reading a large .docx allocates millions of small objects and frees none of them: the
collector would walk them again and again for nothing (seconds on a 60 MB file)."""

from __future__ import annotations

import functools
import gc


def without_cyclic_gc(fn):
    """Run `fn` with the cyclic collector off, restoring it as it was."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return wrapper
