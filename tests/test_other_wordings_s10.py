"""Families first met in session 10 (sealed sets P10 to V10), tested in words of our own,
with the near-misses that must keep their reading."""

from __future__ import annotations

import pytest
from helpers_battery import (
    _ruleset_and_reference,
    assert_caught,
    assess_blocks,
    assess_clause,
    evidence_of,
    preamble,
    table_blocks,
    table_findings,
)
from helpers_playbook import block

from loi_redline.assess import assess_sections
from loi_redline.model import Section

CAUGHT = [
    # the trap sits in a definition: a term named after the vendor takes in what is learnt
    # from the client's data, and the ownership clause then hands it over unsaid
    ("deviation", "ip", "high", "y compris les pondérations issues", "Définitions",
     "« Moteur du Prestataire » : le logiciel de tri, ses modèles et leurs réglages, y "
     "compris les pondérations issues de l'entraînement réalisé sur les dossiers du Client.",
     "fr"),
    ("deviation", "ip", "high", "including any weights obtained by fine-tuning", "Definitions",
     "\"Provider Technology\" means the routing engine and its models, including any weights "
     "obtained by fine-tuning them on the Client's tickets.", "en"),
    ("deviation", "ip", "high", "derived from Client Content", "Definitions",
     "Agency Assets: the studio software, templates and prompt libraries, whether existing "
     "before or created during the engagement, including any derived from Client Content.",
     "en"),
    # the client's staff on call whenever the vendor asks
    ("deviation", "internal_effort", "medium", "en tant que de besoin", "Moyens du Client",
     "Le Client met à disposition, en tant que de besoin, ses techniciens et ses "
     "commerciaux pour les ateliers et les tests.", "fr"),
    ("deviation", "internal_effort", "medium", "as the Provider may reasonably require",
     "Client Resources",
     "The Client will release such planners and dispatchers as the Provider may reasonably "
     "require for workshops and testing.", "en"),
    # figures given, then disowned
    ("deviation", "success_criteria", "medium", "fournis à titre indicatif",
     "Indicateurs de succès",
     "Taux de réponse exacte visé : 80 %. Ces objectifs sont fournis à titre indicatif et "
     "n'engagent pas le Prestataire.", "fr"),
    ("deviation", "success_criteria", "medium", "are indicative only", "Success Criteria",
     "Target first-contact resolution: 70%. These targets are indicative only.", "en"),
    # what the PME's customers know it by stays in the vendor's name
    ("deviation", "termination", "high", "reste enregistré au nom du Prestataire", "Sortie",
     "Le compte WhatsApp Business utilisé par l'assistant reste enregistré au nom du "
     "Prestataire après la fin de la relation.", "fr"),
    ("deviation", "termination", "high", "remains registered to the Provider", "Exit",
     "The short code used by the voicebot remains registered to the Provider when the "
     "engagement ends.", "en"),
    # a unit price at the vendor's list rates of the day
    ("deviation", "price", "medium", "list prices in force", "Fees",
     "Additional GPU hours are charged at standard list prices in force when consumed.",
     "en"),
    ("deviation", "price", "medium", "tarifs catalogue en vigueur au moment de la consommation",
     "Prix",
     "Les appels au-delà du forfait sont facturés aux tarifs catalogue en vigueur au moment "
     "de la consommation.", "fr"),
    # Arabic: the trained model stays the vendor's « ملكية حصرية »; an exclusivity of nine
    # months with no one else to negotiate with; a « تحسنا ملحوظا » with no figure
    ("deviation", "ip", "high", "تظل ملكية حصرية للمورد", "الملكية الفكرية",
     "يحتفظ العميل بملكية بياناته، غير أن النموذج المدرب على هذه البيانات ومعاملاته تظل "
     "ملكية حصرية للمورد.", "fr"),
    ("deviation", "exclusivity", "high", "تسعة (9) أشهر", "الحصرية",
     "يلتزم العميل لمدة تسعة (9) أشهر بعدم التفاوض مع أي طرف آخر بشأن حلول مماثلة.", "fr"),
    ("deviation", "success_criteria", "high", "تحسنا ملحوظا", "مؤشرات النجاح",
     "يعد المشروع ناجحا إذا حقق النموذج تحسنا ملحوظا في سرعة معالجة الطلبات.", "fr"),
    # set Q10: a defined term said to form part of the vendor's platform
    ("deviation", "ip", "high", "resulting from training on Client Files", "Definitions",
     "Tuned Weights: the parameters of the extraction models resulting from training on "
     "Client Files. Tuned Weights form part of the Platform.", "en"),
    # Arabic: the report deemed accepted when no reservation comes in time (condition first)
    ("deviation", "poc", "high", "يعتبر التقرير مقبولا", "إثبات المفهوم",
     "يسلم المورد تقرير إثبات المفهوم، وفي حال عدم إرسال العميل ملاحظات مكتوبة خلال ثلاثة "
     "(3) أيام عمل، يعتبر التقرير مقبولا.", "fr"),
    # Arabic: the knowledge base « من أصول المورد »
    ("deviation", "ip", "high", "من أصول المورد", "الملكية الفكرية",
     "تعد من أصول المورد قاعدة المعارف والتعليمات (prompts) المعدة انطلاقا من بيانات "
     "العميل.", "fr"),
    # Arabic: the data returned in the platform's original format, open formats at a price
    ("deviation", "termination", "medium", "بالصيغة الأصلية لمنصة", "الإنهاء",
     "يعيد المورد البيانات بالصيغة الأصلية لمنصة المورد، ويخضع تحويلها إلى صيغ مفتوحة "
     "لعرض مالي مستقل.", "fr"),
    # the vendor answers for no wrong answer, whatever caused it
    ("deviation", "risk_allocation", "medium", "quelle qu'en soit la cause", "Responsabilité",
     "Le Prestataire ne saurait être tenu responsable des réponses erronées de l'Assistant, "
     "quelle qu'en soit la cause.", "fr"),
    ("deviation", "risk_allocation", "medium", "whatever their cause", "Liability",
     "The Provider shall not be liable for wrong stock figures given by the assistant, "
     "whatever their cause.", "en"),
    # a term defined by the vendor's judgement
    ("ambiguity", None, "medium", "Significant Gain", "Definitions",
     "\"Significant Gain\" means an improvement in first-reply time that the Provider, "
     "acting in good faith, considers material.", "en"),
    ("ambiguity", None, "medium", "Contact Exploitable", "Définitions",
     "« Contact Exploitable » : tout contact que le Prestataire juge susceptible d'achat.",
     "fr"),
    # set R10: savings valued at the higher of two tariffs; the vendor moving the baseline;
    # savings never made deemed achieved
    ("deviation", "price", "high", "whichever is greater", "Fees",
     "The success fee is 35% of the Verified Savings, valued at a reference price of EUR "
     "0.20 per kWh or the Client's actual price, whichever is greater.", "en"),
    ("deviation", "price", "high", "le plus élevé des deux", "Rémunération",
     "La part variable est de 30 % des économies constatées, valorisées au tarif de "
     "référence ou au tarif réel du Client, le plus élevé des deux étant retenu.", "fr"),
    ("deviation", "success_criteria", "medium", "may adjust the baseline", "KPIs",
     "The Provider may adjust the baseline whenever it considers that occupancy has "
     "changed.", "en"),
    ("deviation", "success_criteria", "medium", "peut réviser la valeur de référence",
     "Indicateurs",
     "Le Prestataire peut réviser la valeur de référence s'il estime que l'activité a "
     "changé.", "fr"),
    ("deviation", "risk_allocation", "high", "are deemed achieved", "Risks",
     "Where a sensor is offline for reasons outside the Provider's control, savings for "
     "the period are deemed achieved at the target rate.", "en"),
    # a pilot deemed conclusive failing a decision (condition first, French)
    ("deviation", "poc", "high", "le pilote est réputé concluant", "Pilote",
     "À défaut de décision écrite du Client dans les cinq (5) jours ouvrés suivant le "
     "rapport, le pilote est réputé concluant.", "fr"),
    # Arabic: deemed accepted once a delay has passed without reservations
    ("deviation", "poc", "medium", "يعتبر الإثبات مقبولا", "إثبات المفهوم",
     "وفي حال انقضاء خمسة (5) أيام عمل على تسليم التقرير دون ورود تحفظات مكتوبة من "
     "العميل، يعتبر الإثبات مقبولا.", "fr"),
    # a vendor tool trained on the client's annotated corpus
    ("deviation", "ip", "high", "obtenus par entraînement sur le corpus", "Définitions",
     "« Outils de l'Éditeur » : les logiciels et méthodes de l'Éditeur, y compris les "
     "paramètres obtenus par entraînement sur le corpus de courriers du Client.", "fr"),
    # set S10: a product name defined as the vendor's platform, including what is tuned
    # in the course of the project; « Platform means … trained … during this engagement »
    ("deviation", "ip", "high", "tuned in the course of this project", "Introduction",
     "In this letter, \"RouteIQ\" means the Provider's routing platform, including the "
     "models and weights tuned in the course of this project; \"working day\" means Sunday "
     "to Thursday.", "en"),
    ("deviation", "ip", "medium", "whether trained before or during this engagement",
     "Definitions",
     "In this letter, Platform means the Provider's software, including its models and "
     "their parameters, whether trained before or during this engagement.", "en"),
    # the client bears, in the passive
    ("deviation", "risk_allocation", "high", "sont supportées exclusivement par le Client",
     "Responsabilités",
     "Les conséquences d'une indisponibilité du fournisseur de modèle de langage sont "
     "supportées exclusivement par le Client.", "fr"),
    # the pilot deemed completed when the client does not object (condition first)
    ("deviation", "poc", "high", "deemed successfully completed", "Pilot",
     "Should the Client not send a reasoned rejection within five (5) working days of the "
     "report, the pilot shall be deemed successfully completed.", "en"),
    # Arabic: a deposit « لا تسترد »; an accuracy « مرضية »
    ("deviation", "price", "medium", "ولا تسترد", "الشروط المالية",
     "تدفع الشركة عند توقيع هذه الرسالة دفعة قدرها 20% من المبلغ الجزافي، ولا تسترد في أي "
     "حال من الأحوال.", "fr"),
    ("ambiguity", None, "low", "دقة مرضية", "مؤشرات النجاح",
     "يعد المشروع ناجحا إذا حقق النموذج نسبة دقة مرضية في فرز الملفات.", "fr"),
    # set T10: a pilot deemed conclusive if the client has notified nothing; « faute de
    # quoi … réputé accepté »; a deposit credited later but kept « quelle que soit
    # l'issue »; costs of an unmet assumption borne by the client
    ("deviation", "poc", "high", "réputé concluant", "Phase pilote",
     "Le POC est réputé concluant si le Client n'a pas notifié de réserves écrites dans "
     "les cinq (5) jours ouvrés.", "fr"),
    ("deviation", "poc", "high", "réputé accepté", "POC",
     "Le Client dispose de cinq (5) jours ouvrés pour formuler des réserves, faute de quoi "
     "le POC est réputé accepté.", "fr"),
    ("deviation", "price", "medium", "reste acquis au Prestataire quelle que soit", "Prix",
     "Un acompte de 25 % est versé à la signature ; il s'impute sur les dernières échéances "
     "et reste acquis au Prestataire quelle que soit l'issue du POC.", "fr"),
    ("deviation", "risk_allocation", "high", "shall be borne by the Client", "Dependencies",
     "Any delay arising from an assumption not being met shall be borne by the Client.",
     "en"),
    # set U10: a vendor platform taking in the corpus « configured for the Client »; the
    # client's staff as the vendor requests, in a numbered paragraph; Arabic « ملك حصري »
    ("deviation", "ip", "high", "configured for the Client during the Project", "Definitions",
     "\"Vendor Platform\": the Vendor's chatbot software, together with the prompt "
     "templates and answer corpus configured for the Client during the Project.", "en"),
    ("deviation", "internal_effort", "medium", "as the Vendor may reasonably request",
     "Client Contribution",
     "10.1 The Client shall make available such supervisors and IT staff as the Vendor may "
     "reasonably request.", "en"),
    ("deviation", "ip", "high", "فهي ملك حصري للمورد", "الملكية الفكرية",
     "أما النماذج المدربة على معطيات العميل والتعليمات، فهي ملك حصري للمورد.", "fr"),
    # set V10: « à défaut pour le Client d'avoir notifié … réputé concluant »; a deposit
    # « non remboursable et imputé sur les dernières factures »; Arabic: a reader « يقع مركز
    # معالجته في الاتحاد الأوروبي », parameters the vendor « يجوز له إعادة استعمالها »
    ("deviation", "poc", "high", "réputé concluant", "POC",
     "Toutefois, à défaut pour le Client d'avoir notifié par écrit sa décision d'arrêt dans "
     "les dix (10) jours, le POC est réputé concluant.", "fr"),
    ("deviation", "price", "medium", "non remboursable", "Prix",
     "Un acompte de 25 % est exigible à la signature ; non remboursable et imputé sur les "
     "dernières factures.", "fr"),
    ("deviation", "data_protection", "high", "يقع مركز معالجته في الاتحاد الأوروبي",
     "حماية المعطيات",
     "يجوز للمورد أن يسند قراءة الوثائق إلى مزود يقع مركز معالجته في الاتحاد الأوروبي.",
     "fr"),
    ("deviation", "ip", "high", "ويجوز له إعادة استعمالها في مشاريع أخرى", "الملكية الفكرية",
     "تلحق معاملات الترجيح المستخلصة من بيانات العميل بأدوات المورد، ويجوز له إعادة "
     "استعمالها في مشاريع أخرى.", "fr"),
]  # fmt: skip


@pytest.mark.parametrize("kind, topic, min_severity, words, title, text, lang", CAUGHT)
def test_caught(kind, topic, min_severity, words, title, text, lang):
    assert_caught(kind, topic, min_severity, words, title, text, lang)


@pytest.mark.parametrize(
    "rule, title, text, lang",
    [
        # a vendor term defined to leave out what is learnt from the client's data
        ("ip.vendor-term-swallows-client-models", "Définitions",
         "« Moteur du Prestataire » : le logiciel de tri et ses modèles préexistants, à "
         "l'exclusion des pondérations issues de l'entraînement sur les dossiers du Client.",
         "fr"),
        # a term named after the client, or a vendor term with only pre-existing models
        ("ip.vendor-term-swallows-client-models", "Definitions",
         "\"Client Model\" means the routing model trained on the Client's tickets.", "en"),
        ("ip.vendor-term-swallows-client-models", "Definitions",
         "\"Provider Technology\" means the routing engine and the pre-trained models the "
         "Provider owned before this Letter.", "en"),
        # the client's staff on call, but within a number of days
        ("internal-effort.open-ended", "Moyens du Client",
         "Le Client met à disposition, en tant que de besoin, ses techniciens, dans la limite "
         "de douze (12) jours-homme sur le projet.", "fr"),
        # figures the acceptance depends on
        ("success.indicative-targets", "Success Criteria",
         "Target first-contact resolution: 70%. The pilot is accepted only if this target "
         "is met.", "en"),
        # the number moves to the client at the end
        ("termination.assets-in-vendor-name", "Sortie",
         "Le numéro court reste enregistré au nom du Prestataire pendant le projet puis est "
         "transféré au Client à la fin de la relation.", "fr"),
        # a price list frozen at the date of the letter
        ("price.vendor-price-list", "Fees",
         "Additional GPU hours are charged at the list prices in force at the date of this "
         "Letter, annexed hereto.", "en"),
        # no lapse of time amounts to acceptance: the very opposite of a deemed acceptance
        ("acceptance.silent", "Pilot",
         "The pilot is accepted only by a statement signed by the Client; no lapse of time, "
         "use of the dashboard or payment amounts to acceptance.", "en"),
        ("acceptance.silent", "POC",
         "Ni l'écoulement du délai, ni l'utilisation de l'outil ne vaut acceptation du POC.",
         "fr"),
        # the clauses that bind, named as the ones the parties are bound by
        ("binding.binding-clauses", "Legal Nature of this Letter",
         "The Parties are bound by Clauses 11 to 16 only; all other clauses record their "
         "present intentions.", "en"),
        # a letter « en vigueur » to a date: its term is quantified (Arabic)
        ("validity.term", "مدة السريان",
         "تسري هذه الرسالة من تاريخ توقيعها إلى غاية 30 جوان 2026.", "fr"),
        # set Q10: a baseline « وضع مرجعي »; POC criteria « ناجحة إذا بلغت المؤشرات »;
        # survival « يبقى ساريا … بعد انتهاء », and « survit » in French
        ("success.baseline", "مؤشرات النجاح",
         "تقاس النتائج انطلاقا من وضع مرجعي محسوب على الأشهر الثلاثة الأولى من السنة: "
         "نسبة الرد الآلي من 0% إلى 35% على الأقل.", "fr"),
        ("poc.acceptance-criteria", "إثبات المفهوم",
         "يدوم إثبات المفهوم ستة (6) أسابيع، وتعد المرحلة ناجحة إذا بلغت المؤشرات الواردة "
         "في المادة 5 أهدافها.", "fr"),
        ("confidentiality.survival", "السرية",
         "يلتزم كل طرف بسرية المعلومات، ويبقى هذا الالتزام ساريا مدة ثلاث (3) سنوات بعد "
         "انتهاء هذه الرسالة.", "fr"),
        ("confidentiality.survival", "Confidentialité",
         "Chaque Partie garde confidentielles les informations reçues ; cette obligation "
         "survit trois ans à la caducité de la lettre.", "fr"),
        # the vendor answers for its own fault
        ("risk.paid-regardless", "Responsabilité",
         "Le Prestataire ne saurait être tenu responsable des écarts de stock, quelle qu'en "
         "soit la cause, sauf faute de sa part.", "fr"),
        # a summary label, and a provider « retenu » (chosen) by the vendor: no definition
        # left to its judgement
        ("define.vendor-judged", "Indicateurs",
         "Résumé : le projet vise une qualité rédactionnelle jugée satisfaisante par le "
         "Prestataire.", "fr"),
        ("define.vendor-judged", "Définitions",
         "« Infrastructure Sécurisée » : les serveurs de l'hébergeur retenu par le "
         "Prestataire en Algérie.", "fr"),
        # set R10: the savings are valued at the tariff the client pays; the baseline moves
        # only by agreement; a vendor tool trained on public data
        ("price.whichever-higher", "Fees",
         "The success fee is 35% of the Verified Savings, valued at the Client's actual "
         "tariff.", "en"),
        ("success.vendor-moves-baseline", "KPIs",
         "The Provider may adjust the baseline with the Client's prior written consent.",
         "en"),
        ("ip.vendor-term-swallows-client-models", "Définitions",
         "« Outils de l'Éditeur » : les logiciels de l'Éditeur, y compris les paramètres "
         "obtenus par entraînement sur des données publiques.", "fr"),
        # « ten weeks (5 person-days) »: two measures, no disagreement
        ("mismatch.numbers", "Client Team",
         "The depot manager checks routes half a day per week for ten weeks (5 "
         "person-days).", "en"),
        # exclusivity with the vendor's counterpart and its fall (English, Arabic)
        ("exclusivity.conditional", "Exclusivity",
         "For 45 days you will not negotiate with another provider. In exchange we commit "
         "the named team and deliver D1 on the agreed date.", "en"),
        ("exclusivity.conditional", "التفاوض الحصري",
         "يمتنع العميل لمدة خمسة وأربعين (45) يوما عن التفاوض مع أي مورد آخر، وتقابل هذه "
         "الحصرية التزامات المورد بتسليم تقرير التدقيق في تاريخه.", "fr"),
        # the right to end the talks; a letter that stands until a date
        ("termination.right", "Exit",
         "Either Party may end the talks at any time by written notice.", "en"),
        ("validity.term", "Until when?",
         "This letter stands until 31 March 2026.", "en"),
        # set S10: nothing is payable on signature; the undertaking that outlives the letter
        # is the exclusivity's, not a firm commitment to sign; the yardsticks of a clause
        # named by its number are the POC's criteria; a term hyphenated in a numbered
        # ownership paragraph is no definition
        ("price.paid-in-advance", "Fees",
         "Nothing is payable on signature of this letter; the pilot fee is paid on "
         "acceptance.", "en"),
        ("binding.firm-commitment", "Exclusivity",
         "The Client will not negotiate with another provider for sixty (60) days. This "
         "undertaking is irrevocable and continues to apply if this letter lapses.", "en"),
        ("poc.acceptance-criteria", "The pilot",
         "The pilot runs for eight weeks. Its purpose is to show that the forecasts reach "
         "the yardsticks in section 6.", "en"),
        ("ip.vendor-term-swallows-client-models", "Ownership",
         "14.2 The Platform, the Vendor's pre-existing software and the models adapted to "
         "the Client's data remain the Vendor's property.", "en"),
        # the exclusivity ends on the client's notice if the vendor is late (a long aside)
        ("exclusivity.exit", "Exclusivité",
         "Pendant 60 jours, le Client ne négocie avec aucun autre prestataire. "
         "L'exclusivité prend fin de plein droit, sur simple notification écrite du Client "
         "adressée au Prestataire, "
         "si le rapport n'est pas remis à la date prévue.", "fr"),
        # the letter « cesse de plein droit le » a date
        ("validity.term", "Portée et durée",
         "La lettre prend effet à sa signature et cesse de plein droit le 31 janvier 2026.",
         "fr"),
        # set T10: "never amounts to acceptance"; a pilot conclusive if an error « ne
        # dépasse pas » a threshold (a criterion, not a silence); Arabic exclusivity
        # counterpart « يقابل هذا الالتزام » and its end « ينقضي الاستئثار … إذا »; an
        # Arabic letter « لا ينشئ هذا الخطاب … التزاما »
        ("acceptance.silent", "Pilot",
         "The POC is accepted only if every threshold is met; silence or continued use "
         "never amounts to acceptance.", "en"),
        ("acceptance.silent", "POC",
         "Le POC sera réputé concluant si l'erreur de prévision mesurée ne dépasse pas 15 %.",
         "fr"),
        ("exclusivity.conditional", "الاستئثار بالتفاوض",
         "يلتزم الزبون لمدة خمسة وأربعين (45) يوما بعدم التفاوض مع أي مزود آخر. ويقابل هذا "
         "الالتزام تعهد المكتب بتسليم تقرير التدقيق في أجله.", "fr"),
        ("exclusivity.exit", "الاستئثار بالتفاوض",
         "يلتزم الزبون لمدة خمسة وأربعين (45) يوما بعدم التفاوض مع أي مزود آخر. وينقضي "
         "الاستئثار بقوة القانون إذا لم يسلم المكتب تقرير التدقيق في أجله.", "fr"),
        ("binding.non-binding", "الطابع الإلزامي لهذا الخطاب",
         "لا ينشئ هذا الخطاب على أي من الطرفين التزاما بإبرام العقد النهائي.", "fr"),
        # set U10: a POC that checks "the targets in clause 8" has criteria; a numbered
        # paragraph "4.1 The Agency shall deliver:" is no definition; staff counted in
        # persons quantify the effort
        ("poc.acceptance-criteria", "Trial",
         "The POC runs for eight weeks. Its only purpose is to check the targets in clause "
         "8.", "en"),
        ("ip.vendor-term-swallows-client-models", "Deliverables",
         "4.1 The Agency shall deliver: a prompt library configured for the Client during "
         "the project.", "en"),
        ("internal-effort.open-ended", "Moyens du Client",
         "Le Client met à disposition les ressources nécessaires, soit deux (2) techniciens.",
         "fr"),
        # set V10: « sans créer d'obligation de le conclure » says the letter binds to no
        # contract
        ("binding.non-binding", "Portée de la présente lettre",
         "Engagent les Parties dès la signature les articles XI et XIII. Les autres "
         "stipulations serviront de base au contrat définitif, sans créer d'obligation de le "
         "conclure.", "fr"),
        # « des devis conformes au tarif »: what they conform to is said
        ("define.terms-of-art", "Preuve de concept",
         "Le POC vérifie que l'Assistant établit des devis conformes au tarif.", "fr"),
        # the improvements trained on the client's data are the client's
        ("ip.vendor-term-swallows-client-models", "Definitions",
         "Tuned Weights: the parameters resulting from training on Client Files. Tuned "
         "Weights belong to the Client.", "en"),
    ],
)  # fmt: skip
def test_no_finding_in_these_words(rule, title, text, lang):
    assert evidence_of(rule, title, text, lang) == []


def test_a_deposit_row_says_when_in_another_cell():
    # « Signature de la lettre | 45 % du forfait »: the figure and when it falls due are in
    # two cells of one row
    rows = [
        ("Échéance", "Montant", "Observations"),
        ("Signature de la présente lettre", "45 % du forfait", "Non remboursable"),
        ("Recette du pilote", "55 % du forfait", ""),
    ]
    assert ("price.deposit", "45 %") in table_findings("Conditions financières", rows)
    # Arabic: « دفعة مقدمة | 50% | عند توقيع هذه الرسالة »
    rows = [
        ("البند", "المبلغ", "الاستحقاق"),
        ("دفعة مقدمة", "50% من مجموع العناصر الثابتة", "عند توقيع هذه الرسالة"),
    ]
    assert ("price.deposit", "50%") in table_findings("الشروط المالية", rows)


def test_a_row_that_falls_due_on_acceptance_is_no_deposit():
    rows = [
        ("Échéance", "Montant", "Exigibilité"),
        ("Acompte", "50 % du forfait", "à la recette du pilote"),
    ]
    assert [
        r for r, _e in table_findings("Conditions financières", rows) if r == "price.deposit"
    ] == []


def test_another_paragraph_of_the_same_cell_is_not_the_row():
    # a body set in a layout table: each clause a cell of paragraphs; "on signature of the
    # Definitive Agreement" two paragraphs down does not make a POC balance a deposit
    cell = [
        "POC fee: USD 6,000, 30% at kick-off and 70% once the pilot report is approved.",
        "The Set-up Fee is invoiced on signature of the Definitive Agreement.",
    ]
    blocks = table_blocks([(cell[0],)])
    more = table_blocks([(cell[1],)])
    more[0].table = blocks[0].table  # same table, same row, same cell
    more[0].id = "b9"
    found = [(f.rule, f.evidence) for f in assess_blocks("Fees", blocks + more, "en").findings]
    assert ("price.deposit", "70%") not in found


@pytest.mark.parametrize(
    "title, topic",
    [
        ("الطبيعة الملزمة للرسالة", "binding_effect"),
        ("الصفة الإلزامية", "binding_effect"),
        ("الغاية من المشروع", "objective"),
        ("التعامل الحصري", "exclusivity"),
        ("الإنهاء واسترجاع البيانات", "termination"),
        ("Exclusive Engagement", "exclusivity"),
        ("Content Inputs and Source Material", "data"),
    ],
)
def test_these_headings_name_their_topic_first(title, topic):
    a = assess_clause(title, "Voir ci-dessous.", "en" if title.isascii() else "fr")
    assert [s.topics[:1] for s in a.vendor_sections if s.id == "c1"] == [[topic]]


def test_a_defined_term_brings_its_definition_along():
    # « L'Éditeur demeure titulaire … de la Plateforme, en ce compris les Résultats »: the
    # sentence names no model, its defined term « Résultats » does
    rs, ref = _ruleset_and_reference("fr")
    defs = Section(
        id="c1", number="1", title="Définitions", level=1, kind="clause",
        heading=block("Définitions", 1),
        blocks=[block("« Résultats » : les modèles d'intentions et les paramétrages réalisés à "
                      "partir des Données Client.", 2)],
    )  # fmt: skip
    ip = Section(
        id="c2", number="2", title="Propriété intellectuelle", level=1, kind="clause",
        heading=block("Propriété intellectuelle", 3),
        blocks=[block("L'Éditeur demeure seul titulaire des droits sur la Plateforme, en ce "
                      "compris les Résultats.", 4)],
    )  # fmt: skip
    a = assess_sections([preamble("fr"), defs, ip], ref, rs, "fr")
    assert [(f.severity, f.section) for f in a.findings if f.rule == "ip.vendor-owns"] == [
        ("critical", "c2")
    ]
    # the same term defined as the vendor's own tools, made from nothing of the client's
    defs.blocks = [block("« Résultats » : les outils de la Plateforme conçus avant le projet.", 2)]
    a = assess_sections([preamble("fr"), defs, ip], ref, rs, "fr")
    assert [f for f in a.findings if f.rule == "ip.vendor-owns"] == []


def test_a_price_table_cell_without_currency_still_bills_a_unit():
    # « 1 500 par Référence Active »: the currency is in the column heading
    rows = [
        ("Élément", "Montant (DA HT)", "Échéance"),
        ("Abonnement", "1 500 par Référence Active et par mois", "Mensuel"),
        ("Ateliers", "3 par semaine", "Pendant le POC"),
    ]
    found = table_findings("Conditions financières", rows)
    assert ("define.billing-units", "Référence Active") in found
    assert [e for r, e in found if r == "define.billing-units"] == ["Référence Active"]


@pytest.mark.parametrize(
    "title, topic",
    [
        ("Why we are doing this", "objective"),
        ("What Kestrel Will Deliver", "deliverables"),
        ("Indicative Plan", "timeline"),
        ("Ce que la Boulangerie devra mobiliser", "internal_effort"),
        ("إنهاء الرسالة واسترجاع البيانات", "termination"),
        # set R10
        ("What problem are we solving?", "objective"),
        ("Who owns what?", "ip"),
        ("Which commitments bind us, and until when?", "binding_effect"),
        ("Ce que nous cherchons à obtenir ensemble", "objective"),
        ("Catalogue, langues et canaux concernés", "scope"),
        ("Loyauté entre les parties", None),
        ("مرحلة الإثبات العملي", "poc"),
        ("مساهمة فرق العميل", "internal_effort"),
        ("ملكية البيانات والأعمال المنجزة", "ip"),
        ("إنهاء المسار واسترجاع البيانات", "termination"),
        # set S10
        ("Officines, products and languages", "scope"),
        ("Yardsticks for the pilot", "success_criteria"),
        ("Walking away and handing back", "termination"),
        ("Our people", None),
        # set T10
        ("النموذج الأولي", "poc"),
        ("الاستئثار بالتفاوض", "exclusivity"),
        ("A Short Exclusive Window", "exclusivity"),
        ("Ownership of Content and Work Product", "ip"),
        ("Practice Areas, Users and Languages", "scope"),
        ("Client Dependencies", "risk_allocation"),
        ("Housekeeping", None),
        ("Schedule: Defined Terms", None),
        ("Work Products", "deliverables"),
        # set U10
        ("Words We Use", None),
        ("Who, Where and in Which Language", "scope"),
        ("Force and Lifespan of This Letter", "binding_effect"),
        ("Client Contribution", "internal_effort"),
        ("Legal Nature and Lifetime of this Letter", "binding_effect"),
    ],
)
def test_headings_of_sets_q10_and_r10(title, topic):
    a = assess_clause(title, "Voir ci-dessous.", "en" if title.isascii() else "fr")
    assert [s.topics[:1] for s in a.vendor_sections if s.id == "c1"] == [[topic] if topic else []]


@pytest.mark.parametrize(
    "title, body",
    [
        # a definitions article whose entries speak of models and data, and general
        # provisions that speak of a notice of termination: neither takes those topics
        ("Words used in this letter",
         "Platform: the Vendor's software and its models, owned by the Vendor.\n\nModel "
         "Improvements: the weights trained on Client Data, which the Vendor owns."),
        ("Practical matters",
         "Notices are sent by e-mail; a notice of termination is confirmed by registered "
         "letter. Neither Party may assign this letter."),
    ],
)  # fmt: skip
def test_these_headings_take_no_topic_from_their_body(title, body):
    a = assess_clause(title, body, "en")
    assert [s.topics for s in a.vendor_sections if s.id == "c1"] == [[]]


def _with_parties(parties: list[str], title: str, text: str):
    """The assessment of a French letter whose preamble is `parties` (one block each) and
    whose one clause is `title` over `text` (the clause's section id is "c1")."""
    rs, ref = _ruleset_and_reference("fr")
    pre = Section(
        id="p0", number=None, title="", level=0, kind="preamble", heading=None,
        blocks=[block(line, i) for i, line in enumerate(parties)],
    )  # fmt: skip
    clause = Section(
        id="c1", number="1", title=title, level=1, kind="clause",
        heading=block(title, len(parties)), blocks=[block(text, len(parties) + 1)],
    )  # fmt: skip
    return assess_sections([pre, clause], ref, rs, "fr")


def test_a_bank_named_in_the_preamble_is_the_client_beside_the_prestataire():
    # « Banque Tassili de Développement SPA … ci-après « la Banque » »: « Développement »
    # says nothing of selling once the other party is « le Prestataire »
    a = _with_parties(
        [
            "Banque Tassili de Développement SPA, banque agréée, dont le siège est à Alger, "
            "ci-après « la Banque » ;",
            "Et : VoxAtlas Algérie SARL, intégrateur, ci-après « le Prestataire ».",
        ],
        "Propriété intellectuelle",
        "Les données et les modèles entraînés restent la propriété de la Banque.",
    )
    assert [f.rule for f in a.findings if f.rule == "ip.vendor-owns"] == []


def test_a_client_network_of_agencies_is_not_the_vendor():
    # « société animant un réseau de trente-huit agences »: « l'agence » is the client's
    a = _with_parties(
        [
            "NEDJMA LABS SARL, intégrateur, ci-après « le Prestataire » ;",
            "DAR EL AMANE SARL, société animant un réseau de trente-huit agences "
            "d'assurance, ci-après « le Réseau ».",
        ],
        "Objet",
        "L'assistant prépare et oriente ; la décision de souscription reste validée par l'agence.",
    )
    assert [f.rule for f in a.findings if f.rule == "decides.vendor-alone"] == []


def test_a_vendor_called_by_the_first_word_of_its_name():
    # « FlottenSinn Telematik GmbH … », then « FlottenSinn » alone in the clauses; a
    # common word opening a name (« Data … ») is never taken for the vendor
    from loi_redline.assess import _short_names

    text = "FlottenSinn conserve la plateforme. Les modèles appartiennent à FlottenSinn."
    assert _short_names(["FlottenSinn Telematik GmbH"], text) == ["FlottenSinn"]
    text = "Data Gharb livre. Data Gharb forme. Les data du Client restent au Client."
    assert _short_names(["Data Gharb Smart Systems"], text) == []
    a = _with_parties(
        [
            "FlottenSinn Telematik GmbH, société de droit allemand, ci-après « le Prestataire » ;",
            "et Wahran Lignes SPA, ci-après « le Client ».",
        ],
        "Propriété intellectuelle",
        "FlottenSinn conserve sa plateforme. Les modèles entraînés sur les données du Client "
        "appartiennent à FlottenSinn.",
    )
    assert "ip.vendor-owns" in [f.rule for f in a.findings]


@pytest.mark.parametrize(
    "title",
    ["Mobilisation des équipes", "Frais de mobilisation", "Mobilisation fee"],
)
def test_a_mobilisation_heading_is_not_the_clients_workload(title):
    # the vendor's team reserved, charged to the client if it walks away: no internal effort
    a = assess_clause(title, "Voir ci-dessous.", "en" if title.isascii() else "fr")
    assert [s.topics for s in a.vendor_sections if s.id == "c1"] == [[]]


def test_a_question_heading_keeps_its_one_topic():
    a = assess_clause("Pourquoi vous demandons-nous une exclusivité ?", "Voir ci-dessous.")
    assert [s.topics for s in a.vendor_sections if s.id == "c1"] == [["exclusivity"]]


def test_a_plant_data_heading_is_no_scope():
    a = assess_clause("Plant Data and Assumptions", "See below.", "en")
    assert [s.topics for s in a.vendor_sections if s.id == "c1"] == [["data"]]
