"""Cheap literal prefilters for rule patterns: skip a regular expression where it cannot match.

Python's engine tries a pattern at every position of the text, and compiling one (its
parser is pure Python) costs about as much as running it once over a 4-page letter. Most
rule patterns cannot match most texts: they need words the text lacks. `analyse` reads a
pattern (conservatively: any construct it does not know, and it answers "no prefilter")
and returns

* `need`: sets of literal strings; every match of the pattern contains at least one
  string of EACH set, so a text lacking every string of one set has no match at all (and
  the pattern need not even be compiled for it);
* `branches`: for a pattern that is an alternation at its top level ("a…b|c…d"), the
  required sets of each branch on its own: a text (or a segment) where no branch finds a
  string of each of its sets has no match, although it may hold a string of each set of
  `need` (which can only require what all the branches share). Many rule patterns are
  such alternations (the places abroad); on the 4-page benchmark letter this leaves 74
  patterns to compile instead of 117;
* `local`: whether no match, nor any look-ahead, can read across a block boundary of a
  joined text ("." then "\\n", as `assess._Context.joined` joins blocks), the pattern
  matches no empty string and has no end anchor. Then, in a long text, only the
  segments (between such boundaries) that hold one string of each set can hold a match,
  and running the pattern on those segments alone (`pos`/`endpos`: `\\b` and look-behinds
  still see the text before `pos`) gives exactly the matches of the whole text.

Nothing here changes what a pattern matches; it only avoids running it where the answer is
known. Everything is kept in memory; nothing is written.
"""

from __future__ import annotations

import bisect
import re
from collections import OrderedDict
from dataclasses import dataclass
from functools import partial

MAX_SET = 64  # a finite language or a required set larger than this is not tracked
MIN_SEGMENT_LITERAL = 3  # a set whose shortest string is shorter is too common to index
MAX_NEED = 4  # required sets kept per pattern
LONG = 4000  # texts at least this long are cut into segments
GRAMS = 50_000  # texts at least this long answer "is it there?" from their 4-grams first
BOUNDARY = ".\n"


class _Bail(Exception):
    """A construct the analysis does not model: no prefilter for this pattern."""


@dataclass(frozen=True)
class Info:
    need: tuple[tuple[str, ...], ...]  # most selective first
    local: bool
    branches: tuple[tuple[tuple[str, ...], ...], ...] = ()  # per top-level branch, as `need`


NONE = Info((), False)


# --- parsing ---------------------------------------------------------------------------
# Node: (kind, payload, flags) where flags = (nullable, first_nl, last_dot, crosses)
#   "lit": payload = the string consumed
#   "set": a character class; flags tell whether it takes "\n" / "."
#   "zero": a zero-width assertion that reads nothing at or after the position
#   "ahead": a look-ahead; payload = its sequence
#   "alt": payload = list of sequences (a group)
#   "rep": payload = (node, lo, hi)

_PLAIN = re.compile(r"[^\\\[\]()|*+?{}.^$]+")
_QUANT = re.compile(r"\{(\d*)(,?)(\d*)\}")
_INF = 1 << 30
_CATEGORY = {  # escape -> (takes "\n", takes ".")
    "d": (False, False),
    "D": (True, True),
    "w": (False, False),
    "W": (True, True),
    "s": (True, False),
    "S": (False, True),
}
_CHAR_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}


_LONG_GROUP = 200
_GROUPS: dict[str, list[tuple[str, tuple]]] = {}  # first 64 characters -> (group, summary)


class _Parser:
    def __init__(self, src: str):
        self.s = src
        self.i = 0

    def parse(self):
        seq = self.alternation()
        if self.i != len(self.s):
            raise _Bail  # an unbalanced ")"
        return seq

    def alternation(self) -> list[list]:
        branches = [self.sequence()]
        while self.i < len(self.s) and self.s[self.i] == "|":
            self.i += 1
            branches.append(self.sequence())
        return branches

    def sequence(self) -> list:
        s = self.s
        out: list = []
        while self.i < len(s):
            c = s[self.i]
            if c in "|)":
                break
            m = _PLAIN.match(s, self.i)
            if m:
                out.append(("lit", m.group(0)))
                self.i = m.end()
            elif c == "\\":
                out.append(self.escape())
            elif c == "[":
                out.append(self.char_class())
            elif c == "(":
                out.append(self.group())
            elif c == ".":
                out.append(("set", (False, True)))  # no DOTALL: every character but "\n"
                self.i += 1
            elif c == "^":
                out.append(("zero", None))  # no MULTILINE: the very start only
                self.i += 1
            elif c in "*+?{":
                self.quantifier(out)
            else:  # "$", a stray "]" or "}"
                raise _Bail
        return out

    def escape(self):
        s = self.s
        if self.i + 1 >= len(s):
            raise _Bail
        e = s[self.i + 1]
        self.i += 2
        if e in _CATEGORY:
            return ("set", _CATEGORY[e])
        if e == "b":
            return ("zero", "b")  # a word boundary: after "." comes a word character
        if e in "BA":
            return ("zero", None)
        if e in _CHAR_ESCAPES:
            return ("lit", _CHAR_ESCAPES[e])
        if e.isascii() and e.isalnum():
            raise _Bail  # back-references, \x, \u, \N, \Z...
        return ("lit", e)

    def char_class(self):
        s = self.s
        i = self.i + 1
        neg = i < len(s) and s[i] == "^"
        i += neg
        items: list[tuple[str, str]] = []  # ("c", char) | ("r", "a-z") | ("k", category)
        first = True
        while True:
            if i >= len(s):
                raise _Bail
            c = s[i]
            if c == "]" and not first:
                i += 1
                break
            first = False
            if c == "[" and i + 1 < len(s) and s[i + 1] in ":=.":
                raise _Bail  # possible future set syntax
            if c == "\\":
                if i + 1 >= len(s):
                    raise _Bail
                e = s[i + 1]
                i += 2
                if e in _CATEGORY:
                    items.append(("k", e))
                    continue
                if e in _CHAR_ESCAPES:
                    ch = _CHAR_ESCAPES[e]
                elif e.isascii() and e.isalnum():
                    raise _Bail
                else:
                    ch = e
            else:
                ch = c
                i += 1
            # a range?
            if i + 1 < len(s) and s[i] == "-" and s[i + 1] != "]":
                hi = s[i + 1]
                if hi == "\\":
                    if i + 2 >= len(s):
                        raise _Bail
                    e = s[i + 2]
                    if e.isascii() and e.isalnum():
                        if e not in _CHAR_ESCAPES:
                            raise _Bail
                        hi = _CHAR_ESCAPES[e]
                    else:
                        hi = e
                    i += 3
                else:
                    i += 2
                if ord(hi) < ord(ch):
                    raise _Bail
                items.append(("r", ch + hi))
            else:
                items.append(("c", ch))
        self.i = i

        def takes(x: str) -> bool:
            hit = False
            for kind, v in items:
                if kind == "c":
                    hit |= v == x
                elif kind == "r":
                    hit |= v[0] <= x <= v[1]
                else:
                    hit |= _CATEGORY[v][0 if x == "\n" else 1]
            return hit != neg

        return ("set", (takes("\n"), takes(".")))

    def group(self):
        s = self.s
        i0 = self.i
        if len(s) - i0 > _LONG_GROUP:
            # the same word-list macro (the parties, the places abroad) recurs in many
            # patterns: its group is read once per process
            for text, summ in _GROUPS.get(s[i0 : i0 + 64], ()):
                if s.startswith(text, i0):
                    self.i = i0 + len(text)
                    return ("done", summ)
        node = self._group()
        if self.i - i0 > _LONG_GROUP and node[0] == "alt":
            node = ("done", _summary(node))
            bucket = _GROUPS.setdefault(s[i0 : i0 + 64], [])
            if len(bucket) < 8 and len(_GROUPS) < 512:
                bucket.append((s[i0 : self.i], node[1]))
        return node

    def _group(self):
        s = self.s
        i = self.i + 1
        ahead = False
        if s.startswith("?:", i):
            i += 2
        elif s.startswith("?P<", i):
            j = s.find(">", i)
            if j < 0:
                raise _Bail
            i = j + 1
        elif s.startswith("?=", i) or s.startswith("?!", i):
            i += 2
            ahead = True
        elif s.startswith("?<=", i) or s.startswith("?<!", i):
            # a look-behind reads only before the position: nothing to require from it
            self.i = i + 3
            self.alternation()
            self._close()
            return ("zero", None)
        elif s.startswith("?", i):
            raise _Bail  # inline flags, comments, conditionals, atomic groups...
        self.i = i
        branches = self.alternation()
        self._close()
        return ("ahead", branches) if ahead else ("alt", branches)

    def _close(self):
        if self.i >= len(self.s) or self.s[self.i] != ")":
            raise _Bail
        self.i += 1

    def quantifier(self, out: list):
        s = self.s
        c = s[self.i]
        if c == "{":
            m = _QUANT.match(s, self.i)
            if not m or (not m.group(1) and not m.group(3) and not m.group(2)):
                raise _Bail  # "{" as a literal: leave such patterns alone
            lo = int(m.group(1) or 0)
            hi = int(m.group(3)) if m.group(3) else (_INF if m.group(2) else lo)
            self.i = m.end()
        else:
            lo, hi = {"*": (0, _INF), "+": (1, _INF), "?": (0, 1)}[c]
            self.i += 1
        if self.i < len(s) and s[self.i] in "?+":
            self.i += 1  # lazy or possessive: the same language
        if not out:
            raise _Bail
        node = out.pop()
        if node[0] in ("zero", "ahead") or node[0] == "rep":
            raise _Bail
        if node[0] == "lit" and len(node[1]) > 1:
            out.append(("lit", node[1][:-1]))
            node = ("lit", node[1][-1])
        out.append(("rep", (node, lo, hi)))


# --- what a node needs, and whether it can cross a boundary --------------------------


def _reduce(strings) -> frozenset[str] | None:
    """A required set without the strings that contain another of the set (for a small
    set: the check is quadratic), None when it holds "" (then it says nothing)."""
    if "" in strings:
        return None
    if len(strings) > 16:
        return frozenset(strings)
    xs = sorted(strings, key=len)
    keep: list[str] = []
    for x in xs:
        if not any(k in x for k in keep):
            keep.append(x)
    return frozenset(keep)


_CHANCE = [0.5**n for n in range(65)]


def _key(st) -> float:
    """How likely a text holds one of the strings (lower is better): a string of n
    characters is taken to occur by chance with probability 2**-n."""
    return sum(_CHANCE[min(len(x), 64)] for x in st)


def _best_key(st) -> tuple[bool, float]:
    return (len(st) > 16, _key(st))


def _best(cands: list[frozenset[str]]) -> frozenset[str] | None:
    """A branch's share of a group's required set: a few strings, as rare as can be."""
    if not cands:
        return None
    return cands[0] if len(cands) == 1 else min(cands, key=_best_key)


# A node's summary, computed once, bottom-up:
#   exact: the finite set of strings it matches (None: infinite or too many)
#   cands: required sets (every match of the node holds a string of each)
#   flags: (nullable, first may be "\n", last may be ".", reads "." then "\n" inside)
_EMPTY = {""}
_ZERO = (_EMPTY, [], (True, False, False, False))


def _summary_seq(seq):
    exact: set[str] | None = {""}
    cands: list[frozenset[str]] = []
    run: set[str] | None = None
    nul, first, last, cross, guarded = True, False, False, False, False

    def flush():
        if run is not None and run != _EMPTY:
            r = _reduce(run)
            if r is not None:
                cands.append(r)

    for n in seq:
        if n == ("zero", "b"):
            # a word boundary cannot sit between "." and "\n" (neither is a word
            # character): after one, no "\n" follows a "." on either side of it
            last = False
            guarded = guarded or nul
            continue
        e, c, (bn, bf, bl, bx) = _summary(n)
        cross = cross or bx or (last and bf)
        first = first or (nul and bf and not guarded)
        last = bl or (bn and last)
        nul = nul and bn
        cands += c  # each part is required on its own
        if e is None:
            exact = None
            flush()
            run = None
            continue
        if exact is not None:
            if len(exact) * len(e) > MAX_SET:
                exact = None
            elif e != _EMPTY:
                exact = {a + b for a in exact for b in e}
        if run is None:
            run = e
        elif len(run) * len(e) > MAX_SET:
            flush()
            run = e
        elif e != _EMPTY:
            run = {a + b for a in run for b in e}
    flush()
    return exact, cands, (nul, first, last, cross)


def _summary_alt(branches):
    if len(branches) == 1:
        return _summary_seq(branches[0])
    exact: set[str] | None = set()
    union: set[str] | None = set()
    fl = [False, False, False, False]
    for b in branches:
        e, c, f = _summary_seq(b)
        for i in range(4):
            fl[i] = fl[i] or f[i]
        if exact is not None:
            if e is None:
                exact = None
            else:
                exact |= e
                if len(exact) > MAX_SET:
                    exact = None
        if union is not None:
            best = _best(c)
            if best is None:
                union = None
            else:
                union |= best
                if len(union) > MAX_SET:
                    union = None
    cands = []
    if union is not None:
        r = _reduce(union)
        if r is not None:
            cands.append(r)
    return exact, cands, tuple(fl)


def _summary(node):
    kind, v = node
    if kind == "done":
        return v
    if kind == "lit":
        return {v}, [frozenset([v])], (False, v[0] == "\n", v[-1] == ".", ".\n" in v)
    if kind == "set":
        return None, [], (False, v[0], v[1], False)
    if kind == "zero":
        return _ZERO
    if kind == "ahead":
        # read at the position, consumed nothing: its first character follows what came
        # before, its own reading may cross; nothing after it follows its last character
        _e, _c, (_n, f, _l, x) = _summary_alt(v)
        return {""}, [], (True, f, False, x)
    if kind == "alt":
        return _summary_alt(v)
    inner, lo, hi = v
    e, c, (n, f, last, x) = _summary(inner)
    if hi >= 2:
        x = x or (last and f)
        e = None
    elif e is not None and lo == 0:
        e = e | {""}
    return e, (c if lo >= 1 else []), (n or lo == 0, f, last, x)


def _kept(need) -> tuple[tuple[str, ...], ...]:
    kept: list[frozenset[str]] = []
    # ties broken by the strings themselves, not by the sets' hash order: the same answer
    # in every process, so that it can be computed once and shipped (precomputed.py)
    for st in sorted({n for n in need if n}, key=lambda st: (_key(st), sorted(st))):
        # ("u.s.") makes ("s") say nothing more; short strings are in nearly every text
        if kept and min(map(len, st)) < MIN_SEGMENT_LITERAL:
            continue
        if any(all(any(b in a for b in st) for a in k) for k in kept):
            continue
        kept.append(st)
        if len(kept) == MAX_NEED:
            break
    return tuple(tuple(sorted(n, key=lambda x: (len(x), x))) for n in kept)


def analyse(pattern: str) -> Info:
    try:
        tree = _Parser(pattern).parse()
        _exact, need, (nullable, _f, _l, cross) = _summary_alt(tree)
        branches: tuple = ()
        if len(tree) > 1:
            branches = tuple(_kept(_summary_seq(b)[1]) for b in tree)
            # a branch that needs nothing can match anywhere: the others say nothing then
            if not all(branches):
                branches = ()
    except (_Bail, RecursionError, ValueError):
        return NONE
    return Info(_kept(need), not nullable and not cross, branches)


# --- running a pattern on the segments that can hold a match -------------------------


class _Index:
    """Where a long text's segments start, and which segments hold a given string."""

    __slots__ = ("starts", "found", "present", "grams")

    def __init__(self, text: str):
        starts = [0]
        i = text.find(BOUNDARY)
        while i >= 0:
            starts.append(i + 1)
            i = text.find(BOUNDARY, i + 1)
        self.starts = starts
        self.found: dict[str, tuple[int, ...]] = {}
        self.present: dict[str, bool] = {}
        self.grams: set[str] | None = None

    def has(self, text: str, lit: str) -> bool:
        # A long text meets the same strings again in pattern after pattern: each is
        # looked for once per text. Most are absent, and proving it by a scan reads the
        # whole text; a string holding four characters the text never holds in a row is
        # absent without one (the whole-letter scope of `added` and `vague` rules).
        got = self.present.get(lit)
        if got is None:
            if len(lit) >= 4:
                grams = self.grams
                if grams is None:
                    grams = self.grams = {text[i : i + 4] for i in range(len(text) - 3)}
                got = all(lit[i : i + 4] in grams for i in range(len(lit) - 3)) and lit in text
            else:
                got = lit in text
            self.present[lit] = got
        return got

    def segments(self, text: str, lit: str) -> tuple[int, ...]:
        got = self.found.get(lit)
        if got is None:
            starts = self.starts
            out = []
            i = text.find(lit)
            n = len(starts)
            while i >= 0:
                k = bisect.bisect_right(starts, i) - 1
                out.append(k)
                if k + 1 >= n:
                    break
                i = text.find(lit, starts[k + 1])
            got = self.found[lit] = tuple(out)
        return got


_INDEXES: OrderedDict[str, _Index] = OrderedDict()
_MAX_INDEXES = 16


def _index(text: str) -> _Index:
    idx = _INDEXES.get(text)
    if idx is None:
        idx = _INDEXES[text] = _Index(text)
        if len(_INDEXES) > _MAX_INDEXES:
            _INDEXES.popitem(last=False)
    else:
        _INDEXES.move_to_end(text)
    return idx


def possible(info: Info, text: str) -> bool:
    """False when `text` lacks every string of one of the required sets, or when each
    branch of the pattern lacks every string of one of its own."""
    if len(text) >= GRAMS:
        # a whole long letter: each string looked for once (see _Index.has); below that
        # size a plain scan is cheaper than the bookkeeping
        contains = partial(_index(text).has, text)
    else:
        contains = text.__contains__
    for st in info.need:
        if not any(map(contains, st)):
            return False
    if info.branches:
        return any(all(any(map(contains, st)) for st in b) for b in info.branches)
    return True


def windows(info: Info, text: str) -> list[tuple[int, int]] | None:
    """The (pos, endpos) windows of `text` that can hold a match, in order; None when the
    whole text must be scanned. Only for a `possible` pattern."""
    if not info.local or len(text) < LONG:
        return None
    sets = [st for st in info.need if min(map(len, st)) >= MIN_SEGMENT_LITERAL][:3]
    if not sets and not info.branches:
        return None
    idx = _index(text)
    keep: set[int] | None = None
    for st in sets:
        keep = _holding(idx, text, st, keep)
        if not keep:
            return []
    if info.branches:
        # segments where at least one branch finds a string of each of its sets
        either: set[int] | None = set()
        for b in info.branches:
            bsets = [st for st in b if min(map(len, st)) >= MIN_SEGMENT_LITERAL][:3]
            if not bsets:
                either = None
                break
            got = keep
            for st in bsets:
                got = _holding(idx, text, st, got)
                if not got:
                    break
            either |= got
        if either is not None:
            keep = either
            if not keep:
                return []
    if keep is None:
        return None
    starts = idx.starts
    if len(keep) * 2 > len(starts):
        return None  # most of the text: one scan is cheaper than many
    n = len(starts)
    return [(starts[k], starts[k + 1] if k + 1 < n else len(text)) for k in sorted(keep)]


def _holding(idx: _Index, text: str, st, within: set[int] | None) -> set[int]:
    """The segments holding a string of `st`, among `within` (None: all)."""
    segs: set[int] = set()
    for lit in st:
        segs.update(idx.segments(text, lit))
    return segs if within is None else within & segs
