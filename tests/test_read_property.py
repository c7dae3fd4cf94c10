"""Property: on any mix of runs, tabs, breaks, hyperlinks, content controls, fields,
insertions, deletions and moves, the char-to-node map rebuilds each block's text exactly,
and the text is the accepted view."""

from __future__ import annotations

import tempfile
from pathlib import Path

from helpers_reader import esc, make_docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loi_redline.read import read

_TEXT = st.text(
    alphabet=st.sampled_from(list("abcXYZ éàç«»\u00a0\u202f:;'’-–0123456789أبت")),
    min_size=1,
    max_size=12,
)
_ATTRS = "w:id='9' w:author='A' w:date='2026-01-01T00:00:00Z'"

# one inline piece: (xml, accepted text)
_piece = st.one_of(
    _TEXT.map(lambda s: (f"<w:r><w:t xml:space='preserve'>{esc(s)}</w:t></w:r>", s)),
    st.just(("<w:r><w:tab/></w:r>", "\t")),
    st.just(("<w:r><w:br/></w:r>", "\n")),
    st.just(("<w:r><w:noBreakHyphen/></w:r>", "\u2011")),
    _TEXT.map(
        lambda s: (
            f"<w:hyperlink r:id='rX'><w:r><w:t xml:space='preserve'>{esc(s)}</w:t></w:r></w:hyperlink>",
            s,
        )
    ),
    _TEXT.map(
        lambda s: (
            f"<w:ins {_ATTRS}><w:r><w:t xml:space='preserve'>{esc(s)}</w:t></w:r></w:ins>",
            s,
        )
    ),
    _TEXT.map(
        lambda s: (
            f"<w:del {_ATTRS}><w:r><w:delText xml:space='preserve'>{esc(s)}</w:delText></w:r></w:del>",
            "",
        )
    ),
    _TEXT.map(
        lambda s: (
            f"<w:moveTo {_ATTRS}><w:r><w:t xml:space='preserve'>{esc(s)}</w:t></w:r></w:moveTo>",
            s,
        )
    ),
    _TEXT.map(
        lambda s: (
            f"<w:moveFrom {_ATTRS}><w:r><w:t xml:space='preserve'>{esc(s)}</w:t></w:r></w:moveFrom>",
            "",
        )
    ),
    _TEXT.map(
        lambda s: (
            "<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t xml:space='preserve'>"
            f"{esc(s)}</w:t></w:r></w:sdtContent></w:sdt>",
            s,
        )
    ),
    st.tuples(_TEXT, _TEXT).map(
        lambda ab: (
            "<w:r><w:fldChar w:fldCharType='begin'/></w:r>"
            f"<w:r><w:instrText xml:space='preserve'>{esc(ab[0])}</w:instrText></w:r>"
            "<w:r><w:fldChar w:fldCharType='separate'/></w:r>"
            f"<w:r><w:t xml:space='preserve'>{esc(ab[1])}</w:t></w:r>"
            "<w:r><w:fldChar w:fldCharType='end'/></w:r>",
            ab[1],
        )
    ),
    st.lists(_TEXT, min_size=1, max_size=3).map(
        lambda ss: (
            "<w:r>"
            + "".join(f"<w:t xml:space='preserve'>{esc(s)}</w:t><w:tab/>" for s in ss)
            + "</w:r>",
            "".join(s + "\t" for s in ss),
        )
    ),
)
_paragraph = st.lists(_piece, max_size=8)
_document = st.lists(st.tuples(_paragraph, st.booleans()), min_size=1, max_size=6)

_ONE_CHAR = {"tab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "\u2011"}


def _node_text(span) -> str:
    tag = span.node.tag.rsplit("}", 1)[1]
    return span.node.text if tag == "t" else _ONE_CHAR[tag]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_document)
def test_spans_rebuild_accepted_text(paragraphs):
    body = []
    expected = []
    for pieces, in_table in paragraphs:
        para = "<w:p>" + "".join(x for x, _ in pieces) + "</w:p>"
        body.append(f"<w:tbl><w:tr><w:tc>{para}</w:tc></w:tr></w:tbl>" if in_table else para)
        expected.append("".join(t for _, t in pieces))
    with tempfile.TemporaryDirectory() as d:
        doc = read(make_docx(Path(d) / "p.docx", "".join(body)))
    assert [b.text for b in doc.blocks] == expected
    for b in doc.blocks:
        assert "".join(_node_text(s) for s in b.spans) == b.text
        assert [s.start for s in b.spans] == [0, *(s.end for s in b.spans)][: len(b.spans)]
        for s in b.spans:
            assert b.text[s.start : s.end] == _node_text(s)
            inside_ins = s.node.getparent().getparent().tag.endswith(("}ins", "}moveTo"))
            assert (s.revision is not None) == inside_ins
