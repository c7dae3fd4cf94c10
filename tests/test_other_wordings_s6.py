"""Families of wordings first met in session 6 (battery 7 and sealed set J), tested here in
words of our own, French and English, with the near-misses that must keep their finding."""

from __future__ import annotations

import pytest
from helpers_battery import alarms, assert_caught, evidence_of

from loi_redline.assess import is_defined
from loi_redline.ruleset import match_text


def _letter(lang, *clauses):
    from helpers_playbook import mini_reference, section

    from loi_redline.assess import assess_sections
    from loi_redline.ruleset import load_ruleset

    secs = [section(f"c{i}", t, b) for i, (t, b) in enumerate(clauses)]
    rs = load_ruleset("pme-ia-en" if lang == "en" else "pme-ia-fr")
    return assess_sections(secs, mini_reference(), rs, lang=lang)


def _defines(text: str, term: str) -> bool:
    return is_defined(term, match_text(text))


def _topics(title: str, body: str, lang: str = "fr") -> list[str]:
    from helpers_playbook import mini_reference, section

    from loi_redline.align import align
    from loi_redline.ruleset import load_ruleset

    v = [section("v1", title, body)]
    align(v, mini_reference(), load_ruleset("pme-ia-en" if lang == "en" else "pme-ia-fr"))
    return v[0].topics


@pytest.mark.parametrize(
    "text, term, defined",
    [
        # battery 7: a term defined where it is used, in the forms long contracts use
        ("1 500 DA par Panier Validé, un « Panier Validé » désignant toute commande payée.",
         "Panier Validé", True),
        ('DZD 900 per Booked Visit, a "Booked Visit" meaning a visit confirmed by SMS.',
         "Booked Visit", True),
        ('For this article, a "Booked Visit" is a visit confirmed by SMS.', "Booked Visit", True),
        ("DZD 900 per Booked Visit, a Booked Visit being a visit confirmed by SMS.",
         "Booked Visit", True),
        ("Est réputé « Agent Actif » tout agent ayant traité une conversation dans le mois.",
         "Agent Actif", True),
        ("La part de Dossiers Complets (soit tout dossier comportant les pièces de la liste "
         "de l'annexe 2, lisibles et signées par l'emprunteur, et vérifiées par l'agence "
         "instructrice dans les quarante-huit heures de leur dépôt sur la plateforme du "
         "Client) doit atteindre 80 %.", "Dossiers Complets", True),
        # sealed set J: a noun and its adjective split by the verb
        ("Une demande est traitée lorsqu'elle reçoit une réponse validée par l'agent.",
         "Demandes traitées", True),
        # the near-misses: named, not defined
        ("Le prix est de 1 500 DA par Panier Validé, payable à trente jours.",
         "Panier Validé", False),
        ("Une demande est traitée par l'équipe du Client.", "Demandes traitées", False),
        ('a "Booked Visit" will be invoiced at DZD 900.', "Booked Visit", False),
    ],
)  # fmt: skip
def test_a_term_defined_where_it_is_used(text, term, defined):
    assert _defines(text, term) is defined


@pytest.mark.parametrize(
    "preamble, term",
    [
        # a naming's later names: ("we", "us" or "QantaRisk"), (« vous » ou « la Mutuelle »)
        ('Between QantaRisk SA ("we", "us" or "QantaRisk") and the Mutual.', "QantaRisk"),
        ('Between Wiqaya ("you" or "the Mutual") and QantaRisk SA.', "the Mutual"),
        ("Entre la Mutuelle (« vous » ou « la Mutuelle ») et nous.", "la Mutuelle"),
    ],
)
def test_every_name_of_a_naming_is_defined(preamble, term):
    assert _defines(preamble, term)


def test_two_terms_named_in_one_entry_of_the_definitions_list():
    entry = '\n"Go Decision" and "No-Go Decision": the written decision described in clause 7.'
    assert _defines(entry, "Go Decision") and _defines(entry, "No-Go Decision")


def test_a_capitalised_adjective_before_a_defined_term_is_a_term_of_art():
    definitions = ('"Claim" means a request for reimbursement.\n"Fast-Track" means the route '
                   "under which a Claim is paid after automated checks.")  # fmt: skip
    a = _letter(
        "en",
        ("Definitions", definitions),
        ("Scope", "Hospital claims and Complex Claims stay outside the scope of the POC."),
        ("Success", "At least 60% of Fast-Track Claims are paid within 48 hours."),
    )
    flagged = [f.evidence for f in a.findings if f.rule == "define.capitalised-terms"]
    assert "Complex Claims" in flagged  # "Complex" is defined nowhere
    assert "Fast-Track Claims" not in flagged  # two defined terms side by side


def test_a_share_of_qualified_defined_items_is_a_count():
    a = _letter(
        "fr",
        ("Définitions", "« Enregistrement » : tout appel enregistré par l'autocommutateur."),
        ("Risques", "Si la proportion d'Enregistrements Exploitables est inférieure à 70 %, "
                    "le calendrier est revu."),
    )  # fmt: skip
    flagged = [f.evidence for f in a.findings if f.rule == "define.capitalised-terms"]
    assert "Enregistrements Exploitables" in flagged


@pytest.mark.parametrize(
    "sentence",
    [
        # a paragraph's number counts nothing
        "11.1 Your Data includes health data, which is sensitive personal data.",
        # a present participle, a participle with its complement
        "Le taux d'Avis ayant reçu une réponse atteint 90 %.",
        "La part des Avis orientés automatiquement vers le bon service atteint 70 %.",
    ],
)
def test_no_term_of_art_in_a_verb(sentence):
    defined = ('"Your Data" means the data you make available.\n« Avis » : tout avis '
               "publié par un client.")  # fmt: skip
    a = _letter("en" if sentence[0] == "1" else "fr", ("Definitions", defined), ("KPI", sentence))
    assert [f.evidence for f in a.findings if f.rule == "define.capitalised-terms"] == []


def test_a_sub_clauses_lead_in_sentence_is_no_heading(tmp_path):
    from helpers_reader import HEADING_STYLES, make_docx, p

    from loi_redline.read import read
    from loi_redline.structure import sections

    body = (
        p("Letter of Intent")
        + p("1. Definitions", "Heading1")
        + p("1.1 In this letter, the following capitalised terms have the meaning below:")
        + p('"Claim": a request for reimbursement.')
        + p("2. Scope", "Heading1")
        + p("2.1 Outpatient care. The POC covers outpatient claims only.")
        + p("2.2 We keep ownership of our Tools. You own the results of the project.")
    )
    secs = sections(read(make_docx(tmp_path / "s.docx", body, styles=HEADING_STYLES)))
    clauses = [s for s in secs if s.kind == "clause"]
    # a run-in title is still one ("Outpatient care"); a sentence opening with a pronoun
    # and a lead-in ending with ":" are body text
    assert [s.title for s in clauses] == ["Definitions", "Scope", "Outpatient care"]
    assert clauses[0].blocks[0].text.startswith("1.1 In this letter")


@pytest.mark.parametrize(
    "rule, title, text, words, lang",
    [
        # sealed set J: a go/no-go said as two decisions
        ("timeline.go-no-go", "Timeline", "Go Decision or No-Go Decision notified by you in "
         "writing: no later than 20 February 2026.", None, "en"),
        # a baseline given as the current method's figure
        ("success.baseline", "Success", "The current forecasting method produced a MAPE of "
         "27% in 2025. Success: a MAPE of 12% or less.", None, "en"),
    ],
)  # fmt: skip
def test_met_in_other_words(rule, title, text, words, lang):
    assert evidence_of(rule, title, text, lang) == []


CAUGHT = [
    # (kind, topic, min_severity, words, title, text, lang)
    # sealed set J: overruns billed « en régie », « charge supplémentaire »
    ("deviation", "risk_allocation", "medium", "facturée au Client en régie", "Responsabilités",
     "Toute charge supplémentaire liée à l'insuffisance des données sera facturée au Client "
     "en régie, au taux journalier de 40 000 DA HT.", "fr"),
    # the client alone answers for what the vendor's platform generated
    ("deviation", "risk_allocation", "medium", "y compris lorsque les textes", "Responsabilités",
     "Le Client reste seul responsable des fiches publiées, y compris lorsque les textes ont "
     "été générés par l'outil de l'Agence.", "fr"),
    ("deviation", "risk_allocation", "medium", "including where the wording",
     "Responsibility", "The Client is solely responsible for the posts it publishes, "
     "including where the wording was generated by the Platform.", "en"),
    # services never performed invoiced all the same
    ("deviation", "risk_allocation", "medium", "invoiced as if performed", "Weather risk",
     "Sessions cancelled because of a storm shall nevertheless be invoiced as if performed.",
     "en"),
    ("deviation", "risk_allocation", "medium", "restent néanmoins dues", "Aléas",
     "Les tournées annulées faute d'autorisation restent néanmoins dues au Prestataire.", "fr"),
    # a cap whose model costs are re-invoiced « au coût réel »
    ("deviation", "price", "medium", "refacturés au coût réel", "Plafond",
     "Le montant facturé ne pourra excéder 5 000 000 DA HT, hors frais d'hébergement, "
     "refacturés au coût réel.", "fr"),
    # a lump-sum indemnity when the client does not go ahead
    ("added", None, "medium", "lump-sum indemnity", "Walk-away",
     "Should the Client not sign the Definitive Agreement, it shall pay the Provider a "
     "lump-sum indemnity of DZD 500,000.", "en"),
    # sealed set K: hosting abroad is no less a transfer when the client is "solely
    # responsible" for the authorisation, an aside between subject and verb
    ("deviation", "data_protection", "high", "hosted in the United States", "Hosting",
     "The Client, as data controller, is solely responsible for any authorisation before "
     "the ANPDP. Client Data will be hosted in the United States by the Provider.", "en"),
    # the model's weights reused for the vendor's other clients
    ("deviation", "ip", "medium", "pondérations", "Propriété",
     "Le Prestataire pourra réutiliser, au bénéfice de ses autres clients, les pondérations "
     "apprises sur les données du Client.", "fr"),
    ("deviation", "ip", "medium", "réutiliser les enseignements", "Propriété",
     "Pour améliorer notre moteur, vous nous autorisez à réutiliser les enseignements tirés "
     "de vos historiques.", "fr"),
    # a class of judgement at the scope's edge
    ("ambiguity", "scope", "low", "dossiers complexes", "Périmètre",
     "Le projet couvre les demandes de crédit. Sont exclus les dossiers complexes, traités "
     "par les analystes.", "fr"),
    # a committee that meets « autant que de besoin »: vague wording
    ("ambiguity", "governance", "low", "autant que de besoin", "Pilotage",
     "Le sponsor valide les livrables ; le comité se réunit autant que de besoin.", "fr"),
    # sealed set N: personal data "routed" to a cluster abroad
    ("deviation", "data_protection", "high", "inference cluster in Amman", "Hosting",
     "Where capacity is short, the Vendor may route audio segments to its inference cluster "
     "in Amman for transcription only.", "en"),
    # hosting abroad, the authorisation left to the client in the next sentence
    ("deviation", "data_protection", "high", "data centre in Roubaix", "Personal data",
     "Client Data will be hosted in the Provider's data centre in Roubaix, France. It is "
     "for the Client to complete any authorisation before the ANPDP.", "en"),
    # a non-solicitation with its time span between "shall not" and the verb
    ("added", None, "medium", "solicit or hire", "Miscellaneous",
     "The Client shall not, during this Letter and for twenty-four (24) months after its "
     "end, solicit or hire any member of the Vendor's staff.", "en"),
    ("added", None, "medium", "عن توظيف أو التعاقد", "عدم الاستقطاب",
     "تمتنع الجامعة لمدة أربعة وعشرين (24) شهرا عن توظيف أو التعاقد مع أي مستخدم من "
     "مستخدمي المورد شارك في المشروع.", "fr"),
    # « réutilisées par nous … à des fins d'amélioration de nos modèles génériques »
    ("deviation", "ip", "medium", "amélioration de nos modèles génériques", "Propriété",
     "Les variantes non retenues peuvent être conservées et réutilisées par nous à des fins "
     "d'amélioration de nos modèles génériques.", "fr"),
    # sealed set O: a "mobilisation indemnity" owed if the client does not sign
    ("added", None, "medium", "mobilisation indemnity", "Term",
     "Where a Go decision has been notified and the Client does not sign the Definitive "
     "Agreement, the Client shall pay the Vendor a mobilisation indemnity of DZD 900,000.",
     "en"),
    # the client "solely responsible for the accuracy … of Client Data"
    ("deviation", "risk_allocation", "medium", "solely responsible for the accuracy",
     "Responsibilities", "The Client remains solely responsible for the accuracy and "
     "completeness of Client Data and for every decision taken on the forecasts.", "en"),
    # the vendor's commitments hold only « pour autant que le jeu de données … soit représentatif »
    ("ambiguity", "risk_allocation", "low", "soit représentatif", "Répartition des risques",
     "Les engagements de performance ne sont opposables au Prestataire que pour autant que "
     "le jeu de données remis soit représentatif de l'activité réelle.", "fr"),
    # « part de devis conformes »: the KPI's unit, never defined
    ("ambiguity", "success_criteria", "low", "devis conformes", "Indicateurs",
     "Part de devis conformes émis sans retouche : au moins 80 % à trois mois.", "fr"),
]  # fmt: skip


@pytest.mark.parametrize("kind, topic, min_severity, words, title, text, lang", CAUGHT)
def test_caught(kind, topic, min_severity, words, title, text, lang):
    assert_caught(kind, topic, min_severity, words, title, text, lang)


MEETS = [
    # (topic, title, text, lang): what stays quiet
    # sealed set K: an exclusivity, its conditions and its exit written in Arabic only
    ("exclusivity", "الحصرية", "يلتزم الزبون بعدم التفاوض مع أي مقدم خدمات آخر لمدة خمسة "
     "وأربعين (45) يوما. تبقى هذه الحصرية مشروطة بتسليم مقدم الخدمات تقرير التدقيق في أجله. "
     "تسقط الحصرية بقوة القانون ودون أي تعويض إذا تأخر مقدم الخدمات أكثر من خمسة أيام.", "fr"),
    # "In return, we commit …": the vendor's resources are the exclusivity's condition
    ("exclusivity", "Exclusive negotiation", "For forty-five (45) days you agree not to "
     "negotiate with another provider. In return, we commit a data scientist full time and "
     "will deliver the audit report by 30 January. If we fail to do so, you may end the "
     "exclusivity immediately.", "en"),
    # paid in full at the signature of the acceptance report: no payment in advance
    ("price", "Paiement", "Le prix est de 1 200 000 DA HT pour le POC et 2 000 000 DA HT pour "
     "l'intégration. Le POC est payé en totalité à la signature de son procès-verbal de "
     "recette ; l'intégration, 30 % à la commande et le solde à la recette. Les factures sont "
     "payables à trente jours. Le total ne pourra excéder 4 000 000 DA HT.", "fr"),
]  # fmt: skip


@pytest.mark.parametrize("topic, title, text, lang", MEETS)
def test_meets_the_position(topic, title, text, lang):
    assert alarms(title, text, topic, lang) == []


@pytest.mark.parametrize(
    "rule, text",
    [
        # « ولا تجدد ضمنيا »: is NOT renewed tacitly
        ("added.tacit-renewal", "تسري هذه الرسالة إلى غاية 30 أفريل 2026، ولا تجدد ضمنيا."),
        # the letter does not bind the parties to sign; the binding articles are named
        ("binding.non-binding", "لا تلزم هذه الرسالة الطرفين بإبرام العقد النهائي."),
        # a class of drugs, not fees that cannot be refunded
        ("termination.locked-in", "Le projet porte sur les médicaments remboursables et non "
         "remboursables."),
    ],
)  # fmt: skip
def test_no_finding_in_these_words(rule, text):
    if rule == "binding.non-binding":
        assert evidence_of(rule, "الطابع الملزم", text) == []
    else:
        assert evidence_of(rule, "Portée", text) == []


def test_paid_in_full_at_signature_of_the_letter_is_still_in_advance():
    text = "Le prix du POC est payé en totalité à la signature de la présente lettre."
    assert evidence_of("price.paid-in-advance", "Paiement", text) != []


def test_a_definitions_lead_in_opening_with_pour_l_is_no_signature_block(tmp_path):
    from helpers_reader import make_docx, p

    from loi_redline.read import read
    from loi_redline.structure import sections

    body = (
        p("Lettre d'intention")
        + p("Entre ALPHA IA SARL et BETA SPA.")
        + p("Définitions", bold=True)
        + p("Pour l'application de la présente lettre, on entend par :")
        + p("« Canal » : chacun des moyens de contact.")
        + p("Objet", bold=True)
        + p("La présente lettre a pour objet de préparer un POC.")
        + p("Pour le Client", bold=True)
    )
    secs = sections(read(make_docx(tmp_path / "s.docx", body)))
    assert [(s.kind, s.title) for s in secs[1:]] == [
        ("clause", "Définitions"),
        ("clause", "Objet"),
        ("signature", "Signatures"),
    ]


@pytest.mark.parametrize(
    "text, words, digits",
    [
        ("بإحدى عشرة (11) دقيقة", 11, 11),
        ("بثمانية وثلاثين (38) يوم عمل", 38, 38),
        ("لاثني عشر (12) شهرًا", 12, 12),
        ("بخمسة عشر (15) يومًا", 15, 15),
        ("بخمسة عشر (16) يومًا", 15, 16),
    ],
)
def test_arabic_numbers_with_their_proclitics(text, words, digits):
    from loi_redline.extract import number_mismatches

    found = [(m.words_value, m.digits_value) for m in number_mismatches(text)]
    assert found == ([] if words == digits else [(words, digits)])


def test_a_fee_for_not_signing_the_definitive_agreement_is_a_penalty():
    assert_caught(
        "added",
        None,
        "medium",
        "mobilisation fee of EUR 8,000",
        "Mobilisation",
        "Should the Client not sign the Definitive Agreement by 1 May, it shall pay the "
        "Vendor a mobilisation fee of EUR 8,000.",
        "en",
    )


@pytest.mark.parametrize(
    "text, term",
    [
        # an Arabic naming: « ويُشار إليها فيما يلي بـ«العميل» », « ويُشار إليهما معا بـ«الطرفين» »
        ("شركة بيتا، ويُشار إليها فيما يلي بـ«العميل»؛ ويُشار إليهما معا بـ«الطرفين».", "العميل"),
        ("شركة بيتا، ويُشار إليها فيما يلي بـ«العميل»؛ ويُشار إليهما معا بـ«الطرفين».", "الطرفين"),
    ],
)
def test_an_arabic_naming_defines_its_term(text, term):
    assert _defines(text, term)


@pytest.mark.parametrize(
    "clause, quoted",
    [
        # a field, a label, a product: named by their wording, no term of art
        ("Les fiches ont un champ « motif » vide dans un quart des cas.", "motif"),
        ("La société, titulaire du label « start-up », est établie à Sétif.", "start-up"),
        ("Le Prestataire garde sa plateforme d'orchestration préexistante « Dialog Studio ».",
         "Dialog Studio"),
        ("ويحتفظ المورد بملكية منصته السابقة لتنسيق المحادثات «ديالوغ ستوديو».", "ديالوغ ستوديو"),
    ],
)  # fmt: skip
def test_a_quoted_name_is_no_term_of_art(clause, quoted):
    a = _letter("fr", ("Objet", clause))
    assert quoted not in [f.evidence for f in a.findings if f.rule == "define.quoted-terms"]


def test_a_later_plain_statement_after_a_negated_aside_is_read():
    # « que notre moteur ne traite pas seul » is an aside: what follows it is said plainly
    text = (
        "La lecture des cachets, que notre moteur ne traite pas seul, est confiée à un "
        "prestataire dont les serveurs sont situés en France."
    )
    assert evidence_of("data-protection.transfer-abroad", "Données personnelles", text) != []
    # a negative that covers the whole statement still spares it
    denied = "Le Prestataire ne réutilise pas les Données du Client pour d'autres clients."
    assert evidence_of("ip.vendor-model-training", "Propriété", denied) == []


@pytest.mark.parametrize(
    "rule, title, text, lang",
    [
        # sealed set M: pre-existing tools said as "developed before the Project"
        ("ip.vendor-owns", "Intellectual property", "You own your data and the models. We "
         "keep ownership of the tools we developed before the Project, which are "
         "incorporated into the deliverables; we grant you a perpetual licence.", "en"),
        # « Vous êtes et restez propriétaire … »
        ("ip.client-owns", "Qui est propriétaire de quoi ?", "Vous êtes et restez "
         "propriétaire de vos données, des modèles ajustés et des résultats.", "fr"),
        # a history "for the previous twenty-four (24) months"
        ("data.volumes", "Data", "The Client will provide meter readings for the previous "
         "twenty-four (24) months.", "en"),
    ],
)  # fmt: skip
def test_no_finding_in_these_other_words(rule, title, text, lang):
    assert evidence_of(rule, title, text, lang) == []


def test_an_early_exit_fee_is_a_penalty_and_no_exit_fee_is_none():
    assert_caught(
        "added",
        None,
        "medium",
        "Early Exit Fee",
        "Termination",
        "Should the Client terminate before the end of the first year, it shall pay an Early "
        "Exit Fee equal to six months of subscription.",
        "en",
    )
    no_fee = "No proprietary format, exit fee or technical measure may hinder reversibility."
    assert evidence_of("added.client-penalties", "Reversibility", no_fee, "en") == []


def test_an_arabic_no_tacit_renewal_with_its_vowel_marks():
    text = "ولا يجوز تمديدها إلا بملحق مكتوب، ولا تُجدَّد ضمنيا بأي حال."
    assert evidence_of("added.tacit-renewal", "مدة الصلاحية", text) == []


def test_one_word_in_singular_and_plural_is_one_term_of_a_second_topic():
    body = (
        "Baseline: the rule engine detected 31% of fraud before approval. The pilot is "
        "successful if the model flags 70% of fraud before approvals are given."
    )
    assert "governance" not in _topics("How will success be measured?", body, "en")


@pytest.mark.parametrize(
    "title, body, lang, topic",
    [
        # the head noun governs every part of the heading
        ("Ownership of Data, Models and Outputs", "You own all data.", "en", "ip"),
        # « Qui pilote … ? » is the verb; « Pilote » alone is the pilot
        ("Qui pilote le projet ?", "Le sponsor valide les livrables.", "fr", "governance"),
        ("Pilote", "Le pilote dure six semaines.", "fr", "poc"),
        # a question of ownership
        ("À qui appartiendront les données, les consignes et les résultats ?",
         "Vous restez propriétaire de vos données.", "fr", "ip"),
    ],
)  # fmt: skip
def test_headings_read_by_their_meaning(title, body, lang, topic):
    assert _topics(title, body, lang)[0] == topic


@pytest.mark.parametrize(
    "rule, title, text, lang",
    [
        # "minimum order quantities" is a data field of the purchasing files
        ("added.minimum-commitment", "Data", "Sources: purchasing files (supplier lead "
         "times, minimum order quantities) and the fleet list.", "en"),
        # a baseline the vendor measures, countersigned by the client
        ("decides.vendor-alone", "Indicateurs", "Écart : cible de cinq points, la situation "
         "de départ étant mesurée par nous lors de l'audit. Les valeurs de départ sont "
         "contresignées par vous avant le POC.", "fr"),
        # a mobilisation fee deducted from the price is part of the price
        ("added.client-penalties", "Fees", "A mobilisation fee of DZD 400,000 is invoiced "
         "at kick-off and deducted from the fixed price.", "en"),
    ],
)  # fmt: skip
def test_spared_set_o(rule, title, text, lang):
    assert evidence_of(rule, title, text, lang) == []


def test_an_exclusivity_whose_consideration_is_our_team_and_our_report():
    text = (
        "Pendant quarante-cinq jours, vous vous engagez à ne pas négocier avec un autre "
        "prestataire. En contrepartie, nous affectons au projet un chef de projet et nous "
        "vous remettons le rapport d'audit au plus tard le 21 janvier 2026. Si ce rapport "
        "n'est pas remis, vous pouvez mettre fin à l'exclusivité par simple courriel."
    )
    assert alarms("Exclusivité de négociation", text, "exclusivity", "fr") == []


@pytest.mark.parametrize(
    "heading, number, title",
    [
        ("Article 2 / المادة الثانية – Définitions / التعريفات", "2", "Définitions / التعريفات"),
        ("المادة الحادية عشرة – السرية", "11", "السرية"),
    ],
)
def test_an_arabic_ordinal_is_the_articles_number(heading, number, title):
    from loi_redline.structure import manual_number

    _family, num, rest, _depth = manual_number(heading)
    assert (num, rest) == (number, title)


def test_set_p_wordings():
    # "In return, we assign … a named project lead": the exclusivity's consideration
    text = (
        "For forty-five days you will not negotiate with another provider. In return, we "
        "assign to the project a named project lead and deliver the data audit report on "
        "the dates of clause 6. If we miss either date, the exclusivity ends automatically."
    )
    assert alarms("Exclusive negotiation", text, "exclusivity", "en") == []
    # the POC's own price made binding is no price made binding
    binding = (
        "La présente lettre n'oblige pas à conclure. Seuls les articles 9 (pour le seul prix "
        "de la preuve de concept), 13 et 18 ont force obligatoire."
    )
    assert evidence_of("binding.wrong-clauses", "Portée", binding) == []


def test_an_arabic_pattern_reads_a_text_with_vowel_marks_and_one_without():
    from loi_redline.ruleset import LazyPattern, has_marks

    p = LazyPattern("ولا تجدد ضمنيا")
    assert p.search("ولا تجدد ضمنيا") is not None
    assert has_marks("ولا تُجدَّد ضمنيا") and p.search("ولا تُجدَّد ضمنيا") is not None
    assert not has_marks("Le prix est ferme.") and p.search("Le prix est ferme.") is None
