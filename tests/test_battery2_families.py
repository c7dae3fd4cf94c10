"""The families of wording behind the second blind clause battery's misses on price, data,
ip, governance, termination, data protection, governing law, internal effort and added
clauses (tests/test_battery2_fr.py, test_battery2_en.py): each rule is tried on paraphrases
of our own, in French and English, none of them taken from the batteries or the sets, and
on near misses that must not fire."""

from __future__ import annotations

import pytest
from helpers_battery import alarms, catches

# (lang, kind, topic, min_severity, words, title, text): the trap is caught, pointing at words
TRAPS = [
    # --- price.uncapped: the letter says there is no ceiling
    (
        "fr",
        "deviation",
        "price",
        "medium",
        "sans aucun plafond",
        "Rémunération",
        "Le Prestataire perçoit 3 % du chiffre d'affaires réalisé via l'outil, sans aucun "
        "plafond mensuel ni annuel.",
    ),
    (
        "fr",
        "deviation",
        "price",
        "medium",
        "n'est pas plafonnée",
        "Prix",
        "La redevance de 15 DA HT par facture lue, facturée chaque mois, n'est pas plafonnée.",
    ),
    (
        "en",
        "deviation",
        "price",
        "medium",
        "uncapped",
        "Fees",
        "A success fee of 4 % of the recovered amounts is due monthly and is uncapped.",
    ),
    (
        "en",
        "deviation",
        "price",
        "medium",
        "without a cap",
        "Pricing",
        "Each processed claim is charged USD 0.80, billed quarterly without a cap.",
    ),
    # --- price.regardless-of-acceptance
    (
        "fr",
        "deviation",
        "price",
        "medium",
        "indépendamment de la recette",
        "Facturation",
        "Chaque jalon est facturé à sa date prévue au planning, indépendamment de la recette "
        "des livrables correspondants.",
    ),
    (
        "fr",
        "deviation",
        "price",
        "medium",
        "sans attendre le procès-verbal",
        "Paiement",
        "Le solde est payable à la livraison, sans attendre le procès-verbal de recette.",
    ),
    (
        "en",
        "deviation",
        "price",
        "medium",
        "irrespective of acceptance",
        "Payment",
        "The second instalment is invoiced on delivery of the model, irrespective of "
        "acceptance by the Client.",
    ),
    (
        "en",
        "deviation",
        "price",
        "medium",
        "whether or not the Client has signed off",
        "Invoicing",
        "Each milestone invoice is due thirty days after delivery, whether or not the Client "
        "has signed off the deliverable.",
    ),
    # --- price.non-refundable
    (
        "fr",
        "deviation",
        "price",
        "medium",
        "reste acquis au Prestataire",
        "Prix",
        "Un acompte de 40 % est versé à la signature de la lettre ; il reste acquis au "
        "Prestataire quelle que soit l'issue du POC.",
    ),
    (
        "en",
        "deviation",
        "price",
        "medium",
        "non-refundable",
        "Fees",
        "The Client pays a non-refundable commitment fee of DZD 800,000 on signing this letter.",
    ),
    (
        "en",
        "deviation",
        "price",
        "medium",
        "shall be retained by the Provider",
        "Price",
        "The upfront payment shall be retained by the Provider if the project does not proceed.",
    ),
    # --- price.unilateral-revision, price.lump-sum, price.paid-in-advance
    (
        "fr",
        "deviation",
        "price",
        "medium",
        "modifier ses prix à tout moment",
        "Tarifs",
        "Le Prestataire pourra en outre modifier ses prix à tout moment par simple notification.",
    ),
    (
        "en",
        "deviation",
        "price",
        "medium",
        "reserves however the right",
        "Pricing",
        "The Provider reserves however the right to increase its rates after the POC.",
    ),
    (
        "en",
        "deviation",
        "price",
        "medium",
        "change its fees at any time",
        "Pricing",
        "The Provider may change its fees at any time by e-mail.",
    ),
    (
        "en",
        "deviation",
        "price",
        "medium",
        "all-inclusive project fee",
        "Price",
        "The Client pays an all-inclusive project fee of USD 60,000 for the whole programme.",
    ),
    (
        "fr",
        "deviation",
        "price",
        "medium",
        "forfait projet tout compris",
        "Prix",
        "Le Client règle un forfait projet tout compris de 5 000 000 DA HT.",
    ),
    (
        "en",
        "deviation",
        "price",
        "medium",
        "100 %",
        "Payment Schedule",
        "Order signature | on signature | 100 % of the set-up fee\n\nGo-live | June 2027 | "
        "monthly subscription starts",
    ),
    # --- data
    (
        "fr",
        "deviation",
        "data",
        "medium",
        "entièrement à la charge du Client",
        "Données",
        "Le nettoyage et la mise en forme des historiques sont entièrement à la charge du "
        "Client, qui remet des fichiers directement exploitables.",
    ),
    (
        "fr",
        "deviation",
        "data",
        "medium",
        "facturé en sus",
        "Hypothèses",
        "Les données sont extraites par le Client ; tout dédoublonnage effectué par le "
        "Prestataire est facturé en sus au tarif journalier.",
    ),
    (
        "en",
        "deviation",
        "data",
        "medium",
        "rests solely with the Client",
        "Data",
        "Data preparation, including deduplication and formatting, rests solely with the Client.",
    ),
    (
        "en",
        "deviation",
        "data",
        "medium",
        "billed at its daily rates",
        "Data",
        "Any data cleansing carried out by the Provider will be billed at its daily rates.",
    ),
    (
        "fr",
        "deviation",
        "data",
        "medium",
        "certifie la fiabilité",
        "Données",
        "Le Client certifie la fiabilité et la complétude des historiques transmis.",
    ),
    (
        "en",
        "deviation",
        "data",
        "medium",
        "warrants the accuracy",
        "Data",
        "The Client warrants the accuracy and completeness of all datasets it supplies.",
    ),
    (
        "en",
        "deviation",
        "data",
        "medium",
        "guarantees that the data are of",
        "Assumptions",
        "BETA Distribution SPA guarantees that the data are of a quality sufficient to train "
        "the model.",
    ),
    (
        "fr",
        "deviation",
        "data",
        "medium",
        "arrêtés ultérieurement",
        "Données",
        "Les volumes et le format des extractions seront arrêtés ultérieurement par le "
        "Prestataire.",
    ),
    (
        "en",
        "deviation",
        "data",
        "medium",
        "at a later stage",
        "Data",
        "The datasets and their formats will be specified at a later stage.",
    ),
    # --- ip
    (
        "fr",
        "deviation",
        "ip",
        "medium",
        "mis à la disposition du Client sous licence",
        "Propriété intellectuelle",
        "Les modèles ajustés pour le Client sont mis à la disposition du Client sous licence "
        "pendant la durée de l'abonnement.",
    ),
    (
        "en",
        "deviation",
        "ip",
        "medium",
        "are licensed to the Client",
        "Ownership",
        "The fine-tuned models and the prompts written for the project are licensed to the "
        "Client on a non-exclusive basis.",
    ),
    (
        "fr",
        "deviation",
        "ip",
        "medium",
        "révocable",
        "Licence",
        "Le Prestataire consent au Client un droit d'utilisation de sa plateforme sous forme "
        "de licence révocable.",
    ),
    (
        "en",
        "deviation",
        "ip",
        "medium",
        "revocable licence",
        "Licence",
        "The Provider grants the Client a revocable licence to its orchestration engine.",
    ),
    (
        "fr",
        "deviation",
        "ip",
        "high",
        "développés pendant",
        "Outils préexistants",
        "Sont des outils préexistants du Prestataire ses bibliothèques et modèles, y compris "
        "ceux développés pendant le projet.",
    ),
    (
        "en",
        "deviation",
        "ip",
        "high",
        "or created during the engagement",
        "Background IP",
        "Pre-existing materials include the Provider's tools and any code, whether existing "
        "or created during the engagement.",
    ),
    (
        "fr",
        "deviation",
        "ip",
        "high",
        "autorisé",
        "Propriété intellectuelle",
        "Le Prestataire est également autorisé à exploiter les données du Client pour "
        "entraîner ses modèles génériques.",
    ),
    (
        "en",
        "deviation",
        "ip",
        "high",
        "know-how",
        "Ownership",
        "The annotated datasets and prompts produced in the POC form part of the Provider's "
        "know-how.",
    ),
    # --- governance
    (
        "fr",
        "deviation",
        "governance",
        "medium",
        "revient au Prestataire",
        "Gouvernance",
        "En cas de blocage au comité, le dernier mot revient au Prestataire.",
    ),
    (
        "en",
        "deviation",
        "governance",
        "medium",
        "final say rests with the Provider",
        "Governance",
        "Should the committee disagree, the final say rests with the Provider.",
    ),
    (
        "fr",
        "deviation",
        "governance",
        "medium",
        "prononcée par le Prestataire",
        "Pilotage",
        "La conformité de chaque livrable est prononcée par le Prestataire.",
    ),
    # vague wording, as the gold letters read it (v5, a3, e6, n14); this battery said
    # deviation until session 6
    (
        "fr",
        "ambiguity",
        "governance",
        "low",
        "au besoin",
        "Pilotage",
        "Le sponsor du Client valide les livrables ; le comité se réunit au besoin.",
    ),
    # vague wording, as the gold letters read it (v5, a3, e6, n14); this battery said
    # deviation until session 6
    (
        "en",
        "ambiguity",
        "governance",
        "low",
        "as and when needed",
        "Governance",
        "The Client's sponsor approves deliverables; steering meetings are held as and when "
        "needed.",
    ),
    (
        "en",
        "ambiguity",
        "governance",
        "low",
        "regularly",
        "Governance",
        "The Client's sponsor approves deliverables and the project team meets regularly.",
    ),
    # --- termination
    (
        "fr",
        "deviation",
        "termination",
        "medium",
        "ne sont pas restitués",
        "Réversibilité",
        "Les données brutes sont rendues au Client ; les modèles entraînés ne sont pas restitués.",
    ),
    (
        "fr",
        "deviation",
        "termination",
        "medium",
        "hors paramétrages",
        "Sortie",
        "À la fin du contrat, la restitution porte sur les exports CSV, hors paramétrages et "
        "modèles du Client.",
    ),
    (
        "en",
        "deviation",
        "termination",
        "medium",
        "excluding the trained models",
        "Exit",
        "On exit the Provider returns the Client's data in CSV, excluding the trained models "
        "and embeddings.",
    ),
    (
        "en",
        "deviation",
        "termination",
        "medium",
        "subject to paying",
        "Termination",
        "The Client may withdraw after the POC, subject to paying the Provider the balance "
        "of the full contract price.",
    ),
    (
        "fr",
        "deviation",
        "termination",
        "medium",
        "moyennant le paiement",
        "Résiliation",
        "Le Client peut résilier à tout moment moyennant le paiement de 30 % du montant "
        "restant dû.",
    ),
    (
        "en",
        "deviation",
        "termination",
        "medium",
        "Only Provider may",
        "Termination",
        "Only Provider may end this letter early, on seven days' notice.",
    ),
    # --- data protection
    (
        "fr",
        "deviation",
        "data_protection",
        "high",
        "sans l'accord du Client",
        "Données personnelles",
        "Le Prestataire peut confier le traitement à des sous-traitants ultérieurs sans "
        "l'accord du Client.",
    ),
    (
        "en",
        "deviation",
        "data_protection",
        "medium",
        "it sees fit",
        "Personal Data",
        "The Provider may use third-party processors as it sees fit.",
    ),
    (
        "en",
        "deviation",
        "data_protection",
        "medium",
        "GDPR",
        "Personal Data",
        "Personal data are processed in line with the GDPR and hosted in Oran.",
    ),
    (
        "fr",
        "deviation",
        "data_protection",
        "medium",
        "RGPD",
        "Données personnelles",
        "Les traitements respectent le RGPD ; les serveurs sont situés à Alger.",
    ),
    (
        "en",
        "ambiguity",
        "data_protection",
        "low",
        "adequate technical measures",
        "Security",
        "Data are hosted in Algiers and protected by adequate technical measures.",
    ),
    (
        "fr",
        "ambiguity",
        "data_protection",
        "low",
        "mesures adaptées",
        "Sécurité",
        "Les données sont hébergées à Alger et protégées par des mesures adaptées.",
    ),
    # --- governing law
    (
        "fr",
        "deviation",
        "governing_law",
        "medium",
        "tribunal judiciaire de Lyon",
        "Litiges",
        "Le droit algérien s'applique ; le tribunal judiciaire de Lyon est seul compétent.",
    ),
    (
        "en",
        "deviation",
        "governing_law",
        "medium",
        "courts in Dubai",
        "Disputes",
        "Algerian law governs; any dispute goes to the courts in Dubai.",
    ),
    (
        "fr",
        "deviation",
        "governing_law",
        "medium",
        "médiateur choisi par le Prestataire",
        "Litiges",
        "Le droit algérien s'applique ; tout différend est d'abord soumis à un médiateur "
        "choisi par le Prestataire.",
    ),
    (
        "en",
        "deviation",
        "governing_law",
        "medium",
        "appointed by the Provider",
        "Disputes",
        "Algerian law applies; disputes go to a sole arbitrator appointed by the Provider.",
    ),
    (
        "fr",
        "ambiguity",
        "governing_law",
        "low",
        "la juridiction compétente",
        "Litiges",
        "Le droit algérien s'applique ; à défaut d'accord amiable, le litige est porté devant "
        "la juridiction compétente.",
    ),
    (
        "en",
        "ambiguity",
        "governing_law",
        "low",
        "competent jurisdiction",
        "Disputes",
        "Failing settlement, either party may refer the dispute to the competent jurisdiction.",
    ),
    # --- internal effort
    (
        "fr",
        "deviation",
        "internal_effort",
        "medium",
        "sans limite",
        "Charge interne",
        "La charge du Client est estimée à 10 jours-homme, et ses équipes restent disponibles "
        "sans limite pour les besoins du projet.",
    ),
    (
        "en",
        "deviation",
        "internal_effort",
        "medium",
        "unlimited",
        "Client Effort",
        "The Client's effort is estimated at 12 person-days plus unlimited availability of "
        "its data team.",
    ),
    (
        "en",
        "deviation",
        "internal_effort",
        "high",
        "any required staff",
        "Client Effort",
        "The Client shall provide any required staff for the project.",
    ),
    (
        "fr",
        "ambiguity",
        "internal_effort",
        "low",
        "moyens humains requis",
        "Ressources",
        "Le Client affectera au projet les moyens humains requis.",
    ),
    # --- added clauses
    (
        "fr",
        "added",
        None,
        "medium",
        "pénalité",
        "Obligations du Client",
        "Le Client fournit les accès au CRM sous dix jours ; tout retard entraîne une "
        "pénalité de 20 000 DA par jour.",
    ),
    (
        "en",
        "added",
        None,
        "medium",
        "penalty",
        "Client Duties",
        "The Client shall deliver the sample files by 1 March; each delay triggers a penalty "
        "of USD 300 per day.",
    ),
    (
        "en",
        "added",
        None,
        "medium",
        "payable to the Provider",
        "Charges",
        "A daily penalty of DZD 10,000, payable to the Provider, applies to late sign-off.",
    ),
    (
        "fr",
        "added",
        None,
        "low",
        "intérêts de retard au taux",
        "Paiement tardif",
        "Les montants impayés à l'échéance portent intérêts de retard au taux de 1,5 % par mois.",
    ),
    (
        "en",
        "added",
        None,
        "low",
        "interest",
        "Overdue Amounts",
        "Unpaid invoices bear interest at 2 % per month from their due date.",
    ),
    (
        "en",
        "added",
        None,
        "medium",
        "shortfall",
        "Volume",
        "The Client orders at least 20,000 documents a year; any shortfall is billed at the "
        "unit price.",
    ),
    (
        "fr",
        "added",
        None,
        "medium",
        "minimum de",
        "Volumes",
        "Le Client s'engage à commander un minimum de 30 000 pages par an.",
    ),
]


@pytest.mark.parametrize(("lang", "kind", "topic", "severity", "words", "title", "text"), TRAPS)
def test_trap_family_is_caught(lang, kind, topic, severity, words, title, text):
    hit, seen = catches(title, text, kind, topic, severity, words, lang)
    assert hit, seen


# (lang, topic, title, text, rule): near misses — the rule must not fire on them
NEAR_MISSES = [
    (
        "fr",
        "price",
        "Prix",
        "La partie variable de 20 DA HT par lead est plafonnée à 600 000 DA HT par an ; "
        "au-delà, aucune somme n'est due sans avenant.",
        "price.uncapped",
    ),
    (
        "en",
        "price",
        "Fees",
        "No fee is charged without the Client's prior written order; the total is capped at "
        "USD 30,000.",
        "price.uncapped",
    ),
    (
        "fr",
        "price",
        "Paiement",
        "Chaque échéance n'est exigible qu'après la recette du jalon correspondant.",
        "price.regardless-of-acceptance",
    ),
    (
        "en",
        "price",
        "Payment",
        "Invoices are payable only after the Client's written acceptance of the milestone.",
        "price.regardless-of-acceptance",
    ),
    (
        "fr",
        "price",
        "Acompte",
        "L'acompte de 30 % est remboursable au prorata des prestations non exécutées si le "
        "projet s'arrête au go/no-go.",
        "price.non-refundable",
    ),
    (
        "en",
        "price",
        "Schedule",
        "Signature of the acceptance certificate | June 2027 | 100 % of the variable "
        "part's first invoice",
        "price.paid-in-advance",
    ),
    (
        "fr",
        "data",
        "Données",
        "L'extraction des données est à la charge du Client (4 jours-homme) ; le nettoyage "
        "est réalisé par le Prestataire et inclus dans le prix fixe.",
        "data.preparation-on-client",
    ),
    (
        "en",
        "data",
        "Data",
        "The Client answers for the accuracy of the data it supplies, which the Provider "
        "checks during the audit.",
        "data.client-warrants",
    ),
    (
        "en",
        "data",
        "Data",
        "The data sources are the CRM (40,000 records) and the ERP; the exact extraction "
        "format will be agreed in the scoping workshop.",
        "data.deferred",
    ),
    (
        "fr",
        "ip",
        "Outils",
        "Le Prestataire concède au Client une licence irrévocable et non exclusive sur ses "
        "outils préexistants.",
        "ip.revocable-licence",
    ),
    (
        "en",
        "ip",
        "Licence",
        "The Provider grants a non-exclusive, irrevocable licence to its pre-existing tools.",
        "ip.revocable-licence",
    ),
    (
        "fr",
        "ip",
        "Outils",
        "Les outils préexistants du Prestataire sont concédés au Client sous licence "
        "d'utilisation ; les contenus générés appartiennent au Client.",
        "ip.outputs-licensed",
    ),
    (
        "en",
        "ip",
        "Background",
        "Background IP means tools existing before this letter, excluding anything developed "
        "during the project, which belongs to the Client.",
        "ip.background-includes-new",
    ),
    (
        "fr",
        "governance",
        "Pilotage",
        "Le comité se réunit chaque semaine pendant le POC, et au besoin à la demande d'une "
        "Partie.",
        "governance.committee-on-demand",
    ),
    (
        "en",
        "governance",
        "Governance",
        "The final decision on each deliverable rests with the Client's sponsor.",
        "decides.vendor-alone",
    ),
    (
        "fr",
        "governance",
        "Gouvernance",
        "Le chef de projet désigné par le Prestataire anime le comité ; la validation est "
        "prononcée par le sponsor du Client.",
        "decides.vendor-alone",
    ),
    (
        "fr",
        "termination",
        "Réversibilité",
        "Les données, jeux de données préparés et modèles entraînés sont restitués au Client "
        "en formats ouverts.",
        "termination.partial-reversibility",
    ),
    (
        "en",
        "data_protection",
        "Sub-processors",
        "The Provider may engage sub-processors only with the Client's prior written approval.",
        "data-protection.free-subprocessing",
    ),
    (
        "fr",
        "data_protection",
        "Données personnelles",
        "Les traitements respectent la loi 18-07 et, pour les visiteurs européens du site, "
        "le RGPD.",
        "data-protection.foreign-law",
    ),
    (
        "en",
        "governing_law",
        "Disputes",
        "Disputes go to the competent courts of Algiers.",
        "governing-law.unnamed-court",
    ),
    (
        "fr",
        "governing_law",
        "Litiges",
        "Tout litige relève des juridictions algériennes compétentes.",
        "governing-law.unnamed-court",
    ),
    (
        "en",
        "exclusivity",
        "No-Shop",
        "For 45 days the Client will not solicit alternative proposals for the chatbot.",
        "added.non-solicitation",
    ),
    (
        "fr",
        "exclusivity",
        "Exclusivité",
        "Pendant 45 jours, le Client s'engage à ne pas solliciter d'offres concurrentes pour "
        "le chatbot.",
        "added.non-solicitation",
    ),
    (
        "en",
        None,
        "Service Credits",
        "Should the Provider miss a milestone through its own fault, the Provider shall pay "
        "a penalty of DZD 5,000 per day of delay.",
        "added.client-penalties",
    ),
    (
        "fr",
        "internal_effort",
        "Charge interne",
        "La charge du Client est de 12 jours-homme au plus, dans la limite de deux jours par "
        "semaine.",
        "internal-effort.unlimited",
    ),
]


@pytest.mark.parametrize(("lang", "topic", "title", "text", "rule"), NEAR_MISSES)
def test_near_miss_does_not_fire(lang, topic, title, text, rule):
    _hit, seen = catches(title, text, "deviation", topic, "low", None, lang)
    assert not [s for s in seen if s.split()[0] == rule], seen


# Good clauses of the batteries' style in other words: nothing at medium on their topic.
GOOD = [
    (
        "en",
        "termination",
        "Exit",
        "Either party may end this letter on written notice after a negative go/no-go; the "
        "Provider helps the transition to a new supplier for fifteen days and returns the "
        "data, prompts and models in open formats.",
    ),
    (
        "fr",
        "price",
        "Prix",
        "Partie fixe : 2 000 000 DA HT ; partie variable : 30 DA HT par utilisateur nommé et par mois, le "
        "total ne pouvant en aucun cas excéder 3 000 000 DA HT. Acompte de 30 % à la "
        "signature du contrat définitif, solde à la recette ; factures payables à trente "
        "jours.",
    ),
    (
        "en",
        "price",
        "Fees",
        "Set-up fee: USD 20,000; variable fee: USD 2 per named user per month, total invoicing "
        "shall in no case exceed USD 35,000. A 30 % deposit on signature of the definitive "
        "agreement, the balance upon written acceptance of the deployed solution.",
    ),
]


@pytest.mark.parametrize(("lang", "topic", "title", "text"), GOOD)
def test_good_clause_in_other_words_raises_nothing(lang, topic, title, text):
    assert alarms(title, text, topic, lang) == []


def test_no_sub_processor_without_consent_is_the_position():
    for lang, text in (
        ("fr", "Le Prestataire ne recourt à aucun sous-traitant sans l'accord écrit du Client."),
        ("en", "The Provider shall not engage any sub-processor without the Client's consent."),
    ):
        title = "Sous-traitance" if lang == "fr" else "Sub-processing"
        _hit, seen = catches(title, text, "deviation", "data_protection", "low", None, lang)
        assert not [s for s in seen if "free-subprocessing" in s], seen


def test_partial_reversibility_points_at_the_excluded_models_across_a_semicolon():
    for lang, title, text, words in (
        (
            "fr",
            "Réversibilité",
            "La réversibilité porte sur les seules données brutes ; les paramétrages et modèles "
            "affinés restent chez le Prestataire.",
            "modèles affinés restent chez le Prestataire",
        ),
        (
            "en",
            "Exit",
            "Reversibility only covers the raw data; the tuned models stay with the Provider.",
            "the tuned models stay with the Provider",
        ),
    ):
        hit, seen = catches(title, text, "deviation", "termination", "medium", words, lang)
        assert hit, seen
