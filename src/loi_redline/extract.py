"""Quantities in contract text: durations, percentages, amounts, dates, number words.

Pure functions over strings, no I/O. Offsets always refer to the caller's text: every
normalisation below maps one character to exactly one character (Arabic-Indic digits,
no-break and thin spaces, typographic apostrophes, non-breaking hyphens), so a match
found in the normalised copy sits at the same offsets in the original.

Conventions, chosen so that a bound written by a lawyer in days, per cent or dinars can
be compared with what the vendor wrote:

- Durations are calendar days: week = 7, month = 30, quarter = 90, half-year = 180,
  year = 365, hour = 1/24. A month at 30 days keeps "deux mois" equal to "60 jours" (the
  usual exclusivity bound); a year at 365 makes "un an" a little longer than "douze mois"
  (360). Both are far above 60, which is what the exclusivity rules need.
- Working days are converted to a calendar estimate and marked `approx`: "jours ouvrés",
  "business/working days" × 7/5 (five working days a week); "jours ouvrables" × 7/6 (the
  French labour-law meaning: every day but the weekly rest day). "jours francs" and
  "calendaires" are calendar days.
- When a number is written in letters and in figures and the two disagree, the value in
  letters is kept (the rule of C. civ. art. 1376: "la somme écrite en toutes lettres");
  `number_mismatches` reports the disagreement so that it can be flagged.
- "1.500", "5,000": one separator followed by exactly three digits groups thousands;
  otherwise it is a decimal mark ("30,5 %", "12.5"). Spaces (also U+00A0, U+202F) group
  thousands.
- Bounds and hedges ("jusqu'à", "au plus", "au moins", "environ", "up to", "about") set
  `approx`; `bound` says which way ("max" / "min"). The two ends of a range ("entre 30 et
  60 jours") are two quantities with bounds "min" and "max".
- A date's `value` is its proleptic Gregorian ordinal (`datetime.date.toordinal`), so the
  difference of two dates is a number of days. "15/01/2027" is read day first (French and
  Algerian usage); "01/15/2027", impossible day first, is read month first. In "du 7 au
  16 avril 2026" the first date borrows month and year.
- Not durations: "Article 12", "loi 18-07", "le premier mois" (an ordinal), "à 14 heures"
  (a time of day), "20 jours-homme" (effort, not time). Not dates: relative dates ("30
  jours après la signature").
- An amount has a currency next to it ("1 500 000 DA", "€ 12 000", "deux millions de
  dinars"); a figure that the sentence calls a price ("montant", "prix", "budget", "fee")
  and that ends the phrase is an amount too, in the currency the cue names ("Montant
  (DZD HT) : 350 000") or "" when none.
- A restatement in parentheses belongs to the quantity ("60 jours (soixante jours)").
- Numbers in letters: French (with septante/huitante/nonante), English and Arabic
  ("ستين (60) يوما"). A percentage keeps the sign a KPI gives it ("-15 %").
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import NamedTuple

__all__ = [
    "Mismatch",
    "Quantity",
    "amounts",
    "capitalised_terms",
    "dates",
    "durations",
    "normalize_digits",
    "number_mismatches",
    "number_to_english_words",
    "number_to_french_words",
    "parse_number_words",
    "percentages",
    "quantities",
    "terms_in_quotes",
]


@dataclass(frozen=True)
class Quantity:
    kind: str  # "duration" | "percent" | "amount" | "date"
    value: float  # duration: days; percent: 30.0 for 30 % (signed); amount; date: ordinal
    unit: str  # duration: "days"; percent: "%"; amount: "DZD" | "EUR" | "USD" | ""; date: "date"
    start: int
    end: int
    text: str  # text[start:end] of the caller's text
    iso: str | None = None  # dates: "YYYY-MM-DD"
    approx: bool = False  # hedged, bounded, or a calendar estimate of working days
    bound: str | None = None  # "max" ("jusqu'à", "au plus", upper end of a range) | "min"
    number: float | None = None  # the number as written: 12 for "douze (12) mois"
    unit_text: str = ""  # the unit as written: "mois", "jours ouvrés", "DA", "%"


@dataclass(frozen=True)
class Mismatch:
    start: int
    end: int
    text: str
    words_value: int
    digits_value: int


# --- normalisation -------------------------------------------------------------------

_DIGIT_TABLE = {0x0660 + i: 0x30 + i for i in range(10)} | {0x06F0 + i: 0x30 + i for i in range(10)}
_NORM_TABLE = dict(_DIGIT_TABLE)
for _cp in (0x00A0, 0x202F, 0x2007, 0x2008, 0x2009, 0x200A, 0x2002, 0x2003, 0x2004, 0x2005):
    _NORM_TABLE[_cp] = 0x20
_NORM_TABLE |= {
    0x09: 0x20,  # a tab between a number and its unit is still a space
    0x066C: 0x20,  # Arabic thousands separator
    0x066B: ord(","),  # Arabic decimal separator
    0x066A: ord("%"),  # Arabic percent sign
    0x2019: ord("'"),
    0x2018: ord("'"),
    0x02BC: ord("'"),
    0x2010: ord("-"),
    0x2011: ord("-"),  # w:noBreakHyphen as the reader renders it
    0x2012: ord("-"),
}


# str.replace per character present is several times faster than str.translate with a
# dict table on long texts.
_DIGIT_PAIRS = [(chr(k), chr(v)) for k, v in _DIGIT_TABLE.items()]
_NORM_PAIRS = [(chr(k), chr(v)) for k, v in _NORM_TABLE.items()]


def normalize_digits(text: str) -> str:
    """Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹) digits to 0-9; same length."""
    for old, new in _DIGIT_PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text


def _norm(text: str) -> str:
    for old, new in _NORM_PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text


# --- number words --------------------------------------------------------------------

_UNITS = {
    "zéro": 0, "zero": 0,
    "un": 1, "une": 1, "one": 1,
    "deux": 2, "two": 2,
    "trois": 3, "three": 3,
    "quatre": 4, "four": 4,
    "cinq": 5, "five": 5,
    "six": 6,
    "sept": 7, "seven": 7,
    "huit": 8, "eight": 8,
    "neuf": 9, "nine": 9,
    "dix": 10, "ten": 10,
    "onze": 11, "eleven": 11,
    "douze": 12, "twelve": 12,
    "treize": 13, "thirteen": 13,
    "quatorze": 14, "fourteen": 14,
    "quinze": 15, "fifteen": 15,
    "seize": 16, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "vingt": 20, "vingts": 20, "twenty": 20,
    "trente": 30, "thirty": 30,
    "quarante": 40, "forty": 40, "fourty": 40,
    "cinquante": 50, "fifty": 50,
    "soixante": 60, "sixty": 60,
    "septante": 70, "seventy": 70,
    "huitante": 80, "octante": 80, "eighty": 80,
    "nonante": 90, "ninety": 90,
}  # fmt: skip
_HUNDRED = {"cent", "cents", "hundred", "hundreds"}
_BIG = {
    "mille": 10**3, "thousand": 10**3, "thousands": 10**3,
    "million": 10**6, "millions": 10**6,
    "milliard": 10**9, "milliards": 10**9, "billion": 10**9, "billions": 10**9,
}  # fmt: skip
_ORDINALS = {"premier": 1, "première": 1, "premiere": 1, "first": 1}
_JOINERS = {"et", "and"}
_SPLIT_WORDS = re.compile(r"[\s\-]+")

# Arabic number words (Modern Standard Arabic as contracts write it; nominative,
# accusative/genitive and construct forms). Units come before tens ("خمسة وعشرون" = 25)
# and "و" (and) is glued to the next word, so the reading is additive.
_AR_VALUES = {
    "واحد": 1, "واحدة": 1, "أحد": 1, "احد": 1, "إحدى": 1, "احدى": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثنتا": 2, "اثني": 2,
    "اثنتي": 2, "إثنا": 2, "إثني": 2,
    "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "اربع": 4, "أربعة": 4, "اربعة": 4,
    "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7,
    "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10,
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "اربعون": 40,
    "أربعين": 40, "اربعين": 40, "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60,
    "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
    "مائة": 100, "مئة": 100, "مائتان": 200, "مائتين": 200, "مئتان": 200, "مئتين": 200,
    "مائتا": 200, "مئتا": 200,
    "ثلاثمائة": 300, "ثلاثمئة": 300, "أربعمائة": 400, "اربعمائة": 400, "أربعمئة": 400,
    "خمسمائة": 500, "خمسمئة": 500, "ستمائة": 600, "ستمئة": 600, "سبعمائة": 700,
    "سبعمئة": 700, "ثمانمائة": 800, "ثمانمئة": 800, "تسعمائة": 900, "تسعمئة": 900,
    "ألفان": 2000, "ألفين": 2000, "الفان": 2000, "الفين": 2000, "ألفي": 2000, "الفي": 2000,
    "مليونان": 2 * 10**6, "مليونين": 2 * 10**6, "مليوني": 2 * 10**6,
}  # fmt: skip
_AR_MULT = {
    "ألف": 10**3, "الف": 10**3, "آلاف": 10**3, "الاف": 10**3, "ألفا": 10**3,
    "مليون": 10**6, "ملايين": 10**6, "مليونا": 10**6, "مليار": 10**9, "مليارات": 10**9,
}  # fmt: skip
_AR_MARKS = re.compile("[\u064b-\u0652\u0640]")  # vowel marks and tatweel
# A number word takes the proclitics of any noun: « بخمسة عشر » (by fifteen), « لاثني
# عشر » (for twelve), « وثلاثين » (and thirty): with, for, and, the ones contracts put on
# numbers (read at the word's start, see _is_word_start).
_AR_PROCLITICS = ("و", "ب", "ل")
_AR_ARTICLES = ("ال", "لل")
# longest first: « والثلاثين » (and the thirty) is « و » + « ال » + « ثلاثين »
_AR_PREFIXES = ("وال", "بال", *_AR_ARTICLES, *_AR_PROCLITICS)


def _parse_arabic(s: str) -> int | None:
    total = group = 0
    words = _AR_MARKS.sub("", s).split()
    if not words:
        return None
    last = 0
    for w in words:
        joined = w.startswith("و") and w not in _AR_VALUES
        if w not in _AR_VALUES and w not in _AR_MULT:
            for p in _AR_PREFIXES:
                if w.startswith(p) and (w[len(p) :] in _AR_VALUES or w[len(p) :] in _AR_MULT):
                    w = w[len(p) :]
                    break
        if w in _AR_MULT:
            total += max(group, 1) * _AR_MULT[w]
            group = last = 0
        elif w in ("مائة", "مئة") and 0 < last < 10 and not joined:
            group += last * 99  # « ثلاث مائة », three hundred written in two words
            last = 0
        elif w in _AR_VALUES:
            # two units side by side with no « و » make no number: « الفاتورة الواحدة سبع
            # (7) دقائق » is the one invoice, then seven
            if 0 < last < 10 and 0 < _AR_VALUES[w] < 10 and not joined:
                return None
            group += _AR_VALUES[w]
            last = _AR_VALUES[w]
        else:
            return None
    return total + group


def parse_number_words(s: str) -> int | None:
    return _parse_number_words(_norm(s).strip().lower())


@lru_cache(maxsize=4096)
def _parse_number_words(s: str) -> int | None:
    """The integer a French, English or Arabic number in words denotes, or None.

    Accepts hyphens or spaces between words, "et"/"and", plurals ("quatre-vingts",
    "deux cents", "millions"), Belgian/Swiss forms (septante, huitante, nonante) and
    "premier"/"first" (= 1). Rejects sequences that are not a number ("deux trois",
    "vingt dix"), so a phrase that merely contains number words is not misread.
    """
    if s and "\u0600" <= s[0] <= "\u06ff":
        return _parse_arabic(s)
    words = [w for w in _SPLIT_WORDS.split(s) if w]
    if not words:
        return None
    if len(words) == 1 and words[0] in _ORDINALS:
        return _ORDINALS[words[0]]
    if words[0] in _JOINERS or words[-1] in _JOINERS:
        return None
    if words == ["zéro"] or words == ["zero"]:
        return 0
    total = 0
    group = 0  # the value below 1000 being built
    last = None  # last addend within the group, None at the start of a group
    prev_word = None
    big_seen = None  # the last big multiplier used, they must decrease
    for w in words:
        if w in _JOINERS:
            prev_word = w
            continue
        if w in _UNITS:
            a = _UNITS[w]
            if a == 0:
                return None
            if a == 20 and prev_word == "quatre" and last == 4:
                group += 76  # quatre-vingt(s) = 80
                last = 80
            else:
                if w == "vingts":
                    return None  # plural only after quatre
                if last is not None and not _may_follow(last, a):
                    return None
                group += a
                last = a
        elif w in _HUNDRED:
            # "deux cents", "douze cents" (1200) and "twelve hundred", never "vingt cents"
            if group >= 20 or (w == "cents" and group < 2):
                return None
            group = max(group, 1) * 100
            last = group
        elif w in _BIG:
            m = _BIG[w]
            if big_seen is not None and m >= big_seen:
                return None
            total += max(group, 1) * m
            group = 0
            last = None
            big_seen = m
        else:
            return None
        prev_word = w
    return total + group


def _may_follow(last: int, a: int) -> bool:
    """May addend `a` follow addend `last` inside one group below a thousand?"""
    if last >= 100:
        return a < 100
    if last in (60, 80):  # soixante-dix-sept, quatre-vingt-quinze
        return a < 20
    if last % 10 == 0 and last >= 10:  # vingt-deux, dix-sept
        return a < 10
    return False


_FR_UNITS = (
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize"
).split()
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _fr_below_100(n: int, final: bool) -> str:
    if n <= 16:
        return _FR_UNITS[n]
    if n < 20:
        return "dix-" + _FR_UNITS[n - 10]
    t, u = divmod(n, 10)
    if t == 7:
        return "soixante et onze" if u == 1 else "soixante-" + _fr_below_100(n - 60, final)
    if t == 8:
        if u == 0:
            return "quatre-vingts" if final else "quatre-vingt"
        return "quatre-vingt-" + _FR_UNITS[u]
    if t == 9:
        return "quatre-vingt-" + _fr_below_100(n - 80, final)
    if u == 0:
        return _FR_TENS[t]
    if u == 1:
        return _FR_TENS[t] + " et un"
    return _FR_TENS[t] + "-" + _FR_UNITS[u]


def _fr_below_1000(n: int, final: bool) -> str:
    h, r = divmod(n, 100)
    parts = []
    if h == 1:
        parts.append("cent")
    elif h > 1:
        parts.append(_FR_UNITS[h] + " cent" + ("s" if r == 0 and final else ""))
    if r:
        parts.append(_fr_below_100(r, final))
    return " ".join(parts)


def number_to_french_words(n: int) -> str:
    """French words for an integer, in the traditional spelling lawyers use.

    60 -> "soixante", 71 -> "soixante et onze", 80 -> "quatre-vingts",
    200000 -> "deux cent mille", 1500000 -> "un million cinq cent mille".
    """
    if n < 0:
        return "moins " + number_to_french_words(-n)
    if n == 0:
        return "zéro"
    parts = []
    milliards, n = divmod(n, 10**9)
    millions, n = divmod(n, 10**6)
    milliers, n = divmod(n, 10**3)
    if milliards:
        head = number_to_french_words(milliards) if milliards >= 1000 else None
        head = head or _fr_below_1000(milliards, final=True)
        parts.append(head + (" milliards" if milliards > 1 else " milliard"))
    if millions:
        parts.append(
            _fr_below_1000(millions, final=True) + (" millions" if millions > 1 else " million")
        )
    if milliers:
        # "mille" is invariable and not a noun: "deux cent mille", "quatre-vingt mille"
        parts.append("mille" if milliers == 1 else _fr_below_1000(milliers, final=False) + " mille")
    if n:
        parts.append(_fr_below_1000(n, final=True))
    return " ".join(parts)


_EN_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _en_below_1000(n: int) -> str:
    h, r = divmod(n, 100)
    parts = [_EN_UNITS[h] + " hundred"] if h else []
    if r:
        t, u = divmod(r, 10)
        small = _EN_UNITS[r] if r < 20 else _EN_TENS[t] + (f"-{_EN_UNITS[u]}" if u else "")
        parts.append(small)
    return " ".join(parts)


def number_to_english_words(n: int) -> str:
    """English words for an integer, as contracts write them: 60 -> "sixty",
    45 -> "forty-five", 1500000 -> "one million five hundred thousand"."""
    if n < 0:
        return "minus " + number_to_english_words(-n)
    if n == 0:
        return "zero"
    parts = []
    for size, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        count, n = divmod(n, size)
        if count:
            head = number_to_english_words(count) if count >= 1000 else _en_below_1000(count)
            parts.append(f"{head} {name}")
    if n:
        parts.append(_en_below_1000(n))
    return " ".join(parts)


# --- the building blocks of the patterns ---------------------------------------------
#
# Whole-text scans run without re.IGNORECASE on a lower-cased copy and with word lists
# compiled as tries: both matter, a 100-page LOI must be scanned in a few milliseconds.


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _trie(words) -> str:
    """A regex alternation of `words` factored on common prefixes (faster than a|b|c)."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")

    return "(?:" + emit(tree) + ")"


def _lower(norm: str) -> str:
    low = norm.lower()
    if len(low) == len(norm):
        return low
    # a few characters ("İ") lower-case to two: keep those as they are
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in norm)


# A number in figures, as French, English and Arabic texts write it (after _norm).
_D = (
    r"(?<![\w.,/])(?:"
    r"[1-9][0-9]{0,2}(?: [0-9]{3})+(?:[.,][0-9]+)?"
    r"|[1-9][0-9]{0,2}(?:\.[0-9]{3})+(?:,[0-9]+)?"
    r"|[1-9][0-9]{0,2}(?:,[0-9]{3})+(?:\.[0-9]+)?"
    r"|[0-9]+(?:[.,][0-9]+)?"
    r")(?![0-9/]|[.,][0-9])"
)
_VOCAB = list(_UNITS) + list(_HUNDRED) + list(_BIG)
_WORD = _trie(_VOCAB) + r"\b"
_JOIN = r"(?: *- *| +| +(?:et|and) +|-(?:et|and)-)"
# "cent" in "pour cent" is no number.
_NOT_PCT_CENT = r"(?!(?:(?<=pour )|(?<=per )|(?<=p\. ))cents?\b)"
# An Arabic number word may end on its vowel marks (« ثمانٍ وأربعين »): it ends after them,
# which `\b` cannot see (a mark is no word character, nor is the space after it).
_AR_MARKS_END = r"[\u064b-\u0652]*(?![\w\u064b-\u0652])"
_AR_WORD = "و?" + _trie(list(_AR_VALUES) + list(_AR_MULT)) + _AR_MARKS_END
_LATIN_WORDS = rf"\b{_NOT_PCT_CENT}{_WORD}(?:{_JOIN}{_WORD})*"
_WORDS = rf"(?:{_LATIN_WORDS}|\b{_AR_WORD}(?: +{_AR_WORD})*)"
_PCT_WORDS = r"(?:pour ?cents?|pourcent|p\. ?cent|per ?cent|percent)\b"
_PCT = rf"(?:%|{_PCT_WORDS}|p\. ?100\b|pct\b|بالمائة|بالمئة|في المائة|في المئة)"
_APPROX_NOUNS = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
}  # fmt: skip
_MULT_WORDS = {"mille": 10**3, "thousand": 10**3} | {k: v for k, v in _BIG.items() if v > 10**3}

# Two passes find every number: in figures ("1 500 000,00", "30 (trente)", "2 millions"),
# and in letters ("quatre-vingt-dix", "trente (30)", "trente pour cent (30 %)", "une
# quinzaine"). Each pattern starts with a plain character class, which the regex engine
# scans for quickly; the word boundary is checked just after that first character.
_D_FAST = (
    r"[0-9](?<![\w.,/][0-9])(?:"
    r"(?<=[1-9])[0-9]{0,2}(?: [0-9]{3})+(?:[.,][0-9]+)?"
    r"|(?<=[1-9])[0-9]{0,2}(?:\.[0-9]{3})+(?:,[0-9]+)?"
    r"|(?<=[1-9])[0-9]{0,2}(?:,[0-9]{3})+(?:\.[0-9]+)?"
    r"|[0-9]*(?:[.,][0-9]+)?"
    r")(?![0-9/]|[.,][0-9])"
)
_DIGIT_TOKEN_RE = re.compile(
    rf"(?P<d>{_D_FAST})(?: +(?P<d_m>{_trie(_MULT_WORDS)})\b"
    rf"| *(?P<dw_p>%)? *\( *(?P<dw_w>{_WORDS})(?: *(?P<dw_q>{_PCT_WORDS}))? *\))?"
)
# The word pass starts straight with the trie of every number word (French, English,
# Arabic with or without its "و", the approximate "quinzaine"): a pattern that begins
# with a branch of literals is searched with a fast first-character scan. Word
# boundaries on the left and "pour cent" are checked in _scan.
_ANY_WORD = (
    _trie(
        _VOCAB
        + list(_APPROX_NOUNS)
        + [w + "s" for w in _APPROX_NOUNS]
        + [p + w for w in list(_AR_VALUES) + list(_AR_MULT) for p in ("", "و", "وال")]
    )
    + _AR_MARKS_END
)
_WORD_TOKEN_RE = re.compile(
    rf"(?P<w>{_ANY_WORD}(?:{_JOIN}{_ANY_WORD})*)"
    rf"(?:(?: *(?P<wd_p>{_PCT_WORDS}))? *\( *(?P<wd_d>{_D}) *(?P<wd_q>%)? *\))?"
)
_ANY_WORD_RE = re.compile(_ANY_WORD)
_PCT_CENT_BEFORE_RE = re.compile(r"(?:pour|per|p\.) $")
_APPROX_TAIL_RE = re.compile(rf"(?:(?:une?) +)?(?P<n>{_trie(_APPROX_NOUNS)})s?$")
_CLOSE_PAREN_RE = re.compile(r" *\)")


def _parse_digits(s: str) -> float:
    if s.isdigit():
        return float(s)
    grouped_by_space = " " in s
    s = s.replace(" ", "")
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if dec == "," else ",", "").replace(dec, ".")
    elif "," in s or "." in s:
        sep = "," if "," in s else "."
        head, _, tail = s.rpartition(sep)
        thousands = s.count(sep) > 1 or (
            not grouped_by_space and len(tail) == 3 and not head.startswith("0")
        )
        s = s.replace(sep, "") if thousands else s.replace(sep, ".")
    return float(s)


def _is_word_start(low: str, i: int) -> bool:
    if i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "_"):
        return True
    # an Arabic number word after its proclitic: « بخمسة عشر », « لاثني عشر » (the words'
    # pattern stays one trie, without the proclitics: it is compiled at every start)
    if not "\u0621" <= low[i] <= "\u064a":
        return False
    if low[i - 1] in _AR_PROCLITICS and _is_word_start(low, i - 1):
        return True
    # the article: « الأربعة عشر (14) » (the fourteen), « للخمسة » (for the five); not
    # the hundred of « في المائة », « بالمائة » (per cent)
    return (
        i >= 2
        and low[i - 2 : i] in _AR_ARTICLES
        and not low.startswith(("مائة", "مئة"), i)
        and _is_word_start(low, i - 2)
    )


def _parse_words_suffix(
    low: str, start: int, end: int, whole: bool = True
) -> tuple[int, int] | None:
    """(value, start) of the longest valid number ending the phrase low[start:end].

    The phrase pattern is greedy ("les deux trente") and may start inside a word
    ("aucun deux"): drop leading words until what is left is a number.
    """
    if whole:
        value = _parse_number_words(low[start:end])
        if value is not None:
            return value, start
    for m in _ANY_WORD_RE.finditer(low, start + 1, end):
        if _is_word_start(low, m.start()):
            value = _parse_number_words(low[m.start() : end])
            if value is not None:
                return value, m.start()
    return None


class _Tok(NamedTuple):
    start: int
    end: int
    value: float  # what the text means (letters prevail over figures)
    words: int | None  # value in letters, when written in letters
    digits: float | None  # value in figures, when written in figures
    pct: bool = False  # a percent sign or "pour cent" is already inside the token
    approx: bool = False  # "une quinzaine"


def _scan(low: str) -> list[_Tok]:
    toks = []
    for m in _DIGIT_TOKEN_RE.finditer(low):
        d, d_m, dw_p, dw_w, dw_q = m.group("d", "d_m", "dw_p", "dw_w", "dw_q")
        dig = _parse_digits(d)
        if dw_w is not None:
            words = _parse_number_words(dw_w)
            if words is not None:
                toks.append(_Tok(m.start(), m.end(), words, words, dig, bool(dw_p or dw_q)))
                continue
            toks.append(_Tok(m.start(), m.end("d"), dig, None, dig))
            continue
        if d_m:
            dig *= _MULT_WORDS[d_m]
        start, end = m.start(), m.end()
        if start and low[start - 1] == "(":
            # "(60) jours" after a word that is no number ("soixantes (60) jours"):
            # the figures in parentheses still carry the unit that follows them
            close = _CLOSE_PAREN_RE.match(low, end)
            if close is not None:
                start, end = start - 1, close.end()
        toks.append(_Tok(start, end, dig, None, dig))
    for m in _WORD_TOKEN_RE.finditer(low):
        start, end = m.span("w")
        wd_p, wd_d, wd_q = m.group("wd_p", "wd_d", "wd_q")
        approx = None
        if low.endswith(("aine", "aines"), start, end):
            approx = _APPROX_TAIL_RE.search(low, start, end)
        if approx is not None:
            v = _APPROX_NOUNS[approx["n"]]
            if wd_d is None and (approx.start() == start or _is_word_start(low, approx.start())):
                toks.append(_Tok(approx.start(), end, v, v, None, approx=True))
            continue
        whole = _is_word_start(low, start) and not (
            low.startswith("cent", start) and _PCT_CENT_BEFORE_RE.search(low, start - 5, start)
        )
        parsed = _parse_words_suffix(low, start, end, whole)
        if wd_d is None:
            if parsed is not None:
                toks.append(_Tok(parsed[1], end, parsed[0], parsed[0], None))
            continue
        dig = _parse_digits(wd_d)
        if parsed is None:
            toks.append(_Tok(m.start("wd_d"), m.end("wd_d"), dig, None, dig))
        else:
            toks.append(_Tok(parsed[1], m.end(), parsed[0], parsed[0], dig, bool(wd_p or wd_q)))
    # "trente (30)" and "30 (trente)" were seen by both passes: keep the one that starts
    # first (the wider). Tokens of the two passes never start at the same offset, so a
    # plain tuple sort orders them by start.
    toks.sort()
    out: list[_Tok] = []
    last_end = -1
    for t in toks:
        if t.start >= last_end:
            out.append(t)
            last_end = t.end
    return out


@lru_cache(maxsize=8)
def _lowered(text: str) -> tuple[str, str]:
    norm = _norm(text)
    return norm, _lower(norm)


@lru_cache(maxsize=8)
def _prepared(text: str) -> tuple[str, str, tuple[_Tok, ...]]:
    """(normalised text, its lower-cased copy, number tokens); quantities() asks 4 times."""
    norm, low = _lowered(text)
    return norm, low, tuple(_scan(low))


# --- hedges, bounds and ranges -------------------------------------------------------

_HEDGES_BEFORE = {
    "max": (
        "pas plus de", "ne pas dépasser", "jusqu'à", "jusqu'a", "au plus", "au plus tard",
        "au maximum", "maximum", "maximal", "maximale", "maximaux", "maximales", "max.", "max",
        "plafonné à", "plafonnée à", "plafonnés à", "plafonnées à", "n'excédant pas",
        "ne pouvant excéder", "ne pouvant dépasser", "sans excéder", "sans dépasser",
        "ne dépassant pas", "dans la limite de", "moins de", "inférieur à", "inférieure à",
        "inférieurs à", "inférieures à", "up to", "at most", "at the most", "no more than",
        "not more than", "not to exceed", "not exceeding", "maximum of", "less than",
        "no longer than", "not longer than",
    ),
    "min": (
        "pas moins de", "au moins", "au minimum", "minimum", "minimal", "minimale", "minimaux",
        "minimales", "min.", "min", "plus de", "supérieur à", "supérieure à", "supérieurs à",
        "supérieures à", "at least", "no less than", "not less than", "minimum of",
        "more than", "no fewer than",
    ),
    "approx": (
        "environ", "approximativement", "à peu près", "près de", "about", "approximately",
        "around", "circa", "ca.", "~", "±", "roughly", "some",
    ),
}  # fmt: skip
_HEDGES_AFTER = {
    "max": ("au plus", "au plus tard", "au maximum", "maximum", "max.", "max", "or less",
            "at most", "at the most", "at the latest"),
    "min": ("au moins", "au minimum", "minimum", "min.", "min", "or more", "at least"),
    "approx": ("environ", "approximativement", "approximately", "or so"),
}  # fmt: skip
_HEDGE_KIND = {w: k for k, ws in _HEDGES_BEFORE.items() for w in ws}
_HEDGE_KIND_AFTER = {w: k for k, ws in _HEDGES_AFTER.items() for w in ws}
# Run on the lower-cased text: "dans un délai maximum de", "d'une durée maximale de",
# "jusqu'à", "au plus", "environ".
_BEFORE_RE = re.compile(
    rf"(?<![\w.])(?P<k>{_trie(_HEDGE_KIND)})(?: +(?:de|d'|à|of))?"
    r"(?: *(?:un délai|une durée|une période|un montant|une somme|a period|a term|an amount"
    r"|a sum)(?: +(?:de|d'|of))?)? *$"
)
_AFTER_RE = re.compile(rf" *,? *(?P<k>{_trie(_HEDGE_KIND_AFTER)})(?![\w.])")
_RANGE_HEAD_RE = re.compile(r"(?:entre|between) *$")
_RANGE_JOIN_RE = re.compile(r" *(?P<j>et|à|a|au|-|–|—|to|and|ou|or) *")


def _hedge(low: str, start: int, end: int) -> tuple[bool, str | None]:
    """(approx, bound) from the words just before and just after a quantity."""
    kinds = []
    before = _BEFORE_RE.search(low, max(0, start - 50), start)
    if before is not None:
        kinds.append(_HEDGE_KIND[before["k"]])
    after = _AFTER_RE.match(low, end)
    if after is not None:
        kinds.append(_HEDGE_KIND_AFTER[after["k"]])
    bound = next((k for k in kinds if k != "approx"), None)
    return bool(kinds), bound


_RESTATED_RE = re.compile(rf" *\( *(?:{_D}|{_WORDS})[^()\n]{{0,40}}\)")


class _U(NamedTuple):
    """What follows (or precedes) a number and makes it a quantity."""

    value: float  # in the quantity's unit (days, %, currency)
    unit: str
    start: int  # where the quantity starts (before the number for "€ 12 000")
    end: int
    approx: bool
    unit_text: str


def _with_units(low: str, text: str, kind: str, toks, unit_at) -> list[Quantity]:
    """Quantities for every token that `unit_at` resolves, and for ranges.

    In "entre 30 et 60 jours" or "de 10 à 20 %" the unit follows only the second number;
    the first borrows it. The two ends are marked as bounds.
    """
    resolved = [unit_at(t) for t in toks]
    bounds: dict[int, str] = {}
    hits = [i for i, r in enumerate(resolved) if r is not None]
    borrowed: list[int] = []
    for j in hits:
        i = j - 1
        if i < 0 or resolved[i] is not None:
            continue
        a, b, rb = toks[i], toks[j], resolved[j]
        if rb.start != b.start:  # "€ 10 000 à 20 000": the unit is not after the range
            continue
        join = _RANGE_JOIN_RE.fullmatch(low, a.end, b.start)
        if join is None:
            continue
        word = join.group("j")
        headed = _RANGE_HEAD_RE.search(low, max(0, a.start - 12), a.start) is not None
        if word in ("et", "and") and not headed:
            continue  # "articles 3 et 30 jours" is no range
        factor = rb.value / b.value if b.value else 1.0
        resolved[i] = _U(a.value * factor, rb.unit, a.start, a.end, rb.approx, rb.unit_text)
        borrowed.append(i)
        if word not in ("ou", "or") and a.value < b.value:
            bounds[i], bounds[j] = "min", "max"
    out = []
    for i in sorted(hits + borrowed):
        tok, res, range_bound = toks[i], resolved[i], bounds.get(i)
        restated = _RESTATED_RE.match(low, res.end)
        if restated is not None:  # "60 jours (soixante jours)" is one quantity
            res = res._replace(end=restated.end())
        approx, bound = _hedge(low, res.start, res.end)
        out.append(
            Quantity(
                kind,
                float(res.value),
                res.unit,
                res.start,
                res.end,
                text[res.start : res.end],
                approx=approx or res.approx or tok.approx,
                bound=range_bound or bound,
                number=float(tok.value),
                unit_text=res.unit_text,
            )
        )
    return out


# --- durations -----------------------------------------------------------------------

_DAY_UNITS = {
    "jour": 1.0, "jours": 1.0, "j": 1.0, "day": 1.0, "days": 1.0,
    "semaine": 7.0, "semaines": 7.0, "week": 7.0, "weeks": 7.0,
    "mois": 30.0, "month": 30.0, "months": 30.0,
    "trimestre": 90.0, "trimestres": 90.0, "quarter": 90.0, "quarters": 90.0,
    "semestre": 180.0, "semestres": 180.0,
    "an": 365.0, "ans": 365.0, "année": 365.0, "années": 365.0, "annee": 365.0,
    "annees": 365.0, "year": 365.0, "years": 365.0,
    "heure": 1 / 24, "heures": 1 / 24, "hour": 1 / 24, "hours": 1 / 24, "h": 1 / 24,
    "يوم": 1.0, "أيام": 1.0, "ايام": 1.0, "يوما": 1.0,
    "أسبوع": 7.0, "اسبوع": 7.0, "أسابيع": 7.0, "اسابيع": 7.0,
    "شهر": 30.0, "شهرا": 30.0, "أشهر": 30.0, "اشهر": 30.0, "شهور": 30.0,
    "سنة": 365.0, "سنوات": 365.0, "سنين": 365.0, "عام": 365.0, "أعوام": 365.0, "اعوام": 365.0,
    "ساعة": 1 / 24, "ساعات": 1 / 24,
}  # fmt: skip
# Calendar estimate of a working-day count (see the module docstring).
_DAY_QUALIFIERS = {
    "ouvrés": 7 / 5, "ouvrées": 7 / 5, "ouvré": 7 / 5, "ouvrée": 7 / 5,
    "ouvrables": 7 / 6, "ouvrable": 7 / 6,
    "business": 7 / 5, "working": 7 / 5,
}  # fmt: skip
_HOUR_UNITS = {"h", "heure", "heures", "hour", "hours", "ساعة", "ساعات"}
_DUR_RE = re.compile(
    # "a 45-day exclusivity", "a sixty-day period": the compound adjective of English
    r"(?: *|-(?=(?:day|week|month|year)))(?:de +|d')?"
    r"(?:(?P<eq>calendar|business|working|consecutive|clear) +(?=days?\b))?"
    rf"(?P<u>{_trie(_DAY_UNITS)})[\u064B-\u0652]*(?![\w/+])"
    # effort, not time: "20 jours-homme", "10 jours/homme"
    r"(?! *[-/]? *(?:hommes?|personnes?|homme)\b)"
    r"(?P<fq> +(?:calendaires?|ouvrés|ouvrées?|ouvré|ouvrables?|francs|pleins"
    r"|consécutifs|civils)(?!\w))?"
)
_TIME_OF_DAY_RE = re.compile(r"(?<!\w)(?:à|a|at|vers|avant|après|before|after|by|dès) *$")
_JPLUS_RE = re.compile(r"(?P<u>[JDM])(?<!\w[JDM]) *\+ *(?P<n>[0-9]{1,4})(?![0-9])")


def durations(text: str) -> list[Quantity]:
    """Durations in calendar days: "90 jours", "douze (12) mois", "٩٠ يوما", "J+30"."""
    norm, low, toks = _prepared(text)

    def unit_at(tok: _Tok) -> _U | None:
        m = _DUR_RE.match(low, tok.end)
        if m is None:
            return None
        unit = m.group("u")
        if unit in _HOUR_UNITS and _TIME_OF_DAY_RE.search(low, max(0, tok.start - 8), tok.start):
            return None  # "à 14 heures" is a time of day
        factor = _DAY_UNITS[unit]
        qual = (m.group("eq") or m.group("fq") or "").strip()
        working = _DAY_QUALIFIERS.get(qual)
        if working and factor == 1.0:
            factor = working
        unit_text = text[m.start("eq") if m.group("eq") else m.start("u") : m.end()]
        return _U(tok.value * factor, "days", tok.start, m.end(), bool(working), unit_text)

    out = _with_units(low, text, "duration", toks, unit_at)
    for m in _JPLUS_RE.finditer(norm):
        n = float(m.group("n"))
        factor = 30.0 if m.group("u") == "M" else 1.0
        out.append(
            Quantity(
                "duration", n * factor, "days", m.start(), m.end(), text[m.start() : m.end()],
                number=n, unit_text=m.group("u") + "+",
            )
        )  # fmt: skip
    return _no_overlap(out)


def _no_overlap(qs: list) -> list:
    """Sorted by start; of two overlapping spans (anything with start and end), the one
    starting first is kept, the longer one when both start together."""
    qs = sorted(qs, key=lambda q: (q.start, -q.end))
    out: list = []
    for q in qs:
        if out and q.start < out[-1].end:
            continue
        out.append(q)
    return out


# --- percentages ---------------------------------------------------------------------

_PCT_AFTER_RE = re.compile(rf" *(?P<p>{_PCT})")


def percentages(text: str) -> list[Quantity]:
    """Percentages: "30 %", "30 pour cent", "trente pour cent (30 %)", "١٥٪"."""
    norm, low, toks = _prepared(text)

    def unit_at(tok: _Tok) -> _U | None:
        if tok.pct:
            return _U(tok.value, "%", tok.start, tok.end, False, "%")
        m = _PCT_AFTER_RE.match(low, tok.end)
        if m is None:
            return None
        start, value = tok.start, tok.value
        # a KPI's direction: "-15 %", "+10 %" (not "10-15 %", a range)
        if start and low[start - 1] in "+-−" and (start == 1 or not low[start - 2].isalnum()):
            start -= 1
            value = value if low[start] == "+" else -value
        return _U(value, "%", start, m.end(), False, text[m.start("p") : m.end()])

    return _no_overlap(_with_units(low, text, "percent", toks, unit_at))


# --- amounts -------------------------------------------------------------------------

_CUR_CODES = {
    "DZD": ("DZD", 1), "DA": ("DZD", 1), "MDA": ("DZD", 10**6), "KDA": ("DZD", 10**3),
    "EUR": ("EUR", 1), "€": ("EUR", 1), "USD": ("USD", 1), "US$": ("USD", 1), "$": ("USD", 1),
    "د.ج": ("DZD", 1), "دج": ("DZD", 1), "د ج": ("DZD", 1),
}  # fmt: skip
_CUR_WORDS = (
    r"(?P<cw>dinars?(?: +algériens?)?|euros?|dollars?(?: +(?:américains?|us|des états-unis))?"
    r"|دينارا?(?: +جزائريا?)?|يورو|أورو|اورو|دولارا?)(?!\w)"
)
_CUR_MULT = {
    "k": 10**3,
    "K": 10**3,
    "M": 10**6,
    "Md": 10**9,
    "Mds": 10**9,
    "Mrd": 10**9,
    "bn": 10**9,
}
_AMT_AFTER_RE = re.compile(
    r" *(?:(?P<m>(?-i:k|K|M|Mds|Md|Mrd|bn))(?![A-Za-z]) *)?"
    rf"(?:(?:de +|d')?{_CUR_WORDS}|(?P<cc>(?-i:{_alt(_CUR_CODES)}))(?![A-Za-z]))",
    re.I,
)
_AMT_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?P<cc>(?-i:DZD|EUR|USD|US\$|€|\$|DA)) *$")
_MULT_AFTER_RE = re.compile(r" *(?P<m>(?-i:k|K|M|Mds|Md|Mrd|bn))(?![A-Za-z])")


def _currency_words(s: str) -> str:
    s = s.lower()
    if s.startswith(("dinar", "دينار")):
        return "DZD"
    if s.startswith(("euro", "يورو", "أورو", "اورو")):
        return "EUR"
    return "USD"


def amounts(text: str) -> list[Quantity]:
    """Sums of money with their currency: "1 500 000 DA", "€ 12 000", "12k EUR", "$5,000"."""
    norm, low, toks = _prepared(text)

    def unit_at(tok: _Tok) -> _U | None:
        m = _AMT_AFTER_RE.match(norm, tok.end)
        if m is not None:
            mult = _CUR_MULT[m.group("m")] if m.group("m") else 1
            if m.group("cw"):
                iso = _currency_words(m.group("cw"))
                unit_text = text[m.start("cw") : m.end()]
            else:
                iso, extra = _CUR_CODES[m.group("cc")]
                mult *= extra
                unit_text = text[m.start("cc") : m.end()]
            if m.group("m"):
                unit_text = text[m.start("m") : m.end()]
            return _U(tok.value * mult, iso, tok.start, m.end(), False, unit_text)
        p = _AMT_BEFORE_RE.search(norm, max(0, tok.start - 6), tok.start)
        if p is None or tok.words is not None:
            return None
        iso = _CUR_CODES[p.group("cc")][0]
        end, mult = tok.end, 1
        mm = _MULT_AFTER_RE.match(norm, tok.end)
        if mm is not None:
            end, mult = mm.end(), _CUR_MULT[mm.group("m")]
        return _U(tok.value * mult, iso, p.start(), end, False, p.group("cc"))

    found = _with_units(low, text, "amount", toks, unit_at)
    # A figure the sentence calls a price with no currency next to it ("Montant (DZD HT) :
    # 350 000", "un budget global de 2 000 000 HT"): the currency, if any, is in the cue.
    taken = sorted((q.start, q.end) for q in found)
    k = 0
    for tok in toks:  # sorted by start, like `taken`
        while k < len(taken) and taken[k][1] <= tok.start:
            k += 1
        if tok.value < 100 or (k < len(taken) and taken[k][0] < tok.end):
            continue
        if 1900 <= tok.value <= 2100 and low[tok.start : tok.end].isdigit():
            continue  # "budget 2027" is a year
        cue = _AMOUNT_CUE_RE.search(low, max(0, tok.start - 60), tok.start)
        if cue is None or _AMOUNT_END_RE.match(low, tok.end) is None:
            continue
        cur = _CUE_CURRENCY_RE.search(cue.group())
        iso = "" if cur is None else _CUE_CURRENCY[cur.group().rstrip("s")]
        approx, bound = _hedge(low, tok.start, tok.end)
        found.append(
            Quantity(
                "amount", float(tok.value), iso, tok.start, tok.end, text[tok.start : tok.end],
                approx=approx, bound=bound, number=float(tok.value),
            )
        )  # fmt: skip
    return _no_overlap(found)


_AMOUNT_CUE_RE = re.compile(
    r"(?<!\w)(?:montant|somme|prix|budget|coût|cout|tarif|forfait|honoraires|redevance"
    r"|rémunération|amount|price|fees?|sum|cost)s?(?!\w)[^.;\n\d%]{0,40}$"
)
_AMOUNT_END_RE = re.compile(r" *(?:ht\b|ttc\b|hors taxes|h\.t\.|excl|[.,;:)/\n]|$)")
_CUE_CURRENCY = {
    "dzd": "DZD", "da": "DZD", "dinar": "DZD", "eur": "EUR", "€": "EUR", "euro": "EUR",
    "usd": "USD", "$": "USD", "dollar": "USD",
}  # fmt: skip
_CUE_CURRENCY_RE = re.compile(r"(?<![a-z])(?:dzd|da|eur|usd|dinars?|euros?|dollars?)(?![a-z])|€|\$")


# --- dates ---------------------------------------------------------------------------

_MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "mars": 3,
    "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12, "déc": 12,
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # Maghreb and Mashriq month names
    "جانفي": 1, "يناير": 1, "فيفري": 2, "فبراير": 2, "مارس": 3, "أفريل": 4, "افريل": 4,
    "أبريل": 4, "ابريل": 4, "ماي": 5, "مايو": 5, "جوان": 6, "يونيو": 6, "جويلية": 7,
    "يوليو": 7, "أوت": 8, "اوت": 8, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10,
    "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
}  # fmt: skip
_EN_MONTHS = {k: v for k, v in _MONTHS.items() if k.isascii() and k not in ("mars", "mai")}
_DAY = r"(?P<d>3[01]|[12][0-9]|0?[1-9]|premier)(?:er|ᵉʳ|st|nd|rd|th)?"
# Every date has a four-digit year: find the years (a fast scan), then read the day and
# month around each one with patterns anchored on it.
_YEAR_RE = re.compile(r"[12][0-9]{3}")
_DATES_ENDING_AT_YEAR = (
    # 15 janvier 2027, 1er mars 2027, 15 January 2027, 15th of January, 2027
    re.compile(rf"(?<![\w.,/]){_DAY} +(?:of +)?(?P<m>{_trie(_MONTHS)})\.? *,? +(?P<y>[0-9]{{4}})$"),
    # January 15, 2027
    re.compile(rf"\b(?P<m>{_trie(_EN_MONTHS)})\.? +{_DAY},? +(?P<y>[0-9]{{4}})$"),
    # 15/01/2027, 15.01.2027, 15-01-2027 (day first, as in French and Algerian usage)
    re.compile(
        r"(?<![\w/.,-])(?P<d>[0-3]?[0-9])(?P<s>[/.-])(?P<m>[01]?[0-9])(?P=s)(?P<y>[0-9]{4})$"
    ),
)
# 2027-01-15, 2027/01/15
_DATE_FROM_YEAR = re.compile(
    r"(?<![\w/.,-])(?P<y>[0-9]{4})(?P<s>[/-])(?P<m>[01]?[0-9])(?P=s)(?P<d>[0-3]?[0-9])"
    r"(?![0-9]|[/-][0-9])"
)


def _month(s: str) -> int:
    return int(s) if s.isdigit() else _MONTHS[s]


def dates(text: str) -> list[Quantity]:
    """Calendar dates with `iso` "YYYY-MM-DD"; "30 jours après la signature" is no date."""
    low = _lowered(text)[1]
    out = []
    n = len(low)
    for y in _YEAR_RE.finditer(low):
        ys, ye = y.span()
        if (ys and low[ys - 1].isdigit()) or (ye < n and low[ye].isdigit()):
            continue
        if ye < n - 1 and low[ye] in "/.-" and low[ye + 1].isdigit():
            m = _DATE_FROM_YEAR.match(low, ys)
        else:
            m = None
            for rx in _DATES_ENDING_AT_YEAR:
                m = rx.search(low, max(0, ys - 40), ye)
                if m is not None:
                    break
        if m is None:
            continue
        d = m.group("d")
        day = 1 if d == "premier" else int(d)
        month, year = _month(m.group("m")), int(m.group("y"))
        try:
            when = date(year, month, day)
        except ValueError:
            if "s" not in m.re.groupindex or m.re is _DATE_FROM_YEAR:
                continue
            try:  # 01/15/2027 cannot be day-first: read it the American way
                when = date(year, day, month)
            except ValueError:
                continue
        out.append(_date(text, m.start(), m.end(), when))
        if m.re is not _DATE_FROM_YEAR and m.re.groupindex.get("s") is None:
            head = _DATE_RANGE_HEAD_RE.search(low, max(0, m.start() - 40), m.start())
            first = head and _range_start(head, when)
            if first is not None:
                out[-1] = dataclasses.replace(out[-1], bound="max")
                out.append(_date(text, head.start("d"), head.end("dm"), first, "min"))
    return _no_overlap(out)


# "du 7 au 16 avril 2026", "du 19 avril au 21 mai 2026", "from 7 to 16 April 2026"
_DATE_RANGE_HEAD_RE = re.compile(
    rf"(?<!\w)(?:du|from|between|entre(?: le)?) +(?P<dm>{_DAY}(?: +(?P<m>{_trie(_MONTHS)}))?)"
    r"\.? *(?:au|to|and|et|-|–|until|jusqu'au) +(?:le +|the +)?$"
)


def _range_start(head: re.Match, end: date) -> date | None:
    """The first date of a range whose year (and maybe month) are written only once."""
    d = head.group("d")
    day = 1 if d == "premier" else int(d)
    month = _MONTHS[head.group("m")] if head.group("m") else end.month
    try:
        start = date(end.year, month, day)
        if start > end and head.group("m"):  # du 15 décembre au 15 janvier 2027
            start = date(end.year - 1, month, day)
    except ValueError:
        return None
    return start if start <= end else None


def _date(text: str, start: int, end: int, when: date, bound: str | None = None) -> Quantity:
    return Quantity(
        "date", float(when.toordinal()), "date", start, end, text[start:end],
        iso=when.isoformat(), bound=bound,
    )  # fmt: skip


def quantities(text: str) -> list[Quantity]:
    """Every duration, percentage, amount and date, sorted by start."""
    found = durations(text) + percentages(text) + amounts(text) + dates(text)
    return sorted(found, key=lambda q: (q.start, q.end))


# --- letters versus figures ----------------------------------------------------------

_UNIT_WORDS = (
    rf"(?:{_PCT_WORDS}|(?:de +|d')?{_CUR_WORDS.replace('?P<cw>', '')}|{_trie(_DAY_UNITS)}(?!\w))"
)
# After a number in letters: "trente jours (30 jours)", "deux millions de dinars (2 000 000 DA)";
# not the dates the period runs between: « huit semaines (23 mars – 15 mai 2026) »
_MIS_AFTER_WORDS_RE = re.compile(
    rf" *{_UNIT_WORDS}(?: +\w+)? *\( *(?P<d>{_D})(?! *(?:{_trie(_MONTHS)})(?!\w)| *[/.-] *\d)"
    # « dix semaines (5 jours-homme) », "ten weeks (5 person-days)": another measure
    r"(?! *(?:person|man|people|homme|personne)s?[- ]?(?:days?|jours?)\b"
    r"| *(?:jours?|days?)[- ](?:hommes?|personnes?)\b| *(?:j/h|jh|fte|etp)\b)"
    rf"[^()\n]{{0,30}}\)"
)
# After a number in figures: "30 jours (trente jours)", "2 000 000 DA (deux millions ...)"
_MIS_AFTER_DIGITS_RE = re.compile(
    rf" *(?:%|{_trie(k.lower() for k in _CUR_CODES)}(?![a-z])|{_UNIT_WORDS})(?: +\w+)?"
    rf" *\( *(?P<w>{_WORDS})[^()\n]{{0,30}}\)"
)


def number_mismatches(text: str) -> list[Mismatch]:
    """Numbers whose letters and figures disagree: "trente (20) jours"."""
    _, low, toks = _prepared(text)
    found: list[Mismatch | None] = []
    for t in toks:
        if t.words is not None and _compound_tail(low, t.start):
            continue
        if t.words is not None and t.digits is not None:
            found.append(_mismatch(text, t.start, t.end, t.words, t.digits))
        elif t.words is not None and not t.approx:
            m = _MIS_AFTER_WORDS_RE.match(low, t.end)
            if m is not None:
                found.append(_mismatch(text, t.start, m.end(), t.words, _parse_digits(m["d"])))
        elif t.digits is not None:
            m = _MIS_AFTER_DIGITS_RE.match(low, t.end)
            parsed = m and _parse_words_suffix(low, m.start("w"), m.end("w"))
            if parsed and not _compound_tail(low, parsed[1]):
                found.append(_mismatch(text, t.start, m.end(), parsed[0], t.digits))
    return _no_overlap([f for f in found if f is not None])


_AR_TEEN_TAIL = re.compile("عشرة?(?![\u0621-\u064a])")
# the ordinals' first words (« الحادي عشر », « الثالثة عشرة »), with or without the article
_AR_WORD_BEFORE = re.compile(
    "(?<![\u0621-\u064a])(?:ال)?(?:حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع)ة? +$"
)


def _compound_tail(low: str, start: int) -> bool:
    """Whether the number in letters at `start` is the « عشر » that ends an ordinal
    (« الحادي عشر (11) », eleventh): its value is not ten, so it disagrees with no figure."""
    return _AR_TEEN_TAIL.match(low, start) is not None and (
        _AR_WORD_BEFORE.search(low, max(0, start - 12), start) is not None
    )


def _mismatch(text: str, start: int, end: int, words: int, digits: float) -> Mismatch | None:
    if digits != int(digits) or int(digits) == words:
        return None
    return Mismatch(start, end, text[start:end], words, int(digits))


# --- terms of art --------------------------------------------------------------------

_SP = "[ \u00a0\u202f\u2009]"
_QUOTED_RE = re.compile(
    rf"«{_SP}*(?P<a>[^«»\n]{{1,100}}?){_SP}*»"
    r"|“(?P<b>[^“”\n]{1,100})”"
    r'|"(?P<c>[^"\n]{1,100})"'
)


def terms_in_quotes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, term) of every short quoted phrase: « Lead qualifié », “Effective
    Date”, "LOI". The span is the term inside the quotes, without the quotes and the
    spaces French typography puts inside them. Definitions usually quote the term they
    define, so this is where a term of art is defined."""
    out = []
    for m in _QUOTED_RE.finditer(text):
        group = m.lastgroup
        start, end = m.start(group), m.end(group)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append((start, end, text[start:end]))
    return out


_UPPER = "A-ZÀ-ÖØ-Þ"
_CAP_WORD = rf"[{_UPPER}][\w'’\-]*"
_CONNECTOR = (
    rf"(?:{_SP}+(?:de|du|des|la|le|les|of|the|à|en|pour|sur){_SP}+"
    rf"|{_SP}+[dl]['’]|{_SP}+)"
)
# Starts with a plain character class (a fast scan); what may stand before the run is
# checked in _starts_run: a space, or an elided article ("l'Utilisateur Actif").
_CAP_RUN_RE = re.compile(rf"{_CAP_WORD}(?:{_CONNECTOR}{_CAP_WORD})+")
_CAP_ITEM_RE = re.compile(_CAP_WORD)
_SENTENCE_END = set('.!?:;…\n\r\t•·–—-([«“"')


def capitalised_run(text: str, start: int) -> str | None:
    """The run of capitalised words starting at `start` (« Poste de Contrôle Actif »), as
    `capitalised_terms` reads them, or None."""
    m = _CAP_RUN_RE.match(text, start)
    return m.group() if m else None


def _starts_run(text: str, i: int) -> bool:
    if i == 0:
        return True
    c = text[i - 1]
    if c in "'’":
        return i >= 2 and text[i - 2] in "lLdD" and (i == 2 or not text[i - 3].isalnum())
    return not (c.isalnum() or c in "_-")


def _at_sentence_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \u00a0\u202f\u2009":
        j -= 1
    if j < 0:
        return True
    c = text[j]
    return c in _SENTENCE_END or (c == ")" and j > 0 and text[j - 1].isdigit())


_HONORIFICS = {
    "m", "mm", "mme", "mmes", "mlle", "monsieur", "madame", "mademoiselle", "maître", "me",
    "mr", "mrs", "ms", "dr", "pr", "docteur", "professeur", "sir",
}  # fmt: skip
# names of people, places and companies are capitalised too, and are no terms of art
_NAME_BEFORE_RE = re.compile(
    r"(?<!\w)(?:M|MM|Mme|Mmes|Mlle|Mr|Mrs|Ms|Dr|Me|Pr|rue|avenue|av|boulevard|bd|chemin"
    r"|cité|route|lot|lotissement|place|quartier|wilaya|commune|daïra|à|street|road)"
    r"\.?(?:[\s\u00a0]+(?:des|de|du|de la|d'|l'))?[\s\u00a0]*$",
    re.I,
)
_ADDRESS_BEFORE_RE = re.compile(
    r"(?<!\w)(?:sis|sise|situé|située|siège|domicilié|domiciliée|demeurant|adresse|address"
    r"|located|registered office)(?!\w)[^.;:\n]*$",
    re.I,
)
_LEGAL_FORMS = {
    "sarl", "eurl", "spa", "sas", "sasu", "sa", "snc", "inc", "llc", "ltd", "gmbh", "plc",
    "fz-llc", "bv", "ag", "corp",
}  # fmt: skip
_DETERMINERS = {
    "le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son",
    "sa", "ses", "leur", "leurs", "notre", "votre", "the", "a", "an", "this", "that",
    "these", "its", "their", "our", "your", "each", "any", "all", "every", "chaque", "tout",
    "toute", "tous", "toutes", "aucun", "aucune",
}  # fmt: skip


_JOINED_RE = re.compile(r"\s+(?:de|of)\s+|\s+d['’]")
_NAME_ENDS_RE = re.compile(
    r"\s*(?:$|[^\w\s'’-]|(?:(?:de|des|du|of|the|la|le|les|d['’]|l['’])\s*)+[^\W\d_]*[A-ZÀ-Ý])"
)
_MEASURE_HEADS = {"taux", "indice", "score", "ratio", "rate", "index", "précision", "accuracy"}


def capitalised_terms(text: str, cell: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, term) of multi-word capitalised terms of art: "Lead Qualifié",
    "Utilisateur Actif", "Date d'Entrée en Vigueur", "Effective Date".

    Capitals that grammar or typography impose do not make a term: a sentence's or a
    heading's first word, a determiner ("Le Client" is the term "Client", a single word,
    so no multi-word term), and runs written all in capitals (headings, acronyms). Names
    are left out where they show: after an honorific ("M. Rachid Meziane"), a street
    or "à" ("rue Didouche Mourad", "à Bab Ezzouar"), or with a company form ("Atlas
    Leads SARL"). Other names ("WhatsApp Business") remain: whoever uses the list
    checks which terms the document defines.
    """
    out = []
    for m in _CAP_RUN_RE.finditer(text):
        if not _starts_run(text, m.start()):
            continue
        words = list(_CAP_ITEM_RE.finditer(text, m.start(), m.end()))
        if words[0].group().lower().rstrip(".") in _HONORIFICS:
            continue
        # drop leading words that are capitalised for grammar, not for meaning; in a table
        # cell, a measure's name joined by « de » / "of" to a capitalised word keeps its
        # capital for meaning (« Taux de Pertinence | 75 % au moins »); "Share of Qualified
        # Candidates" is a count of the class, which stays the term
        while words and (
            _at_sentence_start(text, words[0].start())
            and not (
                cell
                and len(words) > 1
                and words[0].group().lower() in _MEASURE_HEADS
                and _JOINED_RE.fullmatch(text, words[0].end(), words[1].start())
                # capitalised to its end (« Taux de Résolution Automatique »), not a label
                # in sentence case (« Taux de Réponses correctes sur le jeu de test »)
                and _NAME_ENDS_RE.match(text, words[-1].end())
            )
            or words[0].group().lower() in _DETERMINERS
        ):
            words.pop(0)
        if len(words) < 2 or all(w.group().isupper() for w in words):
            continue
        lowered = [w.group().lower().rstrip(".") for w in words]
        if any(w in _LEGAL_FORMS for w in lowered):
            continue
        if _NAME_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()):
            continue
        if _ADDRESS_BEFORE_RE.search(text, max(0, m.start() - 80), m.start()):
            continue
        start, end = words[0].start(), words[-1].end()
        out.append((start, end, text[start:end]))
    return out
