"""Families first met in session 13 (set J13, measured once at the end of session 12, then
developed on), tested in words of our own, with the near-misses that must keep their
reading."""

from __future__ import annotations

import pytest
from helpers_battery import assert_caught, assess_clause, evidence_of, table_findings

CAUGHT = [
    # a commission base defined as every payment « quel qu'en soit le motif »: the fee is
    # owed on what the tool had no part in
    ("deviation", "price", "high", "quels qu'en soient le motif", "Définitions",
     "« Recouvrement Imputable » : tout règlement reçu d'un débiteur relancé dans le mois, "
     "quels qu'en soient le motif ou le moyen.", "fr"),
    ("deviation", "price", "high", "regardless of the reason", "Definitions",
     "\"Attributed Collection\" means any payment received from a reminded customer within "
     "thirty days, regardless of the reason or the invoice it settles.", "en"),
    # acceptance of the vendor's general terms by conduct, prevailing over the letter
    ("deviation", "binding_effect", "high", "vaut acceptation des conditions générales",
     "Dispositions diverses",
     "Le premier envoi de fichiers au Prestataire vaut acceptation des conditions générales "
     "du Prestataire.", "fr"),
    ("deviation", "binding_effect", "high", "prévalent sur toute stipulation contraire",
     "Dispositions diverses",
     "Les conditions générales de service du Prestataire s'appliquent et prévalent sur toute "
     "stipulation contraire de la présente lettre.", "fr"),
    # Arabic, subject first: « المورد يحتفظ بالملكية الكاملة لسيناريوهات … »
    ("deviation", "ip", "high", "يحتفظ بالملكية الكاملة لسيناريوهات", "الملكية",
     "تبقى معطيات العميل ملكا له. غير أن المورد يحتفظ بالملكية الكاملة لسيناريوهات "
     "الحوار المعدة خلال المشروع.", "fr"),
    # Arabic: « إذا انقضى الأجل دون رد … يعتبر … مقبولا نهائيا »
    ("deviation", "poc", "high", "يعتبر التقرير مقبولا نهائيا", "المرحلة التجريبية",
     "للعميل أجل ثلاثة أيام لإبداء ملاحظاته، وإذا انقضى هذا الأجل دون رد مكتوب يعتبر "
     "التقرير مقبولا نهائيا.", "fr"),
    # a billed unit counted on "at least one substantive reply", a qualifier never defined
    ("ambiguity", "price", "low", "substantive reply", "Fees",
     "The Client pays USD 0.30 per Handled Chat, meaning a chat in which the bot gives at "
     "least one substantive reply.", "en"),
]  # fmt: skip


@pytest.mark.parametrize("kind, topic, min_severity, words, title, text, lang", CAUGHT)
def test_caught(kind, topic, min_severity, words, title, text, lang):
    assert_caught(kind, topic, min_severity, words, title, text, lang)


@pytest.mark.parametrize(
    "rule, title, text, lang",
    [
        # the mode of payment, whatever it is, is no fee base
        ("price.fee-on-all-results", "Conditions financières",
         "Tout paiement, quel que soit son mode, est effectué en dinars par virement.", "fr"),
        # an insurance premium « quel que soit le canal » is no success bonus
        ("price.fee-on-all-results", "Définitions",
         "« Relance » : tout message adressé à un assuré au sujet d'une prime impayée, quel "
         "que soit le canal.", "fr"),
        # tools that existed before the project stay the vendor's: fair
        ("ip.vendor-owns", "Ownership",
         "The Provider keeps ownership of its platform, base models and tools that existed "
         "before this project, and grants the Client a licence to use them.", "en"),
        # Arabic: « لا يعتبر … مقبولا » is no deemed acceptance
        ("acceptance.silent", "المرحلة التجريبية",
         "وإذا انقضى هذا الأجل دون رد مكتوب لا يعتبر التقرير مقبولا، ويبقى القرار للعميل.",
         "fr"),
        # Arabic: the vendor does not keep any ownership
        ("ip.vendor-owns", "الملكية",
         "المورد لا يحتفظ بأي ملكية على سيناريوهات الحوار المعدة خلال المشروع.", "fr"),
    ],
)  # fmt: skip
def test_no_finding_in_these_words(rule, title, text, lang):
    assert evidence_of(rule, title, text, lang) == []


def test_a_deposit_kept_in_a_price_row_is_no_lock_in_at_exit():
    # the row names the deposit, the cell that says « non remboursable » does not
    rows = [
        ("Élément", "Montant", "Échéance"),
        ("Acompte", "40 % du budget annuel, non remboursable", "à la signature"),
    ]
    found = [r for r, _e in table_findings("Conditions financières", rows)]
    assert "price.non-refundable" in found
    assert "termination.locked-in" not in found
    # a subscription row that cannot be ended is still a lock-in
    rows = [
        ("Élément", "Montant", "Échéance"),
        ("Abonnement", "90 000 DA par mois, non résiliable pendant 24 mois", "mensuelle"),
    ]
    assert "termination.locked-in" in [r for r, _e in table_findings("Prix", rows)]


@pytest.mark.parametrize(
    "title, topic",
    [
        ("Why we are working together", "objective"),
        ("Effect and Duration of This Letter", "binding_effect"),
    ],
)
def test_headings_of_set_j13(title, topic):
    a = assess_clause(title, "See below.", "en")
    assert [s.topics[:1] for s in a.vendor_sections if s.id == "c1"] == [[topic] if topic else []]


@pytest.mark.parametrize(
    "title, topic",
    [
        # « ملكية … »: ownership of what follows is ip first, whatever the words after it
        ("ملكية المعطيات والمخرجات", "ip"),
        ("Magasins, gammes et langues concernés", "scope"),
        ("Points de vente concernés", "scope"),
    ],
)
def test_headings_of_set_j13_fr(title, topic):
    a = assess_clause(title, "Voir ci-dessous.", "fr")
    assert [s.topics[:1] for s in a.vendor_sections if s.id == "c1"] == [[topic] if topic else []]


def test_a_renewal_takes_the_term_when_the_heading_names_effect_first():
    a = assess_clause(
        "Effect and Duration of This Letter",
        "This Letter is not binding. It runs for three months and shall renew automatically "
        "for successive periods of three months.",
        "en",
    )
    renewals = [f.topic for f in a.findings if f.rule == "added.tacit-renewal"]
    assert renewals == ["validity"]
