"""Visible numbering: formats, labels, and counters advanced the way Word does."""

from __future__ import annotations

import pytest
from helpers_reader import NSDECL, make_docx, p
from lxml import etree

from loi_redline import numbering as nb
from loi_redline.read import read


@pytest.mark.parametrize(
    "n, fmt, expected",
    [
        (3, "decimal", "3"),
        (3, None, "3"),
        (4, "upperRoman", "IV"),
        (1994, "upperRoman", "MCMXCIV"),
        (9, "lowerRoman", "ix"),
        (1, "upperLetter", "A"),
        (26, "upperLetter", "Z"),
        (27, "upperLetter", "AA"),
        (28, "lowerLetter", "bb"),
        (7, "decimalZero", "07"),
        (12, "decimalZero", "12"),
        (2, "ordinal", "2nd"),
        (5, "bullet", ""),
        (5, "none", ""),
        (5, "chineseCounting", "5"),
    ],
)
def test_format_number(n, fmt, expected):
    assert nb.format_number(n, fmt) == expected


def test_render_label_words_and_levels():
    assert nb.render_label("Article %1 –", [3], ["decimal"]) == "Article 3 –"
    assert nb.render_label("%1.%2.", [2, 4], ["decimal", "decimal"]) == "2.4."
    assert nb.render_label("%1.%2", [2, 1], ["upperRoman", "lowerLetter"]) == "II.a"
    assert nb.render_label("(%2)", [2, 3], ["decimal", "lowerRoman"]) == "(iii)"


def test_render_label_legal_numbering_shows_decimals():
    assert nb.render_label("%1.%2", [2, 3], ["upperRoman", "upperLetter"], is_lgl=True) == "2.3"


def test_bare_number_strips_words_and_punctuation():
    assert nb.bare_number("Article %1 –", [3], ["decimal"]) == "3"
    assert nb.bare_number("ARTICLE %1 :", [4], ["upperRoman"]) == "IV"
    assert nb.bare_number("%1.%2.", [3, 1], ["decimal", "decimal"]) == "3.1"
    assert nb.bare_number("(%1)", [1], ["lowerLetter"]) == "a"
    assert nb.bare_number("•", [1], ["bullet"]) is None


def _numbering(xml: str) -> nb.Numbering:
    return nb.parse(etree.fromstring(f"<w:numbering {NSDECL}>{xml}</w:numbering>"))


def _lvl(ilvl, text, fmt="decimal", start=1, extra=""):
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


ARTICLES = (
    '<w:abstractNum w:abstractNumId="0">'
    + _lvl(0, "Article %1 –")
    + _lvl(1, "%1.%2")
    + _lvl(2, "%3)", "lowerLetter")
    + "</w:abstractNum>"
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
)


def test_counters_restart_lower_levels():
    c = nb.Counters(_numbering(ARTICLES))
    got = [c.advance("1", lvl) for lvl in (0, 1, 1, 2, 2, 0, 1, 2)]
    assert [g[0] for g in got] == [
        "Article 1 –",
        "1.1",
        "1.2",
        "a)",
        "b)",
        "Article 2 –",
        "2.1",
        "a)",
    ]
    assert [g[1] for g in got][:3] == ["1", "1.1", "1.2"]


def test_lvl_restart_zero_never_restarts():
    xml = (
        '<w:abstractNum w:abstractNumId="0">'
        + _lvl(0, "Article %1")
        + _lvl(1, "%2.", extra='<w:lvlRestart w:val="0"/>')
        + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    c = nb.Counters(_numbering(xml))
    labels = [c.advance("1", lvl)[0] for lvl in (0, 1, 1, 0, 1)]
    assert labels == ["Article 1", "1.", "2.", "Article 2", "3."]


def test_num_instances_share_counters_until_start_override():
    xml = (
        '<w:abstractNum w:abstractNumId="0">' + _lvl(0, "%1.") + "</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="3"><w:abstractNumId w:val="0"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'
    )
    c = nb.Counters(_numbering(xml))
    labels = [c.advance(n, 0)[0] for n in ("1", "1", "2", "3", "3", "1")]
    assert labels == ["1.", "2.", "3.", "5.", "6.", "7."]


def test_start_value_and_roman_format():
    xml = (
        '<w:abstractNum w:abstractNumId="7">'
        + _lvl(0, "TITRE %1 -", "upperRoman", start=3)
        + '</w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="7"/></w:num>'
    )
    c = nb.Counters(_numbering(xml))
    assert c.advance("4", 0) == ("TITRE III -", "III")
    assert c.advance("4", 0) == ("TITRE IV -", "IV")


def test_level_override_replaces_level_definition():
    xml = (
        '<w:abstractNum w:abstractNumId="0">'
        + _lvl(0, "%1.")
        + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/>'
        '<w:lvlOverride w:ilvl="0">' + _lvl(0, "Art. %1 :") + "</w:lvlOverride></w:num>"
    )
    c = nb.Counters(_numbering(xml))
    assert c.advance("1", 0) == ("Art. 1 :", "1")


def test_num_style_link_follows_to_defining_abstract():
    xml = (
        '<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="ArticleList"/>'
        + _lvl(0, "Article %1.")
        + "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ArticleList"/></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    )
    c = nb.Counters(_numbering(xml), {"ArticleList": "1"})
    assert c.advance("2", 0) == ("Article 1.", "1")
    assert c.advance("2", 0) == ("Article 2.", "2")


def test_is_lgl_level_renders_parent_in_decimal():
    xml = (
        '<w:abstractNum w:abstractNumId="0">'
        + _lvl(0, "%1.", "upperRoman")
        + _lvl(1, "%1.%2", extra="<w:isLgl/>")
        + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    c = nb.Counters(_numbering(xml))
    assert c.advance("1", 0)[0] == "I."
    c.advance("1", 0)
    assert c.advance("1", 1) == ("2.1", "2.1")


def test_unknown_list_or_bullet_has_no_number():
    xml = (
        '<w:abstractNum w:abstractNumId="0">'
        + _lvl(0, "•", "bullet")
        + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    c = nb.Counters(_numbering(xml))
    assert c.advance("1", 0) == ("•", None)
    assert c.advance("99", 0) == (None, None)
    assert c.advance("1", 5) == (None, None)


def test_read_labels_through_style_and_direct_numbering(tmp_path):
    styles = (
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Art"><w:name w:val="Article"/>'
        '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="ArtChild"><w:name w:val="Article child"/>'
        '<w:basedOn w:val="Art"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Sub"/>'
        '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    )
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        + _lvl(0, "Article %1 –", extra='<w:pStyle w:val="Art"/>')
        + _lvl(1, "%1.%2", extra='<w:pStyle w:val="Sub"/>')
        + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    body = (
        p("Objet", "Art")
        + p("Champ", "Sub")
        + p("Texte courant")
        + p("Prix", "ArtChild")
        + p("Direct", num=("1", 1))
        + p("Sans numéro", "Art", ppr="")
        + p("Retiré", "Art", num=("0", 0))
    )
    doc = read(make_docx(tmp_path / "n.docx", body, styles=styles, numbering=numbering))
    got = [(b.text, b.label, b.number, b.num_level) for b in doc.blocks]
    assert got[:5] == [
        ("Objet", "Article 1 –", "1", 0),
        ("Champ", "1.1", "1.1", 1),
        ("Texte courant", None, None, None),
        ("Prix", "Article 2 –", "2", 0),
        ("Direct", "2.1", "2.1", 1),
    ]
    assert got[5][1] == "Article 3 –"
    assert got[6][1:] == (None, None, None)  # numId 0 removes the style's numbering
    assert doc.blocks[3].outline_level == 0  # inherited through basedOn


def test_section_break_paragraph_is_not_counted(tmp_path):
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        + _lvl(0, "%1.")
        + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    body = p("", num=("1", 0), ppr="<w:sectPr/>") + p("", num=("1", 0)) + p("Service", num=("1", 0))
    doc = read(make_docx(tmp_path / "s.docx", body, numbering=numbering))
    # the empty paragraph still shows "1." in Word; the section-break one shows nothing
    assert [b.label for b in doc.blocks] == [None, "1.", "2."]


def test_numbering_fields_fold_across_style_chain_and_paragraph(tmp_path):
    styles = (
        '<w:style w:type="paragraph" w:styleId="Base"><w:name w:val="Base"/>'
        '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Lvl2"><w:name w:val="Lvl2"/>'
        '<w:basedOn w:val="Base"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Off"><w:name w:val="Off"/>'
        '<w:basedOn w:val="Base"/><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:style>'
    )
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        + _lvl(0, "%1.")
        + _lvl(1, "%1.%2")
        + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    body = (
        p("un", "Base")
        + p("un-un", "Lvl2")  # list from Base, level from Lvl2
        + p("un-deux", "Lvl2", num=("1", None))  # paragraph names the list only
        + p("sans", "Off")
        + p("deux", "Lvl2", num=(None, 0))  # paragraph names the level only
    )
    body = body.replace('<w:ilvl w:val="None"/>', "").replace('<w:numId w:val="None"/>', "")
    doc = read(make_docx(tmp_path / "f.docx", body, styles=styles, numbering=numbering))
    assert [b.label for b in doc.blocks] == ["1.", "1.1", "1.2", None, "2."]
