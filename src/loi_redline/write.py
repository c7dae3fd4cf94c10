"""The one module that changes XML: Word tracked changes and comments on the vendor's DOCX.

Callers describe changes as `model.Edit`s on blocks read by `read.read`; offsets are in each
block's accepted-view text as the reader saw it. The writer turns them into the markup Word
itself writes: `w:del`/`w:ins` runs, paragraph-mark revisions, table-row revisions,
`w:moveFrom`/`w:moveTo` with their ranges, and comments in `word/comments.xml`.

Invariants kept here:
  * rejecting every change gives back the original text, accepting gives the intended one;
  * the document's own revisions and comments are left as they were (text inside another
    author's insertion is deleted by nesting `w:del` in it, as Word does; anything that
    cannot be expressed faithfully raises ValueError so the caller can fall back on a
    comment);
  * revision ids are unique across every story part, and the output is a pure function of
    the input, the edits and the date (no random ids, no clock when a date is given);
  * children are written in schema order, because Word refuses what LibreOffice forgives.
"""

from __future__ import annotations

import copy
import datetime as _dt
import posixpath
from dataclasses import dataclass

from lxml import etree

from .model import Block, Document, Edit
from .package import NS_CT, NS_REL

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_NS = "http://www.w3.org/XML/1998/namespace"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_W = f"{{{W}}}"
RT_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
CT_COMMENTS = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
RT_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
_RT_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_CT_BASE = "application/vnd.openxmlformats-officedocument.wordprocessingml."
# what follows w:footnotePr / w:endnotePr in CT_Settings: a new one goes before the first
_SETTINGS_AFTER_NOTES = (
    "compat docVars rsids mathPr attachedSchema themeFontLang clrSchemeMapping "
    "doNotIncludeSubdocsInStats doNotAutoCompressPictures forceUpgrade captions "
    "readModeInkLockDown smartTagType schemaLibrary shapeDefaults doNotEmbedSmartTags "
    "decimalSymbol listSeparator"
).split()


def q(name: str) -> str:
    return _W + name


P, R, T, PPR, RPR = q("p"), q("r"), q("t"), q("pPr"), q("rPr")
INS, DEL, MOVE_FROM, MOVE_TO = q("ins"), q("del"), q("moveFrom"), q("moveTo")
TBL, TR, TC, TRPR, TBLPREX = q("tbl"), q("tr"), q("tc"), q("trPr"), q("tblPrEx")
SECTPR, PPRCHANGE, RPRCHANGE = q("sectPr"), q("pPrChange"), q("rPrChange")
DELTEXT, INSTR, DELINSTR = q("delText"), q("instrText"), q("delInstrText")
HYPERLINK = q("hyperlink")
_ID = q("id")
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
MC_ALT, MC_CHOICE, MC_FALLBACK = f"{{{MC}}}AlternateContent", f"{{{MC}}}Choice", f"{{{MC}}}Fallback"
TXBX = q("txbxContent")
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
M_OMATH, M_OMATH_PARA = f"{{{M_NS}}}oMath", f"{{{M_NS}}}oMathPara"
_SPACE = f"{{{XML_NS}}}space"

_RUN_WRAPPERS = frozenset({INS, DEL, MOVE_FROM, MOVE_TO})
_MARK_KINDS = ("ins", "del", "moveFrom", "moveTo")
# property changes and cell revisions: accepted (dropped) when content is copied
_CHANGE_TAGS = frozenset(
    q(n)
    for n in (
        "rPrChange",
        "pPrChange",
        "sectPrChange",
        "tblPrChange",
        "trPrChange",
        "tcPrChange",
        "tblGridChange",
        "tblPrExChange",
        "numberingChange",
        "cellIns",
        "cellDel",
        "cellMerge",
    )
)
_MOVE_RANGES = frozenset(
    q(n) for n in ("moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd")
)
_CUSTOMXML_RANGES = frozenset(
    q(f"customXml{k}Range{e}")
    for k in ("Ins", "Del", "MoveFrom", "MoveTo")
    for e in ("Start", "End")
)
# annotations that only mean something in their own document
_ANNOTATION_TAGS = (
    _MOVE_RANGES
    | _CUSTOMXML_RANGES
    | frozenset(
        q(n)
        for n in (
            "commentRangeStart",
            "commentRangeEnd",
            "bookmarkStart",
            "bookmarkEnd",
            "permStart",
            "permEnd",
            "proofErr",
        )
    )
)
# every element whose w:id Word expects unique: one counter serves them all
_ID_TAGS = _RUN_WRAPPERS | _CHANGE_TAGS | _ANNOTATION_TAGS | {q("comment"), q("commentReference")}
# CT_PPr: everything of CT_PPrBase, then rPr, sectPr, pPrChange
_PPR_TAIL = (RPR, SECTPR, PPRCHANGE)
# w:trPr: CT_TrPrBase choice, then ins, del, trPrChange
_TRPR_TAIL = (INS, DEL, q("trPrChange"))


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def _el(tag: str, **attrs: str) -> etree._Element:
    e = etree.Element(tag)
    for k, v in attrs.items():
        e.set(q(k), v)
    return e


def _set_text(node: etree._Element, text: str) -> None:
    node.text = text
    if text != text.strip(" \t\r\n"):
        node.set(_SPACE, "preserve")
    elif _SPACE in node.attrib:
        del node.attrib[_SPACE]


def _ancestor_p(el) -> etree._Element | None:
    a = el.getparent()
    while a is not None and a.tag != P:
        a = a.getparent()
    return a


def _is_next_paragraph(p) -> bool:
    """Whether a w:p follows `p` in its container (its mark can be a revision)."""
    n = p.getnext()
    while n is not None and not isinstance(n.tag, str):
        n = n.getnext()
    return n is not None and n.tag == P


def _prev_paragraph(p):
    n = p.getprevious()
    while n is not None and not isinstance(n.tag, str):
        n = n.getprevious()
    return n if n is not None and n.tag == P else None


def _ensure_ppr(p) -> etree._Element:
    ppr = p.find(PPR)
    if ppr is None:
        ppr = etree.Element(PPR)
        p.insert(0, ppr)
    return ppr


def _insert_in_ppr(ppr, child) -> None:
    """Put a tail child (rPr, sectPr, pPrChange) at its schema place in w:pPr."""
    order = _PPR_TAIL.index(child.tag)
    for i, c in enumerate(ppr):
        if c.tag in _PPR_TAIL and _PPR_TAIL.index(c.tag) > order:
            ppr.insert(i, child)
            return
    ppr.append(child)


def _mark_rpr(p) -> etree._Element:
    ppr = _ensure_ppr(p)
    rpr = ppr.find(RPR)
    if rpr is None:
        rpr = etree.Element(RPR)
        _insert_in_ppr(ppr, rpr)
    return rpr


def _mark_revision(p):
    """The paragraph mark's own revision element (ins/del/moveFrom/moveTo), if any."""
    ppr = p.find(PPR)
    rpr = ppr.find(RPR) if ppr is not None else None
    if rpr is None:
        return None
    for c in rpr:
        if c.tag in _RUN_WRAPPERS:
            return c
    return None


def _base_ppr(p) -> etree._Element:
    """A copy of the paragraph's properties without rPr/sectPr/pPrChange (CT_PPrBase) and
    without anyone's revision marks (a numbering change's w:ins keeps its id to itself)."""
    ppr = p.find(PPR)
    out = etree.Element(PPR)
    if ppr is not None:
        for c in ppr:
            if isinstance(c.tag, str) and c.tag not in _PPR_TAIL:
                out.append(copy.deepcopy(c))
    for x in list(out.iter(*_RUN_WRAPPERS, *_CHANGE_TAGS)):
        x.getparent().remove(x)
    return out


def _same(a, b) -> bool:
    return etree.tostring(a, method="c14n") == etree.tostring(b, method="c14n")


def _clean_rpr(rpr):
    """A copy of run properties fit for new text: no revision of anyone else's."""
    if rpr is None:
        return None
    rpr = copy.deepcopy(rpr)
    for c in list(rpr):
        if c.tag in _RUN_WRAPPERS or c.tag == RPRCHANGE:
            rpr.remove(c)
    return rpr if len(rpr) else None


def _text_runs(text: str, rpr) -> list[etree._Element]:
    """Runs holding `text`: tabs and line breaks become w:tab and w:br as Word writes them."""
    r = etree.Element(R)
    if rpr is not None:
        r.append(copy.deepcopy(rpr))
    text = _xml_safe(text.replace("\r\n", "\n").replace("\r", "\n"))
    buf = ""

    def flush():
        nonlocal buf
        if buf:
            t = etree.SubElement(r, T)
            _set_text(t, buf)
            buf = ""

    for ch in text:
        if ch == "\t":
            flush()
            etree.SubElement(r, q("tab"))
        elif ch in "\n\v\u2028":
            flush()
            etree.SubElement(r, q("br"))
        elif ch == "\u2011":
            flush()
            etree.SubElement(r, q("noBreakHyphen"))
        else:
            buf += ch
    flush()
    return [r]


def _xml_safe(text: str) -> str:
    """Drop the characters XML 1.0 cannot carry (control characters, lone surrogates)."""
    return "".join(
        ch
        for ch in text
        if ch in "\t\n"
        or " " <= ch <= "\ud7ff"
        or "\ue000" <= ch <= "\ufffd"
        or "\U00010000" <= ch <= "\U0010ffff"
    )


def _to_deleted(run) -> None:
    for node in run.iter(T, INSTR):
        node.tag = DELTEXT if node.tag == T else DELINSTR


@dataclass
class _Atom:
    """One text-carrying node of a paragraph as the writer tracks it while editing."""

    node: etree._Element
    run: etree._Element
    length: int
    orig: bool = True  # in the block's original accepted text (edit offsets count these)
    foreign: object = None  # enclosing pre-existing w:ins / w:moveTo


class Writer:
    """Apply `Edit`s to a read Document as tracked changes by one author at one date."""

    def __init__(
        self,
        doc: Document,
        author: str = "loi-redline",
        date: str | None = None,
        initials: str | None = None,
    ):
        if doc.package is None:
            raise ValueError("the document has no package to write into")
        self.doc = doc
        self.pkg = doc.package
        self.part = self.pkg.main_part
        self.root = self.pkg.xml(self.part)
        self.author = author
        self.date = date or _now()
        self.initials = initials or "".join(w[0] for w in author.replace("-", " ").split()[:3])
        self.stats = {"insertions": 0, "deletions": 0, "moves": 0, "comments": 0}
        self._next = self._scan_ids() + 1
        self._ours: set = set()  # wrappers and paragraphs this writer created
        self._atoms: dict = {}
        self._comments_root = None
        self._move_names: set[str] = set(
            e.get(q("name")) or ""
            for e in self.root.iter(q("moveFromRangeStart"), q("moveToRangeStart"))
        )
        self._move_seq = 0
        self._rel_seq = 0
        self._style_ids: set | None = None
        self._copied_notes: set[str] = set()  # "footnote", "endnote"

    # -- ids ---------------------------------------------------------------------------
    def _story_parts(self) -> list[str]:
        parts = [self.part]
        for suffix in ("header", "footer", "footnotes", "endnotes", "comments", "glossaryDocument"):
            parts += self.pkg.related(self.part, suffix)
        return [p for p in dict.fromkeys(parts) if self.pkg.has(p)]

    def _scan_ids(self) -> int:
        top = 0
        for part in self._story_parts():
            try:
                root = self.pkg.xml(part)
            except Exception:  # an unreadable secondary part keeps its ids to itself
                continue
            for el in root.iter(*_ID_TAGS):
                v = el.get(_ID)
                if v is not None and v.lstrip("-").isdigit():
                    top = max(top, int(v))
        return top

    def _id(self) -> str:
        n = self._next
        self._next += 1
        return str(n)

    def _rev(self, kind: str) -> etree._Element:
        e = _el(q(kind), id=self._id(), author=self.author, date=self.date)
        self._ours.add(e)
        key = {"ins": "insertions", "del": "deletions", "moveFrom": "moves", "moveTo": "moves"}
        self.stats[key[kind]] += 1
        return e

    # -- public ------------------------------------------------------------------------
    def apply(self, edits: list[Edit]) -> None:
        """Apply edits given in any order. Raises ValueError on an impossible edit, before
        anything is changed when the problem is visible up front (overlaps, missing blocks)."""
        edits = list(edits)
        known = {"replace", "insert_paragraphs", "delete_paragraph", "move", "insert_row"}
        known |= {"delete_row", "insert_table", "delete_table", "comment", "join"}
        for e in edits:
            if e.kind not in known:
                raise ValueError(f"unknown edit kind {e.kind!r}")
            if e.block is None:
                raise ValueError(f"{e.kind} edit without a block")
        self._check_overlaps(edits)
        for e in edits:
            self._validate(e)

        attached: list[tuple[Edit, list]] = []  # (edit, elements its comment anchors on)
        # 1. text inside paragraphs, from the end of each block so offsets stay valid
        by_block: dict[int, list[Edit]] = {}
        for e in edits:
            if e.kind == "replace":
                by_block.setdefault(id(e.block.element), []).append(e)
        for group in by_block.values():
            for e in sorted(group, key=lambda x: (x.start, x.end), reverse=True):
                made = self._replace(e.block, e.start, e.end, e.text)
                if e.comment:
                    attached.append((e, made))

        deleted = {id(e.block.element) for e in edits if e.kind in ("delete_paragraph", "move")}
        # 2. insertions (they decide which paragraph marks deletions may use)
        inserts: dict[tuple[int, bool], list] = {}
        order: list[tuple[int, bool]] = []
        for e in edits:
            if e.kind == "insert_paragraphs":
                before = e.before
                if not before and id(e.block.element) in deleted:
                    # after a paragraph that goes away is before it: the mark it keeps is
                    # then still the container's last one
                    before = True
                key = (id(e.block.element), before)
                if key not in inserts:
                    inserts[key] = []
                    order.append(key)
                inserts[key].append(e)
        for key in order:
            group = inserts[key]
            made = self._insert_paragraphs(group[0].block, group, before=key[1])
            for e, els in made:
                if e.comment:
                    attached.append((e, els))
        for e in edits:
            if e.kind in ("insert_row", "insert_table"):
                made_ps = self._insert_table_part(e)
                if e.comment:
                    attached.append((e, made_ps))
        for e in edits:
            if e.kind == "move":
                made_ps = self._move(e)
                if e.comment:
                    attached.append((e, made_ps))

        # 3. deletions, grouped by runs of consecutive paragraphs
        to_delete = [e for e in edits if e.kind == "delete_paragraph"]
        if to_delete:
            made = self._delete_paragraphs([e.block.element for e in to_delete], "del")
            for e in to_delete:
                if e.comment:
                    attached.append((e, made.get(id(e.block.element), [])))
        for e in edits:
            if e.kind in ("delete_row", "delete_table"):
                made_ps = self._delete_table_part(e)
                if e.comment:
                    attached.append((e, made_ps))
        for e in edits:
            if e.kind == "join":
                self._mark(e.block.element, "del")

        # 4. comments last: they anchor on whatever the changes left
        for e in edits:
            if e.kind == "comment":
                self.comment(e.block, e.start, e.end, e.text or e.comment or "")
        for e, els in attached:
            self._comment_on_elements(els, e.comment)
        # 5. text boxes: Word shows the DrawingML copy we edited, older readers (pandoc
        # among them) the VML copy in mc:Fallback, which must say the same
        touched = [e.block.element for e in edits] + [
            e.target.element for e in edits if e.target is not None
        ]
        self._sync_fallbacks(touched)
        self._order_notes()

    def _order_notes(self) -> None:
        """Notes we copied in get the next free id, but LibreOffice gives the n-th
        reference of the text the note with the n-th smallest id, whatever the id says:
        the notes are renumbered (and the part ordered) in the order of their references,
        which is also how Word numbers them."""
        for kind in sorted(self._copied_notes):
            parts = self.pkg.related(self.part, kind + "s")
            if not parts or not self.pkg.has(parts[0]):
                continue
            root = self.pkg.xml(parts[0])
            refs = list(self.root.iter(q(kind + "Reference")))
            rank: dict[str, int] = {}
            for ref in refs:
                rank.setdefault(ref.get(_ID), len(rank))
            notes = [n for n in root if n.tag == q(kind) and n.get(q("type")) in (None, "normal")]
            if not notes:
                continue
            ordered = sorted(notes, key=lambda n: rank.get(n.get(_ID), len(rank)))
            first = min([int(n.get(_ID)) for n in notes if (n.get(_ID) or "").isdigit()] or [1])
            new_id = {n.get(_ID): str(first + k) for k, n in enumerate(ordered)}
            for ref in refs:
                if ref.get(_ID) in new_id:
                    ref.set(_ID, new_id[ref.get(_ID)])
            at = root.index(notes[0])
            for n in notes:
                root.remove(n)
            for k, n in enumerate(ordered):
                n.set(_ID, new_id[n.get(_ID)])
                root.insert(at + k, n)

    def comment(self, block: Block, start: int | None, end: int | None, text: str) -> int:
        """Anchor a Word comment on [start, end) of block's original text; returns its id."""
        p = block.element
        if start is None or end is None:
            ppr = p.find(PPR)
            first = 1 if ppr is not None else 0
            cid = self._new_comment(text)
            p.insert(first, _el(q("commentRangeStart"), id=str(cid)))
            p.append(_el(q("commentRangeEnd"), id=str(cid)))
            p.append(self._reference_run(cid))
            return cid
        atoms = self._atoms_of(block)
        total = sum(a.length for a in atoms if a.orig)
        if not 0 <= start <= end <= total:
            raise ValueError(f"comment range {start}-{end} outside block {block.id} ({total})")
        self._cut(atoms, start)
        self._cut(atoms, end)
        if start == end:
            parent, idx = self._point(p, atoms, start)
            cid = self._new_comment(text)
            parent.insert(idx, _el(q("commentRangeStart"), id=str(cid)))
            parent.insert(idx + 1, _el(q("commentRangeEnd"), id=str(cid)))
            parent.insert(idx + 2, self._reference_run(cid))
            return cid
        inside = [a for a in self._orig_range(atoms, start, end)]
        first = self._outer(inside[0].run, p)
        last = self._outer(inside[-1].run, p)
        first, last = self._widen(first, last)
        if first.getparent() is not last.getparent():
            # the range crosses a container (hyperlink, content control): anchor on the
            # paragraph level, where both ends can be expressed
            first, last = self._lift(first, p), self._lift(last, p)
        return self._anchor(first, last, text)

    def save(self, path, force: bool = False) -> None:
        self.pkg.save(path, force=force)

    def to_bytes(self) -> bytes:
        return self.pkg.to_bytes()

    # -- atoms: the block's text nodes, kept current while runs are split -------------
    def _atoms_of(self, block: Block) -> list[_Atom]:
        key = id(block.element)
        if key not in self._atoms:
            atoms = []
            for sp in block.spans:
                if sp.end <= sp.start:
                    continue
                if atoms and atoms[-1].node is sp.node:
                    atoms[-1].length += sp.end - sp.start
                else:
                    atoms.append(_Atom(sp.node, sp.run, sp.end - sp.start, True, sp.revision))
            self._atoms[key] = (block.element, atoms)
        return self._atoms[key][1]

    def _cut(self, atoms: list[_Atom], offset: int) -> None:
        """Make a run boundary at original offset `offset` (splitting a w:t if needed)."""
        pos = 0
        for i, a in enumerate(atoms):
            if not a.orig:
                continue
            if pos == offset:
                self._split_run_before(atoms, a)
                return
            if pos < offset < pos + a.length:
                if a.node.tag not in (T, DELTEXT):
                    raise ValueError("cannot split a one-character node")
                if a.run.tag != R:
                    raise ValueError("cannot edit inside an equation")
                k = offset - pos
                text = a.node.text or ""
                tail = copy.deepcopy(a.node)
                _set_text(a.node, text[:k])
                _set_text(tail, text[k:])
                a.node.addnext(tail)
                b = _Atom(tail, a.run, a.length - k, True, a.foreign)
                a.length = k
                atoms.insert(i + 1, b)
                self._split_run_before(atoms, b)
                return
            pos += a.length

    def _split_run_before(self, atoms: list[_Atom], a: _Atom) -> None:
        run, node = a.run, a.node
        if run.tag != R or node.getparent() is not run:
            return  # math runs or alternate content: the boundary stays inside
        prev = node.getprevious()
        while prev is not None and (not isinstance(prev.tag, str) or prev.tag == RPR):
            if prev.tag == RPR:
                return  # node is already the first content of its run
            prev = prev.getprevious()
        if prev is None:
            return
        new = etree.Element(R)
        for k, v in run.attrib.items():
            new.set(k, v)
        rpr = run.find(RPR)
        if rpr is not None:
            new.append(copy.deepcopy(rpr))
        moving = []
        n = node
        while n is not None:
            moving.append(n)
            n = n.getnext()
        for n in moving:
            new.append(n)
        run.addnext(new)
        if run in self._ours:
            self._ours.add(new)
        for b in atoms:
            if b.run is run and b.node.getparent() is new:
                b.run = new

    def _orig_range(self, atoms, start, end):
        pos = 0
        for a in atoms:
            if not a.orig:
                continue
            if start <= pos and pos + a.length <= end and a.length:
                yield a
            pos += a.length

    def _outer(self, el, p):
        """`el` or the outermost wrapper this writer put around it (below `p`)."""
        while (
            el.getparent() is not None and el.getparent() in self._ours and el.getparent() is not p
        ):
            el = el.getparent()
        return el

    def _widen(self, first, last):
        """Stretch an anchor ending on our deletion over the insertion that replaces it."""
        nxt = _next_element(last)
        if last in self._ours and last.tag == DEL and nxt is not None and nxt in self._ours:
            if nxt.tag == INS:
                last = nxt
        return first, last

    @staticmethod
    def _lift(el, p):
        while el.getparent() is not p:
            el = el.getparent()
        return el

    def _point(self, p, atoms, offset):
        """(parent, index) where text at original `offset` would be typed: right after
        the character before it, out of any container that ends there."""
        pos = 0
        prev = None
        nxt = None
        for a in atoms:
            if not a.orig:
                continue
            if pos + a.length <= offset and a.length:
                prev = a
            elif pos >= offset and nxt is None:
                nxt = a
            pos += a.length
        if prev is not None:
            el = self._outer(prev.run, p)
            # leave containers (hyperlink, field, someone's insertion) whose end we are at
            while el.getparent() is not p and self._last_content(el):
                el = el.getparent()
                if el.getparent() in self._ours:
                    el = self._outer(el, p)
            # at the end of a field's result, text goes after the field: inside, the next
            # update of the field (a cross-reference, a page number) would wipe it out
            nxt_el = _next_element(el)
            if nxt_el is not None and _ends_field(nxt_el) and _in_field_result(el):
                el = nxt_el
            parent = el.getparent()
            idx = parent.index(el) + 1
            # text typed where a replaced stretch ends follows the replacement's new text,
            # as if the edits had been made one after the other from the end
            while idx < len(parent) and parent[idx].tag == INS and parent[idx] in self._ours:
                idx += 1
            return parent, idx
        if nxt is not None:
            el = self._outer(nxt.run, p)
            while el.getparent() is not p and self._first_content(el):
                el = el.getparent()
            parent = el.getparent()
            return parent, parent.index(el)
        ppr = p.find(PPR)
        return p, (p.index(ppr) + 1 if ppr is not None else 0)

    @staticmethod
    def _last_content(el) -> bool:
        n = el.getnext()
        while n is not None:
            if isinstance(n.tag, str) and n.tag in (R, HYPERLINK, INS, MOVE_TO, q("fldSimple")):
                return False
            n = n.getnext()
        return True

    @staticmethod
    def _first_content(el) -> bool:
        n = el.getprevious()
        while n is not None:
            if isinstance(n.tag, str) and n.tag in (R, HYPERLINK, INS, MOVE_TO, q("fldSimple")):
                return False
            n = n.getprevious()
        return True

    # -- replace -------------------------------------------------------------------------
    def _replace(self, block: Block, start: int, end: int, text: str) -> list:
        if start is None or end is None:
            raise ValueError(f"replace on {block.id} needs start and end")
        p = block.element
        atoms = self._atoms_of(block)
        total = sum(a.length for a in atoms if a.orig)
        if not 0 <= start <= end <= total:
            raise ValueError(f"range {start}-{end} outside block {block.id} ({total} chars)")
        if start == end and not text:
            return []
        self._cut(atoms, start)
        self._cut(atoms, end)
        gone = list(self._orig_range(atoms, start, end))
        for a in gone:
            if a.run.tag != R:
                raise ValueError("cannot edit inside an equation")
            if _has_ancestor(a.run, p, MOVE_TO):
                raise ValueError("text inside a tracked move cannot be changed")
        made: list = []
        rpr = None
        if gone:
            rpr = gone[0].run.find(RPR)
            runs = list(dict.fromkeys(a.run for a in gone))
            made = self._wrap(runs, "del")
        elif atoms:
            ref = self._neighbour_run(atoms, start)
            rpr = ref.find(RPR) if ref is not None else None
        else:
            rpr = _paragraph_mark_rpr_for_text(p)
        if text:
            ins = self._rev("ins")
            for r in _text_runs(text, _clean_rpr(rpr)):
                ins.append(r)
            if gone:
                last = made[-1]
                if _has_ancestor(last, p, INS) and not self._last_content(last):
                    raise ValueError("a replacement cannot be inserted inside another revision")
                parent, idx = self._after_foreign(last, p)
            else:
                parent, idx = self._point(p, atoms, start)
            parent.insert(idx, ins)
            made.append(ins)
            new_atoms = [
                _Atom(n, n.getparent(), len(n.text or "") if n.tag == T else 1, False)
                for n in ins.iter(T, q("tab"), q("br"), q("noBreakHyphen"))
            ]
            # keep them in reading order among the atoms so later cuts find their runs
            anchor = gone[-1] if gone else None
            if anchor is not None:
                i = atoms.index(anchor) + 1
            else:
                i = sum(1 for a in atoms if a.orig and self._orig_start(atoms, a) < start)
                i = self._index_after_orig(atoms, i)
            atoms[i:i] = new_atoms
        return made

    @staticmethod
    def _orig_start(atoms, target) -> int:
        pos = 0
        for a in atoms:
            if a is target:
                return pos
            if a.orig:
                pos += a.length
        return pos

    @staticmethod
    def _index_after_orig(atoms, n_orig: int) -> int:
        seen = 0
        for i, a in enumerate(atoms):
            if a.orig:
                if seen == n_orig:
                    return i
                seen += 1
        return len(atoms)

    def _neighbour_run(self, atoms, offset):
        pos = 0
        before = after = None
        for a in atoms:
            if not a.orig:
                continue
            if pos < offset:
                before = a
            elif after is None:
                after = a
            pos += a.length
        ref = before or after
        return ref.run if ref is not None and ref.run.tag == R else None

    def _after_foreign(self, el, p):
        """Where an insertion goes right after `el` (our w:del): out of a foreign w:ins or
        w:moveTo that ends there, never nested in another author's insertion."""
        while el.getparent() is not p and el.getparent().tag in (INS, MOVE_TO):
            if el.getparent() in self._ours:
                break
            el = el.getparent()
        parent = el.getparent()
        return parent, parent.index(el) + 1

    def _wrap(self, runs: list, kind: str) -> list:
        """Wrap runs in w:del/w:ins/... elements, one per stretch of adjacent siblings."""
        out = []
        i = 0
        while i < len(runs):
            group = [runs[i]]
            while (
                i + len(group) < len(runs)
                and runs[i + len(group)].getparent() is group[-1].getparent()
                and _next_element(group[-1]) is runs[i + len(group)]
            ):
                group.append(runs[i + len(group)])
            wrapper = self._rev(kind)
            group[0].addprevious(wrapper)
            for r in group:
                wrapper.append(r)
                if kind in ("del", "moveFrom"):
                    _to_deleted(r)
            out.append(wrapper)
            i += len(group)
        return out

    # -- paragraphs ------------------------------------------------------------------------
    def _new_paragraph(self, item, anchor: Block, style_id: str | None, src_pkg) -> etree._Element:
        if isinstance(item, str):
            p = etree.Element(P)
            ap = anchor.element
            if style_id:
                ppr = etree.SubElement(p, PPR)
                etree.SubElement(ppr, q("pStyle")).set(q("val"), style_id)
                rpr = None
            else:
                base = _base_ppr(ap)
                if len(base):
                    p.append(base)
                rpr = _first_run_rpr(ap)
            for r in _text_runs(item, _clean_rpr(rpr)) if item else []:
                p.append(r)
            return p
        if isinstance(item, Block):
            return self._import_paragraph(item.element, src_pkg)
        raise ValueError(f"cannot insert a paragraph from {type(item).__name__}")

    def _insert_paragraphs(self, anchor: Block, group: list[Edit], before: bool):
        ap = _accepted_anchor(anchor.element, before)
        new: list[etree._Element] = []
        made: list[tuple[Edit, list]] = []
        for e in group:
            els = []
            for item in e.paragraphs:
                p = self._new_paragraph(item, anchor, e.style_id, e.source_package)
                new.append(p)
                els.append(p)
            made.append((e, els))
        if not new:
            return made
        self._place_new_paragraphs(ap, new, before, "ins")
        return made

    def _place_new_paragraphs(self, ap, new, before: bool, kind: str) -> None:
        """Put fully built paragraphs next to `ap`, their runs and marks tracked as `kind`."""
        for p in new:
            runs = _own_runs(p)
            self._wrap([r for r in runs if not _in_wrapper(r, p)], kind)
            self._ours.add(p)
        if before:
            for p in new:
                ap.addprevious(p)
        else:
            at = ap
            for p in new:
                at.addnext(p)
                at = p
        if before or _is_next_paragraph(new[-1]):
            for p in new:
                self._mark(p, kind)
            return
        # after the container's last paragraph (end of body or cell, before a table): that
        # mark cannot be a revision, so `ap` gets the new mark and the last new paragraph
        # takes over `ap`'s own mark, properties included
        last = new[-1]
        for p in new[:-1]:
            self._mark(p, kind)
        self._swap_marks(ap, last)
        self._mark(ap, kind)

    def _swap_marks(self, keep, taker) -> None:
        """Give `taker` the paragraph mark of `keep` (its rPr, sectPr and revisions) while
        `taker` keeps its own paragraph properties, recorded as a change when they differ."""
        kppr = _ensure_ppr(keep)
        tppr = _ensure_ppr(taker)
        want = _base_ppr(taker)
        old = _base_ppr(keep)
        for tag in (RPR, SECTPR, PPRCHANGE):
            t = tppr.find(tag)
            if t is not None:
                tppr.remove(t)
        for tag in (RPR, SECTPR, PPRCHANGE):
            k = kppr.find(tag)
            if k is not None:
                if tag == RPR:
                    # keep's own mark formatting stays (a copy) for the new mark
                    kppr.replace(k, _strip_mark_revisions(copy.deepcopy(k)))
                else:
                    kppr.remove(k)
                _insert_in_ppr(tppr, k)
        if not _same(want, old) and tppr.find(PPRCHANGE) is None:
            ch = _el(PPRCHANGE, id=self._id(), author=self.author, date=self.date)
            ch.append(old)
            _insert_in_ppr(tppr, ch)
        if not len(tppr):
            taker.remove(tppr)
        krpr = kppr.find(RPR)
        if krpr is not None and not len(krpr):
            kppr.remove(krpr)

    def _mark(self, p, kind: str) -> None:
        rpr = _mark_rpr(p)
        e = self._rev(kind)
        order = list(_MARK_KINDS)
        for i, c in enumerate(rpr):
            if c.tag in _RUN_WRAPPERS and order.index(c.tag[len(_W) :]) > order.index(kind):
                rpr.insert(i, e)
                return
            if c.tag not in _RUN_WRAPPERS:
                rpr.insert(i, e)
                return
        rpr.append(e)

    def _delete_paragraphs(self, paras: list, kind: str) -> dict:
        """Delete whole paragraphs (runs and marks). Consecutive paragraphs are handled
        together so that the container's last mark is never the one deleted."""
        made: dict[int, list] = {}
        wanted = {id(p) for p in paras}
        seen: set[int] = set()
        for p in paras:
            if id(p) in seen:
                continue
            # the stretch of consecutive paragraphs to delete that holds p
            first = p
            while (pp := _prev_paragraph(first)) is not None and id(pp) in wanted:
                first = pp
            group = [first]
            while _is_next_paragraph(group[-1]) and id(_next_element(group[-1])) in wanted:
                group.append(_next_element(group[-1]))
            seen.update(id(g) for g in group)
            for g in group:
                runs = [r for r in _own_runs(g) if not _in_deletion(r, g)]
                made[id(g)] = self._wrap(runs, kind) if runs else []
            last = group[-1]
            if _is_next_paragraph(last):
                for g in group:
                    self._mark_deleted(g, kind)
                continue
            for g in group[:-1]:
                self._mark_deleted(g, kind)
            prev = _prev_paragraph(first)
            if prev is None or _mark_revision(prev) is not None and prev not in self._ours:
                continue  # nothing to merge with: an empty paragraph stays (a cell needs one)
            if prev in self._ours:
                # our own new paragraph: dropping its mark is simply not inserting it
                rev = _mark_revision(prev)
                if rev is not None:
                    rev.getparent().remove(rev)
                    self.stats["insertions" if rev.tag == INS else "moves"] -= 1
                content = [c for c in prev if c.tag != PPR]
                at = first.find(PPR)
                for c in reversed(content):
                    if at is not None:
                        at.addnext(c)
                    else:
                        first.insert(0, c)
                self._takeover_props(prev, last)
                prev.getparent().remove(prev)
            else:
                self._takeover_props(prev, last)
                self._mark_deleted(prev, kind)
        return made

    def _takeover_props(self, prev, last) -> None:
        """`prev`'s text ends in `last`'s mark once accepted: `last` takes `prev`'s
        paragraph properties, the old ones recorded in a w:pPrChange."""
        want = _base_ppr(prev)
        old = _base_ppr(last)
        if _same(want, old):
            return
        lppr = _ensure_ppr(last)
        if lppr.find(PPRCHANGE) is not None:
            return  # someone else's formatting change: left as it is
        for c in list(lppr):
            if c.tag not in _PPR_TAIL:
                lppr.remove(c)
        for i, c in enumerate(want):
            lppr.insert(i, copy.deepcopy(c))
        ch = _el(PPRCHANGE, id=self._id(), author=self.author, date=self.date)
        ch.append(old)
        _insert_in_ppr(lppr, ch)

    def _mark_deleted(self, p, kind: str) -> None:
        rev = _mark_revision(p)
        if rev is not None and rev.tag in (DEL, MOVE_FROM):
            return  # already deleted by its author
        if rev is not None and rev in self._ours and rev.tag in (INS, MOVE_TO):
            raise ValueError("cannot delete a paragraph this writer inserted")
        ppr = p.find(PPR)
        if ppr is not None and ppr.find(SECTPR) is not None:
            return  # this mark ends a section: deleting it would merge two sections
        self._mark(p, kind)

    # -- moves -----------------------------------------------------------------------------
    def _move(self, e: Edit) -> list:
        if e.target is None:
            raise ValueError("move edit without a target")
        src = e.block.element
        tgt = _accepted_anchor(e.target.element, e.before)
        if src is tgt:
            raise ValueError("a paragraph cannot move next to itself")
        simple = _is_next_paragraph(src) and (e.before or _is_next_paragraph(tgt))
        clean = self._import_paragraph(src, None, same_package=True)
        if not simple:
            # Word's move marks need a paragraph mark on both sides that may be revised;
            # at the end of a container a move is written as deletion plus insertion
            self._place_new_paragraphs(tgt, [clean], e.before, "ins")
            self._delete_paragraphs([src], "del")
            return [clean]
        self._move_seq += 1
        name = f"loiMove{self._move_seq}"
        while name in self._move_names:
            self._move_seq += 1
            name = f"loiMove{self._move_seq}"
        self._move_names.add(name)
        self._place_new_paragraphs(tgt, [clean], e.before, "moveTo")
        self._ranges(clean, "moveTo", name)
        self._delete_paragraphs([src], "moveFrom")
        self._ranges(src, "moveFrom", name)
        return [clean]

    def _ranges(self, p, kind: str, name: str) -> None:
        rid = self._id()
        start = _el(q(kind + "RangeStart"), id=rid, author=self.author, date=self.date, name=name)
        end = _el(q(kind + "RangeEnd"), id=rid)
        ppr = p.find(PPR)
        p.insert(p.index(ppr) + 1 if ppr is not None else 0, start)
        p.append(end)

    # -- tables ----------------------------------------------------------------------------
    def _row_of(self, block: Block):
        tr = block.element.getparent()
        while tr is not None and tr.tag != TR:
            tr = tr.getparent()
        if tr is None:
            raise ValueError(f"block {block.id} is not in a table")
        return tr

    def _table_of(self, block: Block):
        tbl = self._row_of(block).getparent()
        while tbl is not None and tbl.tag != TBL:
            tbl = tbl.getparent()
        return tbl

    def _track_row(self, tr, kind: str) -> None:
        trpr = tr.find(TRPR)
        if trpr is None:
            trpr = etree.Element(TRPR)
            ex = tr.find(TBLPREX)
            if ex is not None:
                ex.addnext(trpr)
            else:
                tr.insert(0, trpr)
        if trpr.find(q(kind)) is not None:
            return  # already so marked by its author
        e = self._rev(kind)
        tail = _TRPR_TAIL.index(q(kind))
        for i, c in enumerate(trpr):
            if c.tag in _TRPR_TAIL and _TRPR_TAIL.index(c.tag) > tail:
                trpr.insert(i, e)
                break
        else:
            trpr.append(e)
        for p in list(tr.iter(P)):
            runs = [r for r in _own_runs(p) if not _in_deletion(r, p)]
            if kind == "ins":
                runs = [r for r in runs if not _in_wrapper(r, p)]
            if runs:
                self._wrap(runs, kind)
            if _is_next_paragraph(p):
                if kind == "ins":
                    self._mark(p, kind)
                else:
                    self._mark_deleted(p, kind)

    def _insert_table_part(self, e: Edit) -> list:
        if e.source is None:
            raise ValueError(f"{e.kind} edit without a source element")
        src = self._import_tree(e.source, e.source_package)
        if src is None:
            raise ValueError(f"{e.kind}: the source is deleted in its own document")
        if e.kind == "insert_row":
            if src.tag != TR:
                raise ValueError("insert_row needs a w:tr source")
            at = self._row_of(e.block)
            (at.addprevious if e.before else at.addnext)(src)
            self._track_row(src, "ins")
            return list(src.iter(P))
        if src.tag != TBL:
            raise ValueError("insert_table needs a w:tbl source")
        ap = _accepted_anchor(e.block.element, e.before)
        if e.before:
            ap.addprevious(src)
        else:
            ap.addnext(src)
            if not _is_element(src.getnext(), P):
                # a table cannot close a body or a cell: Word needs a paragraph after it
                # that paragraph takes over the anchor's mark, so rejecting leaves none
                filler = etree.Element(P)
                base = _base_ppr(ap)
                if len(base):
                    filler.append(base)
                src.addnext(filler)
                self._ours.add(filler)
                self._swap_marks(ap, filler)
                self._mark(ap, "ins")
        for tr in src.iter(TR):
            self._track_row(tr, "ins")
        return list(src.iter(P))

    def _delete_table_part(self, e: Edit) -> list:
        rows = [self._row_of(e.block)] if e.kind == "delete_row" else None
        if rows is None:
            tbl = self._table_of(e.block)
            rows = [tr for tr in tbl.iterchildren(TR)]
        for tr in rows:
            trpr = tr.find(TRPR)
            if trpr is not None and trpr.find(DEL) is not None:
                continue
            self._track_row(tr, "del")
        return [p for tr in rows for p in tr.iter(P)]

    # -- copying content from another document --------------------------------------------
    def _import_paragraph(self, p, src_pkg, same_package: bool = False):
        return self._import_tree(p, src_pkg, same_package)

    def _import_tree(self, el, src_pkg, same_package: bool = False, notes: bool = True):
        """A deep copy of a paragraph/row/table in its accepted view, fit for this package:
        revisions accepted, annotations dropped, relationships carried over or dropped."""
        el = copy.deepcopy(el)
        if el.tag in (q("footnote"), q("endnote")):
            notes = False
        for tr in list(el.iter(TR)):
            trpr = tr.find(TRPR)
            if trpr is not None and trpr.find(DEL) is not None:
                if tr is el:
                    return None
                tr.getparent().remove(tr)
        for d in list(el.iter(DEL, MOVE_FROM)):
            if d.getparent() is not None and d.getparent().tag != RPR:
                d.getparent().remove(d)
        for rpr in list(el.iter(RPR)):
            if rpr.getparent() is not None and rpr.getparent().tag == PPR:
                for c in list(rpr):
                    if c.tag in _RUN_WRAPPERS:
                        rpr.remove(c)
        for w in list(el.iter(INS, MOVE_TO)):
            _unwrap(w)
        for x in list(el.iter(*_CHANGE_TAGS, *_ANNOTATION_TAGS)):
            if x.getparent() is not None:
                x.getparent().remove(x)
        drop = list(el.iter(q("commentReference")))
        note_refs = list(el.iter(q("footnoteReference"), q("endnoteReference")))
        if not same_package:
            # a note of the other document comes along as an inserted note of ours; when
            # that cannot be done (no notes part, a note inside a note) its reference goes
            for x in note_refs:
                new = self._copy_note(x, src_pkg) if notes else None
                if new is not None:
                    x.set(_ID, new)
                else:
                    drop.append(x)
        for x in drop:
            r = x.getparent()
            if r is not None and r.tag == R and r.getparent() is not None:
                r.getparent().remove(r)
        for x in list(el.iter(SECTPR)):
            x.getparent().remove(x)
        for x in el.iter():
            for a in [a for a in x.attrib if a.startswith(f"{{{W14}}}")]:
                del x.attrib[a]
        if same_package:
            return el
        self._carry_relationships(el, src_pkg)
        self._drop_unknown_styles(el)
        for x in list(el.iter(q("numPr"))):
            x.getparent().remove(x)  # the list definitions are the other document's
        return el

    def _copy_note(self, ref, src_pkg) -> str | None:
        """Copy the foot/endnote `ref` points to from `src_pkg` into our notes part, its text
        tracked as inserted; returns its new id (None when either side has no notes part)."""
        kind = "footnote" if ref.tag == q("footnoteReference") else "endnote"
        if src_pkg is None:
            return None
        theirs = src_pkg.related(src_pkg.main_part, kind + "s")
        if not theirs or not src_pkg.has(theirs[0]):
            return None
        note = None
        for n in src_pkg.xml(theirs[0]).iter(q(kind)):
            if n.get(_ID) == ref.get(_ID):
                note = n
                break
        if note is None:
            return None
        root = self._notes_root(kind)
        # the note's own relationships live beside the other notes part: not carried
        note = self._import_tree(note, None)
        top = max(
            [
                int(n.get(_ID))
                for n in root.iter(q(kind))
                if (n.get(_ID) or "").lstrip("-").isdigit()
            ]
            + [0]
        )
        note.set(_ID, str(top + 1))
        paras = list(note.iter(P))
        if not paras:
            # a note needs a paragraph (the schema says so, and LibreOffice skips an empty
            # note, giving its reference the next note's text)
            paras = [etree.SubElement(note, P)]
        for p in paras:
            self._wrap(
                [
                    r
                    for r in _own_runs(p)
                    if not _in_wrapper(r, p)
                    and r.find(q("footnoteRef")) is None
                    and r.find(q("endnoteRef")) is None
                ],
                "ins",
            )
        for p in paras[:-1]:
            self._mark(p, "ins")
        root.append(note)
        self._copied_notes.add(kind)
        return str(top + 1)

    def _notes_root(self, kind: str):
        """Our footnotes/endnotes part, created the way Word writes it when the document
        has none: the separator (-1) and continuation separator (0) notes, the
        relationship, the content type, and w:footnotePr/w:endnotePr in the settings."""
        ours = self.pkg.related(self.part, kind + "s")
        if ours and self.pkg.has(ours[0]):
            return self.pkg.xml(ours[0])
        name = f"word/{kind}s.xml"
        n = 1
        while self.pkg.has(name):
            n += 1
            name = f"word/{kind}s{n}.xml"
        root = etree.Element(q(kind + "s"), nsmap={"w": W, "r": R_NS})
        for nid, typ in (("-1", "separator"), ("0", "continuationSeparator")):
            note = etree.SubElement(root, q(kind), {q("type"): typ, _ID: nid})
            p = etree.SubElement(note, P)
            etree.SubElement(
                etree.SubElement(p, PPR),
                q("spacing"),
                {q("after"): "0", q("line"): "240", q("lineRule"): "auto"},
            )
            etree.SubElement(etree.SubElement(p, R), q(typ))
        self.pkg.set_xml(name, root)
        self._add_rel(_RT_BASE + kind + "s", posixpath.relpath(name, posixpath.dirname(self.part)))
        ct = self.pkg.xml("[Content_Types].xml")
        etree.SubElement(
            ct, f"{{{NS_CT}}}Override", PartName="/" + name, ContentType=f"{_CT_BASE}{kind}s+xml"
        )
        settings = self.pkg.related(self.part, "settings")
        if settings and self.pkg.has(settings[0]):
            sroot = self.pkg.xml(settings[0])
            if sroot.find(q(kind + "Pr")) is None:
                pr = etree.Element(q(kind + "Pr"))
                for nid in ("-1", "0"):
                    etree.SubElement(pr, q(kind), {_ID: nid})
                after = _SETTINGS_AFTER_NOTES + (["endnotePr"] if kind == "footnote" else [])
                nxt = next(
                    (
                        c
                        for c in sroot
                        if isinstance(c.tag, str) and etree.QName(c).localname in after
                    ),
                    None,
                )
                if nxt is not None:
                    nxt.addprevious(pr)
                else:
                    sroot.append(pr)
        return root

    def _carry_relationships(self, el, src_pkg) -> None:
        src_part = src_pkg.main_part if src_pkg is not None else None
        src_rels = src_pkg.rels(src_part) if src_pkg is not None else {}
        for x in list(el.iter()):
            if x.getparent() is None and x is not el:
                continue
            for attr in [a for a in x.attrib if a.startswith(f"{{{R_NS}}}")]:
                rid = x.get(attr)
                new = self._copy_rel(src_pkg, src_rels, rid)
                if new is not None:
                    x.set(attr, new)
                    continue
                # impossible to carry: a hyperlink becomes its plain text, an object goes
                if x.tag == HYPERLINK:
                    del x.attrib[attr]
                    if x.get(q("anchor")) is None:
                        _unwrap(x)
                    break
                run = x
                while run is not None and run.tag != R:
                    run = run.getparent()
                if run is not None and run.getparent() is not None:
                    run.getparent().remove(run)
                break

    def _copy_rel(self, src_pkg, src_rels, rid):
        if src_pkg is None or rid not in src_rels:
            return None
        typ, target, mode = src_rels[rid]
        if mode == "External":
            return self._add_rel(typ, target, external=True)
        if typ.endswith("/image") and src_pkg.has(target):
            data = src_pkg.parts.get(target)
            if data is None:
                return None
            d, base = posixpath.split(target)
            stem, dot, ext = base.rpartition(".")
            n = 1
            name = posixpath.join("word/media", f"loi_{stem or base}{dot}{ext}")
            while self.pkg.has(name):
                n += 1
                name = posixpath.join("word/media", f"loi_{stem or base}_{n}{dot}{ext}")
            self.pkg.parts[name] = data
            self._ensure_default_type(ext, src_pkg.content_type(target))
            rel_target = posixpath.relpath(name, posixpath.dirname(self.part))
            return self._add_rel(typ, rel_target)
        return None

    def _ensure_default_type(self, ext: str, ctype: str | None) -> None:
        if not ctype or not ext:
            return
        ct = self.pkg.xml("[Content_Types].xml")
        for d in ct.iter(f"{{{NS_CT}}}Default"):
            if (d.get("Extension") or "").lower() == ext.lower():
                return
        node = etree.Element(f"{{{NS_CT}}}Default", Extension=ext, ContentType=ctype)
        ct.insert(0, node)

    def _rels_root(self):
        rn = self.pkg.rels_name(self.part)
        if not self.pkg.has(rn):
            self.pkg.set_xml(rn, etree.Element(f"{{{NS_REL}}}Relationships", nsmap={None: NS_REL}))
        return self.pkg.xml(rn)

    def _add_rel(self, typ: str, target: str, external: bool = False) -> str:
        root = self._rels_root()
        used = {r.get("Id") for r in root}
        while True:
            self._rel_seq += 1
            rid = f"rIdLoi{self._rel_seq}"
            if rid not in used:
                break
        rel = etree.SubElement(root, f"{{{NS_REL}}}Relationship", Id=rid, Type=typ, Target=target)
        if external:
            rel.set("TargetMode", "External")
        return rid

    def _drop_unknown_styles(self, el) -> None:
        for tag in ("pStyle", "rStyle", "tblStyle"):
            for x in list(el.iter(q(tag))):
                if not self._style_exists(x.get(q("val"))):
                    x.getparent().remove(x)

    # -- comments --------------------------------------------------------------------------
    def _comments(self):
        if self._comments_root is not None:
            return self._comments_root
        parts = self.pkg.related(self.part, "comments")
        if parts and self.pkg.has(parts[0]):
            self._comments_root = self.pkg.xml(parts[0])
            return self._comments_root
        name = "word/comments.xml"
        n = 1
        while self.pkg.has(name):
            n += 1
            name = f"word/comments{n}.xml"
        root = etree.Element(q("comments"), nsmap={"w": W, "r": R_NS})
        self.pkg.set_xml(name, root)
        target = posixpath.relpath(name, posixpath.dirname(self.part))
        self._add_rel(RT_COMMENTS, target)
        ct = self.pkg.xml("[Content_Types].xml")
        etree.SubElement(ct, f"{{{NS_CT}}}Override", PartName="/" + name, ContentType=CT_COMMENTS)
        self._comments_root = root
        return root

    def _style_exists(self, sid: str) -> bool:
        if self._style_ids is None:
            self._style_ids = set()
            for part in self.pkg.related(self.part, "styles"):
                if self.pkg.has(part):
                    for st in self.pkg.xml(part).iter(q("style")):
                        self._style_ids.add(st.get(q("styleId")))
        return sid in self._style_ids

    def _new_comment(self, text: str) -> int:
        root = self._comments()
        cid = self._id()
        c = _el(q("comment"), id=cid, author=self.author, date=self.date)
        if self.initials:
            c.set(q("initials"), self.initials)
        styled = self._style_exists("CommentText")
        ref_styled = self._style_exists("CommentReference")
        for i, line in enumerate((text or "").split("\n")):
            p = etree.SubElement(c, P)
            if styled:
                etree.SubElement(etree.SubElement(p, PPR), q("pStyle")).set(q("val"), "CommentText")
            if i == 0:
                r = etree.SubElement(p, R)
                if ref_styled:
                    etree.SubElement(etree.SubElement(r, RPR), q("rStyle")).set(
                        q("val"), "CommentReference"
                    )
                etree.SubElement(r, q("annotationRef"))
            if line:
                for r in _text_runs(line, None):
                    p.append(r)
        root.append(c)
        self.stats["comments"] += 1
        return int(cid)

    def _reference_run(self, cid: int):
        r = etree.Element(R)
        if self._style_exists("CommentReference"):
            etree.SubElement(etree.SubElement(r, RPR), q("rStyle")).set(
                q("val"), "CommentReference"
            )
        etree.SubElement(r, q("commentReference")).set(_ID, str(cid))
        return r

    def _anchor(self, first, last, text: str) -> int:
        cid = self._new_comment(text)
        first.addprevious(_el(q("commentRangeStart"), id=str(cid)))
        end = _el(q("commentRangeEnd"), id=str(cid))
        last.addnext(end)
        end.addnext(self._reference_run(cid))
        return cid

    def _comment_on_elements(self, els: list, text: str) -> int | None:
        """A comment on what an edit wrote: runs' wrappers, or whole new paragraphs."""
        els = [e for e in els if e.getparent() is not None]
        if not els:
            return None
        if els[0].tag == P:
            first_p, last_p = els[0], els[-1]
            cid = self._new_comment(text)
            ppr = first_p.find(PPR)
            first_p.insert(
                first_p.index(ppr) + 1 if ppr is not None else 0,
                _el(q("commentRangeStart"), id=str(cid)),
            )
            last_p.append(_el(q("commentRangeEnd"), id=str(cid)))
            last_p.append(self._reference_run(cid))
            return cid
        first, last = els[0], els[-1]
        if first.getparent() is not last.getparent():
            p = _ancestor_p(first)
            first, last = self._lift(first, p), self._lift(last, p)
        return self._anchor(first, last, text)

    # -- text boxes ------------------------------------------------------------------------
    def _sync_fallbacks(self, elements: list) -> None:
        alts = []
        for el in elements:
            a = el.getparent()
            while a is not None:
                if a.tag == MC_CHOICE:
                    alt = a.getparent()
                    if alt is not None and alt.tag == MC_ALT and alt not in alts:
                        alts.append(alt)
                    break
                a = a.getparent()
        for alt in alts:
            choice = alt.find(MC_CHOICE)
            fallback = alt.find(MC_FALLBACK)
            if choice is None or fallback is None:
                continue
            new = list(choice.iter(TXBX))
            old = list(fallback.iter(TXBX))
            if len(new) != len(old):
                continue  # shapes that do not pair up: the fallback is left as it was
            for n, o in zip(new, old, strict=True):
                for c in list(o):
                    o.remove(c)
                for c in n:
                    o.append(self._fallback_copy(c))

    def _fallback_copy(self, el):
        """A copy for mc:Fallback: its own revision ids (Word wants them unique across the
        part) and no comment anchors (a comment is anchored once, in mc:Choice)."""
        el = copy.deepcopy(el)
        for x in list(el.iter(q("commentRangeStart"), q("commentRangeEnd"))):
            x.getparent().remove(x)
        for x in list(el.iter(q("commentReference"))):
            r = x.getparent()
            if r.tag == R and r.getparent() is not None:
                r.getparent().remove(r)
            else:
                r.remove(x)
        renumber: dict[str, str] = {}
        for x in el.iter(*_ID_TAGS):
            old = x.get(_ID)
            if old is None:
                continue
            if old not in renumber:
                renumber[old] = self._id()
            x.set(_ID, renumber[old])
        return el

    # -- validation ------------------------------------------------------------------------
    @staticmethod
    def _check_point(atoms, offset: int, p) -> None:
        """An insertion point between two pieces of one foreign insertion is refused."""
        pos = 0
        prev = nxt = None
        for a in atoms:
            if pos < offset < pos + a.length and _has_ancestor(a.run, p, INS):
                prev = nxt = a
                break
            if pos + a.length <= offset:
                prev = a
            elif nxt is None:
                nxt = a
            pos += a.length
        if prev is not None and nxt is not None and _has_ancestor(prev.run, p, INS):
            if prev is nxt or _same_foreign(prev.run, nxt.run, p):
                raise ValueError("an insertion cannot be written inside another author's insertion")

    def _validate(self, e: Edit) -> None:
        """Refuse, before anything changes, what cannot be written faithfully."""
        p = e.block.element
        if e.kind in ("replace", "comment") and e.start is not None and e.end is not None:
            # offsets count the original text only, not what earlier calls inserted
            atoms = [a for a in self._atoms_of(e.block) if a.orig]
            total = sum(a.length for a in atoms)
            if not 0 <= e.start <= e.end <= total:
                raise ValueError(f"range {e.start}-{e.end} outside block {e.block.id} ({total})")
            pos = 0
            for i, a in enumerate(atoms):
                end = pos + a.length
                touched = pos < e.end and end > e.start
                boundary = pos < e.start < end or pos < e.end < end
                if boundary or (e.kind == "replace" and touched):
                    if a.run.tag != R or a.node.getparent() is not a.run:
                        raise ValueError("cannot edit inside an equation or a drawing's text")
                if e.kind == "replace" and touched:
                    if _in_deletion(a.run, p):
                        raise ValueError("this text is already deleted by an earlier edit")
                    if _has_ancestor(a.run, p, MOVE_TO):
                        raise ValueError("text inside another author's move cannot be changed")
                    if e.text and end >= e.end and _has_ancestor(a.run, p, INS):
                        later = atoms[i + 1 :]
                        if any(_same_foreign(a.run, b.run, p) for b in later) or end > e.end:
                            raise ValueError(
                                "a replacement cannot be written inside another author's insertion"
                            )
                pos = end
            if e.kind == "replace" and e.start == e.end and e.text:
                self._check_point(atoms, e.start, p)
        elif e.kind == "join":
            if not _is_next_paragraph(p) or _mark_deleted_by_author(p):
                raise ValueError("only a paragraph followed by another can be joined to it")
        elif e.kind in ("delete_paragraph", "move"):
            for r in _own_runs(p):
                if _has_ancestor(r, p, MOVE_TO) and not _in_deletion(r, p):
                    raise ValueError("a paragraph holding another author's move cannot be deleted")
            if e.kind == "move" and any(
                True for _ in p.iter(q("footnoteReference"), q("endnoteReference"))
            ):
                raise ValueError(
                    "a paragraph with a footnote cannot be moved (the note would double)"
                )
        elif e.kind in ("insert_row", "delete_row", "delete_table"):
            self._row_of(e.block)
        if e.kind in ("insert_row", "insert_table"):
            want = TR if e.kind == "insert_row" else TBL
            if e.source is None or getattr(e.source, "tag", None) != want:
                raise ValueError(f"{e.kind} needs a w:{want.split('}')[1]} source element")
        if e.kind == "insert_paragraphs":
            for item in e.paragraphs:
                if not isinstance(item, (str, Block)):
                    raise ValueError(f"cannot insert a paragraph from {type(item).__name__}")
        if e.kind == "move":
            if e.target is None:
                raise ValueError("move edit without a target")
            if e.target.element is p:
                raise ValueError("a paragraph cannot move next to itself")

    def _check_overlaps(self, edits: list[Edit]) -> None:
        ranges: dict[int, list[tuple[int, int, Edit]]] = {}
        whole: dict[int, str] = {}
        for e in edits:
            key = id(e.block.element)
            if e.kind == "replace":
                if e.start is None or e.end is None or e.start > e.end:
                    raise ValueError(f"replace on {e.block.id} needs 0 <= start <= end")
                ranges.setdefault(key, []).append((e.start, e.end, e))
            elif e.kind in ("delete_paragraph", "move", "join"):
                if key in whole:
                    raise ValueError(f"block {e.block.id} is deleted, moved or joined twice")
                whole[key] = e.kind
        for key, rs in ranges.items():
            if whole.get(key, "join") != "join":
                raise ValueError("a paragraph cannot be both edited and deleted or moved")
            rs.sort(key=lambda x: (x[0], x[1]))
            for (s1, e1, _), (s2, e2, _) in zip(rs, rs[1:], strict=False):
                if s2 < e1 or s1 == e1 == s2 == e2:
                    raise ValueError(f"overlapping edits at {s2} in one block")


# -- small tree helpers ------------------------------------------------------------------
def _accepted_anchor(p, before: bool):
    """The w:p that ends (after) or starts (before) `p`'s paragraph in the accepted view:
    a paragraph whose mark its author deleted runs on into the next one."""
    if before:
        while (prev := _prev_paragraph(p)) is not None and _mark_deleted_by_author(prev):
            p = prev
        return p
    while _mark_deleted_by_author(p) and _is_next_paragraph(p):
        p = _next_element(p)
    return p


def _mark_deleted_by_author(p) -> bool:
    rev = _mark_revision(p)
    return rev is not None and rev.tag in (DEL, MOVE_FROM)


def _next_element(el):
    n = el.getnext()
    while n is not None and not isinstance(n.tag, str):
        n = n.getnext()
    return n


def _is_element(el, tag) -> bool:
    return el is not None and el.tag == tag


def _has_ancestor(el, stop, tag) -> bool:
    a = el.getparent()
    while a is not None and a is not stop:
        if a.tag == tag:
            return True
        a = a.getparent()
    return False


def _ends_field(el) -> bool:
    if el.tag != R:
        return False
    chars = [c for c in el if c.tag != RPR]
    return bool(chars) and all(
        c.tag == q("fldChar") and c.get(q("fldCharType")) == "end" for c in chars
    )


def _in_field_result(el) -> bool:
    """Whether `el` sits between a field's separate and end characters (same parent)."""
    depth = 0
    n = el.getprevious()
    while n is not None:
        if n.tag == R:
            for c in reversed(list(n)):
                if c.tag == q("fldChar"):
                    kind = c.get(q("fldCharType"))
                    if kind == "end":
                        depth += 1
                    elif kind == "separate":
                        if depth == 0:
                            return True
                    elif kind == "begin" and depth:
                        depth -= 1
        n = n.getprevious()
    return False


def _same_foreign(a, b, p) -> bool:
    """Whether runs a and b sit in one pre-existing w:ins."""
    x = a.getparent()
    while x is not None and x is not p:
        if x.tag == INS:
            y = b.getparent()
            while y is not None and y is not p:
                if y is x:
                    return True
                y = y.getparent()
        x = x.getparent()
    return False


def _in_deletion(run, p) -> bool:
    return _has_ancestor(run, p, DEL) or _has_ancestor(run, p, MOVE_FROM)


def _in_wrapper(run, p) -> bool:
    a = run.getparent()
    while a is not None and a is not p:
        if a.tag in _RUN_WRAPPERS:
            return True
        a = a.getparent()
    return False


def _own_runs(p) -> list:
    """The runs of paragraph `p` itself (not those of a text box anchored in it): w:r, and
    its equations whole (w:ins/w:del may hold an m:oMath; math readers lose what a
    revision holds deeper inside one)."""
    out = []
    for r in p.iter(R, M_OMATH_PARA, M_OMATH):
        if _ancestor_p(r) is not p:
            continue
        if r.tag != R and _has_ancestor(r, p, M_OMATH_PARA):
            continue  # the equation is tracked as a whole, at its outermost element
        if r.tag == R and _has_ancestor(r, p, M_OMATH):
            continue  # a w:r inside an equation goes with it
        out.append(r)
    return out


def _unwrap(el) -> None:
    parent = el.getparent()
    if parent is None:
        return
    i = parent.index(el)
    for c in list(el):
        parent.insert(i, c)
        i += 1
    parent.remove(el)


def _first_run_rpr(p):
    for r in _own_runs(p):
        if r.find(T) is not None and not _in_deletion(r, p):
            return r.find(RPR)
    return None


def _paragraph_mark_rpr_for_text(p):
    ppr = p.find(PPR)
    rpr = ppr.find(RPR) if ppr is not None else None
    return _strip_mark_revisions(copy.deepcopy(rpr)) if rpr is not None else None


def _strip_mark_revisions(rpr):
    for c in list(rpr):
        if c.tag in _RUN_WRAPPERS or c.tag == RPRCHANGE:
            rpr.remove(c)
    return rpr


# -- accepting what a document already has -----------------------------------------------
# A blackline must carry only the comparison's revisions: the tracked changes an input
# already has are accepted in its XML first (compare reads OLD again afterwards, so no
# Block points into what this pass removes).

# a deleted cell (w:cellDel) is not dropped with these: it says which w:tc goes
_ACCEPT_DROP = tuple((_CHANGE_TAGS - {q("cellDel")}) | _MOVE_RANGES | _CUSTOMXML_RANGES)


def accept_revisions(package) -> int:
    """Accept every tracked change in the package's stories, in place, as Word's "Accept
    All" does; returns how many revision elements were resolved."""
    main = package.main_part
    parts = [main]
    # styles and numbering carry formatting changes of their own (w:rPrChange, w:pPrChange)
    for kind in ("header", "footer", "footnotes", "endnotes", "styles", "numbering"):
        parts += package.related(main, kind)
    n = 0
    for part in dict.fromkeys(parts):
        if package.has(part):
            n += _accept_in(package.xml(part))
    return n


def _accept_in(root) -> int:
    n = 0
    for el in list(root.iter(*_ACCEPT_DROP)):
        if el.getparent() is not None:
            el.getparent().remove(el)
            n += 1
    # rows: a deleted row goes, an inserted one stays; a deleted cell goes
    for tr in list(root.iter(TR)):
        trpr = tr.find(TRPR)
        if trpr is None:
            continue
        if trpr.find(DEL) is not None and tr.getparent() is not None:
            tr.getparent().remove(tr)
            n += 1
            continue
        for m in trpr.findall(INS):
            trpr.remove(m)
            n += 1
    for cd in list(root.iter(q("cellDel"))):
        tc = cd.getparent().getparent() if cd.getparent() is not None else None
        if tc is not None and tc.tag == q("tc") and tc.getparent() is not None:
            tc.getparent().remove(tc)
        n += 1
    # paragraph marks: inserted ones simply stay; a deleted mark joins its paragraph to the
    # next one, which keeps its own properties (the mark that survives is the next one's)
    for p in list(root.iter(P)):
        ppr = p.find(PPR)
        rpr = ppr.find(RPR) if ppr is not None else None
        if rpr is None:
            continue
        for m in rpr.findall(INS) + rpr.findall(MOVE_TO):
            rpr.remove(m)
            n += 1
        marks = rpr.findall(DEL) + rpr.findall(MOVE_FROM)
        if not marks:
            continue
        for m in marks:
            rpr.remove(m)
            n += 1
        nxt = p.getnext()
        if nxt is not None and nxt.tag == P and p.getparent() is not None:
            content = [c for c in p if c.tag != PPR]
            nppr = nxt.find(PPR)
            at = nxt.index(nppr) + 1 if nppr is not None else 0
            for c in content:
                nxt.insert(at, c)
                at += 1
            if ppr.find(SECTPR) is not None and (nppr is None or nppr.find(SECTPR) is None):
                # a section break rides on the surviving mark
                if nppr is None:
                    nppr = etree.Element(PPR)
                    nxt.insert(0, nppr)
                _insert_in_ppr(nppr, ppr.find(SECTPR))
            p.getparent().remove(p)
    # run-level: deleted text goes, inserted text stays
    for el in list(root.iter(DEL, MOVE_FROM)):
        parent = el.getparent()
        if parent is not None and parent.tag != RPR:
            parent.remove(el)
            n += 1
    for el in list(root.iter(INS, MOVE_TO)):
        parent = el.getparent()
        if parent is not None and parent.tag != RPR:
            _unwrap(el)
            n += 1
    # a deleted run-property mark (w:rPr/w:del on a run) has no meaning left
    for rpr in list(root.iter(RPR)):
        for m in rpr.findall(DEL) + rpr.findall(INS):
            rpr.remove(m)
            n += 1
    return n
