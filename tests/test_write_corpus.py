"""The writer on Word-authored documents that already carry tracked changes (Docxodus RP
files): our edits land, the authors' own revisions and comments stay exactly as they were,
ids stay unique and the parts stay valid."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from conftest import CORPUS, load_oracle, pandoc_paragraphs
from helpers_writer import DATE, q
from lxml import etree

from loi_redline.model import Edit
from loi_redline.read import read
from loi_redline.write import Writer

RP = CORPUS / "docxodus" / "RP"
REVISION_TAGS = [
    q(t)
    for t in (
        "ins",
        "del",
        "moveFrom",
        "moveTo",
        "rPrChange",
        "pPrChange",
        "sectPrChange",
        "trPrChange",
        "tcPrChange",
        "tblPrChange",
        "comment",
    )
]


def _inputs() -> list[Path]:
    if not RP.is_dir():
        return []
    return [f for f in sorted(RP.glob("*.docx")) if not f.stem.endswith(("-Accepted", "-Rejected"))]


def _revisions(path: Path) -> dict[tuple[str, str, str], bytes]:
    """Every revision element and comment of every part, by (part, tag, id)."""
    out = {}
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if not name.startswith("word/") or not name.endswith(".xml"):
                continue
            root = etree.fromstring(z.read(name))
            for el in root.iter(*REVISION_TAGS):
                key = (name, el.tag, el.get(q("id")) or "")
                if el.get(q("author")) == "loi-redline":
                    continue
                out[key] = etree.tostring(el, method="c14n")
    return out


def _norm(s: str) -> str:
    return " ".join(s.split())


@pytest.mark.slow
@pytest.mark.parametrize("path", _inputs(), ids=lambda p: p.stem)
def test_edits_keep_existing_revisions(tmp_path, path):
    if not RP.is_dir():
        pytest.skip("../shared is absent")
    doc = read(path)
    body = [b for b in doc.blocks if b.story == "body"]
    if not body:
        pytest.skip("no body paragraph")
    clean = [
        b
        for b in body
        if not b.revisions
        and len(b.text) >= 6
        and all(sp.revision is None for sp in b.spans)
        and all(sp.run.tag == q("r") and sp.node.getparent() is sp.run for sp in b.spans)
    ]
    edits = [Edit("insert_paragraphs", body[0], paragraphs=["LOIMARK paragraphe."])]
    revised = [b for b in body if b.revisions]
    if revised:
        edits.append(Edit("comment", revised[-1], None, None, text="Sur une révision."))
    target = clean[0] if clean else None
    if target is not None:
        cut = len(target.text.split(" ")[0])
        edits += [
            Edit("replace", target, 0, cut, text="LOIMARK"),
            Edit("comment", target, 0, len(target.text), text="Remarque."),
        ]
    w = Writer(doc, date=DATE)
    w.apply(edits)
    out = tmp_path / "out.docx"
    w.save(out)

    assert _revisions(out) == _revisions(path)
    assert pandoc_paragraphs(out, "reject") == pandoc_paragraphs(path, "reject")
    got = pandoc_paragraphs(out, "accept")
    want = pandoc_paragraphs(path, "accept")
    assert "LOIMARK paragraphe." in got
    got.remove("LOIMARK paragraphe.")
    if target is not None:
        line = _norm(target.text)
        if want.count(line) == 1:
            want[want.index(line)] = _norm("LOIMARK" + target.text[cut:])
        else:
            got = [g.replace("LOIMARK", target.text[:cut]) for g in got]
    assert got == want

    oracle = load_oracle()
    rep = oracle.run_check(str(out), str(path), None, use_lo=False)
    for key in ("a", "e"):
        assert rep.checks[key].status == "PASS", rep.render()
    if rep.checks["f"].status != "PASS":
        # the input already breaks the schema (the oracle then only shows a count): every
        # kind of error in our output must be one the input has (copied run properties)
        new = _schema_messages(oracle, out) - _schema_messages(oracle, path)
        assert not new, new


def _schema_messages(oracle, path: Path) -> set[str]:
    pkg = oracle.Package(str(path))
    schema = oracle.get_schema()
    out = set()
    for name in pkg.names:
        if not name.endswith(".xml"):
            continue
        root = pkg.xml(name)
        if root is None or oracle.ns_of(root.tag) not in schema.namespaces:
            continue
        processed, _ = oracle.mce_preprocess(
            root, (schema.namespaces - oracle.MS_EXT_NS) | {oracle.ns_of(root.tag)}
        )
        ok, errs = schema.validate(processed)
        out |= {f"{name}: {e.message}" for e in errs}
        out |= (
            {f"{name}: {m}" for m in oracle.order_problems(root)}
            if oracle.ns_of(root.tag) == oracle.W
            else set()
        )
    pkg.close()
    return out


def test_delete_a_row_someone_inserted(tmp_path):
    path = RP / "RP010-Inserted-Table-Row.docx"
    if not path.exists():
        pytest.skip("../shared is absent")
    doc = read(path)
    rows = [
        b
        for b in doc.blocks
        if b.table is not None
        and b.element.getparent().getparent().find(f"{q('trPr')}/{q('ins')}") is not None
    ]
    assert rows, "RP010 has an inserted row"
    w = Writer(doc, date=DATE)
    w.apply([Edit("delete_row", rows[0])])
    out = tmp_path / "out.docx"
    w.save(out)
    tr = rows[0].element.getparent().getparent()
    trpr = tr.find(q("trPr"))
    assert [c.tag for c in trpr if c.tag in (q("ins"), q("del"))] == [q("ins"), q("del")]
    assert pandoc_paragraphs(out, "reject") == pandoc_paragraphs(path, "reject")
    gone = {_norm(b.text) for b in rows if b.element.getparent().getparent() is tr}
    assert not gone & set(pandoc_paragraphs(out, "accept")) - {""}
    oracle = load_oracle()
    rep = oracle.run_check(str(out), str(path), None, use_lo=False)
    assert rep.checks["e"].status == "PASS" and rep.checks["f"].status == "PASS", rep.render()


def test_text_box_edits_reach_the_vml_fallback(tmp_path):
    """pandoc reads a text box from its VML copy (mc:Fallback): it must carry our changes,
    with ids of its own and without a second comment anchor."""
    path = CORPUS / "wmlcomparer" / "WC046-Two-Text-Box.docx"
    if not path.exists():
        pytest.skip("../shared is absent")
    doc = read(path)
    boxes = [b for b in doc.notes if b.story == "textbox" and b.text]
    assert len(boxes) == 2
    w = Writer(doc, date=DATE)
    w.apply(
        [
            Edit("replace", boxes[0], 0, 4, text="Cadre"),
            Edit("comment", boxes[1], 0, 4, text="Note."),
            Edit("insert_paragraphs", boxes[1], paragraphs=["Ajout dans le cadre."]),
        ]
    )
    out = tmp_path / "out.docx"
    w.save(out)
    before = pandoc_paragraphs(path, "accept")
    assert pandoc_paragraphs(out, "reject") == before
    want = list(before)
    want[want.index(boxes[0].text)] = "Cadre" + boxes[0].text[4:]
    want.insert(want.index(boxes[1].text) + 1, "Ajout dans le cadre.")
    assert pandoc_paragraphs(out, "accept") == want
    rep = load_oracle().run_check(str(out), str(path), None, use_lo=False)
    for key in "aef":
        assert rep.checks[key].status == "PASS", rep.render()


def _accepted_pairs() -> list[tuple[Path, Path]]:
    return [
        (f, f.with_name(f.stem + "-Accepted.docx"))
        for f in _inputs()
        if f.with_name(f.stem + "-Accepted.docx").exists()
    ]


@pytest.mark.slow
@pytest.mark.parametrize("path,accepted", _accepted_pairs(), ids=lambda x: x.stem)
def test_accept_revisions_matches_word(tmp_path, path, accepted):
    """accept_revisions gives the text Word's own Accept All gave, and leaves no revision."""
    from loi_redline.package import open_docx
    from loi_redline.write import accept_revisions

    pkg = open_docx(path)
    accept_revisions(pkg)
    out = tmp_path / "accepted.docx"
    pkg.save(out)
    assert pandoc_paragraphs(out, "reject") == pandoc_paragraphs(accepted, "accept")
    kinds = ("ins", "del", "moveFrom", "moveTo", "moveFromRangeStart", "moveToRangeStart")
    kinds += ("rPrChange", "pPrChange", "cellIns", "cellDel", "trPrChange", "tblPrChange")
    left = []
    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            if name.startswith("word/") and name.endswith(".xml") and "comments" not in name:
                root = etree.fromstring(z.read(name))
                left += [f"{name}: {e.tag}" for e in root.iter(*[q(k) for k in kinds])]
    assert not left, left[:5]


def test_inserted_paragraph_brings_its_footnote(tmp_path):
    before = CORPUS / "wmlcomparer" / "WC034-Footnotes-Before.docx"
    after = CORPUS / "wmlcomparer" / "WC034-Footnotes-After3.docx"
    if not before.exists() or not after.exists():
        pytest.skip("../shared is absent")
    oracle = load_oracle()
    src, ref = read(before), read(after)
    with_note = [
        b for b in ref.blocks if next(b.element.iter(q("footnoteReference")), None) is not None
    ]
    assert with_note
    block = with_note[-1]
    note_ids = [r.get(q("id")) for r in block.element.iter(q("footnoteReference"))]
    notes = [
        n
        for n in ref.package.xml("word/footnotes.xml").iter(q("footnote"))
        if n.get(q("id")) in note_ids
    ]
    assert len(notes) == len(note_ids)
    w = Writer(src, date=DATE)
    w.apply(
        [Edit("insert_paragraphs", src.blocks[0], paragraphs=[block], source_package=ref.package)]
    )
    out = tmp_path / "out.docx"
    w.save(out)
    orig_lines = oracle.read_text(str(before), "accept", ("pandoc",))["pandoc"]
    assert oracle.read_text(str(out), "reject", ("pandoc",))["pandoc"] == orig_lines
    accepted = oracle.read_text(str(out), "accept", ("pandoc",))["pandoc"]
    note_lines = [
        _norm("".join(t.text or "" for t in x.iter(q("t")))) for n in notes for x in n.iter(q("p"))
    ]
    added = list(accepted)
    for line in orig_lines:
        added.remove(line)
    # the paragraph and every paragraph of its notes, nothing else
    assert sorted(added) == sorted([_norm(block.text), *[x for x in note_lines if x]])
    refs = [r.get(q("id")) for r in _document(out).iter(q("footnoteReference"))]
    assert len(refs) == len(set(refs))  # the copied note has an id of its own
    rep = oracle.run_check(str(out), str(before), None, use_lo=False)
    for key in "aef":
        assert rep.checks[key].status == "PASS", rep.render()


def test_first_note_creates_the_notes_part_as_word_does(tmp_path):
    """A note copied into a document that has no notes part: the part comes with Word's
    separator notes (-1, 0), its relationship, content type and settings entry, and the
    notes are numbered in the order of their references (LibreOffice goes by that order)."""
    from helpers_writer import make_docx, p, run

    after = CORPUS / "wmlcomparer" / "WC034-Footnotes-After3.docx"
    if not after.exists():
        pytest.skip("../shared is absent")
    ref = read(after)
    with_note = [
        b for b in ref.blocks if next(b.element.iter(q("footnoteReference")), None) is not None
    ]
    assert with_note
    src_path = make_docx(tmp_path / "in.docx", p(run("Un.")) + p(run("Deux.")))
    src = read(src_path)
    from loi_redline.package import open_docx

    assert not open_docx(src_path).related(open_docx(src_path).main_part, "footnotes")
    w = Writer(src, date=DATE)
    # the same paragraph copied twice, the later place first: its notes are copied first
    w.apply(
        [
            Edit("insert_paragraphs", src.blocks[1], paragraphs=[with_note[0]],
                 source_package=ref.package),
            Edit("insert_paragraphs", src.blocks[0], paragraphs=[with_note[0]],
                 source_package=ref.package),
        ]
    )  # fmt: skip
    out = tmp_path / "out.docx"
    w.save(out)
    pkg = open_docx(out)
    (part,) = pkg.related(pkg.main_part, "footnotes")
    assert pkg.content_type(part).endswith("wordprocessingml.footnotes+xml")
    notes = list(pkg.xml(part).iter(q("footnote")))
    assert [(n.get(q("type")), n.get(q("id"))) for n in notes[:2]] == [
        ("separator", "-1"),
        ("continuationSeparator", "0"),
    ]
    ids = [n.get(q("id")) for n in notes[2:]]
    refs = list(dict.fromkeys(r.get(q("id")) for r in _document(out).iter(q("footnoteReference"))))
    assert refs == ids == [str(k) for k in range(1, len(ids) + 1)]
    (settings,) = pkg.related(pkg.main_part, "settings")
    assert pkg.xml(settings).find(q("footnotePr")) is not None
    oracle = load_oracle()
    rep = oracle.run_check(str(out), str(src_path), None, use_lo=False)
    for key in "abef":
        assert rep.checks[key].status == "PASS", rep.render()


def _document(path: Path):
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read("word/document.xml"))


def test_equations_are_tracked_whole(tmp_path):
    """A paragraph holding an equation, deleted or copied in: the m:oMath goes inside the
    w:del/w:ins as a whole (math readers drop what a revision holds deeper in it)."""
    before = CORPUS / "wmlcomparer" / "WC012-Math-Before.docx"
    after = CORPUS / "wmlcomparer" / "WC012-Math-After.docx"
    if not before.exists() or not after.exists():
        pytest.skip("../shared is absent")
    oracle = load_oracle()
    math = "{http://schemas.openxmlformats.org/officeDocument/2006/math}oMath"
    src, ref = read(before), read(after)
    ours = [b for b in src.blocks if next(b.element.iter(math), None) is not None]
    theirs = [b for b in ref.blocks if next(b.element.iter(math), None) is not None]
    assert ours and theirs
    w = Writer(src, date=DATE)
    w.apply(
        [
            Edit("delete_paragraph", ours[0]),
            Edit(
                "insert_paragraphs",
                src.blocks[-1],
                paragraphs=[theirs[0]],
                source_package=ref.package,
            ),
        ]
    )
    out = tmp_path / "out.docx"
    w.save(out)
    for reader in ("pandoc", "lo") if shutil.which("soffice") else ("pandoc",):
        orig = oracle.read_text(str(before), "accept", (reader,))[reader]
        new = oracle.read_text(str(after), "accept", (reader,))[reader]
        math_old = [x for x in orig if x not in new] or orig[:0]
        assert oracle.read_text(str(out), "reject", (reader,))[reader] == orig
        accepted = oracle.read_text(str(out), "accept", (reader,))[reader]
        assert not set(math_old) & set(accepted)
        assert set(new) - set(orig) <= set(accepted)
    for el in _document(out).iter(math):
        up = el.getparent()
        if up.tag == math + "Para":
            up = up.getparent()
        assert up.tag in (q("ins"), q("del")), up.tag  # every equation here is tracked
    rep = oracle.run_check(str(out), str(before), None, use_lo=False)
    for key in "aef":
        assert rep.checks[key].status == "PASS", rep.render()
