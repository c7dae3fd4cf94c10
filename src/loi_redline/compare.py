"""Blackline of two versions of a document: OLD's own XML with the changes as revisions.

    compare(old, new) -> [Edit]            pure: two Documents in, edits on OLD's blocks out
    compare_files(old, new, out, ...)      files at the edges: read, accept, compare, write

Alignment, in three passes, so a 200-page contract stays fast:

1. body units (a paragraph, or a whole top-level table) are aligned on their exact text
   with a Myers diff (diff-match-patch on one char per distinct text): O(N·D), not O(N²);
2. in each gap the diff leaves (old units deleted, new units inserted at the same place),
   paragraphs are paired by similarity (rapidfuzz) with an order-keeping best matching:
   a paired paragraph is *changed* and is diffed word by word;
3. what is still unpaired anywhere is looked at for moves: the same text (of a minimum
   length) deleted in one place and inserted in another is a move, not two changes.

Tables: a table on one side only is inserted or deleted whole; two paired tables have their
rows aligned the same way (row inserted, deleted, changed), and the cells of a changed row
are compared as paragraphs.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from rapidfuzz.fuzz import ratio

from .diff import diff_lists, word_diff
from .model import Block, Document, Edit

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TR = f"{_W}tr"
TBL = f"{_W}tbl"
R = f"{_W}r"
TXBX = f"{_W}txbxContent"
T = f"{_W}t"

MIN_SIMILARITY = 50.0  # rapidfuzz ratio (0-100) for two paragraphs to be "the same, changed"
MIN_TABLE_SIMILARITY = 30.0
MIN_ROW_SIMILARITY = 60.0  # mean cell similarity for two rows to be "the same, changed"
MIN_MOVE_CHARS = 20  # shorter paragraphs ("Article 3", "") are not worth calling a move
MAX_DP_CELLS = 250_000  # gap size (old × new) above which the gap is split before matching


# --------------------------------------------------------------------------------------
# Sequence alignment on strings: the engine, testable without any DOCX.


def align(
    a: list[str],
    b: list[str],
    min_similarity: float = MIN_SIMILARITY,
    pairable: Any = None,
    score: Any = None,
) -> list[tuple[str, int | None, int | None]]:
    """Align two sequences of texts: steps ("equal"|"change"|"delete"|"insert", i, j).

    Steps come in an order consistent with both sequences: deletions of a gap before its
    insertions. `pairable(i, j)` (default: always) says whether a[i] may pair with b[j];
    `score(i, j)` (default: rapidfuzz ratio of the texts) how well, 0-100.
    """
    steps: list[tuple[str, int | None, int | None]] = []
    i = j = 0
    gap_a: list[int] = []
    gap_b: list[int] = []

    def flush():
        steps.extend(_match_gap(a, b, gap_a, gap_b, min_similarity, pairable, score))
        gap_a.clear()
        gap_b.clear()

    for op, items in diff_lists(a, b, timeout=0):
        n = len(items)
        if op == 0:
            flush()
            for k in range(n):
                steps.append(("equal", i + k, j + k))
            i += n
            j += n
        elif op < 0:
            gap_a.extend(range(i, i + n))
            i += n
        else:
            gap_b.extend(range(j, j + n))
            j += n
    flush()
    return steps


def _match_gap(a, b, ga, gb, min_similarity, pairable, score=None):
    if not ga or not gb:
        return [("delete", i, None) for i in ga] + [("insert", None, j) for j in gb]
    if len(ga) * len(gb) > MAX_DP_CELLS:
        # Split the larger side in halves: each half is matched against the whole of the
        # other side's share, keeping the cost linear in the gap's size.
        return _split_gap(a, b, ga, gb, min_similarity, pairable, score)
    pairs = _best_monotone_pairs(a, b, ga, gb, min_similarity, pairable, score)
    out: list[tuple[str, int | None, int | None]] = []
    pi = pj = 0
    for i, j in [*pairs, (None, None)]:
        stop_i = ga.index(i) if i is not None else len(ga)
        stop_j = gb.index(j) if j is not None else len(gb)
        out += [("delete", ga[k], None) for k in range(pi, stop_i)]
        out += [("insert", None, gb[k]) for k in range(pj, stop_j)]
        if i is not None:
            out.append(("change", i, j))
        pi, pj = stop_i + 1, stop_j + 1
    return out


def _split_gap(a, b, ga, gb, min_similarity, pairable, score):
    # Proportional cut: the first half of ga against the first share of gb.
    ha = len(ga) // 2
    hb = max(1, round(len(gb) * ha / len(ga)))
    return _match_gap(a, b, ga[:ha], gb[:hb], min_similarity, pairable, score) + _match_gap(
        a, b, ga[ha:], gb[hb:], min_similarity, pairable, score
    )


def _best_monotone_pairs(a, b, ga, gb, min_similarity, pairable, score=None):
    """Order-keeping pairs maximising the summed similarity (weighted LCS)."""
    n, m = len(ga), len(gb)
    w = [[0.0] * m for _ in range(n)]
    for x, i in enumerate(ga):
        for y, j in enumerate(gb):
            if pairable is not None and not pairable(i, j):
                continue
            if score is not None:
                s = score(i, j)
                s = s if s >= min_similarity else 0.0
            else:
                s = ratio(a[i], b[j], score_cutoff=min_similarity)
            if s:
                w[x][y] = s
    dp = [[0.0] * (m + 1) for _ in range(n + 1)]
    for x in range(n):
        row, nxt, wx = dp[x], dp[x + 1], w[x]
        for y in range(m):
            best = row[y + 1] if row[y + 1] > nxt[y] else nxt[y]
            if wx[y] and row[y] + wx[y] > best:
                best = row[y] + wx[y]
            nxt[y + 1] = best
    pairs = []
    x, y = n, m
    while x and y:
        if w[x - 1][y - 1] and dp[x][y] == dp[x - 1][y - 1] + w[x - 1][y - 1]:
            pairs.append((ga[x - 1], gb[y - 1]))
            x -= 1
            y -= 1
        elif dp[x][y] == dp[x - 1][y]:
            x -= 1
        else:
            y -= 1
    return pairs[::-1]


def find_moves(
    steps: list[tuple[str, int | None, int | None]],
    a: list[str],
    b: list[str],
    min_chars: int = MIN_MOVE_CHARS,
    movable: Any = None,
) -> dict[int, int]:
    """Old index → new index for paragraphs deleted in one place and inserted in another
    with the same text (spaces aside) and at least `min_chars` characters."""
    deleted: dict[str, list[int]] = {}
    for op, i, _ in steps:
        if op == "delete" and (movable is None or movable(i, None)):
            key = " ".join(a[i].split())
            if len(key) >= min_chars:
                deleted.setdefault(key, []).append(i)
    moves: dict[int, int] = {}
    for op, _, j in steps:
        if op == "insert" and (movable is None or movable(None, j)):
            key = " ".join(b[j].split())
            if deleted.get(key):
                moves[deleted[key].pop(0)] = j
    # A short neighbour that travels with a moved paragraph (its heading "Article 4 –
    # Durée", an empty line) moves with it.
    dels = {i for op, i, _ in steps if op == "delete"}
    ins = {j for op, _, j in steps if op == "insert"}
    todo = list(moves.items())
    while todo:
        i, j = todo.pop()
        for di in (-1, 1):
            x, y = i + di, j + di
            if (
                x in dels
                and y in ins
                and x not in moves
                and y not in moves.values()
                and " ".join(a[x].split()) == " ".join(b[y].split())
                and (movable is None or (movable(x, None) and movable(None, y)))
            ):
                moves[x] = y
                todo.append((x, y))
    return moves


# --------------------------------------------------------------------------------------
# Documents: units (paragraph or table), rows, cells.


@dataclass
class _Row:
    cells: list[list[Block]]
    notes: dict = field(default_factory=dict, repr=False)  # id(block) → its notes' text

    @property
    def blocks(self) -> list[Block]:
        return [blk for cell in self.cells for blk in cell]

    @cached_property
    def key(self) -> str:
        return "\x1f".join(
            "\x1e".join(_key(blk, self.notes) for blk in cell) for cell in self.cells
        )

    @property
    def nested(self) -> bool:
        return any(blk.table is not None and len(blk.table) > 3 for blk in self.blocks)


@dataclass
class _Unit:
    blocks: list[Block]
    rows: list[_Row] | None = None  # None: a paragraph
    notes: dict = field(default_factory=dict, repr=False)  # id(block) → its notes' text

    @property
    def is_table(self) -> bool:
        return self.rows is not None

    @cached_property
    def key(self) -> str:
        if self.rows is None:
            return _key(self.blocks[0], self.notes)
        return "\x1d" + "\x1c".join(r.key for r in self.rows)

    @property
    def text(self) -> str:
        return "\n".join(blk.text for blk in self.blocks)


def opaque_text(block: Block) -> str:
    """Text the paragraph carries outside its own text: its text boxes' content.

    The reader gives text boxes as blocks of their own; a paragraph whose text box changed
    is therefore compared as a whole (see _Builder.paragraph)."""
    el = block.element
    if el is None:
        return ""
    return "\x1e".join("".join(x.itertext(T)) for x in el.iter(TXBX))


def _key(block: Block, notes: dict | None = None) -> str:
    sig = opaque_text(block)
    note = (notes or {}).get(id(block), "")
    return f"{block.text}\x00{sig}\x00{note}" if sig or note else block.text


NOTE_REFS = (f"{_W}footnoteReference", f"{_W}endnoteReference")


def note_texts(doc: Document) -> dict[int, str]:
    """id(body block) → the text of the foot/endnotes it references, for blocks with any.

    The reader gives notes as blocks of their own, so a paragraph that gained or lost a
    note has the same text: this is what tells them apart."""
    by_id: dict[tuple[str, str], list[str]] = {}
    for b in doc.notes:
        if b.story not in ("footnote", "endnote"):
            continue
        el = b.element.getparent()
        while el is not None and el.tag not in (f"{_W}footnote", f"{_W}endnote"):
            el = el.getparent()
        if el is not None:
            by_id.setdefault((b.story, el.get(f"{_W}id")), []).append(b.text)
    out: dict[int, str] = {}
    for b in doc.blocks:
        refs = [
            "\n".join(
                by_id.get(("footnote" if "foot" in r.tag else "endnote", r.get(f"{_W}id")), [])
            )
            for r in b.element.iter(*NOTE_REFS)
        ]
        if refs:
            out[id(b)] = "\x1e".join(refs)
    return out


def editable(block: Block, start: int, end: int) -> bool:
    """Whether [start, end) (or the point start == end) lies in plain runs: the writer
    cannot revise inside an equation or a drawing's text."""
    for sp in block.spans:
        if sp.end < start or sp.start > end:
            continue
        touched = sp.start < end and sp.end > start
        edge = sp.start <= start <= sp.end or sp.start <= end <= sp.end
        if (touched or edge) and (
            sp.run is None or sp.run.tag != R or sp.node.getparent() is not sp.run
        ):
            return False
    return True


def _units(blocks: list[Block], notes: dict | None = None) -> list[_Unit]:
    notes = notes or {}
    units: list[_Unit] = []
    for blk in blocks:
        if blk.table is None:
            units.append(_Unit([blk], notes=notes))
            continue
        t, r, c = blk.table[0], blk.table[1], blk.table[2]
        last = units[-1] if units else None
        if last is None or not last.is_table or last.blocks[0].table[0] != t:
            last = _Unit([], [], notes=notes)
            units.append(last)
        last.blocks.append(blk)
        rows = last.rows
        if not rows or rows[-1].blocks[0].table[1] != r:
            rows.append(_Row([], notes=notes))
        cells = rows[-1].cells
        if not cells or cells[-1][0].table[2] != c:
            cells.append([])
        cells[-1].append(blk)
    return units


def _ancestor(el, tag: str, outermost: bool = False):
    found = None
    el = el.getparent() if el is not None else None
    while el is not None:
        if el.tag == tag:
            found = el
            if not outermost:
                return found
        el = el.getparent()
    return found


def row_element(block: Block):
    """The top-level `w:tr` holding a table-cell block."""
    tr = None
    el = block.element.getparent()
    while el is not None:
        if el.tag == TR:
            tr = el
        el = el.getparent()
    return tr


def table_element(block: Block):
    return _ancestor(block.element, TBL, outermost=True)


# --------------------------------------------------------------------------------------
# The comparison.


@dataclass
class Change:
    """One change as the JSON report lists it."""

    kind: str  # replace | insert | delete | insert_paragraph | delete_paragraph | move |
    #            insert_row | delete_row | insert_table | delete_table
    old: str
    new: str
    where: dict

    def as_dict(self) -> dict:
        return {"kind": self.kind, "old": self.old, "new": self.new, "where": self.where}


@dataclass
class Comparison:
    edits: list[Edit] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)


def _where(block: Block | None, index: dict[int, int], side: str = "old") -> dict:
    if block is None:
        return {}
    out: dict[str, Any] = {f"{side}_paragraph": index.get(id(block))}
    if block.table is not None:
        out["table"] = list(block.table)
    if block.story != "body":
        out["story"] = block.story
    return out


class _Builder:
    def __init__(self, old: Document, new: Document):
        self.old, self.new = old, new
        self.res = Comparison()
        self.oi = {id(b): k for k, b in enumerate(old.blocks)}
        self.ni = {id(b): k for k, b in enumerate(new.blocks)}
        self.old_notes = note_texts(old)
        self.new_notes = note_texts(new)
        self.notes_paired = all(
            len(_notes(old.notes, story)) == len(_notes(new.notes, story))
            for story in ("footnote", "endnote")
        )
        self.old_boxes = _boxes(old.notes)
        self.new_boxes = _boxes(new.notes)

    # -- recording ------------------------------------------------------------------
    def edit(self, e: Edit) -> None:
        self.res.edits.append(e)

    def change(self, kind: str, old: str, new: str, block: Block | None, nblock=None):
        where = _where(block, self.oi)
        if nblock is not None:
            where.update(_where(nblock, self.ni, "new"))
        self.res.changes.append(Change(kind, old, new, where))

    # -- paragraphs -----------------------------------------------------------------
    def paragraph(self, ob: Block, nb: Block) -> None:
        ops = word_diff(ob.text, nb.text)
        boxes = None
        if opaque_text(ob) != opaque_text(nb):
            ob_boxes = [self.old_boxes[x] for x in ob.element.iter(TXBX) if x in self.old_boxes]
            nb_boxes = [self.new_boxes[x] for x in nb.element.iter(TXBX) if x in self.new_boxes]
            if len(ob_boxes) == len(nb_boxes):
                boxes = list(zip(ob_boxes, nb_boxes, strict=True))
        onote, nnote = self.old_notes.get(id(ob), ""), self.new_notes.get(id(nb), "")
        # A note added or removed: NEW's paragraph replaces OLD's whole, and the writer
        # brings its notes along (a note only reworded is compared note by note, when
        # both documents have as many notes).
        notes_moved = onote != nnote and (_refs(ob) != _refs(nb) or not self.notes_paired)
        if (
            (opaque_text(ob) != opaque_text(nb) and boxes is None)
            or notes_moved
            or not all(editable(ob, o.start, o.end) for o in ops)
        ):
            # A text box came or went, its notes went, or an equation changed: NEW's
            # paragraph replaces OLD's whole.
            self.edit(
                Edit("insert_paragraphs", ob, paragraphs=[nb], before=True,
                     source_package=self.new.package)
            )  # fmt: skip
            self.edit(Edit("delete_paragraph", ob))
            self.change("delete_paragraph", ob.text, "", ob)
            self.change("insert_paragraph", "", nb.text, ob, nb)
            return
        for op in ops:
            self.edit(Edit("replace", ob, op.start, op.end, op.text))
            self.change(op.op, ob.text[op.start : op.end], op.text, ob, nb)
        for oparas, nparas in boxes or ():
            self.paragraphs(oparas, nparas)

    def paragraphs(self, olds: list[Block], news: list[Block]) -> None:
        """Align two lists of paragraphs (a cell's or a text box's content), emit edits."""
        steps = align(
            [_key(b, self.old_notes) for b in olds],
            [_key(b, self.new_notes) for b in news],
            score=lambda i, j: ratio(olds[i].text, news[j].text),
        )
        anchor: Block | None = None
        pending: list[Block] = []

        def flush_before(nxt: Block | None):
            if not pending:
                return
            if nxt is not None:
                self.edit(
                    Edit("insert_paragraphs", nxt, paragraphs=list(pending), before=True,
                         source_package=self.new.package)
                )  # fmt: skip
            else:
                self.edit(
                    Edit("insert_paragraphs", anchor, paragraphs=list(pending),
                         source_package=self.new.package)
                )  # fmt: skip
            for p in pending:
                self.change("insert_paragraph", "", p.text, nxt or anchor, p)
            pending.clear()

        for op, i, j in steps:
            if op == "insert":
                pending.append(news[j])
                continue
            ob = olds[i]
            flush_before(ob)
            if op == "change":
                self.paragraph(ob, news[j])
            elif op == "delete":
                self.edit(Edit("delete_paragraph", ob))
                self.change("delete_paragraph", ob.text, "", ob)
            anchor = ob
        flush_before(None)

    # -- body -----------------------------------------------------------------------
    def body(self) -> None:
        self.sequence(self.old.blocks, self.new.blocks)

    def sequence(self, olds: list[Block], news: list[Block]) -> None:
        """Align a story's paragraphs and tables (the body, one note) and emit edits."""
        ou = _units(olds, self.old_notes)
        nu = _units(news, self.new_notes)

        def pairable(i, j):
            if ou[i].is_table != nu[j].is_table:
                return False
            return True

        def score(i, j):  # similarity on the visible text; the keys also carry notes
            return ratio(ou[i].text, nu[j].text)

        steps = align([u.key for u in ou], [u.key for u in nu], pairable=pairable, score=score)
        # Tables that the gap matching left unpaired but sit in the same gap: pair them
        # when similar enough (their keys are long, so ratio is a fair guide).
        steps = _pair_tables(steps, ou, nu)
        moves = find_moves(
            steps,
            [u.key for u in ou],
            [u.key for u in nu],
            movable=lambda i, j: not (ou[i] if i is not None else nu[j]).is_table,
        )
        moved_to = {j: i for i, j in moves.items()}
        self._emit(steps, ou, nu, moves, moved_to)

    def _emit(self, steps, ou, nu, moves, moved_to) -> None:
        # A run of new-side items (inserted or moved here) goes right before the next old
        # unit when that is a paragraph (in order), else right after the previous one.
        run: list[int] = []
        prev: _Unit | None = None

        def flush(nxt: _Unit | None):
            if run:
                self._insert_run(prev, nxt, [nu[j] for j in run], list(run), moved_to, ou)
                run.clear()

        joined = _joins(steps, ou, nu, moves)
        for k, (op, i, j) in enumerate(steps):
            if op == "insert":
                run.append(j)
                continue
            u = ou[i]
            flush(u)
            if k in joined:
                if joined[k]:  # all but the window's last paragraph lose their mark
                    self.edit(Edit("join", u.blocks[0]))
                    self.change("join", u.text, "", u.blocks[0])
            elif op == "change":
                if u.is_table:
                    self.table(u, nu[j])
                else:
                    self.paragraph(u.blocks[0], nu[j].blocks[0])
            elif op == "delete" and i not in moves:
                if u.is_table:
                    self.edit(Edit("delete_table", u.blocks[0]))
                    self.change("delete_table", u.text, "", u.blocks[0])
                else:
                    self.edit(Edit("delete_paragraph", u.blocks[0]))
                    self.change("delete_paragraph", u.text, "", u.blocks[0])
            prev = u
        flush(None)

    def _insert_run(self, prev, nxt, units, seq, moved_to, ou) -> None:
        """Emit one run of new-side units between two old units, keeping their order.

        The writer places, at one anchor, first the paragraphs (in edit order), then the
        tables, then the moves, each kind right before the anchor (`before`) or right
        after it. Before the next paragraph the run must therefore read paragraphs, tables,
        moves; after the previous one moves, tables, paragraphs (tables and moves listed
        in reverse). A run fitting neither is cut in two, one part on each side; a run
        that still does not fit has its moves written as deletion plus insertion.
        """
        pieces: list[tuple[str, Any]] = []
        for u, j in zip(units, seq, strict=True):
            if j in moved_to:
                pieces.append(("M", (ou[moved_to[j]].blocks[0], u.blocks[0])))
            elif u.is_table:
                pieces.append(("T", u))
            else:
                pieces.append(("P", u.blocks[0]))
        a = prev.blocks[-1] if prev is not None and not prev.is_table else None
        b = nxt.blocks[0] if nxt is not None and not nxt.is_table else None
        plan = _place(pieces, a is not None, b is not None)
        moves = [v[0] for k, v in pieces if k == "M"]
        after_moves = plan is not None and any(k == "M" for k, _ in plan[0])
        if (
            plan is None
            or not all(_mark_follows(ob) for ob in moves)
            or (after_moves and not _mark_follows(a))
        ):
            # The writer writes a move out of a paragraph whose mark ends its container (the
            # last one before a table) as a deletion plus an insertion; mixed with true
            # moves in one run, LibreOffice merges the marks and loses count: such a run
            # is written all as deletions and insertions.
            for kind, val in pieces:
                if kind == "M":
                    self._unmove(val[0])
            pieces = [("P", v[1]) if k == "M" else (k, v) for k, v in pieces]
            plan = _place(pieces, a is not None, b is not None)
        if plan is None:
            # Between two tables (or a table and an edge): no paragraph to stand by. The
            # nearest block is used; the order inside the run is as good as the writer's.
            anchor = nxt.blocks[0] if nxt is not None else prev.blocks[-1]
            plan = [(anchor, nxt is not None, pieces)]
        else:
            plan = [(a, False, plan[0]), (b, True, plan[1])]
        for anchor, before, part in plan:
            if not part:
                continue
            if not before:  # tables and moves land right after the anchor: last first
                part = [x for x in part if x[0] == "P"] + [x for x in part if x[0] != "P"][::-1]
            for kind, val in part:
                if kind == "M":
                    ob, nb = val
                    self.edit(Edit("move", ob, target=anchor, before=before))
                    self.change("move", ob.text, nb.text, ob, nb)
                elif kind == "T":
                    self.edit(
                        Edit("insert_table", anchor, source=table_element(val.blocks[0]),
                             before=before, source_package=self.new.package)
                    )  # fmt: skip
                    self.change("insert_table", "", val.text, anchor, val.blocks[0])
                else:
                    self.edit(
                        Edit("insert_paragraphs", anchor, paragraphs=[val], before=before,
                             source_package=self.new.package)
                    )  # fmt: skip
                    self.change("insert_paragraph", "", val.text, anchor, val)

    def _unmove(self, ob: Block) -> None:
        """A move the writer cannot place: the old paragraph is deleted where it was."""
        self.edit(Edit("delete_paragraph", ob))
        self.change("delete_paragraph", ob.text, "", ob)

    # -- tables ---------------------------------------------------------------------
    def table(self, ot: _Unit, nt: _Unit) -> None:
        orows, nrows = ot.rows, nt.rows

        def pairable(i, j):
            o, n = orows[i], nrows[j]
            return len(o.cells) == len(n.cells) and not o.nested and not n.nested

        def score(i, j):
            # Mean cell similarity, a blank cell filled in (or emptied) counting half: a
            # form's "Print Name |  | " and "Print Name | {name} | " are the same row,
            # which a whole-row text ratio would call strangers.
            cells = list(zip(orows[i].cells, nrows[j].cells, strict=True))
            total = 0.0
            for oc, nc in cells:
                ot, nt = _cell_text(oc), _cell_text(nc)
                total += 100.0 if ot == nt else 50.0 if not (ot and nt) else ratio(ot, nt)
            return total / len(cells) if cells else 0.0

        steps = align(
            [r.key for r in orows],
            [r.key for r in nrows],
            min_similarity=MIN_ROW_SIMILARITY,
            pairable=pairable,
            score=score,
        )
        run: list[int] = []
        prev: _Row | None = None

        def flush(nxt: _Row | None):
            if not run:
                return
            if nxt is not None:
                anchor, before, seq = nxt.blocks[0], True, run
            else:
                anchor, before, seq = prev.blocks[-1], False, run[::-1]
            for j in seq:
                nb = nrows[j].blocks[0]
                self.edit(
                    Edit("insert_row", anchor, source=row_element(nb), before=before,
                         source_package=self.new.package)
                )  # fmt: skip
                self.change("insert_row", "", _row_text(nrows[j]), anchor, nb)
            run.clear()

        for op, i, j in steps:
            if op == "insert":
                run.append(j)
                continue
            r = orows[i]
            flush(r)
            if op == "change":
                for oc, nc in zip(r.cells, nrows[j].cells, strict=True):
                    self.paragraphs(oc, nc)
            elif op == "delete":
                self.edit(Edit("delete_row", r.blocks[0]))
                self.change("delete_row", _row_text(r), "", r.blocks[0])
            prev = r
        flush(None)

    # -- notes ----------------------------------------------------------------------
    def notes(self) -> None:
        """Footnotes and endnotes, note by note when both sides have the same notes."""
        for story in ("footnote", "endnote"):
            on = _notes(self.old.notes, story)
            nn = _notes(self.new.notes, story)
            if len(on) != len(nn):
                continue  # notes added or removed: their references move with body text
            for ob, nb in zip(on, nn, strict=True):
                self.sequence(ob, nb)


def _joins(steps, ou, nu, moves) -> dict[int, bool]:
    """Old paragraphs that NEW runs together into one, unchanged otherwise: {step index:
    whether that paragraph's mark goes}. Written as deleted paragraph marks (Word's own
    encoding of a join) rather than as text moved into one paragraph, so that every reader
    joins them in the accepted view the way it joins them when it reads NEW."""

    def para(k, op):
        o, i, _ = steps[k]
        return o == op and not ou[i].is_table and i not in moves

    out: dict[int, bool] = {}
    for s, (op, i, j) in enumerate(steps):
        if op != "change" or ou[i].is_table or nu[j].is_table:
            continue
        lo = s
        while lo > 0 and para(lo - 1, "delete") and steps[lo - 1][1] == steps[lo][1] - 1:
            lo -= 1
        hi = s
        while (
            hi + 1 < len(steps) and para(hi + 1, "delete") and steps[hi + 1][1] == steps[hi][1] + 1
        ):
            hi += 1
        found = None
        for a in range(lo, s + 1):
            for b in range(max(s, a + 1), hi + 1):
                units = [ou[steps[k][1]] for k in range(a, b + 1)]
                if (
                    "".join(u.text for u in units) == nu[j].text
                    and "".join(u.key for u in units) == nu[j].key
                ):
                    found = (a, b)
                    break
            if found:
                break
        if found and not any(k in out for k in range(found[0], found[1] + 1)):
            for k in range(found[0], found[1] + 1):
                out[k] = k < found[1]
    return out


def _refs(block: Block) -> int:
    return sum(1 for _ in block.element.iter(*NOTE_REFS))


def _boxes(notes: list[Block]) -> dict[Any, list[Block]]:
    """w:txbxContent → its paragraphs, for the text boxes the reader read.

    Keyed by the element itself, not id(): an lxml proxy nobody holds may be freed and
    its id reused."""
    out: dict[Any, list[Block]] = {}
    for b in notes:
        if b.story != "textbox":
            continue
        el = b.element.getparent()
        while el is not None and el.tag != TXBX:
            el = el.getparent()
        if el is not None:
            out.setdefault(el, []).append(b)
    return out


def _notes(blocks: list[Block], story: str) -> list[list[Block]]:
    """Note paragraphs grouped by note (their w:footnote / w:endnote element)."""
    groups: dict[Any, list[Block]] = {}
    order: list[Any] = []
    for b in blocks:
        if b.story != story:
            continue
        note = b.element.getparent()
        while note is not None and note.tag not in (f"{_W}footnote", f"{_W}endnote"):
            note = note.getparent()
        key = note
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(b)
    return [groups[k] for k in order]


_AFTER = "MTP"  # the order the writer leaves right after an anchor
_BEFORE = "PTM"  # and right before one


def _fits(kinds: list[str], order: str) -> bool:
    ranks = [order.index(k) for k in kinds]
    return ranks == sorted(ranks)


def _place(pieces, can_after: bool, can_before: bool):
    """(part after the previous paragraph, part before the next one), or None."""
    kinds = [k for k, _ in pieces]
    if can_before and _fits(kinds, _BEFORE):
        return [], pieces
    if can_after and _fits(kinds, _AFTER):
        return pieces, []
    if can_after and can_before:
        for cut in range(1, len(pieces)):
            if _fits(kinds[:cut], _AFTER) and _fits(kinds[cut:], _BEFORE):
                return pieces[:cut], pieces[cut:]
    return None


def _mark_follows(block: Block) -> bool:
    """Whether another paragraph follows `block`'s in its container."""
    n = block.element.getnext()
    while n is not None and not isinstance(n.tag, str):
        n = n.getnext()
    return n is not None and n.tag == f"{_W}p"


def _cell_text(cell: list[Block]) -> str:
    return "\n".join(b.text for b in cell)


def _row_text(row: _Row) -> str:
    return " | ".join(" ".join(b.text for b in cell) for cell in row.cells)


def _pair_tables(steps, ou, nu):
    """In each gap, pair leftover deleted and inserted tables in order when similar."""
    out = list(steps)
    k = 0
    while k < len(out):
        if out[k][0] not in ("delete", "insert"):
            k += 1
            continue
        end = k
        while end < len(out) and out[end][0] in ("delete", "insert", "change"):
            end += 1
        gap = out[k:end]
        dels = [s for s in gap if s[0] == "delete" and ou[s[1]].is_table]
        ins = [s for s in gap if s[0] == "insert" and nu[s[2]].is_table]
        if dels and ins and not any(s[0] == "change" for s in gap):
            pairs = []
            for d, n in zip(dels, ins, strict=False):
                if ratio(ou[d[1]].key, nu[n[2]].key) >= MIN_TABLE_SIMILARITY:
                    pairs.append((d, n))
            if pairs:
                gap = _repair_gap(gap, pairs)
                out[k:end] = gap
                end = k + len(gap)
        k = end
    return out


def _repair_gap(gap, pairs):
    """Rewrite one gap with `pairs` (delete step, insert step) turned into changes.

    Unpaired deletions of the gap come before a pair when they precede it in OLD, unpaired
    insertions before it when they precede it in NEW: both orders are kept.
    """
    dels = [s for s in gap if s[0] == "delete"]
    ins = [s for s in gap if s[0] == "insert"]
    out = []
    di = ni = 0
    for d, n in pairs:
        while dels[di] is not d:
            out.append(dels[di])
            di += 1
        while ins[ni] is not n:
            out.append(ins[ni])
            ni += 1
        out.append(("change", d[1], n[2]))
        di += 1
        ni += 1
    return out + dels[di:] + ins[ni:]


def compare(old: Document, new: Document) -> list[Edit]:
    """The edits that turn OLD into NEW, on OLD's blocks (accepted views of both)."""
    return comparison(old, new).edits


def comparison(old: Document, new: Document) -> Comparison:
    """Edits plus the list of changes as a reader sees them."""
    # The reader leaves hundreds of thousands of live objects on a long document; the
    # cyclic collector would walk them all again and again while we allocate small
    # tuples (a 60 MB document: 25 s with it, a few without). Nothing here makes cycles.
    enabled = gc.isenabled()
    gc.disable()
    try:
        b = _Builder(old, new)
        b.body()
        b.notes()
        return b.res
    finally:
        if enabled:
            gc.enable()


# --------------------------------------------------------------------------------------
# Files.


@dataclass
class CompareResult:
    output: str
    insertions: int
    deletions: int
    moves: int
    changes: list[Change]
    notes: list[str] = field(default_factory=list)
    stats: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "output": self.output,
            "insertions": self.insertions,
            "deletions": self.deletions,
            "moves": self.moves,
            "changes": [c.as_dict() for c in self.changes],
            "notes": self.notes,
        }


_INS = {"insert", "insert_paragraph", "insert_row", "insert_table"}
_DEL = {"delete", "delete_paragraph", "delete_row", "delete_table", "join"}


def counts(changes: list[Change]) -> tuple[int, int, int]:
    """(insertions, deletions, moves); a replacement is one of each."""
    ins = sum(1 for c in changes if c.kind in _INS or c.kind == "replace")
    dels = sum(1 for c in changes if c.kind in _DEL or c.kind == "replace")
    moves = sum(1 for c in changes if c.kind == "move")
    return ins, dels, moves


def default_output(old_path: str | Path, new_path: str | Path) -> Path:
    old_path, new_path = Path(old_path), Path(new_path)
    return old_path.with_name(f"{old_path.stem}.vs.{new_path.stem}.docx")


def compare_files(
    old_path: str | Path,
    new_path: str | Path,
    out_path: str | Path | None = None,
    author: str = "loi-redline",
    date: str | None = None,
    force: bool = False,
    warn: Any = None,
) -> CompareResult:
    """Write OLD with NEW's differences as tracked changes; `warn(msg)` gets the notes."""
    from .errors import InputError

    out = Path(out_path) if out_path else default_output(old_path, new_path)
    if out.exists() and not force:
        raise InputError(out, "already exists (use --force to overwrite)")
    for p in (old_path, new_path):
        if Path(p).resolve() == out.resolve():
            raise InputError(out, "the output would overwrite an input")
    enabled = gc.isenabled()
    gc.disable()  # see comparison(): the reader's objects make the collector crawl
    try:
        return _compare_files(old_path, new_path, out, author, date, force, warn)
    finally:
        if enabled:
            gc.enable()


def _stories(pkg) -> list[bytes]:
    main = pkg.main_part
    parts = [main]
    for kind in ("footnotes", "endnotes", "header", "footer"):
        parts += pkg.related(main, kind)
    return [pkg.parts.get(p, b"") for p in dict.fromkeys(parts)]


def _compare_files(old_path, new_path, out, author, date, force, warn) -> CompareResult:
    from .package import open_docx
    from .read import read
    from .write import Writer, accept_revisions

    old = read(old_path)
    new_pkg = open_docx(new_path)
    # Byte-identical stories (the same file twice, a re-save that only touched styles or
    # the theme): NEW is OLD, and reading it again would only cost time.
    new = old if _stories(old.package) == _stories(new_pkg) else read(new_pkg)
    del new_pkg
    same = new is old
    notes: list[str] = []
    for doc, label in ((old, "OLD"),) + (() if same else ((new, "NEW"),)):
        if doc.revisions:
            notes.append(
                f"{doc.path}: {len(doc.revisions)} tracked change(s) already in {label}; "
                "compared in its accepted view"
            )
    if old.revisions:
        # The blackline must carry only this comparison's revisions: OLD's own are
        # accepted in its XML first, then OLD is read again so blocks point at that XML.
        accept_revisions(old.package)
        old = read(old.package)
    if same:
        new = old
    elif new.revisions:
        # NEW's paragraphs are copied into the blackline: in their accepted form.
        accept_revisions(new.package)
        new = read(new.package)
    cmp = Comparison() if same else comparison(old, new)
    w = Writer(old, author=author, date=date)
    w.apply(cmp.edits)
    w.save(out, force=force)
    ins, dels, moves = counts(cmp.changes)
    if warn is not None:
        for n in notes:
            warn(n)
    stats = getattr(w, "stats", {}) or {}
    return CompareResult(
        str(out), ins, dels, moves, cmp.changes, notes, dict(stats) if stats else {}
    )
