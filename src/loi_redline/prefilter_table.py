"""The prefilter analysis of the shipped rule patterns, computed once and shipped.

`prefilter.analyse` (pure Python) took about a fifth of a 4-page review, every process
analysing the same few hundred patterns again. `prefilter.json`, beside this module, holds
its answers for the patterns of the shipped rulesets, keyed by a hash of each pattern's
source; the table is valid only for the analyser that wrote it (a hash of
`prefilter.py`'s bytes), so an edited analyser ignores a stale table instead of trusting
it. A pattern absent from the table (a ruleset edited since, a user's ruleset, the
parties' names added to {vendor}) is analysed at run time as before: the table only
saves time, it never decides anything `analyse` would not.

Regenerate after changing a shipped ruleset or prefilter.py:

    python scripts/build_prefilter.py

(tests/test_prefilter.py fails while the shipped table is out of date.)
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from . import prefilter

TABLE = Path(__file__).resolve().parent / "prefilter.json"

_table: dict[str, list] | None = None


def analyser_version() -> str:
    try:
        return hashlib.sha256(Path(prefilter.__file__).read_bytes()).hexdigest()[:16]
    except OSError:  # no source beside the bytecode: no table can be trusted
        return ""


def key(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def _load() -> dict[str, list]:
    global _table
    if _table is None:
        _table = {}
        try:
            data = json.loads(TABLE.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return _table
        version = analyser_version()
        if isinstance(data, dict) and version and data.get("analyser") == version:
            _table = data.get("patterns") or {}
    return _table


def info(source: str) -> prefilter.Info:
    """`prefilter.analyse(source)`, from the shipped table when it holds the pattern."""
    row = _load().get(key(source))
    if row is None:
        return prefilter.analyse(source)
    need, local = row
    return prefilter.Info(tuple(tuple(s) for s in need), bool(local))


def encode(i: prefilter.Info) -> list:
    return [[list(s) for s in i.need], i.local]


def shipped_sources() -> list[str]:
    """Every pattern source of the shipped rulesets, as their rules hold them."""
    import dataclasses

    from .ruleset import LazyPattern, load_ruleset, ruleset_ids

    found: set[str] = set()

    def walk(o) -> None:
        if isinstance(o, LazyPattern):
            found.add(o.pattern)
        elif dataclasses.is_dataclass(o) and not isinstance(o, type):
            for f in dataclasses.fields(o):
                walk(getattr(o, f.name))
        elif isinstance(o, (list, tuple)):
            for x in o:
                walk(x)
        elif isinstance(o, dict):
            for x in o.values():
                walk(x)

    for rid in ruleset_ids():
        walk(load_ruleset(rid))
    return sorted(found)


def build() -> str:
    """The table's text for the shipped rulesets and the current analyser (one pattern a
    line, sorted: a ruleset change is a readable diff)."""
    rows = sorted((key(s), encode(prefilter.analyse(s))) for s in shipped_sources())
    lines = [f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in rows]
    return (
        "{\n"
        f'"analyser": {json.dumps(analyser_version())},\n'
        '"patterns": {\n' + ",\n".join(lines) + "\n}}\n"
    )
