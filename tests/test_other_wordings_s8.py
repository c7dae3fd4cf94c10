"""Families first met in session 8 (sealed set X), tested in words of our own, with the
near-misses that must keep their reading."""

from __future__ import annotations

import pytest
from helpers_battery import assert_caught, evidence_of
from helpers_reader import sections_of

CAUGHT = [
    # a unilateral revision of one rate (« le tarif unitaire »), not only of « ses prix »
    ("deviation", "price", "medium", "pourra réviser le tarif unitaire", "Conditions financières",
     "Le Prestataire pourra réviser le tarif unitaire à chaque date anniversaire pour tenir "
     "compte de l'évolution de ses coûts d'hébergement.", "fr"),
    # the near-miss of the deposit below: the large share is the one due on signature
    ("deviation", "price", "medium", "70 %", "Conditions financières",
     "La partie fixe est payable à raison de 70 % à la signature du bon de commande et "
     "30 % à l'acceptation du rapport d'audit.", "fr"),
    # set Y: a cap the vendor may raise (« toutefois » between the verb and « être »)
    ("deviation", "price", "medium", "plafond pourra toutefois être réajusté",
     "Conditions financières",
     "Le montant facturé ne pourra excéder 2 000 000 DA par an ; ce plafond pourra "
     "toutefois être réajusté par le Prestataire à chaque échéance, sur simple "
     "notification.", "fr"),
    ("ambiguity", "success_criteria", "low", "itinéraires réalisables", "Indicateurs",
     "Cible : au moins 80 % d'itinéraires réalisables parmi ceux que propose l'outil.", "fr"),
    # Arabic: the vendor's exclusive property, a renewal « تلقائيا »
    ("deviation", "ip", "high", "ملكا حصريا للمورد", "الملكية الفكرية",
     "غير أن النماذج المعدلة على بيانات الزبون ومجموعات التعليمات تعد ملكا حصريا للمورد.",
     "fr"),
    # set Z: the platform's own archive format; a fee on amounts recovered after the
    # flagged files; abnormal operating conditions left undefined
    ("deviation", "termination", "medium", "native archive format", "Termination",
     "On expiry, the Provider makes the Client's records available for export in the "
     "Platform's native archive format for fifteen (15) days.", "en"),
    ("ambiguity", "price", "low", "montants récupérés", "Conditions financières",
     "S'y ajoute une part variable de 5 % des montants récupérés auprès des clients à la "
     "suite des alertes transmises.", "fr"),
    ("ambiguity", "risk_allocation", "low", "conditions d'utilisation inhabituelles",
     "Répartition des risques",
     "Le Prestataire ne répond pas des écarts résultant de conditions d'utilisation "
     "inhabituelles de l'outil.", "fr"),
    # set B2: the pilot's work counted as the first tranche of the deployment; an exit
    # fee equal to the instalments still to run; data centres "located outside the
    # national territory"; the vendor reusing the question-answer pairs
    ("deviation", "poc", "high", "constituant la première tranche du déploiement", "Pilote",
     "Le pilote dure six semaines, les paramétrages réalisés à cette occasion constituant "
     "la première tranche du déploiement.", "fr"),
    ("added", None, "medium", "égale aux mensualités restant à courir", "Résiliation",
     "Toute résiliation par le Client avant le terme de la période initiale donne lieu à "
     "une indemnité égale aux mensualités restant à courir.", "fr"),
    ("deviation", "data_protection", "high", "hors du territoire national",
     "Données personnelles",
     "Les données des usagers sont hébergées sur l'infrastructure des partenaires du "
     "Prestataire, dont les centres de données peuvent être situés hors du territoire "
     "national.", "fr"),
    ("deviation", "ip", "medium", "réutiliser les paires de questions",
     "Propriété intellectuelle",
     "Le Prestataire pourra réutiliser les paires de questions et réponses constituées "
     "pendant le projet pour améliorer sa plateforme.", "fr"),
    # set D2: copies kept at a facility abroad; the data delivered "in a usable format";
    # fees beyond « l'usage normal »; a shortfall judged « de l'avis du seul Prestataire »
    ("deviation", "data_protection", "high", "kept at the Vendor's Nairobi facility",
     "Data Protection",
     "Client Data are processed and stored only on servers located in Algeria, in the "
     "Client's data centre in Blida or with an Algerian hosting provider approved by the "
     "Client, except that encrypted disaster-recovery replicas of the document store are "
     "kept at the Vendor's Nairobi facility.", "en"),
    ("ambiguity", "data", "low", "in a usable format", "Data",
     "The Client shall extract the workshop records and deliver them in a usable format "
     "before the audit begins.", "en"),
    ("ambiguity", "price", "low", "dépassement de l'usage normal", "Conditions financières",
     "Des frais complémentaires peuvent être facturés en cas de dépassement de l'usage "
     "normal de la Plateforme.", "fr"),
    ("deviation", "risk_allocation", "medium", "de l'avis du seul Prestataire",
     "Répartition des risques",
     "Si les données s'avèrent, de l'avis du seul Prestataire, insuffisantes, les critères "
     "deviennent indicatifs.", "fr"),
    # set E3: the client's sole risk though the vendor disclaims its own liability in the
    # same sentence; "as soon as commercially practicable"; a model service « opéré hors
    # d'Algérie »
    ("deviation", "risk_allocation", "medium", "at the Client's sole risk", "Data",
     "Any shortfall in the quality of Client Data shall be at the Client's sole risk, and "
     "the Provider shall have no liability where the criteria are not met.", "en"),
    ("ambiguity", "timeline", "low", "as soon as commercially practicable", "Timetable",
     "After a go decision, the roll-out to the full network shall follow as soon as "
     "commercially practicable.", "en"),
    ("deviation", "data_protection", "high", "opéré hors d'Algérie", "Données personnelles",
     "Les données sont hébergées à Oran ; le Prestataire pourra toutefois faire appel à un "
     "service de modèle de langage accessible par API et opéré hors d'Algérie.", "fr"),
    # set F3: a take-or-pay on campaigns "not ordered"; prices « ajustés chaque année par
    # le Prestataire »; a subscription « fixé chaque année … par le Prestataire »; a
    # "so-called" class nobody defines
    ("added", None, "medium", "shall nonetheless be invoiced", "Campaigns",
     "The Client undertakes to order no fewer than four Campaigns per year, and Campaigns "
     "not ordered by the end of a year shall nonetheless be invoiced at the applicable "
     "rate.", "en"),
    ("deviation", "price", "medium", "ajustés chaque année par le Prestataire",
     "Conditions financières",
     "Les prix unitaires et la redevance sont ajustés chaque année par le Prestataire en "
     "fonction de l'évolution de ses coûts.", "fr"),
    ("deviation", "price", "medium", "par le Prestataire selon ses conditions tarifaires",
     "Conditions financières",
     "Au-delà des douze premiers mois, le montant de l'abonnement est fixé chaque année à "
     "la date anniversaire par le Prestataire selon ses conditions tarifaires alors en "
     "vigueur.", "fr"),
    ("ambiguity", "scope", "low", "so-called complex deeds", "Scope",
     "The so-called complex deeds are routed to a clerk without extraction.", "en"),
    # set G3: a deposit invoiced on the countersignature of the letter; a "commitment fee"
    # if the client, after a long aside, decides not to sign; « son format d'export natif »
    ("deviation", "price", "medium", "sixty per cent (60%)", "Fees",
     "The fixed part is EUR 48,000; sixty per cent (60%) of it is invoiced upon "
     "countersignature of this Letter and the rest upon go-live.", "en"),
    ("added", None, "medium", "commitment fee of EUR 20,000", "Commitment",
     "Should the Client, after a Pilot that meets the Success Metrics, decide not to sign "
     "the Definitive Agreement, it shall pay the Provider a commitment fee of EUR 20,000.",
     "en"),
    ("deviation", "termination", "medium", "son format d'export natif", "Réversibilité",
     "En cas de cessation, le Prestataire restitue au Client ses données dans son format "
     "d'export natif.", "fr"),
    ("added", None, "medium", "وتجدد تلقائيا", "مدة السريان",
     "تسري هذه الرسالة لمدة ثلاثة (3) أشهر، وتجدد تلقائيا لمدد مماثلة ما لم يخطر أحد "
     "الطرفين الآخر.", "fr"),
]  # fmt: skip


@pytest.mark.parametrize("kind, topic, min_severity, words, title, text, lang", CAUGHT)
def test_caught(kind, topic, min_severity, words, title, text, lang):
    assert_caught(kind, topic, min_severity, words, title, text, lang)


@pytest.mark.parametrize(
    "rule, title, text, lang",
    [
        # the share due on acceptance is no deposit
        ("price.deposit", "Conditions financières",
         "La partie fixe est payable à raison de 30 % à la signature du bon de commande et "
         "70 % à l'acceptation du rapport d'audit.", "fr"),
        # the exclusivity ends of itself when the vendor fails a condition
        ("exclusivity.exit", "Exclusivité",
         "Pendant quarante-cinq jours, le Client ne confie le projet à aucun autre "
         "prestataire. Cette exclusivité est subordonnée à la remise du rapport d'audit. Le "
         "manquement du Prestataire à cette condition met fin de plein droit à "
         "l'exclusivité, sur simple notification du Client.", "fr"),
        # the conditions are the items of the list the sentence opens on a colon
        ("exclusivity.conditional", "Exclusivity",
         "For forty-five (45) days the Client will not negotiate with any other supplier. "
         "This exclusivity is granted on condition that the Provider:\n\n(a) assigns a named "
         "project lead;\n\n(b) delivers the data audit report by 13 February 2026.", "en"),
        ("exclusivity.conditional", "Exclusivité",
         "Pendant quarante-cinq jours, le Client ne négocie avec aucun autre prestataire. "
         "Cette exclusivité est consentie sous réserve que le Prestataire :\n\n- affecte un "
         "chef de projet ;\n\n- remette le rapport d'audit.", "fr"),
        # set Z: measured by the vendor but verified by the client; the share due on the
        # signature of a procès-verbal is no deposit
        ("acceptance.vendor-judges", "Success Criteria",
         "The success criteria are measured by the Provider and verified by the Client's "
         "quality manager on the POC sample.", "en"),
        ("price.deposit", "Conditions financières",
         "La partie fixe est payable à 30 % au démarrage de l'audit et à 70 % à la signature "
         "du procès-verbal constatant que les critères sont atteints.", "fr"),
        # set B2: the balance due within thirty days of the acceptance; equipment the
        # vendor specified in its audit report, which the client buys
        ("price.deposit", "Fees",
         "A fixed fee of EUR 14,500, payable 30% on signature of the POC order and 70% "
         "within 30 days of the written acceptance of the POC results report.", "en"),
        ("decides.vendor-alone", "Client Resources",
         "The Client will buy and install, at its own cost, the four cameras specified by "
         "the Provider in its audit report.", "en"),
        # set D2: an article's title quoted in the binding clause names a dédit, it does
        # not impose one; a defined "Fair Use Threshold"
        ("added.client-penalties", "Portée",
         "Seuls les articles 10 (Exclusivité et dédit), 14 (Confidentialité) et 18 (Droit "
         "applicable) créent des obligations juridiques à la charge des Parties.", "fr"),
        ("vague.qualifiers", "Fees",
         "Documents processed beyond the Fair Use Threshold of 2,000 a month are billed at "
         "DZD 1,200 each.", "en"),
        # set E3: a termination "without indemnity, exit fee or minimum commitment"; remote
        # access from abroad to telemetry and meter readings only
        ("added.client-penalties", "Termination",
         "Either Party may terminate this Letter at any time by written notice, without "
         "indemnity, exit fee or minimum commitment.", "en"),
        ("data-protection.transfer-abroad", "Hosting",
         "The instance is hosted in Algiers. Vendor staff in Lausanne have remote access only "
         "to BMS telemetry and meter readings.", "en"),
        # set G3: a price table's rows labelled "Fixed – …" state the fixed part; a letter
        # that "obliges neither Party to sign" is non-binding
        ("price.fixed-part", "Fees and Payment",
         "Fixed - scoping and data audit: DZD 1,200,000, on acceptance of the audit.", "en"),
        ("binding.non-binding", "Binding Effect and Duration of this Letter",
         "This Letter records intentions only and obliges neither Party to sign the "
         "Definitive Agreement.", "en"),
        # the acceptance report countersigned: still no deposit
        ("price.deposit", "Fees",
         "Seventy per cent (70%) is paid once the Client has countersigned the acceptance "
         "report.", "en"),
        # Arabic: the client's own property; a renewal ruled out; the letter said to bind
        # no one to conclude
        ("ip.vendor-owns", "الملكية الفكرية",
         "تعد النماذج المعدلة ومجموعات التعليمات ملكا حصريا للزبون.", "fr"),
        ("added.tacit-renewal", "مدة السريان",
         "تسري هذه الرسالة لمدة ثلاثة (3) أشهر ولا تجدد تلقائيا.", "fr"),
        ("binding.non-binding", "القوة الإلزامية",
         "لا تنشئ هذه الرسالة التزاما على أي من الطرفين بإبرام العقد النهائي.", "fr"),
    ],
)  # fmt: skip
def test_no_finding_in_these_words(rule, title, text, lang):
    assert evidence_of(rule, title, text, lang) == []


@pytest.mark.parametrize(
    "text",
    [
        # the list items do not speak of the vendor's commitments
        "This exclusivity is granted on condition that the Provider:\n\n(a) pays its own "
        "travel costs;\n\n(b) signs the contract.",
        # the colon opens no list: what follows is another sentence
        "This exclusivity is granted on condition that the Provider:\n\nThe Client pays "
        "the fee within thirty days of the report.",
    ],
)
def test_a_list_that_states_no_commitment_leaves_the_exclusivity_unconditional(text):
    text = "For forty-five (45) days the Client will not negotiate with others. " + text
    assert evidence_of("exclusivity.conditional", "Exclusivity", text, "en") == ["Exclusivity"]


def test_a_condition_the_dates_assume_needs_its_definition():
    from helpers_playbook import mini_reference, section

    from loi_redline.assess import assess_sections
    from loi_redline.ruleset import load_ruleset

    defs = section("v1", "Definitions", '"Plant": the Client\'s processing plant in Sétif.')
    plan = section("v2", "Timetable", "The dates from the installation onwards assume Site "
                   "Readiness and move by the same number of days as any delay.")  # fmt: skip
    a = assess_sections([defs, plan], mini_reference(), load_ruleset("pme-ia-en"), lang="en")
    assert "Site Readiness" in [f.evidence for f in a.findings if f.kind == "ambiguity"]


@pytest.mark.parametrize(
    "text, mismatch",
    [
        # the article on a compound number (« the fourteen »), and « and the thirty »
        ("لكل واحد من أجهزة الدعم الأربعة عشر (14)", None),
        ("نقاط البيع الثماني والثلاثين (38) التابعة للشركة", None),
        ("الأشهر الأربعة والعشرين (25) الأخيرة", (24, 25)),
        # an ordinal's « عشر » is not ten; a plain ten still disagrees with its figure
        ("الفصل الحادي عشر (11)", None),
        ("المادة الثالثة عشرة (13)", None),
        ("مدة عشرة (12) أيام", (10, 12)),
        # the hundred of « per cent » is no number
        ("دفعة مسبقة قدرها ثلاثون في المائة (30%) من المبلغ", None),
        ("خمسة وعشرين بالمائة (25%)", None),
    ],
)
def test_arabic_numbers_with_the_article(text, mismatch):
    from loi_redline.extract import number_mismatches

    got = [(m.words_value, m.digits_value) for m in number_mismatches(text)]
    assert got == ([mismatch] if mismatch else [])


def test_a_duration_in_arabic_with_the_article():
    from loi_redline.extract import durations

    assert [d.value for d in durations("خلال الخمسة عشر يوما الموالية")] == [15.0]


@pytest.mark.parametrize("tanween", ["", "\u064b"])
def test_arabic_ordinal_adverbs_number_the_parts(tmp_path, tanween):
    from helpers_reader import p

    body = p("رسالة نوايا") + p("بين الموقعين أدناه.")
    for adverb, title in (("أولا", "التعريفات"), ("ثانيا", "موضوع الرسالة"),
                          ("حادي عشر", "السرية"), ("ثاني عشر", "الملكية الفكرية")):  # fmt: skip
        body += p(f"{adverb}{tanween}: {title}", "Heading1") + p("نص البند.")
    clauses = [s for s in sections_of(tmp_path, body) if s.kind == "clause"]
    assert [(c.number, c.title) for c in clauses] == [
        ("1", "التعريفات"), ("2", "موضوع الرسالة"), ("11", "السرية"), ("12", "الملكية الفكرية"),
    ]  # fmt: skip


def test_an_adverb_opening_a_sentence_is_a_point_not_a_part(tmp_path):
    from helpers_reader import p

    body = p("رسالة نوايا") + p("المادة 1: الموضوع")
    body += p("يحدد هذا البند التزامات الطرفين خلال مرحلة التدقيق على النحو الآتي:")
    body += p("أولا: يلتزم المورد بتسليم تقرير التدقيق في أجل شهر واحد من تاريخ التوقيع.")
    body += p("ثانيا: يلتزم الزبون بتوفير البيانات اللازمة في الآجال المتفق عليها.")
    clauses = [s for s in sections_of(tmp_path, body) if s.kind == "clause"]
    assert [c.number for c in clauses if c.number] == ["1"]
    assert [b.text[:5] for c in clauses for b in c.blocks] == ["أولا:", "ثانيا"]


def test_a_letter_set_in_a_table_keeps_its_parties_in_the_preamble(tmp_path):
    from helpers_reader import p, tbl

    from loi_redline.assess import parties

    # French on the left, Arabic on the right, one row per part (set Z's f14)
    rows = [
        [p("LETTRE D'INTENTION – Assistant d'orientation", bold=True),
         p("رسالة نوايا – مساعد توجيه", bold=True)],
        [p("Entre les soussignés :", bold=True)
         + p("ORIENTA SARL, société de logiciels (ci-après « le Prestataire »), et")
         + p("EMPLOI PLUS EURL, agence de placement (ci-après « le Client »)."),
         p("بين الموقعين أدناه:", bold=True) + p("شركة أوريونتا ومؤسسة إمبلوا بلوس.")],
        [p("Article 1 – Objet", bold=True) + p("La présente lettre prépare un assistant."),
         p("المادة 1 – الموضوع", bold=True) + p("تهدف هذه الرسالة إلى إعداد مساعد.")],
        [p("Article 2 – Prix", bold=True) + p("Le prix est de 900 000 DA hors taxes."),
         p("المادة 2 – السعر", bold=True) + p("السعر 900.000 دج دون احتساب الرسوم.")],
    ]  # fmt: skip
    secs = sections_of(tmp_path, tbl(rows))
    clauses = [s for s in secs if s.kind == "clause"]
    assert secs[0].kind == "preamble"
    assert [c.number for c in clauses] == ["1", "2"]
    sellers, buyers = parties(secs, None, companies=True)
    assert "ORIENTA SARL" in sellers and "EMPLOI PLUS EURL" in buyers


def test_chapters_over_paragraphs_titled_by_a_bold_lead_in(tmp_path):
    from helpers_reader import esc

    def lead(title, text):
        return (f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{esc(title)} '
                f'</w:t></w:r><w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>')  # fmt: skip

    from helpers_reader import p

    body = p("Lettre d'intention") + p("Entre la Compagnie et le Prestataire.")
    chapters = {
        "Chapitre 1 – Cadre": [("Objet.", "Le projet vise à automatiser les réservations."),
                               ("Périmètre.", "Le site web et WhatsApp.")],
        "Chapitre 2 – Conditions financières": [("Prix.", "3 900 000 DA HT au forfait."),
                                                ("Paiement.", "À trente jours fin de mois.")],
        "Chapitre 3 – Dispositions finales": [("Portée.", "La lettre n'oblige pas à conclure."),
                                              ("Droit applicable.", "Le droit algérien.")],
    }  # fmt: skip
    for head, leads in chapters.items():
        body += p(head, "Heading1") + "".join(lead(t, x) for t, x in leads)
    titles = [s.title for s in sections_of(tmp_path, body) if s.kind == "clause"]
    for title in ("Objet", "Périmètre", "Prix", "Paiement", "Portée", "Droit applicable"):
        assert title in titles


@pytest.mark.parametrize(
    "heading, number, title",
    [
        ("Term 1 – Purpose", "1", "Purpose"),
        ("Term 12 – Governing Law", "12", "Governing Law"),
        # set F3: the section sign
        ("§1 Purpose", "1", "Purpose"),
        ("§ 12. Governing Law", "12", "Governing Law"),
    ],
)
def test_a_term_sheet_numbers_its_terms(tmp_path, heading, number, title):
    from helpers_reader import p

    body = p("Letter of Intent") + p("Between the Vendor and the Client.")
    body += p(heading, "Heading1") + p("The text of the term, in full sentences here.")
    body += p("The term of this Letter is three months from its signature.")
    clauses = [s for s in sections_of(tmp_path, body) if s.kind == "clause"]
    assert (clauses[-1].number, clauses[-1].title) == (number, title)


def test_a_definitions_heading_with_its_translation_in_parentheses():
    from helpers_playbook import section

    from loi_redline.align import is_definitions
    from loi_redline.ruleset import load_ruleset

    rs = load_ruleset("pme-ia-fr")
    text = "« POC » : la preuve de concept."
    assert is_definitions(section("v1", "Définitions (التعاريف)", text), rs)
    assert not is_definitions(section("v1", "Objet (définitions)", text), rs)
