"""Families first met in session 11 (set W10, measured at the end of session 10, and the
sealed sets X11 and Y11), tested in words of our own, with the near-misses that must keep
their reading."""

from __future__ import annotations

import pytest
from helpers_battery import (
    _ruleset_and_reference,
    assert_caught,
    assess_clause,
    evidence_of,
    preamble,
    table_findings,
)
from helpers_playbook import block

from loi_redline.assess import assess_sections, parties
from loi_redline.model import Section

CAUGHT = [
    # a pilot deemed accepted when the vendor has heard nothing: the condition names the
    # vendor's inbox, not the client's silence
    ("deviation", "poc", "high", "will be treated as accepted", "Pilot",
     "If the Provider has not received a written go or no-go decision by 15 May, the pilot "
     "will be treated as accepted.", "en"),
    ("deviation", "poc", "high", "est réputé accepté", "Pilote",
     "Si aucune décision écrite n'est parvenue au Prestataire à cette date, le pilote est "
     "réputé accepté.", "fr"),
    ("deviation", "poc", "high", "يعتبر المشروع التجريبي مقبولا", "المشروع التجريبي",
     "إذا لم يتلق المورد أي قرار مكتوب في هذا الأجل، يعتبر المشروع التجريبي مقبولا.", "fr"),
    # ownership said with a possessive (« ملكيتها »)
    ("deviation", "ip", "high", "فتعود ملكيتها إلى المورد", "الملكية الفكرية",
     "أما النماذج المدربة على بيانات العميل فتعود ملكيتها إلى المورد.", "fr"),
    # a sum kept whatever happens is a serious one-sided term: every gold so far says high
    ("deviation", "price", "high", "non remboursable", "Prix",
     "L'acompte de 30 % versé à la signature est non remboursable.", "fr"),
    # a credit the subscription counts in, never defined
    ("ambiguity", "price", "low", "Search Credits", "Fees",
     "The annual subscription includes 50,000 Search Credits; further Search Credits are sold "
     "in blocks of 10,000.", "en"),
    # the model the vendor's platform takes in was "calibrated" on the project
    ("deviation", "ip", "high", "calibrated in the course of the Project", "Definitions",
     "\"Platform\" means the Provider's forecasting software, including any consumption "
     "model calibrated in the course of the Project.", "en"),
    # Arabic: the client's staff « بالقدر الذي يراه المورد ضروريا »; an export in an open
    # format « لعرض سعر منفصل »; questions sent to a model hosted abroad
    ("deviation", "internal_effort", "high", "بالقدر الذي يراه المورد", "موارد العميل",
     "يضع العميل مستخدميه تحت تصرف المشروع بالقدر الذي يراه المورد ضروريا.", "fr"),
    ("deviation", "termination", "high", "لعرض سعر منفصل", "نهاية العلاقة",
     "يسلم المورد الوثائق في صيغة المنصة، ويخضع أي تصدير بصيغة مفتوحة لعرض سعر منفصل.",
     "fr"),
    ("deviation", "data_protection", "high", "يستضيفه شريك تقني خارج التراب الوطني",
     "المعطيات الشخصية",
     "ترسل نصوص الأسئلة إلى نموذج لغوي يستضيفه شريك تقني خارج التراب الوطني.", "fr"),
    # a "non-binding" letter that makes the fees binding from signature
    ("deviation", "binding_effect", "high", "binding on the Client from signature",
     "Miscellaneous",
     "Notwithstanding Clause 16, the Client's obligations to pay the set-up fee and the pilot "
     "fee are binding on the Client from signature.", "en"),
    # figures given in a table row, then disowned
    ("deviation", "success_criteria", "medium", "non opposables au Prestataire",
     "Indicateurs", "Cibles retenues à titre indicatif, non opposables au Prestataire.", "fr"),
    # the acceptance defined in the definitions clause: use or silence counts
    ("deviation", "poc", "high", "without a written objection", "Definitions",
     "\"Acceptance\" means the earlier of the Client's sign-off of the pilot report or the "
     "expiry of five Business Days after its delivery without a written objection.", "en"),
    # learnt from the client's data, offered to the vendor's other customers (a definition)
    ("deviation", "ip", "high", "made available to other customers", "Definitions",
     "Platform Improvements means any enhancement of the Platform, including demand curves "
     "learnt from Client Data and made available to other customers of the Provider.", "en"),
    # extra costs billed by the day, the cause spelt out at length in between
    ("deviation", "risk_allocation", "medium", "seront facturés en régie", "Répartition des aléas",
     "Au-delà de l'audit, les surcoûts liés à l'insuffisance ou à la mauvaise qualité des "
     "données transmises, ainsi qu'aux adaptations des interfaces avec les logiciels de paie "
     "et de pointage du Client, seront facturés en régie au tarif journalier.", "fr"),
    # set Z11: a confidentiality carve-out letting the vendor use the data for itself
    ("deviation", "confidentiality", "medium", "لا يعد إخلالا بهذا الالتزام", "السرية",
     "يلتزم كل طرف بسرية المعلومات. غير أنه لا يعد إخلالا بهذا الالتزام استعمال المورد "
     "للمعطيات بعد إخفاء هويتها.", "fr"),
    ("deviation", "confidentiality", "medium", "Ne constitue pas un manquement", "Confidentialité",
     "Chaque Partie garde confidentielles les informations reçues. Ne constitue pas un "
     "manquement à cette obligation l'utilisation par le Prestataire des données "
     "anonymisées.", "fr"),
    ("deviation", "ip", "high", "لتحسين نماذجه لفائدة جميع زبائنه", "الملكية",
     "يجوز للمورد استعمال الوثائق المجهولة الهوية لتحسين نماذجه لفائدة جميع زبائنه.", "fr"),
    # the client waives hiring the vendor's staff, after an exclusivity whose « s'interdit
    # d'engager des discussions » is no hiring
    ("added", None, "medium", "renonce à solliciter", "Exclusivité et loyauté",
     "Pendant neuf mois, le Client s'interdit d'engager des discussions avec un autre "
     "prestataire.\n\nPar ailleurs, le Client renonce à solliciter tout collaborateur du "
     "Prestataire ayant travaillé sur le projet.", "fr"),
    # the client « en assume seul les conséquences », a relative clause in between
    ("deviation", "risk_allocation", "high", "en assume seul les conséquences", "Responsabilités",
     "Le Client, qui relit chaque visuel avant sa mise en ligne, en assume seul les "
     "conséquences, y compris en cas de réclamation d'un tiers.", "fr"),
    # a definition with no quotes: "Platform means …"
    ("deviation", "ip", "high", "whether or not trained on Client Data", "Definitions",
     "Platform means the Provider's planning software and its models, including the "
     "parameters of those models as calibrated during the project, whether or not trained "
     "on Client Data.", "en"),
    # the dot of "Inc." in mid-sentence ends nothing: the models belong to the vendor too
    ("deviation", "ip", "high", "belong to Nordline Analytics Inc. and to the Provider",
     "Ownership",
     "The models trained on Client Data belong to Nordline Analytics Inc. and to the "
     "Provider.", "en"),
    # a billed unit the vendor counts alone
    ("ambiguity", "price", "low", "Crédit Visuel", "Définitions",
     "« Crédit Visuel » : unité de consommation décomptée par le Prestataire pour chaque "
     "visuel livré, selon la complexité de la demande.", "fr"),
    # set A12: a billed unit that counts duplicates, whether or not answered
    ("deviation", "price", "medium", "y compris les relances, doublons", "Définitions",
     "- Message Traité : tout message entrant soumis au Moteur, y compris les relances, "
     "doublons et messages hors sujet.\n\nLa consommation est facturée 20 DA par Message "
     "Traité.", "fr"),
    # the reference period chosen by the vendor
    ("deviation", "success_criteria", "medium", "chosen by the Provider", "Definitions",
     "\"Reference Period\" means a production period chosen by the Provider, against which "
     "any improvement is measured.", "en"),
    # the client's staff « as may reasonably be required »: medium where it sizes the
    # client's workload (low elsewhere)
    ("ambiguity", "internal_effort", "medium", "reasonably", "Client Resources",
     "The Client will assign such personnel as may reasonably be required for the project.",
     "en"),
    # Arabic: the vendor keeps « بالملكية الكاملة … لنماذج المنصة »
    ("deviation", "ip", "high", "يحتفظ المورد بالملكية الكاملة", "الملكية الفكرية",
     "يحتفظ المورد بالملكية الكاملة للمنصة ولنماذج المنصة المعايرة على بيانات العميل.",
     "fr"),
    # set B12: an order of precedence that makes the commercial schedule prevail
    ("deviation", "binding_effect", "high", "Schedule 2 shall prevail", "Nature of this Letter",
     "Schedule 2 sets out the fees and forms part of this Letter; in case of inconsistency "
     "with its body, Schedule 2 shall prevail.", "en"),
    # Arabic: a KPI counted on « الملفات المؤهلة », never defined
    ("ambiguity", "success_criteria", "low", "الملفات المؤهلة", "مؤشرات النجاح",
     "يعد المشروع ناجحا إذا بلغت نسبة المطابقة 80% من الملفات المؤهلة.", "fr"),
    # set C12: the Arabic definition of the vendor's platform takes in the tuned weights
    ("deviation", "ip", "high", "بما في ذلك أوزان النماذج المكيفة", "التعاريف",
     "«المنصة»: البرمجيات والنماذج العامة التي يملكها المورد، بما في ذلك أوزان النماذج "
     "المكيفة الناتجة عن تدريبها على بيانات العميل.", "fr"),
    # a backup copy kept abroad with a cloud provider
    ("deviation", "data_protection", "high", "لدى مزود سحابي خارج التراب الوطني",
     "حماية المعطيات",
     "يجوز للمورد الاحتفاظ بنسخة احتياطية مشفرة لدى مزود سحابي خارج التراب الوطني.", "fr"),
    # « qui peut les réutiliser librement pour ses autres clients »
    ("deviation", "ip", "high", "pour ses autres clients", "Propriété",
     "Les consignes de synthèse sont acquises au Prestataire, qui peut les réutiliser "
     "librement pour ses autres clients.", "fr"),
]  # fmt: skip


@pytest.mark.parametrize("kind, topic, min_severity, words, title, text, lang", CAUGHT)
def test_caught(kind, topic, min_severity, words, title, text, lang):
    assert_caught(kind, topic, min_severity, words, title, text, lang)


@pytest.mark.parametrize(
    "rule, title, text, lang",
    [
        # silence that is said not to count
        ("acceptance.silent", "Proof of Concept",
         "The POC is accepted only by a written decision of the Steering Committee. Silence, "
         "use of the dashboard or payment of an invoice does not amount to acceptance.", "en"),
        ("acceptance.silent", "Definitions",
         "\"Acceptance\" means the written, dated approval of a deliverable by the Client; a "
         "deliverable is not accepted by silence.", "en"),
        # a letter that ends on the earliest of several events, a date among them
        ("validity.term", "Duration",
         "This Letter takes effect on signature and ends on the earliest of the signature of "
         "the final contract or 30 September 2026. It then lapses without any formality.", "en"),
        # the client's data returned in an open format
        ("termination.reversibility", "Termination",
         "Either party may end this Letter on 15 days' notice. The Provider then returns all "
         "Client Data in CSV format within 15 days and deletes its copies.", "en"),
        # the POC judged on the targets of another clause, the clause named first
        ("poc.acceptance-criteria", "Proof of Concept",
         "The POC runs for ten weeks and shows whether the Clause 6 targets can be met.", "en"),
        # no demobilisation fee on a no-go
        ("added.client-penalties", "Fees",
         "No demobilisation fee is due if the Client decides No-Go.", "en"),
        # Arabic: the clauses that bind, named as binding « ملزمة قانونا »
        ("binding.binding-clauses", "الأثر القانوني للرسالة",
         "لا تلزم هذه الرسالة الطرفين بإبرام العقد النهائي. غير أن البنود التالية ملزمة "
         "قانونا: البنود 13 و14 و15.", "fr"),
        # set Z11: « s'interdit d'engager des discussions » is the exclusivity, not hiring
        ("added.non-solicitation", "Exclusivité",
         "Pendant quarante-cinq jours, le Client s'interdit d'engager des discussions avec "
         "tout autre prestataire sur le même objet.", "fr"),
        # « aucun livrable n'est réputé accepté »: the negative of a deemed acceptance
        ("acceptance.silent", "Pilotage",
         "Chaque livrable est validé par écrit ; à défaut de réponse, le Prestataire relance "
         "le Client et aucun livrable n'est réputé accepté.", "fr"),
        # Arabic: the present situation is the baseline
        ("success.baseline", "مؤشرات النجاح",
         "مدة المعالجة: الوضعية الحالية أربعة (4) أيام عمل، والهدف يوم عمل واحد.", "fr"),
        # set A12: an exclusivity that runs to a date has its term
        ("exclusivity.no-term", "Exclusivity",
         "From signature until 19 December 2025, the Client will not run a trial with another "
         "provider.", "en"),
        # "become binding only through the final contract": the letter binds to no contract
        ("binding.non-binding", "Which Parts of this Letter Bind Us",
         "Clauses 13 and 14 bind the Parties. All other clauses describe the Parties' present "
         "intentions and become binding only through the final contract.", "en"),
        # « n'est considéré comme livré qu'après sa validation écrite »: no silence counts
        ("acceptance.silent", "Livrables",
         "Un livrable n'est considéré comme livré qu'après sa validation écrite par le Client "
         "dans un délai de cinq jours.", "fr"),
        # Arabic: the vendor keeps its own engine; the external model stays its provider's
        ("ip.vendor-owns", "الملكية",
         "ويحتفظ مقدم الخدمة بملكية محرك العروض، ويمنح العميل حق استعماله؛ وتبقى الحقوق على "
         "النموذج الخارجي لمورد النموذج.", "fr"),
        # set B12: "In return, the Provider gives access …" is the exclusivity's counterpart
        ("exclusivity.conditional", "Exclusivity",
         "Until 12 June 2025 the Client will not negotiate with another provider. In return, "
         "the Provider gives access to the pilot environment by 30 April 2025.", "en"),
        # the body prevails over the annexes: no schedule made binding
        ("binding.firm-commitment", "Nature of this Letter",
         "In case of inconsistency between the annexes and the body of this Letter, the body "
         "prevails.", "en"),
        # set C12: a deposit kept « si le Projet n'est pas poursuivi, quelle qu'en soit la
        # cause » is the price's, not the vendor disclaiming its liability
        ("risk.paid-regardless", "Répartition des risques",
         "L'acompte s'impute sur les premières factures et reste acquis au Prestataire si le "
         "Projet n'est pas poursuivi, quelle qu'en soit la cause.", "fr"),
        # Arabic: a price per processed case is a variable part
        ("price.variable-part", "الشروط المالية",
         "التأطير: 650.000 دج. التشغيل بعد الاستلام: 38 دج لكل حالة معالجة، بسقف 300.000 دج "
         "في الشهر.", "fr"),
        # set D12: what is already due stays due: no sum kept whatever happens
        ("price.non-refundable", "Prix",
         "En cas de décision no-go, seule la fraction du prix du POC déjà échue reste acquise "
         "au Prestataire.", "fr"),
        # "end discussions" with no article is a right to end the talks
        ("termination.right", "Walking Away",
         "Either party may end discussions at any time by written notice, without "
         "compensation.", "en"),
    ],
)  # fmt: skip
def test_no_finding_in_these_words(rule, title, text, lang):
    assert evidence_of(rule, title, text, lang) == []


def test_an_arabic_timeline_row_dates_the_go_no_go():
    # « قرار المرور أو التوقف | 29 ماي 2026 على الأكثر »: a dated decision to go on or stop
    rows = [
        ("المرحلة", "التاريخ"),
        ("إثبات المفهوم", "من 23 مارس إلى 15 ماي 2026"),
        ("قرار المرور أو التوقف", "29 ماي 2026 على الأكثر"),
    ]
    assert [r for r, _e in table_findings("الرزنامة", rows) if r == "timeline.go-no-go"] == []


def test_a_no_go_fee_in_a_price_row_is_a_penalty_on_the_client():
    rows = [
        ("Item", "Amount", "When payable"),
        ("Demobilisation fee, if the Client decides No-Go", "15% of the subscription", "30 days"),
    ]
    assert "added.client-penalties" in [r for r, _e in table_findings("Money", rows, "en")]


def test_one_capitalised_word_after_par_is_a_billing_unit():
    rows = [
        ("Élément", "Prix", "Facturation"),
        ("Analyse supplémentaire", "45 DZD par Analyse", "mensuelle"),
    ]
    assert ("define.billing-units", "Analyse") in table_findings("Prix", rows)
    # a lower-case unit of no qualification stays quiet
    rows = [("Élément", "Prix"), ("Support", "15 000 DZD par mois")]
    assert [r for r, _e in table_findings("Prix", rows) if r == "define.billing-units"] == []


def _clauses(*clauses: tuple[str, str]) -> list[Section]:
    """Clauses c1, c2 … titled and written as given, one block a paragraph ("\\n\\n")."""
    out = []
    for i, (title, text) in enumerate(clauses, 1):
        out.append(
            Section(
                id=f"c{i}",
                number=str(i),
                title=title,
                level=1,
                kind="clause",
                heading=block(title, 10 * i),
                blocks=[block(p, 10 * i + k) for k, p in enumerate(text.split("\n\n"), 1)],
            )  # fmt: skip
        )
    return out


def _letter(lang: str, *clauses: tuple[str, str]):
    """The assessment of the standard preamble followed by `clauses`."""
    rs, ref = _ruleset_and_reference(lang)
    return assess_sections([preamble(lang), *_clauses(*clauses)], ref, rs, lang)


def test_a_billing_unit_defined_in_the_definitions_clause_is_defined():
    a = _letter(
        "fr",
        ("Définitions", "Analyse : l'estimation d'un ouvrage à partir d'un plan ou d'une photo."),
        ("Prix", "Chaque analyse au-delà du forfait est facturée 45 DZD par Analyse."),
    )
    assert [f.evidence for f in a.findings if f.rule == "define.billing-units"] == []


def test_a_billed_unit_that_counts_failed_sessions():
    # « 65 DA par Dossier Traité », the term defined to count interrupted sessions
    a = _letter(
        "fr",
        ("Définitions",
         "Dossier Traité : toute session ouverte par un assuré, quel qu'en soit "
         "l'aboutissement, y compris les sessions interrompues ou de test."),
        ("Prix", "La partie variable est de 65 DA HT par Dossier Traité."),
    )  # fmt: skip
    assert [f.rule for f in a.findings].count("price.billing-unit-counts-failures") == 1
    # the same words in the definition of a unit no price uses: what a KPI counts
    a = _letter(
        "fr",
        ("Définitions",
         "Appel : toute communication entrante prise en charge par le Voicebot, quelle "
         "qu'en soit l'issue."),
        ("Critères de succès", "Part des Appels aboutissant à une déclaration complète : 70 %."),
    )  # fmt: skip
    assert [f for f in a.findings if f.rule == "price.billing-unit-counts-failures"] == []


def test_a_deemed_acceptance_in_the_definitions_is_the_pocs():
    a = _letter(
        "en",
        ("Definitions",
         "\"Acceptance\" means the earlier of the Client's sign-off or the expiry of five "
         "Business Days after delivery without a written objection."),
    )  # fmt: skip
    assert [f.topic for f in a.findings if f.rule == "acceptance.silent"] == ["poc"]


def test_derived_materials_vest_in_and_remain_with_the_vendor():
    # the sentence names no model: its defined term does, and "vest in and remain with"
    # gives it to the vendor
    a = _letter(
        "en",
        ("Definitions",
         "\"Derived Materials\" means all materials generated through the Platform from Client "
         "Data, including embeddings, prompt templates and fine-tuned models."),
        ("Ownership",
         "The Client retains all rights in the Client Data. All Derived Materials shall vest "
         "in and remain with the Provider."),
    )  # fmt: skip
    assert [(f.severity, f.section) for f in a.findings if f.rule == "ip.vendor-owns"] == [
        ("critical", "c2")
    ]


def test_customer_content_makes_a_vendor_term_client_made():
    # "Licensor Technology" takes in the "Improvements", models trained on Customer Content:
    # the fair-looking "retains all rights in the Licensor Technology" hands them over
    a = _letter(
        "en",
        ("Definitions",
         "\"Improvements\" means any adaptation of the Licensor Technology, including any "
         "model fine-tuned on Customer Content.\n\n"
         "\"Licensor Technology\" means the Provider's platform, software and models, together "
         "with all Improvements."),
        ("Ownership",
         "The Client retains all rights in its content. The Provider retains all rights in the "
         "Licensor Technology."),
    )  # fmt: skip
    assert [(f.severity, f.section) for f in a.findings if f.rule == "ip.vendor-owns"] == [
        ("critical", "c2")
    ]


def _sections(paragraphs: list[str], *clauses: tuple[str, str]) -> list[Section]:
    """A preamble of our own `paragraphs` (the party blocks) followed by `clauses`."""
    pre = Section(
        id="p0", number=None, title="", level=1, kind="preamble", heading=None,
        blocks=[block(p, i) for i, p in enumerate(paragraphs)],
    )  # fmt: skip
    return [pre, *_clauses(*clauses)]


def test_parties_named_by_their_own_names_get_their_roles_from_the_letter():
    # no role word, no trade cue: who hands over and who then pays tells
    secs = _sections(
        [
            'Kora Analytica S.A., incorporated in Greece ("Kora");',
            'and Nadir Oléagineux SARL, incorporated in Algeria ("Nadir").',
        ],
        ("Deliverables", "Kora will hand over the forecasting model and its documentation."),
        ("Fees", "Nadir then pays the balance within 30 days of acceptance."),
    )
    assert parties(secs) == (["Kora"], ["Nadir"])


def test_a_short_name_in_brackets_without_quotes_names_the_party():
    # "… represented by Ms Matos (Frotavia), and …": the first word of the company's name
    secs = _sections(
        [
            "Between Frotavia Analytics, Lda., incorporated in Portugal, which develops "
            "forecasting software, represented by Ms Matos (Frotavia),",
            "and Tassili Auto Location SARL, which operates six rental branches (Tassili).",
        ],
        ("Hosting", "The Platform is hosted in Frankfurt (EU)."),
    )
    assert parties(secs) == (["Frotavia"], ["Tassili"])


@pytest.mark.parametrize(
    "title, topic",
    [
        ("Why We Are Signing", "objective"),
        ("Exclusive Talks", "exclusivity"),
        ("Where the Pilot Runs", "scope"),
        ("How the pilot runs", "poc"),
        ("Comment se déroule le pilote ?", "poc"),
        ("Ce que le projet demandera à vos équipes", "internal_effort"),
        ("Customer Documents", "data"),
        ("Client's own contribution", "internal_effort"),
        # the client named by its Arabic role word, not the one the title list has
        ("التزامات الزبون ومواردها", "internal_effort"),
        # set Z11
        ("قيادة المشروع", "governance"),
        ("توزيع المسؤوليات", "risk_allocation"),
        ("حماية المعطيات واستضافتها", "data_protection"),
        # set A12
        ("Key Dates", "timeline"),
        ("Hodna's Own Time Commitment", "internal_effort"),
        ("ما يسلمه المورد", "deliverables"),
        ("Data, Models and Results", "ip"),
        # set C12
        ("A period of focus", "exclusivity"),
        ("Time your people will spend", "internal_effort"),
    ],
)
def test_headings_of_sets_x11_and_y11(title, topic):
    a = assess_clause(title, "Voir ci-dessous.", "en" if title.isascii() else "fr")
    assert [s.topics[:1] for s in a.vendor_sections if s.id == "c1"] == [[topic]]


def test_a_heading_that_binds_and_says_for_how_long_names_the_letters_term_too():
    a = assess_clause("Which commitments bind, and for how long", "See below.", "en")
    topics = [s.topics for s in a.vendor_sections if s.id == "c1"][0]
    assert {"binding_effect", "validity"} <= set(topics)


def test_a_common_vocabulary_heading_is_the_definitions():
    a = assess_clause("Vocabulaire commun", "« Plateforme » : la solution du Prestataire.")
    assert [s.topics for s in a.vendor_sections if s.id == "c1"] == [[]]


def test_a_quantity_of_a_capitalised_class_in_a_price_row_is_a_billed_unit():
    # « 195 000 DA par mois, 4 000 Conversations Engagées incluses »: said once, and the
    # unit is what the subscription counts
    rows = [
        ("Poste", "Montant", "Paiement"),
        ("Abonnement", "195 000 DA par mois, 4 000 Conversations Engagées incluses", "mensuel"),
    ]
    assert ("define.capitalised-terms", "Conversations Engagées") in table_findings("Prix", rows)
    # a paragraph's own number before a capitalised phrase is no quantity
    a = assess_clause("Prix", "12.1 Either Party may end the subscription on notice.", "en")
    assert [f for f in a.findings if f.rule == "define.capitalised-terms"] == []


def test_the_billing_unit_rule_does_not_repeat_a_term_already_reported():
    # "Active User" is a term of art (define.terms-of-art) before it is a billed unit
    a = assess_clause("Fees", "The subscription is billed USD 12 per Active User per month.", "en")
    found = [f.rule for f in a.findings if (f.evidence or "").startswith("Active User")]
    assert "define.terms-of-art" in found
    assert "define.billing-units" not in found


def test_words_with_a_fixed_meaning_is_the_definitions():
    a = assess_clause("Words With a Fixed Meaning", '"Platform" means the software.', "en")
    assert [s.topics for s in a.vendor_sections if s.id == "c1"] == [[]]


def test_an_editeur_is_the_vendor_beside_a_cabinet_in_a_bilingual_preamble():
    # « SADA Logiciels SARL … ci-après « l'Éditeur » » and « Cabinet … ci-après « le
    # Cabinet » », each followed by its Arabic block: « l'Éditeur » names the vendor's role
    secs = _sections(
        [
            "SADA Logiciels SARL, dont le siège est à Alger, ci-après « l'Éditeur » ;",
            "شركة صدى للبرمجيات، والمشار إليها فيما يلي بـ«الناشر»؛",
            "Et Cabinet Hadj-Ahmed SARL, société d'expertise comptable, ci-après « le Cabinet ».",
        ],
        ("Objet", "Le Cabinet souhaite un outil de synthèse des réunions."),
    )
    sellers, buyers = parties(secs)
    assert "Editeur" in sellers and "Cabinet" in buyers


def test_a_staff_heading_is_no_termination():
    a = assess_clause("Engagement relatif au personnel", "Voir ci-dessous.")
    assert [s.topics for s in a.vendor_sections if s.id == "c1"] == [[]]


def test_a_numbered_background_and_purpose_heading_is_the_first_clause():
    # « 1. Background and Purpose » right after the parties: a clause, not the preamble
    from pathlib import Path

    from loi_redline.read import read
    from loi_redline.structure import sections

    path = Path(__file__).parent / "heldout_d12" / "c85_claims_triage_health_insurer_en.docx"
    first = [s for s in sections(read(path)) if s.kind == "clause"][0]
    assert (first.number, first.title) == ("1", "Background and Purpose")
