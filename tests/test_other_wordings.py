"""Families of wordings first met in the sealed set J (after its measure), each tested here
in words of our own, French and English, with near-misses."""

from __future__ import annotations

import pytest
from helpers_battery import assert_caught, assess_clause, catches, evidence_of

CAUGHT = [
    # (kind, topic, min_severity, words, title, text, lang)
    (
        "added",
        None,
        "medium",
        "par jour ouvré de retard",
        "Engagements du Client",
        "Tout retard du Client dans la transmission des fichiers, des habilitations ou des "
        "validations qui lui incombent donnera lieu, de plein droit et sans formalité, à une "
        "pénalité de 20 000 DA par jour ouvré de retard.",
        "fr",
    ),
    (
        "added",
        None,
        "medium",
        "per calendar day of delay",
        "Client Obligations",
        "Any delay by the Client in providing the extracts, system access or sign-offs expected "
        "of it under this letter shall, automatically and without prior notice, give rise to a "
        "charge of 0.5% of the set-up fee per calendar day of delay.",
        "en",
    ),
    (
        "deviation",
        "price",
        "high",
        "invoiced upon signature of this Letter",
        "Fees",
        "One hundred per cent (100%) of the pilot fee shall be invoiced upon signature of this "
        "Letter and paid within ten days.",
        "en",
    ),
    (
        "deviation",
        "price",
        "high",
        "facturée à la signature de la présente lettre",
        "Prix",
        "La totalité du forfait de mise en place est facturée à la signature de la présente "
        "lettre.",
        "fr",
    ),
    (
        "deviation",
        "risk_allocation",
        "medium",
        "borne solely by Client",
        "Liability",
        "Any penalties or surcharges resulting from errors in the extracted data shall be "
        "borne solely by Client.",
        "en",
    ),
    (
        "ambiguity",
        None,
        "low",
        "amélioration notable",
        "Critères de succès",
        "Le succès s'appréciera au regard d'une amélioration notable du délai de réponse aux "
        "clients.",
        "fr",
    ),
    (
        "ambiguity",
        None,
        "low",
        "score de confiance",
        "Livrables",
        "Le module attribue à chaque facture un score de confiance, au vu duquel le comptable "
        "décide de la valider.",
        "fr",
    ),
]


@pytest.mark.parametrize(
    "kind, topic, min_severity, words, title, text, lang", CAUGHT, ids=[c[3] for c in CAUGHT]
)
def test_caught(kind, topic, min_severity, words, title, text, lang):
    assert_caught(kind, topic, min_severity, words, title, text, lang)


MET = [
    # (rule, title, text, lang): the requirement met in words the rule had not read
    (
        "governing-law.algerian",
        "القانون الواجب التطبيق",
        "تخضع هذه الرسالة للقانون الجزائري، ويُعرض كل نزاع على الجهة القضائية المختصة.",
        "fr",
    ),
    (
        "poc.acceptance-criteria",
        "Essai",
        "L'essai dure six semaines et a pour objet de vérifier que les critères définis à "
        "l'article 7 sont atteints.",
        "fr",
    ),
    (
        "data.preparation",
        "Data and Assumptions",
        "The Vendor shall be responsible for de-duplicating the sample and annotating five "
        "hundred reference documents.",
        "en",
    ),
    (
        "added.client-penalties",
        "Pénalités",
        "Tout retard du Prestataire dans la livraison du POC donne lieu à une pénalité de "
        "0,5 % du prix par jour de retard, à la charge du Prestataire.",
        "fr",
    ),
    # first met in the sealed set M (after its measure)
    (
        "risk.no-remedy",
        "Décision",
        "Si les objectifs du pilote ne sont pas atteints, l'arrêt du projet ne donne droit à "
        "aucune indemnité en faveur du Prestataire.",
        "fr",
    ),
    (
        "binding.firm-commitment",
        "Propriété intellectuelle",
        "Le Prestataire concède au Client une licence irrévocable et perpétuelle sur ses outils "
        "préexistants intégrés à la solution.",
        "fr",
    ),
    (
        "price.deposit",
        "Prix",
        "Le forfait est payé 30 % après la décision de go et 70 % à la signature du "
        "procès-verbal de recette.",
        "fr",
    ),
    (
        "success.baseline",
        "Indicateurs",
        "| Indicateur | Référence 2026 | Cible |\n| Taux de rupture | 9 % | 5 % |",
        "fr",
    ),
    (
        "data.sources",
        "Données",
        "Les sources retenues sont : le logiciel de caisse (36 mois) et les relevés de stock "
        "hebdomadaires.",
        "fr",
    ),
]


@pytest.mark.parametrize(
    "rule, title, text, lang", MET, ids=[f"{m[0]}-{i}" for i, m in enumerate(MET)]
)
def test_met_or_spared(rule, title, text, lang):
    assert evidence_of(rule, title, text, lang) == []


def test_reserved_negotiation_is_exclusivity():
    a = assess_clause(
        "Négociation réservée",
        "Le Client ne conduit aucune discussion avec un autre fournisseur sur le même objet "
        "pendant quarante-cinq (45) jours.",
    )
    clause = [s for s in a.vendor_sections if s.id == "c1"][0]
    assert clause.topics[:1] == ["exclusivity"]


def test_most_of_the_price_on_the_purchase_order_is_a_deposit():
    ok, seen = catches(
        "Payment",
        "Payment: 65% of the set-up fee upon issuance of the Client's purchase order, the "
        "balance on acceptance.",
        "deviation",
        "price",
        "medium",
        "65%",
        "en",
    )
    assert ok, seen


def test_a_format_proprietary_to_the_vendor_on_exit():
    ok, seen = catches(
        "Exit",
        "On termination the Client's data are returned in the Vendor's proprietary backup format.",
        "deviation",
        "termination",
        "medium",
        "proprietary backup format",
        "en",
    )
    assert ok, seen
