"""The traps a well-drafted LOI hides (issue 4): a term of art its definitions article does
not define, a cost outside the cap, personal data reached from abroad, the vendor reusing
the client's data for its own models, a lock-in or an indemnity slipped into another
clause. Each family in other words than the development letters (tests/heldout_f), in
French and English, with good clauses that must raise nothing."""

from __future__ import annotations

import pytest
from helpers_battery import PREAMBLE, _ruleset_and_reference, alarms, catches
from helpers_playbook import block

from loi_redline.assess import assess_sections
from loi_redline.model import Section

# --- 1. terms of art the definitions article does not define ------------------------------

DEFS = {
    "fr": "Au sens de la présente lettre : « Document » désigne toute pièce transmise par le "
    "Client ; « Utilisateur » désigne un collaborateur du Client disposant d'un accès ; "
    "« Anomalie Majeure » désigne une anomalie empêchant l'usage d'une fonction principale.",
    "en": 'In this letter: "Invoice" means any supplier invoice received by the Client; '
    '"Request" means a single call to the Platform; "Critical Outage" means an '
    "interruption of the Platform for more than one hour.",
}


def _letter(text: str, lang: str):
    rs, ref = _ruleset_and_reference(lang)

    def sec(sid, t, body, kind="clause"):
        return Section(
            id=sid,
            number=None if kind == "preamble" else sid[1:],
            title=t,
            level=1,
            kind=kind,
            heading=block(t, 0) if t else None,
            blocks=[block(body, 1)],
        )

    secs = [
        sec("p0", "", PREAMBLE[lang], kind="preamble"),
        sec("c1", "Définitions" if lang == "fr" else "Definitions", DEFS[lang]),
        sec("c2", "Prix" if lang == "fr" else "Fees", text),
    ]
    return assess_sections(secs, ref, rs, lang)


def _undefined(text: str, lang: str) -> list[str]:
    return [
        f.evidence or ""
        for f in _letter(text, lang).findings
        if f.kind == "ambiguity" and f.section == "c2"
    ]


UNDEFINED = [  # (lang, sentence, the term reported)
    ("fr", "Une redevance de 900 DA HT est due par Utilisateur Nommé et par mois.", "Nommé"),
    ("fr", "Le Prestataire rétablit sous 24 heures toute Panne Bloquante.", "Panne Bloquante"),
    ("fr", "Le POC porte sur environ 12 000 documents exploitables.", "documents exploitables"),
    ("fr", "La partie variable est de 15 DA HT par unité de traitement.", "unité de traitement"),
    ("en", "A fee of DZD 3 is charged per Billable Request.", "Billable Request"),
    ("en", "The Vendor shall fix any Priority Incident within four hours.", "Priority Incident"),
    ("en", "The pilot covers about 5,000 validated Invoices.", "validated Invoices"),
    ("en", "Usage is billed at DZD 0.50 per unit of compute.", "unit of compute"),
    (
        "fr",
        "Le Prestataire garantit une Disponibilité Mensuelle de 99 %.",
        "Disponibilité Mensuelle",
    ),
    ("en", "Fees are charged per Successful Extraction.", "Successful Extraction"),
]


@pytest.mark.parametrize(("lang", "text", "term"), UNDEFINED)
def test_undefined_term_of_art_is_reported(lang, text, term):
    found = _undefined(text, lang)
    assert any(term in e for e in found), found


DEFINED_OR_NAMES = [
    ("fr", "Le Prestataire corrige toute Anomalie Majeure sous vingt-quatre heures."),
    ("fr", "Le comité réunit la Directrice Générale Adjointe et le Directeur Technique."),
    ("fr", "Tout litige est réglé selon le Code de Procédure Civile et Administrative."),
    ("fr", "Les ateliers ont lieu dans la Zone Industrielle de Rouiba."),
    (
        "fr",
        "L'outil (ci-après la « Plateforme Analytique ») est fourni ; la Plateforme "
        "Analytique est hébergée par le Client.",
    ),
    ("fr", "Les Documents numérisés sont transmis chaque semaine par le Client."),
    ("en", "The Vendor restores service within one hour of any Critical Outage."),
    ("en", "The Steering Committee is chaired by the Chief Operating Officer."),
    ("en", "Disputes follow the Rules of Arbitration of the International Chamber of Commerce."),
    ("en", "The Client will provide a sample of 3,000 historical Invoices."),
    ("fr", "Les paiements transitent par la Banque d'Algérie et sont publiés au Journal Officiel."),
    ("fr", "Le Comité de Pilotage se réunit, et le Délégué à la Protection des Données y assiste."),
    ("fr", "Le Client désigne un Chef de Projet et un Référent Métier."),
    ("en", "The Vendor complies with the Data Protection Act and the Central Bank rules."),
    ("en", "All amounts are payable in Algerian Dinars to the Vendor's Bank Account."),
]


@pytest.mark.parametrize(("lang", "text"), DEFINED_OR_NAMES)
def test_defined_terms_and_names_are_not_reported(lang, text):
    assert _undefined(text, lang) == []


def test_without_definitions_article_one_use_is_not_enough():
    # no definitions article: a capitalised term used once says nothing of the letter
    a = catches(
        "Garantie",
        "Le Prestataire corrige tout Incident Majeur.",
        "ambiguity",
        None,
        "low",
        "Incident Majeur",
    )
    assert not a[0], a[1]


# --- 2. costs outside the cap -------------------------------------------------------------

OUTSIDE_CAP = [
    (
        "fr",
        "Prix",
        "Le plafond global de 6 000 000 DA HT ne couvre pas les licences de la plateforme, "
        "qui sont facturées séparément.",
        "ne couvre pas",
    ),
    (
        "fr",
        "Prix",
        "Les coûts de calcul (GPU) sont facturés en plus du plafond.",
        "en plus du plafond",
    ),
    (
        "fr",
        "Prix",
        "Hors plafond : les frais de déplacement et la consommation cloud, refacturés au réel.",
        "Hors plafond",
    ),
    (
        "fr",
        "Prix",
        "Le montant total ne pourra excéder 5 000 000 DA HT, les appels à l'API du modèle "
        "étant toutefois facturés en supplément au tarif public du fournisseur.",
        "facturés en supplément",
    ),
    (
        "en",
        "Fees",
        "Cloud consumption is billed on top of the cap at the Vendor's then-current rates.",
        "on top of the cap",
    ),
    (
        "en",
        "Fees",
        "The cap does not include third-party licence fees, which are invoiced separately.",
        "does not include",
    ),
    (
        "en",
        "Fees",
        "Total fees are capped at DZD 8,000,000; GPU usage is not included in the cap.",
        "not included in the cap",
    ),
    (
        "en",
        "Fees",
        "Fees shall not exceed DZD 5,000,000, it being understood that model API costs are "
        "charged in addition at cost.",
        "charged in addition",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text", "words"), OUTSIDE_CAP)
def test_cost_outside_the_cap_is_caught(lang, title, text, words):
    hit, seen = catches(title, text, "deviation", "price", "medium", words, lang)
    assert hit, seen


CAP_INCLUDES_ALL = [
    (
        "fr",
        "Prix",
        "Le plafond de 9 000 000 DA HT couvre l'ensemble des sommes dues, y compris "
        "l'hébergement et le calcul ; aucun frais ne s'ajoute à ce plafond.",
    ),
    ("fr", "Prix", "Au-delà du plafond mensuel de 300 000 DA HT, aucune somme n'est facturée."),
    (
        "en",
        "Fees",
        "The cap of DZD 5,000,000 includes all hosting, compute and licence costs; no other "
        "cost is billed on top of it.",
    ),
    (
        "en",
        "Fees",
        "The processing fee is capped at DZD 650,000 per month; pages above the cap are not invoiced.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), CAP_INCLUDES_ALL)
def test_cap_that_includes_everything_raises_nothing(lang, title, text):
    assert not [a for a in alarms(title, text, "price", lang) if "outside-cap" in a]


# --- 3. personal data reached from abroad -------------------------------------------------

ABROAD = [
    (
        "fr",
        "Les tickets, qui contiennent des données personnelles, peuvent être consultés par le "
        "centre de support du Prestataire situé à Casablanca.",
        "Casablanca",
    ),
    (
        "fr",
        "L'étiquetage des enregistrements est confié à une équipe d'annotateurs basée à Tunis.",
        "Tunis",
    ),
    (
        "fr",
        "Les requêtes des utilisateurs sont envoyées à l'API d'un fournisseur de modèle "
        "établi en Irlande.",
        "Irlande",
    ),
    (
        "en",
        "Transcripts may be accessed by our support centre in Cairo for troubleshooting.",
        "Cairo",
    ),
    (
        "en",
        "Labelling of the customer records is carried out by our annotation team in Tunis.",
        "Tunis",
    ),
    (
        "en",
        "User prompts are sent to the API of a model provider located in the United States.",
        "United States",
    ),
]


@pytest.mark.parametrize(("lang", "text", "words"), ABROAD)
def test_personal_data_reached_from_abroad_is_caught(lang, text, words):
    title = "Données personnelles" if lang == "fr" else "Personal Data"
    body = (
        "Les données sont hébergées en Algérie, conformément à la loi n° 18-07. "
        if lang == "fr"
        else "Data is hosted in Algeria in compliance with Law No. 18-07. "
    ) + text
    hit, seen = catches(title, body, "deviation", "data_protection", "high", words, lang)
    assert hit, seen


IN_ALGERIA = [
    (
        "fr",
        "Les données sont hébergées en Algérie et annotées par l'équipe du Prestataire basée à "
        "Oran, conformément à la loi n° 18-07.",
    ),
    (
        "fr",
        "Les données sont hébergées en Algérie (loi n° 18-07) ; aucune donnée personnelle n'est "
        "consultée depuis l'étranger.",
    ),
    (
        "en",
        "Data is hosted in Algeria under Law No. 18-07; support is provided from Algiers and no "
        "personal data is accessed from outside Algeria.",
    ),
    (
        "en",
        "Data is hosted in Algeria under Law No. 18-07. The annotation team in Tunis works only "
        "on synthetic samples after the ANPDP's prior authorisation.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), IN_ALGERIA)
def test_data_kept_in_algeria_raises_nothing(lang, text):
    title = "Données personnelles" if lang == "fr" else "Personal Data"
    assert alarms(title, text, "data_protection", lang) == []


# --- 4. the vendor reusing the client's data for its own models ---------------------------

REUSE = [
    (
        "fr",
        "Le Client reste propriétaire de ses données. Il autorise le Prestataire à utiliser les "
        "corrections saisies par ses opérateurs pour améliorer ses modèles standard.",
        "améliorer ses modèles",
    ),
    (
        "fr",
        "Le Client reste propriétaire de ses données. Le Prestataire pourra réemployer les "
        "annotations produites pendant le projet au bénéfice d'autres clients.",
        "d'autres clients",
    ),
    (
        "fr",
        "Le Client reste propriétaire de ses données, qui pourront toutefois servir à "
        "l'entraînement des modèles génériques du Prestataire.",
        "modèles génériques",
    ),
    (
        "en",
        "The Client owns its data. It grants the Provider the right to use its feedback and "
        "annotations to enhance the Provider's general-purpose models.",
        "general-purpose models",
    ),
    (
        "en",
        "The Client owns its data. The Provider may reuse the labelled datasets for its other "
        "customers.",
        "other customers",
    ),
    (
        "en",
        "The Client owns its data, which the Vendor may nevertheless use to train its own "
        "generic products.",
        "train its own",
    ),
]


@pytest.mark.parametrize(("lang", "text", "words"), REUSE)
def test_vendor_reuse_for_its_models_is_caught(lang, text, words):
    title = "Propriété intellectuelle" if lang == "fr" else "Intellectual Property"
    hit, seen = catches(title, text, "deviation", "ip", "medium", words, lang)
    assert hit, seen


NO_REUSE = [
    (
        "fr",
        "Le Client demeure seul propriétaire de ses données. Le Prestataire s'interdit de les "
        "utiliser pour entraîner ses modèles génériques ou pour d'autres clients.",
    ),
    (
        "fr",
        "Le Client demeure seul propriétaire de ses données et des annotations, qui ne sont "
        "utilisées que pour le projet du Client.",
    ),
    (
        "en",
        "The Client remains the sole owner of its data. The Vendor shall not use Client Data or "
        "annotations to improve its generic models.",
    ),
    (
        "en",
        "The Client remains the sole owner of its data. Any use of it to improve the Vendor's "
        "models requires the Client's prior written consent.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NO_REUSE)
def test_client_data_kept_for_the_client_raises_nothing(lang, text):
    title = "Propriété intellectuelle" if lang == "fr" else "Intellectual Property"
    assert alarms(title, text, "ip", lang) == []


# --- 5. lock-in and indemnities hidden in other clauses -----------------------------------

LOCK_IN = [
    (
        "fr",
        "Prix",
        "Les redevances d'exploitation sont dues pour une durée minimale d'engagement de "
        "trente-six mois.",
        "durée minimale d'engagement",
    ),
    (
        "fr",
        "Prix",
        "Le Client ne peut résilier l'abonnement avant l'expiration d'une période de "
        "vingt-quatre mois.",
        "ne peut résilier",
    ),
    (
        "fr",
        "Équipe projet",
        "En cas d'embauche d'un consultant du Prestataire, le Client versera une indemnité "
        "égale à dix-huit mois de son salaire brut.",
        "indemnité",
    ),
    (
        "en",
        "Fees",
        "The subscription has a minimum term of 36 months from Go-Live.",
        "minimum term",
    ),
    (
        "en",
        "Fees",
        "The Client commits to a non-cancellable initial period of two years.",
        "non-cancellable",
    ),
    (
        "en",
        "Project Team",
        "Should the Client hire any of the Provider's staff, it shall pay a fee equal to "
        "twelve months of that person's gross salary.",
        "twelve months",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text", "words"), LOCK_IN)
def test_lock_in_or_indemnity_is_caught(lang, title, text, words):
    hit, seen = catches(title, text, "added", None, "medium", words, lang)
    assert hit, seen


NO_LOCK_IN = [
    (
        "fr",
        "Prix",
        "Le Client peut résilier l'abonnement à tout moment, moyennant un préavis d'un mois ; "
        "aucune durée minimale d'engagement n'est imposée.",
        "price",
    ),
    (
        "en",
        "Fees",
        "There is no minimum term: the Client may terminate at any time on thirty days' notice.",
        "price",
    ),
    (
        "fr",
        "Équipe projet",
        "Le Prestataire affecte au projet un chef de projet et deux ingénieurs, qu'il ne "
        "remplace qu'avec l'accord écrit du Client.",
        "governance",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text", "topic"), NO_LOCK_IN)
def test_no_lock_in_raises_nothing(lang, title, text, topic):
    # the clause alone leaves the rest of its topic unsaid: only added clauses count here
    assert [a for a in alarms(title, text, topic, lang) if a.startswith("added.")] == []


# --- 6. a price set by the vendor's own price list as it stands when it invoices ----------

PRICE_LIST = [
    (
        "fr",
        "Au-delà du forfait, chaque analyse supplémentaire est facturée au tarif public du "
        "Prestataire en vigueur à la date de la facture.",
        "tarif public du Prestataire en vigueur",
    ),
    (
        "fr",
        "Les utilisateurs ajoutés en cours d'année sont facturés selon le barème du "
        "Prestataire applicable au jour de la commande.",
        "barème du Prestataire applicable",
    ),
    (
        "fr",
        "La redevance annuelle suit la liste de prix de l'Éditeur alors en vigueur.",
        "liste de prix",
    ),
    (
        "en",
        "Additional documents are charged at the Provider's standard rates in force on the date "
        "of invoicing.",
        "standard rates",
    ),
    (
        "en",
        "From the second year, the Provider may raise the licence fee each year in line with "
        "its then-current price list.",
        "then-current price list",
    ),
    (
        "en",
        "Extra users will be invoiced at the Provider's prevailing list prices.",
        "prevailing list prices",
    ),
]


@pytest.mark.parametrize(("lang", "text", "words"), PRICE_LIST)
def test_price_set_by_the_vendors_current_price_list_is_caught(lang, text, words):
    title = "Prix" if lang == "fr" else "Fees"
    hit, seen = catches(title, text, "deviation", "price", "medium", words, lang)
    assert hit, seen


PRICE_LIST_FROZEN = [
    (
        "fr",
        "Au-delà du forfait, chaque analyse supplémentaire est facturée selon la grille "
        "tarifaire du Prestataire jointe en annexe 2, ferme pendant toute la durée de la lettre.",
    ),
    (
        "fr",
        "Les utilisateurs ajoutés sont facturés au tarif du Prestataire en vigueur à la date de "
        "signature de la présente lettre, soit 1 200 DA HT par utilisateur et par mois.",
    ),
    (
        "en",
        "Additional documents are charged at the Provider's price list attached as Schedule 2, "
        "which is firm for the term of this letter.",
    ),
    (
        "en",
        "Rates may only be revised by written agreement of both Parties; the Provider's "
        "then-current price list does not apply to this project.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), PRICE_LIST_FROZEN)
def test_price_list_annexed_and_frozen_raises_nothing(lang, text):
    title = "Prix" if lang == "fr" else "Fees"
    found = alarms(title, text, "price", lang)
    assert not [a for a in found if "price-list" in a or "unilateral" in a], found


# --- 7. the model tuned on the client's data merged into the vendor's product -------------

ABSORBED = [
    (
        "fr",
        "Le Client reste propriétaire de ses données ; les poids du modèle entraîné sur ses "
        "factures sont incorporés à la plateforme du Prestataire.",
        "incorporés à la plateforme du Prestataire",
    ),
    (
        "fr",
        "Les prompts et paramétrages affinés pendant le projet seront versés dans la "
        "bibliothèque de l'Éditeur.",
        "versés dans la bibliothèque de l'Éditeur",
    ),
    (
        "fr",
        "Les modèles ajustés sur le corpus du Client font partie intégrante de son socle "
        "technique, que le Prestataire exploite librement.",
        "font partie intégrante de son socle",
    ),
    (
        "en",
        "The Client owns its data, while the model weights fine-tuned on it are merged into the "
        "Provider's core platform.",
        "merged into the Provider's core platform",
    ),
    (
        "en",
        "Model parameters trained on Client data will be incorporated into the Provider's "
        "product line.",
        "incorporated into the Provider",
    ),
    (
        "en",
        "Any models tuned during the pilot shall form part of the Provider's proprietary "
        "technology stack.",
        "form part of the Provider",
    ),
]


@pytest.mark.parametrize(("lang", "text", "words"), ABSORBED)
def test_model_merged_into_the_vendors_product_is_caught(lang, text, words):
    title = "Propriété intellectuelle" if lang == "fr" else "Intellectual Property"
    hit, seen = catches(title, text, "deviation", "ip", "high", words, lang)
    assert hit, seen


NOT_ABSORBED = [
    (
        "fr",
        "Le Client est seul propriétaire des données, des prompts et des modèles ajustés sur "
        "ses données, y compris leurs poids ; le Prestataire s'interdit de les intégrer à ses "
        "produits.",
    ),
    (
        "fr",
        "Le Client est seul propriétaire des modèles ajustés sur ses données, intégrés à son "
        "propre système d'information à la fin du projet.",
    ),
    (
        "en",
        "The Client is the sole owner of its data and of the models fine-tuned on it, which "
        "shall not be merged into the Provider's products and are handed back at the end.",
    ),
    (
        "en",
        "The Client is the sole owner of its data, prompts and of the models trained on it, "
        "including their weights.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOT_ABSORBED)
def test_model_kept_by_the_client_raises_nothing(lang, text):
    title = "Propriété intellectuelle" if lang == "fr" else "Intellectual Property"
    assert alarms(title, text, "ip", lang) == []


# --- 8. a renewal by tacit agreement slipped into another clause --------------------------

RENEWAL = [
    (
        "fr",
        "Livrables",
        "Le Prestataire fournit : (a) le modèle ; (b) le tableau de bord ; (c) l'accès à la "
        "plateforme, renouvelé par accord tacite pour des périodes d'un an.",
        "renouvelé par accord tacite",
    ),
    (
        "fr",
        "Périmètre",
        "La maintenance évolutive est incluse ; le contrat de maintenance se prolonge par "
        "consentement tacite des Parties.",
        "prolonge par consentement tacite",
    ),
    (
        "en",
        "Deliverables",
        "The Provider delivers: (a) the model; (b) the dashboard; (c) platform access, which "
        "renews by tacit consent each year.",
        "renews by tacit consent",
    ),
    (
        "en",
        "Scope",
        "Support is included and will be extended by tacit agreement for further twelve-month "
        "terms.",
        "extended by tacit agreement",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text", "words"), RENEWAL)
def test_renewal_by_tacit_agreement_is_caught(lang, title, text, words):
    hit, seen = catches(title, text, "added", None, "medium", words, lang)
    assert hit, seen


def test_renewal_slipped_into_deliverables_takes_no_topic():
    from helpers_battery import assess_clause

    a = assess_clause(
        "Deliverables",
        "(g) platform access for the Pilot; under the Definitive Agreement the subscription "
        "would renew by tacit agreement for successive terms.",
        "en",
    )
    [f] = [f for f in a.findings if f.rule == "added.tacit-renewal"]
    assert f.topic is None


NO_RENEWAL = [
    (
        "fr",
        "Livrables",
        "Le Prestataire fournit l'accès à la plateforme pendant le POC ; toute prolongation "
        "fait l'objet d'un avenant écrit signé par les deux Parties.",
        "deliverables",
    ),
    (
        "fr",
        "Durée",
        "La lettre expire le 30 juin 2026 ; elle ne peut être prolongée que par avenant écrit, "
        "aucune reconduction tacite n'étant admise.",
        "validity",
    ),
    (
        "en",
        "Deliverables",
        "Platform access is provided for the Pilot; any extension requires a written amendment "
        "signed by both Parties, with no tacit renewal.",
        "deliverables",
    ),
    (
        "en",
        "Term",
        "This letter lapses on 30 June 2026 and may be renewed only by written agreement of both "
        "Parties.",
        "validity",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text", "topic"), NO_RENEWAL)
def test_renewal_by_written_amendment_raises_nothing(lang, title, text, topic):
    assert [a for a in alarms(title, text, topic, lang) if "renewal" in a] == []


# --- 9. a KPI or a billing unit resting on an undefined qualified term --------------------

QUALIFIED = [
    (
        "fr",
        "Au moins 80 % des comptes rendus sont validés sans correction majeure.",
        "correction majeure",
    ),
    ("fr", "Le taux d'erreurs graves ne dépasse pas 2 % des factures.", "erreurs graves"),
    ("fr", "Le pilote est réussi si moins de 3 pannes majeures surviennent.", "pannes majeures"),
    (
        "fr",
        "La redevance est calculée sur le nombre d'agents connectés chaque mois.",
        "agents connectés",
    ),
    ("en", "At least 75% of drafts are approved without substantial edits.", "substantial edits"),
    ("en", "The share of serious errors stays below 3%.", "serious errors"),
    ("en", "Fees are based on the number of active learners each quarter.", "active learners"),
    (
        "en",
        "The pilot succeeds if 90% of critical incidents are flagged in time.",
        "critical incidents",
    ),
]


@pytest.mark.parametrize(("lang", "text", "term"), QUALIFIED)
def test_kpi_on_an_undefined_qualified_term_is_reported(lang, text, term):
    found = _undefined(text, lang)
    assert any(term in e for e in found), found


QUALIFIED_DEFINED = [
    (
        "fr",
        "« Correction majeure » désigne toute modification d'un chiffre ou d'une conclusion. "
        "Au moins 80 % des comptes rendus sont validés sans correction majeure.",
    ),
    ("fr", "Le pilote est réussi si moins de 3 Anomalies Majeures surviennent."),
    (
        "en",
        '"Serious Error" means a wrong amount or a wrong supplier. The share of serious errors '
        "stays below 3%.",
    ),
    (
        "en",
        '"Active Learner" means a pupil who logged in at least once in the quarter. Fees are '
        "based on the number of active learners each quarter.",
    ),
    ("en", "The pilot succeeds if 90% of Critical Outages are flagged in time."),
]


@pytest.mark.parametrize(("lang", "text"), QUALIFIED_DEFINED)
def test_defined_qualified_term_raises_nothing(lang, text):
    assert _undefined(text, lang) == []


VENDOR_DOCS = [
    (
        "fr",
        "Le support est assuré conformément aux conditions générales du Prestataire.",
        "conditions générales du Prestataire",
    ),
    (
        "fr",
        "La disponibilité suit les niveaux de service standard du Prestataire.",
        "niveaux de service standard du Prestataire",
    ),
    ("en", "Support is provided under the Provider's standard SLA.", "standard SLA"),
    (
        "en",
        "Use of the Platform is governed by the Provider's terms of service.",
        "terms of service",
    ),
]


@pytest.mark.parametrize(("lang", "text", "words"), VENDOR_DOCS)
def test_vendor_document_neither_annexed_nor_defined_is_reported(lang, text, words):
    title = "Livrables" if lang == "fr" else "Deliverables"
    hit, seen = catches(title, text, "ambiguity", None, "low", words, lang)
    assert hit, seen


VENDOR_DOCS_ANNEXED = [
    ("fr", "Le support est assuré conformément au SLA du Prestataire figurant en annexe 3."),
    ("fr", "Le support est assuré sous 4 heures ouvrées, avec une disponibilité de 99,5 %."),
    ("en", "Support is provided under the Provider's standard SLA attached as Schedule 3."),
    ("en", "The Provider's service levels are as follows: response within four business hours."),
]


@pytest.mark.parametrize(("lang", "text"), VENDOR_DOCS_ANNEXED)
def test_vendor_document_annexed_raises_nothing(lang, text):
    title = "Livrables" if lang == "fr" else "Deliverables"
    a = catches(title, text, "ambiguity", None, "low", None, lang)
    assert not [s for s in a[1] if "vendor-documents" in s], a[1]
