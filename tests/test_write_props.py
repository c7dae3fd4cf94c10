"""Property tests of the writer: random runs, random non-overlapping edits in any order,
in one call or one call each; the accepted text (read back by `read`) is the intended one
and the rejected text the original."""

from __future__ import annotations

import tempfile
from pathlib import Path

from helpers_writer import DATE, make_docx, p, q, run
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from loi_redline.model import Edit
from loi_redline.package import open_docx
from loi_redline.read import read
from loi_redline.write import Writer

FORMATS = ["", "<w:b/>", "<w:i/>", '<w:u w:val="single"/>']
words = st.text(alphabet="abé ,", min_size=1, max_size=8)


def _rejected(path: Path) -> list[str]:
    """Text of each body paragraph with our changes rejected: insertions out, deletions in."""
    pkg = open_docx(path)
    body = pkg.xml(pkg.main_part).find(q("body"))
    out = []
    for para in body.iter(q("p")):
        buf = []
        for el in para.iter(q("t"), q("delText"), q("tab")):
            a, inserted = el.getparent(), False
            while a is not None and a is not para:
                inserted = inserted or a.tag == q("ins")
                a = a.getparent()
            if not inserted:
                buf.append("\t" if el.tag == q("tab") else el.text or "")
        out.append("".join(buf))
    return out


@st.composite
def cases(draw):
    runs = draw(st.lists(st.tuples(words, st.sampled_from(FORMATS)), min_size=1, max_size=4))
    text = "".join(t for t, _ in runs)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=6)))
    edits = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        new = draw(st.one_of(st.just(""), words))
        if a == b and not new:
            continue
        if edits and edits[-1][0] == edits[-1][1] == a == b:
            continue  # two insertions at one point have no defined order
        edits.append((a, b, new))
    order = draw(st.permutations(list(range(len(edits)))))
    one_by_one = draw(st.booleans())
    return runs, edits, order, one_by_one


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
# an insertion where a replaced stretch ends goes after the replacement's new text
@example(([("a", "")], [(0, 0, "a"), (0, 1, "a"), (1, 1, ",")], [0, 1, 2], True))
def test_random_replacements(case):
    runs, edits, order, one_by_one = case
    text = "".join(t for t, _ in runs)
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        body = p(*[run(t, f) for t, f in runs]) + p("Fin.")
        src = make_docx(d / "in.docx", body)
        doc = read(src)
        b = doc.blocks[0]
        assert b.text == text
        w = Writer(doc, date=DATE)
        todo = [Edit("replace", b, *edits[i][:2], text=edits[i][2]) for i in order]
        if one_by_one:
            for e in todo:
                w.apply([e])
        else:
            w.apply(todo)
        out = d / "out.docx"
        w.save(out)
        want = text
        for a, c, new in sorted(edits, reverse=True):
            want = want[:a] + new + want[c:]
        assert [x.text for x in read(out).blocks] == ([want] if want else [""]) + ["Fin."]
        assert _rejected(out) == [text, "Fin."]
        root = open_docx(out).xml("word/document.xml")
        assert not root.findall(f".//{q('del')}//{q('t')}")
        assert not root.findall(f".//{q('ins')}//{q('delText')}")


def _views(path: Path) -> tuple[list[str], list[str]]:
    """(accepted, rejected) paragraph texts of the body, straight from the XML: a paragraph
    whose mark is deleted (accept) or inserted (reject) runs on into the next one."""
    pkg = open_docx(path)
    body = pkg.xml(pkg.main_part).find(q("body"))
    views = []
    for accept in (True, False):
        lines, buf = [], ""
        for para in body.iter(q("p")):
            for el in para.iter(q("t"), q("delText")):
                a, ins, dele = el.getparent(), False, False
                while a is not None and a is not para:
                    ins = ins or a.tag == q("ins")
                    dele = dele or a.tag == q("del")
                    a = a.getparent()
                keep = not dele if accept else not ins
                if keep:
                    buf += el.text or ""
            mark = para.find(f"{q('pPr')}/{q('rPr')}")
            gone = mark is not None and mark.find(q("del" if accept else "ins")) is not None
            if not gone:
                lines.append(buf)
                buf = ""
        views.append(lines)
    return views[0], views[1]


@st.composite
def paragraph_cases(draw):
    n = draw(st.integers(1, 5))
    ops = draw(
        st.lists(
            st.sampled_from(["keep", "delete", "drop", "after", "before", "both", "edit"]),
            min_size=n,
            max_size=n,
        )
    )
    in_cell = draw(st.booleans())
    return n, ops, in_cell


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraph_cases())
def test_random_paragraph_insertions_and_deletions(case):
    n, ops, in_cell = case
    texts = [f"P{i} texte" for i in range(n)]
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        paras = "".join(p(t) for t in texts)
        if in_cell:  # the same paragraphs as the content of a table cell
            paras = (
                "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid>"
                f"<w:tr><w:tc>{paras}</w:tc></w:tr></w:tbl>" + p("Fin.")
            )
        src = make_docx(d / "in.docx", paras)
        doc = read(src)
        edits, want = [], []
        for i, (b, op) in enumerate(zip(doc.blocks[:n], ops, strict=True)):
            if op in ("before", "both"):
                edits.append(Edit("insert_paragraphs", b, paragraphs=[f"Avant {i}"], before=True))
                want.append(f"Avant {i}")
            if op in ("delete", "drop"):
                edits.append(Edit("delete_paragraph", b))
            elif op == "edit":
                edits.append(Edit("replace", b, 0, 2, text=f"Q{i}"))
                want.append(f"Q{i} texte")
            else:
                want.append(texts[i])
            if op in ("after", "both", "delete"):
                edits.append(Edit("insert_paragraphs", b, paragraphs=[f"Après {i}"]))
                want.append(f"Après {i}")
        w = Writer(doc, date=DATE)
        w.apply(edits)
        out = d / "out.docx"
        w.save(out)
        accepted, rejected = _views(out)
        tail = ["Fin."] if in_cell else []
        assert rejected == texts + tail  # exactly: no stray empty paragraph either
        # a body's or a cell's last mark cannot go: deleting all leaves one empty paragraph
        assert accepted == (want or [""]) + tail
