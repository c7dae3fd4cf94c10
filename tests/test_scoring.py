"""The gold-file scorer (tests/helpers_playbook.py) is the instrument behind every quality
figure: it must credit a finding that points at the gold's words and nothing else."""

from __future__ import annotations

import pytest
from helpers_playbook import block, score

from loi_redline.model import Finding, Section


class _Assessment:
    def __init__(self, findings, sections=()):
        self.findings = findings
        self.vendor_sections = list(sections)


TEXT = "À l'échéance, la présente lettre est tacitement reconduite par périodes successives."


def _finding(evidence: str, kind="added", topic=None, severity="medium"):
    b = block(TEXT)
    start = TEXT.index(evidence)
    return Finding(
        id="f1",
        rule="added.tacit-renewal",
        topic=topic,
        kind=kind,
        severity=severity,
        message="",
        section="s1",
        evidence=evidence,
        block=b,
        start=start,
        end=start + len(evidence),
    )


def _gold(needle, kind="added", topic=None, min_severity="medium"):
    return {
        "findings": [
            {
                "topic": topic,
                "kind": kind,
                "min_severity": min_severity,
                "evidence_contains": needle,
            }
        ]
    }


def test_overlapping_cuts_of_the_same_words_match():
    sc = score(
        _Assessment([_finding("reconduite par périodes successives")]),
        _gold("tacitement reconduite"),
    )
    assert sc.recall == 1.0


def test_words_elsewhere_in_the_paragraph_do_not_match():
    sc = score(_Assessment([_finding("À l'échéance")]), _gold("tacitement reconduite"))
    assert sc.recall == 0.0


def test_severity_below_the_gold_minimum_does_not_match():
    f = _finding("tacitement reconduite", severity="low")
    assert score(_Assessment([f]), _gold("tacitement reconduite")).recall == 0.0


def test_typography_is_folded_before_comparing():
    f = _finding("la présente lettre")
    sc = score(_Assessment([f]), _gold("LA  présente\u00a0LETTRE"))
    assert sc.recall == 1.0


def _scored_section(topics, gold_topic, also=()):
    from helpers_playbook import section

    s = section("s1", "Portée et durée de validité", "Texte.", number="16")
    s.topics = list(topics)
    gold = {
        "findings": [],
        "sections": [
            {"number": "16", "title": "x", "topic": gold_topic, "also_topics": list(also)}
        ],
    }
    return score(_Assessment([], [s]), gold)


def test_merged_clause_counts_whichever_of_its_topics_comes_first():
    assert (
        _scored_section(["validity", "binding_effect"], "binding_effect", ["validity"]).sections_ok
        == 1
    )
    # without also_topics the main topic must be the gold's
    assert _scored_section(["validity", "binding_effect"], "binding_effect").sections_ok == 0
    # a merged clause still needs the gold's main topic among its topics
    assert _scored_section(["validity"], "binding_effect", ["validity"]).sections_ok == 0


def test_a_finding_the_gold_asked_for_is_not_also_a_false_alarm():
    # the added clause sits in a clause whose topic the gold counts as met
    f = _finding("tacitement reconduite", topic="validity")
    gold = _gold("tacitement reconduite") | {"meets_position": ["validity"]}
    sc = score(_Assessment([f]), gold)
    assert sc.recall == 1.0 and sc.position_violations == []
    # the same finding with no gold finding to answer is a false alarm
    assert score(
        _Assessment([f]), {"findings": [], "meets_position": ["validity"]}
    ).position_violations


def test_an_undefined_term_matches_wherever_the_gold_quotes_it():
    # the rule quotes the term's first use; the gold quotes a later one: the same problem
    f = _finding("la présente lettre", kind="ambiguity", topic="price", severity="low")
    f.block = block("Lettre : voir le tableau.")  # the term first used in another paragraph
    f.start, f.end = 0, 6
    f.evidence = "présente lettre"
    gold = _gold(
        "calculée sur la Présente Lettre", kind="ambiguity", topic="price", min_severity="low"
    )
    assert score(_Assessment([f]), gold).recall == 1.0
    # too short a quote to be a term: no match
    f.evidence = "la"
    assert score(_Assessment([f]), gold).recall == 0.0


def test_an_undefined_term_matches_in_the_plural_too():
    f = _finding("la présente lettre", kind="ambiguity", topic="price", severity="low")
    f.evidence = "présente lettre"
    gold = _gold("les Présentes Lettres", kind="ambiguity", topic="price", min_severity="low")
    assert score(_Assessment([f]), gold).recall == 1.0


@pytest.mark.parametrize(
    "number, title, gold_title, other_title",
    [
        # « Schedule A – Schedule of Fees »: we read number "A" and title "Schedule of
        # Fees"; another letter's number in the gold's title is not ours
        ("A", "Schedule of Fees", "Schedule A - Schedule of Fees", "Schedule B - Schedule of Fees"),
        # an annex word is read off; a word that is no annex word is another heading
        (None, "Key Performance Indicators", "Annex – Key Performance Indicators",
         "Revised Key Performance Indicators"),
    ],
)  # fmt: skip
def test_the_golds_whole_heading_matches_the_number_and_title_we_read(
    number, title, gold_title, other_title
):
    s = Section("s9", number, title, 1, "annex", None, topics=["price"])
    gold = {
        "findings": [],
        "sections": [{"number": None, "title": gold_title, "topic": "price"}],
    }
    assert score(_Assessment([], [s]), gold).sections_ok == 1
    gold["sections"][0]["title"] = other_title
    assert score(_Assessment([], [s]), gold).sections_ok == 0


def test_a_gold_finding_without_words_does_not_take_the_one_another_quotes():
    # the deposit (quoted words, high) and a missing cap (no words, medium) in one clause:
    # the engine quotes the deposit's figure, not the gold's words after it
    deposit = _finding("présente lettre", kind="deviation", topic="price", severity="high")
    cap = _finding("périodes successives", kind="deviation", topic="price", severity="medium")
    gold = {
        "findings": [
            {"topic": "price", "kind": "deviation", "min_severity": "medium",
             "evidence_contains": None},
            {"topic": "price", "kind": "deviation", "min_severity": "high",
             "evidence_contains": "À l'échéance"},
        ]
    }  # fmt: skip
    assert score(_Assessment([deposit, cap]), gold).recall == 1.0
