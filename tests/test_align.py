"""Alignment of vendor sections with reference topics, on hand-built sections."""

from __future__ import annotations

import pytest
from helpers_playbook import mini_reference as reference
from helpers_playbook import section

from loi_redline.align import align, normalize
from loi_redline.ruleset import load_ruleset


@pytest.fixture(scope="module")
def rs():
    return load_ruleset("pme-ia-fr")


def topics_of(pairs):
    return {p.vendor.id: p.vendor.topics for p in pairs if p.vendor is not None}


def test_normalize_strips_numbers_accents_and_article():
    assert normalize("Article 5 – Propriété Intellectuelle") == normalize(
        "propriete intellectuelle"
    )
    assert normalize("III. CONDITIONS FINANCIÈRES") == normalize("Conditions financieres")


def test_reordered_and_renumbered(rs):
    vendor = [
        section("v1", "Confidentialité", "Les informations restent confidentielles.", number="1"),
        section("v2", "Prix", "Forfait de 2 000 000 DZD.", number="2"),
        section("v3", "Exclusivité", "Douze mois d'exclusivité.", number="3"),
    ]
    pairs = align(vendor, reference(), rs)
    assert topics_of(pairs) == {"v1": ["confidentiality"], "v2": ["price"], "v3": ["exclusivity"]}
    ref_of = {p.vendor.id: p.reference.id for p in pairs if p.vendor}
    assert ref_of == {"v1": "r6", "v2": "r2", "v3": "r4"}
    # reference topics nobody covers come back as pairs without a vendor side
    absent = {p.topic for p in pairs if p.vendor is None}
    assert {"objective", "timeline", "ip", "data"} <= absent
    assert all(0.0 <= p.similarity <= 1.0 for p in pairs)


def test_renamed_heading_is_found_by_its_body(rs):
    body = (
        "Le Client met à disposition les extractions de son CRM et de son ERP : historique de "
        "vingt-quatre mois, volume de 50 000 enregistrements. Les doublons et champs manquants "
        "sont traités lors de la préparation des données, assurée par le Prestataire."
    )
    vendor = [section("v1", "Éléments mis à disposition", body)]
    align(vendor, reference(), rs)
    assert vendor[0].topics[:1] == ["data"]


def test_merged_clause_takes_every_topic_its_title_names(rs):
    vendor = [section("v1", "Confidentialité et propriété intellectuelle", "Texte.")]
    align(vendor, reference(), rs)
    assert set(vendor[0].topics) == {"confidentiality", "ip"}


def test_split_clause_several_sections_one_topic(rs):
    vendor = [
        section("v1", "Prix", "Partie fixe : 1 000 000 DZD."),
        section("v2", "Modalités de paiement", "Acompte de 30 %, solde à la recette."),
    ]
    pairs = align(vendor, reference(), rs)
    assert [s.topics[0] for s in vendor] == ["price", "price"]
    assert [p.reference.id for p in pairs if p.vendor] == ["r2", "r2"]


def test_longest_heading_wins(rs):
    vendor = [section("v1", "Protection des données à caractère personnel", "Loi 18-07.")]
    align(vendor, reference(), rs)
    assert vendor[0].topics == ["data_protection"]


@pytest.mark.parametrize(
    "title, topic",
    [
        ("Exclusivity", "exclusivity"),
        ("Price and payment terms", "price"),
        ("Intellectual Property", "ip"),
        ("الحصرية", "exclusivity"),
        ("Article 7 – Propriété intellectuelle / المادة 7 – الملكية الفكرية", "ip"),
        ("السرية", "confidentiality"),
        ("Critères de sucès", "success_criteria"),  # a typo still aligns
    ],
)
def test_languages_and_typos(rs, title, topic):
    vendor = [section("v1", title, "Texte.")]
    align(vendor, reference(), rs)
    assert vendor[0].topics[:1] == [topic]


def test_clause_about_nothing_known_has_no_topic(rs):
    vendor = [
        section(
            "v1",
            "Non-sollicitation",
            "Le Client s'interdit de solliciter tout collaborateur du Prestataire.",
        ),
        section("v2", "Signatures", "Pour le Client", kind="signature"),
    ]
    pairs = align(vendor, reference(), rs)
    assert vendor[0].topics == [] and vendor[1].topics == []
    assert [p.reference for p in pairs if p.vendor] == [None, None]


def test_sub_article_inherits_its_article(rs):
    vendor = [
        section("v1", "Conditions financières", "Le prix comprend :", number="4", level=1),
        section("v2", "Modalités", "Acompte et solde.", number="4.1", level=2),
    ]
    align(vendor, reference(), rs)
    assert vendor[1].topics == ["price"]


def test_sub_articles_of_a_heading_only_article_carry_its_topic_too(rs):
    # "7 Performance Indicators" has no text of its own: its criteria are in 7.1
    vendor = [
        section("v1", "Performance Indicators", number="7", level=1),
        section(
            "v2",
            "POC acceptance criteria",
            "Detection of at least 80% of the labelled failures.",
            number="7.1",
            level=2,
        ),
        section("v3", "Indicateurs de réussite", "Voir ci-dessous.", number="8", level=1),
        section("v4", "Critères d'acceptation du POC", "Taux de 80 %.", number="8.1", level=2),
    ]
    align(vendor, reference(), rs)
    assert vendor[0].topics == ["success_criteria"]
    assert "poc" in vendor[1].topics and vendor[1].topics[-1] == "success_criteria"
    # an article with text of its own keeps its sub-articles to their own subject
    assert "success_criteria" not in vendor[3].topics


def test_preamble_is_about_no_topic(rs):
    vendor = [
        section(
            "v0",
            "Lettre d'intention",
            "Entre les soussignés, la société X et le Client.",
            kind="preamble",
        ),
        section("v1", "Prix", "1 000 DZD."),
    ]
    align(vendor, reference(), rs)
    assert vendor[0].topics == []


def test_headings_of_no_topic_keep_no_topic(rs):
    vendor = [
        section(
            "v1",
            "Pénalités",
            "Tout retard de paiement des factures et du prix entraîne "
            "des pénalités ; le prix, l'acompte et le solde sont majorés.",
        ),
        section("v2", "Prix et pénalités", "Partie fixe, partie variable, acompte, solde."),
        section("v3", "Non-sollicitation", "Le Client ne sollicite pas les données du projet."),
    ]
    got = topics_of(align(vendor, reference(), rs))
    assert got["v1"] == [] and got["v3"] == []
    assert got["v2"][0] == "price"  # the heading names a topic: that wins


@pytest.mark.parametrize(
    "title, topics",
    [
        ("Rôles et responsabilités", ["governance"]),  # a usual heading whole, not in pieces
        ("Confidentialité et propriété intellectuelle", ["confidentiality", "ip"]),
        ("Notifications", []),  # boilerplate: no topic, not "tarification" by a typo match
        ("Force majeure", []),
        ("Recette", ["deliverables"]),
    ],
)
def test_usual_and_boilerplate_headings(rs, title, topics):
    got = topics_of(align([section("v1", title, "")], reference(), rs))["v1"]
    assert sorted(got) == sorted(topics)


@pytest.mark.parametrize(
    "title, topic",
    [
        ("Engagement d'exclusivité", ["exclusivity"]),  # not "Engagement" (termination) too
        ("Charge du Client", ["internal_effort"]),
        ("Fin anticipée", ["termination"]),
        ("Caractère de la lettre", ["binding_effect"]),
    ],
)
def test_more_usual_headings(rs, title, topic):
    assert topics_of(align([section("v1", title, "")], reference(), rs))["v1"] == topic


def test_untitled_clauses_aligned_by_their_body(rs):
    vendor = [
        section(
            "v1",
            "",
            "Le Client réserve au Prestataire l'exclusivité des négociations "
            "pendant soixante (60) jours ; il en est délié en cas de retard.",
        ),
        section(
            "v2",
            "",
            "Chaque Partie garde confidentielles les informations reçues de "
            "l'autre pendant deux ans après la fin de la Lettre.",
        ),
    ]
    got = topics_of(align(vendor, reference(), rs))
    assert got == {"v1": ["exclusivity"], "v2": ["confidentiality"]}


@pytest.mark.parametrize(
    "title, body, topic",
    [
        # data about people is personal data, whatever the body says of sources
        (
            "Patient data",
            "Records are stored on the Vendor's servers and kept for two years.",
            "data_protection",
        ),
        (
            "Données des salariés",
            "Les fiches sont conservées sur les serveurs du Prestataire.",
            "data_protection",
        ),
        (
            "Employee data",
            "Employee files are processed by the Vendor's support team.",
            "data_protection",
        ),
        # the data a project runs on stays data
        ("Données", "Le Client fournit un historique de douze mois extrait de son CRM.", "data"),
        (
            "Data and assumptions",
            "The Client exports two years of sales history from its ERP.",
            "data",
        ),
    ],
)
def test_person_qualified_data_headings(rs, title, body, topic):
    vendor = [section("v1", title, body)]
    align(vendor, reference(), rs)
    assert vendor[0].topics[0] == topic


def test_an_approval_clause_is_governance_unless_titled_as_penalties(rs):
    approvals = section(
        "v1",
        "Validation des contenus",
        "Le Client désigne un référent. Chaque contenu est soumis à sa validation ; "
        "l'interlocuteur du Prestataire consigne les observations.",
    )
    mixed = section(
        "v2",
        "Validation et pénalités",
        "Tout contenu non commenté est réputé validé. Toute annulation donne lieu à une pénalité.",
    )
    align([approvals, mixed], reference(), rs)
    assert approvals.topics[:1] == ["governance"]
    assert mixed.topics == []


@pytest.mark.parametrize(
    "title",
    [
        "Définitions",
        "Article 1 – Définitions et interprétation",
        "Definitions",
        "Definitions and Interpretation",
        "Définitions / المادة 1 – التعاريف",
        "المادة 2 : المصطلحات",
        "Glossaire",
    ],
)
def test_a_definitions_clause_takes_no_topic_from_the_terms_it_defines(rs, title):
    body = (
        "« POC » désigne la preuve de concept ; « Données » désigne les données fournies par "
        'le Client ; « Livrables » désigne les éléments remis ; "Pilot" means the trial phase.'
    )
    vendor = [section("v1", title, body)]
    align(vendor, reference(), rs)
    assert vendor[0].topics == []


def test_a_heading_that_also_names_a_topic_keeps_it(rs):
    vendor = [section("v1", "Objet et définitions", "La Lettre a pour objet un projet d'IA.")]
    align(vendor, reference(), rs)
    assert vendor[0].topics == ["objective"]


@pytest.mark.parametrize(
    "title, topic",
    [
        ("Fin des négociations", "termination"),
        ("End of discussions", "termination"),
        ("Nature de l'engagement", "binding_effect"),
        ("Éléments à livrer", "deliverables"),
        ("Droits sur les livrables", "ip"),
    ],
)
def test_headings_of_round_two(rs, title, topic):
    vendor = [section("v1", title, "Texte.")]
    align(vendor, reference(), rs)
    assert vendor[0].topics[:1] == [topic]


@pytest.mark.parametrize(
    "title", ["Durée de l'abonnement", "Subscription term", "Durée du contrat – مدة العقد"]
)
def test_the_term_of_a_future_contract_takes_no_topic(rs, title):
    vendor = [section("v1", title, "L'abonnement est souscrit pour douze (12) mois.")]
    align(vendor, reference(), rs)
    assert vendor[0].topics == []


def test_a_heading_with_another_part_keeps_its_topic(rs):
    vendor = [section("v1", "Durée du contrat, résiliation et réversibilité", "Texte.")]
    align(vendor, reference(), rs)
    assert vendor[0].topics[:1] == ["termination"]


# --- round three: families of headings a blind letter used ---------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Bénéfices attendus",
        "Niveau de performance",
        "Objectifs de résultat",
        "Mesure des résultats",
        "Expected outcomes",
        "Performance criteria",
        "Expected benefits",
        "Success measures",
    ],
)
def test_headings_of_measured_results_are_success_criteria(rs, title):
    vendor = [section("v1", title, "Texte.")]
    align(vendor, reference(), rs)
    assert vendor[0].topics[:1] == ["success_criteria"]


@pytest.mark.parametrize(
    "title, clients",
    [
        ("Moyens et implication de BETA Distribution", ["BETA Distribution"]),
        ("Contribution de la Mutuelle", ["Mutuelle"]),
        ("Ressources mobilisées par le Client", []),
        ("Engagements de la PME", []),
        ("Participation du Client", []),
        ("Client Responsibilities", []),
        ("Responsibilities of the Customer", []),
        ("Customer's contribution", []),
    ],
)
def test_the_clients_part_is_internal_effort_whatever_the_client_is_called(rs, title, clients):
    vendor = [section("v1", title, "Texte.")]
    align(vendor, reference(), rs, clients=clients)
    assert vendor[0].topics[:1] == ["internal_effort"]


@pytest.mark.parametrize(
    "title, topics",
    [
        # the vendor's means are not the client's effort, even when the client is named
        ("Moyens du Prestataire", []),
        ("Moyens et implication de ALPHA IA", []),
        # the client's liability is risk allocation, not its effort
        ("Responsabilité du Client", ["risk_allocation"]),
    ],
)
def test_near_misses_of_the_clients_part(rs, title, topics):
    vendor = [section("v1", title, "Texte.")]
    align(vendor, reference(), rs, clients=["BETA Distribution"])
    assert vendor[0].topics == topics


def test_the_letters_client_name_comes_from_its_preamble():
    from helpers_battery import assess_clause

    a = assess_clause(
        "Implication de BETA Distribution",
        "BETA Distribution affecte un chef de projet deux jours par semaine pendant le POC.",
    )
    assert [s.topics for s in a.vendor_sections if s.id == "c1"] == [["internal_effort"]]


@pytest.mark.parametrize(
    "title",
    [
        "Engagement de conclure le contrat définitif",
        "Obligation de contracter",
        "Engagement de signature",
        "Commitment to proceed",
        "Undertaking to sign the final contract",
    ],
)
def test_an_undertaking_to_sign_the_final_contract_takes_no_topic(rs, title):
    # a heading of no topic holds the topic heading it contains (« engagement », "commitment")
    body = "À défaut de signer le contrat définitif, le Client verse une indemnité de dédit."
    vendor = [section("v1", title, body)]
    align(vendor, reference(), rs)
    assert vendor[0].topics == []


@pytest.mark.parametrize(
    "title, topic",
    [
        ("Engagement", ["termination"]),
        ("Durée d'engagement", ["termination"]),
        ("Engagement d'exclusivité", ["exclusivity"]),
        ("Minimum term", ["termination"]),
    ],
)
def test_commitment_headings_that_keep_their_topic(rs, title, topic):
    vendor = [section("v1", title, "Texte.")]
    align(vendor, reference(), rs)
    assert vendor[0].topics == topic


@pytest.mark.parametrize(
    "lang, title, text, words",
    [
        (
            "fr",
            "Engagement de conclure",
            "Si, au terme du POC, le Client ne signe pas le contrat définitif avec le "
            "Prestataire dans les quinze jours, il lui verse une indemnité de dédit de "
            "20 % du prix du POC.",
            "indemnité de dédit",
        ),
        (
            "en",
            "Commitment to proceed",
            "Should the Client not sign the services agreement within thirty days of the "
            "pilot, it shall pay the Provider a break fee equal to 20% of the pilot fee.",
            "break fee",
        ),
    ],
)
def test_a_dedit_under_a_commitment_heading_is_an_added_clause(lang, title, text, words):
    from helpers_battery import catches

    hit, seen = catches(title, text, "added", None, "medium", words, lang)
    assert hit, seen
    assert not any(" termination " in x for x in seen), seen


def test_a_missing_topic_takes_the_clause_of_no_topic_that_talks_about_it(rs):
    # « Période de rodage » is a heading the vocabulary lacks; its body is the pilot's
    vendor = [
        section("v1", "Prix", "Partie fixe : 1 000 000 DZD.", number="1"),
        section(
            "v2",
            "Période de rodage",
            "Pendant six semaines, le pilote est testé sur 200 conversations réelles ; la "
            "preuve de concept est concluante si le POC atteint 85 % de réponses exactes.",
            number="2",
        ),
        # a clause of no topic by its heading stays so, whatever its words
        section(
            "v3",
            "Non-sollicitation",
            "Le Client n'engage aucun collaborateur du pilote ni de la preuve de concept.",
            number="3",
        ),
    ]
    align(vendor, reference(), rs)
    assert vendor[1].topics == ["poc"] and vendor[2].topics == []


@pytest.mark.parametrize(
    "title, topics",
    [
        # « porte » (bears) is no « portée » (scope of the letter)
        ("Qui porte quels risques", ["risk_allocation"]),
        ("Portée de la lettre", ["binding_effect"]),
        ("Portée des engagements", ["binding_effect"]),
    ],
)
def test_the_verb_porte_is_not_the_scope_of_the_letter(rs, title, topics):
    body = "Chaque partie supporte les risques liés à ses propres obligations."
    vendor = [section("v1", title, body)]
    align(vendor, reference(), rs)
    assert vendor[0].topics == topics


@pytest.mark.parametrize(
    "title, topics",
    [
        # a letter in the « nous / vous » voice: « vous » is the client
        ("Ce que vous cherchez à obtenir", ["objective"]),
        ("Your responsibilities", ["internal_effort"]),
    ],
)
def test_headings_in_the_you_voice(rs, title, topics):
    vendor = [section("v1", title, "Texte.")]
    align(vendor, reference(), rs)
    assert vendor[0].topics == topics


@pytest.mark.parametrize("title", ["Success Indicators", "Key indicators"])
def test_indicator_headings_over_a_pilot_body_are_success_criteria(rs, title):
    body = (
        "The Pilot will be deemed successful if, over the eight Pilot weeks, the revenue per "
        "vehicle rises by at least 8% from its baseline on the pilot branch."
    )
    vendor = [section("v1", title, body)]
    align(vendor, reference(), rs)
    assert vendor[0].topics[0] == "success_criteria"
