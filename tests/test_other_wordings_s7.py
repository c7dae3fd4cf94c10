"""Families first met in session 7 (sealed set Q), tested in words of our own, with the
near-misses that must keep their reading."""

from __future__ import annotations

import pytest
from helpers_battery import assert_caught, evidence_of


def _sections(tmp_path, body, **kw):
    from helpers_reader import make_docx

    from loi_redline.read import read
    from loi_redline.structure import sections

    return sections(read(make_docx(tmp_path / "s.docx", body, **kw)))


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
    clauses = [s for s in _sections(tmp_path, body) if s.kind == "clause"]
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

    secs = _sections(tmp_path, _roman_with_items(p, True), styles=HEADING_STYLES)
    got = [(s.number, s.level) for s in secs if s.kind == "clause"]
    assert got == [("V", 1), ("1", 2), ("2", 2), ("VI", 1), ("1", 2), ("2", 2)]


def test_one_list_running_on_under_the_headings_is_left_as_it_reads(tmp_path):
    from helpers_reader import HEADING_STYLES, p

    # 1, 2 then 3, 4: one list, not sub-clauses restarting under each heading
    secs = _sections(tmp_path, _roman_with_items(p, False), styles=HEADING_STYLES)
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
        # the vendor asks for the authorisation itself
        ("data-protection.transfer-abroad", "Hébergement",
         "Les données sont hébergées à Francfort après autorisation préalable de l'ANPDP, "
         "que nous sollicitons pour votre compte.", "fr"),
    ],
)  # fmt: skip
def test_no_finding_in_these_words(rule, title, text, lang):
    assert evidence_of(rule, title, text, lang) == []
