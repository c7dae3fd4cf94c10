"""A rule that looks for a positive statement (« le POC devient le produit ») and meets the
letter's own negative right before its predicate reads the PME's position, not the trap;
a rule that looks for a negative itself keeps firing on it."""

from __future__ import annotations

import pytest
from helpers_battery import assess_clause, catches, evidence_of

POSITION = [
    # (title, clause, topic, lang)
    (
        "Preuve de concept",
        "Le POC reste une expérimentation : il ne constitue ni la solution définitive ni sa "
        "mise en exploitation, qui relèvent du contrat définitif.",
        "poc",
        "fr",
    ),
    (
        "Phase pilote",
        "À l'issue du pilote, la maquette ne deviendra en aucun cas la version de production "
        "sans décision écrite du Client.",
        "poc",
        "fr",
    ),
    (
        "Prototype",
        "Le prototype constitue une étape distincte du déploiement, lequel ne sera engagé "
        "qu'après la décision de poursuite du Client.",
        "poc",
        "fr",
    ),
    (
        "Pilot",
        "The pilot is an experiment: it never becomes the production version, which requires "
        "a separate written order from the Client.",
        "poc",
        "en",
    ),
    (
        "Proof of Concept",
        "The proof of concept constitutes a separate phase, prior to any deployment, and is "
        "evaluated against the acceptance criteria of Schedule 2.",
        "poc",
        "en",
    ),
]


@pytest.mark.parametrize("title, text, topic, lang", POSITION, ids=[p[0] for p in POSITION])
def test_a_negated_predicate_meets_the_position(title, text, topic, lang):
    # a lone clause leaves the topic's other requirements unsaid: only the trap is asked about
    assert evidence_of("poc.as-product", title, text, lang) == []


TRAPS = [
    (
        "Preuve de concept",
        "Le POC, qui ne nécessite aucune installation, deviendra la version de production dès "
        "sa livraison.",
        "poc",
        "deviendra",
        "fr",
    ),
    (
        "Pilote",
        "Le pilote constitue la première version de la solution définitive.",
        "poc",
        "constitue",
        "fr",
    ),
    (
        "Pilot",
        "The pilot, which needs no hardware on site, becomes the production version on delivery.",
        "poc",
        "becomes",
        "en",
    ),
]


@pytest.mark.parametrize("title, text, topic, words, lang", TRAPS, ids=[t[0] for t in TRAPS])
def test_a_negative_elsewhere_in_the_sentence_does_not_hide_the_trap(
    title, text, topic, words, lang
):
    ok, found = catches(title, text, "deviation", topic, "medium", words, lang)
    assert ok, found


def test_a_rule_that_looks_for_a_negative_still_fires():
    # « ne peut être résiliée » is the trap itself: the rule's own pattern is negative
    a = assess_clause(
        "Durée",
        "La présente Lettre ne peut être résiliée par le Client avant le terme de la phase "
        "pilote, quelle qu'en soit la cause.",
    )
    assert [f.rule for f in a.findings if f.rule == "termination.locked-in"]


def test_ne_que_restricts_it_does_not_deny():
    # « ne … qu'en » is "only": the trap stands
    a = assess_clause(
        "Pilote", "Le pilote ne s'achève qu'en version de production, facturée comme telle."
    )
    assert [f.rule for f in a.findings if f.rule == "poc.as-product"]


def test_a_restriction_is_not_a_negative():
    # « ne … qu'une fois » restricts: the vendor may still revise alone
    a = assess_clause(
        "Prix",
        "Le Prestataire ne peut réviser unilatéralement ses tarifs qu'une fois par an.",
    )
    assert [f.rule for f in a.findings if f.rule == "price.unilateral-revision"]


NEGATIVES = [
    # (rule, title, text, lang): the letter says the trap's words in the negative, next to
    # them or for the whole clause
    (
        "price.unilateral-revision",
        "Prix",
        "Les montants sont fermes jusqu'à la fin du POC ; le Prestataire ne pourra pas les "
        "réviser unilatéralement.",
        "fr",
    ),
    (
        "price.unilateral-revision",
        "Prix",
        "Les tarifs sont fermes et non révisables pendant toute la durée de la Lettre.",
        "fr",
    ),
    (
        "ip.vendor-model-training",
        "Propriété intellectuelle",
        "Le Prestataire ne réutilise pas les données du Client ni les modèles qui en sont "
        "issus pour d'autres clients.",
        "fr",
    ),
    (
        "termination.proprietary-format",
        "Exit",
        "Nothing in this letter shall be construed as imposing on the Client a proprietary "
        "format or any exit fee.",
        "en",
    ),
    (
        "ip.vendor-model-training",
        "Data",
        "The Client keeps its data; in no event shall the Vendor use those data to train models "
        "for other customers.",
        "en",
    ),
    (
        "data-protection.transfer-abroad",
        "Données personnelles",
        "Les données personnelles sont traitées conformément à la loi 18-07, à l'exclusion de "
        "tout hébergement hors du territoire national.",
        "fr",
    ),
    (
        "acceptance.silent",
        "Acceptance",
        "A deliverable is accepted only once the Client has approved it in writing; no deemed "
        "or tacit acceptance applies.",
        "en",
    ),
]


@pytest.mark.parametrize(
    "rule, title, text, lang", NEGATIVES, ids=[f"{c[0]}-{i}" for i, c in enumerate(NEGATIVES)]
)
def test_the_letters_own_negative_is_the_position(rule, title, text, lang):
    assert evidence_of(rule, title, text, lang) == []


def test_a_negative_clause_does_not_reach_past_a_coordination():
    # « en aucun cas … , et » : the second clause is the vendor's own statement
    a = assess_clause(
        "Pilot",
        "In no event shall the Client pay before acceptance, and the pilot becomes the "
        "production version on delivery.",
        "en",
    )
    assert [f.rule for f in a.findings if f.rule == "poc.as-product"]


def test_sans_que_is_no_restriction():
    # « sans que » after « à l'exclusion de toute … » is no « ne … que »: the negative stands
    a = assess_clause(
        "Durée",
        "À l'échéance, la lettre cesse de produire effet, à l'exclusion de toute reconduction "
        "tacite, sans que le Client doive quelque somme que ce soit.",
    )
    assert [f.evidence for f in a.findings if f.rule == "added.tacit-renewal"] == []
