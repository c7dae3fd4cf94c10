"""What the PME pays when the project goes wrong or stops: extra work billed on time and
materials, the balance made due on exit, indemnities under other names, publicity given in
advance, "usual" formats. Each rule on wordings of its own and on near-misses."""

from __future__ import annotations

import pytest
from helpers_battery import catches, evidence_of

CAUGHT = [
    # (kind, topic, min_severity, words, title, text, lang)
    (
        "deviation",
        "risk_allocation",
        "medium",
        "facturées au temps passé",
        "Données",
        "Les reprises de données rendues nécessaires par des fichiers incomplets seront "
        "facturées au temps passé selon la grille du Prestataire.",
        "fr",
    ),
    (
        "deviation",
        "risk_allocation",
        "medium",
        "valorisés en régie",
        "Intégration",
        "Les jours d'intégration non prévus au planning, quelle qu'en soit la cause, sont "
        "valorisés en régie au tarif journalier de 80 000 DA HT.",
        "fr",
    ),
    (
        "deviation",
        "risk_allocation",
        "medium",
        "charged at our standard daily rate",
        "Data",
        "Any extra remediation effort needed on the Client's records will be charged at our "
        "standard daily rate.",
        "en",
    ),
    (
        "added",
        None,
        "medium",
        "deviendra immédiatement exigible",
        "Arrêt du projet",
        "Si le Client renonce au projet avant son terme, le solde du forfait deviendra "
        "immédiatement exigible.",
        "fr",
    ),
    (
        "added",
        None,
        "medium",
        "shall become immediately payable",
        "Withdrawal",
        "If the Client withdraws from the programme for convenience, the remaining "
        "instalments shall become immediately payable.",
        "en",
    ),
    (
        "added",
        None,
        "medium",
        "indemnité de renonciation",
        "Engagement",
        "Le Client qui renonce à la phase de déploiement verse au Prestataire une indemnité "
        "de renonciation de 800 000 DA.",
        "fr",
    ),
    (
        "added",
        None,
        "low",
        "late-payment interest",
        "Invoicing",
        "Overdue invoices bear late-payment interest at 2% per month.",
        "en",
    ),
    (
        "added",
        None,
        "low",
        "faire état de sa dénomination",
        "Communication",
        "Le Prestataire pourra faire état de sa dénomination et de son logo sur son site "
        "internet et dans ses plaquettes.",
        "fr",
    ),
    (
        "added",
        None,
        "low",
        "feature the Client's name",
        "Publicity",
        "The Vendor may feature the Client's name and logo in its case studies and at trade shows.",
        "en",
    ),
    (
        "added",
        None,
        "medium",
        "indemnité forfaitaire de mobilisation",
        "Frais",
        "Si le Client renonce au contrat définitif, il verse au Prestataire une indemnité "
        "forfaitaire de mobilisation de 600 000 DA HT.",
        "fr",
    ),
    (
        "ambiguity",
        None,
        "low",
        "volumétrie normale",
        "Périmètre",
        "Le forfait couvre les dossiers d'une volumétrie normale, tenus sur le logiciel du Client.",
        "fr",
    ),
    (
        "deviation",
        "ip",
        "high",
        "modèles de langage adaptés",
        "Définitions",
        "« Outils du Prestataire » : le logiciel du Prestataire et les modèles de langage "
        "adaptés au cours du projet à partir des historiques du Client.",
        "fr",
    ),
    (
        "deviation",
        "ip",
        "high",
        "fine-tuned models",
        "Definitions",
        '"Vendor Technology" means the Vendor\'s software, together with all fine-tuned models '
        "and prompts developed during the project from the Client's records.",
        "en",
    ),
    (
        "ambiguity",
        None,
        "low",
        "supports habituels",
        "Données",
        "Les jeux de données seront remis sur les supports habituels du Client.",
        "fr",
    ),
]


@pytest.mark.parametrize(
    "kind, topic, min_severity, words, title, text, lang",
    CAUGHT,
    ids=[c[3] for c in CAUGHT],
)
def test_caught(kind, topic, min_severity, words, title, text, lang):
    assert words in text
    ok, seen = catches(title, text, kind, topic, min_severity, words, lang)
    assert ok, seen


SPARED = [
    # (rule, title, text, lang): the PME's position in the same words
    (
        "risk.extra-work-billed",
        "Travaux supplémentaires",
        "Les travaux supplémentaires demandés par le Client font l'objet d'un devis préalable "
        "accepté par écrit ; ils sont alors facturés au taux journalier convenu.",
        "fr",
    ),
    (
        "risk.extra-work-billed",
        "Change requests",
        "Additional work is invoiced at the daily rate only under a change request signed by "
        "the Client, on prior written approval of the estimate.",
        "en",
    ),
    (
        "added.acceleration",
        "Prix",
        "Le solde, soit soixante pour cent (60 %), sera exigible à la signature du procès-verbal "
        "de recette.",
        "fr",
    ),
    (
        "added.acceleration",
        "Résiliation",
        "En cas de résiliation pour manquement du Prestataire, le solde restant devient "
        "immédiatement remboursable au Client et aucune somme n'est due.",
        "fr",
    ),
    (
        "added.reference-use",
        "Communication",
        "Aucune Partie ne peut faire état du nom ou du logo de l'autre dans sa communication "
        "commerciale sans son accord écrit préalable.",
        "fr",
    ),
    (
        "ip.defined-into-vendor",
        "Définitions",
        "« Outils du Prestataire » : le logiciel et les bibliothèques du Prestataire, à "
        "l'exclusion des modèles adaptés à partir des données du Client, qui lui appartiennent.",
        "fr",
    ),
    (
        "vague.usual",
        "Données",
        "Les extractions sont fournies dans les formats suivants : CSV UTF-8 et JSON, selon le "
        "dictionnaire de données de l'annexe 2.",
        "fr",
    ),
]


@pytest.mark.parametrize("rule, title, text, lang", SPARED, ids=[f"{s[0]}-{s[1]}" for s in SPARED])
def test_spared(rule, title, text, lang):
    assert evidence_of(rule, title, text, lang) == []
