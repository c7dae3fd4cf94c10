"""Families first met in session 9 (sealed sets H9 and I9), tested in words of our own,
with the near-misses that must keep their reading."""

from __future__ import annotations

import pytest
from helpers_battery import assert_caught, assess_blocks, evidence_of, table_blocks

CAUGHT = [
    # set H9: a rate moved each year to the vendor's own rate card, whatever its adjective
    ("deviation", "price", "medium", "global rate card then in force", "Fees",
     "The monthly fee is adjusted each January in line with the Provider's global rate card "
     "then in force.", "en"),
    # a "material" improvement is no figure
    ("deviation", "success_criteria", "medium", "a material improvement", "Success Criteria",
     "The pilot is successful if the assistant shows a material improvement in first-reply "
     "times over the current process.", "en"),
    # an exit "charge" equal to the fees still due to the end of the term
    ("added", None, "medium", "an early exit charge equal to the subscription fees",
     "Termination",
     "If the Client ends the subscription for convenience before the end of the initial "
     "term, it shall pay an early exit charge equal to the subscription fees remaining due "
     "until the end of that term.", "en"),
    ("added", None, "medium", "égale aux redevances d'abonnement restant dues", "Résiliation",
     "En cas de résiliation par le Client avant le terme de la période initiale, une "
     "indemnité égale aux redevances d'abonnement restant dues jusqu'à ce terme sera "
     "exigible.", "fr"),
    # the library of prompts (« consignes ») kept by the vendor
    ("deviation", "ip", "medium", "demeure la propriété du Prestataire",
     "Propriété intellectuelle",
     "La bibliothèque de consignes rédigée pendant le projet demeure la propriété du "
     "Prestataire, qui en concède au Client un droit d'usage.", "fr"),
    # set I9, Arabic: 70 % of the fixed part on signature; the subscription renewed
    # « تلقائيا » with its subject between; data hosted in a region abroad; the return in
    # the platform's own export format
    ("deviation", "price", "high", "سبعين بالمائة (70%)", "الشروط المالية",
     "تسدد نسبة سبعين بالمائة (70%) من الجزء الثابت عند توقيع العقد النهائي، ويسدد الباقي "
     "عند الاستلام المؤقت للحل.", "fr"),
    ("added", None, "medium", "يجدد الاشتراك تلقائيا", "الشروط المالية",
     "يسري الاشتراك لمدة اثني عشر (12) شهرا ثم يجدد الاشتراك تلقائيا لفترات متتالية.", "fr"),
    ("deviation", "data_protection", "high", "تستضاف البيانات", "حماية المعطيات",
     "تستضاف البيانات والنسخ الاحتياطية على البنية السحابية للمورد في منطقة شمال أوروبا.",
     "fr"),
    ("deviation", "termination", "medium", "بصيغة التصدير الخاصة بالمنصة", "الإنهاء",
     "عند الإنهاء يسلم المورد للعميل بياناته بصيغة التصدير الخاصة بالمنصة.", "fr"),
    # a data-science environment abroad the data are worked on; an unnamed partner's
    # service the images are sent to
    ("deviation", "data_protection", "high", "environnement d'analyse du Prestataire situé à",
     "Données personnelles",
     "Les opérations de recalibrage peuvent être réalisées sur l'environnement d'analyse "
     "du Prestataire situé à Marseille, à partir d'extractions pseudonymisées.", "fr"),
    ("deviation", "data_protection", "medium", "opéré par un partenaire", "Données personnelles",
     "Les pièces illisibles pourront être soumises à un service de lecture opéré par un "
     "partenaire du Prestataire.", "fr"),
    ("deviation", "data_protection", "medium", "operated by a partner", "Personal Data",
     "Where the engine cannot transcribe a recording, it may be sent to a transcription "
     "service operated by a partner of the Provider.", "en"),
    # a scope left open by « tout autre document usuel »
    ("ambiguity", "scope", "low", "tout autre document usuel", "Périmètre",
     "Le projet porte sur les bons de livraison, les factures et tout autre document usuel "
     "de l'entreprise.", "fr"),
    # set J9: a fee for walking away; frameworks « usuels »; a format « متعارف عليها »
    ("added", None, "medium", "a disengagement fee equal to", "Early Termination",
     "Should the Client withdraw from the project for any reason other than a breach by "
     "the Provider, a disengagement fee equal to 15% of the fixed fees not yet invoiced "
     "shall be due.", "en"),
    ("ambiguity", "scope", "low", "référentiels comptables usuels", "Périmètre",
     "Sont inclus les tableaux de bord financiers établis selon les référentiels "
     "comptables usuels.", "fr"),
    ("ambiguity", "termination", "low", "بصيغة متعارف عليها", "الإنهاء وقابلية الاسترجاع",
     "عند الإنهاء يسلم المورد للمؤسسة المعطيات وسجلات المحادثات بصيغة متعارف عليها.", "fr"),
    # set K9: the platform's own format; a class a KPI counts after a bracketed figure
    ("deviation", "termination", "medium", "format propre à la Plateforme", "Réversibilité",
     "En cas de sortie, l'Éditeur restitue un export des échanges dans le format propre à "
     "la Plateforme.", "fr"),
    ("ambiguity", "success_criteria", "low", "Validated Anomaly", "Success Criteria",
     "The pilot is conclusive if the top decile holds at least sixty per cent (60%) of "
     "Validated Anomaly cases.", "en"),
    # set L9: pseudonymised data declared non-personal; a sum for "reserved resources" if
    # the final contract is not signed; caps « s'entendant hors » third-party licences; a
    # unit « ملف نشط » (active file) in Arabic, never defined
    ("deviation", "data_protection", "medium", "treat as non-personal data once pseudonymised",
     "Personal Data",
     "The extracts contain badge numbers, which the Parties agree to treat as non-personal "
     "data once pseudonymised by the Client.", "en"),
    ("added", None, "medium", "compensation for reserved resources", "Client Undertakings",
     "Should the Definitive Agreement not be signed by 30 June, the Client shall pay the "
     "Provider a lump sum of DZD 900,000 as compensation for reserved resources.", "en"),
    ("ambiguity", "price", "low", "زبون مؤهل", "الشروط المالية",
     "عمولة قدرها 800 دج خارج الرسم عن كل زبون مؤهل في حدود 300.000 دج شهريا.", "fr"),
    ("ambiguity", "price", "low", "ملف نشط", "الشروط المالية",
     "شق متغير قدره 14 دج خارج الرسوم شهريا عن كل ملف نشط تتم معالجته عبر المساعد.", "fr"),
    # set M9, Arabic: the client company alone bears the consequences; a penalty for each
    # day the client is late
    ("deviation", "risk_allocation", "medium", "تتحمل الشركة العميلة وحدها تبعات",
     "توزيع المخاطر",
     "لا يتحمل المورد أي مسؤولية عن النتائج، إذ تتحمل الشركة العميلة وحدها تبعات عدم كفاية "
     "البيانات.", "fr"),
    ("added", None, "medium", "تطبق عليه غرامة", "التأخير المنسوب إلى العميل",
     "في حال تأخر العميل في تسليم البيانات، تطبق عليه غرامة قدرها 1% من المبلغ الثابت عن "
     "كل يوم تأخير.", "fr"),
    # set N9: a renewal « تمدد تلقائيا »; language resources the client's archives feed
    # « constituent des actifs du Prestataire »; a rate « actualisé … sur simple
    # notification du Prestataire »
    ("added", None, "medium", "تمدد تلقائيا", "مدة الصلاحية",
     "تسري هذه الرسالة ثلاثة (3) أشهر، ثم تمدد تلقائيا لفترات متتالية.", "fr"),
    ("deviation", "ip", "medium", "constituent des actifs du Prestataire",
     "Propriété intellectuelle",
     "Les mémoires de traduction, y compris lorsqu'elles sont issues des archives du Client, "
     "constituent des actifs du Prestataire.", "fr"),
    # the vendor's own named asset the deliverables rest on, never defined
    ("ambiguity", None, "low", "Standard Playbook", "Deliverables",
     "The Provider configures the pilot on the basis of the Provider's Standard Playbook "
     "adapted to the Client's practice. The Standard Playbook is updated by the Provider.",
     "en"),
]  # fmt: skip


@pytest.mark.parametrize("kind, topic, min_severity, words, title, text, lang", CAUGHT)
def test_caught(kind, topic, min_severity, words, title, text, lang):
    assert_caught(kind, topic, min_severity, words, title, text, lang)


@pytest.mark.parametrize(
    "rule, title, text, lang",
    [
        # the share due on the validation of the POC is no deposit (Arabic)
        ("price.deposit", "الشروط المالية",
         "يسدد الجزء الثابت كما يلي: 30 % عند توقيع العقد النهائي؛ 40 % عند المصادقة على "
         "إثبات المفهوم؛ 30 % عند الاستلام النهائي.", "fr"),
        # the data clause names its sources, volumes and defects (Arabic)
        ("data.sources", "البيانات", "يعتمد الحل على المصادر التالية: سجل طلبات الشراء في "
         "نظام Sage (نحو 14.000 طلب)، وبطاقة الموردين التي تتضمن تكرارات وحقولا ناقصة.", "fr"),
        ("data.volumes", "البيانات", "يعتمد الحل على المصادر التالية: سجل طلبات الشراء في "
         "نظام Sage (نحو 14.000 طلب)، وبطاقة الموردين التي تتضمن تكرارات وحقولا ناقصة.", "fr"),
        ("data.quality", "البيانات", "يعتمد الحل على المصادر التالية: سجل طلبات الشراء في "
         "نظام Sage (نحو 14.000 طلب)، وبطاقة الموردين التي تتضمن تكرارات وحقولا ناقصة.", "fr"),
        # a software publisher "in the cloud mode" seated abroad hosts nothing there
        ("data-protection.transfer-abroad", "الأطراف",
         "شركة نوارس، ناشر برمجيات بصيغة الخدمة السحابية، الكائن مقرها بتونس.", "fr"),
        # the data stay in Algeria (Arabic), or their transfer awaits the national authority
        ("data-protection.transfer-abroad", "حماية المعطيات",
         "لا تستضاف البيانات خارج الجزائر.", "fr"),
        # the price of the audit and of the POC named among the binding articles
        ("binding.wrong-clauses", "Portée",
         "Seuls les articles 1, 9 (pour le prix de L1 et de la POC) et 12 ont un caractère "
         "obligatoire.", "fr"),
        # a service the vendor's named partner runs, with the client's written approval
        ("data-protection.free-subprocessing", "Données personnelles",
         "Les pièces illisibles pourront être soumises à un service de lecture opéré par un "
         "partenaire du Prestataire, après accord écrit du Client.", "fr"),
        # set J9: the cost of the changes the client itself asks for is its own
        ("risk.client-bears-all", "Allocation of Risks",
         "The Provider bears any overrun of its own effort without extra charge; the Client "
         "bears the cost of changes it requests to its own systems.", "en"),
        ("risk.client-bears-all", "Répartition des risques",
         "Le Client supporte les frais des modifications qu'il demande sur ses propres "
         "systèmes.", "fr"),
        # the POC accepted if the indicators reach the thresholds of the KPI clause (Arabic)
        ("poc.acceptance-criteria", "إثبات المفهوم",
         "يدوم إثبات المفهوم ثمانية (8) أسابيع. ويعد إثبات المفهوم مقبولا إذا بلغت المؤشرات "
         "العتبات المحددة في المادة 7.", "fr"),
        # « par fournisseur », « par agence »: per supplier, per branch, not the vendor
        ("decides.vendor-alone", "Données",
         "Le Client fournit les délais de livraison constatés par fournisseur et les ventes "
         "réalisées par agence.", "fr"),
        ("acceptance.vendor-judges", "Données",
         "Le Client fournit les délais de livraison constatés par fournisseur.", "fr"),
        # a target deemed met ONLY IF another holds is a condition, not a silence
        ("acceptance.silent", "Indicateurs de succès",
         "La cible de couverture de stock n'est réputée atteinte que si le taux de rupture "
         "ne dépasse pas sa valeur de référence.", "fr"),
        # a sample the vendor draws to build its datasets, measured by no one
        ("acceptance.vendor-judges", "Data",
         "The Client provides a sample of 1,500 images selected by the Provider for the data "
         "audit.", "en"),
        # « عن كل محادثة تتجاوز … »: a verb after the unit, not a qualifier
        ("define.billing-units", "الشروط المالية",
         "يفوتر 9 دج خارج الرسوم عن كل محادثة تتجاوز الحد المشمول في الاشتراك.", "fr"),
        # the vendor alone bears the consequences of its own breach (Arabic)
        ("risk.client-bears-all", "توزيع المخاطر",
         "ويتحمل المورد وحده تبعات إخلاله بالتزاماته كمعالج من الباطن.", "fr"),
        # one capitalised word after the vendor's possessive is a name
        ("define.capitalised-terms", "Hosting",
         "Backups are kept in the Provider's Frankfurt data centre.", "en"),
    ],
)  # fmt: skip
def test_no_finding_in_these_words(rule, title, text, lang):
    assert evidence_of(rule, title, text, lang) == []


def _table(title: str, rows: list[tuple[str, ...]], lang: str = "fr"):
    return [f.rule for f in assess_blocks(title, table_blocks(rows), lang).findings]


def test_a_price_table_row_prices_the_fixed_part():
    # « Phase 2 - POC (L2) | 2 400 000 DA »: no single cell says it, the row does
    rows = [
        ("Élément", "Montant HT", "Échéance"),
        ("Phase 1 - Audit (L1)", "1 200 000 DA", "À la recette du L1"),
        ("Phase 2 - POC (L2)", "2 400 000 DA", "À la recette du L2"),
    ]
    assert "price.fixed-part" not in _table("Conditions financières", rows)
    # the same cells, each in a row of its own, price nothing
    alone = [(cell,) for row in rows[1:] for cell in row]
    assert "price.fixed-part" in _table("Conditions financières", alone)


def test_a_pilot_accepted_unless_the_client_objects_has_no_criteria():
    # « مقبولا إذا لم يبد … تحفظات »: accepted IF NO reservation is made, a deemed acceptance
    text = (
        "تنجز الشركة نموذجا تجريبيا لمدة ستة أسابيع. ويعتبر النموذج التجريبي مقبولا إذا لم "
        "يبد المكتب تحفظات كتابية خلال خمسة أيام عمل من تسليمه."
    )
    assert evidence_of("poc.acceptance-criteria", "النموذج التجريبي", text, "fr") != []


@pytest.mark.parametrize(
    "title", ["Image Storage and Remote Access", "Stockage des données et accès à distance"]
)
def test_storage_and_remote_access_headings_are_data_protection(title):
    from helpers_markup import section

    from loi_redline.align import align
    from loi_redline.read import read
    from loi_redline.ruleset import load_ruleset
    from loi_redline.structure import sections

    rs = load_ruleset("pme-ia-fr")
    vendor = [section("v1", title, "Texte.")]
    align(vendor, sections(read(rs.reference)), rs)
    assert vendor[0].topics[:1] == ["data_protection"]


@pytest.mark.parametrize(
    "rule, words, title, text, lang",
    [
        # (words None: a requirement the clause meets)
        # set K9: rates « librement ajustés » by the vendor, long after the word « tarifs »
        ("price.unilateral-revision", "pourront être librement ajustés par le Prestataire",
         "Conditions financières",
         "Les tarifs unitaires, indexés sur le coût des modèles de langage et des services "
         "d'hébergement que supporte l'éditeur, pourront être librement ajustés par le "
         "Prestataire au début de chaque trimestre.", "fr"),
        # a rate measured on a sample the vendor picks
        ("acceptance.vendor-judges", "sample selected by the Provider", "Success Criteria",
         "The hit rate is measured on a test sample selected by the Provider among past "
         "orders.", "en"),
        ("acceptance.vendor-judges", "échantillon choisi par le Prestataire",
         "Critères de succès",
         "Le taux de détection est calculé sur un échantillon choisi par le Prestataire.",
         "fr"),
        # set L9: caps « s'entendant hors » what they leave out
        ("price.outside-cap", "s'entendant hors licences", "Conditions financières",
         "La part variable est plafonnée à 950 000 DA HT par an, ces plafonds s'entendant "
         "hors licences de composants tiers.", "fr"),
        # set N9: rates « actualisés … sur simple notification du Prestataire »
        ("price.unilateral-revision", "sur simple notification du Prestataire",
         "Conditions financières",
         "Le tarif unitaire et son plafond pourront être actualisés chaque 1er janvier sur "
         "simple notification du Prestataire.", "fr"),
        # the binding articles named and said to bind (Arabic)
        ("binding.binding-clauses", None, "الطابع الإلزامي",
         "لا تلزم هذه الرسالة أيا من الطرفين بإبرام العقد النهائي. غير أن المواد 10 و11 و13 "
         "وهذه المادة تلزم الطرفين من تاريخ التوقيع.", "fr"),
        # set M9: the binding articles « excepted » in Arabic
        ("binding.binding-clauses", None, "القوة الملزمة",
         "لا تشكل هذه الرسالة عقدا نهائيا. وتستثنى من ذلك المواد 14 (السرية) و11 (الحصرية) "
         "و18 (القانون الواجب التطبيق)، التي تلزم الطرفين منذ التوقيع.", "fr"),
        # set L9: the binding articles named by the section sign
        ("binding.binding-clauses", None, "Binding Effect",
         "Only §§ 12, 13 and 19 create binding obligations; the other provisions record "
         "intentions.", "en"),
    ],
)  # fmt: skip
def test_the_rule_reads_these_words(rule, words, title, text, lang):
    found = evidence_of(rule, title, text, lang)
    if words is None:  # a requirement met: the rule keeps quiet
        assert found == []
    else:
        assert any(words in (e or "") for e in found)


def test_a_heading_and_its_translation_after_an_em_dash_are_two_parts():
    # « Définitions — تعريفات » is a definitions heading, as « Définitions / التعاريف »
    from loi_redline.align import _every_part_in, normalize

    names = {normalize("Définitions"), normalize("تعريفات")}
    assert _every_part_in("Définitions — تعريفات", names)
    assert not _every_part_in("Définitions — الأسعار", names)
