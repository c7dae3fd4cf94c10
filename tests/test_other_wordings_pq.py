"""Families of wordings first met in the checkpoint sets P and Q (session 4, after their
first measure), each tested here in words of our own, French and English, with the
near-misses that must stay quiet."""

from __future__ import annotations

import pytest
from helpers_battery import catches, evidence_of

CAUGHT = [
    # (kind, topic, min_severity, words, title, text, lang)
    # the vendor keeps what it learnt on the client's data to improve its generic product
    (
        "deviation",
        "ip",
        "medium",
        "droit d'exploiter sans limitation de durée",
        "Propriété intellectuelle",
        "Le modèle entraîné appartient au Client. Afin d'enrichir ses modèles génériques, le "
        "Prestataire se voit reconnaître le droit d'exploiter sans limitation de durée les "
        "paramètres appris lors de l'entraînement.",
        "fr",
    ),
    (
        "deviation",
        "ip",
        "medium",
        "licence to use the learned weights",
        "Intellectual Property",
        "The Client owns the fine-tuned model. The Vendor is granted an irrevocable licence to "
        "use the learned weights and derived statistics to improve its own platform.",
        "en",
    ),
    # a fee the client owes for resources the vendor kept waiting
    (
        "added",
        None,
        "medium",
        "standby fee",
        "Resources",
        "If the Client postpones the start of the roll-out by more than thirty days, the Client "
        "shall pay a standby fee of USD 900 per engineer and per week.",
        "en",
    ),
    (
        "added",
        None,
        "medium",
        "indemnité d'inactivité",
        "Mobilisation",
        "Tout report du démarrage à l'initiative du Client ouvre droit, au profit du "
        "Prestataire, à une indemnité d'inactivité de 60 000 DA par intervenant et par semaine.",
        "fr",
    ),
    # remote access from a city abroad, the country unnamed
    (
        "deviation",
        "data_protection",
        "medium",
        "Hamburg",
        "Personal Data",
        "Level-3 support, including access to the call transcripts, may be provided remotely "
        "from the Vendor's support centre in Hamburg.",
        "en",
    ),
]


@pytest.mark.parametrize(
    "kind, topic, min_severity, words, title, text, lang", CAUGHT, ids=[c[3] for c in CAUGHT]
)
def test_caught(kind, topic, min_severity, words, title, text, lang):
    assert words in text
    ok, seen = catches(title, text, kind, topic, min_severity, words, lang)
    assert ok, seen


SPARED = [
    # (rule, title, text, lang)
    (
        "ip.vendor-reuse",
        "Propriété intellectuelle",
        "Le Prestataire n'acquiert aucun droit d'exploiter les données ou paramètres du Client "
        "pour l'amélioration de ses modèles génériques.",
        "fr",
    ),
    (
        "ip.vendor-reuse",
        "Intellectual Property",
        "The Vendor shall not use the Client's data or the trained weights to improve its "
        "products or services.",
        "en",
    ),
    (
        "added.client-penalties",
        "Fees",
        "A mobilisation fee of DZD 400,000 is invoiced on the kick-off meeting and deducted "
        "from the fixed price.",
        "en",
    ),
]


@pytest.mark.parametrize(
    "rule, title, text, lang", SPARED, ids=[f"{m[0]}-{i}" for i, m in enumerate(SPARED)]
)
def test_spared(rule, title, text, lang):
    assert evidence_of(rule, title, text, lang) == []
