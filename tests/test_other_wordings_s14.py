"""Families first met in session 14 (set O13, measured once at 3fc8be9, the final engine of
session 13, set P14, measured once at 74766e4, and set Q14, measured once at 7cc89cb; each developed on
after), tested in words
of our own, with the near-misses that must keep their reading."""

from __future__ import annotations

import pytest
from helpers_battery import (
    assert_caught,
    assess_blocks,
    assess_clause,
    block,
    evidence_of,
    table_findings,
)

CAUGHT = [
    # a billed unit where every follow-up and every duplicate counts once more
    ("deviation", "price", "medium", "chaque relance et chaque doublon", "Prix",
     "Le Client règle 40 DA par Demande Traitée.\n\n« Demande Traitée » : toute demande lue "
     "par l'outil ; chaque relance et chaque doublon constitue une Demande Traitée distincte.",
     "fr"),
    ("deviation", "price", "medium", "each follow-up and each duplicate", "Fees",
     "The Client pays DZD 30 per Handled Request.\n\n\"Handled Request\" means any request "
     "read by the tool; each follow-up and each duplicate counts as a separate Handled "
     "Request.", "en"),
    # the vendor answers for none of the data, the tool's performance and the results
    ("deviation", "risk_allocation", "high", "ne répond ni de la qualité", "Responsabilité",
     "L'Éditeur est tenu d'une obligation de moyens. Il ne répond ni de la qualité des "
     "fichiers remis, ni des erreurs de l'outil sur les cas rares, ni des résultats "
     "commerciaux attendus.", "fr"),
    # the client's customer channel moved under the vendor's own account
    ("deviation", "termination", "high", "est rattaché au compte Meta Business de l'Agence",
     "Modalités pratiques",
     "Pour simplifier l'exploitation, le numéro WhatsApp du magasin est rattaché au compte "
     "Meta Business de l'Agence, qui l'administre.", "fr"),
    ("deviation", "termination", "high", "will be registered under the Provider's",
     "Practical arrangements",
     "The Client's WhatsApp Business number will be registered under the Provider's Meta "
     "Business account for the duration of the service.", "en"),
    # « Par exception » binding the financial conditions
    ("deviation", "binding_effect", "medium", "Par exception, les articles 6", "Portée",
     "La présente lettre n'oblige pas les Parties à conclure. Par exception, les articles 6 "
     "(Conditions financières) et 9 (Confidentialité) ont force obligatoire dès la "
     "signature.", "fr"),
    # the vendor's own assumptions failing reopen the price at its sole word
    ("deviation", "risk_allocation", "high", "l'Intégrateur pourra réviser", "Hypothèses",
     "Le prix repose sur ces hypothèses et, si l'une d'elles se révèle inexacte, "
     "l'Intégrateur pourra réviser le prix et le calendrier par simple notification.", "fr"),
    ("deviation", "risk_allocation", "high", "the Provider may revise the Fees",
     "Assumptions",
     "Our estimate relies on these assumptions, and if any of them turns out to be incorrect "
     "the Provider may revise the Fees and the milestones by notice to the Client.", "en"),
    # the client's staff on call for the vendor, in an assumptions list
    ("deviation", "internal_effort", "medium", "as and when required", "Assumptions",
     "The Client's sales managers and its IT officer will be available to the Provider's "
     "consultants as and when required during the pilot.", "en"),
    ("deviation", "internal_effort", "medium", "à sa simple demande", "Hypothèses",
     "Les responsables de magasin du Client se tiennent à la disposition de l'Intégrateur à "
     "sa simple demande pendant le pilote.", "fr"),
    # Arabic « بالقدر المعقول »: reasonable, left to the vendor
    ("ambiguity", "internal_effort", "low", "بالقدر المعقول", "مساهمة العميل",
     "يخصص العميل عشرة أيام عمل للمشروع، ويضاف إليها كل دعم يطلبه المورد بالقدر المعقول.",
     "fr"),
    # "anonymised" voice recordings are no anonymous data: their copy abroad is a transfer
    ("deviation", "data_protection", "high", "replicated to the Provider's laboratory",
     "Personal Data",
     "Processing runs in Algeria, provided that anonymised call recordings may be "
     "replicated to the Provider's laboratory in Madrid for tuning.", "en"),
    # the vendor keeps the model weights updated on the client's data during the project
    ("deviation", "ip", "medium", "weights updated in the course of the Services", "Ownership",
     "The Provider retains its platform, its base models and any weights updated in the course "
     "of the Services, together with its know-how.", "en"),
    # an Arabic exclusivity that renews itself
    ("deviation", "exclusivity", "high", "تتجدد هذه المدة تلقائيا", "الحصرية",
     "يلتزم العميل بعدم التفاوض مع مورد آخر لمدة ستين (60) يوما، وتتجدد هذه المدة "
     "تلقائيا لفترات مماثلة.", "fr"),
    # set P14: a saving measured against the dearest quote
    ("deviation", "price", "medium", "le prix le plus élevé des devis", "Définitions",
     "« Économie Réalisée » : la différence entre le prix le plus élevé des devis reçus et le "
     "prix payé ; l'Éditeur perçoit 5 % de chaque Économie Réalisée.", "fr"),
    # a success fee owed whether or not the tool did anything
    ("deviation", "price", "high", "whether or not a reminder was sent", "Definitions",
     "\"Recovered Invoice\" means any invoice paid within 30 days of its due date, whether or "
     "not a reminder was sent by the Platform.", "en"),
    # a fee that runs after the end
    ("deviation", "price", "high", "notwithstanding termination of this Letter", "Fees",
     "The success fee is payable monthly for 18 months per converted customer, "
     "notwithstanding termination of this Letter.", "en"),
    ("deviation", "price", "high", "même après la résiliation", "Prix",
     "La commission est due chaque mois pendant deux ans par client fidélisé, même après la "
     "résiliation de la présente lettre.", "fr"),
    # data handed back in the form the vendor's platform keeps it
    ("deviation", "termination", "high", "in the form in which they are stored",
     "Exit", "At the end, the Provider returns the Client's files within 30 days in the form in "
     "which they are stored on its platform.", "en"),
    # Arabic: as technically feasible; as soon as possible; the necessary staff; ownership
    # given to the vendor at the end of a long sentence
    ("ambiguity", "deliverables", "low", "حسب ما تسمح به الإمكانيات", "المخرجات",
     "ربط المنصة ببرنامج المحاسبة حسب ما تسمح به الإمكانيات التقنية لكل برنامج.", "fr"),
    ("ambiguity", "timeline", "medium", "في أحسن الآجال", "الرزنامة",
     "ينطلق النشر بعد قبول التجربة، ويتم في أحسن الآجال.", "fr"),
    ("deviation", "internal_effort", "medium", "الموارد البشرية اللازمة", "مساهمة الزبون",
     "يضع الزبون تحت تصرف المورد الموارد البشرية اللازمة لإنجاح المشروع.", "fr"),
    ("deviation", "ip", "high", "وتعود ملكية المنصة ومخرجاتها", "الملكية",
     "وتعود ملكية المنصة ومخرجاتها، بما فيها الجداول المنظفة الناتجة عن معالجة ملفات الزبون "
     "خلال المشروع، إلى المورد وحده.", "fr"),
    # a target carved out by "normal conditions", never defined
    ("ambiguity", "success_criteria", "low", "dans des conditions normales d'activité",
     "Indicateurs", "Le taux de rupture baisse de 20 % dans des conditions normales "
     "d'activité.", "fr"),
    ("ambiguity", "success_criteria", "low", "under normal operating conditions", "KPIs",
     "Forecast accuracy of at least 85 % under normal operating conditions.", "en"),
    ("ambiguity", "success_criteria", "low", "في الظروف العادية", "مؤشرات الأداء",
     "دقة التوقع لا تقل عن 80% في الظروف العادية للنشاط.", "fr"),
    # « ces valeurs … à titre indicatif »
    ("deviation", "success_criteria", "medium", "communiquées à titre indicatif", "Indicateurs",
     "Taux de réponse exacte : 85 %. Ces valeurs sont communiquées à titre indicatif.", "fr"),
    # the financial commitments bound with the other exceptions
    ("deviation", "binding_effect", "medium", "les engagements financiers prévus", "Portée",
     "Par exception, les articles 10 (Exclusivité), 11 (Confidentialité), 15 "
     "(Non-sollicitation) et 19 (Droit applicable), ainsi que les engagements financiers prévus "
     "à l'article 7, lient les Parties dès la signature.", "fr"),
    # an acceptance test in words that measure nothing
    ("ambiguity", "poc", "medium", "de façon satisfaisante", "Preuve de concept",
     "Le POC est considéré comme concluant lorsque l'assistant répond de façon satisfaisante "
     "aux questions courantes des clients.", "fr"),
    ("ambiguity", "poc", "medium", "satisfactorily", "Pilot",
     "The Pilot is successful if the model handles the usual requests satisfactorily.", "en"),
    ("ambiguity", "poc", "medium", "بصفة مرضية", "المرحلة التجريبية",
     "يعتبر إثبات المفهوم ناجحا متى أجاب المساعد بصفة مرضية عن الأسئلة المعتادة.", "fr"),
    # a KPI never defined
    ("ambiguity", "success_criteria", "low", "résolution autonome", "Indicateurs",
     "Objectif : un taux de résolution autonome d'au moins 70 %.", "fr"),
    # set Q14: an exclusivity among « engagements réciproques »
    ("deviation", "exclusivity", "high", "aucun autre fournisseur", "Engagements réciproques",
     "Les Parties prennent les engagements suivants : le Client s'engage à ne contracter "
     "avec aucun autre fournisseur de solutions de scoring pendant douze (12) mois.", "fr"),
    ("deviation", "exclusivity", "high", "any other supplier", "Project Governance",
     "Each Party appoints a project lead. The Client shall not negotiate with any other "
     "supplier of routing software while the pilot runs.", "en"),
    # the vendor may reprice if the client's data prove insufficient
    ("deviation", "risk_allocation", "high", "sera fondé à ajuster le calendrier",
     "Responsabilités",
     "Si les données du Client s'avèrent insuffisantes, le Prestataire sera fondé à ajuster "
     "le calendrier et le prix par simple notification.", "fr"),
    # « À titre indicatif, les Parties retiennent les indicateurs suivants »
    ("deviation", "success_criteria", "medium", "À titre indicatif, les Parties retiennent",
     "Indicateurs", "À titre indicatif, les Parties retiennent les indicateurs suivants : "
     "taux de détection de 80 %.", "fr"),
    # two vague deadlines in one calendar: each is a finding
    ("ambiguity", "timeline", "medium", "dans les meilleurs délais", "Calendrier",
     "Décision de poursuite : à une date à convenir.\n\nMise en production : dans les "
     "meilleurs délais après cette décision.", "fr"),
    # the client's shortcomings never suspend a payment
    ("deviation", "risk_allocation", "high", "shall not suspend, reduce or defer any payment",
     "Risk", "Any delay in the Client Data shall extend the timetable and shall not suspend, "
     "reduce or defer any payment.", "en"),
    # the vendor signs off its own deliverables
    ("deviation", "governance", "medium", "sign off each deliverable", "Governance",
     "The Provider's project manager will record progress and sign off each deliverable.",
     "en"),
    # a cap that leaves out what the vendor sizes alone
    ("deviation", "price", "medium", "excluding Site Adaptations", "Fees",
     "The total invoiced shall not exceed EUR 60,000, excluding Site Adaptations charged at "
     "cost plus 10 %.", "en"),
    # the Arabic version keeps the deposit
    ("deviation", "price", "high", "يبقى التسبيق مكتسبا", "الشروط المالية",
     "وفي حالة قرار عدم المواصلة، يبقى التسبيق مكتسبا نهائيا للناشر.", "fr"),
    # using the client's files to train models is no disclosure, says the vendor
    ("deviation", "confidentiality", "medium", "Ne constitue toutefois pas une divulgation",
     "Confidentialité",
     "Ne constitue toutefois pas une divulgation l'exploitation par l'Éditeur des documents "
     "du Client aux fins d'entraînement de ses modèles.", "fr"),
    # a billing unit counted by a complexity only the vendor assesses
    ("ambiguity", "price", "medium", "Crédit IA", "Définitions",
     "« Crédit IA » : l'unité de consommation, décomptée selon la nature et la complexité de "
     "chaque requête.", "fr"),
    # an index as the target, never defined
    ("ambiguity", "success_criteria", "low", "Route Efficiency Index", "KPIs",
     "Target: a better Route Efficiency Index at the end of the pilot.", "en"),
]  # fmt: skip


@pytest.mark.parametrize("kind, topic, min_severity, words, title, text, lang", CAUGHT)
def test_caught(kind, topic, min_severity, words, title, text, lang):
    assert_caught(kind, topic, min_severity, words, title, text, lang)


@pytest.mark.parametrize(
    "rule, title, text, lang",
    [
        # measured by the vendor, recorded by the committee where the client sits: shared
        ("decides.vendor-alone", "Performance Targets",
         "Word error rate on the test set: measured by the Provider in week 3 and recorded by "
         "the Steering Committee; at most 20 %.", "en"),
        # anonymised statistics abroad are no personal data
        ("data-protection.transfer-abroad", "Personal Data",
         "Processing runs in Algeria, provided that anonymised usage statistics may be "
         "copied to the Provider's office in Madrid.", "en"),
        # assumptions whose failure is settled by an amendment both sign: fair
        ("risk.assumptions-reprice", "Hypothèses",
         "Si l'une de ces hypothèses se révèle inexacte, le Prestataire pourra proposer "
         "d'ajuster le calendrier, par avenant signé d'un commun accord.", "fr"),
        # staff available within a stated number of days
        ("internal-effort.on-call", "Assumptions",
         "The Client's planners will be available to the Provider as and when required, up to "
         "four (4) days a month.", "en"),
        # the client's number stays in its name: nothing to flag
        ("termination.assets-in-vendor-name", "Modalités pratiques",
         "Le numéro WhatsApp du magasin est rattaché au compte Meta Business du Client.", "fr"),
        # one exclusion, not a sweep of every risk
        ("risk.client-bears-all", "Responsabilité",
         "Le Prestataire ne répond ni des pannes du réseau de l'opérateur ni des coupures "
         "d'électricité.", "fr"),
        # the POC checks the criteria another article sets, named by its heading
        ("poc.acceptance-criteria", "Phase pilote",
         "Le POC vérifie que les objectifs de l'article « Mesure de la réussite » peuvent être "
         "atteints sur l'étude pilote.", "fr"),
        # set P14: a royalty-free licence that survives the end is the client's right
        ("price.fee-survives-end", "Ownership",
         "We grant you a non-exclusive, royalty-free, perpetual licence to our toolkit, which "
         "survives the end of our relationship.", "en"),
        # fees for work accepted before termination stay due: fair
        ("price.fee-survives-end", "Fees",
         "Fees for services accepted before termination remain payable notwithstanding "
         "termination.", "en"),
        # savings qualified as measurable, measured in the criteria
        ("define.terms-of-art", "Pilot",
         "The Pilot aims to show that the app leads to measurable water savings on the metered "
         "plots.", "en"),
        # Arabic: the ownership goes to the client; the vendor named after it may not use it
        ("ip.vendor-owns", "الملكية",
         "تعود ملكية البيانات للزبون، ولا يجوز للمورد استعمالها.", "fr"),
        # a satisfaction test with a figure is measurable
        ("vague.subjective-acceptance", "Pilot",
         "The Pilot is successful if at least 85% of the 200 test requests are handled "
         "correctly.", "en"),
        ("vague.subjective-acceptance", "المرحلة التجريبية",
         "يعتبر إثبات المفهوم ناجحا إذا استخرجت المنصة 90 بالمائة على الأقل من الحقول بصفة "
         "صحيحة.", "fr"),
        # set Q14: a non-solicitation or a dédit is no hidden exclusivity
        ("exclusivity.undertaking-elsewhere", "Team Continuity",
         "For 24 months the Client will not employ or engage, directly or through a third "
         "party, any person who worked for the Provider on the project.", "en"),
        ("exclusivity.undertaking-elsewhere", "Indemnité de dédit",
         "Si la Société renonce à conclure le contrat ou le conclut avec un tiers, elle verse "
         "une indemnité.", "fr"),
        # a cap that leaves out VAT, or work the client orders in writing
        # set R14 (its one alarm, fixed after its measure): a hosting clause that rules a
        # transfer out
        ("data-protection.transfer-abroad", "Hébergement",
         "L'assistant est hébergé exclusivement dans un centre de données situé en Algérie, "
         "sans transfert de données ni appel à un service situé hors d'Algérie.", "fr"),
        ("data-protection.transfer-abroad", "Hosting",
         "The assistant runs in a data centre in Algiers, without any transfer of data or call "
         "to a service outside Algeria.", "en"),
        ("price.outside-cap", "Fees",
         "The total shall not exceed DZD 13,400,000 excluding VAT, save for work ordered under "
         "a Change Request signed by the Client.", "en"),
    ],
)  # fmt: skip
def test_no_finding_in_these_words(rule, title, text, lang):
    assert evidence_of(rule, title, text, lang) == []


@pytest.mark.parametrize(
    "title, topic, lang",
    [
        ("Ce que coûte le projet", "price", "fr"),
        ("Ce que le projet doit apporter", "objective", "fr"),
        ("Comment la réussite sera mesurée", "success_criteria", "fr"),
        ("Exclusive Evaluation", "exclusivity", "en"),
        ("حدود المشروع", "scope", "fr"),
        ("القانون المطبق وتسوية الخلافات", "governing_law", "fr"),
        # « Conduite du projet » is close to « coûte … projet » in letters, not in meaning
        ("Conduite du projet", None, "fr"),
        # set P14
        ("Where and for Whom the Service Applies", "scope", "en"),
        ("Engagements de loyauté", None, "fr"),
        ("Définitions et interprétation / التعريفات والتفسير", None, "fr"),
        # set Q14
        ("Quels clients et quels usages sont concernés ?", "scope", "fr"),
        ("Comment saura-t-on que le service fonctionne ?", "success_criteria", "fr"),
        ("Plant-side Commitments", "internal_effort", "en"),
    ],
)
def test_headings_of_set_o13(title, topic, lang):
    a = assess_clause(title, "Voir ci-dessous." if lang == "fr" else "See below.", lang)
    assert [s.topics[:1] for s in a.vendor_sections if s.id == "c1"] == [[topic] if topic else []]


def test_a_translation_column_does_not_define_the_terms_of_the_first():
    # set P14, a letter in two columns (French | Arabic): the Arabic cell says the French
    # one again, in two paragraphs (the second with no figure); it defines nothing
    cells = [
        ((0, 0, 0), "Indicateurs : un taux de résolution autonome d'au moins 70 %."),
        ((0, 0, 1), "المؤشرات: نسبة حل ذاتي لا تقل عن 70 %."),
        ((0, 0, 1), "تقدم هذه القيم على سبيل الاستدلال ولا تشكل التزاما على عاتق الوكالة."),
    ]
    blocks = []
    for coords, text in cells:
        b = block(text, 2 + len(blocks))
        b.table = coords
        blocks.append(b)
    a = assess_blocks("Indicateurs de réussite / مؤشرات النجاح", blocks, "fr")
    found = [(f.rule, f.evidence) for f in a.findings]
    assert ("define.terms-of-art", "résolution autonome") in found
    # a KPI table's definition column still defines it
    rows = [
        ("Indicateur", "Définition", "Cible"),
        (
            "Taux de résolution autonome",
            "Part des demandes traitées de bout en bout sans transfert à un agent",
            "70 %",
        ),
    ]
    found = table_findings("Indicateurs de réussite", rows)
    assert [e for r, e in found if r == "define.terms-of-art"] == []


def test_a_trade_word_alone_yields_to_what_the_letter_has_each_party_do(tmp_path):
    # set Q14: « NAQDI » (no role word) and « le Cabinet » (an accounting firm, a trade word
    # the vendor macro holds): the letter has the Cabinet want a service and NAQDI bring
    # its platform, so the Cabinet is the client
    from helpers_reader import p, sections_of

    from loi_redline.assess import parties

    body = (
        p("Lettre d'intention")
        + p("NAQDI Technologies SARL, dont le siège est à Blida, ci-après « NAQDI » ;")
        + p("et")
        + p("Cabinet Hamidi & Associés, société d'expertise comptable, ci-après « le Cabinet ».")
        + p("Pourquoi cette lettre ?", style="Heading1")
        + p(
            "Le Cabinet souhaite proposer à ses clients un service de prévision. NAQDI propose "
            "d'apporter sa plateforme et réalise le paramétrage."
        )
    )
    sellers, buyers = parties(sections_of(tmp_path, body))
    assert sellers == ["NAQDI"] and buyers == ["Cabinet"]


def test_one_vague_word_is_one_finding_whatever_patterns_overlap_it():
    # « baisse notable »: two patterns of vague.qualifiers read « notable » and « baisse
    # notable »; one finding, on the wider words
    found = evidence_of(
        "vague.qualifiers", "Indicateurs", "Objectif : une baisse notable des appels."
    )
    assert len(found) == 1
