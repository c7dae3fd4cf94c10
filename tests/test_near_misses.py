"""Near-misses of the rules added in session 3: the same words as the trap, in a clause that
meets the PME position. Each must stay quiet (the traps themselves are in the blind
batteries, tests/test_battery2_*.py)."""

from __future__ import annotations

import pytest
from helpers_battery import assess_clause, evidence_of

SPARED = [
    # (rule, title, text, lang)
    (
        "exclusivity.scope",
        "Exclusivité",
        "Pendant quarante-cinq (45) jours, le Client ne consulte aucun autre prestataire pour "
        "tout projet d'intelligence artificielle ayant le même objet que le POC.",
        "fr",
    ),
    (
        "exclusivity.scope",
        "Exclusivity",
        "For 45 days the Client shall not negotiate any AI project with the same purpose as "
        "the pilot with another supplier.",
        "en",
    ),
    (
        "exclusivity.auto-extended",
        "Exclusivité",
        "L'exclusivité de quarante-cinq (45) jours ne sera pas prorogée automatiquement ; "
        "toute prolongation requiert l'accord écrit du Client.",
        "fr",
    ),
    (
        "risk.no-remedy",
        "Résiliation",
        "En cas de résiliation pour convenance, les prestations réalisées et acceptées restent "
        "dues au Prestataire.",
        "fr",
    ),
    (
        "risk.no-remedy",
        "Results",
        "If the success criteria are not met for a reason not attributable to the Client, "
        "the remaining instalments are not due.",
        "en",
    ),
    (
        "binding.confidentiality-not-binding",
        "Portée",
        "Aucune stipulation de la présente lettre n'oblige les Parties à conclure, à "
        "l'exception des clauses de confidentialité et d'exclusivité, qui les lient.",
        "fr",
    ),
    (
        "binding.unnamed-binding-clauses",
        "Portée",
        "Les stipulations essentielles, à savoir les articles 7 (Confidentialité) et 9 "
        "(Exclusivité), ont force obligatoire.",
        "fr",
    ),
    (
        "validity.until-final-contract",
        "Durée",
        "La lettre reste en vigueur jusqu'à la signature du contrat définitif et au plus tard "
        "quatre-vingt-dix (90) jours après sa signature.",
        "fr",
    ),
    (
        "validity.until-final-contract",
        "Term",
        "This letter remains in force until the final contract is signed or 90 days after "
        "signature, whichever is earlier.",
        "en",
    ),
    (
        "deliverables.excluded",
        "Livrables",
        "La documentation technique et les scripts d'intégration sont inclus dans le forfait "
        "et remis au Client avec le code source.",
        "fr",
    ),
    (
        "poc.as-product",
        "Décision",
        "À l'issue du POC, le passage en phase de déploiement n'a lieu que sur décision écrite "
        "du Client ; à défaut de décision, le projet s'arrête sans frais.",
        "fr",
    ),
    (
        "acceptance.silent",
        "Critères de succès",
        "Le POC est réputé réussi si le taux de bonnes réponses atteint 80 % sur 500 "
        "conversations, mesuré contradictoirement.",
        "fr",
    ),
    (
        "timeline.to-be-defined",
        "Calendrier",
        "Atelier de cadrage le 11 janvier 2027 ; POC livré au plus tard le 15 mars 2027 ; "
        "décision de go/no-go au plus tard le 29 mars 2027.",
        "fr",
    ),
    (
        "confidentiality.project-data-excluded",
        "Confidentialité",
        "Ne sont pas considérées comme confidentielles les informations déjà publiques au jour "
        "de leur communication ; les données transmises pour l'audit restent confidentielles.",
        "fr",
    ),
    (
        "objective.no-business-goal",
        "Objet",
        "La présente lettre a pour objet le déploiement de la plateforme du Prestataire afin "
        "de réduire de 20 % le délai de traitement des commandes du Client.",
        "fr",
    ),
    (
        "vague.usual",
        "Formation",
        "Le Prestataire assure une formation de deux (2) jours pour huit (8) utilisateurs et "
        "remet la documentation utilisateur en français.",
        "fr",
    ),
]


@pytest.mark.parametrize(
    "rule, title, text, lang", SPARED, ids=[f"{s[0]}-{i}" for i, s in enumerate(SPARED)]
)
def test_spared(rule, title, text, lang):
    assert evidence_of(rule, title, text, lang) == []


CAUGHT_OR_MET = [
    # (rule, title, text, lang, fires): a go/no-go or acceptance criteria said in other words
    (
        "timeline.go-no-go",
        "Calendrier",
        "POC du 2 mars au 10 avril 2027 ; décision du Client de poursuivre ou non le projet : "
        "au plus tard le 24 avril 2027.",
        "fr",
        False,
    ),
    (
        "timeline.go-no-go",
        "Schedule",
        "Pilot from 1 March to 30 April 2027; the Client will decide whether or not to proceed "
        "by 15 May 2027.",
        "en",
        False,
    ),
    (
        "poc.acceptance-criteria",
        "Pilot Phase",
        "The pilot runs for six weeks and will be accepted only if the targets of Clause 7 are "
        "met over its last three weeks.",
        "en",
        False,
    ),
    (
        "poc.acceptance-criteria",
        "Phase pilote",
        "Le pilote dure six semaines ; il est réputé concluant si les indicateurs définis à "
        "l'article 8 sont atteints.",
        "fr",
        False,
    ),
    # undated: the fallback fires, at the sentence that names the decision
    (
        "timeline.go-no-go",
        "Calendrier",
        "POC en mars ; le Client décidera ensuite de poursuivre ou non le projet.",
        "fr",
        True,
    ),
]


@pytest.mark.parametrize(
    "rule, title, text, lang, fires",
    CAUGHT_OR_MET,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CAUGHT_OR_MET)],
)
def test_requirement_met_in_other_words(rule, title, text, lang, fires):
    a = assess_clause(title, text, lang)
    got = [f for f in a.findings if f.rule == rule]
    assert bool(got) == fires, [(f.severity, f.evidence) for f in got]
    if fires:
        # named but undated: the fallback's severity, pointing at the sentence
        assert got[0].severity == "medium" and "poursuivre ou non" in got[0].evidence
