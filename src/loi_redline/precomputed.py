"""Work on the shipped rulesets done once, when they change, and shipped beside this module.

Every review process did the same pure-Python work on the same shipped rulesets again:
parsing `ruleset.toml` (tomllib: about 0.035 s) and the prefilter analysis of its few
hundred patterns (`prefilter.analyse`: about 0.09 s), together a quarter of a 4-page
review. Two tables hold the answers:

* `rulesets.json`: the parsed TOML of each shipped ruleset, keyed by a hash of the file's
  bytes: a ruleset edited since (or any other TOML) is parsed as before;
* `prefilter.json`: the analysis of each shipped pattern, keyed by a hash of its source,
  valid only for the analyser that wrote it (a hash of `prefilter.py`'s bytes): an edited
  analyser ignores a stale table instead of trusting it. A pattern the table lacks (a
  pattern added since, a user's ruleset) is analysed at run time; one rebuilt with a
  letter's party names takes the analysis of its any-names form (see PER_LETTER_MACROS).

Neither table changes what a pattern matches or what a ruleset says: a stale or missing
table only makes a review slower. Regenerate after changing a shipped ruleset or
prefilter.py (tests in test_ruleset.py and test_prefilter.py fail while a table is stale):

    python scripts/build_precomputed.py
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

from . import prefilter

HERE = Path(__file__).resolve().parent
PREFILTER_TABLE = HERE / "prefilter.json"
RULESETS_TABLE = HERE / "rulesets.json"


def _hash(data: bytes, n: int) -> str:
    return hashlib.sha256(data).hexdigest()[:n]


# --- the parsed rulesets -----------------------------------------------------------------


def parsed_toml(data: bytes) -> dict | None:
    """The parsed TOML of a shipped ruleset whose bytes are `data`, else None. Read anew at
    each call: the caller owns (and may change) what it gets."""
    try:
        table = json.loads(RULESETS_TABLE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    got = table.get(_hash(data, 32)) if isinstance(table, dict) else None
    return got if isinstance(got, dict) else None


def _same(a, b) -> bool:
    """Equal, of the same types and in the same order throughout (30 and 30.0 are equal,
    not the same; the order of the topics is the order of the file)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return a == b


def build_rulesets() -> str:
    from .ruleset import data_dir, toml_module

    tomllib = toml_module()

    table = {}
    for path in sorted(data_dir().glob("*/ruleset.toml")):
        data = path.read_bytes()
        parsed = tomllib.load(io.BytesIO(data))
        # no dates, nothing JSON would change; keys stay in file order (the topics' order)
        if _same(json.loads(json.dumps(parsed)), parsed):
            table[_hash(data, 32)] = parsed
    # one value a line: a ruleset change is a readable diff
    return json.dumps(table, ensure_ascii=False, indent=0) + "\n"


# --- the prefilter analysis of the shipped patterns ----------------------------------------

_prefilter: dict[str, list] | None = None


def analyser_version() -> str:
    try:
        return _hash(Path(prefilter.__file__).read_bytes(), 16)
    except OSError:  # no source beside the bytecode: no table can be trusted
        return ""


def key(source: str) -> str:
    return _hash(source.encode("utf-8", "surrogatepass"), 24)


def _load_prefilter() -> dict[str, list]:
    global _prefilter
    if _prefilter is None:
        _prefilter = {}
        try:
            data = json.loads(PREFILTER_TABLE.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return _prefilter
        version = analyser_version()
        if isinstance(data, dict) and version and data.get("analyser") == version:
            _prefilter = data.get("patterns") or {}
    return _prefilter


def info(source: str) -> prefilter.Info:
    """`prefilter.analyse(source)`, from the shipped table when it holds the pattern."""
    got = known(source)
    return prefilter.analyse(source) if got is None else got


def known(source: str) -> prefilter.Info | None:
    """The shipped analysis of `source`, None when the table lacks it."""
    row = _load_prefilter().get(key(source))
    if row is None:
        return None
    need, local, *more = row
    branches = tuple(tuple(tuple(s) for s in b) for b in more[0]) if more else ()
    return prefilter.Info(tuple(tuple(s) for s in need), bool(local), branches)


# The macros `assess` rewrites for each letter (the parties' own names join them). A
# pattern using them gets a new source per letter, which no table can hold; its analysis
# with the macro read as "any string at all" can be shipped, and it is sound for every
# value the macro may take: it requires only what the rest of the pattern requires (and
# never reads a pattern as local). It costs a little selectivity, never a match.
PER_LETTER_MACROS = ("vendor", "client")
ANY_TEXT = r"[\s\S]*"


def any_names(macros: dict[str, str]) -> dict[str, str]:
    return {**macros, **{k: ANY_TEXT for k in PER_LETTER_MACROS if k in macros}}


def per_letter_info(source: str, any_names_source) -> prefilter.Info | None:
    """The analysis to use for a pattern rebuilt with a letter's names: its own if shipped,
    else the shipped one of its any-names form (`any_names_source()`), else None."""
    got = known(source)
    if got is None and _load_prefilter():
        got = known(any_names_source())
    return got


def _encode(i: prefilter.Info) -> list:
    row = [[list(s) for s in i.need], i.local]
    if i.branches:
        row.append([[list(s) for s in b] for b in i.branches])
    return row


def shipped_sources() -> list[str]:
    """Every pattern source of the shipped rulesets, as their rules hold them, and the
    any-names form of those a letter's names rebuild."""
    import dataclasses

    from .ruleset import LazyPattern, load_ruleset, pattern_source, ruleset_ids

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
        rs = load_ruleset(rid)
        walk(rs)
        # the any-names forms of the patterns a letter's names rebuild (see with_macros)
        holed = any_names(rs.macros)
        for rule in rs.rules:
            for pats in rule.sources.values():
                for p in pats:
                    if any("{" + k + "}" in p for k in PER_LETTER_MACROS):
                        found.add(pattern_source(p, holed))
    return sorted(found)


def build_prefilter() -> str:
    """One pattern a line, sorted: a ruleset change is a readable diff."""
    rows = sorted((key(s), _encode(prefilter.analyse(s))) for s in shipped_sources())
    lines = [f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in rows]
    return (
        "{\n"
        f'"analyser": {json.dumps(analyser_version())},\n'
        '"patterns": {\n' + ",\n".join(lines) + "\n}}\n"
    )


TABLES = {RULESETS_TABLE: build_rulesets, PREFILTER_TABLE: build_prefilter}
