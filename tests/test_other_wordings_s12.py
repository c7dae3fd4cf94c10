"""Families first met in session 12 (sets D12 and E12, written at the end of session 11, and
the sealed sets F13, G13, H13 and I13), tested in words of our own, with the near-misses that must keep
their reading."""

from __future__ import annotations

import pytest
from helpers_battery import assert_caught, assess_clause, evidence_of, table_findings

CAUGHT = [
    # Arabic: the report « يعد مقبولا نهائيا إذا لم يبد العميل تحفظات »
    ("deviation", "poc", "high", "يعد تقرير المرحلة التجريبية مقبولا نهائيا", "المرحلة التجريبية",
     "يعد تقرير المرحلة التجريبية مقبولا نهائيا إذا لم يبد العميل تحفظات مكتوبة خلال ثلاثة "
     "أيام عمل.", "fr"),
    # Arabic: the vendor's project manager declares the outputs conform
    ("deviation", "governance", "medium", "يتولى مدير مشروع المورد المصادقة", "قيادة المشروع",
     "تجتمع اللجنة شهريا. ويتولى مدير مشروع المورد المصادقة على المخرجات.", "fr"),
    # Arabic: a lump sum if the client walks away from the contract
    ("added", None, "high", "تراجع العميل عن إبرام العقد", "أحكام ختامية",
     "إذا تراجع العميل عن إبرام العقد النهائي، التزم بدفع مبلغ جزافي قدره مليون دج.", "fr"),
    # Arabic: acceptance and improvement said in words only (tanwin kept in the text)
    ("ambiguity", "poc", "low", "أداءً مقبولاً", "المرحلة التجريبية",
     "تعتبر المرحلة ناجحة متى أظهر النموذج أداءً مقبولاً.", "fr"),
    ("ambiguity", "success_criteria", "low", "تحسن ملحوظ", "مؤشرات النجاح",
     "- تحسن ملحوظ في معدل التحصيل مقارنة بالوضع الحالي.", "fr"),
    # English: "if no written decision reaches …, the criteria shall be deemed met"
    ("deviation", "poc", "high", "shall be deemed met", "The trial",
     "The Client will accept or reject the trial in writing within ten working days; if no "
     "written decision reaches the Provider within that period, the acceptance criteria "
     "shall be deemed met.", "en"),
    # a third party's price passed on with the vendor's margin, no « refacturé » said
    ("deviation", "price", "medium", "majoré de 25 %", "Conditions financières",
     "Frais de messagerie : coût de la plateforme tierce majoré de 25 %.", "fr"),
    ("deviation", "price", "medium", "marked up by 10%", "Fees",
     "Hosting: the cloud provider's fees, marked up by 10%.", "en"),
    # confidentiality that lasts only as long as the letter
    ("deviation", "confidentiality", "medium", "pendant la seule durée de la présente lettre",
     "Confidentialité",
     "Chaque Partie garde secrètes les informations reçues. Cet engagement s'applique pendant "
     "la seule durée de la présente lettre.", "fr"),
    ("deviation", "confidentiality", "medium", "only for the term of this Letter",
     "Confidentiality", "Each Party keeps the other's information secret, only for the term "
     "of this Letter.", "en"),
    # set G13 (measured at eb6d390, then developed on)
    # deemed acceptance in a definition: on first use, or after days without a rejection
    ("deviation", "poc", "high", "shall be deemed accepted upon the earlier", "Definitions",
     "Acceptance means the Client's written sign-off; provided that a Deliverable shall be "
     "deemed accepted upon the earlier of its use by the Client for live invoices or the "
     "expiry of seven days following its delivery without the Client having notified a "
     "written rejection.", "en"),
    # the POC judged against the vendor's own documentation
    ("deviation", "poc", "medium", "substantially in accordance with its Documentation",
     "Proof of Concept",
     "The POC shall be considered successful if the Platform performs substantially in "
     "accordance with its Documentation on the sample.", "en"),
    # the vendor's master agreement prevails over the letter
    ("deviation", "binding_effect", "high", "which shall prevail over this Letter",
     "Legal Effect",
     "The Definitive Agreement will consist of an order form and the Vendor's Master "
     "Subscription Agreement, as updated from time to time, which shall prevail over this "
     "Letter.", "en"),
    # special conditions that bind « par dérogation à toute autre stipulation »
    ("deviation", "binding_effect", "high", "par dérogation à toute autre stipulation",
     "Conditions particulières",
     "Les stipulations ci-après s'appliquent par dérogation à toute autre stipulation et "
     "engagent les Parties dès la signature.", "fr"),
    # Arabic: data « تؤول إلى المورد » reused « لتحسين منتجاته … لعملائه الآخرين »
    ("deviation", "ip", "high", "لعملائه الآخرين", "التعاريف",
     "«بيانات التحسين»: سجلات المحادثات، ويحق للمورد استعمالها لتحسين منتجاته المقدمة "
     "لعملائه الآخرين.", "fr"),
    # set H13 (measured at 31698b5, then developed on)
    ("deviation", "data", "medium", "garantit que les Données transmises sont exactes",
     "Données", "Le Client garantit que les Données transmises sont exactes, complètes et "
     "au format demandé par le Prestataire.", "fr"),
    ("deviation", "confidentiality", "medium", "pendant la durée de validité de la présente",
     "Confidentialité", "Chaque Partie garde confidentielles les informations reçues. Cette "
     "obligation s'applique pendant la durée de validité de la présente lettre.", "fr"),
    # an exclusion of liability that covers the vendor's own doing
    ("deviation", "risk_allocation", "high", "y compris lorsque ce blocage résulte",
     "Responsabilités", "Le Prestataire ne saurait être tenu responsable du blocage des "
     "numéros WhatsApp du Client, y compris lorsque ce blocage résulte des scénarios "
     "paramétrés par le Prestataire.", "fr"),
    # « Par exception, sont obligatoires … les stipulations relatives aux conditions
    # financières » (« exception » is no "except")
    ("deviation", "binding_effect", "high", "relatives aux conditions financières",
     "Portée de la lettre", "Par exception, sont obligatoires dès leur signature les "
     "stipulations relatives aux conditions financières et à l'exclusivité.", "fr"),
    # Arabic: « وحدها المواد … ذات طابع ملزم » names the binding clauses; a deposit
    # « يبقى مكتسبا للمورد في جميع الأحوال »; sessions « حسب الحاجة »
    ("deviation", "price", "high", "ويبقى مكتسبا للمورد في جميع الأحوال", "الشروط المالية",
     "يدفع الزبون تسبيقا قدره 40 % عند التوقيع، يخصم من الفاتورة الأولى ويبقى مكتسبا للمورد "
     "في جميع الأحوال.", "fr"),
    ("ambiguity", "deliverables", "low", "حسب الحاجة", "المخرجات",
     "- جلسات تكوين للطاقم الإداري حسب الحاجة؛", "fr"),
    # the vendor's project manager prevails; assets handed back only as a quoted migration
    ("deviation", "governance", "medium", "la position du chef de projet du Prestataire prévaut",
     "Pilotage", "En cas de désaccord sur la conformité d'un livrable, la position du chef de "
     "projet du Prestataire prévaut.", "fr"),
    ("deviation", "termination", "high", "prestation de migration chiffrée sur devis",
     "Fin de la relation", "Le Prestataire restitue les Données Brutes ; les paramétrages ne "
     "sont transférables qu'au titre d'une prestation de migration chiffrée sur devis.", "fr"),
]  # fmt: skip


@pytest.mark.parametrize("kind, topic, min_severity, words, title, text, lang", CAUGHT)
def test_caught(kind, topic, min_severity, words, title, text, lang):
    assert_caught(kind, topic, min_severity, words, title, text, lang)


@pytest.mark.parametrize(
    "rule, title, text, lang",
    [
        # the client's data handed over in open formats at the end: reversibility is there
        ("termination.reversibility", "Termination",
         "Either party may end this letter on 15 days' notice. The Provider then hands over, "
         "free of charge, the Client's data, the cleaned datasets and the trained model "
         "parameters, in CSV or Parquet with documented JSON files.", "en"),
        # Arabic: « دون تمديد ضمني » is no tacit renewal
        ("added.tacit-renewal", "مدة الصلاحية",
         "تبقى هذه الرسالة صالحة إلى غاية 30 سبتمبر 2026، ثم تصبح لاغية دون تمديد ضمني ولا "
         "تعويض.", "fr"),
        # a confidentiality that survives the letter
        ("confidentiality.ends-with-letter", "Confidentialité",
         "Cet engagement s'applique pendant la durée de la présente lettre et survit trois ans "
         "après son terme.", "fr"),
        # set G13
        # a refund « for a reason attributable to » the vendor is no result-based fee
        ("price.attribution", "Fees",
         "The Client owes nothing beyond the start payment, which the Provider refunds in full "
         "where the targets are missed for a reason attributable to the Provider.", "en"),
        # an exclusivity that ends « at once, on simple written notice from the Client, if »
        ("exclusivity.conditional", "Exclusive talks",
         "For 60 days the Client will not sign with another provider. This commitment ends at "
         "once, on simple written notice from the Client, if the Provider misses the workshop "
         "date.", "en"),
        # Arabic: the vendor cleans what the client extracts: data preparation is said
        ("data.preparation", "البيانات",
         "العميل يستخرج الملفات، والمورد ينظفها ويوحد صيغها.", "fr"),
        # « formation des propriétaires » is no proprietary format
        ("termination.proprietary-format", "Réversibilité",
         "Le Prestataire restitue les données en CSV et assure la formation des propriétaires "
         "de comptes.", "fr"),
        # set H13: confidentiality for the letter's term and three years after it
        ("confidentiality.ends-with-letter", "Confidentialité",
         "Cette obligation s'applique pendant la durée de validité de la présente lettre et "
         "les trois années qui suivent son terme.", "fr"),
        # Arabic: only the listed articles bind
        ("binding.binding-clauses", "القوة الملزمة",
         "لا تلزم هذه الرسالة أيا من الطرفين بإبرام العقد النهائي. وحدها المواد 5 و14 و15 ذات "
         "طابع ملزم منذ التوقيع.", "fr"),
        # « عند الاقتضاء » (where applicable) is a legal formula, not a vague measure
        ("vague.qualifiers", "القانون الواجب التطبيق",
         "يخضع هذا الاتفاق للقانون الجزائري، ويحال النزاع عند الاقتضاء إلى محكمة الجزائر.", "fr"),
        # set I13: the vendor « يمتنع … عن استعمال » the data for other customers
        ("ip.vendor-reuse", "الملكية الفكرية",
         "ويمتنع مقدم الخدمة عن استعمال بيانات الزبون لتدريب أو تحسين نماذج موجهة لزبائن "
         "آخرين.", "fr"),
        # « ولا يمكن تجديدها ضمنيا »: it cannot be renewed tacitly
        ("added.tacit-renewal", "مدة السريان",
         "تبقى هذه الرسالة صالحة إلى غاية 30 جوان 2026، ولا يمكن تجديدها ضمنيا.", "fr"),
        # an exclusivity that "applies only as long as" the vendor meets each dated step
        ("exclusivity.conditional", "Exclusive Negotiation Period",
         "For sixty days the Client will not negotiate with another supplier. This "
         "exclusivity applies only as long as the Provider meets each dated step of Clause 8 "
         "and keeps a named engineer assigned to the project.", "en"),
        # "accepted only if every success criterion is met": the criteria stand elsewhere
        ("poc.acceptance-criteria", "How will the pilot run?",
         "The pilot lasts eight weeks. The pilot is accepted only if every success criterion "
         "is met and the Client's sponsor signs an acceptance note.", "en"),
    ],
)  # fmt: skip
def test_no_finding_in_these_words(rule, title, text, lang):
    assert evidence_of(rule, title, text, lang) == []


def test_a_capitalised_phrase_after_par_is_a_billing_unit():
    rows = [
        ("Élément", "Nature", "Montant"),
        (
            "Maintenance des modèles",
            "redevance mensuelle",
            "55 000 DA HT par Poste de Contrôle Actif",
        ),
    ]
    assert ("define.billing-units", "Poste de Contrôle Actif") in table_findings("Prix", rows)
    # an acronym or a lower-case unit is no defined term
    rows = [
        ("Élément", "Montant"),
        ("Support", "15 000 DA par mois"),
        ("Licence", "9 000 DA par ETP"),
    ]
    assert [r for r, _e in table_findings("Prix", rows) if r == "define.billing-units"] == []


@pytest.mark.parametrize(
    "title, topic",
    [
        # set F13: plain-language headings
        ("Time and people Babor will commit", "internal_effort"),
        ("Stepping away and taking everything back", "termination"),
        # set G13
        ("Pourquoi nous vous écrivons", "objective"),
        ("Ce que chaque partie apporte", "internal_effort"),
        # « avant tout engagement »: what the trial precedes, not a minimum term
        ("Un essai sur site avant tout engagement", "poc"),
        ("Preferred Partner Status", "exclusivity"),
        ("Leaving, and getting the Client Data back", "termination"),
        # set H13
        ("Staff Protection", None),
        ("Service Perimeter", "scope"),
    ],
)
def test_headings_of_sets_f13_to_h13(title, topic):
    a = assess_clause(title, "See below.", "en")
    assert [s.topics[:1] for s in a.vendor_sections if s.id == "c1"] == [[topic] if topic else []]


def test_standing_of_this_letter_is_no_termination():
    # "ending this letter" would be read in "Standing of this Letter" by a fuzzy title match
    a = assess_clause("Standing of this Letter", "See below.", "en")
    assert "termination" not in [t for s in a.vendor_sections if s.id == "c1" for t in s.topics]


def test_ownership_of_materials_is_ip_first():
    # "Ownership of Materials and Outputs": owning them is the subject, not delivering them
    a = assess_clause("Ownership of Materials and Outputs", "See below.", "en")
    assert [s.topics[:1] for s in a.vendor_sections if s.id == "c1"] == [["ip"]]


def test_engagements_reciproques_is_no_termination():
    # « engagement » alone is a minimum term; « Engagements réciproques » lists obligations
    a = assess_clause("Engagements réciproques", "Voir ci-dessous.")
    assert [s.topics for s in a.vendor_sections if s.id == "c1"] == [[]]


def test_a_success_term_that_counts_abandoned_conversations():
    a = assess_clause(
        "Définitions",
        "Résolution Automatique : toute Conversation close sans transfert vers un conseiller, "
        "quelle qu'en soit l'issue, y compris les conversations abandonnées par l'usager.",
    )
    assert "success.kpi-counts-failures" in [f.rule for f in a.findings]
    # a KPI counted over every call: a denominator, fine
    a = assess_clause(
        "Définitions",
        "Appel : toute communication reçue sur la ligne du service, quelle qu'en soit l'issue.",
    )
    assert "success.kpi-counts-failures" not in [f.rule for f in a.findings]


def test_a_kpi_row_that_says_what_its_term_means_defines_it():
    rows = [
        ("Indicateur", "Définition", "Référence", "Cible"),
        ("Taux de résolution autonome", "Part des demandes traitées de bout en bout sans "
         "transfert à un réceptionniste", "0 %", "55 % au moins"),
    ]  # fmt: skip
    assert [r for r, _e in table_findings("Indicateurs", rows) if r == "define.terms-of-art"] == []


def test_arabic_ordinal_adverbs_with_the_article_number_the_parts(tmp_path):
    # set I13: « الحادي عشر: », « الثاني عشر: … », « العشرون: »: from eleven on the
    # adverbs took the article, and the parts after the eleventh were read as its text
    from helpers_reader import p, sections_of

    body = p("رسالة نوايا") + p("بين الموقعين أدناه.")
    for adverb, title in (("عاشرا", "قيادة المشروع"), ("الحادي عشر", "حماية المعطيات"),
                          ("الثاني عشر", "الملكية الفكرية"), ("العشرون", "القانون الواجب التطبيق")):  # fmt: skip
        body += p(f"{adverb}: {title}") + p("نص البند.")
    clauses = [s for s in sections_of(tmp_path, body) if s.kind == "clause"]
    assert [(c.number, c.title) for c in clauses] == [
        ("10", "قيادة المشروع"), ("11", "حماية المعطيات"), ("12", "الملكية الفكرية"),
        ("20", "القانون الواجب التطبيق"),
    ]  # fmt: skip
