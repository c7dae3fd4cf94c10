"""Families first met in session 7 (sealed set Q), tested in words of our own, with the
near-misses that must keep their reading."""

from __future__ import annotations

import pytest
from helpers_battery import assert_caught, evidence_of
from helpers_reader import sections_of


@pytest.mark.parametrize(
    "title, defined",
    [("Key Terms", True), ("Termes clés", True), ("Key Dates", False)],
)
def test_a_definitions_heading(title, defined):
    from helpers_playbook import section

    from loi_redline.align import is_definitions
    from loi_redline.ruleset import load_ruleset

    assert is_definitions(section("v1", title, "« POC » : la preuve de concept."),
                          load_ruleset("pme-ia-fr")) is defined  # fmt: skip


@pytest.mark.parametrize(
    "heading, number, title",
    [
        ("Article deux – Périmètre", "2", "Périmètre"),
        ("Article dix-sept – Droit applicable", "17", "Droit applicable"),
        ("Article vingt et un – Signatures électroniques", "21", "Signatures électroniques"),
        ("Section Twelve: Governing Law", "12", "Governing Law"),
        # the ordinals keep their reading
        ("Article deuxième – Périmètre", "2", "Périmètre"),
        ("Article premier – Objet", "1", "Objet"),
    ],
)
def test_an_article_numbered_in_words(tmp_path, heading, number, title):
    from helpers_reader import p

    body = p("Lettre d'intention") + p("Article premier – Objet") + p("Le projet.")
    body += p(heading) + p("Le texte de l'article.")
    clauses = [s for s in sections_of(tmp_path, body) if s.kind == "clause"]
    assert (clauses[-1].number, clauses[-1].title) == (number, title)


def _roman_with_items(p, restart: bool):
    body = p("Lettre d'intention")
    for n, head, items in (
        ("V", "Données", ["Sources : vos exports mensuels.", "Qualité : 10 % de doublons."]),
        ("VI", "Preuve de concept", ["Objectif : vérifier la qualité.", "Durée : six semaines."]),
    ):
        body += p(f"{n}. {head}", "Heading1")
        for k, item in enumerate(items, 1 if restart or n == "V" else 3):
            body += p(f"{k}. {item}")
    return body


def test_items_numbered_afresh_under_styled_headings_are_their_sub_clauses(tmp_path):
    from helpers_reader import HEADING_STYLES, p

    secs = sections_of(tmp_path, _roman_with_items(p, True), styles=HEADING_STYLES)
    got = [(s.number, s.level) for s in secs if s.kind == "clause"]
    assert got == [("V", 1), ("1", 2), ("2", 2), ("VI", 1), ("1", 2), ("2", 2)]


def test_one_list_running_on_under_the_headings_is_left_as_it_reads(tmp_path):
    from helpers_reader import HEADING_STYLES, p

    # 1, 2 then 3, 4: one list, not sub-clauses restarting under each heading
    secs = sections_of(tmp_path, _roman_with_items(p, False), styles=HEADING_STYLES)
    assert {s.level for s in secs if s.kind == "clause"} == {1}


CAUGHT = [
    # a model handed back in the vendor's runtime, usable only under its licence
    ("deviation", "termination", "high", "executable under an annual runtime licence",
     "Reversibility", "On expiry the Model is handed over with its documentation, "
     "executable under an annual runtime licence at the Vendor's list price.", "en"),
    ("deviation", "termination", "high", "utilisable sous une licence",
     "Réversibilité", "En fin de lettre, le modèle est remis au Client, utilisable sous une "
     "licence annuelle du Prestataire.", "fr"),
    # extra work billed at "the Supplier's then-current daily rates", far from its subject
    ("deviation", "risk_allocation", "medium", "then-current daily rates", "Assumptions",
     "Any additional cleansing, geocoding or integration work and any delay attributable "
     "to the Customer Data or to the Customer's third-party systems, including its "
     "telematics provider, shall be invoiced at the Supplier's then-current daily rates.",
     "en"),
    # a KPI on a class narrowed by an adjective nobody defined
    ("ambiguity", "success_criteria", "low", "champs critiques", "Indicateurs",
     "Taux d'extraction d'au moins 92 % sur l'ensemble des champs, et d'au moins 98 % sur "
     "les champs critiques.", "fr"),
    ("ambiguity", "success_criteria", "low", "key fields", "KPIs",
     "Extraction accuracy of at least 97% on key fields over the pilot month.", "en"),
    # set R: hosting abroad in a paragraph where the client "fait son affaire" of the
    # ANPDP's authorisation, said in the « vous » voice
    ("deviation", "data_protection", "high", "centres de données de Francfort",
     "Comment protégeons-nous les données de vos clients ?",
     "Le service est opéré depuis nos centres de données de Francfort et de Paris. Vous "
     "faites votre affaire des déclarations et autorisations auprès de l'ANPDP.", "fr"),
    # the client bearing the consequences, beside a "no warranty" of the vendor's
    ("deviation", "risk_allocation", "medium", "the Client bears the consequences",
     "General Provisions", "The Vendor gives no warranty as to any reduction of costs, and "
     "the Client bears the consequences of any inaccuracy of Client Data and of delays "
     "caused by its software providers.", "en"),
    ("deviation", "risk_allocation", "medium", "supporte les conséquences",
     "Dispositions générales", "Le Client supporte les conséquences de toute inexactitude "
     "des Données du Client et des retards de ses fournisseurs de logiciels.", "fr"),
    # a price per "active" account nobody defined, in French, English and Arabic
    ("ambiguity", "price", "low", "compte actif", "Prix",
     "Abonnement de 4 500 DA HT par mois et par compte actif.", "fr"),
    ("ambiguity", "price", "low", "active seat", "Fees",
     "Subscription of DZD 4,500 per month per active seat.", "en"),
    # set S: the vendor keeping what it learnt from the client's data for its other customers
    ("deviation", "ip", "medium", "retain the acoustic adaptation weights", "Ownership",
     "The Vendor may nevertheless retain the acoustic adaptation weights derived from the "
     "Bank's recordings and incorporate them into its general speech engine made available "
     "to its other customers.", "en"),
    # a price moved by the exchange rate, « de plein droit »
    ("deviation", "price", "medium", "réajustée de plein droit", "Prix",
     "La fraction de la redevance représentative des prestations du Sous-traitant est "
     "réajustée de plein droit chaque trimestre en fonction du cours de change EUR/DZD.",
     "fr"),
    # "the Firm" as the client's name no longer reads as « fermes » prices
    ("deviation", "price", "high", "may revise any of the Fees", "Fees",
     "The Supplier may revise any of the Fees at any time by giving the Firm thirty (30) "
     "days' notice by e-mail.", "en"),
    # the vendor's standard terms, incorporated and prevailing over the letter
    ("added", None, "medium", "shall prevail over this Letter", "Standard Terms",
     'The Supplier\'s Standard Terms of Service, as amended from time to time (the "Standard '
     'Terms"), are incorporated by reference. In the event of any inconsistency, the '
     "Standard Terms shall prevail over this Letter.", "en"),
    ("added", None, "medium", "l'emportent sur", "Conditions générales",
     "Les conditions générales de l'Éditeur, disponibles sur son site, s'appliquent et, en cas "
     "de contradiction, elles l'emportent sur la présente lettre.", "fr"),
    # a billing unit and a KPI nobody defined
    ("ambiguity", "price", "low", "crédits de génération", "Conditions financières",
     "L'abonnement inclut 1 500 crédits de génération par restaurant et par mois, les "
     "crédits consommés au-delà étant facturés au tarif en vigueur.", "fr"),
    ("ambiguity", "success_criteria", "low", "résolution autonome", "Critères de succès",
     "Taux de résolution autonome des Conversations : 60 % au moins au terme du POC.", "fr"),
    # set T: a fee aligned on "the Vendor's then-current regional price list"
    ("deviation", "price", "high", "then-current regional price list", "Fees",
     "From the first anniversary of go-live, the per-Document fee shall be aligned on the "
     "Vendor's then-current regional price list.", "en"),
    # a success fee on every sale, including those the client's own sales force closes
    ("deviation", "price", "medium", "quel que soit le canal d'origine", "Rémunération",
     "Une commission de succès de 0,8 % du prix de chaque Vente conclue, quel que soit le "
     "canal d'origine du contact, y compris les Ventes conclues directement par la force "
     "de vente du Promoteur.", "fr"),
    ("deviation", "price", "medium", "regardless of the lead source", "Fees",
     "A success fee of 1% on every sale closed during the term, regardless of the lead "
     "source.", "en"),
    # a pilot that turns into a three-year subscription unless the client objects in time
    ("added", None, "medium", "shall automatically convert into a Subscription",
     "Conversion", "Unless the Client notifies the Vendor 45 days before the end of the "
     "Pilot, the Pilot shall automatically convert into a Subscription for 36 months.",
     "en"),
    ("added", None, "medium", "se transforme de plein droit en abonnement", "Suite du pilote",
     "Sauf refus écrit du Client, le pilote se transforme de plein droit en abonnement de "
     "trois ans.", "fr"),
    # service credits as the client's only remedy
    ("added", None, "medium", "sole and exclusive remedy", "Service Credits",
     "Service Credits constitute the Client's sole and exclusive remedy for any failure to "
     "meet the service levels.", "en"),
    ("added", None, "medium", "seul recours", "Crédits de service",
     "Les avoirs constituent le seul recours du Client en cas de manquement aux niveaux de "
     "service.", "fr"),
    ("ambiguity", "success_criteria", "low", "Touchless rate", "Success Criteria",
     "At the end of the POC, a Touchless rate of at least 70% of the Documents.", "en"),
    # set U: the fees still to run made due at once by an early termination
    ("deviation", "termination", "medium", "rend immédiatement exigibles", "Résiliation",
     "Toute résiliation anticipée, pour quelque cause que ce soit hors faute grave du "
     "Prestataire, rend immédiatement exigibles les redevances restant à courir.", "fr"),
    ("deviation", "termination", "medium", "shall become immediately due", "Termination",
     "Upon any early termination, all remaining Subscription Fees for the Initial Term "
     "shall become immediately due and payable.", "en"),
    # prices « révisables de plein droit par le Prestataire », the vendor's grid « en vigueur »
    ("deviation", "price", "high", "révisables de plein droit par le Prestataire", "Prix",
     "Les montants de la présente annexe sont révisables de plein droit par le Prestataire "
     "à chaque échéance annuelle.", "fr"),
    ("deviation", "price", "high", "grille tarifaire en vigueur du Prestataire", "Prix",
     "À compter du treizième mois, la redevance par Dossier est celle de la grille "
     "tarifaire en vigueur du Prestataire à la date de chaque facture.", "fr"),
    # data mirrored to Malaysia
    ("deviation", "data_protection", "high", "Cyberjaya, Malaysia", "Personal Data",
     "Conversation transcripts may be mirrored to the Provider's support environment in "
     "Cyberjaya, Malaysia, for service monitoring.", "en"),
    # content "for which no written objection has been posted" deemed approved
    ("deviation", "governance", "high", "deemed approved by the Operator", "Steering Committee",
     "Any batch of Content for which no written objection has been posted within 48 hours "
     "shall be deemed approved by the Operator.", "en"),
    # a licence-back of the client's brand and content to train the vendor's models
    ("deviation", "ip", "medium", "perpetual, irrevocable and royalty-free",
     "Intellectual Property", "The Operator grants the Agency a worldwide, perpetual, "
     "irrevocable and royalty-free licence to reproduce and adapt the Brand Assets and the "
     "Content in its portfolio, and to use them to train and improve the Agency's generative "
     "models.", "en"),
    # set V: tariffs revised « à la seule initiative du Prestataire »
    ("deviation", "price", "high", "à la seule initiative du Prestataire", "Prix",
     "L'abonnement se renouvelle par tacite reconduction, ses tarifs pouvant être révisés à "
     "chaque échéance à la seule initiative du Prestataire.", "fr"),
    # a pilot "deemed successful once" it is connected, whatever its results
    ("deviation", "poc", "high", "deemed successful", "Pilot",
     "The Pilot shall be deemed successful once the Scoring Engine has been connected to "
     "the Client's loan management system.", "en"),
    # the sums paid « définitivement acquises », whatever the cause of the failure
    ("deviation", "risk_allocation", "medium", "restent définitivement acquises",
     "Que se passe-t-il si le pilote échoue ?", "Si les indicateurs ne sont pas atteints, "
     "les sommes déjà versées restent définitivement acquises au Prestataire, quelle que "
     "soit la cause de l'échec.", "fr"),
    # a delay « quelle qu'en soit la cause » pushing back the calendar at the client's cost
    ("deviation", "risk_allocation", "medium", "quelle qu'en soit la cause, décale d'autant",
     "Répartition des risques", "Tout retard dans l'interfaçage avec votre ERP, quelle "
     "qu'en soit la cause, décale d'autant le calendrier, sans pénalité à notre charge.",
     "fr"),
    # the model handed back in the vendor's compiled format
    ("deviation", "termination", "medium", "compiled format", "Reversibility",
     "The Supplier returns the data in open formats and delivers the Trained Model in the "
     "VisionCore compiled format, and certifies that it keeps no copy.", "en"),
    # what is derived from the client's data filed among the vendor's elements
    ("deviation", "ip", "high", "constituent des Éléments du Prestataire", "Définitions",
     "« Données Client » : les fichiers bruts communiqués par le Client, étant précisé que "
     "les données enrichies, les invites et les paramètres du modèle ajusté constituent des "
     "Éléments du Prestataire.", "fr"),
    # set W: costs re-invoiced outside a named ceiling; a share of « candidats pertinents »
    ("deviation", "price", "medium", "fall outside the Fee Ceiling", "Fees",
     'The total invoiced shall not exceed DZD 9,500,000 (the "Fee Ceiling"), it being noted '
     "that third-party cloud charges are re-invoiced at cost and fall outside the Fee "
     "Ceiling.", "en"),
    ("ambiguity", "success_criteria", "low", "candidats pertinents", "Indicateurs",
     "Part des candidats pertinents dans les listes courtes : de 35 % à 65 % au moins.",
     "fr"),
]  # fmt: skip


@pytest.mark.parametrize("kind, topic, min_severity, words, title, text, lang", CAUGHT)
def test_caught(kind, topic, min_severity, words, title, text, lang):
    assert_caught(kind, topic, min_severity, words, title, text, lang)


@pytest.mark.parametrize(
    "rule, title, text, lang",
    [
        # the near-misses: an open format beside the licence, rates agreed beforehand, the
        # narrowed class defined in the clause
        ("termination.proprietary-format", "Réversibilité",
         "En fin de lettre, le modèle est remis au Client au format ONNX, avec son code "
         "source, sans licence ni redevance.", "fr"),
        ("risk.extra-work-billed", "Assumptions",
         "Any additional cleansing work requested by the Customer in a prior written order "
         "shall be invoiced at the Supplier's daily rates.", "en"),
        # the client bearing what is its own doing is fair
        ("risk.client-bears-all", "Risques",
         "Le Client supporte les conséquences des retards qui lui sont imputables.", "fr"),
        ("risk.client-bears-all", "Risks",
         "The Client bears the consequences of its own delays in providing data.", "en"),
        ("risk.client-bears-all", "Risks",
         "The Client bears no risk of delay and no cost beyond the fixed price.", "en"),
        # the letter prevails over the vendor's terms; the client's own purchasing terms
        ("added.vendor-terms-prevail", "Conditions générales",
         "En cas de contradiction avec les conditions générales du Prestataire, la présente "
         "lettre prévaut.", "fr"),
        ("added.vendor-terms-prevail", "Order of precedence",
         "The Client's general purchasing terms shall prevail over any other terms.", "en"),
        # a period given with the dates it runs between, in figures after words
        ("mismatch.numbers", "Pilote",
         "Le POC dure huit semaines (23 mars – 15 mai 2026) avec 150 adhérents.", "fr"),
        ("mismatch.numbers", "إثبات المفهوم",
         "يدوم إثبات المفهوم ثمانية أسابيع (23 مارس – 15 ماي 2026) مع 150 منخرطا.", "fr"),
        # a bank transfer, a dispute "in connection with" the letter: no data abroad
        ("data-protection.transfer-abroad", "Fees",
         "Amounts in euros are payable by bank transfer to the Provider's account in London.",
         "en"),
        ("data-protection.transfer-abroad", "Disputes",
         "Any dispute arising out of or in connection with this letter shall be settled by "
         "arbitration seated in Singapore.", "en"),
        # the vendor's own remedy limited; a fee on the sales the tool brings
        ("added.exclusive-remedy", "Payment",
         "Suspension of the service is the Vendor's sole remedy for late payment.", "en"),
        ("price.fee-on-all-results", "Rémunération",
         "Une commission de 1 % sur les seules ventes issues d'un contact qualifié par "
         "l'assistant et tracé dans le CRM.", "fr"),
        # a reversibility service billed at the vendor's current rate is no price revision
        ("price.unilateral-revision", "Réversibilité",
         "L'export des données est une prestation facturée au tarif en vigueur du "
         "Prestataire.", "fr"),
        # the binding articles named by their numbers
        ("binding.binding-clauses", "Portée de la lettre",
         "La présente lettre ne les engage pas à conclure le contrat définitif, à l'exception "
         "des articles 11, 12 et 19, qui les lient dès la signature.", "fr"),
        # set V: no price revised unilaterally; a POC concluded on its KPIs; « ne vaut ni
        # commande ni obligation de conclure »; an exclusivity « n'a d'effet que si »
        ("price.unilateral-revision", "Price",
         "Any excess needs a prior written amendment and no price may be revised "
         "unilaterally.", "en"),
        ("poc.as-product", "Preuve de concept",
         "Le POC est réputé concluant lorsque les cinq indicateurs de l'article 6 atteignent "
         "leur cible.", "fr"),
        ("termination.proprietary-format", "Reversibility",
         "No fee, notice period or proprietary format will stand in the way of your moving "
         "to another provider.", "en"),
        ("termination.proprietary-format", "Exit",
         "The data are returned in non-proprietary formats with their documentation.", "en"),
        ("exclusivity.conditional", "Exclusivité",
         "Vous vous engagez à ne pas consulter d'autre prestataire pendant 45 jours. Cette "
         "exclusivité n'a d'effet que si nous affectons au projet un chef de projet à plein "
         "temps et si le rapport d'audit vous est remis le 10 avril 2026.", "fr"),
        ("binding.non-binding", "Portée de la lettre",
         "La présente lettre exprime l'intention des Parties de négocier ; elle ne vaut ni "
         "commande ni obligation de conclure.", "fr"),
        # the vendor asks for the authorisation itself
        ("data-protection.transfer-abroad", "Hébergement",
         "Les données sont hébergées à Francfort après autorisation préalable de l'ANPDP, "
         "que nous sollicitons pour votre compte.", "fr"),
    ],
)  # fmt: skip
def test_no_finding_in_these_words(rule, title, text, lang):
    assert evidence_of(rule, title, text, lang) == []


@pytest.mark.parametrize(
    "text, term",
    [
        # definitions run on in one paragraph, each entry after the previous one's full stop
        ("Les termes suivants ont le sens indiqué. « Conversation » : tout échange avec "
         "l'assistant. « Résolution autonome » : Conversation close sans transfert.",
         "Résolution autonome"),
        ("1. Descriptif : texte d'annonce d'un bien. 2. Lead qualifié : prospect ayant "
         "indiqué son budget.", "Lead qualifié"),
    ],
)  # fmt: skip
def test_definitions_that_run_on_in_one_paragraph(text, term):
    from loi_redline.assess import is_defined
    from loi_redline.ruleset import match_text

    assert is_defined(term, match_text(text))


def test_the_rate_of_a_defined_term_needs_no_definition_of_its_own():
    a = evidence_of(
        "define.terms-of-art",
        "Critères de succès",
        "« Taux de résolution autonome » : part des conversations closes sans conseiller. "
        "Le taux de résolution autonome atteint 60 % au terme du POC.",
    )
    assert a == []


def test_a_company_named_the_company_is_the_vendor():
    from helpers_playbook import mini_reference, section

    from loi_redline.assess import assess_sections, parties
    from loi_redline.ruleset import load_ruleset

    pre = section(
        "p0", "", 'Between Phonetica AI S.A.L., a conversational-AI editor (the "Company"), '
        'and Banque du Tell SPA (the "Bank").', kind="preamble",
    )  # fmt: skip
    assert "Company" in parties([pre], companies=True)[0]
    ip = section("v1", "Intellectual Property", "The Company may retain the adaptation "
                 "weights and incorporate them into its general engine.")  # fmt: skip
    a = assess_sections([pre, ip], mini_reference(), load_ruleset("pme-ia-en"), lang="en")
    assert [f for f in a.findings if f.rule == "ip.vendor-reuse"]


def test_hosting_abroad_with_the_client_remaining_responsible_for_the_authorisation():
    text = (
        "It will be processed and stored on the Vendor's cloud platform hosted in Singapore. "
        "The Client, as controller, shall remain solely responsible for any authorisation "
        "that may be required from the ANPDP."
    )
    assert evidence_of("data-protection.transfer-abroad", "Personal Data", text, "en") != []


@pytest.mark.parametrize(
    "title, topics",
    [
        # the last part's complement is the bare part's: "Nature of this Letter"
        ("Nature and Validity of this Letter", {"binding_effect", "validity"}),
        # a part that names a topic alone keeps its own reading
        ("Hébergement et sécurité des données", {"data_protection"}),
    ],
)
def test_a_complement_shared_by_the_parts_of_a_heading(title, topics):
    from helpers_playbook import mini_reference, section

    from loi_redline.align import align
    from loi_redline.ruleset import load_ruleset

    v = [section("v1", title, "La présente clause.")]
    align(v, mini_reference(), load_ruleset("pme-ia-en"))
    assert set(v[0].topics) == topics


def test_a_bilingual_signature_table_is_the_signature_block(tmp_path):
    from helpers_reader import p, tbl

    body = (
        p("Lettre d'intention")
        + p("Article 1 – Objet", bold=True)
        + p("Le projet.")
        + p("Fait à Constantine, le 16 février 2026.")
        + tbl(
            [
                [p("عن مقدم الخدمة / Pour le Prestataire", bold=True),
                 p("عن التعاضدية / Pour la Mutuelle", bold=True)],
                [p("NOUMIDIA DATA SARL") + p("Signature et cachet"),
                 p("Mutuelle de l'Est") + p("Signature et cachet")],
            ]
        )
    )  # fmt: skip
    secs = sections_of(tmp_path, body)
    assert [s.kind for s in secs][-1] == "signature"
    assert [s.title for s in secs if s.kind == "clause"] == ["Objet"]


def test_an_annex_named_by_an_adjective_after_the_signatures(tmp_path):
    from helpers_reader import HEADING_STYLES, p

    body = (
        p("Lettre d'intention")
        + p("Art. 1 – Objet", "Heading1")
        + p("Le projet.")
        + p("Fait à Oran, le 2 décembre 2025.")
        + p("Pour le Prestataire")
        + p("Annexe tarifaire", "Heading1")
        + p("Les montants sont hors taxes.")
    )
    secs = sections_of(tmp_path, body, styles=HEADING_STYLES)
    assert [(s.kind, s.title) for s in secs][-1] == ("annex", "Annexe tarifaire")


@pytest.mark.parametrize(
    "pre, text, rid",
    [
        ('Between NurAsas Sdn. Bhd. (the "Provider") and El Wifak SPA (the "Operator").',
         "(a) The Operator owns the Operator Data and all content generated by the Assistant.",
         "pme-ia-en"),
        ("Entre DataSud SARL (ci-après « le Prestataire ») et la SPA El Wifak (ci-après "
         "« l'Opérateur »).",
         "b) L'Opérateur demeure seul propriétaire de ses données et des modèles entraînés.",
         "pme-ia-fr"),
    ],
)  # fmt: skip
def test_an_ownership_sub_item_opening_with_its_letter(pre, text, rid):
    from helpers_playbook import mini_reference, section

    from loi_redline.assess import assess_sections
    from loi_redline.ruleset import load_ruleset

    a = assess_sections(
        [section("p0", "", pre, kind="preamble"), section("v1", "Propriété", text)],
        mini_reference(),
        load_ruleset(rid),
    )
    assert not [f for f in a.findings if f.rule == "ip.client-owns"]


@pytest.mark.parametrize(
    "heading, number, title",
    [
        ("1 Purpose", "1", "Purpose"),
        ("البند الأول / Article premier — تعاريف / Définitions", "1", None),
        ("الفصل الثاني عشر – السرية", "12", "السرية"),
    ],
)
def test_a_bare_number_or_a_masculine_ordinal_in_a_heading(tmp_path, heading, number, title):
    from helpers_reader import HEADING_STYLES, p

    body = p("Letter of Intent") + p(heading, "Heading1") + p("The clause.")
    clause = [s for s in sections_of(tmp_path, body, styles=HEADING_STYLES) if s.kind == "clause"]
    assert clause[0].number == number
    assert title is None or clause[0].title == title


def test_parties_grouped_under_the_vendors_role_word_are_the_vendor():
    from helpers_playbook import section

    from loi_redline.assess import parties

    pre = section(
        "p0", "",
        "Rihla Courtage SARL, courtier en assurances, ci-après « le Courtier » ;",
        "Quotelia SAS, société de droit français, ci-après « Quotelia » ;",
        "Atlas SARL, agent et intégrateur de Quotelia en Algérie, ci-après « l'Agent ».",
        "Quotelia et l'Agent sont ensemble désignés « le Prestataire ».",
        kind="preamble",
    )  # fmt: skip
    sellers, buyers = parties([pre], companies=True)
    assert "Quotelia" in sellers and "Agent" in sellers
    assert buyers and all(b not in sellers for b in buyers) and "Courtier" in buyers


def test_a_capitalised_class_a_shortfall_is_blamed_on_needs_its_definition():
    from helpers_playbook import mini_reference, section

    from loi_redline.assess import assess_sections
    from loi_redline.ruleset import load_ruleset

    defs = section("v1", "Definitions", '"Defect": a bottle showing a listed defect class.')
    risk = section("v2", "Risk Allocation", "The Supplier is not liable for any shortfall "
                   "attributable to Abnormal Line Conditions.")  # fmt: skip
    a = assess_sections([defs, risk], mini_reference(), load_ruleset("pme-ia-en"), lang="en")
    assert "Abnormal Line Conditions" in [f.evidence for f in a.findings if f.kind == "ambiguity"]
