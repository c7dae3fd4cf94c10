"""Read a DOCX into a `model.Document`: paragraphs in reading order, in their accepted view.

Every character of a block's text is traced back to the XML node that holds it (`model.Span`)
so later stages can point at any stretch of text and the writer can find the runs again.
Pre-existing tracked changes are resolved the way "Accept all" would show them (insertions
and moves-to kept, deletions and moves-from dropped) and each one is recorded, never lost.
Only the visible result of fields is read; their codes are not text a reader sees.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from . import numbering as numbering_mod
from .errors import InputError
from .gcpause import without_cyclic_gc
from .model import Block, Document, Revision, Span
from .package import Package, open_docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_W = f"{{{W}}}"

P = f"{_W}p"
R = f"{_W}r"
T = f"{_W}t"
TBL = f"{_W}tbl"
TR = f"{_W}tr"
TC = f"{_W}tc"
PPR = f"{_W}pPr"
RPR = f"{_W}rPr"
TRPR = f"{_W}trPr"
TCPR = f"{_W}tcPr"
SDT = f"{_W}sdt"
SDT_CONTENT = f"{_W}sdtContent"
INS = f"{_W}ins"
DEL = f"{_W}del"
MOVE_TO = f"{_W}moveTo"
MOVE_FROM = f"{_W}moveFrom"
TAB = f"{_W}tab"
PTAB = f"{_W}ptab"
BR = f"{_W}br"
CR = f"{_W}cr"
NBH = f"{_W}noBreakHyphen"
SYM = f"{_W}sym"
FLDCHAR = f"{_W}fldChar"
FLDSIMPLE = f"{_W}fldSimple"
DELTEXT = f"{_W}delText"
TXBX = f"{_W}txbxContent"
VAL = f"{_W}val"
AUTHOR = f"{_W}author"
DATE = f"{_W}date"
MC_ALT = f"{{{MC}}}AlternateContent"
MC_CHOICE = f"{{{MC}}}Choice"
MC_FALLBACK = f"{{{MC}}}Fallback"
M_T = f"{{{M}}}t"
# tags compared in the hot loops, built once
_w_b = f"{_W}b"
_w_basedOn = f"{_W}basedOn"
_w_body = f"{_W}body"
_w_caps = f"{_W}caps"
_w_char = f"{_W}char"
_w_comment = f"{_W}comment"
_w_customXml = f"{_W}customXml"
_w_default = f"{_W}default"
_w_delInstrText = f"{_W}delInstrText"
_w_document = f"{_W}document"
_w_endnote = f"{_W}endnote"
_w_fldCharType = f"{_W}fldCharType"
_w_footnote = f"{_W}footnote"
_w_ilvl = f"{_W}ilvl"
_w_name = f"{_W}name"
_w_numId = f"{_W}numId"
_w_numPr = f"{_W}numPr"
_w_outlineLvl = f"{_W}outlineLvl"
_w_pPrChange = f"{_W}pPrChange"
_w_pStyle = f"{_W}pStyle"
_w_rPrChange = f"{_W}rPrChange"
_w_rStyle = f"{_W}rStyle"
_w_sectPr = f"{_W}sectPr"
_w_style = f"{_W}style"
_w_styleId = f"{_W}styleId"
_w_type = f"{_W}type"

# Inline containers whose children are read as if they stood in the paragraph itself.
_INLINE_CONTAINERS = frozenset(
    {
        f"{_W}hyperlink",
        f"{_W}smartTag",
        f"{_W}customXml",
        FLDSIMPLE,
        f"{_W}dir",
        f"{_W}bdo",
        SDT_CONTENT,
    }
)
_MATH = frozenset({f"{{{M}}}oMathPara", f"{{{M}}}oMath"})
# Run children that hold a text box or a drawing (text boxes are read apart, as notes).
_OBJECTS = frozenset({f"{_W}drawing", f"{_W}pict", f"{_W}object", MC_ALT})
_LAYOUT_CHANGES = tuple(
    f"{_W}{name}"
    for name in (
        "tblPrChange",
        "tblPrExChange",
        "trPrChange",
        "tcPrChange",
        "tblGridChange",
        "sectPrChange",
        "cellIns",
        "cellDel",
        "cellMerge",
    )
)
# Block-level wrappers whose content is read in place.
_BLOCK_CONTAINERS = frozenset({f"{_W}customXml", INS, MOVE_TO})
_OFF = ("0", "false", "off")


def _on(el) -> bool:
    return el is not None and el.get(VAL, "1").lower() not in _OFF


def _choice(alt):
    """The `mc:Choice` of an AlternateContent: Word writes the same content again in the
    Fallback for old readers, so reading both would double the text."""
    for child in alt:
        if child.tag == MC_CHOICE:
            return child
    return None


def _find_txbx(el, out: list) -> None:
    for child in el:
        tag = child.tag
        if tag == TXBX:
            out.append(child)
        elif tag == MC_ALT:
            choice = _choice(child)
            if choice is not None:
                _find_txbx(choice, out)
        elif tag != MC_FALLBACK and len(child):
            _find_txbx(child, out)


@dataclass
class _Style:
    name: str | None = None
    based_on: str | None = None
    type: str | None = None
    outline: int | None = None
    num_id: str | None = None
    ilvl: int | None = None
    bold: bool | None = None
    caps: bool | None = None


def _int(value, default=None):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


class _Styles:
    """styles.xml, with every lookup through the basedOn chain cached."""

    def __init__(self, root):
        self.by_id: dict[str, _Style] = {}
        self.default_para: str | None = None
        self.default_bold = False
        self.default_caps = False
        self._cache: dict[tuple[str, str], object] = {}
        if root is None:
            return
        for st in root.iter(_w_style):
            sid = st.get(_w_styleId)
            if sid is None:
                continue
            s = _Style(type=st.get(_w_type))
            for child in st:
                tag = child.tag
                if tag == _w_name:
                    s.name = child.get(VAL)
                elif tag == _w_basedOn:
                    s.based_on = child.get(VAL)
                elif tag == PPR:
                    for pp in child:
                        if pp.tag == _w_outlineLvl:
                            s.outline = _int(pp.get(VAL))
                        elif pp.tag == _w_numPr:
                            for n in pp:
                                if n.tag == _w_numId:
                                    s.num_id = n.get(VAL)
                                elif n.tag == _w_ilvl:
                                    s.ilvl = _int(n.get(VAL))
                elif tag == RPR:
                    for rp in child:
                        if rp.tag == _w_b:
                            s.bold = _on(rp)
                        elif rp.tag == _w_caps:
                            s.caps = _on(rp)
            self.by_id.setdefault(sid, s)
            if s.type == "paragraph" and _on_attr(st.get(_w_default)):
                self.default_para = sid
        dd = root.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
        if dd is not None:
            self.default_bold = _on(dd.find(_w_b))
            self.default_caps = _on(dd.find(_w_caps))

    def get(self, sid: str | None, attr: str):
        """The first value of `attr` along the basedOn chain of style `sid` (None if unset)."""
        if sid is None:
            return None
        key = (sid, attr)
        if key in self._cache:
            return self._cache[key]
        value = None
        seen = set()
        cur = sid
        while cur is not None and cur not in seen:
            seen.add(cur)
            st = self.by_id.get(cur)
            if st is None:
                break
            v = getattr(st, attr)
            if v is not None:
                value = v
                break
            cur = st.based_on
        self._cache[key] = value
        return value

    def name(self, sid: str | None) -> str | None:
        st = self.by_id.get(sid) if sid else None
        return st.name if st else None

    def num_styles(self) -> dict[str, str]:
        """Numbering style id -> numId (for `numStyleLink`)."""
        return {
            sid: st.num_id
            for sid, st in self.by_id.items()
            if st.type == "numbering" and st.num_id is not None
        }


def _on_attr(value: str | None) -> bool:
    return value is not None and value.lower() not in _OFF


class _Para:
    """What one paragraph accumulates while its inline content is walked."""

    __slots__ = (
        "texts",
        "nodes",
        "runs",
        "revs",
        "revisions",
        "textboxes",
        "bold",
        "caps",
        "visible",
        "style",
    )

    def __init__(self, style: str | None):
        self.texts: list[str] = []
        self.nodes: list = []
        self.runs: list = []
        self.revs: list = []
        self.revisions: list[Revision] = []
        self.textboxes: list = []
        self.bold = True
        self.caps = True
        self.visible = False  # some non-blank character was read
        self.style = style  # the paragraph's style id (for run properties)


class _Reader:
    def __init__(self, pkg: Package):
        self.pkg = pkg
        self.main = pkg.main_part
        styles_part = next(iter(pkg.related(self.main, "styles")), None)
        self.styles = _Styles(
            pkg.xml(styles_part) if styles_part and pkg.has(styles_part) else None
        )
        num_part = next(iter(pkg.related(self.main, "numbering")), None)
        num_root = pkg.xml(num_part) if num_part and pkg.has(num_part) else None
        self.numbering = numbering_mod.parse(num_root)
        self.counters = numbering_mod.Counters(self.numbering, self.styles.num_styles())
        self.pstyle_levels = self._pstyle_levels()
        self.blocks: list[Block] = []
        self.notes: list[Block] = []
        self.revisions: list[Revision] = []
        self.fields: list[bool] = []  # open complex fields: True while in their code part
        self.hidden = 0  # how many open fields are in their code part

    def _pstyle_levels(self) -> dict[tuple[str, str], int]:
        """(numId, style id) -> ilvl, from `w:lvl/w:pStyle`: a style attached to a list
        without an ilvl takes the level that names it."""
        out = {}
        sn = self.styles.num_styles()
        for nid in self.numbering.nums:
            for ilvl, lvl in self.numbering.levels(nid, sn).items():
                if lvl.pstyle:
                    out.setdefault((nid, lvl.pstyle), ilvl)
        return out

    # -- stories ---------------------------------------------------------------------
    def story(self, parent, story: str, out: list[Block], path: tuple[int, ...] | None):
        saved = self.fields, self.hidden
        self.fields, self.hidden = [], 0
        self._blocks(parent, story, out, path, [0])
        self.fields, self.hidden = saved

    def _blocks(self, parent, story, out, path, tcount: list[int]) -> None:
        for child in parent:
            tag = child.tag
            if tag == P:
                self._paragraph(child, story, out, path)
            elif tag == TBL:
                n = tcount[0]
                tcount[0] += 1
                self._table(child, story, out, (*path, n) if path else (n,))
            elif tag == SDT:
                content = child.find(SDT_CONTENT)
                if content is not None:
                    self._blocks(content, story, out, path, tcount)
            elif tag in _BLOCK_CONTAINERS:
                self._blocks(child, story, out, path, tcount)
            elif tag == MC_ALT:
                choice = _choice(child)
                if choice is not None:
                    self._blocks(choice, story, out, path, tcount)
            elif tag in (DEL, MOVE_FROM):
                self._record(child, "del" if tag == DEL else "moveFrom", None)

    def _children(self, parent, tag):
        """Rows of a table or cells of a row, seen through content controls and customXml
        wrappers."""
        for child in parent:
            ctag = child.tag
            if ctag == tag:
                yield child
            elif ctag == SDT:
                content = child.find(SDT_CONTENT)
                if content is not None:
                    yield from self._children(content, tag)
            elif ctag == _w_customXml:
                yield from self._children(child, tag)

    def _table(self, tbl, story, out, path: tuple[int, ...]) -> None:
        for r, tr in enumerate(self._children(tbl, TR)):
            trpr = tr.find(TRPR)
            if trpr is not None:
                mark = trpr.find(DEL)
                if mark is not None:
                    text = "".join(tr.itertext(DELTEXT, T))
                    rev = self._rev("row-del", mark, text)
                    self.revisions.append(rev)
                    continue  # the accepted view has no deleted row
            inserted = trpr.find(INS) if trpr is not None else None
            first = len(out)
            for c, tc in enumerate(self._children(tr, TC)):
                self._blocks(tc, story, out, (*path, r, c), [0])
            if inserted is not None:
                text = "\t".join(b.text for b in out[first:])
                rev = self._rev("row-ins", inserted, text)
                self.revisions.append(rev)
                for b in out[first:]:
                    b.revisions.append(rev)

    # -- revisions -------------------------------------------------------------------
    @staticmethod
    def _rev(kind: str, el, text: str) -> Revision:
        return Revision(kind=kind, author=el.get(AUTHOR), date=el.get(DATE), text=text)

    def _record(self, el, kind: str, para: _Para | None) -> None:
        text = "".join(el.itertext(DELTEXT, T, _w_delInstrText))
        rev = self._rev(kind, el, text)
        self.revisions.append(rev)
        if para is not None:
            para.revisions.append(rev)

    # -- paragraphs ------------------------------------------------------------------
    def _paragraph(self, p, story, out, path) -> None:
        styles = self.styles
        para = _Para(styles.default_para)
        style_id = styles.default_para
        outline = None
        num_id = None
        ilvl = None
        mark_deleted = False
        section_break = False
        for child in p:
            tag = child.tag
            if tag == R:
                self._run(child, para, None)
            elif tag == PPR:
                # w:pPr comes first: the style is known before any run is read
                for pp in child:
                    tag = pp.tag
                    if tag == _w_pStyle:
                        style_id = pp.get(VAL) or style_id
                        para.style = style_id
                    elif tag == _w_outlineLvl:
                        outline = _int(pp.get(VAL))
                    elif tag == _w_numPr:
                        for n in pp:
                            if n.tag == _w_numId:
                                num_id = n.get(VAL)
                            elif n.tag == _w_ilvl:
                                ilvl = _int(n.get(VAL))
                    elif tag == RPR:
                        mark_deleted = self._mark(pp, para) or mark_deleted
                    elif tag == _w_sectPr:
                        section_break = True
                    elif tag == _w_pPrChange:
                        rev = self._rev("pPrChange", pp, "")
                        para.revisions.append(rev)
                        self.revisions.append(rev)
            else:
                self._inline(child, para, None)
        # a field whose code runs past the paragraph is malformed: end it here rather than
        # hide the rest of the document
        while self.fields and self.fields[-1]:
            self.fields.pop()
            self.hidden -= 1

        texts = para.texts
        text = "".join(texts)
        spans = []
        pos = 0
        for s, node, run, rev in zip(texts, para.nodes, para.runs, para.revs, strict=True):
            end = pos + len(s)
            spans.append(Span(pos, end, node, run, rev))
            pos = end

        if outline is None:
            outline = styles.get(style_id, "outline")
        if outline is not None and not 0 <= outline <= 8:
            outline = None  # 9 is "body text"
        # the paragraph's numPr overrides its style's field by field: a list id from the
        # style with a level from the paragraph, or the other way round
        from_style = num_id is None
        if from_style:
            num_id = styles.get(style_id, "num_id")
        if ilvl is None and num_id is not None:
            ilvl = styles.get(style_id, "ilvl")
            if ilvl is None and from_style:
                ilvl = self.pstyle_levels.get((num_id, style_id))
        if ilvl is None:
            ilvl = 0
        label = number = None
        if num_id is not None and num_id != "0" and story == "body":
            # an empty paragraph that only carries a section break, or whose mark is
            # deleted, shows no number and does not count (the next heading is "1.")
            if text or not (mark_deleted or section_break):
                label, number = self.counters.advance(num_id, ilvl)
        elif num_id == "0":
            num_id = None

        caps = para.visible and para.caps
        block = Block(
            id="",
            text=text,
            spans=spans,
            element=p,
            story=story,  # type: ignore[arg-type]
            style_id=style_id,
            style_name=styles.name(style_id),
            outline_level=outline,
            num_id=num_id,
            num_level=ilvl if num_id is not None else None,
            label=label,
            number=number,
            table=path,
            bold=para.visible and para.bold,
            caps=caps,
            revisions=para.revisions,
            mark_deleted=mark_deleted,
        )
        out.append(block)
        for txbx in para.textboxes:
            self.story(txbx, "textbox", self.notes, None)

    def _mark(self, rpr, para: _Para) -> bool:
        """Revisions of the paragraph mark (in w:pPr/w:rPr); True when it is deleted."""
        deleted = False
        for rp in rpr:
            tag = rp.tag
            if tag == DEL or tag == MOVE_FROM:
                deleted = True
            elif tag != INS and tag != MOVE_TO:
                continue
            kind = "paragraph-mark-" + ("del" if tag == DEL else str(tag).rsplit("}", 1)[1])
            rev = self._rev(kind, rp, "")
            para.revisions.append(rev)
            self.revisions.append(rev)
        return deleted

    def _inline(self, el, para: _Para, rev) -> None:
        tag = el.tag
        if tag == R:
            self._run(el, para, rev)
        elif tag in _INLINE_CONTAINERS:
            for child in el:
                self._inline(child, para, rev)
        elif tag == INS or tag == MOVE_TO:
            start = len(para.texts)
            for child in el:
                self._inline(child, para, el)
            kind = "ins" if tag == INS else "moveTo"
            rv = self._rev(kind, el, "".join(para.texts[start:]))
            para.revisions.append(rv)
            self.revisions.append(rv)
        elif tag == DEL or tag == MOVE_FROM:
            self._record(el, "del" if tag == DEL else "moveFrom", para)
            # a field may open or close inside deleted text; Word's accepted view drops
            # the whole field character, so the field stack is left untouched
        elif tag == SDT:
            content = el.find(SDT_CONTENT)
            if content is not None:
                for child in content:
                    self._inline(child, para, rev)
        elif tag == MC_ALT:
            choice = _choice(el)
            if choice is not None:
                for child in choice:
                    self._inline(child, para, rev)
        elif tag in _MATH:
            # an equation's characters in reading order, whatever its layout (fractions,
            # radicals, scripts); the m:r holding each m:t is its run
            if not self.hidden:
                for mt in el.iter(M_T):
                    if mt.text:
                        self._add(para, mt.text, mt, mt.getparent(), rev)

    @staticmethod
    def _add(para: _Para, s: str, node, run, rev) -> None:
        para.texts.append(s)
        para.nodes.append(node)
        para.runs.append(run)
        para.revs.append(rev)

    def _run(self, r, para: _Para, rev) -> None:
        first = len(para.texts)
        rpr = None
        for c in r:
            tag = c.tag
            if tag == T:
                s = c.text
                if s and not self.hidden:
                    para.texts.append(s)
                    para.nodes.append(c)
                    para.runs.append(r)
                    para.revs.append(rev)
            elif tag == RPR:
                rpr = c
            elif tag == TAB or tag == PTAB:
                if not self.hidden:
                    self._add(para, "\t", c, r, rev)
            elif tag == BR or tag == CR:
                if not self.hidden:
                    self._add(para, "\n", c, r, rev)
            elif tag == NBH:
                if not self.hidden:
                    self._add(para, "\u2011", c, r, rev)
            elif tag == SYM:
                if not self.hidden:
                    code = c.get(_w_char) or ""
                    try:
                        ch = chr(int(code, 16))
                    except (ValueError, OverflowError):
                        ch = "\ufffd"
                    if 0xF000 <= ord(ch) <= 0xF0FF:
                        ch = chr(ord(ch) - 0xF000)  # symbol-font private-use alias
                    if ch in ("", "\x00") or ord(ch) < 0x20:
                        ch = "\ufffd"
                    self._add(para, ch, c, r, rev)
            elif tag == FLDCHAR:
                kind = c.get(_w_fldCharType)
                if kind == "begin":
                    self.fields.append(True)
                    self.hidden += 1
                elif kind == "separate":
                    if self.fields and self.fields[-1]:
                        self.fields[-1] = False
                        self.hidden -= 1
                elif kind == "end":
                    if self.fields:
                        if self.fields.pop():
                            self.hidden -= 1
            elif tag in _OBJECTS:
                if tag == MC_ALT:
                    choice = _choice(c)
                    if choice is not None:
                        # an AlternateContent inside a run may hold runs' content directly
                        self._run_like(choice, r, para, rev)
                        _find_txbx(choice, para.textboxes)
                else:
                    _find_txbx(c, para.textboxes)
        if rpr is not None:
            change = rpr.find(_w_rPrChange)
            if change is not None:
                rv = self._rev("rPrChange", change, "".join(para.texts[first:]))
                para.revisions.append(rv)
                self.revisions.append(rv)
        if len(para.texts) > first and (para.bold or para.caps):
            piece = "".join(para.texts[first:])
            if piece.strip():
                para.visible = True
                self._props(r, rpr, piece, para)

    def _run_like(self, choice, r, para, rev) -> None:
        for c in choice:
            if c.tag == T and c.text and not self.hidden:
                self._add(para, c.text, c, r, rev)

    def _props(self, r, rpr, piece: str, para: _Para) -> None:
        bold = caps = None
        rstyle = None
        if rpr is not None:
            for rp in rpr:
                tag = rp.tag
                if tag == _w_b:
                    bold = _on(rp)
                elif tag == _w_caps:
                    caps = _on(rp)
                elif tag == _w_rStyle:
                    rstyle = rp.get(VAL)
        if bold is None:
            bold = self._inherited(rstyle, para.style, "bold")
        if caps is None:
            caps = self._inherited(rstyle, para.style, "caps")
        if not bold:
            para.bold = False
        if not caps and piece != piece.upper():
            para.caps = False

    def _inherited(self, rstyle: str | None, pstyle: str | None, attr: str) -> bool:
        """A run property the run does not set: from its character style, else its
        paragraph's style, else the document defaults."""
        styles = self.styles
        for sid in (rstyle, pstyle):
            value = styles.get(sid, attr)
            if value is not None:
                return value
        return styles.default_bold if attr == "bold" else styles.default_caps

    # -- notes -----------------------------------------------------------------------
    def notes_parts(self) -> None:
        pkg = self.pkg
        for kind, story, tag in (
            ("footnotes", "footnote", _w_footnote),
            ("endnotes", "endnote", _w_endnote),
        ):
            for part in pkg.related(self.main, kind):
                if not pkg.has(part):
                    continue
                for note in pkg.xml(part).iter(tag):
                    if note.get(_w_type) in (
                        "separator",
                        "continuationSeparator",
                        "continuationNotice",
                    ):
                        continue
                    self.story(note, story, self.notes, None)
        seen = set()
        for kind in ("header", "footer"):
            for part in pkg.related(self.main, kind):
                if part in seen or not pkg.has(part):
                    continue
                seen.add(part)
                self.story(pkg.xml(part), kind, self.notes, None)

    def comments(self) -> int:
        n = 0
        for part in self.pkg.related(self.main, "comments"):
            if self.pkg.has(part):
                n += sum(1 for _ in self.pkg.xml(part).iter(_w_comment))
        return n


def read(source: str | os.PathLike | Package) -> Document:
    """Read a .docx (a path, or a Package already opened) into a Document.

    Raises `InputError` for files that are not usable Word documents; any other oddity of a
    valid file is read as well as it can be.
    """
    pkg = source if isinstance(source, Package) else open_docx(source)
    return _read(pkg)


@without_cyclic_gc
def _read(pkg: Package) -> Document:
    reader = _Reader(pkg)
    root = pkg.xml(pkg.main_part)
    body = root.find(_w_body)
    if body is None:
        if str(root.tag).startswith("{http://purl.oclc.org/ooxml/"):
            raise InputError(
                pkg.path,
                "Strict Open XML documents are not supported yet; save it in Word as "
                "'Word Document (*.docx)'",
            )
        if root.tag != _w_document:
            raise InputError(pkg.path, "not a Word document: the main part is not w:document")
        body = root
    reader.story(body, "body", reader.blocks, None)
    reader.notes_parts()
    # formatting changes to tables and sections are nowhere in a paragraph's text, but
    # they are revisions the document already carries all the same
    for el in body.iter(*_LAYOUT_CHANGES):
        kind = str(el.tag).rsplit("}", 1)[1]
        reader.revisions.append(reader._rev(kind, el, ""))
    for i, b in enumerate(reader.blocks):
        b.id = f"b{i}"
    for i, b in enumerate(reader.notes):
        b.id = f"n{i}"
    return Document(
        path=str(pkg.path),
        blocks=reader.blocks,
        notes=reader.notes,
        package=pkg,
        revisions=reader.revisions,
        comments=reader.comments(),
    )
