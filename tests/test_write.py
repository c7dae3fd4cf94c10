"""The writer on small hand-built documents: each redline is checked by pandoc (reject-all
gives the original, accept-all the intended text) and by the shared oracle (LibreOffice,
structure, OOXML schema)."""

from __future__ import annotations

import zipfile

import pytest
from helpers_writer import (
    DATE,
    W,
    check_lo_queue,
    check_redline,
    make_docx,
    p,
    q,
    run,
    table,
    validate,
    views,
)
from lxml import etree

from loi_redline.model import Edit
from loi_redline.read import read
from loi_redline.write import Writer

# The redlines queued by the tests of this module are read by LibreOffice in its last test:
# under pytest-xdist the whole module runs on one worker, in order.
pytestmark = pytest.mark.xdist_group("write-libreoffice-queue")


def _write(tmp_path, body, edits_of, name="out", **kw):
    src = make_docx(tmp_path / f"{name}-in.docx", body, **kw)
    doc = read(src)
    w = Writer(doc, date=DATE)
    w.apply(edits_of(doc.blocks))
    out = tmp_path / f"{name}.docx"
    w.save(out)
    return src, out, w


def _document_xml(path):
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read("word/document.xml"))


def _texts(root, tag):
    return ["".join(e.itertext()) for e in root.iter(q(tag))]


# -- replace ------------------------------------------------------------------------------
def test_replace_mid_run_keeps_formatting(tmp_path):
    body = p(run("Le prix est ferme et définitif.", "<w:b/>"))
    src, out, w = _write(
        tmp_path, body, lambda b: [Edit("replace", b[0], 12, 17, text="révisable")]
    )
    check_redline(out, src, ["Le prix est révisable et définitif."], tmp_path)
    root = _document_xml(out)
    (d,) = root.iter(q("del"))
    (i,) = root.iter(q("ins"))
    assert "".join(d.itertext()) == "ferme"
    assert "".join(i.itertext()) == "révisable"
    # both sides keep the bold of the run they came from
    assert d.find(f"{q('r')}/{q('rPr')}/{q('b')}") is not None
    assert i.find(f"{q('r')}/{q('rPr')}/{q('b')}") is not None
    # deletion first, then insertion, in reading order
    parent = d.getparent()
    assert parent.index(d) + 1 == parent.index(i)
    assert w.stats == {"insertions": 1, "deletions": 1, "moves": 0, "comments": 0}


def test_replace_across_runs_with_different_formatting(tmp_path):
    body = p(
        run("Durée de ", "<w:i/>"),
        run("trois ans", "<w:b/>"),
        run(" ferme.", '<w:u w:val="single"/>'),
    )
    # "de trois ans fer" spans the three runs
    src, out, _ = _write(
        tmp_path,
        body,
        lambda b: [Edit("replace", b[0], 6, 22, text="d'un an, non reconductible, fer")],
    )
    check_redline(out, src, ["Durée d'un an, non reconductible, ferme."], tmp_path)
    root = _document_xml(out)
    dels = list(root.iter(q("del")))
    deleted = [
        (r.find(q("rPr"))[0].tag.split("}")[1], "".join(r.itertext()))
        for d in dels
        for r in d.iter(q("r"))
    ]
    assert deleted == [("i", "de "), ("b", "trois ans"), ("u", " fer")]
    for t in root.iter(q("delText"), q("t")):
        if t.text != t.text.strip():
            assert t.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"


@pytest.mark.parametrize(
    "start,end,text,expected",
    [
        (0, 3, "Le ", "Le contrat entre en vigueur."),
        (0, 0, "Article 1 – ", "Article 1 – Ce contrat entre en vigueur."),
        (27, 28, " à la signature.", "Ce contrat entre en vigueur à la signature."),
        (28, 28, " Il est daté.", "Ce contrat entre en vigueur. Il est daté."),
        (0, 28, "", None),
    ],
)
def test_replace_at_block_edges(tmp_path, start, end, text, expected):
    body = p("Ce contrat entre en vigueur.") + p("Suite.")
    src, out, _ = _write(tmp_path, body, lambda b: [Edit("replace", b[0], start, end, text=text)])
    want = ([expected] if expected else []) + ["Suite."]
    check_redline(out, src, want, tmp_path)


def test_several_replacements_in_one_block_any_order(tmp_path):
    body = p(run("Le fournisseur "), run("peut", "<w:b/>"), run(" résilier à tout moment."))
    text = "Le fournisseur peut résilier à tout moment."
    late = text.index("à tout moment")
    edits = lambda b: [  # noqa: E731
        Edit("replace", b[0], 3, 14, text="client"),
        Edit("replace", b[0], late, late + 13, text="avec un préavis de trois mois"),
        Edit("replace", b[0], 15, 19, text="ne peut pas"),
    ]
    src, out, w = _write(tmp_path, body, edits)
    check_redline(
        out, src, ["Le client ne peut pas résilier avec un préavis de trois mois."], tmp_path
    )
    assert w.stats["insertions"] == 3 and w.stats["deletions"] == 3


def test_replace_in_table_cell(tmp_path):
    body = p("Avant.") + table([["Prix", "10 000 DA"], ["Délai", "30 jours"]]) + p("Après.")
    src, out, _ = _write(tmp_path, body, lambda b: [Edit("replace", b[4], 0, 2, text="60")])
    check_redline(
        out, src, ["Avant.", "Prix", "10 000 DA", "Délai", "60 jours", "Après."], tmp_path
    )


def test_replace_inside_hyperlink_stays_in_the_link(tmp_path):
    link = f'<w:hyperlink r:id="rIdLink1">{run("conditions générales")}</w:hyperlink>'
    body = p(run("Voir les "), link, run(" du fournisseur."))
    src, out, _ = _write(
        tmp_path,
        body,
        lambda b: [Edit("replace", b[0], 20, 29, text="particulières")],
        hyperlinks={"rIdLink1": "https://example.com/cg"},
    )
    check_redline(out, src, ["Voir les conditions particulières du fournisseur."], tmp_path)
    (h,) = _document_xml(out).iter(q("hyperlink"))
    assert h.find(q("del")) is not None and h.find(q("ins")) is not None


def test_insertion_at_the_end_of_a_link_is_not_linked(tmp_path):
    link = f'<w:hyperlink r:id="rIdLink1">{run("CGV")}</w:hyperlink>'
    body = p(run("Voir les "), link, run("."))
    src, out, _ = _write(
        tmp_path,
        body,
        lambda b: [Edit("replace", b[0], 12, 12, text=" en vigueur")],
        hyperlinks={"rIdLink1": "https://example.com/cg"},
    )
    check_redline(out, src, ["Voir les CGV en vigueur."], tmp_path)
    (h,) = _document_xml(out).iter(q("hyperlink"))
    assert h.find(q("ins")) is None


def test_tab_and_line_break_in_inserted_text(tmp_path):
    body = p("Signature")
    src, out, _ = _write(
        tmp_path, body, lambda b: [Edit("replace", b[0], 9, 9, text="\tDate\nLieu")]
    )
    root = _document_xml(out)
    (i,) = root.iter(q("ins"))
    assert [c.tag.split("}")[1] for c in i.find(q("r"))] == ["tab", "t", "br", "t"]
    validate(out)


# -- paragraphs ---------------------------------------------------------------------------
BODY3 = p("Premier.") + p("Deuxième.") + p("Troisième.")


@pytest.mark.parametrize(
    "where,before,expected",
    [
        (0, True, ["Nouveau A.", "Nouveau B.", "Premier.", "Deuxième.", "Troisième."]),
        (1, False, ["Premier.", "Deuxième.", "Nouveau A.", "Nouveau B.", "Troisième."]),
        (2, False, ["Premier.", "Deuxième.", "Troisième.", "Nouveau A.", "Nouveau B."]),
    ],
)
def test_insert_paragraphs_in_body(tmp_path, where, before, expected):
    src, out, w = _write(
        tmp_path,
        BODY3,
        lambda b: [
            Edit(
                "insert_paragraphs",
                b[where],
                paragraphs=["Nouveau A.", "Nouveau B."],
                before=before,
            )
        ],
    )
    check_redline(out, src, expected, tmp_path)
    root = _document_xml(out)
    marks = root.findall(f".//{q('pPr')}/{q('rPr')}/{q('ins')}")
    assert len(marks) == 2  # one new paragraph mark per new paragraph, never a stray one
    body = root.find(q("body"))
    last_p = body.findall(q("p"))[-1]
    # the document's final paragraph mark is never a revision
    assert last_p.find(f"{q('pPr')}/{q('rPr')}/{q('ins')}") is None


def test_insert_after_last_paragraph_with_other_style_records_the_format_change(tmp_path):
    body = p("Titre", ppr='<w:pPr><w:jc w:val="center"/></w:pPr>')
    src, out, _ = _write(
        tmp_path,
        body,
        lambda b: [Edit("insert_paragraphs", b[0], paragraphs=["Texte."], style_id="Normal")],
    )
    check_redline(out, src, ["Titre", "Texte."], tmp_path)
    ps = _document_xml(out).find(q("body")).findall(q("p"))
    assert ps[0].find(f"{q('pPr')}/{q('jc')}") is not None
    # the last paragraph holds the original mark: its old properties are kept in pPrChange
    change = ps[1].find(f"{q('pPr')}/{q('pPrChange')}")
    assert change is not None and change.find(f"{q('pPr')}/{q('jc')}") is not None


@pytest.mark.parametrize("where", [0, 1, 2])
def test_delete_paragraph_in_body(tmp_path, where):
    src, out, w = _write(tmp_path, BODY3, lambda b: [Edit("delete_paragraph", b[where])])
    expected = [t for i, t in enumerate(["Premier.", "Deuxième.", "Troisième."]) if i != where]
    check_redline(out, src, expected, tmp_path)
    body = _document_xml(out).find(q("body"))
    assert body.findall(q("p"))[-1].find(f"{q('pPr')}/{q('rPr')}/{q('del')}") is None
    assert w.stats["deletions"] == 2  # the runs and one paragraph mark


def test_join_deletes_only_the_paragraph_mark(tmp_path):
    from conftest import pandoc_paragraphs

    from loi_redline.package import open_docx
    from loi_redline.write import accept_revisions

    src, out, w = _write(tmp_path, BODY3, lambda b: [Edit("join", b[0])])
    assert pandoc_paragraphs(out, "reject") == pandoc_paragraphs(src, "accept")
    # pandoc joins with a space; Word (and our accept) run the texts together
    assert pandoc_paragraphs(out, "accept") == ["Premier. Deuxième.", "Troisième."]
    pkg = open_docx(out)
    accept_revisions(pkg)
    accepted = tmp_path / "accepted.docx"
    pkg.save(accepted)
    assert [b.text for b in read(accepted).blocks] == ["Premier.Deuxième.", "Troisième."]
    root = _document_xml(out)
    (mark,) = root.iter(q("del"))
    assert mark.getparent().getparent().tag == q("pPr") and not list(root.iter(q("delText")))
    assert w.stats["deletions"] == 1


def test_join_refused_on_a_deleted_or_last_paragraph(tmp_path):
    src = make_docx(tmp_path / "in.docx", BODY3)
    doc = read(src)
    with pytest.raises(ValueError):
        Writer(doc, date=DATE).apply([Edit("join", doc.blocks[2])])
    with pytest.raises(ValueError):
        Writer(doc, date=DATE).apply(
            [Edit("join", doc.blocks[0]), Edit("delete_paragraph", doc.blocks[0])]
        )


def test_delete_last_paragraphs_merges_into_the_previous_one(tmp_path):
    src, out, _ = _write(
        tmp_path,
        BODY3,
        lambda b: [Edit("delete_paragraph", b[2]), Edit("delete_paragraph", b[1])],
    )
    check_redline(out, src, ["Premier."], tmp_path)


def test_delete_then_insert_at_end_of_body(tmp_path):
    src, out, _ = _write(
        tmp_path,
        BODY3,
        lambda b: [
            Edit("delete_paragraph", b[2]),
            Edit("insert_paragraphs", b[2], paragraphs=["Remplacé."]),
        ],
    )
    check_redline(out, src, ["Premier.", "Deuxième.", "Remplacé."], tmp_path)


def test_paragraphs_in_a_cell(tmp_path):
    cell = p("Ligne 1.") + p("Ligne 2.")
    body = p("Avant.") + table([[cell, "B"]]) + p("Après.")
    src, out, _ = _write(
        tmp_path,
        body,
        lambda b: [
            Edit("delete_paragraph", b[2]),
            Edit("insert_paragraphs", b[1], paragraphs=["Ligne 0."], before=True),
        ],
    )
    check_redline(out, src, ["Avant.", "Ligne 0.", "Ligne 1.", "B", "Après."], tmp_path)


def test_insert_after_last_paragraph_of_a_cell(tmp_path):
    body = p("Avant.") + table([["A", "B"]]) + p("Après.")
    src, out, _ = _write(
        tmp_path, body, lambda b: [Edit("insert_paragraphs", b[1], paragraphs=["A bis."])]
    )
    check_redline(out, src, ["Avant.", "A", "A bis.", "B", "Après."], tmp_path)
    tc = _document_xml(out).find(f".//{q('tc')}")
    last = tc.findall(q("p"))[-1]
    assert last.find(f"{q('pPr')}/{q('rPr')}/{q('ins')}") is None


def test_delete_only_paragraph_of_a_cell_leaves_the_cell_valid(tmp_path):
    body = table([["A", "B"]]) + p("Après.")
    src, out, _ = _write(tmp_path, body, lambda b: [Edit("delete_paragraph", b[0])])
    check_redline(out, src, ["B", "Après."], tmp_path)


def test_insert_before_a_table(tmp_path):
    body = p("Avant.") + table([["A", "B"]]) + p("Après.")
    src, out, _ = _write(
        tmp_path, body, lambda b: [Edit("insert_paragraphs", b[0], paragraphs=["Tableau :"])]
    )
    check_redline(out, src, ["Avant.", "Tableau :", "A", "B", "Après."], tmp_path)


def test_delete_paragraph_before_a_table(tmp_path):
    body = p("Intro.") + p("Avant.") + table([["A", "B"]]) + p("Après.")
    src, out, _ = _write(tmp_path, body, lambda b: [Edit("delete_paragraph", b[1])])
    check_redline(out, src, ["Intro.", "A", "B", "Après."], tmp_path)


# -- comments -----------------------------------------------------------------------------
def test_comment_creates_comments_part(tmp_path):
    src, out, w = _write(
        tmp_path,
        BODY3,
        lambda b: [
            Edit("comment", b[1], 0, 8, text="Clause défavorable.\nVoir l'article 4."),
            Edit("comment", b[2], None, None, text="Tout le paragraphe."),
        ],
    )
    check_redline(out, src, ["Premier.", "Deuxième.", "Troisième."], tmp_path)
    with zipfile.ZipFile(out) as z:
        comments = etree.fromstring(z.read("word/comments.xml"))
        ct = z.read("[Content_Types].xml").decode()
        rels = z.read("word/_rels/document.xml.rels").decode()
    assert "comments+xml" in ct and "relationships/comments" in rels
    cs = comments.findall(q("comment"))
    assert len(cs) == 2 and w.stats["comments"] == 2
    assert [c.get(q("author")) for c in cs] == ["loi-redline", "loi-redline"]
    assert all(c.get(q("date")) == DATE and c.get(q("initials")) for c in cs)
    first = ["".join(x.itertext()) for x in cs[0].findall(q("p"))]
    assert first == ["Clause défavorable.", "Voir l'article 4."]
    root = _document_xml(out)
    (start,) = [
        e for e in root.iter(q("commentRangeStart")) if e.get(q("id")) == cs[0].get(q("id"))
    ]
    # the range covers "Deuxième" exactly
    nxt = start.getnext()
    assert "".join(nxt.itertext()) == "Deuxième"


def test_comment_on_replacement(tmp_path):
    src, out, _ = _write(
        tmp_path,
        p("Paiement à 90 jours."),
        lambda b: [Edit("replace", b[0], 11, 13, text="30", comment="Délai légal.")],
    )
    check_redline(out, src, ["Paiement à 30 jours."], tmp_path)
    root = _document_xml(out)
    (s,) = root.iter(q("commentRangeStart"))
    (e,) = root.iter(q("commentRangeEnd"))
    assert s.getnext().tag == q("del") and e.getprevious().tag == q("ins")


def test_comment_on_inserted_paragraphs(tmp_path):
    src, out, _ = _write(
        tmp_path,
        BODY3,
        lambda b: [
            Edit("insert_paragraphs", b[0], paragraphs=["Ajout."], comment="Clause PME ajoutée.")
        ],
    )
    check_redline(out, src, ["Premier.", "Ajout.", "Deuxième.", "Troisième."], tmp_path)


def test_comment_in_document_with_existing_comments(tmp_path):
    import docx

    d = docx.Document()
    para = d.add_paragraph("Texte commenté par le fournisseur.")
    d.add_comment(para.runs, text="Commentaire existant", author="Vendeur", initials="V")
    d.add_paragraph("Autre paragraphe.")
    src = tmp_path / "existing.docx"
    d.save(str(src))
    with zipfile.ZipFile(src) as z:
        before = z.read("word/comments.xml")
    doc = read(src)
    w = Writer(doc, date=DATE)
    cid = w.comment(doc.blocks[1], 0, 5, "Notre remarque.")
    out = tmp_path / "out.docx"
    w.save(out)
    check_redline(out, src, ["Texte commenté par le fournisseur.", "Autre paragraphe."], tmp_path)
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        comments = etree.fromstring(z.read("word/comments.xml"))
    assert sum(n.startswith("word/comments") for n in names) == sum(
        n.startswith("word/comments") for n in zipfile.ZipFile(src).namelist()
    )
    old = etree.fromstring(before).findall(q("comment"))
    new = comments.findall(q("comment"))
    assert len(new) == len(old) + 1
    assert etree.tostring(new[0], method="c14n") == etree.tostring(old[0], method="c14n")
    assert cid != int(old[0].get(q("id")))


# -- rows, tables, moves -----------------------------------------------------------------
def test_delete_and_insert_rows(tmp_path):
    body = (
        p("Avant.") + table([["Prix", "10"], ["Délai", "30"], ["Garantie", "1 an"]]) + p("Après.")
    )
    other = make_docx(tmp_path / "other.docx", table([["Pénalités", "1 %"]]))
    src_row = read(other).blocks[0].element.getparent().getparent()
    src, out, w = _write(
        tmp_path,
        body,
        lambda b: [
            Edit("delete_row", b[3]),
            Edit("insert_row", b[5], source=src_row, source_package=read(other).package),
        ],
    )
    check_redline(
        out,
        src,
        ["Avant.", "Prix", "10", "Garantie", "1 an", "Pénalités", "1 %", "Après."],
        tmp_path,
    )
    trs = _document_xml(out).findall(f".//{q('tr')}")
    assert trs[1].find(f"{q('trPr')}/{q('del')}") is not None
    assert trs[3].find(f"{q('trPr')}/{q('ins')}") is not None
    # trPr is the row's first child here (no tblPrEx)
    assert trs[3][0].tag == q("trPr") and trs[1][0].tag == q("trPr")


def test_insert_and_delete_tables(tmp_path):
    body = p("Avant.") + table([["A", "B"]]) + p("Milieu.")
    other = make_docx(tmp_path / "other.docx", table([["X", "Y"], ["Z", "T"]]))
    odoc = read(other)
    tbl = odoc.blocks[0].element.getparent().getparent().getparent()
    src, out, _ = _write(
        tmp_path,
        body,
        lambda b: [
            Edit("delete_table", b[1]),
            Edit("insert_table", b[3], source=tbl, source_package=odoc.package),
        ],
    )
    check_redline(out, src, ["Avant.", "Milieu.", "X", "Y", "Z", "T"], tmp_path, lo_joins=True)


def test_move_paragraph(tmp_path):
    body = p("Un.") + p("Deux.") + p("Trois.") + p("Quatre.")
    src, out, w = _write(tmp_path, body, lambda b: [Edit("move", b[0], target=b[2])])
    check_redline(out, src, ["Deux.", "Trois.", "Un.", "Quatre."], tmp_path)
    root = _document_xml(out)
    starts = {
        e.tag: e.get(q("name")) for e in root.iter(q("moveFromRangeStart"), q("moveToRangeStart"))
    }
    assert len(starts) == 2 and len(set(starts.values())) == 1
    assert root.find(f".//{q('moveFrom')}//{q('delText')}") is not None
    assert w.stats["moves"] == 4  # runs and mark, on both sides


# -- existing revisions, ids, determinism, refusals ---------------------------------------
def test_deleting_inside_someone_elses_insertion_nests(tmp_path):
    ins = (
        f'<w:ins w:id="1" w:author="Vendeur" w:date="2026-01-01T00:00:00Z">'
        f"{run('sans aucune limite')}</w:ins>"
    )
    body = p(run("Responsabilité "), ins, run("."))
    src, out, _ = _write(tmp_path, body, lambda b: [Edit("replace", b[0], 20, 26, text="")])
    root = _document_xml(out)
    (foreign,) = [e for e in root.iter(q("ins")) if e.get(q("author")) == "Vendeur"]
    assert foreign.find(q("del")) is not None  # w:ins > w:del, as Word writes it
    assert foreign.get(q("id")) == "1"
    seen = views(out)
    for lines in seen["reject"].values():
        assert lines == ["Responsabilité ."]
    for lines in seen["accept"].values():
        assert lines == ["Responsabilité sans limite."]
    validate(out)


def test_replacement_inside_someone_elses_insertion_is_refused(tmp_path):
    ins = f'<w:ins w:id="1" w:author="V" w:date="2026-01-01T00:00:00Z">{run("abc def")}</w:ins>'
    src = make_docx(tmp_path / "in.docx", p(ins))
    doc = read(src)
    w = Writer(doc, date=DATE)
    before = etree.tostring(doc.blocks[0].element)
    with pytest.raises(ValueError):
        w.apply([Edit("replace", doc.blocks[0], 0, 3, text="xyz")])
    assert etree.tostring(doc.blocks[0].element) == before  # refused before any change


def test_overlapping_edits_are_refused(tmp_path):
    src = make_docx(tmp_path / "in.docx", p("Une phrase assez longue."))
    doc = read(src)
    w = Writer(doc, date=DATE)
    b = doc.blocks[0]
    with pytest.raises(ValueError):
        w.apply([Edit("replace", b, 0, 10, text="x"), Edit("replace", b, 5, 12, text="y")])
    with pytest.raises(ValueError):
        w.apply([Edit("replace", b, 0, 99, text="x")])
    with pytest.raises(ValueError):
        w.apply([Edit("replace", b, 0, 3, text="x"), Edit("delete_paragraph", b)])


def test_same_date_same_bytes(tmp_path):
    body = BODY3 + table([["A", "B"]])

    def run_once(name):
        src = make_docx(tmp_path / "in.docx", body) if name == "a" else tmp_path / "in.docx"
        doc = read(src)
        w = Writer(doc, date=DATE)
        b = doc.blocks
        w.apply(
            [
                Edit("replace", b[0], 0, 7, text="Premier et unique"),
                Edit("insert_paragraphs", b[1], paragraphs=["Inséré."]),
                Edit("delete_paragraph", b[2]),
                Edit("comment", b[3], 0, 1, text="Note."),
            ]
        )
        return w.to_bytes()

    assert run_once("a") == run_once("b")


def test_without_date_uses_current_time_to_the_second(tmp_path):
    src = make_docx(tmp_path / "in.docx", p("Texte."))
    w = Writer(read(src))
    assert len(w.date) == 20 and w.date.endswith("Z") and w.date[10] == "T"


def test_ids_do_not_collide_with_existing_ones(tmp_path):
    ins = f'<w:ins w:id="41" w:author="V" w:date="2026-01-01T00:00:00Z">{run("ajout")}</w:ins>'
    bm = '<w:bookmarkStart w:id="57" w:name="x"/><w:bookmarkEnd w:id="57"/>'
    body = p(run("Avant "), ins, bm) + p("Autre texte.")
    src, out, _ = _write(
        tmp_path,
        body,
        lambda b: [Edit("replace", b[1], 0, 5, text="Un"), Edit("comment", b[1], 6, 11, text="c")],
    )
    root = _document_xml(out)
    ours = [
        int(e.get(q("id")))
        for e in root.iter(q("ins"), q("del"), q("commentRangeStart"))
        if e.get(q("author"), "loi-redline") == "loi-redline"
    ]
    assert ours and min(ours) > 57
    validate(out)


def test_schema_order_in_new_paragraph_properties(tmp_path):
    ppr = (
        '<w:pPr><w:pStyle w:val="Normal"/><w:spacing w:after="120"/><w:jc w:val="both"/>'
        '<w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:pPr>'
    )
    body = p(run("Corps", '<w:b/><w:sz w:val="24"/>'), ppr=ppr) + p("Fin.")
    src, out, _ = _write(
        tmp_path,
        body,
        lambda b: [
            Edit("insert_paragraphs", b[1], paragraphs=["Après la fin."]),
            Edit("delete_paragraph", b[0]),
        ],
    )
    check_redline(out, src, ["Fin.", "Après la fin."], tmp_path)
    for pp in _document_xml(out).iter(q("pPr")):
        tags = [c.tag for c in pp]
        if q("rPr") in tags:
            assert tags.index(q("rPr")) >= len(tags) - 3
        rpr = pp.find(q("rPr"))
        if rpr is not None and len(rpr):
            kinds = [c.tag for c in rpr]
            revs = [t for t in kinds if t in (q("ins"), q("del"))]
            assert kinds[: len(revs)] == revs  # revision marks first in a mark's rPr


assert W  # namespace used by helpers


# -- content copied from another document ------------------------------------------------
def _png() -> bytes:
    import struct
    import zlib

    def chunk(tag, data):
        crc = zlib.crc32(tag + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


def test_insert_paragraphs_copied_from_another_document(tmp_path):
    import docx

    (tmp_path / "px.png").write_bytes(_png())
    ref = docx.Document()
    para = ref.add_paragraph("Logo : ")
    para.add_run().add_picture(str(tmp_path / "px.png"))
    ref.add_paragraph("Voir ")
    ref_path = tmp_path / "ref.docx"
    ref.save(str(ref_path))
    # a hyperlink and a foreign revision in the reference paragraph
    link = f'<w:hyperlink r:id="rIdRef9">{run("le guide")}</w:hyperlink>'
    ins = f'<w:ins w:id="3" w:author="Réf" w:date="2026-01-01T00:00:00Z">{run(" PME")}</w:ins>'
    gone = '<w:del w:id="4" w:author="Réf" w:date="2026-01-01T00:00:00Z"><w:r><w:delText> obsolète</w:delText></w:r></w:del>'
    ref_body = p(
        run("Voir "), link, ins, gone, run("."), ppr='<w:pPr><w:pStyle w:val="Inexistant"/></w:pPr>'
    )
    ref2 = make_docx(
        tmp_path / "ref2.docx", ref_body, hyperlinks={"rIdRef9": "https://example.org/guide"}
    )
    rdoc, rdoc2 = read(ref_path), read(ref2)
    src = make_docx(tmp_path / "in.docx", BODY3)
    doc = read(src)
    w = Writer(doc, date=DATE)
    w.apply(
        [
            Edit(
                "insert_paragraphs",
                doc.blocks[0],
                paragraphs=[rdoc.blocks[0]],
                source_package=rdoc.package,
            ),
            Edit(
                "insert_paragraphs",
                doc.blocks[1],
                paragraphs=[rdoc2.blocks[0]],
                source_package=rdoc2.package,
            ),
        ]
    )
    out = tmp_path / "out.docx"
    w.save(out)
    check_redline(
        out,
        src,
        ["Premier.", "Logo :", "Deuxième.", "Voir le guide PME.", "Troisième."],
        tmp_path,
    )
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        rels = etree.fromstring(z.read("word/_rels/document.xml.rels"))
    media = [n for n in names if n.startswith("word/media/")]
    assert len(media) == 1
    targets = {r.get("Id"): r.get("Target") for r in rels}
    root = _document_xml(out)
    blip = next(root.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}blip"))
    rid = blip.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed")
    assert "word/" + targets[rid] == media[0]
    (h,) = root.iter(q("hyperlink"))
    hid = h.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
    assert targets[hid] == "https://example.org/guide"
    # the reference's own revisions are accepted, not carried over
    assert all(e.get(q("author")) == "loi-redline" for e in root.iter(q("ins"), q("del")))
    # a style this document does not define is not referenced
    assert all(s.get(q("val")) != "Inexistant" for s in root.iter(q("pStyle")))


def test_hyperlink_without_its_package_becomes_plain_text(tmp_path):
    link = f'<w:hyperlink r:id="rIdRef9">{run("le guide")}</w:hyperlink>'
    ref = make_docx(
        tmp_path / "ref.docx", p(run("Voir "), link), hyperlinks={"rIdRef9": "https://x.org"}
    )
    rblock = read(ref).blocks[0]
    src, out, _ = _write(
        tmp_path, BODY3, lambda b: [Edit("insert_paragraphs", b[2], paragraphs=[rblock])]
    )
    check_redline(out, src, ["Premier.", "Deuxième.", "Troisième.", "Voir le guide"], tmp_path)
    assert next(_document_xml(out).iter(q("hyperlink")), None) is None


def test_move_at_the_end_of_the_body_falls_back_to_delete_and_insert(tmp_path):
    src, out, w = _write(tmp_path, BODY3, lambda b: [Edit("move", b[2], target=b[0])])
    check_redline(out, src, ["Premier.", "Troisième.", "Deuxième."], tmp_path)
    assert w.stats["moves"] == 0 and w.stats["insertions"] and w.stats["deletions"]


def test_move_before_a_paragraph(tmp_path):
    body = p("Un.") + p("Deux.") + p("Trois.") + p("Quatre.")
    src, out, w = _write(tmp_path, body, lambda b: [Edit("move", b[2], target=b[0], before=True)])
    check_redline(out, src, ["Trois.", "Un.", "Deux.", "Quatre."], tmp_path)
    assert w.stats["moves"] == 4


def test_comment_overlapping_a_replacement(tmp_path):
    src, out, _ = _write(
        tmp_path,
        p("Le délai de paiement est de 90 jours."),
        lambda b: [
            Edit("replace", b[0], 28, 30, text="30"),
            Edit("comment", b[0], 0, 30, text="Délai."),
        ],
    )
    check_redline(out, src, ["Le délai de paiement est de 30 jours."], tmp_path)
    root = _document_xml(out)
    (e,) = root.iter(q("commentRangeEnd"))
    assert e.getprevious().tag == q("ins")


def test_second_apply_cannot_edit_deleted_text(tmp_path):
    src = make_docx(tmp_path / "in.docx", p("Une phrase assez longue."))
    doc = read(src)
    w = Writer(doc, date=DATE)
    w.apply([Edit("replace", doc.blocks[0], 0, 10, text="")])
    with pytest.raises(ValueError):
        w.apply([Edit("replace", doc.blocks[0], 2, 4, text="x")])


def test_insert_table_at_the_end_of_the_body(tmp_path):
    other = make_docx(tmp_path / "other.docx", table([["X", "Y"]]))
    odoc = read(other)
    tbl = odoc.blocks[0].element.getparent().getparent().getparent()
    src, out, _ = _write(
        tmp_path,
        BODY3,
        lambda b: [
            Edit(
                "insert_table",
                b[2],
                source=tbl,
                source_package=odoc.package,
                comment="Tableau des pénalités ajouté.",
            )
        ],
    )
    check_redline(
        out, src, ["Premier.", "Deuxième.", "Troisième.", "X", "Y"], tmp_path, lo_joins=True
    )
    body = _document_xml(out).find(q("body"))
    kids = [c.tag for c in body]
    assert kids[-3:] == [q("tbl"), q("p"), q("sectPr")]  # Word needs a paragraph last
    assert body.findall(q("p"))[-1].find(f"{q('pPr')}/{q('rPr')}/{q('ins')}") is None


def test_comments_on_rows_and_moves(tmp_path):
    body = p("Un.") + p("Deux.") + table([["A", "B"], ["C", "D"]]) + p("Trois.") + p("Quatre.")
    src, out, w = _write(
        tmp_path,
        body,
        lambda b: [
            Edit("delete_row", b[4], comment="Ligne retirée."),
            Edit("move", b[1], target=b[6], comment="Déplacé."),
        ],
    )
    check_redline(out, src, ["Un.", "A", "B", "Trois.", "Deux.", "Quatre."], tmp_path)
    assert w.stats["comments"] == 2


def test_deleting_a_section_break_paragraph_keeps_the_section(tmp_path):
    sect = (
        '<w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720"'
        ' w:footer="720" w:gutter="0"/></w:sectPr></w:pPr>'
    )
    body = p("Partie A.") + p("Fin de section.", ppr=sect) + p("Partie B.")
    src, out, _ = _write(tmp_path, body, lambda b: [Edit("delete_paragraph", b[1])])
    check_redline(out, src, ["Partie A.", "Partie B."], tmp_path)
    ps = _document_xml(out).find(q("body")).findall(q("p"))
    assert ps[1].find(f"{q('pPr')}/{q('sectPr')}") is not None
    assert ps[1].find(f"{q('pPr')}/{q('rPr')}/{q('del')}") is None


def test_control_characters_are_not_written(tmp_path):
    src, out, _ = _write(
        tmp_path,
        p("Texte."),
        lambda b: [
            Edit("replace", b[0], 5, 5, text=" sale\x00\x07 ;"),
            Edit("comment", b[0], 0, 5, text="note\x1b"),
        ],
    )
    check_redline(out, src, ["Texte sale ;."], tmp_path)


def test_windows_line_ends_make_one_break(tmp_path):
    src, out, _ = _write(tmp_path, p("A"), lambda b: [Edit("replace", b[0], 1, 1, text="\r\nB\rC")])
    (i,) = _document_xml(out).iter(q("ins"))
    assert [c.tag.split("}")[1] for c in i.find(q("r"))] == ["br", "t", "br", "t"]


def test_insertion_after_a_cross_reference_goes_after_the_field(tmp_path):
    fld = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> REF _Ref1 \\h </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + run("Article 5")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    # the bookmark the field refers to, so that a reader updating fields finds it
    target = '<w:bookmarkStart w:id="90" w:name="_Ref1"/>' + run("Article 5")
    body = p(target + '<w:bookmarkEnd w:id="90"/>') + p(
        run("Conformément à l'"), fld, run(", le prix est dû.")
    )
    text = "Conformément à l'Article 5, le prix est dû."
    at = text.index(",")
    src, out, _ = _write(
        tmp_path, body, lambda b: [Edit("replace", b[1], at, at, text=" et à l'annexe 2")]
    )
    check_redline(
        out,
        src,
        ["Article 5", "Conformément à l'Article 5 et à l'annexe 2, le prix est dû."],
        tmp_path,
    )
    (ins,) = _document_xml(out).iter(q("ins"))
    prev = ins.getprevious()
    assert prev.find(q("fldChar")).get(q("fldCharType")) == "end"


def test_edits_applied_one_call_at_a_time_keep_original_offsets(tmp_path):
    """The markup engineer applies edits one by one (to fall back on a comment when one
    is refused): offsets stay those of the original text whatever was applied before."""
    text = "Le fournisseur peut résilier à tout moment sans préavis."
    src = make_docx(tmp_path / "in.docx", p(run(text)))
    doc = read(src)
    b = doc.blocks[0]
    w = Writer(doc, date=DATE)
    w.apply([Edit("replace", b, 3, 14, text="client")])
    k = text.index("à tout moment")
    w.apply([Edit("replace", b, k, k + 13, text="avec un préavis de trois mois")])
    w.apply([Edit("comment", b, 15, 19, text="Faculté unilatérale.")])
    k = text.index(" sans préavis")
    w.apply([Edit("replace", b, k, k + 13, text="")])
    with pytest.raises(ValueError):  # inside text an earlier call deleted
        w.apply([Edit("replace", b, 5, 7, text="x")])
    out = tmp_path / "out.docx"
    w.save(out)
    check_redline(out, src, ["Le client peut résilier avec un préavis de trois mois."], tmp_path)


def test_row_properties_after_table_exceptions(tmp_path):
    row = (
        '<w:tr><w:tblPrEx><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0"'
        ' w:color="auto"/></w:tblBorders></w:tblPrEx><w:trPr><w:cantSplit/></w:trPr>'
        f"<w:tc>{p('Exception')}</w:tc></w:tr>"
    )
    tbl = table([["Normal"]]).replace("</w:tbl>", row + "</w:tbl>")
    src, out, _ = _write(
        tmp_path, p("Avant.") + tbl + p("Après."), lambda b: [Edit("delete_row", b[2])]
    )
    check_redline(out, src, ["Avant.", "Normal", "Après."], tmp_path)
    tr = _document_xml(out).findall(f".//{q('tr')}")[1]
    assert [c.tag for c in tr][:2] == [q("tblPrEx"), q("trPr")]
    assert [c.tag for c in tr.find(q("trPr"))] == [q("cantSplit"), q("del")]


def test_zz_libreoffice_reads_every_redline_of_this_module():
    """Last in the file: one LibreOffice session reads every redline the tests above wrote."""
    assert check_lo_queue() > 0
