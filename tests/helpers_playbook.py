"""Helpers for the playbook tests: hand-built sections, gold-file scoring."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from loi_redline.model import SEVERITIES, Block, Section

ROOT = Path(__file__).resolve().parents[1]


def block(text: str, i: int = 0) -> Block:
    return Block(id=f"b{i}", text=text, spans=[], element=None)


def section(
    sid: str, title: str, *paragraphs: str, number: str | None = None, level: int = 1, kind="clause"
) -> Section:
    head = block(title, 0) if title else None
    return Section(
        id=sid,
        number=number,
        title=title,
        level=level,
        kind=kind,
        heading=head,
        blocks=[block(p, i + 1) for i, p in enumerate(paragraphs)],
    )


def mini_reference() -> list[Section]:
    """A few reference articles, enough for alignment to know the topics' bodies."""
    return [
        section("r1", "Objet et définitions", "La Lettre a pour objet un projet d'IA."),
        section(
            "r2",
            "Conditions financières",
            "Le prix est décomposé : partie fixe, partie variable, acompte de 30 %, solde à la recette, plafond.",
        ),
        section(
            "r3",
            "Calendrier et décision de poursuite",
            "Atelier de cadrage semaine 1, POC semaines 4 à 9, décision go/no-go le [date].",
        ),
        section(
            "r4",
            "Exclusivité",
            "Pendant soixante (60) jours, le Client ne négocie pas avec un autre prestataire.",
        ),
        section(
            "r5",
            "Propriété intellectuelle",
            "Le Client demeure propriétaire des données, prompts et modèles ; licence sur les outils préexistants.",
        ),
        section("r6", "Confidentialité", "Chaque Partie garde confidentielles les informations."),
        section(
            "r7",
            "Données et hypothèses",
            "Sources de données : CRM, ERP ; historique de douze mois ; doublons, champs manquants ; préparation des données.",
        ),
    ]


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s or "").replace("\u2019", "'").replace("\u00a0", " ")
    return " ".join(s.casefold().split())


@dataclass
class Score:
    name: str
    matched: list[dict] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)
    position_violations: list[str] = field(default_factory=list)
    sections_ok: int = 0
    sections_total: int = 0
    section_errors: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        n = len(self.matched) + len(self.missed)
        return len(self.matched) / n if n else 1.0

    @property
    def topic_accuracy(self) -> float:
        return self.sections_ok / self.sections_total if self.sections_total else 1.0


def _folded(text: str) -> tuple[str, list[int]]:
    """`text` normalised as `_norm` does, with the index in `text` of every kept character."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", ch).replace("\u2019", "'").casefold():
            if c.isspace():
                if not out or out[-1] == " ":
                    continue
                c = " "
            out.append(c)
            where.append(i)
    return "".join(out), where


def _points_at(needle: str, f) -> bool:
    """The finding's evidence and the gold's words overlap in the vendor's text. Gold writers
    cut their 2-8 words freely (« par Utilisateur Actif », « tacitement reconduite ») and
    a rule quotes the words it matched (« Utilisateur Actif », « reconduite par périodes
    successives »): both point at the same words, which is what a reviewer checks."""
    n = _norm(needle)
    if n in _norm(f.evidence or ""):
        return True
    if f.block is None or f.start is None or f.end is None or f.end <= f.start:
        return False
    folded, where = _folded(f.block.text)
    at = folded.find(n)
    while at >= 0:
        start, end = where[at], where[at + len(n) - 1] + 1
        if start < f.end and f.start < end:
            return True
        at = folded.find(n, at + 1)
    return False


def _singular(text: str) -> str:
    """« Dossiers clients actifs » is the term « Dossier client actif », plural aside."""
    return " ".join(w[:-1] if len(w) > 3 and w[-1] in "sx" else w for w in text.split())


def _finding_matches(gold: dict, f, use_evidence: bool) -> bool:
    if f.kind != gold["kind"]:
        return False
    if SEVERITIES.index(f.severity) < SEVERITIES.index(gold["min_severity"]):
        return False
    needle = gold.get("evidence_contains")
    found = bool(needle) and _points_at(needle, f)
    if gold["kind"] == "ambiguity":
        # an ambiguity is about words: the quoted term must be in the evidence. An undefined
        # term is one problem wherever it is used; the rule quotes its first use (the fee
        # table) where the gold may quote another (« calculated on the Achieved Savings »).
        term = _singular(_norm(f.evidence or ""))
        found = found or (len(term) >= 4 and bool(needle) and term in _singular(_norm(needle)))
        return found if needle else f.topic == gold["topic"]
    if gold["kind"] == "added" and gold.get("topic") is None:
        return found if needle else True
    if f.topic != gold["topic"]:
        return False
    return found if (use_evidence and needle) else True


_ANNEX_WORDS = {"annex", "annexe", "schedule", "appendix", "exhibit", "attachment"}


def _same_heading(title: str, sec) -> bool:
    """« Schedule A – Schedule of Fees », "Annex – Key Performance Indicators": the gold's
    heading is ours once its number and its annex word are read off."""
    gold, ours = _norm(title), _norm(sec.title)
    if not ours or not gold.endswith(ours) or gold == ours:
        return False
    rest = set(re.sub(r"[–—:-]", " ", gold[: -len(ours)]).split())
    return bool(rest) and rest <= _ANNEX_WORDS | {_norm(sec.number)}


def score(assessment, gold: dict, name: str = "") -> Score:
    """Gold findings matched one-to-one: those that quote words, by those words first, then
    by kind and topic; those that quote none (a missing cap) last, so that one of them
    does not take the finding another gold finding quotes."""
    sc = Score(name or gold.get("file", ""))
    used: set[int] = set()

    def take(g, use_evidence: bool) -> bool:
        hit = next(
            (
                i
                for i, f in enumerate(assessment.findings)
                if i not in used and _finding_matches(g, f, use_evidence=use_evidence)
            ),
            None,
        )
        if hit is not None:
            used.add(hit)
            sc.matched.append(g)
        return hit is not None

    quoting = [g for g in gold["findings"] if g.get("evidence_contains")]
    silent = [g for g in gold["findings"] if not g.get("evidence_contains")]
    pending = [g for g in quoting if not take(g, use_evidence=True)]
    for g in pending + silent:
        if not take(g, use_evidence=False):
            sc.missed.append(g)
    for t in gold.get("meets_position", []):
        for i, f in enumerate(assessment.findings):
            # a finding the gold asked for is not a false alarm, whatever topic it is
            # filed under (the dédit of a "met" termination clause is the gold's own
            # added clause): counting it here too would count it twice
            if i in used:
                continue
            if f.topic == t and SEVERITIES.index(f.severity) >= SEVERITIES.index("medium"):
                sc.position_violations.append(f"{t}: {f.rule} {f.severity} {f.evidence!r}")
    # sections: matched by number, else by title
    secs = [s for s in assessment.vendor_sections]
    for g in gold.get("sections", []):
        cand = [s for s in secs if g.get("number") and s.number == g["number"]]
        if len(cand) != 1:
            cand = [s for s in secs if _norm(s.title) == _norm(g["title"])] or cand
        if not cand:
            # « Schedule A – Schedule of Fees »: the gold's title holds the number we read
            cand = [s for s in secs if _same_heading(g["title"], s)]
        sc.sections_total += 1
        got = cand[0].topics[0] if cand and cand[0].topics else None
        # a merged clause: which of its topics is the main one is a judgement call, so
        # finding the gold's topics, whichever first, is right
        # finding the gold's topics, whichever first, is right; a clause of no topic that
        # also carries one (« Abonnement de maintenance », topic null, also price) has only
        # that one to be found
        merged = [g["topic"], *g.get("also_topics", [])]
        if cand and (
            got == g["topic"]
            or (len(merged) > 1 and got in merged and g["topic"] in cand[0].topics)
            or (g["topic"] is None and got in merged)
        ):
            sc.sections_ok += 1
        else:
            sc.section_errors.append(
                f"{g.get('number')} {g['title']!r}: want {g['topic']}, got {got}"
            )
    return sc


def gold_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.expected.json"))


def run_gold(gold_path: Path, ruleset_id: str | None = None):
    from loi_redline.assess import assess
    from loi_redline.read import read
    from loi_redline.ruleset import load_ruleset

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    rid = ruleset_id or ("pme-ia-en" if gold.get("lang") == "en" else "pme-ia-fr")
    rs = load_ruleset(rid)
    doc = read(gold_path.parent / gold["file"])
    ref = read(rs.reference)
    a = assess(doc, ref, rs, lang="fr")
    return a, score(a, gold, gold["file"])


if __name__ == "__main__":  # python tests/helpers_playbook.py samples
    import sys

    folder = ROOT / (sys.argv[1] if len(sys.argv) > 1 else "samples")
    for gp in gold_files(folder):
        a, sc = run_gold(gp)
        print(
            f"{sc.name}: recall {sc.recall:.2f} ({len(sc.matched)}/{len(sc.matched) + len(sc.missed)})"
            f"  topics {sc.topic_accuracy:.2f}  position-violations {len(sc.position_violations)}"
            f"  risk {a.risk_score}"
        )
        if "-v" in sys.argv:
            for g in sc.missed:
                print(
                    "   MISSED",
                    g["topic"],
                    g["kind"],
                    g["min_severity"],
                    g.get("evidence_contains"),
                )
            for v in sc.position_violations:
                print("   POSITION", v)
            for e in sc.section_errors:
                print("   SECTION", e)
