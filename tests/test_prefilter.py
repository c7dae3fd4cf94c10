"""The literal prefilter of rule patterns: it may skip work, never change a match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from loi_redline import prefilter
from loi_redline.read import read
from loi_redline.ruleset import LazyPattern, load_ruleset, match_text

ROOT = Path(__file__).resolve().parents[1]


def spans(p, text):
    return [m.span() for m in p.finditer(text)]


@pytest.mark.parametrize(
    "pattern, need, local",
    [
        (r"\bfoo\b", [("foo",)], True),
        (r"(?:acceptation|validation) tacites?|tacitement (acceptee?s?)", None, True),
        (r"u\.s\.\b[^.;]{0,40}x", [("u.s.",)], True),  # \b cannot sit between "." and "\n"
        (r"u\.s\.[^.;]{0,40}x", [("u.s.",)], False),  # "u.s.\nx" crosses a boundary
        (r"a l.\s+b", None, False),  # "." may be the full stop, \s the line break
        (r"[^;]+x", [("x",)], False),
        (r"x(?=\.\n)", [("x",)], False),  # a look-ahead reads across
        (r"a$", [], False),  # an end anchor: never windowed
        (r"(?i)abc", [], False),  # flags: no prefilter at all
        (r"a*", [], False),  # matches the empty string
        (r"\d+ jours", [(" jours",)], True),
        (r"x\1", [], False),  # a back-reference: not modelled
        (r"a{", [], False),  # "{" as a literal: left alone
    ],
)
def test_analyse(pattern, need, local):
    info = prefilter.analyse(pattern)
    assert info.local is local
    if need is not None:
        assert [tuple(sorted(s)) for s in info.need] == need


def test_a_text_without_the_words_is_not_scanned_nor_compiled():
    p = LazyPattern(r"(resiliation|termination) (anticipee|early)")
    assert p.search("rien de tel ici") is None
    assert list(p.finditer("rien de tel ici")) == []
    assert p._re is None
    assert p.search("une resiliation anticipee").span() == (4, 25)


def test_windows_give_the_matches_of_the_whole_text():
    blocks = [f"clause {i} sans rien" for i in range(400)]
    blocks[7] = "le prix est revisable chaque annee"
    blocks[300] = "prix revisable; prix revisable"
    text = ".\n".join(blocks)
    assert len(text) > prefilter.LONG
    for pat in [r"prix (est )?revisable", r"\brevisable\b", r"(?<=prix )revisable"]:
        lazy, plain = LazyPattern(pat), re.compile(pat)
        assert prefilter.windows(lazy.info(), text) not in (None, [])
        assert spans(lazy, text) == spans(plain, text)
        assert lazy.search(text).span() == plain.search(text).span()
    # a pattern that reads across the ".\n" between blocks is scanned whole
    crossing = ".\n".join(["a"] * 2000 + ["fin du texte", "suite"])
    for pat in [r"texte\.\s+suite", r"texte[^;]{0,5}suite"]:
        assert spans(LazyPattern(pat), crossing) == spans(re.compile(pat), crossing) != []


def test_a_very_long_text_answers_from_its_four_grams_as_a_scan_would():
    # "resiliation" and "anticipee" are both there, each of the 4-grams of "resiliation
    # anticipee" too (in "resiliation anti" and "tion anticipee"), the phrase itself not
    filler = ".\n".join(["clause sans objet"] * 4000)
    text = "une resiliation anti-crise.\n" + filler + ".\nsa version anticipee.\n" + filler
    assert len(text) >= prefilter.GRAMS
    for pat, found in [
        (r"resiliation anticipee", False),
        (r"version anticipee", True),
        (r"resiliation|termination", True),
        (r"termination", False),
        (r"ion anti", True),
    ]:
        lazy = LazyPattern(pat)
        assert prefilter.possible(lazy.info(), text) is found, pat
        assert spans(lazy, text) == spans(re.compile(pat), text)
    text2 = text.replace("sa version anticipee", "sa resiliation anticipee")
    assert spans(LazyPattern(r"resiliation anticipee"), text2) != []


def test_every_shipped_pattern_matches_as_before_on_the_samples():
    pats = {}
    for rid in ("pme-ia-fr", "pme-ia-en"):
        for r in load_ruleset(rid).rules:
            groups = [r.patterns, r.with_, r.unless, r.unless_anywhere, r.context, r.terms]
            groups += [fb.patterns for fb in r.fallbacks]
            for g in groups:
                for p in g or []:
                    if isinstance(p, LazyPattern):
                        pats[p.pattern] = p
    texts = []
    for path in sorted((ROOT / "samples").glob("*.docx")):
        texts.append(".\n".join(match_text(b.text) for b in read(path).blocks))
    texts.append(".\n".join(texts))
    for src, lazy in pats.items():
        plain = re.compile(src)
        for t in texts:
            assert spans(lazy, t) == spans(plain, t), src[:80]
            a, b = lazy.search(t), plain.search(t)
            assert (a and a.span()) == (b and b.span()), src[:80]


def test_the_shipped_table_is_up_to_date():
    # a forgotten regeneration is never wrong, only slower: CI says so here
    from loi_redline import precomputed

    assert precomputed.PREFILTER_TABLE.read_text(encoding="utf-8") == (
        precomputed.build_prefilter()
    ), "the shipped prefilter table is stale: run python scripts/build_precomputed.py"


def test_the_table_gives_what_the_analyser_gives_and_only_that(monkeypatch):
    from loi_redline import precomputed

    sources = precomputed.shipped_sources()
    assert len(sources) > 100
    for s in sources:
        assert precomputed.info(s) == prefilter.analyse(s)
    # a pattern the table lacks is analysed at run time
    other = r"\bclause absente du tableau\b"
    assert precomputed.key(other) not in precomputed._load_prefilter()
    assert precomputed.info(other) == prefilter.analyse(other)
    # a table written by another analyser is ignored, not trusted
    monkeypatch.setattr(precomputed, "_prefilter", None)
    monkeypatch.setattr(precomputed, "analyser_version", lambda: "another")
    assert precomputed._load_prefilter() == {}
    assert precomputed.info(sources[0]) == prefilter.analyse(sources[0])
    monkeypatch.setattr(precomputed, "_prefilter", None)


def test_the_analysis_is_the_same_in_every_process():
    # string hashing differs between processes; the shipped table must not depend on it
    import subprocess
    import sys

    src = str(Path(prefilter.__file__).resolve().parents[1])
    code = (
        "import hashlib, sys; sys.path.insert(0, sys.argv[1]); "
        "from loi_redline import precomputed; "
        "print(hashlib.sha256(precomputed.build_prefilter().encode()).hexdigest())"
    )
    out = {
        subprocess.run(
            [sys.executable, "-c", code, src],
            capture_output=True,
            text=True,
            env={"PYTHONHASHSEED": seed},
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(out) == 1


def test_a_long_text_whose_blocks_lack_the_words_together_compiles_nothing():
    blocks = [f"clause {i} sur le prix" for i in range(300)] + ["une clause revisable"]
    text = ".\n".join(blocks)
    assert len(text) > prefilter.LONG
    p = LazyPattern(r"prix[^.]*revisable")
    assert prefilter.possible(p.info(), text) and prefilter.windows(p.info(), text) == []
    assert p.search(text) is None and list(p.finditer(text)) == []
    assert p._re is None
    assert spans(re.compile(p.pattern), text) == []


def test_a_text_where_no_branch_finds_its_own_words_compiles_nothing():
    # the whole pattern needs only "etranger" or "serveur"; each branch needs two words
    pat = r"donnees[^.;]{0,40}etranger|serveurs?[^.;]{0,40}(europe|irlande)"
    p = LazyPattern(pat)
    assert p.info().need == (("serveur", "etranger"),)
    assert p.info().branches == (
        (("etranger",), ("donnees",)),
        (("serveur",), ("europe", "irlande")),
    )
    short = "les donnees restent en algerie; un serveur local"
    assert not prefilter.possible(p.info(), short)
    assert p.search(short) is None and list(p.finditer(short)) == []
    blocks = [f"clause {i}: donnees en algerie" for i in range(300)] + ["serveur en irlande"]
    blocks[9] = "a l'etranger, rien"
    text = ".\n".join(blocks)
    assert prefilter.possible(p.info(), text)
    win = prefilter.windows(p.info(), text)
    assert [text[a:b] for a, b in win] == ["\nserveur en irlande"]
    assert p._re is None
    assert spans(p, text) == spans(re.compile(pat), text) != []


def test_patterns_rebuilt_with_a_letters_names_match_as_before():
    # their analysis is the shipped one of the pattern with the names read as any text
    from loi_redline import precomputed
    from loi_redline.assess import _name_pattern
    from loi_redline.ruleset import fold, with_macros

    texts = [
        ".\n".join(match_text(b.text) for b in read(path).blocks)
        for path in sorted((ROOT / "samples").glob("*.docx"))[:4]
    ]
    texts.append(
        match_text(
            "Acme Vision S.A.R.L. conservera la propriété des modèles. AEL pourra "
            "réutiliser les données du Groupe Horizon.\nLe Groupe Horizon paiera."
        )
    )
    checked = 0
    for rid in ("pme-ia-fr", "pme-ia-en"):
        rs = load_ruleset(rid)
        macros = dict(rs.macros)
        macros["vendor"] += "|" + "|".join(_name_pattern(n) for n in ("Acme Vision", "AEL"))
        macros["client"] += "|" + _name_pattern(fold("Groupe Horizon"))
        for rule in rs.rules:
            new = with_macros(rule, macros)
            if new is rule:
                continue
            for key, pats in rule.sources.items():
                if not any("{vendor}" in p or "{client}" in p for p in pats):
                    continue
                for lazy in getattr(new, "with_" if key == "with" else key):
                    if lazy._info is None or precomputed.known(lazy.pattern) is not None:
                        continue
                    checked += 1
                    plain = re.compile(lazy.pattern)
                    for t in texts:
                        assert spans(lazy, t) == spans(plain, t), lazy.pattern[:80]
                        a, b = lazy.search(t), plain.search(t)
                        assert (a and a.span()) == (b and b.span()), lazy.pattern[:80]
    assert checked > 50
