"""Heading detection and section kinds on small hand-built LOIs."""

from __future__ import annotations

import pytest
from helpers_reader import HEADING_STYLES, make_docx, p, tbl

from loi_redline.read import read
from loi_redline.structure import manual_number, sections

BODY = "Le Prestataire s'engage à réaliser la prestation décrite ci-dessous avec diligence."


def _outline(tmp_path, body, **parts):
    secs = sections(read(make_docx(tmp_path / "s.docx", body, **parts)))
    return secs


def _clauses(secs):
    return [(s.number, s.title, s.level) for s in secs if s.kind == "clause"]


@pytest.mark.parametrize(
    "text, family, number, rest",
    [
        ("Article 3 – Prix", "article", "3", "Prix"),
        ("ARTICLE 3 : PRIX", "article", "3", "PRIX"),
        ("Art. 3. Prix", "article", "3", "Prix"),
        ("Article premier – Objet", "article", "1", "Objet"),
        ("Article 1er : Objet", "article", "1", "Objet"),
        ("ARTICLE IV - DURÉE", "article", "IV", "DURÉE"),
        ("Article\u00a03\u00a0: Prix", "article", "3", "Prix"),
        ("3. Prix", "decimal", "3", "Prix"),
        ("3.1 Modalités de paiement", "decimal", "3.1", "Modalités de paiement"),
        ("3) Prix", "decimal", "3", "Prix"),
        ("III. Durée", "roman", "III", "Durée"),
        ("A) Objet", "letter", "A", "Objet"),
        ("A.1 Prix et échéancier", "decimal", "A.1", "Prix et échéancier"),
        ("B.2. – Exclusivité", "decimal", "B.2", "Exclusivité"),
        ("B – Prix", "letter", "B", "Prix"),
        ("Article 3 Prix", "article", "3", "Prix"),
        ("المادة 3 – السعر", "article", "3", "السعر"),
        # an annex's own series of articles
        ("Article CP-1 – Hébergement", "article", "CP-1", "Hébergement"),
        ("Article A-2 : Prix", "article", "A-2", "Prix"),
    ],
)
def test_manual_number(text, family, number, rest):
    fam, num, got_rest, _ = manual_number(text)
    assert (fam, num, got_rest) == (family, number, rest)


@pytest.mark.parametrize(
    "text",
    [
        "12 mois à compter de la signature",
        "Alger, le 3 mars",
        "Le prix",
        "Article 3 du présent accord.",
        "Article L. 1243-1 du Code du travail",
        "article L-1243 du Code du travail",
        # a sentence citing clauses (set B16): the bracket holds an aside, not a title
        "Clause 10 (as regards the Deposit), and Clauses 11 and 12 are binding from signature.",
        "Article 8 (pour ce qui concerne l'acompte) et article 12 engagent les Parties.",
    ],
)
def test_no_manual_number(text):
    assert manual_number(text) is None


def test_a_title_in_brackets_still_heads_its_clause():
    assert manual_number("Clause 4 (Exclusivity)")[:2] == ("article", "4")


FR_LOI = (
    p("LETTRE D'INTENTION", bold=True)
    + p("ENTRE LES SOUSSIGNÉS :", bold=True)
    + p("[Nom du Prestataire], SARL au capital de [montant] DZD,")
    + p("IL A ÉTÉ PRÉALABLEMENT EXPOSÉ CE QUI SUIT :", bold=True)
    + p("Le Client souhaite recourir à une solution d'intelligence artificielle.")
    + p("Article premier – Objet", bold=True)
    + p(BODY)
    + p("ARTICLE 2 : PRIX", bold=True)
    + p(BODY)
    + p("2.1 Modalités de paiement")
    + p(BODY)
    + p("Article\u00a03\u00a0: Durée / المادة 3 : المدة", bold=True)
    + p(BODY)
    + p("Une phrase en gras qui n'est pas un titre.", bold=True)
    + p("Fait à Alger, le [date], en deux exemplaires.")
    + p("Pour le Prestataire", bold=True)
    + p("[Nom du Prestataire]")
    + p("Signature :")
    + p("Pour le Client", bold=True)
    + p("Lu et approuvé")
    + p("ANNEXE 1 – Cahier des charges", bold=True)
    + p(BODY)
)


def test_french_loi_kinds_and_numbers(tmp_path):
    secs = _outline(tmp_path, FR_LOI)
    kinds = [s.kind for s in secs]
    assert kinds == ["preamble", "clause", "clause", "clause", "clause", "signature", "annex"]
    assert _clauses(secs) == [
        ("1", "Objet", 1),
        ("2", "PRIX", 1),
        ("2.1", "Modalités de paiement", 2),
        ("3", "Durée / المادة 3 : المدة", 1),
    ]
    pre = secs[0]
    assert pre.heading is None and pre.title == "LETTRE D'INTENTION"
    assert "préalablement" in pre.text.lower()
    assert secs[-1].number == "1" and secs[-1].title == "Cahier des charges"
    sig = secs[-2]
    assert "Pour le Client" in sig.text and "[Nom du Prestataire]" in sig.text
    # no block is lost or counted twice
    placed = [b.id for s in secs for b in ([s.heading] if s.heading else []) + s.blocks]
    assert sorted(set(placed), key=lambda x: int(x[1:])) == [
        b.id for b in read(make_docx(tmp_path / "s.docx", FR_LOI)).blocks
    ]


def test_heading_styles_localized_and_inherited(tmp_path):
    styles = (
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="Titre 1"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="MonTitre"><w:name w:val="Mon titre"/>'
        '<w:basedOn w:val="Base"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Base"><w:name w:val="Base"/>'
        '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
    )
    body = (
        p("Titre du document")
        + p("Objet", "Titre1")
        + p(BODY)
        + p("Sous-partie", "MonTitre")
        + p(BODY)
        + p("Prix", "Titre1")
        + p(BODY)
    )
    secs = _outline(tmp_path, body, styles=styles)
    assert _clauses(secs) == [(None, "Objet", 1), (None, "Sous-partie", 2), (None, "Prix", 1)]
    assert secs[0].kind == "preamble"


def _num_parts():
    numbering = (
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/><w:lvlText w:val="Article %1 –"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>'
        '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    )
    return {"styles": HEADING_STYLES, "numbering": numbering}


def test_auto_numbered_articles_keep_visible_numbers(tmp_path):
    body = (
        p("Lettre d'intention")
        + p("Objet", "Heading1", num=("1", 0))
        + p(BODY)
        + p("la première obligation", num=("2", 0))
        + p("la seconde obligation", num=("2", 0))
        + p("Prix", "Heading1", num=("1", 0))
        + p("Échéancier", "Heading2", num=("1", 1))
        + p(BODY)
        + p("Durée", num=("1", 0))
        + p(BODY)
    )
    secs = _outline(tmp_path, body, **_num_parts())
    assert _clauses(secs) == [
        ("1", "Objet", 1),
        ("2", "Prix", 1),
        ("2.1", "Échéancier", 2),
        ("3", "Durée", 1),
    ]
    objet = secs[1]
    assert objet.heading.label == "Article 1 –"
    assert [b.text for b in objet.blocks][1:] == ["la première obligation", "la seconde obligation"]


def test_bold_lines_are_headings_only_without_better_evidence(tmp_path):
    plain = p("Letter of Intent") + "".join(
        p(t, bold=True) + p(BODY) for t in ("Product", "Fees", "LAUNCH DATE")
    )
    secs = _outline(tmp_path, plain)
    assert _clauses(secs) == [(None, "Product", 1), (None, "Fees", 1), (None, "LAUNCH DATE", 1)]
    numbered = (
        p("Article 1 – Objet")
        + p(BODY)
        + p("Important", bold=True)
        + p(BODY)
        + p("Article 2 – Prix")
        + p(BODY)
    )
    secs = _outline(tmp_path, numbered)
    assert _clauses(secs) == [("1", "Objet", 1), ("2", "Prix", 1)]
    assert "Important" in secs[1].text


def test_heading_style_used_as_body_text_is_not_trusted(tmp_path):
    body = (
        p("Accord", "Heading1")
        + p(BODY + " " + BODY, "Heading1")
        + p("Product", "Heading1", bold=True)
        + p(BODY, "Heading1")
        + p("Fees", "Heading1", bold=True)
        + p(BODY, "Heading1")
    )
    secs = _outline(tmp_path, body, styles=HEADING_STYLES)
    assert [s.title for s in secs if s.kind == "clause"] == ["Product", "Fees"]


def test_term_sheet_table_rows_are_sections(tmp_path):
    rows = [
        [p("Parties", bold=True), p("Alpha SARL (le Client) et Beta SPA (le Prestataire).")],
        [p("Prix", bold=True), p("Un prix forfaitaire de 2 000 000 DZD HT payable en trois fois.")],
        [p("Durée", bold=True), p("Six mois à compter de la signature de la lettre.")],
        [p(""), p("Renouvelable une fois par accord écrit.")],
    ]
    body = p("TERM SHEET", bold=True) + tbl(rows) + p("Fait à Alger, le 1er mars 2026")
    secs = _outline(tmp_path, body)
    assert [s.title for s in secs if s.kind == "clause"] == ["Parties", "Prix", "Durée"]
    duree = [s for s in secs if s.title == "Durée"][0]
    assert duree.heading.text == "Durée"
    assert "Renouvelable" in duree.text
    assert secs[-1].kind == "signature"


def _clause_with_table(rows):
    cells = [[p(a, bold=k == 0), p(b, bold=k == 0)] for k, (a, b) in enumerate(rows)]
    return (
        p("LETTRE D'INTENTION", bold=True)
        + p("Objet", "Heading1")
        + p(BODY)
        + p("Calendrier", "Heading1")
        + p("Les Parties arrêtent le calendrier suivant :")
        + tbl(cells)
        + p("Exclusivité", "Heading1")
        + p(BODY)
    )


@pytest.mark.parametrize(
    "rows",
    [
        # a schedule: each row a step and its date, however the date is written
        [
            ("Étape", "Échéance"),
            ("Atelier de cadrage", "12 janvier 2027"),
            ("Audit des données", "du 18 janvier au 5 février 2027"),
            ("Comité de décision go/no-go", "au plus tard le 15 mars 2027"),
        ],
        [
            ("Milestone", "Target"),
            ("Kick-off workshop", "week 1"),
            ("Pilot report", "by week 9"),
            ("Go/no-go decision", "D+75"),
        ],
        # the date first, the step after it
        [
            ("Date", "Étape"),
            ("12 janvier 2027", "Atelier de cadrage avec la direction commerciale"),
            ("Semaine 6", "Remise du rapport de POC"),
            ("Semaine 8", "Décision de poursuite"),
        ],
        # "Step | Timing": most timings in words, the column's heading says they are dates
        [
            ("Step", "Timing"),
            ("Kick-off and scoping workshop", "Week 1 after signature"),
            ("Pilot", "Weeks 5 to 12"),
            ("Go/No-Go decision", "After delivery of the Pilot Report"),
            ("Production deployment", "To be scheduled at the Go decision"),
            ("Training and hand-over", "During production deployment"),
        ],
        # "Step | Indicative timing": the timing column's heading qualified (set Z16)
        [
            ("Step", "Indicative timing"),
            ("Kick-off meeting and data request", "Within two weeks of signature"),
            ("Site audits", "Weeks 3 to 6"),
            ("Pilot", "Twelve weeks from commissioning"),
            ("Training and hand-over", "At the end of the pilot"),
        ],
        # a price list
        [
            ("Poste", "Montant"),
            ("Mise en place", "1 900 000 DA HT"),
            ("Abonnement", "95 000 DA HT par mois"),
        ],
    ],
)
def test_a_schedule_or_price_table_inside_a_clause_stays_in_it(tmp_path, rows):
    secs = _outline(tmp_path, _clause_with_table(rows), styles=HEADING_STYLES)
    assert [s.title for s in secs if s.kind == "clause"] == ["Objet", "Calendrier", "Exclusivité"]
    calendrier = [s for s in secs if s.title == "Calendrier"][0]
    assert all(cell in calendrier.text for row in rows for cell in row)


def test_a_term_sheet_with_a_few_figures_is_still_a_term_sheet(tmp_path):
    rows = [
        [p("Rubrique", bold=True), p("Conditions", bold=True)],
        [p("Objet"), p("Déploiement d'un assistant conversationnel sur le site du Client.")],
        [p("Prix"), p("1 500 000 DZD HT")],
        [p("Exclusivité"), p("45 jours")],
        [p("Confidentialité"), p("Chaque Partie garde confidentielles les informations reçues.")],
        [p("Droit applicable"), p("La lettre est soumise au droit algérien.")],
    ]
    secs = _outline(tmp_path, p("TERM SHEET", bold=True) + tbl(rows))
    assert [s.title for s in secs if s.kind == "clause"] == [
        "Objet",
        "Prix",
        "Exclusivité",
        "Confidentialité",
        "Droit applicable",
    ]


def test_signature_table_and_placeholders_are_not_clauses(tmp_path):
    sig = tbl(
        [
            [p(""), p("PROVIDER: [Nom]", bold=True), p("CUSTOMER: [Nom]", bold=True)],
            [p("Signature", bold=True), p(""), p("")],
            [p("Name:", bold=True), p("[Nom du signataire]"), p("")],
            [p("Date", bold=True), p(""), p("")],
        ]
    )
    body = (
        p("1. Objet", bold=True)
        + p(BODY)
        + p("2. Prix", bold=True)
        + p(BODY)
        + p("[Nom du Prestataire]", bold=True)
        + p("By signing this LOI, each party acknowledges their intent.")
        + sig
    )
    secs = _outline(tmp_path, body)
    assert _clauses(secs) == [("1", "Objet", 1), ("2", "Prix", 1)]
    assert secs[-1].kind == "signature"
    assert "Signature" in secs[-1].text


def test_a_signature_block_laid_out_as_a_table_is_no_term_sheet(tmp_path):
    # set B16: "For X | For Y" then the signatories' names, after "Signed in two copies"
    sig = tbl(
        [
            [p("For Alpha Vision A.S.", bold=True), p("For Beta Ceramics SPA", bold=True)],
            [
                p("Mr Emre Aksoy") + p("Chief Executive Officer") + p("Signature:"),
                p("Mr Karim Benali") + p("Chairman and Managing Director") + p("Signature:"),
            ],
        ]
    )
    body = (
        p("1. Purpose", bold=True)
        + p(BODY)
        + p("2. Fees", bold=True)
        + p(BODY)
        + p("Signed in two (2) original copies, one for each Party.")
        + sig
    )
    secs = _outline(tmp_path, body)
    assert _clauses(secs) == [("1", "Purpose", 1), ("2", "Fees", 1)]
    assert secs[-1].kind == "signature"
    assert "Mr Karim Benali" in secs[-1].text


def test_english_loi_with_recitals_and_witness(tmp_path):
    body = (
        p("LETTER OF INTENT", bold=True)
        + p("BETWEEN", bold=True)
        + p("Alpha LLC and Beta Inc.")
        + p("WHEREAS the parties wish to cooperate.")
        + p("1. Purpose")
        + p(BODY)
        + p("2. Exclusivity")
        + p(BODY)
        + p("IN WITNESS WHEREOF, the parties have signed this letter on the date below.")
        + p("By: ____________")
        + p("Name:")
        + p("Schedule A – Pricing", bold=True)
        + p(BODY)
    )
    secs = _outline(tmp_path, body)
    assert [s.kind for s in secs] == ["preamble", "clause", "clause", "signature", "annex"]
    assert secs[-1].number == "A" and secs[-1].title == "Pricing"


def test_run_in_headings_keep_their_body(tmp_path):
    body = (
        p("1. Objet", bold=True)
        + p("1.1 Périmètre. Le projet couvre le site internet et les réseaux sociaux du Client.")
        + p("1.2 Livrables. Le Prestataire remet le code source et la documentation au Client.")
        + p("2. Prix", bold=True)
        + p(BODY)
    )
    secs = _outline(tmp_path, body)
    assert _clauses(secs) == [
        ("1", "Objet", 1),
        ("1.1", "Périmètre", 2),
        ("1.2", "Livrables", 2),
        ("2", "Prix", 1),
    ]
    assert "site internet" in secs[2].text  # the heading paragraph is also its body


def test_heading_split_over_two_paragraphs(tmp_path):
    body = p("ARTICLE 4", bold=True) + p("CONFIDENTIALITÉ", bold=True) + p(BODY)
    body += p("ARTICLE 5", bold=True) + p("DURÉE", bold=True) + p(BODY)
    secs = _outline(tmp_path, body)
    assert _clauses(secs) == [("4", "CONFIDENTIALITÉ", 1), ("5", "DURÉE", 1)]
    assert secs[1].words == len(BODY.split())


def test_table_of_contents_is_not_a_heading(tmp_path):
    body = (
        p("SOMMAIRE", bold=True)
        + p("1. Objet\t2", "TOC1")
        + p("2. Prix\t3", "TOC1")
        + p("1. Objet", bold=True)
        + p(BODY)
        + p("2. Prix", bold=True)
        + p(BODY)
    )
    secs = _outline(tmp_path, body)
    assert _clauses(secs) == [("1", "Objet", 1), ("2", "Prix", 1)]


def test_bilingual_heading_over_two_paragraphs_is_one_heading(tmp_path):
    body = (
        p("Article 3 – Prix", bold=True)
        + p("المادة 3 – السعر", bold=True)
        + p(BODY)
        + p("Article 4 – Durée", bold=True)
        + p("المادة ٤ – المدة", bold=True)
        + p(BODY)
    )
    secs = _outline(tmp_path, body)
    assert _clauses(secs) == [
        ("3", "Prix / المادة 3 – السعر", 1),
        ("4", "Durée / المادة ٤ – المدة", 1),
    ]
    assert secs[1].words == len(BODY.split())


def test_french_typography_in_headings(tmp_path):
    body = (
        p("ARTICLE\u00a01\u202f: OBJET", bold=True)
        + p(BODY)
        + p("Article 2\u00a0– «\u00a0Prix\u00a0»", bold=True)
        + p(BODY)
    )
    secs = _outline(tmp_path, body)
    assert _clauses(secs) == [("1", "OBJET", 1), ("2", "« Prix »", 1)]


def test_article_label_on_a_paragraph_of_text(tmp_path):
    body = (
        p("Lettre d'intention")
        + p("Objet. " + BODY, num=("1", 0))
        + p(BODY, num=("1", 0))
        + p("Pour [Nom du Prestataire]")
        + p("Nom et qualité du signataire :")
    )
    secs = _outline(tmp_path, body, **_num_parts())
    assert _clauses(secs) == [("1", "Objet", 1), ("2", "", 1)]
    assert secs[2].blocks[0] is secs[2].heading  # its text is the clause's body
    assert secs[-1].kind == "signature"
    assert manual_number("1/ Objet")[:3] == ("decimal", "1", "Objet")


def test_outline_command_text_and_json(tmp_path, capsys):
    import json

    from loi_redline.cli import main

    path = make_docx(tmp_path / "o.docx", FR_LOI)
    assert main(["outline", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith("1 Objet  (")
    assert any(line.startswith("  2.1 Modalités de paiement") for line in out)
    assert out[-2].endswith("[signature]") and out[-1].endswith("[annex]")
    assert main(["outline", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"number", "title", "level", "kind", "words"} <= set(data[0])
    clauses = [d for d in data if d["kind"] == "clause"]
    assert [d["number"] for d in clauses] == ["1", "2", "2.1", "3"]
    assert clauses[0]["words"] == len(BODY.split())
    assert main(["outline", str(tmp_path / "absent.docx")]) == 2


def test_numbered_three_column_term_sheet(tmp_path):
    rows = [
        [p("N°", bold=True), p("Rubrique", bold=True), p("Conditions", bold=True)],
        [p("1"), p("Objet"), p("Déploiement d'un assistant conversationnel pour le Client.")],
        [p("2"), p("Prix"), p("Forfait de 1 500 000 DZD HT, payable en trois échéances.")],
        [p("3"), p("Durée"), p("Trois mois à compter de la signature de la lettre.")],
    ]
    secs = _outline(tmp_path, p("PROPOSITION COMMERCIALE", bold=True) + tbl(rows))
    assert _clauses(secs) == [("1", "Objet", 1), ("2", "Prix", 1), ("3", "Durée", 1)]
    assert "Rubrique" in secs[0].text  # the header row stays with what precedes
    prix = secs[2]
    assert prix.heading.text == "Prix" and prix.number == "2"
    assert [b.text for b in prix.blocks if b.text] == [
        "2",
        "Forfait de 1 500 000 DZD HT, payable en trois échéances.",
    ]


def test_articles_without_titles(tmp_path):
    body = p("LETTRE D'INTENTION", bold=True)
    body += p("Article 1. " + BODY) + p(BODY) + p("Article 2 : " + BODY)
    secs = _outline(tmp_path, body)
    assert _clauses(secs) == [("1", "", 1), ("2", "", 1)]
    assert secs[1].words == 2 + 2 * len(BODY.split())


def _lead_in(title: str, rest: str) -> str:
    return (
        f"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space='preserve'>{title}</w:t></w:r>"
        f"<w:r><w:t xml:space='preserve'>{rest}</w:t></w:r></w:p>"
    )


def test_letter_with_bold_lead_in_titles(tmp_path):
    body = (
        p("Alger, le 3 mars 2026")
        + p("Madame, Monsieur,")
        + _lead_in("Objet :", " la présente lettre précise nos intentions.")
        + _lead_in(
            "Exclusivité", " : pendant trois mois, nous ne discuterons avec aucun autre client."
        )
        + _lead_in("Fees.", " The Customer will pay 10 000 USD per month.")
        + p(
            "Nous vous prions d'agréer nos salutations distinguées, et notamment notre "
            "engagement de réponse rapide."
        )
        + _lead_in("Le Prestataire", " s'engage à livrer la solution.")
    )
    secs = _outline(tmp_path, body)
    assert _clauses(secs) == [(None, "Objet", 1), (None, "Exclusivité", 1), (None, "Fees", 1)]
    assert "trois mois" in secs[2].text  # the lead-in paragraph is its own body
    # bold words inside a sentence are no title; the closing formula ends the clauses
    assert "s'engage" in secs[-1].text and secs[-1].kind == "signature"
    assert "agréer" not in secs[3].text


def test_article_titled_annexes_stays_a_clause(tmp_path):
    body = (
        p("Objet", "Heading1", num=("1", 0))
        + p(BODY)
        + p("Annexes", "Heading1", num=("1", 0))
        + p("Annexe 1 : cahier des charges ; Annexe 2 : planning.")
        + p("Durée", "Heading1", num=("1", 0))
        + p(BODY)
    )
    secs = _outline(tmp_path, body, **_num_parts())
    assert [(s.kind, s.number, s.title) for s in secs[1:]] == [
        ("clause", "1", "Objet"),
        ("clause", "2", "Annexes"),
        ("clause", "3", "Durée"),
    ]


def test_letter_closing_and_party_boxes_end_the_clauses(tmp_path):
    # A letter-format LOI: the request to sign and return a copy, the closing formula and a
    # table of the parties' boxes (« Pour NEURALIS SARL » over « Signature et cachet ») are
    # the signature block, not clauses or a term sheet.
    boxes = tbl(
        [
            [
                p("Pour ALPHA Conseil SARL", bold=True),
                p("Bon pour accord, pour BETA SPA", bold=True),
            ],
            [p("M. Karim B., gérant"), p("Mme Nadia O., directrice générale")],
            [p("Signature et cachet"), p("Date, signature et cachet")],
        ]
    )
    body = (
        p("1) Objet", bold=True)
        + p(BODY)
        + p("2) Droit applicable", bold=True)
        + p(BODY)
        + p(
            "Nous vous remercions de bien vouloir nous retourner un exemplaire de la présente "
            "lettre revêtu de votre signature, précédée de la mention « Bon pour accord »."
        )
        + p("Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.")
        + boxes
    )
    secs = _outline(tmp_path, body)
    assert _clauses(secs) == [("1", "Objet", 1), ("2", "Droit applicable", 1)]
    assert secs[-1].kind == "signature"
    assert "retourner" in secs[-1].text and "Signature et cachet" in secs[-1].text
    assert "retourner" not in secs[2].text


@pytest.mark.parametrize(
    "line",
    [
        "Please return all Confidential Information upon request.",
        "Pour information, le Client communiquera ses volumes mensuels.",
    ],
)
def test_body_lines_like_closings_stay_in_their_clause(tmp_path, line):
    body = (
        p("1. Objet", bold=True) + p(BODY) + p("2. Confidentialité", bold=True) + p(line) + p(BODY)
    )
    body += p("3. Prix", bold=True) + p(BODY)
    secs = _outline(tmp_path, body)
    assert [s.kind for s in secs[1:]] == ["clause"] * 3
    assert line in secs[2].text


def test_a_letter_in_bold_titles_keeps_its_party_blocks_and_subject_in_the_preamble(tmp_path):
    # no heading style: the clause titles, the party blocks and the subject line are all
    # bold paragraphs; only the clauses are clauses
    body = (
        p("Oran / Sétif, 12 mars 2026")
        + _lead_in("Kodex Yazılım A.Ş.", ", éditeur de la plateforme Kodex (ensemble « Kodex »),")
        + p("à Tell Boissons SARL, Sétif (le « Client »).")
        + p("Objet : lettre d'intention – optimisation des tournées", bold=True)
        + p("Madame, Monsieur,")
        + p("Objectif du projet", bold=True)
        + p(BODY)
        + p("Prix", bold=True)
        + p("Partie fixe : 1 000 000 DA.")
    )
    secs = _outline(tmp_path, body)
    assert secs[0].kind == "preamble"
    assert secs[0].title == "lettre d'intention – optimisation des tournées"
    assert [s.title for s in secs if s.kind == "clause"] == ["Objectif du projet", "Prix"]
    # the place and date line is never the title
    secs = _outline(tmp_path, p("Alger, le 3 février 2026") + p("Objet", bold=True) + p(BODY))
    assert secs[0].title != "Alger, le 3 février 2026"
