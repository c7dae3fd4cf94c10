"""The reader: accepted-view text, char-to-node spans, stories, revisions, styles."""

from __future__ import annotations

import pytest
from helpers_reader import HEADING_STYLES, make_docx, p, tbl

from loi_redline.errors import InputError
from loi_redline.package import open_docx
from loi_redline.read import read


def _node_text(span) -> str:
    tag = span.node.tag.rsplit("}", 1)[1]
    if tag == "t":
        return span.node.text
    return {"tab": "\t", "ptab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "\u2011"}.get(
        tag, "?"
    )


def assert_spans(block):
    pos = 0
    for sp in block.spans:
        assert sp.start == pos
        assert sp.end > sp.start
        if _node_text(sp) != "?":
            assert block.text[sp.start : sp.end] == _node_text(sp)
        assert sp.run.tag.endswith("}r")
        pos = sp.end
    assert pos == len(block.text)


def _read(tmp_path, body, **parts):
    return read(make_docx(tmp_path / "t.docx", body, **parts))


def test_runs_tabs_breaks_hyphens_symbols(tmp_path):
    body = (
        "<w:p><w:r><w:t>Prix</w:t><w:tab/><w:t xml:space='preserve'> 10 </w:t></w:r>"
        "<w:r><w:br/><w:t>non</w:t><w:noBreakHyphen/><w:t>remboursable</w:t><w:cr/></w:r>"
        "<w:r><w:sym w:font='Wingdings' w:char='F0FC'/><w:softHyphen/></w:r></w:p>"
    )
    doc = _read(tmp_path, body)
    (b,) = doc.blocks
    assert b.text == "Prix\t 10 \nnon\u2011remboursable\n\u00fc"
    assert_spans(b)
    assert b.spans[-1].node.tag.endswith("}sym")


def test_containers_hyperlink_smarttag_sdt_customxml_fldsimple(tmp_path):
    body = (
        "<w:p><w:hyperlink r:id='x'><w:r><w:t>lien</w:t></w:r></w:hyperlink>"
        "<w:smartTag w:uri='u' w:element='place'><w:r><w:t> Alger</w:t></w:r></w:smartTag>"
        "<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t> [date]</w:t></w:r></w:sdtContent></w:sdt>"
        "<w:customXml w:element='c'><w:r><w:t> X</w:t></w:r></w:customXml>"
        "<w:fldSimple w:instr=' PAGE '><w:r><w:t> 3</w:t></w:r></w:fldSimple></w:p>"
        "<w:sdt><w:sdtContent>" + p("Bloc contrôlé") + "</w:sdtContent></w:sdt>"
    )
    doc = _read(tmp_path, body)
    assert [b.text for b in doc.blocks] == ["lien Alger [date] X 3", "Bloc contrôlé"]
    for b in doc.blocks:
        assert_spans(b)


def test_complex_field_shows_result_not_code(tmp_path):
    body = (
        "<w:p><w:r><w:t>Voir </w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType='begin'/></w:r>"
        "<w:r><w:instrText> REF _Ref1 \\h </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType='separate'/></w:r>"
        "<w:r><w:t>article 4</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType='end'/></w:r>"
        "<w:r><w:t>.</w:t></w:r></w:p>"
        # a nested field inside the code of another: nothing of it shows
        "<w:p><w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText>IF </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText>DATE</w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:t>hidden</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType='end'/></w:r>"
        "<w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:t>shown</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType='end'/></w:r></w:p>"
    )
    doc = _read(tmp_path, body)
    assert [b.text for b in doc.blocks] == ["Voir article 4.", "shown"]


def test_field_result_spanning_paragraphs(tmp_path):
    body = (
        "<w:p><w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText>TOC</w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:t>1 Objet</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>2 Prix</w:t></w:r><w:r><w:fldChar w:fldCharType='end'/></w:r></w:p>"
        + p("Article 1")
    )
    assert [b.text for b in _read(tmp_path, body).blocks] == ["1 Objet", "2 Prix", "Article 1"]


def test_unterminated_field_code_does_not_swallow_the_document(tmp_path):
    body = "<w:p><w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:t>code</w:t></w:r></w:p>" + p(
        "Suite"
    )
    assert [b.text for b in _read(tmp_path, body).blocks] == ["", "Suite"]


def test_tracked_changes_accepted_view_and_recorded(tmp_path):
    attrs = "w:id='1' w:author='Vendeur' w:date='2026-01-02T00:00:00Z'"
    body = (
        f"<w:p><w:r><w:t>Le prix est </w:t></w:r>"
        f"<w:del {attrs}><w:r><w:delText>ferme</w:delText></w:r></w:del>"
        f"<w:ins {attrs}><w:r><w:t>révisable</w:t></w:r></w:ins>"
        f"<w:moveFrom {attrs}><w:r><w:t> ancien</w:t></w:r></w:moveFrom>"
        f"<w:moveTo {attrs}><w:r><w:t>.</w:t></w:r></w:moveTo></w:p>"
        f"<w:p><w:pPr><w:rPr><w:del {attrs}/></w:rPr></w:pPr><w:r><w:t>fusion</w:t></w:r></w:p>"
        f"<w:p><w:r><w:rPr><w:b/><w:rPrChange {attrs}><w:rPr/></w:rPrChange></w:rPr>"
        "<w:t>gras</w:t></w:r></w:p>"
    )
    doc = _read(tmp_path, body)
    b0, b1, b2 = doc.blocks
    assert b0.text == "Le prix est révisable."
    assert_spans(b0)
    ins_span = next(s for s in b0.spans if b0.text[s.start : s.end] == "révisable")
    assert ins_span.revision is not None and ins_span.revision.tag.endswith("}ins")
    assert b0.spans[0].revision is None
    kinds = [(r.kind, r.text) for r in b0.revisions]
    assert ("del", "ferme") in kinds
    assert ("ins", "révisable") in kinds
    assert ("moveFrom", " ancien") in kinds
    assert ("moveTo", ".") in kinds
    assert all(r.author == "Vendeur" for r in b0.revisions)
    assert b1.mark_deleted and b1.text == "fusion"
    assert [r.kind for r in b2.revisions] == ["rPrChange"]
    assert len(doc.revisions) == 6


def test_deleted_and_inserted_table_rows(tmp_path):
    attrs = "w:id='1' w:author='A' w:date='2026-01-01T00:00:00Z'"
    body = (
        "<w:tbl><w:tr><w:tc>" + p("gardée") + "</w:tc></w:tr>"
        f"<w:tr><w:trPr><w:del {attrs}/></w:trPr><w:tc><w:p><w:del {attrs}><w:r>"
        "<w:delText>supprimée</w:delText></w:r></w:del></w:p></w:tc></w:tr>"
        f"<w:tr><w:trPr><w:ins {attrs}/></w:trPr><w:tc>" + p("ajoutée") + "</w:tc></w:tr></w:tbl>"
    )
    doc = _read(tmp_path, body)
    assert [(b.text, b.table) for b in doc.blocks] == [
        ("gardée", (0, 0, 0)),
        ("ajoutée", (0, 2, 0)),
    ]
    assert {r.kind for r in doc.revisions} >= {"row-del", "row-ins"}
    assert [r.kind for r in doc.blocks[1].revisions] == ["row-ins"]
    assert next(r for r in doc.revisions if r.kind == "row-del").text == "supprimée"


def test_table_and_section_formatting_changes_are_recorded(tmp_path):
    attrs = "w:id='3' w:author='B' w:date='2026-01-01T00:00:00Z'"
    body = (
        f"<w:tbl><w:tblPr><w:tblPrChange {attrs}><w:tblPr/></w:tblPrChange></w:tblPr>"
        f"<w:tr><w:tc><w:tcPr><w:tcPrChange {attrs}><w:tcPr/></w:tcPrChange></w:tcPr>"
        + p("x")
        + f"</w:tc></w:tr></w:tbl><w:sectPr><w:sectPrChange {attrs}><w:sectPr/></w:sectPrChange>"
        "</w:sectPr>"
    )
    doc = _read(tmp_path, body)
    assert sorted(r.kind for r in doc.revisions) == ["sectPrChange", "tblPrChange", "tcPrChange"]
    assert all(r.author == "B" for r in doc.revisions)


def test_tables_nested_and_content_controls_at_row_and_cell_level(tmp_path):
    inner = tbl([[p("n00"), p("n01")]])
    body = (
        p("avant")
        + "<w:tbl><w:tr><w:tc>"
        + p("c00")
        + inner
        + p("c00 fin")
        + "</w:tc><w:sdt><w:sdtContent><w:tc>"
        + p("c01")
        + "</w:tc></w:sdtContent></w:sdt></w:tr>"
        "<w:sdt><w:sdtContent><w:tr><w:tc>" + p("c10") + "</w:tc></w:tr></w:sdtContent></w:sdt>"
        "</w:tbl>" + tbl([[p("t1")]]) + p("après")
    )
    doc = _read(tmp_path, body)
    assert [(b.text, b.table) for b in doc.blocks] == [
        ("avant", None),
        ("c00", (0, 0, 0)),
        ("n00", (0, 0, 0, 0, 0, 0)),
        ("n01", (0, 0, 0, 0, 0, 1)),
        ("c00 fin", (0, 0, 0)),
        ("c01", (0, 0, 1)),
        ("c10", (0, 1, 0)),
        ("t1", (1, 0, 0)),
        ("après", None),
    ]
    assert [b.id for b in doc.blocks] == [f"b{i}" for i in range(9)]


TEXTBOX = (
    "<w:p><w:r><w:t>Corps</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires='wps'>"
    "<w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>"
    "<w:p><w:r><w:t>Encadré</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp>"
    "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
    "<v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Encadré</w:t></w:r></w:p>"
    "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"
    "</w:r><w:r><w:t> suite</w:t></w:r></w:p>"
)


def test_text_box_read_once_as_note(tmp_path):
    doc = _read(tmp_path, TEXTBOX)
    assert [b.text for b in doc.blocks] == ["Corps suite"]
    assert [(n.story, n.text) for n in doc.notes] == [("textbox", "Encadré")]


def test_notes_headers_footers_and_comments(tmp_path):
    doc = _read(
        tmp_path,
        p("Corps") + "<w:p><w:r><w:footnoteReference w:id='1'/></w:r></w:p>",
        footnotes="<w:footnote w:type='separator' w:id='-1'><w:p><w:r><w:separator/></w:r></w:p>"
        "</w:footnote><w:footnote w:id='1'>" + p("Note de bas de page") + "</w:footnote>",
        endnotes="<w:endnote w:id='1'>" + p("Note de fin") + "</w:endnote>",
        header1=p("En-tête"),
        footer1=p("Pied de page"),
        comments="<w:comment w:id='0' w:author='X'>"
        + p("un")
        + "</w:comment><w:comment w:id='1'>"
        + p("deux")
        + "</w:comment>",
    )
    assert [b.text for b in doc.blocks] == ["Corps", ""]
    assert [(n.story, n.text) for n in doc.notes] == [
        ("footnote", "Note de bas de page"),
        ("endnote", "Note de fin"),
        ("header", "En-tête"),
        ("footer", "Pied de page"),
    ]
    assert doc.comments == 2
    assert len({b.id for b in doc.blocks + doc.notes}) == 6


def test_styles_outline_bold_caps(tmp_path):
    styles = HEADING_STYLES + (
        '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/>'
        "<w:rPr><w:b/></w:rPr></w:style>"
    )
    body = (
        p("Objet", "Heading1")
        + p("Sous-titre", "Heading2")
        + p("Texte", ppr='<w:outlineLvl w:val="2"/>')
        + p("corps")
        + "<w:p><w:r><w:rPr><w:rStyle w:val='Strong'/></w:rPr><w:t>Fort</w:t></w:r></w:p>"
        + "<w:p><w:r><w:rPr><w:caps/></w:rPr><w:t>petites</w:t></w:r><w:r><w:t> PRIX</w:t></w:r></w:p>"
        + p("PRIX ET PAIEMENT")
        + "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>gras</w:t></w:r><w:r><w:t> maigre</w:t></w:r></w:p>"
        + p("Retour", "Heading1", ppr='<w:outlineLvl w:val="9"/>')
    )
    doc = _read(tmp_path, body, styles=styles)
    got = [(b.style_id, b.style_name, b.outline_level, b.bold, b.caps) for b in doc.blocks]
    assert got == [
        ("Heading1", "heading 1", 0, True, False),
        ("Heading2", "heading 2", 1, True, False),  # bold inherited from Heading1
        ("Normal", "Normal", 2, False, False),
        ("Normal", "Normal", None, False, False),
        ("Normal", "Normal", None, True, False),
        ("Normal", "Normal", None, False, True),
        ("Normal", "Normal", None, False, True),
        ("Normal", "Normal", None, False, False),
        ("Heading1", "heading 1", None, True, False),
    ]


def test_read_accepts_an_open_package(tmp_path):
    path = make_docx(tmp_path / "t.docx", p("Bonjour"))
    pkg = open_docx(path)
    doc = read(pkg)
    assert doc.package is pkg
    assert doc.blocks[0].element.getroottree().getroot() is pkg.xml("word/document.xml")


def test_unusable_input_is_an_input_error(tmp_path):
    bad = tmp_path / "x.docx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(InputError):
        read(bad)


def test_odd_but_valid_files_read(tmp_path):
    # dangling references: unknown style, unknown numId, no styles or numbering part,
    # empty paragraphs, a sym without a code, math
    body = (
        p("A", "Inconnu", num=("42", 3))
        + "<w:p/><w:p><w:r><w:sym/></w:r></w:p>"
        + "<w:p><m:oMath><m:r><m:t>x=</m:t></m:r><m:f><m:num><m:r><m:t>1</m:t></m:r></m:num>"
        "<m:den><m:r><m:t>2</m:t></m:r></m:den></m:f></m:oMath></w:p>"
    )
    doc = _read(tmp_path, body)
    assert [b.text for b in doc.blocks] == ["A", "", "\ufffd", "x=12"]
    assert [sp.run.tag.rsplit("}", 1)[1] for sp in doc.blocks[3].spans] == ["r", "r", "r"]
    assert doc.blocks[0].label is None and doc.blocks[0].style_name is None


def test_malformed_attributes_never_crash(tmp_path):
    styles = (
        '<w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Loop2"/>'
        '<w:pPr><w:outlineLvl w:val="x"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Loop2"><w:basedOn w:val="Loop"/></w:style>'
    )
    numbering = (
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="zz"><w:start w:val="?"/>'
        '<w:lvlText w:val="%9.%1"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="404"/></w:num>'
    )
    body = (
        p("boucle", "Loop", num=("1", "x"))
        + p("absent", num=("2", 0))
        + p("négatif", num=("1", -3))
        + "<w:p><w:r><w:sym w:char='FFFFFFFFFF'/><w:fldChar/></w:r>"
        "<mc:AlternateContent><mc:Fallback><w:r><w:t>non</w:t></w:r></mc:Fallback>"
        "</mc:AlternateContent><w:sdt/><w:r><w:t>fin</w:t></w:r></w:p>"
    )
    doc = read(make_docx(tmp_path / "odd.docx", body, styles=styles, numbering=numbering))
    assert [b.text for b in doc.blocks] == ["boucle", "absent", "négatif", "\ufffdfin"]
    assert doc.blocks[0].outline_level is None
    assert doc.blocks[0].number == "1"  # %9 names a level that does not exist: nothing
    assert doc.blocks[1].label is None and doc.blocks[2].label is None


def test_strict_open_xml_is_an_input_error(tmp_path):
    path = make_docx(tmp_path / "s.docx", p("x"))
    import zipfile

    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["word/document.xml"] = (
        b'<?xml version="1.0"?><w:document xmlns:w="http://purl.oclc.org/ooxml/'
        b'wordprocessingml/main"><w:body><w:p/></w:body></w:document>'
    )
    with zipfile.ZipFile(path, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    with pytest.raises(InputError, match="Strict"):
        read(path)
