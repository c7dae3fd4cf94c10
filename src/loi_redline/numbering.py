"""Visible list numbering, computed the way Word shows it.

`numbering.xml` says how each level of a list looks ("Article %1 –", "%1.%2", roman, letters,
start values, restarts); the counters only exist when the document is read in order. The pure
functions here (`format_number`, `render_label`, `bare_number`) are usable without any file;
`Numbering` holds the parsed definitions and `Counters` advances them paragraph by paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
_VAL = f"{_W}val"

_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def to_roman(n: int) -> str:
    if n <= 0:
        return str(n)  # Word falls back to digits where roman numerals do not exist
    out = []
    for value, letters in _ROMAN:
        q, n = divmod(n, value)
        out.append(letters * q)
    return "".join(out)


def to_letters(n: int) -> str:
    """Word's letter numbering: A..Z, then AA..ZZ, AAA... (the letter repeated)."""
    if n <= 0:
        return str(n)
    q, r = divmod(n - 1, 26)
    return chr(ord("A") + r) * (q + 1)


def _ordinal_en(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_number(n: int, fmt: str | None) -> str:
    """One counter value in a `w:numFmt` format ("decimal", "upperRoman", ...).

    Formats Word spells out in words or draws in exotic scripts fall back to digits: the bare
    number is what matters for aligning clauses.
    """
    if fmt in (None, "", "decimal"):
        return str(n)
    if fmt == "upperRoman":
        return to_roman(n)
    if fmt == "lowerRoman":
        return to_roman(n).lower()
    if fmt == "upperLetter":
        return to_letters(n)
    if fmt == "lowerLetter":
        return to_letters(n).lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "ordinal":
        return _ordinal_en(n)
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


_PLACEHOLDER = re.compile(r"%([1-9])")


def render_label(
    lvl_text: str,
    counters: list[int],
    fmts: list[str | None],
    is_lgl: bool = False,
) -> str:
    """Expand `lvl_text` ("Article %1 –", "%1.%2.") with the current counters.

    `counters[k]` and `fmts[k]` belong to level k (0-based); `%k` refers to level k-1. With
    `is_lgl` (legal numbering) every level shows in decimal, as Word does ("1.1" not "I.a").
    A reference to a level beyond the counters renders as nothing.
    """

    def sub(m: re.Match) -> str:
        k = int(m.group(1)) - 1
        if k >= len(counters):
            return ""
        fmt = fmts[k] if k < len(fmts) else None
        if is_lgl and fmt not in ("none", "bullet"):
            fmt = "decimal"
        return format_number(counters[k], fmt)

    return _PLACEHOLDER.sub(sub, lvl_text)


def bare_number(
    lvl_text: str, counters: list[int], fmts: list[str | None], is_lgl: bool = False
) -> str | None:
    """The number inside a label, without its words or outer punctuation.

    "Article %1 –" → "3"; "%1.%2." → "3.1"; "(%1)" → "a". None when the level shows no number
    (bullets, "none", plain text).
    """
    found = list(_PLACEHOLDER.finditer(lvl_text))
    if not found:
        return None
    core = lvl_text[found[0].start() : found[-1].end()]
    out = render_label(core, counters, fmts, is_lgl).strip(" .-–—:)(")
    return out or None


@dataclass
class Level:
    ilvl: int
    start: int = 1
    fmt: str | None = "decimal"
    text: str | None = None  # w:lvlText/@val; None when absent (Word shows nothing)
    restart: int | None = None  # w:lvlRestart/@val (1-based; 0 = never); None = default
    is_lgl: bool = False
    pstyle: str | None = None  # w:pStyle: paragraphs of this style get this level


@dataclass
class Num:
    abstract_id: str
    start_overrides: dict[int, int] = field(default_factory=dict)
    level_overrides: dict[int, Level] = field(default_factory=dict)


@dataclass
class Numbering:
    abstracts: dict[str, dict[int, Level]] = field(default_factory=dict)
    nums: dict[str, Num] = field(default_factory=dict)
    style_links: dict[str, str] = field(default_factory=dict)  # abstract id -> numStyleLink
    link_targets: dict[str, str] = field(default_factory=dict)  # styleLink name -> abstract id

    def resolve_abstract(self, abstract_id: str, style_num: dict[str, str]) -> str:
        """Follow `numStyleLink` to the abstract that really defines the levels.

        `style_num` maps a numbering style id to the numId of its `w:numPr`.
        """
        seen = set()
        while abstract_id in self.style_links and abstract_id not in seen:
            seen.add(abstract_id)
            link = self.style_links[abstract_id]
            target = self.link_targets.get(link)
            if target is None:
                num_id = style_num.get(link)
                num = self.nums.get(num_id) if num_id else None
                target = num.abstract_id if num else None
            if target is None or target == abstract_id:
                break
            abstract_id = target
        return abstract_id

    def level(self, num_id: str, ilvl: int, style_num: dict[str, str]) -> Level | None:
        num = self.nums.get(num_id)
        if num is None:
            return None
        if ilvl in num.level_overrides:
            return num.level_overrides[ilvl]
        levels = self.abstracts.get(self.resolve_abstract(num.abstract_id, style_num), {})
        return levels.get(ilvl)

    def levels(self, num_id: str, style_num: dict[str, str]) -> dict[int, Level]:
        num = self.nums.get(num_id)
        if num is None:
            return {}
        out = dict(self.abstracts.get(self.resolve_abstract(num.abstract_id, style_num), {}))
        out.update(num.level_overrides)
        return out


def _int(value: str | None, default: int | None = None) -> int | None:
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        return default


def _on(el) -> bool:
    return el is not None and el.get(_VAL, "1").lower() not in ("0", "false", "off")


def _parse_level(lvl) -> Level:
    ilvl = _int(lvl.get(f"{_W}ilvl"), 0) or 0
    level = Level(ilvl=ilvl)
    for child in lvl:
        tag = child.tag
        if tag == f"{_W}start":
            level.start = _int(child.get(_VAL), 1)
        elif tag == f"{_W}numFmt":
            level.fmt = child.get(_VAL)
        elif tag == f"{_W}lvlText":
            level.text = child.get(_VAL)
        elif tag == f"{_W}lvlRestart":
            level.restart = _int(child.get(_VAL))
        elif tag == f"{_W}isLgl":
            level.is_lgl = _on(child)
        elif tag == f"{_W}pStyle":
            level.pstyle = child.get(_VAL)
    return level


def parse(root) -> Numbering:
    """Parse the root of `word/numbering.xml` (None gives an empty definition)."""
    out = Numbering()
    if root is None:
        return out
    for absn in root.iter(f"{_W}abstractNum"):
        aid = absn.get(f"{_W}abstractNumId")
        if aid is None:
            continue
        levels: dict[int, Level] = {}
        for child in absn:
            tag = child.tag
            if tag == f"{_W}lvl":
                level = _parse_level(child)
                levels.setdefault(level.ilvl, level)
            elif tag == f"{_W}numStyleLink":
                out.style_links[aid] = child.get(_VAL) or ""
            elif tag == f"{_W}styleLink":
                out.link_targets.setdefault(child.get(_VAL) or "", aid)
        out.abstracts[aid] = levels
    for num in root.iter(f"{_W}num"):
        nid = num.get(f"{_W}numId")
        ref = num.find(f"{_W}abstractNumId")
        if nid is None or ref is None:
            continue
        entry = Num(abstract_id=ref.get(_VAL) or "")
        for ov in num.iter(f"{_W}lvlOverride"):
            ilvl = _int(ov.get(f"{_W}ilvl"), 0) or 0
            so = ov.find(f"{_W}startOverride")
            if so is not None:
                entry.start_overrides[ilvl] = _int(so.get(_VAL), 1)
            lvl = ov.find(f"{_W}lvl")
            if lvl is not None:
                level = _parse_level(lvl)
                level.ilvl = ilvl
                entry.level_overrides[ilvl] = level
        out.nums[nid] = entry
    return out


@dataclass
class Counters:
    """The running counters of every list of a document, advanced in reading order.

    Word shares one set of counters between all the `w:num` instances of an abstract list
    (so a list continues across numIds) unless an instance overrides a start value, which
    restarts that level the first time the instance is used.
    """

    numbering: Numbering
    style_num: dict[str, str] = field(default_factory=dict)
    _state: dict[str, list[int | None]] = field(default_factory=dict)  # by abstract id
    _used: set[str] = field(default_factory=set)
    _resolved: dict[str, tuple[dict[int, Level], str]] = field(default_factory=dict)

    def advance(self, num_id: str, ilvl: int) -> tuple[str | None, str | None]:
        """Count one paragraph of list `num_id` at level `ilvl`: (label, bare number)."""
        nb = self.numbering
        num = nb.nums.get(num_id)
        if num is None or not 0 <= ilvl < 9:
            return None, None
        cached = self._resolved.get(num_id)
        if cached is None:
            cached = self._resolved[num_id] = (
                nb.levels(num_id, self.style_num),
                nb.resolve_abstract(num.abstract_id, self.style_num),
            )
        levels, key = cached
        level = levels.get(ilvl)
        if level is None:
            return None, None
        state = self._state.setdefault(key, [None] * 9)
        if num_id not in self._used:
            self._used.add(num_id)
            for k in num.start_overrides:
                if 0 <= k < 9:
                    state[k] = None

        def start(k: int) -> int:
            if k in num.start_overrides:
                return num.start_overrides[k]
            lv = levels.get(k)
            return lv.start if lv is not None and lv.start is not None else 1

        current = state[ilvl]
        state[ilvl] = start(ilvl) if current is None else current + 1
        for deeper in range(ilvl + 1, 9):
            lv = levels.get(deeper)
            restart = lv.restart if lv is not None else None
            if restart is None:
                restart = deeper
            if restart != 0 and ilvl < restart:
                state[deeper] = None
        if level.text is None or level.fmt == "none":
            return None, None
        if level.fmt == "bullet":
            return level.text, None
        counters = []
        fmts = []
        for k in range(ilvl + 1):
            lv = levels.get(k)
            value = state[k]
            counters.append(start(k) if value is None else value)
            fmts.append(lv.fmt if lv is not None else "decimal")
        label = render_label(level.text, counters, fmts, level.is_lgl)
        return label, bare_number(level.text, counters, fmts, level.is_lgl)
