"""Word-level diff that reads like a lawyer's blackline.

`word_diff(old, new)` returns the changes as ops with offsets in OLD's text, ready to become
`Edit("replace", block, start, end, text)`. Pure: strings in, tuples out.

Why words and not characters: a character diff of "trente (30) jours" against
"quatre-vingt-dix (90) jours" keeps the stray "t", "e" and "0" it happens to share, and
counsel reads a soup. We diff tokens (words, whitespace runs, single punctuation marks),
mapped one-to-one onto private characters so diff-match-patch's Myers diff runs on them,
then tidy the result with rules a drafter would apply:

* a whitespace-only equality between two changes is absorbed ("Buyer shall" → "Seller may"
  is one change, not two separated by a blank);
* a short equality squeezed between two much longer changes is absorbed too;
* a sentence whose words are mostly rewritten (equal share below `min_equal`) becomes one
  deletion and one insertion, instead of a comb of islands;
* punctuation that survives is left alone: "(30)" → "(90)" touches only "30".
"""

from __future__ import annotations

import re
from typing import NamedTuple

from diff_match_patch import diff_match_patch

# Word characters: letters and digits of every script (Arabic included), plus the combining
# marks Python's \w leaves out (Latin accents typed as combining, Arabic harakat), so a
# vowelled Arabic word stays one token.
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
_W = rf"[\w{_MARKS}]"
# A word may carry inner hyphens, dots, commas or slashes between word characters
# ("quatre-vingt-dix", "1.000,50", "12/03/2026"): one token, one change.
_WORD = rf"{_W}+(?:[-\u2010\u2011./,]{_W}+)*"
# French elision: "l’", "d'", "qu’" is its own token, so "l’Acheteur" → "l’Acquéreur"
# changes only the noun.
_ELISION = rf"{_W}+['\u2019](?={_W})"
_TOKEN = re.compile(rf"{_ELISION}|{_WORD}|\s+|.", re.DOTALL)
_SENTENCE_END = re.compile(r"[.;!?\u2026](?:\s|$)|\n")


class Op(NamedTuple):
    """One change: replace OLD[start:end) by `text`.

    `op` is "replace", "insert" (start == end) or "delete" (text == "").
    """

    op: str
    start: int
    end: int
    text: str


def tokenize(text: str) -> list[str]:
    """Words, whitespace runs and single punctuation marks; they concatenate back to `text`."""
    return _TOKEN.findall(text)


def _is_space(tok: str) -> bool:
    return tok.isspace()


def _is_word(tok: str) -> bool:
    return re.match(_W, tok) is not None


def diff_lists(a: list[str], b: list[str], timeout: float = 1.0) -> list[tuple[int, list[str]]]:
    """Myers diff of two lists of strings (tokens, paragraph keys...): [(op, items)],
    op -1 delete, 0 equal, 1 insert; diff-match-patch runs on one private char per item."""
    table: dict[str, str] = {}

    def encode(tokens: list[str]) -> str:
        out = []
        for t in tokens:
            c = table.get(t)
            if c is None:
                n = len(table) + 0x100
                if n >= 0xD800:  # skip the surrogate block
                    n += 0x800
                c = table[t] = chr(n)
            out.append(c)
        return "".join(out)

    ea, eb = encode(a), encode(b)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = timeout
    back = {c: t for t, c in table.items()}
    return [(op, [back[c] for c in s]) for op, s in dmp.diff_main(ea, eb, False)]


# A "change" is a (deleted tokens, inserted tokens) pair; a script alternates equal token
# lists and changes: [eq, ch, eq, ch, ..., eq] (end equalities may be empty).
Script = list  # list[list[str] | tuple[list[str], list[str]]]


def _to_script(diffs: list[tuple[int, list[str]]]) -> Script:
    script: Script = [[]]
    for op, toks in diffs:
        if op == 0:
            if isinstance(script[-1], list):
                script[-1].extend(toks)
            else:
                script.append(list(toks))
        else:
            if isinstance(script[-1], list):
                script.append(([], []))
            (script[-1][0] if op < 0 else script[-1][1]).extend(toks)
    if not isinstance(script[-1], list):
        script.append([])
    return script


def _chars(toks: list[str]) -> int:
    return sum(len(t) for t in toks)


def _word_chars(toks: list[str]) -> int:
    return sum(len(t) for t in toks if _is_word(t))


def _absorb(script: Script) -> Script:
    """Fold equalities between two changes into them when a drafter would not keep them."""
    changed = True
    while changed and len(script) > 3:
        changed = False
        out: Script = [script[0]]
        i = 1
        while i < len(script):
            item = script[i]
            if (
                isinstance(item, list)
                and 0 < i < len(script) - 1
                and isinstance(out[-1], tuple)
                and _fold(out[-1], item, script[i + 1])
            ):
                prev, nxt = out[-1], script[i + 1]
                out[-1] = (prev[0] + item + nxt[0], prev[1] + item + nxt[1])
                i += 2
                changed = True
                continue
            out.append(item)
            i += 1
        script = out
    return script


def _fold(left: tuple, eq: list[str], right: tuple) -> bool:
    if all(_is_space(t) for t in eq):
        return True
    if any(not (_is_word(t) or _is_space(t)) for t in eq):
        return False  # surviving punctuation is a landmark: "(30)" → "(90)"
    words = sum(1 for t in eq if _is_word(t))
    size = _chars(eq)
    side = min(max(_chars(left[0]), _chars(left[1])), max(_chars(right[0]), _chars(right[1])))
    return words <= 2 and size * 2 <= side


def _collapse_rewrites(script: Script, min_equal: float) -> Script:
    """Within each sentence, too little kept → one deletion and one insertion."""
    if min_equal <= 0:
        return script
    # Groups of changes: split at equalities that contain a sentence end.
    anchors = [
        i
        for i, it in enumerate(script)
        if isinstance(it, list) and (i in (0, len(script) - 1) or _SENTENCE_END.search("".join(it)))
    ]
    out: Script = []
    for a, b in zip(anchors, anchors[1:], strict=False):
        if not out:
            out.append(script[a])
        inner = script[a + 1 : b]
        if len(inner) > 1 and _rewritten(script[a], inner, script[b], min_equal):
            dels: list[str] = []
            ins: list[str] = []
            for it in inner:
                if isinstance(it, list):
                    dels += it
                    ins += it
                else:
                    dels += it[0]
                    ins += it[1]
            inner = [(dels, ins)]
        out.extend(inner)
        out.append(script[b])
    return out


def _sentence_tail(toks: list[str], from_end: bool) -> list[str]:
    """The part of an anchor equality that belongs to the neighbouring sentence."""
    text = "".join(toks)
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    if not ends:
        return toks
    if from_end:  # the sentence starts after the last end in the left anchor
        cut = ends[-1]
        return tokenize(text[cut:])
    cut = ends[0]
    return tokenize(text[:cut])


def _rewritten(left: list[str], inner: Script, right: list[str], min_equal: float) -> bool:
    kept = _word_chars(_sentence_tail(left, True)) + _word_chars(_sentence_tail(right, False))
    old = new = kept
    for it in inner:
        if isinstance(it, list):
            w = _word_chars(it)
            kept += w
            old += w
            new += w
        else:
            old += _word_chars(it[0])
            new += _word_chars(it[1])
    total = max(old, new)
    return total > 0 and kept / total < min_equal


def word_diff(old: str, new: str, min_equal: float = 0.5, timeout: float = 1.0) -> list[Op]:
    """The changes turning OLD into NEW, word by word, offsets in OLD.

    `min_equal`: a sentence keeping less than this share of its word characters is shown
    as one deletion and one insertion (0 disables). `timeout`: diff-match-patch's budget in
    seconds for a pathological paragraph (the result stays correct, only coarser).
    """
    if old == new:
        return []
    script = _to_script(diff_lists(tokenize(old), tokenize(new), timeout))
    script = _absorb(script)
    script = _collapse_rewrites(script, min_equal)
    script = _absorb(script)
    ops: list[Op] = []
    pos = 0
    for it in script:
        if isinstance(it, list):
            pos += _chars(it)
            continue
        dels, ins = "".join(it[0]), "".join(it[1])
        kind = "replace" if dels and ins else ("delete" if dels else "insert")
        ops.append(Op(kind, pos, pos + len(dels), ins))
        pos += len(dels)
    return ops


def apply_ops(old: str, ops: list[Op]) -> str:
    """OLD with `ops` applied: what accepting every change gives (the ops' own check)."""
    out = []
    pos = 0
    for op in ops:
        out.append(old[pos : op.start])
        out.append(op.text)
        pos = op.end
    out.append(old[pos:])
    return "".join(out)
