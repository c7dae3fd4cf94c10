"""Assess one clause on its own, between a standard preamble and nothing else: the harness
of the clause batteries (tests/test_battery_*.py). A battery states, clause by clause, what
a PME's counsel expects: a well-drafted clause raises nothing at medium or above, a trap
raises a finding of the right kind, topic and severity that points at the trap's words."""

from __future__ import annotations

from functools import cache

from helpers_playbook import _finding_matches, block

from loi_redline.assess import assess_sections
from loi_redline.model import SEVERITIES, Section
from loi_redline.read import read
from loi_redline.ruleset import load_ruleset
from loi_redline.structure import sections

PREAMBLE = {
    "fr": (
        "Entre ALPHA IA SARL, société spécialisée dans l'intégration de solutions "
        "d'intelligence artificielle (ci-après « le Prestataire »), d'une part, et BETA "
        "Distribution SPA, distributeur de produits alimentaires (ci-après « le Client »), "
        "d'autre part."
    ),
    "en": (
        "Between ALPHA AI Ltd, a company that develops artificial-intelligence software (the "
        '"Provider"), and BETA Distribution SPA, a food distributor (the "Client").'
    ),
}


@cache
def _ruleset_and_reference(lang: str):
    rs = load_ruleset("pme-ia-en" if lang == "en" else "pme-ia-fr")
    return rs, sections(read(rs.reference))


def preamble(lang: str = "fr") -> Section:
    """The standard preamble: ALPHA IA SARL « le Prestataire » and BETA Distribution SPA
    « le Client » (English: "Provider" / "Client"); its section id is "p0"."""
    return Section(
        id="p0",
        number=None,
        title="",
        level=1,
        kind="preamble",
        heading=None,
        blocks=[block(PREAMBLE[lang], 0)],
    )


def assess_clause(title: str, text: str, lang: str = "fr"):
    """The assessment of a letter made of the preamble and one clause titled `title`
    (paragraphs split on blank lines). The clause's section id is "c1"."""
    paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    return assess_blocks(title, [block(p, i + 2) for i, p in enumerate(paras)], lang)


def assess_blocks(title: str, blocks: list, lang: str = "fr"):
    """The assessment of a letter made of the preamble and one clause titled `title` whose
    body is `blocks` (table cells, for instance). The clause's section id is "c1"."""
    rs, ref = _ruleset_and_reference(lang)
    clause = Section(
        id="c1",
        number="1",
        title=title,
        level=1,
        kind="clause",
        heading=block(title, 1),
        blocks=blocks,
    )
    return assess_sections([preamble(lang), clause], ref, rs, lang)


def table_blocks(rows) -> list:
    """A clause body set as a table: one block per cell, `table` = (0, row, cell)."""
    blocks = []
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            b = block(cell, 2 + len(blocks))
            b.table = (0, r, c)
            blocks.append(b)
    return blocks


def table_findings(title: str, rows, lang: str = "fr") -> list[tuple[str, str | None]]:
    """(rule, evidence) of every finding on a one-clause letter set as a table of `rows`."""
    return [(f.rule, f.evidence) for f in assess_blocks(title, table_blocks(rows), lang).findings]


def assert_caught(kind, topic, min_severity, words, title, text, lang="fr") -> None:
    """A finding of `kind`/`topic` at `min_severity` or above points at `words`, which the
    clause does contain (a case that quotes words its text lacks proves nothing)."""
    assert words in text
    ok, seen = catches(title, text, kind, topic, min_severity, words, lang)
    assert ok, seen


def evidence_of(rule: str, title: str, text: str, lang: str = "fr") -> list[str | None]:
    """The evidence of every finding of `rule` on a one-clause letter (empty: it keeps quiet)."""
    a = assess_clause(title, text, lang)
    return [f.evidence for f in a.findings if f.rule == rule]


def case_ids(rows, topic_at: int) -> list[str]:
    """Readable test ids for a battery table: the case's topic and its rank ("price-3");
    an added clause (topic None) is "added-N"."""
    seen: dict[str, int] = {}
    out = []
    for r in rows:
        values = r.values if hasattr(r, "values") else r
        t = values[topic_at] or "added"
        seen[t] = seen.get(t, 0) + 1
        out.append(f"{t}-{seen[t]}")
    return out


def _at_least(severity: str, floor: str) -> bool:
    return SEVERITIES.index(severity) >= SEVERITIES.index(floor)


def alarms(title: str, text: str, topic: str, lang: str = "fr") -> list[str]:
    """Findings at medium or above raised on a clause that meets the PME position: those of
    its topic (a `require` not met points at the heading) and those of no topic on it (an
    added clause, an undefined term). Other topics' rules are not this clause's business:
    a lone clause leaves them all unsaid."""
    a = assess_clause(title, text, lang)
    return [
        f"{f.rule} {f.severity} {f.evidence!r}"
        for f in a.findings
        if _at_least(f.severity, "medium")
        and (f.topic == topic or (f.topic is None and f.section == "c1"))
        and f.kind != "missing"
    ]


def catches(
    title: str,
    text: str,
    kind: str,
    topic: str | None,
    min_severity: str,
    words: str | None,
    lang: str = "fr",
) -> tuple[bool, list[str]]:
    """Whether a finding of `kind`/`topic` at `min_severity` or above points at `words`;
    with what was found, for the failure message."""
    a = assess_clause(title, text, lang)
    gold = {"kind": kind, "topic": topic, "min_severity": min_severity, "evidence_contains": words}
    hit = any(_finding_matches(gold, f, use_evidence=bool(words)) for f in a.findings)
    seen = [
        f"{f.rule} {f.kind} {f.topic} {f.severity} {f.evidence!r}"
        for f in a.findings
        if f.section == "c1"
    ]
    return hit, seen


def marked(rows, topic_at: int, below: set[str]) -> list:
    """A battery table as pytest params with readable ids; the cases in `below` (the engine
    does not meet them yet) are strict xfails, so a case that starts passing says so."""
    import pytest

    mark = pytest.mark.xfail(reason="not met yet (blind battery, first measure)", strict=True)
    return [
        pytest.param(*r, id=i, marks=[mark] if i in below else [])
        for r, i in zip(rows, case_ids(rows, topic_at), strict=True)
    ]
