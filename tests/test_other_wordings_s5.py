"""Families of wordings first met in checkpoint A (session 5: six well-drafted letters, at
least eleven topics meeting the position each), tested here in words of our own, French
and English, with the near-misses that must keep their finding."""

from __future__ import annotations

import pytest
from helpers_battery import alarms, assert_caught, evidence_of

CAUGHT = [
    # (kind, topic, min_severity, words, title, text, lang)
    # personal data "transmitted" to a model provider established abroad
    (
        "deviation",
        "data_protection",
        "high",
        "fournisseur de traduction automatique établi hors du territoire national",
        "Données personnelles",
        "Les bases sont hébergées à Alger. Pour la traduction, le texte des réclamations, "
        "noms des clients compris, est transmis à un fournisseur de traduction automatique "
        "établi hors du territoire national.",
        "fr",
    ),
    (
        "deviation",
        "data_protection",
        "high",
        "endpoints are located in the European Union",
        "Personal data",
        "Recordings are stored in Oran. Each call, with the caller's number, is submitted to "
        "a transcription service whose endpoints are located in the European Union.",
        "en",
    ),
    # sealed set Z: a price the vendor "may adjust" by pronoun, across a semicolon
    (
        "deviation",
        "price",
        "high",
        "l'Éditeur pourra les réviser chaque année",
        "Redevances",
        "Les redevances mensuelles sont fermes jusqu'au 30 juin 2026 ; au-delà, l'Éditeur "
        "pourra les réviser chaque année.",
        "fr",
    ),
    (
        "deviation",
        "price",
        "high",
        "the Vendor may increase them each January",
        "Fees",
        "Monthly fees are fixed for the first year; after that the Vendor may increase them "
        "each January.",
        "en",
    ),
    # a daily penalty on the client, far from the « tout retard » that triggers it
    (
        "added",
        None,
        "medium",
        "20 000 DA par jour ouvré de retard",
        "Accès",
        "Le Client ouvre les accès au plus tard le 5 mars 2026, tout retard dans cette "
        "ouverture donnant lieu, en plus du décalage des jalons du calendrier, au paiement "
        "d'une indemnité de 20 000 DA par jour ouvré de retard, versée au Prestataire.",
        "fr",
    ),
    # checkpoint A2: acceptance by silence, the silence said first
    (
        "deviation",
        "poc",
        "medium",
        "le pilote sera réputé validé",
        "Pilote",
        "Le pilote dure quatre semaines. Faute d'observations écrites du Client dans les trois "
        "jours qui suivent la remise du rapport, le pilote sera réputé validé.",
        "fr",
    ),
    (
        "deviation",
        "poc",
        "medium",
        "the pilot shall be deemed accepted",
        "Pilot",
        "The pilot lasts four weeks. Absent written objections from the Client within three "
        "days of the report, the pilot shall be deemed accepted.",
        "en",
    ),
    # a production instance "operated from" a city abroad, the authorisation left to the client
    (
        "deviation",
        "data_protection",
        "medium",
        "operated from the Vendor's Dublin tenancy",
        "Personal data",
        "From go-live the production instance, which holds the employees' names, will be "
        "operated from the Vendor's Dublin tenancy, the Client being responsible for any "
        "authorisation to be obtained from the ANPDP.",
        "en",
    ),
    # integration effort beyond the estimate borne by the client
    (
        "deviation",
        "risk_allocation",
        "medium",
        "seront à la charge du Client",
        "Risques",
        "Les jours de paramétrage au-delà des trente jours-hommes prévus au forfait, rendus "
        "nécessaires par l'adaptation de l'ERP du Client, seront à la charge du Client.",
        "fr",
    ),
    # a carve-out left to judgement
    (
        "ambiguity",
        "risk_allocation",
        "low",
        "difficulté inhabituelle",
        "Risques",
        "Le Prestataire supporte les dépassements du forfait, sauf difficulté inhabituelle des "
        "interfaces.",
        "fr",
    ),
    # checkpoint A3: a markup on pass-through costs left outside the cap
    (
        "deviation",
        "price",
        "medium",
        "majorés d'une commission de traitement",
        "Prix",
        "Le total facturé ne pourra excéder 3 000 000 DA HT, hormis les frais d'hébergement "
        "facturés par l'opérateur, refacturés sur justificatif et majorés d'une commission de "
        "traitement.",
        "fr",
    ),
    # models "executable only through" the vendor's runtime
    (
        "deviation",
        "termination",
        "high",
        "can be loaded only through the PlantIQ runtime",
        "Exit",
        "On termination the Vendor returns the data in CSV and the trained models in their "
        "native format, which can be loaded only through the PlantIQ runtime.",
        "en",
    ),
    # the vendor's reuse, its subject a pronoun after a semicolon
    (
        "deviation",
        "ip",
        "medium",
        "pour perfectionner les modèles génériques",
        "Propriété intellectuelle",
        "Le Prestataire garde la propriété de son outil ; il pourra toutefois utiliser les "
        "annotations pour perfectionner les modèles génériques de sa gamme.",
        "fr",
    ),
    # tuned weights that "demeurent la propriété" of the vendor
    (
        "deviation",
        "ip",
        "high",
        "demeurent la propriété exclusive du Prestataire",
        "Propriété intellectuelle",
        "Les pondérations ajustées sur les données du Client pendant le projet demeurent la "
        "propriété exclusive du Prestataire.",
        "fr",
    ),
    # the fees of the remaining months due at once, save for the vendor's breach
    (
        "added",
        None,
        "medium",
        "fees for the remaining months of the term shall become due",
        "Fees",
        "If the Client ends the subscription early for any reason other than a breach by the "
        "Vendor, the fees for the remaining months of the term shall become due at once.",
        "en",
    ),
    # sealed set B: personal data worked on "remotely" from abroad, said not to be a transfer
    (
        "deviation",
        "data_protection",
        "high",
        "carried out remotely by the Vendor's analytics team in Amman",
        "Personal data",
        "Data are hosted in Oran. Model retraining may be carried out remotely by the Vendor's "
        "analytics team in Amman on pseudonymised customer extracts.",
        "en",
    ),
    # an indemnity worth months of salary, called "an amount equal to"
    (
        "added",
        None,
        "medium",
        "an amount equal to twelve months of that person's salary",
        "Non-solicitation",
        "The Client shall not hire the Vendor's consultants for two years. Should it do so, it "
        "shall pay, as a lump-sum indemnity, an amount equal to twelve months of that person's "
        "salary.",
        "en",
    ),
    # acceptance by the client's silence, said with "if the Client does not"
    (
        "deviation",
        "poc",
        "medium",
        "the POC shall be deemed accepted",
        "POC",
        "The Vendor hands over the POC report on 3 May 2026; if the Client does not send a "
        "reasoned refusal within five days, the POC shall be deemed accepted.",
        "en",
    ),
    (
        "deviation",
        "poc",
        "medium",
        "le pilote est réputé validé",
        "Pilote",
        "Le rapport est remis le 3 mai 2026 ; si le Client ne formule aucune réserve dans les "
        "cinq jours, le pilote est réputé validé.",
        "fr",
    ),
    # sealed set C: « se réserve la faculté de les réviser »
    (
        "deviation",
        "price",
        "high",
        "se réserve le droit de les ajuster",
        "Prix",
        "Les tarifs unitaires dépendent du coût des modèles ; le Prestataire se réserve le "
        "droit de les ajuster à tout moment.",
        "fr",
    ),
    # tuned models returned as an executable image usable only under the vendor's licence
    (
        "deviation",
        "termination",
        "high",
        "conteneur exécutable propre à la Plateforme",
        "Réversibilité",
        "En fin de relation, les données sont restituées en CSV ; les modèles ajustés sont "
        "remis sous la forme d'un conteneur exécutable propre à la Plateforme.",
        "fr",
    ),
    # sealed set E: a deposit « dès la signature du bon de commande »
    (
        "deviation",
        "price",
        "medium",
        "à 60 %",
        "Conditions financières",
        "Partie fixe : 1 200 000 DA HT, payable à 60 % dès la signature du bon de commande et "
        "pour le solde à la recette.",
        "fr",
    ),
    # a committee meeting « à une fréquence arrêtée au fil de l'avancement »
    (
        "ambiguity",
        "governance",
        "low",
        "à une cadence fixée au fil de l'avancement",
        "Pilotage",
        "Le sponsor valide les livrables ; le comité de pilotage se réunit à une cadence fixée "
        "au fil de l'avancement.",
        "fr",
    ),
    # sealed set F: a non-solicitation of the vendor's "linguists", "directly or indirectly"
    (
        "added",
        None,
        "medium",
        "shall not directly or indirectly solicit",
        "General provisions",
        "For two years after this Letter, the Client shall not directly or indirectly solicit "
        "any linguist or engineer of the Provider who worked on the Project.",
        "en",
    ),
    # the vendor disclaims every risk, which the client is said to bear
    (
        "deviation",
        "risk_allocation",
        "medium",
        "n'assume aucune responsabilité",
        "Responsabilités",
        "Le Prestataire n'assume aucune responsabilité au titre des réponses de l'assistant ni "
        "de l'insuffisance des données, ces risques étant supportés par le Client.",
        "fr",
    ),
    # tuned models returned as an image that runs only on the vendor's platform
    (
        "deviation",
        "termination",
        "high",
        "image exécutable sur la plateforme Prévision+",
        "Réversibilité",
        "Les données sont restituées en CSV ; les modèles entraînés sont remis sous la forme "
        "d'une image exécutable sur la plateforme Prévision+.",
        "fr",
    ),
    # a carve-out left to judgement
    (
        "ambiguity",
        "risk_allocation",
        "low",
        "material non-cooperation",
        "Risks",
        "The Provider bears integration overruns, save where they result from the Client's "
        "material non-cooperation.",
        "en",
    ),
    # sealed set G: « à défaut, le POC est réputé accepté » after the client's delay
    (
        "deviation",
        "poc",
        "medium",
        "le pilote est réputé validé",
        "Pilote",
        "Le Client dispose de cinq jours pour formuler ses observations ; à défaut, le pilote "
        "est réputé validé.",
        "fr",
    ),
    # a cap that leaves the excess volumes out
    (
        "deviation",
        "price",
        "medium",
        "hors dépassements de volumétrie",
        "Conditions financières",
        "Le total facturé la première année ne pourra excéder 5 000 000 DA, hors dépassements "
        "de volumétrie.",
        "fr",
    ),
    # a fee (singular) the vendor may revise
    (
        "deviation",
        "price",
        "high",
        "may revise the Transaction Fee at any time",
        "Fees",
        "The Vendor may revise the Transaction Fee at any time on 30 days' notice.",
        "en",
    ),
    # « nous » reusing the client's history for « nos modèles génériques »
    (
        "deviation",
        "ip",
        "medium",
        "pour améliorer nos modèles génériques",
        "Propriété intellectuelle",
        "Vous nous autorisez à exploiter les historiques d'appels communiqués pour améliorer "
        "nos modèles génériques.",
        "fr",
    ),
    # sealed set H: the « we » voice: "our exclusive property", "revised by us", "our
    # Casablanca data centre" with the authorisation left to "you"
    (
        "deviation",
        "ip",
        "high",
        "shall remain our exclusive property",
        "Intellectual property",
        "You keep your recordings. Any model fine-tuned using your recordings, and its "
        "parameters, shall remain our exclusive property.",
        "en",
    ),
    (
        "deviation",
        "price",
        "high",
        "may be revised by us at each anniversary",
        "Fees",
        "The hourly rate may be revised by us at each anniversary of go-live.",
        "en",
    ),
    (
        "deviation",
        "data_protection",
        "high",
        "hosted in our Casablanca data centre",
        "Personal data",
        "The recordings of your customers are stored on the platform hosted in our "
        "Casablanca data centre; any authorisation from the ANPDP will be obtained by you.",
        "en",
    ),
    # sealed set I: a fee the client pays for not proceeding after a good pilot
    (
        "added",
        None,
        "medium",
        "commitment fee equal to two months",
        "Roll-out",
        "Should the Client decide not to proceed after a successful Pilot, the Client shall "
        "pay the Vendor a commitment fee equal to two months of subscription.",
        "en",
    ),
    # a steering committee meeting at a frequency left to judgement
    (
        "ambiguity",
        "governance",
        "low",
        "à une périodicité jugée utile",
        "Pilotage",
        "Le comité de pilotage, présidé par la directrice générale du Client, se réunit à une "
        "périodicité jugée utile par les Parties et valide chaque livrable.",
        "fr",
    ),
]


@pytest.mark.parametrize("kind, topic, min_severity, words, title, text, lang", CAUGHT)
def test_caught(kind, topic, min_severity, words, title, text, lang):
    assert_caught(kind, topic, min_severity, words, title, text, lang)


MEETS = [
    # (topic, title, text, lang): clauses that meet the PME position, in unusual words
    (
        "poc",
        "Pilote",
        "Un pilote de six semaines est conduit sur deux sites, avec des critères "
        "d'acceptation chiffrés et une décision de poursuite ou d'arrêt du Client le 20 mars "
        "2026. Le pilote est une maquette : il ne vaut ni recette ni livraison de la solution "
        "définitive.",
        "fr",
    ),
    (
        "success_criteria",
        "Indicateurs",
        "La situation de référence, mesurée par le Prestataire sur les exports de l'année "
        "2025, fait ressortir un délai moyen de traitement de neuf jours. Cible : trois jours "
        "au plus à la fin du pilote, mesurés par le Client.",
        "fr",
    ),
    (
        "ip",
        "Ownership",
        "All Client Data remain yours. You also own the prompts, the fine-tuned models and "
        "every output, and we shall claim no right over them.",
        "en",
    ),
    (
        "exclusivity",
        "Exclusive talks",
        "For forty-five days you agree not to negotiate the same scope with another provider. "
        "This exclusivity only lasts while we deliver the milestones of Article 6 on time, "
        "and you may withdraw from it at any time by written notice.",
        "en",
    ),
    (
        "data_protection",
        "Personal data",
        "Personal data are processed under Law 18-07 and hosted in Algiers; no Client Data "
        "will be stored or transferred outside Algeria. Our support staff in Lisbon access "
        "the instance through a logged VPN, without export rights; any transfer of personal "
        "data abroad requires the prior authorisation of the ANPDP.",
        "en",
    ),
    (
        "termination",
        "Exit",
        "The Client may end the project at the go/no-go date without giving reasons, paying "
        "only accepted deliverables; on exit all data and models are returned in open formats "
        "within fifteen days.",
        "en",
    ),
    (
        "success_criteria",
        "Indicateurs de succès",
        "Mesure sur les cinq sites ; référence : moyenne de janvier à septembre 2025 ; taux "
        "d'absence aux rendez-vous de 18 % ramené à 13 % au plus, mesuré par le Client.",
        "fr",
    ),
    (
        "binding_effect",
        "Nature of this Letter",
        "Sections 12 (Confidentiality) and 16 (Governing Law) are legally binding upon "
        "signature. All other provisions express the Parties' intentions and do not oblige "
        "either Party to enter into the Definitive Agreement.",
        "en",
    ),
    (
        "risk_allocation",
        "Répartition des risques",
        "Si l'audit révèle des données insuffisantes, les parties arrêtent le projet et le "
        "Client ne règle que l'audit. Les dépassements d'intégration sont supportés par le "
        "Prestataire. Chaque partie répond de sa propre conformité. La responsabilité de "
        "chaque partie au titre de la présente lettre est limitée aux montants facturés.",
        "fr",
    ),
    (
        "binding_effect",
        "Portée de la présente lettre",
        "La présente lettre ne vous oblige pas à conclure. Seuls les articles 11, 12 et 19 "
        "vous engagent et nous engagent dès la signature.",
        "fr",
    ),
    (
        "exclusivity",
        "Exclusivity",
        "For 45 days the Client shall not negotiate with another provider; this exclusivity "
        "is conditional on the Vendor delivering the audit report on time. If the Vendor "
        "fails to deliver it, the exclusivity ends immediately on written notice from the "
        "Client.",
        "en",
    ),
    (
        "data",
        "Data",
        "The Client provides 36 months of invoices and meter readings, of which up to 10% "
        "may be missing or duplicated; the Vendor cleans and reconciles them; the extracts are "
        "sent through the secure channel designated by the Vendor.",
        "en",
    ),
    (
        "price",
        "Prix",
        "Partie fixe : 900 000 DA ; partie variable : 300 DA par dossier traité. Acompte de 30 "
        "% à la commande, solde à la recette, factures à 30 jours. Le total facturé ne pourra "
        "excéder 2 000 000 DA la première année ; au-delà, toute révision est plafonnée à la "
        "variation de l'indice des prix.",
        "fr",
    ),
    (
        "timeline",
        "Planning",
        "Kick-off: 2 February 2026. Pilot: 2 March to 26 April 2026. Pilot report: 8 May "
        "2026; go or no-go decision by the Client: 15 May 2026.",
        "en",
    ),
    (
        "binding_effect",
        "Portée",
        "La lettre n'oblige pas à conclure. Seuls les articles 4.2, 11 et 12 créent des "
        "obligations juridiques à la charge des Parties.",
        "fr",
    ),
    (
        "poc",
        "Proof of concept",
        "A six-week POC with acceptance criteria and a go/no-go meeting on 3 March 2026. The POC "
        "runs on a test environment; no part of the POC will be put into production without "
        "the Definitive Agreement.",
        "en",
    ),
    (
        "success_criteria",
        "Success criteria",
        "The baseline values will be measured by the Provider on the 2025 history and "
        "confirmed in D1; target: stock-outs below 4% at the end of the POC, measured jointly.",
        "en",
    ),
    (
        "objective",
        "Objet",
        "La lettre a pour objet de réduire de 30 % les pénalités de disponibilité dues par le "
        "Client à ses donneurs d'ordre.",
        "fr",
    ),
    (
        "timeline",
        "Calendrier",
        "Atelier le 9 février 2026 ; prototype du 23 février au 3 avril 2026 ; décision écrite "
        "de poursuite ou d'arrêt du Client au plus tard le 10 avril 2026.",
        "fr",
    ),
    (
        "exclusivity",
        "Exclusivité",
        "Le Client ne consulte aucun autre prestataire pendant quarante-cinq jours. Cet "
        "engagement n'est maintenu que si le Prestataire remet l'audit à la date prévue ; le "
        "Client peut y mettre fin par simple courriel en cas de retard.",
        "fr",
    ),
    (
        "ip",
        "Ownership",
        "The parameters tuned on the Client's data belong to the Client from their creation, "
        "and the Vendor assigns to it any right it may hold in them.",
        "en",
    ),
    (
        "price",
        "Prix",
        "Partie fixe : 900 000 DA HT, payable à hauteur de 30 % à la commande du POC et de "
        "70 % à sa recette ; partie variable plafonnée à 60 000 DA HT par mois.",
        "fr",
    ),
    (
        "confidentiality",
        "Who keeps what confidential?",
        "Each of us will keep confidential what the other discloses, and the obligation "
        "survives for three years after this letter ends.",
        "en",
    ),
    (
        "governance",
        "Pilotage",
        "Le sponsor du Client et le chef de projet du Prestataire se réunissent chaque semaine. "
        "Les désaccords sont tranchés par le sponsor et le gérant du Prestataire, réunis dans "
        "les huit jours.",
        "fr",
    ),
    (
        "binding_effect",
        "Portée de la lettre",
        "La présente lettre ne crée aucune obligation de conclure. Seuls les articles 11, 12 "
        "et 18 engagent juridiquement les Parties ; les autres expriment leur intention.",
        "fr",
    ),
]


@pytest.mark.parametrize("topic, title, text, lang", MEETS)
def test_meets_the_position(topic, title, text, lang):
    assert alarms(title, text, topic, lang) == []


def test_a_payment_on_the_go_decision_is_no_deposit():
    text = (
        "Fees are invoiced by milestone: 20% of the pilot fee on signature, 50% of the "
        "integration fee on a favourable go/no-go decision, and the remainder on acceptance."
    )
    assert evidence_of("price.deposit", "Fees", text, "en") == []
    # a deposit of 50% on signature still is one
    assert evidence_of("price.deposit", "Fees", text.replace("20%", "50%", 1), "en") == ["50%"]


def test_a_pilot_worth_acceptance_is_still_the_product():
    text = "Le pilote vaut réception de la solution définitive."
    assert evidence_of("poc.as-product", "Pilote", text) == [text]


def test_a_baseline_the_vendor_will_measure_alone_is_still_its_decision():
    text = "La situation de référence sera mesurée par le Prestataire sur l'historique."
    assert evidence_of("decides.vendor-alone", "Indicateurs", text) == [text]


def test_a_run_in_sub_article_keeps_its_articles_topic():
    from helpers_playbook import mini_reference, section

    from loi_redline.align import align
    from loi_redline.ruleset import load_ruleset

    parent = section(
        "v1", "Success Criteria", "8.1 The baseline is measured in January.", number="8"
    )
    item = section(
        "v2",
        "Expiry control",
        "8.3 Expiry control: at least 98% of the documents whose approval expires within "
        "60 days are flagged.",
        number="8.3",
        level=2,
    )
    item.heading = item.blocks[0]  # the title is the lead-in of its own paragraph
    align([parent, item], mini_reference(), load_ruleset("pme-ia-en"))
    assert parent.topics == ["success_criteria"]
    assert item.topics == ["success_criteria"]


def _topics(title: str, body: str, lang: str) -> list[str]:
    from helpers_playbook import mini_reference, section

    from loi_redline.align import align
    from loi_redline.ruleset import load_ruleset

    v = [section("v1", title, body)]
    align(v, mini_reference(), load_ruleset("pme-ia-en" if lang == "en" else "pme-ia-fr"))
    return v[0].topics


def _letter(lang, *clauses):
    from helpers_playbook import mini_reference, section

    from loi_redline.assess import assess_sections
    from loi_redline.ruleset import load_ruleset

    secs = [section(f"c{i}", t, b) for i, (t, b) in enumerate(clauses)]
    rs = load_ruleset("pme-ia-en" if lang == "en" else "pme-ia-fr")
    return assess_sections(secs, mini_reference(), rs, lang=lang)


@pytest.mark.parametrize(
    "term, defined",
    [("Client Prerequisite", False), ("Client Data", True), ("Client's Steering Board", True)],
)
def test_a_term_opening_with_the_clients_role_word_needs_its_definition(term, defined):
    # "the Client" alone is a party; "a Client Prerequisite", capitalised throughout, is a
    # term of art the definitions article must give
    a = _letter(
        "en",
        ("Definitions", '"Client Data" means the e-mails the Client makes available.'),
        ("Risks", f"Overruns are borne by the Vendor, unless caused by a {term} not met."),
    )
    flagged = [f.evidence for f in a.findings if f.rule == "define.capitalised-terms"]
    assert (term in flagged) is not defined, flagged


def test_a_cap_sparing_data_breaches_or_binding_both_parties_is_no_alarm():
    carve_out = (
        "The Vendor's liability shall be capped at the fees paid over the preceding twelve "
        "months, except in cases of wilful misconduct, gross negligence or breach of the "
        "confidentiality and data-protection clauses."
    )
    assert evidence_of("risk.liability-cap", "Risks", carve_out, "en") == []
    mutual = "Each Party's liability shall be capped at the fees paid over the last twelve months."
    assert evidence_of("risk.liability-cap", "Risks", mutual, "en") == []
    # the vendor's own cap, with no carve-out or with gross negligence alone (which no cap
    # may cover anyway), is reported
    bare = carve_out.split(", except")[0] + "."
    assert evidence_of("risk.liability-cap", "Risks", bare, "en") != []
    negligence = bare[:-1] + ", except for gross negligence."
    assert evidence_of("risk.liability-cap", "Risks", negligence, "en") != []


def test_a_period_after_the_letter_is_not_its_term():
    text = (
        "Cette lettre est valable jusqu'au 31 mars 2026. Pendant sa durée et les vingt-quatre "
        "mois qui suivent son terme, le Client s'interdit de débaucher le personnel du "
        "Prestataire."
    )
    assert evidence_of("validity.much-too-long", "Validité", text) == []
    long = "Cette lettre est valable pour une durée de vingt-quatre mois."
    assert evidence_of("validity.much-too-long", "Validité", long) == ["vingt-quatre mois"]


def test_the_same_excess_said_twice_in_one_sentence_is_one_comment():
    text = (
        "Le Client accorde au Prestataire une exclusivité de douze (12) mois, renouvelable "
        "pour des périodes successives de douze mois."
    )
    assert evidence_of("exclusivity.duration", "Exclusivité", text) == ["douze (12) mois"]
    # two sentences, two comments
    two = "L'exclusivité dure douze mois. À son terme, l'exclusivité est prorogée de douze mois."
    assert len(evidence_of("exclusivity.duration", "Exclusivité", two)) == 2


def test_a_fee_table_whose_nature_column_says_fixed_has_a_fixed_part():
    from helpers_playbook import block, mini_reference, section

    from loi_redline.assess import assess_sections
    from loi_redline.ruleset import load_ruleset

    fees = section("c1", "Fees", "The fees are set out below, in DZD excluding VAT.")
    fees.blocks += [block(t, 10 + i) for i, t in enumerate(["D2 - POC", "Fixed", "3,400,000"])]
    a = assess_sections([fees], mini_reference(), load_ruleset("pme-ia-en"), lang="en")
    assert [f for f in a.findings if f.rule == "price.fixed-part"] == []


@pytest.mark.parametrize(
    "title, number",
    [("ARTICLE DEUXIÈME — Objet", "2"), ("Article dix-septième – Confidentialité", "17")],
)
def test_an_ordinal_in_words_is_the_articles_number(title, number):
    from loi_redline.structure import _ARTICLE, _number_word

    m = _ARTICLE.match(title)
    assert m and _number_word(m.group(1)) == number


def test_in_a_bilingual_clause_the_comment_quotes_the_reports_language():
    a = _letter(
        "fr",
        (
            "Durée de validité / مدة الصلاحية",
            "تجدد هذه الرسالة ضمنيا لفترات متتالية. La présente lettre est reconduite "
            "tacitement par périodes successives de trois mois.",
        ),
    )
    ev = [f.evidence for f in a.findings if f.rule == "added.tacit-renewal"]
    assert ev and all("tacitement" in e for e in ev), ev


@pytest.mark.parametrize(
    "title, topic",
    [
        ("Indicative Schedule", "timeline"),
        ("Schedule of Fees", "price"),
        ("How will we know it worked?", "success_criteria"),
        ("Will you be tied to us while we test?", "exclusivity"),
        ("Which of these commitments are binding?", "binding_effect"),
        ("How long does this letter stand?", "validity"),
        ("Term, Termination and Reversibility", "termination"),
        ("Lapse", "validity"),
    ],
)
def test_headings_in_plain_words_and_questions(title, topic):
    assert _topics(title, "", "en")[:1] == [topic]


def test_one_word_said_three_times_is_no_second_subject():
    body = (
        "La charge du Client est estimée à 28 jours-personne. La préparation des données "
        "reste à la charge du Prestataire. Si la charge réelle dépasse l'estimation, le chef "
        "de projet en informe le comité."
    )
    assert "risk_allocation" not in _topics("Contribution du Client", body, "fr")


def test_a_definition_naming_pre_trained_models_grants_nothing():
    text = (
        '"Platform" means the Vendor\'s PickSense software, its pre-trained base models and its '
        "administration console."
    )
    assert evidence_of("ip.vendor-model-training", "Definitions", text, "en") == []
    grant = "The Vendor may use the Client's images to train its base models."
    assert evidence_of("ip.vendor-model-training", "Ownership", grant, "en") == [grant]


def test_an_authorisation_said_after_a_semicolon_spares_the_access_from_abroad():
    text = (
        "Les techniciens de l'Éditeur accèdent à l'instance depuis le Portugal, sans export ; "
        "tout transfert de données personnelles à l'étranger est subordonné à l'autorisation "
        "préalable de l'ANPDP."
    )
    assert evidence_of("data-protection.transfer-abroad", "Données personnelles", text) == []
    # the client left to seek it alone is no such authorisation
    alone = text.replace(
        "est subordonné à l'autorisation préalable de l'ANPDP",
        "relève du Client, qui fait son affaire de l'autorisation préalable de l'ANPDP",
    )
    assert evidence_of("data-protection.transfer-abroad", "Données personnelles", alone) != []


@pytest.mark.parametrize(
    "clause, term",
    [
        # « standard » no longer opens a name
        ("The Vendor delivers a Standard Integration with the document system.",
         "Standard Integration"),
        # a class named as a cause, as a scope's limit, as an exception
        ("We are not responsible for a shortfall to the extent it results from Major Data "
         "Gaps, which we will list in the report.", "Major Data Gaps"),
        ("The Pilot covers six Pick Stations and is limited to Bulky Items.", "Bulky Items"),
        ("Each figure is computed excluding Holiday Weeks.", "Holiday Weeks"),
        ("The error is computed across all Forecastable Items.", "Forecastable Items"),
        ("All criteria are computed on the batches rolled under Normal Running Conditions.",
         "Normal Running Conditions"),
    ],
)  # fmt: skip
def test_an_undefined_capitalised_class_is_a_term_of_art(clause, term):
    a = _letter(
        "en",
        ("Definitions", '"Platform" means the Vendor\'s software.'),
        ("Terms", clause),
    )
    assert term in [f.evidence for f in a.findings if f.rule == "define.capitalised-terms"]


def test_any_extra_unit_priced_without_per_is_a_billing_unit():
    text = (
        "La redevance de 90 000 DA HT par mois inclut 10 000 requêtes traitées, toute requête "
        "traitée supplémentaire étant facturée 5 DA HT."
    )
    assert evidence_of("define.billing-units", "Conditions financières", text) == [
        "requête traitée"
    ]


def test_a_macros_word_list_is_no_negative_the_rule_looks_for():
    # the vendor's words (« nous, notre, nos ») and the places abroad (« Norvège ») hold
    # "no": the rule does not look for a negative, so the letter's own negative counts
    text = (
        "Aucun droit sur les données du Client n'est cédé ni concédé au Prestataire ; les "
        "modèles ajustés restent la propriété du Client."
    )
    assert evidence_of("ip.vendor-owns", "Propriété intellectuelle", text) == []


def test_a_non_solicitation_under_a_heading_of_people_is_no_clients_effort():
    body = (
        "Les Parties coopèrent de bonne foi ; pendant vingt-quatre mois, le Client s'interdit "
        "de recruter tout collaborateur du Prestataire ayant participé au projet."
    )
    assert "internal_effort" not in _topics("Collaboration des équipes", body, "fr")
    # the client's effort counted in days keeps its topic
    effort = "Le Client affecte deux collaborateurs, soit 12 jours-homme pendant le POC."
    assert _topics("Collaboration des équipes", effort, "fr") == ["internal_effort"]
