"""Rulesets: the PME position written as data (TOML), loaded and validated.

A ruleset is a folder holding `ruleset.toml` and the reference LOI it is written against.
`load_ruleset("pme-ia-fr")` resolves an id to the package data folder; a path to a
`ruleset.toml` (or to its folder) loads that file. Every error names the file, the rule id
and the field, so whoever edits a ruleset can fix it without reading Python.

The rule types (see rulesets/README.md for one example each):
  missing   the topic has no section at all
  require   the topic's sections must say something (any of `patterns`); ordered
            `fallbacks` lower the severity when only a fallback wording is met
  forbid    wording that departs from the position (`patterns`), evidence = the words
  limit     a quantity (duration, percentage, amount) near `context` against `max`/`min`,
            with fallbacks (a looser bound, a lower severity)
  define    terms of art that must be defined when used (and, optionally, quoted terms)
  vague     wording with no measurable content ("dans les meilleurs délais")
  added     a clause the reference does not have (tacite reconduction, pénalités...), or
            with `unmatched = true` any vendor section that matches no topic
  mismatch  a number written in words and digits that disagree: "trente (20) jours"
"""

from __future__ import annotations

import functools
import io
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import precomputed, prefilter
from .errors import RulesetError
from .model import SEVERITIES

TOPIC_IDS: tuple[str, ...] = (
    "objective",
    "scope",
    "deliverables",
    "price",
    "data",
    "success_criteria",
    "timeline",
    "exclusivity",
    "confidentiality",
    "ip",
    "governance",
    "poc",
    "internal_effort",
    "risk_allocation",
    "termination",
    "data_protection",
    "binding_effect",
    "governing_law",
    "validity",
)
RULE_TYPES = ("missing", "require", "forbid", "limit", "define", "vague", "added", "mismatch")
LANGS = ("fr", "en", "ar")
QUANTITY_KINDS = ("duration", "percentage", "amount")
# The finding kind each rule type produces (TOPICS.md kinds).
KIND_OF_TYPE = {
    "missing": "missing",
    "require": "deviation",
    "forbid": "deviation",
    "limit": "deviation",
    "define": "ambiguity",
    "vague": "ambiguity",
    "mismatch": "ambiguity",
    "added": "added",
}


# --- text folding shared by rules and alignment -------------------------------------------

_FOLD_EXTRA = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u2011": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u0153": "o",  # œ: one character in, one out (offsets must not move)
    "\u0152": "O",
    "\u00e6": "a",
}


def _fold_char(c: str) -> str:
    if c in _FOLD_EXTRA:
        return _FOLD_EXTRA[c]
    if c.isascii():
        return c
    base = "".join(ch for ch in unicodedata.normalize("NFD", c) if not unicodedata.combining(ch))
    return base if len(base) == 1 else c


class _FoldTable(dict):
    """str.translate table filled on first sight of each character (C speed afterwards)."""

    def __missing__(self, code: int) -> str:
        out = _fold_char(chr(code))
        self[code] = out
        return out


_FOLD_TABLE = _FoldTable()


class _MatchTable(dict):
    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        low = folded.lower()
        out = low if len(low) == 1 else folded
        self[code] = out
        return out


_MATCH_TABLE = _MatchTable()


def match_text(text: str) -> str:
    """`fold` and lower-case, still one character for one: what rule patterns match.

    Patterns are compiled lower-case without re.IGNORECASE, which Python's engine runs an
    order of magnitude faster on long alternations.
    """
    low = text.lower() if text.isascii() else text.translate(_MATCH_TABLE)
    if "." not in low:
        return low
    # « les articles 8.3, 11 et 12 », "5.2": a dot between digits ends no sentence, and
    # patterns that stay within one ([^.;]) must read across it; nor does the dot of a
    # company's legal form in mid-sentence (« appartiennent à Northline Analytics Inc. et à
    # ORANALYTIX »)
    low = _DIGIT_DOT.sub(",", low)
    # nor do the dots of a web address (« publiées sur www.editeur.com/cgu, qui prévalent »)
    low = _WEB_ADDRESS.sub(lambda m: m.group().replace(".", ","), low)
    return _LEGAL_DOT.sub(lambda m: m.group().replace(".", ","), low)


_WEB_ADDRESS = re.compile(
    r"\b(?:https?://)?(?:[a-z0-9-]+\.)+(?:com|net|org|dz|fr|tr|io|ai|ae|eu|uk|de|es|pt|eg|tn|ma|"
    r"co|info|biz|app|cloud)\b(?:/[\w/-]*)?"
)


# Read on the lower-cased text: a comma, a bracket or a connector (« et », "and", « à »,
# "of" …) after the legal form shows the sentence goes on. Same length in, same length out.
_LEGAL_DOT = re.compile(
    r"\b(?:inc|ltd|corp|lda|llc|plc|pte|s\.a|s\.l|s\.r\.l|s\.a\.s|b\.v|co)\."
    r"(?=,|\s+(?:et|and|ou|or|à|a|to|de|of|qui|which|\(|«|\"))"
)


_DIGIT_DOT = re.compile(r"(?<=\d)\.(?=\d)")


_ESCAPE_OR_TEXT = re.compile(r"\\.|[^\\]+|\\", re.DOTALL)


def _lower_chunk(m: re.Match) -> str:
    text = m.group(0)
    if text[0] == "\\":
        return text
    low = text.lower()
    if len(low) == len(text):
        return low
    # a character whose lower case is longer (« İ ») keeps its case: one for one
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _lower_pattern(pattern: str) -> str:
    """Lower-case a regular expression's literals, leaving escapes (\\S, \\D, \\W) alone."""
    return _ESCAPE_OR_TEXT.sub(_lower_chunk, pattern)


def fold(text: str) -> str:
    """Accents and typographic quotes/spaces removed, ONE character for one character.

    Patterns match the folded text, so an offset in it is an offset in the original: the
    evidence is then cut from the vendor's own words.
    """
    return text if text.isascii() else text.translate(_FOLD_TABLE)


_META = frozenset("\\[](){}?*+.^$|")


def _alternatives(alt: str) -> list[str]:
    """The top-level alternatives of a regular expression (groups and classes kept whole)."""
    out: list[str] = []
    cur: list[str] = []
    depth, i = 0, 0
    while i < len(alt):
        c = alt[i]
        if c == "\\" and i + 1 < len(alt):
            cur.append(alt[i : i + 2])
            i += 2
            continue
        if c == "[":
            j = alt.find("]", i + 2)
            j = len(alt) - 1 if j < 0 else j
            cur.append(alt[i : j + 1])
            i = j + 1
            continue
        depth += c == "("
        depth -= c == ")"
        if c == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    out.append("".join(cur))
    return out


def _trie(words: list[str]) -> str:
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return emit(root)


@functools.lru_cache(maxsize=64)
def _word_list(alt: str) -> str:
    """A macro that lists words (« prestataire|fournisseur|… », hundreds of places) as a
    trie: Python's engine tries every alternative of a plain list at every position of the
    text, which made such macros the slowest part of the assessment. The alternatives that
    are regular expressions themselves stay as written."""
    plain, rest = _word_parts(alt)
    if len(plain) < 8:
        return alt
    return "|".join([_trie(plain), *rest])


def _word_parts(alt: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A word list's plain words, and its alternatives that are regular expressions."""
    parts = _alternatives(alt)
    plain = tuple(p for p in parts if p and not (set(p) & _META))
    return plain, tuple(p for p in parts if p and set(p) & _META)


@functools.lru_cache(maxsize=64)
def _macro_group(text: str) -> str:
    # a macro (the places abroad: thousands of characters) recurs in hundreds of patterns:
    # folded once per process, not at each use
    folded = fold(text)
    group = f"(?:{_word_list(folded)})"
    plain, rest = _word_parts(folded)
    if len(plain) >= PRUNE_MIN:
        _PRUNABLE[_lower_pattern(group)] = (plain, tuple(_lower_pattern(w) for w in plain), rest)
    return group


# A word list this long (the places abroad: four hundred names, seven thousand characters
# once a trie) is cut, for each text a pattern runs on, down to the names that text holds.
# A name the text lacks matches nowhere in it, so the pruned pattern finds exactly the same
# matches, and compiling it costs nothing, where compiling the whole list again in each of
# the four patterns that hold it cost a review 25 ms.
PRUNE_MIN = 100
# lower-cased group as it stands in a pattern's source -> (names, their lower case, the
# alternatives that are regular expressions themselves, always kept)
_PRUNABLE: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {}
_PRUNED: dict[tuple[str, str], str] = {}


def _pruned(group: str, text: str) -> str:
    """`group` (a key of _PRUNABLE) holding only the names found in `text`."""
    got = _PRUNED.get((group, text))
    if got is None:
        names, lows, rest = _PRUNABLE[group]
        held = [n for n, low in zip(names, lows, strict=True) if low in text]
        alts = [_trie(held)] if held else []
        alts += rest
        got = _lower_pattern("(?:" + "|".join(alts) + ")") if alts else "(?!)"
        if len(_PRUNED) > 512:
            _PRUNED.clear()
        _PRUNED[(group, text)] = got
    return got


@functools.lru_cache(maxsize=256)
def _compile_pruned(source: str) -> re.Pattern:
    return re.compile(source)


# A macro named in a pattern, "{vendor}"; not a quantifier's "{0,80}"
MACRO = re.compile(r"\{([a-z_]+)\}")


def pattern_source(pattern: str, macros: dict[str, str]) -> str:
    """Fold a rule pattern and expand its macros: "{vendor}" -> "(?:prestataire|...)"."""

    def expand(m: re.Match) -> str:
        name = m.group(1)
        return _macro_group(macros[name]) if name in macros else m.group(0)

    return _lower_pattern(MACRO.sub(expand, fold(pattern)))


# Arabic vowel marks (harakat, shadda, sukun, dagger alif) and tatweel. `fold` keeps them
# (one character for one), so « تُسدَّد » in a letter would escape a pattern « تسدد »: an
# Arabic pattern reads a text that holds any as the same text without them (`_Unmarked`).
_MARK_CHARS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640")
_MARK = re.compile("[" + "".join(sorted(_MARK_CHARS)) + "]")
_AR_LETTER = re.compile("[\u0621-\u064a]")
_MARKED: dict[str, bool] = {}


def without_marks(text: str) -> str:
    """`text` without its Arabic vowel marks and tatweel (« المُدمِج » → « المدمج »): a
    name as the patterns, which run on unmarked text, spell it."""
    return _MARK.sub("", text)


def has_marks(text: str) -> bool:
    """Whether `text` holds an Arabic vowel mark or a tatweel (answers kept per text: the
    same block and the same joined letter are asked again by every pattern)."""
    got = _MARKED.get(text)
    if got is None:
        if len(_MARKED) > 256:
            _MARKED.clear()
        got = _MARKED[text] = _MARK.search(text) is not None
    return got


class _Unmarked:
    """A text without its Arabic vowel marks, and the way back to the text's offsets."""

    __slots__ = ("original", "text", "back", "fwd")

    def __init__(self, original: str):
        self.original = original
        kept = [i for i, c in enumerate(original) if c not in _MARK_CHARS]
        self.text = "".join(original[i] for i in kept)
        self.back = kept  # offset in `text` -> offset in `original`
        fwd, j = [], 0
        for c in original:
            fwd.append(j)
            j += c not in _MARK_CHARS
        fwd.append(j)
        self.fwd = fwd  # offset in `original` -> offset in `text`

    def positions(self, args: tuple) -> tuple:
        """pos and endpos given on the original, as offsets in `text`."""
        n = len(self.original)
        return tuple(self.fwd[min(max(a, 0), n)] for a in args)

    def start(self, i: int) -> int:
        return -1 if i < 0 else self.back[i] if i < len(self.back) else len(self.original)

    def end(self, i: int, start: int) -> int:
        if i < 0:
            return -1
        if i <= start:
            return self.start(i)
        e = self.back[i - 1] + 1
        # the marks that follow the match's last letter are the letter's (« تلقائيًا »)
        while e < len(self.original) and self.original[e] in _MARK_CHARS:
            e += 1
        return e

    def wrap(self, m: re.Match | None) -> _MarkedMatch | None:
        return None if m is None else _MarkedMatch(m, self)


class _MarkedMatch:
    """A match found in a text without its marks, read in the original text."""

    __slots__ = ("_m", "_u")

    def __init__(self, m: re.Match, u: _Unmarked):
        self._m, self._u = m, u

    @property
    def re(self) -> re.Pattern:
        return self._m.re

    @property
    def string(self) -> str:
        return self._u.original

    @property
    def lastindex(self):
        return self._m.lastindex

    @property
    def lastgroup(self):
        return self._m.lastgroup

    def start(self, g=0) -> int:
        return self._u.start(self._m.start(g))

    def end(self, g=0) -> int:
        return self._u.end(self._m.end(g), self._m.start(g))

    def span(self, g=0) -> tuple[int, int]:
        return self.start(g), self.end(g)

    def _group(self, g):
        s = self._m.start(g)
        return None if s < 0 else self._u.original[self.start(g) : self.end(g)]

    def group(self, *gs):
        if len(gs) <= 1:
            return self._group(gs[0] if gs else 0)
        return tuple(self._group(g) for g in gs)

    def __getitem__(self, g):
        return self._group(g)

    def expand(self, template: str) -> str:
        # the groups as read without the marks: a replacement writes the pattern's words
        return self._m.expand(template)

    def groups(self, default=None) -> tuple:
        out = (self._group(g) for g in range(1, self._m.re.groups + 1))
        return tuple(default if x is None else x for x in out)

    def found(self):
        """What `findall` gives for this match."""
        n = self._m.re.groups
        if n == 0:
            return self.group()
        if n == 1:
            return self._group(1) or ""
        return self.groups("")


_UNMARKED: dict[str, _Unmarked] = {}


def _unmarked(text: str) -> _Unmarked:
    got = _UNMARKED.get(text)
    if got is None:
        if len(_UNMARKED) > 256:
            _UNMARKED.clear()
        got = _UNMARKED[text] = _Unmarked(text)
    return got


def compile_pattern(pattern: str, macros: dict[str, str]) -> re.Pattern:
    return re.compile(pattern_source(pattern, macros))


class LazyPattern:
    """A rule pattern compiled the first time a rule uses it.

    Compiling the few hundred patterns of the shipped rulesets took a third of a whole
    review, although a letter exercises only part of them and the rules that name the
    parties ({vendor}, {client}) are compiled again with each letter's own names anyway.
    The shipped rulesets are compiled whole by the test suite and by `redline rules`; a
    ruleset given by path is compiled whole at load, so its errors still name the field.
    """

    __slots__ = ("pattern", "_re", "_info", "_arabic", "_lists")

    def __init__(self, source: str):
        self.pattern = source
        self._re: re.Pattern | None = None
        self._info = None
        self._arabic = _AR_LETTER.search(source) is not None
        self._lists: tuple[str, ...] | None = None

    def compiled(self) -> re.Pattern:
        if self._re is None:
            self._re = re.compile(self.pattern)
        return self._re

    def _for(self, string: str) -> re.Pattern:
        """The pattern as it runs on `string`: its long word lists pruned to the names
        `string` holds (same matches, see PRUNE_MIN), or the whole pattern."""
        if self._lists is None:
            self._lists = tuple(g for g in _PRUNABLE if g in self.pattern)
        if not self._lists:
            return self.compiled()
        source = self.pattern
        for group in self._lists:
            source = source.replace(group, _pruned(group, string))
        return _compile_pruned(source)

    def _unmarked(self, string: str) -> _Unmarked | None:
        """An Arabic pattern on a text with vowel marks runs on the text without them, its
        matches mapped back: compiling a mark-tolerant form of every Arabic pattern cost
        each such letter about two seconds."""
        if not (self._arabic and has_marks(string)):
            return None
        return _unmarked(string)

    # The literal prefilter (prefilter.py): a text that lacks the words every match needs
    # is not scanned, and the pattern is not even compiled for it; in a long joined text
    # only the blocks that hold them are scanned. The matches are the same. The analysis
    # of the shipped patterns is shipped too (precomputed.py).
    def info(self):
        if self._info is None:
            self._info = precomputed.info(self.pattern)
        return self._info

    def search(self, string: str, *args):
        if (u := self._unmarked(string)) is not None:
            return u.wrap(self.search(u.text, *u.positions(args)))
        info = self.info()
        if not prefilter.possible(info, string):
            return None
        if not args:
            win = prefilter.windows(info, string)
            if win is not None:
                if not win:  # no block holds the words: nothing to compile either
                    return None
                p = self._for(string)
                for a, b in win:
                    m = p.search(string, a, b)
                    if m is not None:
                        return m
                return None
        return self._for(string).search(string, *args)

    def match(self, string: str, *args):
        if (u := self._unmarked(string)) is not None:
            return u.wrap(self.match(u.text, *u.positions(args)))
        if not prefilter.possible(self.info(), string):
            return None
        return self._for(string).match(string, *args)

    def fullmatch(self, string: str, *args):
        if (u := self._unmarked(string)) is not None:
            return u.wrap(self.fullmatch(u.text, *u.positions(args)))
        if not prefilter.possible(self.info(), string):
            return None
        return self._for(string).fullmatch(string, *args)

    def finditer(self, string: str, *args):
        if (u := self._unmarked(string)) is not None:
            return map(u.wrap, self.finditer(u.text, *u.positions(args)))
        info = self.info()
        if not prefilter.possible(info, string):
            return iter(())
        if not args:
            win = prefilter.windows(info, string)
            if win is not None:
                return self._windowed(string, win) if win else iter(())
        return self._for(string).finditer(string, *args)

    def _windowed(self, string: str, win: list[tuple[int, int]]):
        p = self._for(string)
        for a, b in win:
            yield from p.finditer(string, a, b)

    def findall(self, string: str, *args):
        if self._unmarked(string) is not None:
            return [m.found() for m in self.finditer(string, *args)]
        if not prefilter.possible(self.info(), string):
            return []
        return self._for(string).findall(string, *args)

    def sub(self, repl, string: str, count: int = 0):
        if self._unmarked(string) is None:
            return self._for(string).sub(repl, string, count)
        out, pos = [], 0
        for n, m in enumerate(self.finditer(string)):
            if count and n >= count:
                break
            out += [string[pos : m.start()], repl(m) if callable(repl) else m.expand(repl)]
            pos = m.end()
        return "".join(out) + string[pos:]

    def __getattr__(self, name: str):
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:60]!r})"


def with_macros(rule: Rule, macros: dict[str, str]) -> Rule:
    """The rule with its patterns compiled again under other macros (per-document names)."""
    from dataclasses import replace

    changes = {}
    holed = precomputed.any_names(macros)
    for key, pats in rule.sources.items():
        if any(MACRO.search(p) for p in pats):
            attr = "with_" if key == "with" else key
            out = []
            # a pattern that names no party keeps its compiled form from letter to letter
            # (the sources and the patterns are one for one: Loader.regexes)
            for p, kept in zip(pats, getattr(rule, attr), strict=True):
                if not MACRO.search(p):
                    out.append(kept)
                    continue
                lp = LazyPattern(pattern_source(p, macros))
                # analysing each rebuilt pattern cost a review 0.03 s (precomputed.py)
                lp._info = precomputed.per_letter_info(
                    lp.pattern, lambda p=p, h=holed: pattern_source(p, h)
                )
                out.append(lp)
            changes[attr] = out
    return replace(rule, **changes) if changes else rule


# --- the ruleset --------------------------------------------------------------------------


@dataclass
class Topic:
    id: str
    titles: dict[str, list[str]] = field(default_factory=dict)  # lang -> usual headings
    vocabulary: dict[str, list[str]] = field(default_factory=dict)  # lang -> body words

    def all_titles(self) -> list[str]:
        return [t for lang in LANGS for t in self.titles.get(lang, [])]

    def all_vocabulary(self) -> list[str]:
        return [t for lang in LANGS for t in self.vocabulary.get(lang, [])]


@dataclass
class Fallback:
    """A looser position: meeting it lowers the finding to `severity`."""

    severity: str
    patterns: list[re.Pattern] = field(default_factory=list)  # require
    max: float | None = None  # limit; require with `quantity`
    min: float | None = None
    # require: met when every quantity of this kind in the topic's sections is within
    # max/min ("an exclusivity of thirty days needs no exit clause")
    quantity: str | None = None
    label: dict[str, str] = field(default_factory=dict)
    # limit: the fallback does not apply where these match the quantity's sentence or table
    # row (« 40 % au plus, le solde à la recette » is no fallback when the 40 % are due on
    # signing the letter of intent itself)
    unless: list[re.Pattern] = field(default_factory=list)


@dataclass
class Rule:
    id: str
    type: str
    topic: str | None
    severity: str
    message: dict[str, str]
    rationale: dict[str, str] = field(default_factory=dict)
    suggestion: dict[str, str] = field(default_factory=dict)
    position: dict[str, str] = field(default_factory=dict)  # the PME position, in words
    replacement: dict[str, str] = field(default_factory=dict)  # targeted fix of the evidence
    # "topic": the topic's sections; "topic+definitions": and the definitions clause;
    # "elsewhere": every clause but the topic's; "document": every section
    scope: str = "topic"
    patterns: list[re.Pattern] = field(default_factory=list)
    with_: list[re.Pattern] = field(default_factory=list)  # all must also match the sentence
    unless: list[re.Pattern] = field(default_factory=list)  # sentence-level exceptions
    unless_anywhere: list[re.Pattern] = field(default_factory=list)  # scope-level exceptions
    unless_paragraph: list[re.Pattern] = field(default_factory=list)  # the match's paragraph
    unless_row: list[re.Pattern] = field(default_factory=list)  # its table row, one sentence
    evidence: str = "match"  # "match" or "sentence"
    fallbacks: list[Fallback] = field(default_factory=list)
    quantity: str | None = None  # limit: duration | percentage | amount
    context: list[re.Pattern] = field(default_factory=list)  # limit: words near the quantity
    unit: str | None = None  # limit on amounts: DZD, EUR, USD
    max: float | None = None
    min: float | None = None
    terms: list[re.Pattern] = field(default_factory=list)  # define
    quoted: bool = False  # define: quoted terms with no definition too
    capitalised: bool = False  # define: capitalised multi-word terms used as defined terms
    billing_units: bool = False  # define: the unit of a price "par X" / "per X", undefined
    # forbid: only a match in the definition of a term the letter prices (« 45 DA par
    # Dossier Traité », or the term named in a price clause)
    billed_term: bool = False
    # forbid: keep a match only when its sentence cites by number a clause of one of these
    # topics (« Sections 5, 7 and 12 are binding », 5 being the price clause)
    cites: list[str] = field(default_factory=list)
    unmatched: bool = False  # added: vendor sections matching no topic
    # false: the finding takes no topic from the section it sits in (a non-solicitation
    # slipped into the team clause says nothing of the PME's internal effort)
    # or a list of topic ids: the section's topic only when it is one of them (a renewal in
    # the term clause is about validity; slipped into the deliverables list, about none)
    section_topic: bool | list[str] = True
    # a rule of no topic: the topic of its finding in a section of none (the definitions)
    topic_default: str | None = None
    once: bool = True  # one finding per rule and section (vs per match)
    action: str | None = None  # markup hint: "comment", "replace" or "strike" (the clause)
    # a lower severity in sections of these topics: "meilleurs efforts" in the Objet states
    # an aim, in the calendar it empties an obligation
    severity_by_topic: dict[str, str] = field(default_factory=dict)
    # require: the severity when the requirement is met only in a clause of another topic
    # (the data sources listed in the scope clause); None: such a mention does not count
    said_elsewhere: str | None = None
    sources: dict[str, list[str]] = field(default_factory=dict)  # field -> patterns as written

    @property
    def kind(self) -> str:
        return KIND_OF_TYPE[self.type]

    def text(self, what: str, lang: str = "fr") -> str:
        d = getattr(self, what)
        return d.get(lang) or d.get("fr") or d.get("en") or ""


@dataclass
class Ruleset:
    id: str
    version: str
    languages: list[str]
    reference: Path | None
    topics: dict[str, Topic]
    rules: list[Rule]
    path: Path
    title: dict[str, str] = field(default_factory=dict)
    default_lang: str = "fr"
    score: dict[str, Any] = field(default_factory=dict)
    macros: dict[str, str] = field(default_factory=dict)  # {vendor} -> "prestataire|..."
    # headings of clauses the reference does not have ("Pénalités", "Non-sollicitation"):
    # a section so titled takes no topic, whatever words its body shares with one
    no_topic_titles: dict[str, list[str]] = field(default_factory=dict)
    # headings of a definitions clause (« Définitions », "Definitions", « التعاريف »): it
    # takes no topic from the terms it defines, and it is no clause the vendor added either
    definition_titles: dict[str, list[str]] = field(default_factory=dict)

    def rules_for(self, topic: str) -> list[Rule]:
        return [r for r in self.rules if r.topic == topic]


def data_dir() -> Path:
    """The rulesets folder: inside the installed package, else the repository's `rulesets/`."""
    here = Path(__file__).resolve().parent
    packaged = here / "rulesets"
    if packaged.is_dir():
        return packaged
    return here.parents[1] / "rulesets"


def ruleset_ids() -> list[str]:
    d = data_dir()
    return sorted(p.parent.name for p in d.glob("*/ruleset.toml")) if d.is_dir() else []


def _resolve(id_or_path: str) -> Path:
    p = Path(id_or_path)
    if p.suffix == ".toml" or p.is_file():
        if not p.is_file():
            raise RulesetError(f"{p}: no such ruleset file")
        return p
    if p.is_dir() and (p / "ruleset.toml").is_file():
        return p / "ruleset.toml"
    candidate = data_dir() / id_or_path / "ruleset.toml"
    if re.fullmatch(r"[A-Za-z0-9_.-]+", id_or_path) and candidate.is_file():
        return candidate
    known = ", ".join(ruleset_ids()) or "none"
    raise RulesetError(f"{id_or_path}: no such ruleset (known ids: {known})")


def load_ruleset(id_or_path: str = "pme-ia-fr", compile_all: bool = False) -> Ruleset:
    """Load, merge (`extends`) and validate a ruleset; raises RulesetError.

    The patterns of a shipped ruleset are compiled when first used (see LazyPattern) unless
    `compile_all`; those of any other ruleset are compiled, hence checked, here."""
    return _load(_resolve(str(id_or_path)), seen=(), compile_all=compile_all)


def _shipped(path: Path) -> bool:
    return path.resolve().parent.parent == data_dir().resolve()


def toml_module():
    # imported only when a ruleset is not in the shipped table (precomputed.py)
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib
    return tomllib


def _read_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise RulesetError(f"{path}: cannot read: {exc.strerror or exc}") from None
    # a shipped ruleset comes parsed (precomputed.py); any other bytes are parsed here
    parsed = precomputed.parsed_toml(data)
    if parsed is not None:
        return parsed
    tomllib = toml_module()
    try:
        return tomllib.load(io.BytesIO(data))
    except tomllib.TOMLDecodeError as exc:
        raise RulesetError(f"{path}: invalid TOML: {exc}") from None


def _load(path: Path, seen: tuple[Path, ...], compile_all: bool = False) -> Ruleset:
    path = path.resolve()
    if path in seen:
        raise RulesetError(f"{path}: field 'extends': circular inheritance")
    raw = _read_toml(path)
    v = _Validator(path, lazy=not compile_all and _shipped(path))
    base: Ruleset | None = None
    if "extends" in raw:
        parent = v.str_(raw, "extends", where="ruleset")
        try:
            ppath = _resolve(parent) if not parent.startswith(".") else (path.parent / parent)
            if ppath.is_dir():
                ppath = ppath / "ruleset.toml"
        except RulesetError as exc:
            raise RulesetError(f"{path}: field 'extends': {exc}") from None
        base = _load(ppath, seen + (path,), compile_all)

    rid = v.str_(raw, "id", where="ruleset") if base is None or "id" in raw else base.id
    version = (
        v.str_(raw, "version", where="ruleset")
        if base is None or "version" in raw
        else base.version
    )
    languages = v.list_str(raw, "languages", where="ruleset") if "languages" in raw else None
    if languages is None:
        languages = base.languages if base else ["fr"]
    for lang in languages:
        if lang not in LANGS:
            v.fail("ruleset", "languages", f"unknown language {lang!r} (fr, en, ar)")
    default_lang = raw.get("default_lang", base.default_lang if base else languages[0])
    if default_lang not in ("fr", "en"):
        v.fail("ruleset", "default_lang", "must be 'fr' or 'en'")

    reference: Path | None = base.reference if base else None
    if "reference" in raw:
        reference = (path.parent / v.str_(raw, "reference", where="ruleset")).resolve()

    topics = dict(base.topics) if base else {}
    raw_topics = raw.get("topics", {})
    if not isinstance(raw_topics, dict):
        v.fail("ruleset", "topics", "must be a table of topics")
    for tid, tdata in raw_topics.items():
        if tid not in TOPIC_IDS:
            v.fail(f"topic {tid}", "id", f"unknown topic (see TOPICS.md: {', '.join(TOPIC_IDS)})")
        if not isinstance(tdata, dict):
            v.fail(f"topic {tid}", "topics", "must be a table")
        titles = v.lang_lists(tdata, "titles", where=f"topic {tid}")
        vocab = v.lang_lists(tdata, "vocabulary", where=f"topic {tid}")
        old = topics.get(tid)
        if old:  # an extending ruleset adds words, it does not lose the parent's
            titles = {k: old.titles.get(k, []) + titles.get(k, []) for k in LANGS}
            vocab = {k: old.vocabulary.get(k, []) + vocab.get(k, []) for k in LANGS}
        topics[tid] = Topic(tid, titles, vocab)
    if not topics:
        v.fail("ruleset", "topics", "no topic defined")

    macros = dict(base.macros) if base else {}
    raw_macros = raw.get("macros", {})
    if not isinstance(raw_macros, dict) or not all(
        isinstance(k, str) and re.fullmatch(r"[a-z_]+", k) and isinstance(x, str) and x
        for k, x in raw_macros.items()
    ):
        v.fail("ruleset", "macros", 'must be a table of name = "regex alternatives"')
    macros.update(raw_macros)
    v.macros = macros

    rules = list(base.rules) if base else []
    raw_rules = raw.get("rules", [])
    if not isinstance(raw_rules, list):
        v.fail("ruleset", "rules", "must be an array of tables ([[rules]])")
    by_id = {r.id: i for i, r in enumerate(rules)}
    for i, rr in enumerate(raw_rules):
        rule = v.rule(rr, i, topics)
        if rule.id in by_id and base is not None and by_id[rule.id] < len(base.rules):
            rules[by_id[rule.id]] = rule  # an extending ruleset overrides by id
        elif rule.id in by_id:
            v.fail(f"rule {rule.id}", "id", "duplicate rule id")
        else:
            by_id[rule.id] = len(rules)
            rules.append(rule)
    # An extending ruleset may switch a parent's rule off.
    disabled = v.list_str(raw, "disable", where="ruleset")
    rules = [r for r in rules if r.id not in disabled]

    title = base.title if base else {}
    if "title" in raw:
        title = v.lang_str(raw, "title", where="ruleset")
    no_topic = {k: list(x) for k, x in base.no_topic_titles.items()} if base else {}
    definitions = {k: list(x) for k, x in base.definition_titles.items()} if base else {}
    if "no_topic" in raw:
        if not isinstance(raw["no_topic"], dict):
            v.fail("ruleset", "no_topic", "must be a table with titles.fr, titles.en, ...")
        for lang, xs in v.lang_lists(raw["no_topic"], "titles", where="no_topic").items():
            no_topic[lang] = no_topic.get(lang, []) + xs
        for lang, xs in v.lang_lists(raw["no_topic"], "definitions", where="no_topic").items():
            definitions[lang] = definitions.get(lang, []) + xs
    score = dict(base.score) if base else {}
    if "score" in raw:
        if not isinstance(raw["score"], dict):
            v.fail("ruleset", "score", "must be a table")
        score.update(raw["score"])
    return Ruleset(
        id=rid,
        version=version,
        languages=list(languages),
        reference=reference,
        topics=topics,
        rules=rules,
        path=path,
        title=title,
        default_lang=default_lang,
        score=score,
        macros=macros,
        no_topic_titles=no_topic,
        definition_titles=definitions,
    )


class _Validator:
    """Field checks that name the file, the rule id and the field on failure."""

    def __init__(self, path: Path, lazy: bool = False):
        self.path = path
        self.lazy = lazy
        self.macros: dict[str, str] = {}
        self.sources: dict[str, list[str]] = {}

    def fail(self, where: str, fieldname: str, why: str):
        raise RulesetError(f"{self.path}: {where}: field '{fieldname}': {why}")

    def str_(self, d: dict, key: str, where: str, default: Any = ...) -> Any:
        if key not in d:
            if default is ...:
                self.fail(where, key, "missing")
            return default
        val = d[key]
        if not isinstance(val, str) or not val.strip():
            self.fail(where, key, "must be a non-empty string")
        return val

    def list_str(self, d: dict, key: str, where: str) -> list[str]:
        val = d.get(key, [])
        if isinstance(val, str):
            val = [val]
        if not isinstance(val, list) or not all(isinstance(x, str) and x for x in val):
            self.fail(where, key, "must be a list of non-empty strings")
        return val

    def lang_str(
        self, d: dict, key: str, where: str, required: bool = False, empty: bool = False
    ) -> dict[str, str]:
        val = d.get(key)
        if val is None:
            if required:
                self.fail(where, key, "missing (give at least its French text: " + key + ".fr)")
            return {}
        if isinstance(val, str):
            if not val.strip() and not empty:
                self.fail(where, key, "must be a non-empty string")
            return {"fr": val}
        if not isinstance(val, dict):
            self.fail(where, key, "must be a string or a table of languages (fr, en, ar)")
        for lang, text in val.items():
            if lang not in LANGS:
                self.fail(where, f"{key}.{lang}", "unknown language (fr, en, ar)")
            if not isinstance(text, str) or (not text.strip() and not (empty and text == "")):
                self.fail(where, f"{key}.{lang}", "must be a non-empty string")
        if required and "fr" not in val:
            self.fail(where, f"{key}.fr", "missing: every rule speaks French")
        return dict(val)

    def lang_lists(self, d: dict, key: str, where: str) -> dict[str, list[str]]:
        val = d.get(key, {})
        if not isinstance(val, dict):
            self.fail(where, key, "must be a table of languages (fr, en, ar) of word lists")
        out = {}
        for lang in val:
            if lang not in LANGS:
                self.fail(where, f"{key}.{lang}", "unknown language (fr, en, ar)")
            out[lang] = self.list_str(val, lang, where=f"{where} {key}")
        return out

    def regexes(self, d: dict, key: str, where: str) -> list[re.Pattern]:
        out = []
        pats = self.list_str(d, key, where)
        if pats:
            self.sources[key] = [fold(p) for p in pats]
        for i, pat in enumerate(pats):
            for name in MACRO.findall(pat):
                if name not in self.macros and not re.fullmatch(r"\d*", name):
                    self.fail(where, f"{key}[{i}]", f"unknown macro {{{name}}} (see [macros])")
            try:
                if self.lazy:
                    out.append(LazyPattern(pattern_source(pat, self.macros)))
                else:
                    out.append(compile_pattern(pat, self.macros))
            except re.error as exc:
                self.fail(where, f"{key}[{i}]", f"invalid regular expression {pat!r}: {exc}")
        return out

    def severity(self, d: dict, key: str, where: str) -> str:
        sev = self.str_(d, key, where)
        if sev not in SEVERITIES:
            self.fail(where, key, f"{sev!r} is not one of {', '.join(SEVERITIES)}")
        return sev

    def number(self, d: dict, key: str, where: str) -> float | None:
        if key not in d:
            return None
        val = d[key]
        if isinstance(val, bool) or not isinstance(val, (int, float)):
            self.fail(where, key, "must be a number")
        return float(val)

    def rule(self, rr: Any, index: int, topics: dict[str, Topic]) -> Rule:
        if not isinstance(rr, dict):
            self.fail(f"rules[{index}]", "rules", "must be a table")
        if "id" not in rr:
            self.fail(f"rules[{index}]", "id", "missing")
        rid = self.str_(rr, "id", where=f"rules[{index}]")
        where = f"rule {rid}"
        known = {
            "id",
            "type",
            "topic",
            "severity",
            "message",
            "rationale",
            "suggestion",
            "position",
            "replacement",
            "scope",
            "patterns",
            "with",
            "unless",
            "unless_anywhere",
            "unless_paragraph",
            "unless_row",
            "evidence",
            "fallbacks",
            "quantity",
            "context",
            "unit",
            "max",
            "min",
            "terms",
            "quoted",
            "capitalised",
            "billing_units",
            "billed_term",
            "cites",
            "unmatched",
            "section_topic",
            "topic_default",
            "once",
            "action",
            "severity_by_topic",
            "said_elsewhere",
        }
        for key in rr:
            if key not in known:
                self.fail(where, key, "unknown field")
        self.sources = {}
        rtype = self.str_(rr, "type", where)
        if rtype not in RULE_TYPES:
            self.fail(where, "type", f"{rtype!r} is not one of {', '.join(RULE_TYPES)}")
        topic = rr.get("topic")
        if topic is not None:
            if not isinstance(topic, str) or topic not in TOPIC_IDS:
                self.fail(where, "topic", f"{topic!r} is not a topic id of TOPICS.md")
            if topic not in topics:
                self.fail(where, "topic", f"{topic!r} has no [topics.{topic}] table")
        elif rtype not in ("added", "define", "vague", "mismatch", "forbid"):
            self.fail(
                where, "topic", "missing (only forbid/added/define/vague/mismatch may omit it)"
            )
        scope = rr.get("scope", "topic" if topic else "document")
        if scope not in ("topic", "topic+definitions", "elsewhere", "document"):
            self.fail(
                where, "scope", "must be 'topic', 'topic+definitions', 'elsewhere' or 'document'"
            )
        if scope != "document" and topic is None:
            self.fail(where, "scope", f"{scope!r} scope needs a topic")
        evidence = rr.get("evidence", "match")
        if evidence not in ("match", "sentence"):
            self.fail(where, "evidence", "must be 'match' or 'sentence'")
        rule = Rule(
            id=rid,
            type=rtype,
            topic=topic,
            severity=self.severity(rr, "severity", where),
            message=self.lang_str(rr, "message", where, required=True),
            rationale=self.lang_str(rr, "rationale", where, required=True),
            suggestion=self.lang_str(rr, "suggestion", where, required=True),
            position=self.lang_str(rr, "position", where),
            # "" strikes the evidence (a sentence of an added clause), nothing put instead
            replacement=self.lang_str(rr, "replacement", where, empty=True),
            scope=scope,
            patterns=self.regexes(rr, "patterns", where),
            with_=self.regexes(rr, "with", where),
            unless=self.regexes(rr, "unless", where),
            unless_anywhere=self.regexes(rr, "unless_anywhere", where),
            unless_paragraph=self.regexes(rr, "unless_paragraph", where),
            unless_row=self.regexes(rr, "unless_row", where),
            evidence=evidence,
            context=self.regexes(rr, "context", where),
            terms=self.regexes(rr, "terms", where),
            max=self.number(rr, "max", where),
            min=self.number(rr, "min", where),
        )
        if "action" in rr:
            if rr["action"] not in ("comment", "replace", "strike"):
                self.fail(where, "action", "must be 'comment', 'replace' or 'strike'")
            rule.action = rr["action"]
        sbt = rr.get("severity_by_topic", {})
        if not isinstance(sbt, dict):
            self.fail(where, "severity_by_topic", "must be a table of topic = severity")
        for t in sbt:
            if t not in TOPIC_IDS:
                self.fail(where, f"severity_by_topic.{t}", "not a topic id of TOPICS.md")
            rule.severity_by_topic[t] = self.severity(sbt, t, f"{where} severity_by_topic")
            if SEVERITIES.index(rule.severity_by_topic[t]) > SEVERITIES.index(rule.severity):
                self.fail(where, f"severity_by_topic.{t}", "must not exceed the rule's severity")
        if "topic_default" in rr:
            td = rr["topic_default"]
            if topic is not None:
                self.fail(where, "topic_default", "only a rule of no topic may have it")
            if td not in TOPIC_IDS or td not in topics:
                self.fail(where, "topic_default", f"{td!r} is not a topic id of TOPICS.md")
            rule.topic_default = td
        if "cites" in rr:
            if rtype != "forbid":
                self.fail(where, "cites", "only a forbid rule may have it")
            cites = rr["cites"]
            if not isinstance(cites, list) or not cites:
                self.fail(where, "cites", "must be a non-empty list of topic ids")
            bad = [t for t in cites if t not in TOPIC_IDS]
            if bad:
                self.fail(where, "cites", f"{bad[0]!r} is not a topic id of TOPICS.md")
            rule.cites = list(cites)
        if "said_elsewhere" in rr:
            if rtype != "require":
                self.fail(where, "said_elsewhere", "only a require rule may have it")
            rule.said_elsewhere = self.severity(rr, "said_elsewhere", where)
            if SEVERITIES.index(rule.said_elsewhere) > SEVERITIES.index(rule.severity):
                self.fail(where, "said_elsewhere", "must not exceed the rule's severity")
        rule.sources = dict(self.sources)  # before the fallbacks reuse the scratch dict
        for flag in (
            "quoted",
            "capitalised",
            "billing_units",
            "billed_term",
            "unmatched",
            "section_topic",
            "once",
        ):
            if flag == "section_topic" and isinstance(rr.get(flag), list):
                bad = [t for t in rr[flag] if t not in TOPIC_IDS]
                if bad:
                    self.fail(where, flag, f"{bad[0]!r} is not a topic id of TOPICS.md")
                rule.section_topic = list(rr[flag])
                continue
            if flag in rr:
                if not isinstance(rr[flag], bool):
                    self.fail(where, flag, "must be true or false")
                setattr(rule, flag, rr[flag])
        if rtype in ("require", "forbid", "vague") and not rule.patterns:
            self.fail(where, "patterns", f"a {rtype} rule needs at least one pattern")
        if rtype == "added" and not rule.patterns and not rule.unmatched:
            self.fail(where, "patterns", "an added rule needs patterns or unmatched = true")
        if rtype == "define" and not (
            rule.terms or rule.quoted or rule.capitalised or rule.billing_units
        ):
            self.fail(
                where,
                "terms",
                "a define rule needs terms, quoted = true, capitalised = true or billing_units = true",
            )
        if rtype == "limit":
            q = self.str_(rr, "quantity", where)
            if q not in QUANTITY_KINDS:
                self.fail(where, "quantity", f"{q!r} is not one of {', '.join(QUANTITY_KINDS)}")
            rule.quantity = q
            if rule.max is None and rule.min is None:
                self.fail(where, "max", "a limit rule needs max or min")
            if "unit" in rr:
                rule.unit = self.str_(rr, "unit", where)
        fbs = rr.get("fallbacks", [])
        if not isinstance(fbs, list):
            self.fail(where, "fallbacks", "must be an array of tables")
        top, last = SEVERITIES.index(rule.severity), 0
        for j, fb in enumerate(fbs):
            fwhere = f"{where} fallbacks[{j}]"
            if not isinstance(fb, dict):
                self.fail(where, f"fallbacks[{j}]", "must be a table")
            for key in fb:
                if key not in ("severity", "patterns", "max", "min", "label", "quantity", "unless"):
                    self.fail(fwhere, key, "unknown field")
            f = Fallback(
                severity=self.severity(fb, "severity", fwhere),
                patterns=self.regexes(fb, "patterns", fwhere),
                max=self.number(fb, "max", fwhere),
                min=self.number(fb, "min", fwhere),
                label=self.lang_str(fb, "label", fwhere),
                unless=self.regexes(fb, "unless", fwhere),
            )
            if f.unless and rtype != "limit":
                self.fail(fwhere, "unless", "only a limit fallback takes unless")
            if "quantity" in fb:
                q = self.str_(fb, "quantity", fwhere)
                if q not in QUANTITY_KINDS:
                    self.fail(
                        fwhere, "quantity", f"{q!r} is not one of {', '.join(QUANTITY_KINDS)}"
                    )
                if rtype != "require" or (f.max is None and f.min is None):
                    self.fail(fwhere, "quantity", "only a require fallback, with max or min")
                f.quantity = q
            if rtype == "require" and not f.patterns and f.quantity is None:
                self.fail(fwhere, "patterns", "a require fallback needs patterns or a quantity")
            if rtype == "limit" and f.max is None and f.min is None:
                self.fail(fwhere, "max", "a limit fallback needs max or min")
            if rtype not in ("require", "limit"):
                self.fail(where, "fallbacks", "only require and limit rules take fallbacks")
            # Meeting a fallback must cost no more than meeting nothing, and each further
            # (looser) fallback at least as much as the one before it: the first one met
            # gives the severity, so the tightest must come first.
            if SEVERITIES.index(f.severity) > top:
                self.fail(fwhere, "severity", "must not exceed the rule's severity")
            if SEVERITIES.index(f.severity) < last:
                self.fail(fwhere, "severity", "must not be below the previous fallback's")
            last = SEVERITIES.index(f.severity)
            rule.fallbacks.append(f)
        if rtype == "limit":
            for f in rule.fallbacks:
                if f.max is not None and rule.max is not None and f.max < rule.max:
                    self.fail(fwhere, "max", "a fallback must be looser than the position")
        return rule
