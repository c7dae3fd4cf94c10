"""From findings to edits: what the redline will change, and what it will only comment.

Pure functions over the model: findings, pairs and sections in, `Edit`s out; the writer is
the only code that turns them into XML. The plan also predicts the text of the document
once every one of our revisions is accepted (`accepted_text`), so the JSON report can
state it and the tests can hold the writer to it with an independent reader.

Policy, per finding:
* every finding gets a Word comment: severity, what is wrong, why, what to ask for;
* a `deviation` at or above the threshold becomes a tracked change: the rule's targeted
  `replacement` when it has one, else the reference clause diffed word by word against the
  vendor's clause (one rewrite per section, whatever the number of findings on it);
* a `missing` topic at or above the threshold becomes the reference clause inserted where
  the reference order puts it, numbered in the vendor's own scheme;
* an `added` clause is commented, struck only when its rule asks for it;
* everything else, and everything under `comments_only`, is a comment only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .diff import word_diff
from .model import SEVERITIES, Block, Edit, Finding, Pair, Section
from .numbering import to_roman

_SEV_FR = {
    "critical": "CRITIQUE",
    "high": "ÉLEVÉ",
    "medium": "MOYEN",
    "low": "FAIBLE",
    "info": "INFO",
}
_SEV_EN = {"critical": "CRITICAL", "high": "HIGH", "medium": "MEDIUM", "low": "LOW", "info": "INFO"}

# A heading the vendor numbered by hand: "Article 7 –", "ARTICLE 7 :", "7.", "VII -".
_MANUAL = re.compile(
    r"^(?P<pre>(?:article|art\.|section|clause|titre|point)\s*)?"
    r"(?P<num>\d{1,3}|[IVXLC]{1,7})(?P<sep>\s*[.):\-\u2013\u2014]\s*|\s+)(?=\S)",
    re.IGNORECASE,
)


@dataclass
class Planned:
    """One edit of the plan, with the finding it serves and what to do if refused."""

    edit: Edit
    finding: str | None  # finding id
    action: str  # "replace", "rewrite", "insert", "strike", "comment"
    fallback: Edit | None = None  # a comment to use when the writer refuses `edit`
    order: tuple = ()  # insertions: where among the insertions at one place it belongs


@dataclass
class Plan:
    edits: list[Planned] = field(default_factory=list)
    actions: dict[str, str] = field(default_factory=dict)  # finding id -> action
    proposed: dict[str, str] = field(default_factory=dict)  # finding id -> proposed wording
    comments: dict[str, str] = field(default_factory=dict)  # finding id -> comment text
    refused: list[dict] = field(default_factory=list)  # edits the writer could not express


def at_least(severity: str, threshold: str) -> bool:
    return SEVERITIES.index(severity) >= SEVERITIES.index(threshold)


def comment_text(f: Finding, lang: str = "fr", extra: str = "") -> str:
    """The comment a lawyer would write: « [ÉLEVÉ] What is wrong. Pourquoi : … Demander : … »."""
    sev = (_SEV_EN if lang == "en" else _SEV_FR).get(f.severity, f.severity.upper())
    why, ask = ("Why:", "Ask for:") if lang == "en" else ("Pourquoi :", "Demander :")
    parts = [f"[{sev}] {_sentence(f.message)}"]
    if f.rationale:
        parts.append(f"{why} {_sentence(f.rationale)}")
    if f.suggestion:
        parts.append(f"{ask} {_sentence(f.suggestion)}")
    if extra:
        parts.append(extra)
    return " ".join(parts)


def _sentence(text: str) -> str:
    text = " ".join(str(text).split())
    return text if not text or text[-1] in ".!?…»)" else text + "."


def _anchor(block: Block | None) -> tuple[int, int]:
    return (0, len(block.text)) if block is not None else (0, 0)


def _comment(block: Block, start: int | None, end: int | None, text: str) -> Edit:
    if start is None or end is None or start >= end:
        start, end = 0, len(block.text)
    return Edit("comment", block, start, end, text=text)


# --- sections ---------------------------------------------------------------------------


def _at(items: list, item) -> int:
    """list.index by identity: dataclass equality compares every field, and is wrong
    for two equal-looking sections anyway."""
    for i, x in enumerate(items):
        if x is item:
            return i
    raise ValueError("not in list")


def _section_end(sections: list[Section], idx: int) -> Block | None:
    """The last block of section `idx` and of its sub-sections (where an insertion goes)."""
    level = sections[idx].level
    stop = idx + 1
    while stop < len(sections) and sections[stop].level > level:
        stop += 1
    for s in reversed(sections[idx:stop]):
        for b in reversed(s.blocks):
            if b.story == "body":
                return b
        if s.heading is not None and s.heading.story == "body":
            return s.heading
    return None


def _first_block(s: Section) -> Block | None:
    for b in [s.heading, *s.blocks]:
        if b is not None and b.story == "body":
            return b
    return None


def _numbering_like(vendor: list[Section], near: Section | None) -> Section | None:
    """A vendor article whose heading shows how the vendor numbers articles."""
    clauses = [s for s in vendor if s.kind == "clause" and s.heading is not None]
    if not clauses:
        return None
    top = min(s.level for s in clauses)
    tops = [s for s in clauses if s.level == top]
    if near is not None and near in tops:
        return near
    if near is not None:
        before = [s for s in tops if _at(vendor, s) <= _at(vendor, near)]
        if before:
            return before[-1]
    return tops[0]


def _next_number(num: str, step: int = 1) -> str | None:
    if num.isdigit():
        return str(int(num) + step)
    roman = _roman_to_int(num.upper())
    if roman:
        out = to_roman(roman + step)
        return out if num.isupper() else out.lower()
    return None


def _roman_to_int(s: str) -> int:
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    if not s or any(c not in vals for c in s):
        return 0
    total = 0
    for i, c in enumerate(s):
        v = vals[c]
        total += -v if i + 1 < len(s) and vals[s[i + 1]] > v else v
    return total if to_roman(total) == s else 0


@dataclass
class Heading:
    """The heading we type for an inserted clause, in the vendor's numbering scheme."""

    text: str
    like: Block | None  # vendor heading whose paragraph properties (numbering) to copy
    renumber_note: bool  # manual numbering: later articles now need renumbering


def heading_for(
    title: str, prev: Section | None, model: Section | None, offset: int = 0
) -> Heading:
    """Number `title` the way the vendor numbers its articles.

    Auto-numbered vendor headings: we copy the heading's paragraph properties, Word numbers
    ours and shifts the ones that follow. Typed numbers: we type the next number after
    `prev` in the vendor's own pattern and say that the later articles need renumbering
    (we never renumber the vendor's text silently). `offset`: how many clauses we insert
    after `prev` ahead of this one.
    """
    if model is None or model.heading is None:
        return Heading(title, None, False)
    h = model.heading
    if h.num_id or (h.label and not _MANUAL.match(h.text)):
        return Heading(title, h, False)
    m = _MANUAL.match(h.text)
    if not m:
        return Heading(title, h, False)
    base = prev if prev is not None and prev.heading is not None else model
    bm = _MANUAL.match(base.heading.text) if base.heading is not None else None
    num = _next_number(bm.group("num"), 1 + offset) if bm else None
    if num is None:
        return Heading(title, h, False)
    pre = (bm.group("pre") or "") if bm else (m.group("pre") or "")
    sep = (bm.group("sep") if bm else m.group("sep")) or " "
    return Heading(f"{pre}{num}{sep}{title}", h, True)


def strip_number(text: str) -> str:
    """A reference heading without its typed number ("Article 4 – Prix" -> "Prix")."""
    m = _MANUAL.match(text)
    return text[m.end() :] if m else text


# --- block alignment for rewrites -------------------------------------------------------


def align_blocks(old: list[Block], new: list[Block], cutoff: float = 55.0, leftover: float = 45.0):
    """Pair paragraphs of two versions of a clause in order (a small Needleman-Wunsch).

    Returns (old_i | None, new_j | None) tuples in document order.
    """
    n, m = len(old), len(new)
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    move = [[""] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        move[i][0] = "u"
    for j in range(1, m + 1):
        move[0][j] = "l"
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            # token_set_ratio: two drafts of one clause share their key words ("acompte",
            # "payable") far more than their character sequences
            sim = fuzz.token_set_ratio(old[i - 1].text, new[j - 1].text)
            best, mv = score[i - 1][j], "u"
            if score[i][j - 1] > best:
                best, mv = score[i][j - 1], "l"
            if sim >= cutoff and score[i - 1][j - 1] + sim > best:
                best, mv = score[i - 1][j - 1] + sim, "d"
            score[i][j], move[i][j] = best, mv
    out = []
    i, j = n, m
    while i or j:
        mv = move[i][j]
        if mv == "d":
            out.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif mv == "u":
            out.append((i - 1, None))
            i -= 1
        else:
            out.append((None, j - 1))
            j -= 1
    out.reverse()
    # Paragraphs left unpaired on both sides between the same neighbours are a rewrite of
    # one another more often than a deletion plus an insertion: pair them in order.
    merged: list[tuple[int | None, int | None]] = []
    k = 0
    while k < len(out):
        olds, news = [], []
        while k < len(out) and (out[k][0] is None or out[k][1] is None):
            if out[k][1] is None:
                olds.append(out[k][0])
            else:
                news.append(out[k][1])
            k += 1
        for a in range(max(len(olds), len(news))):
            o = olds[a] if a < len(olds) else None
            n = news[a] if a < len(news) else None
            if (
                o is not None
                and n is not None
                and fuzz.token_set_ratio(old[o].text, new[n].text) < leftover
            ):
                merged += [(o, None), (None, n)]  # unrelated: struck, and the new one added
            else:
                merged.append((o, n))
        if k < len(out):
            merged.append(out[k])
            k += 1
    return merged


# A clause, not a document: past these sizes the "section" is a structure the reader could
# not split (one heading over a whole contract); rewriting it wholesale toward one
# reference clause would be absurd, and slow. Its findings stay comments.
MAX_REWRITE_PARAGRAPHS = 60
MAX_REWRITE_CHARS = 20_000


def _rewritable(section: Section) -> bool:
    body = _body(section.blocks)
    return (
        len(body) <= MAX_REWRITE_PARAGRAPHS and sum(len(b.text) for b in body) <= MAX_REWRITE_CHARS
    )


def _body(blocks: list[Block]) -> list[Block]:
    return [b for b in blocks if b.story == "body" and not b.mark_deleted]


def rewrite_edits(
    vendor: Section,
    reference: Section,
    style_id: str | None = None,
) -> list[Edit]:
    """Edits turning the vendor's clause body into the reference's, word by word.

    Paired paragraphs get word-level replacements (words that agree stay untouched);
    extra vendor paragraphs are deleted; reference paragraphs with no counterpart are
    inserted after the previous vendor paragraph. Table paragraphs are only edited in
    place, never deleted or inserted (a table's shape is the vendor's).
    """
    old = [b for b in _body(vendor.blocks) if b.text.strip()]
    new = [b for b in _body(reference.blocks) if b.text.strip()]
    edits: list[Edit] = []
    pending: list[str] = []
    anchor: Block | None = vendor.heading if vendor.heading is not None else None
    groups: list[tuple[Block | None, bool, list[str]]] = []  # (anchor, before, texts)

    def flush():
        if pending:
            groups.append((anchor, False, list(pending)))
            pending.clear()

    for oi, nj in align_blocks(old, new):
        if oi is not None and nj is not None:
            flush()
            ob = old[oi]
            for op in reversed(word_diff(ob.text, new[nj].text)):
                edits.append(Edit("replace", ob, op.start, op.end, text=op.text))
            anchor = ob
        elif oi is not None:
            flush()
            ob = old[oi]
            if ob.table is None:
                edits.append(Edit("delete_paragraph", ob))
            elif ob.text:
                edits.append(Edit("replace", ob, 0, len(ob.text), text=""))
            anchor = ob
        else:
            pending.append(new[nj].text)
    flush()
    for anc, before, texts in groups:
        if anc is None:
            first = old[0] if old else None
            if first is None:
                continue
            anc, before = first, True
        if anc.table is not None:
            # Never add paragraphs inside a vendor's table cell: merge into the cell's text.
            edits.append(
                Edit("replace", anc, len(anc.text), len(anc.text), text=" " + " ".join(texts))
            )
            continue
        st = style_id if anc is vendor.heading else None
        edits.append(Edit("insert_paragraphs", anc, paragraphs=texts, before=before, style_id=st))
    return _merge_touching(edits)


def _merge_touching(edits: list[Edit]) -> list[Edit]:
    """One replacement for stretches of a block that touch: two edits meeting at one offset
    would leave the writer free to put the second insertion on either side of the first."""
    out: list[Edit] = []
    by_block: dict[str, list[Edit]] = {}
    for e in edits:
        if e.kind == "replace":
            by_block.setdefault(e.block.id, []).append(e)
    done: set[str] = set()
    for e in edits:
        if e.kind != "replace":
            out.append(e)
            continue
        if e.block.id in done:
            continue
        done.add(e.block.id)
        group = sorted(by_block[e.block.id], key=lambda x: (x.start, x.end))
        merged: list[Edit] = []
        for g in group:
            if merged and g.start <= merged[-1].end:
                m = merged[-1]
                merged[-1] = Edit(
                    "replace", m.block, m.start, max(m.end, g.end), text=m.text + g.text
                )
            else:
                merged.append(Edit("replace", g.block, g.start, g.end, text=g.text))
        out.extend(reversed(merged))
    return out


# --- the plan ---------------------------------------------------------------------------


def _typical_body_style(sections: list[Section]) -> str | None:
    counts: dict[str, int] = {}
    for s in sections:
        if s.kind != "clause":
            continue
        for b in s.blocks:
            if b.story == "body" and b.table is None and b.style_id:
                counts[b.style_id] = counts.get(b.style_id, 0) + 1
    return max(sorted(counts), key=lambda k: counts[k]) if counts else None


def make_plan(
    findings: list[Finding],
    pairs: list[Pair],
    vendor_sections: list[Section],
    reference_sections: list[Section],
    *,
    threshold: str = "medium",
    comments_only: bool = False,
    lang: str = "fr",
    strike_rules: set[str] | frozenset[str] = frozenset(),
    vendor_blocks: list[Block] | None = None,
) -> Plan:
    """Turn findings into the edits of the redline (see the module docstring for the policy)."""
    plan = Plan()
    by_id = {s.id: s for s in vendor_sections}
    ref_of: dict[str, Section] = {}  # vendor section id -> reference section
    vendor_of: dict[str, Section] = {}  # reference section id -> vendor section
    for p in pairs:
        if p.vendor is not None and p.reference is not None:
            ref_of.setdefault(p.vendor.id, p.reference)
            vendor_of.setdefault(p.reference.id, p.vendor)
    body_style = _typical_body_style(vendor_sections)
    first_block = next(
        (b for b in (vendor_blocks or []) if b.story == "body" and b.text.strip()), None
    )
    if first_block is None:
        first_block = next((_first_block(s) for s in vendor_sections if _first_block(s)), None)

    rewritten: set[str] = set()
    replaced: dict[str, list[tuple[int, int]]] = {}  # block id -> spans already replaced
    inserted_topics: set[str] = set()
    # Sections rewritten toward the reference: decided up front, so the outcome does not
    # depend on which finding comes first. A targeted fix inside one is subsumed by the
    # rewrite, and comments there sit on the heading, clear of our own revisions.
    to_rewrite = {
        f.section
        for f in findings
        if f.kind == "deviation"
        and f.replacement is None
        and f.section in ref_of
        and f.section in by_id
        and _rewritable(by_id[f.section])
        and not comments_only
        and at_least(f.severity, threshold)
    }
    in_rewrite = {b.id for sid in to_rewrite for b in by_id[sid].blocks if sid in by_id}

    def add(edit, fid, action, fallback=None, order=()):
        plan.edits.append(Planned(edit, fid, action, fallback, order))
        if fid is not None:
            plan.actions[fid] = action

    def comment_at(f: Finding, section: Section | None, text: str) -> Edit | None:
        if f.block is not None and f.block.id in in_rewrite and section is not None:
            h = section.heading or _first_block(section)
            if h is not None:
                return _comment(h, None, None, text)
        if f.block is not None and f.block.story == "body" and f.start is not None:
            return _comment(f.block, f.start, f.end, text)
        if f.block is not None:
            return _comment(f.block, None, None, text)
        if section is not None:
            b = section.heading or _first_block(section)
            if b is not None:
                return _comment(b, None, None, text)
        if first_block is not None:
            return _comment(first_block, None, None, text)
        return None

    order = sorted(range(len(findings)), key=lambda i: -SEVERITIES.index(findings[i].severity))
    # Clauses we insert are numbered one after the other, in the reference's order:
    # decided before the loop, which goes by severity.
    offsets: dict[str, int] = {}
    if not comments_only:
        jobs: dict[str | None, list[tuple[int, str]]] = {}
        seen: set[str] = set()
        for i in order:
            f = findings[i]
            if f.kind != "missing" or not at_least(f.severity, threshold) or f.topic in seen:
                continue
            ref = _reference_for(f.topic, reference_sections, vendor_of)
            where = (
                _insertion_point(ref, reference_sections, vendor_of, vendor_sections)
                if ref is not None
                else None
            )
            if where is None:
                continue
            seen.add(f.topic)
            key = where[2].id if where[2] is not None else None
            jobs.setdefault(key, []).append((_at(reference_sections, ref), f.id))
        # Typed numbers: ours are the numbers the articles will carry once the vendor's
        # later articles are renumbered as the comment asks, so each counts every clause
        # we insert ahead of it in the document.
        pos = {s.id: i for i, s in enumerate(vendor_sections)}
        flat = sorted(
            (pos.get(key, -1), rank, fid) for key, items in jobs.items() for rank, fid in items
        )
        for k, (_p, _rank, fid) in enumerate(flat):
            offsets[fid] = k
    for i in order:
        f = findings[i]
        section = by_id.get(f.section) if f.section else None
        text = comment_text(f, lang)
        plan.comments[f.id] = text
        change = not comments_only and at_least(f.severity, threshold)

        if f.kind == "missing":
            ref = _reference_for(f.topic, reference_sections, vendor_of)
            if change and ref is not None and f.topic not in inserted_topics:
                where = _insertion_point(ref, reference_sections, vendor_of, vendor_sections)
                if where is not None:
                    anchor, before, prev = where
                    model = _numbering_like(vendor_sections, prev)
                    head = heading_for(strip_number(ref.title), prev, model, offsets.get(f.id, 0))
                    extra = ""
                    if head.renumber_note:
                        extra = (
                            "Numbering: the following articles must be renumbered."
                            if lang == "en"
                            else "Numérotation : les articles suivants sont à renuméroter."
                        )
                    ctext = comment_text(f, lang, extra)
                    plan.comments[f.id] = ctext
                    body = [b.text for b in _body(ref.blocks) if b.text.strip()]
                    edit = Edit(
                        "insert_paragraphs",
                        anchor,
                        paragraphs=[head.text],
                        before=before,
                        style_id=None
                        if before and _is_heading_of(anchor, vendor_sections)
                        else (head.like.style_id if head.like is not None else None),
                        comment=ctext,
                    )
                    body_edit = Edit(
                        "insert_paragraphs",
                        anchor,
                        paragraphs=body,
                        before=before,
                        style_id=body_style,
                    )
                    fb = comment_at(f, section, text)
                    rank = _at(reference_sections, ref)
                    add(edit, f.id, "insert", fb, order=(1, rank, 0))
                    if body:
                        add(body_edit, f.id, "insert", order=(1, rank, 1))
                    plan.proposed[f.id] = "\n".join([head.text, *body])
                    inserted_topics.add(f.topic)
                    continue
            if ref is not None:
                plan.proposed[f.id] = "\n".join(
                    [
                        strip_number(ref.title),
                        *[b.text for b in _body(ref.blocks) if b.text.strip()],
                    ]
                )
            c = comment_at(f, section, text)
            if c is not None:
                add(c, f.id, "comment")
            continue

        if f.kind == "added" and change and f.rule in strike_rules and section is not None:
            blocks = [b for b in [section.heading, *_body(section.blocks)] if b is not None]
            c = comment_at(f, section, text)
            if c is not None:
                add(c, f.id, "comment")
            for b in blocks:
                if b.table is None:
                    add(Edit("delete_paragraph", b), f.id, "strike")
            plan.proposed[f.id] = ""
            continue

        if f.kind == "deviation" and change and f.section in to_rewrite:
            c = comment_at(f, section, text)
            if c is not None:
                add(c, f.id, "rewrite")
            ref = ref_of[section.id]
            plan.proposed[f.id] = "\n".join(b.text for b in _body(ref.blocks) if b.text.strip())
            if section.id not in rewritten:
                rewritten.add(section.id)
                for k, e in enumerate(rewrite_edits(section, ref, style_id=body_style)):
                    add(e, f.id, "rewrite", order=(0, k))
            continue
        # A targeted fix: for a deviation, the rule's wording; for an added clause, the
        # rule says what to strike (replacement "") or what to put instead.
        if f.kind in ("deviation", "added") and change:
            if (
                f.replacement is not None
                and f.block is not None
                and f.start is not None
                and f.end is not None
                and (section is None or section.id not in rewritten)
                and not _overlaps(replaced.get(f.block.id, []), f.start, f.end)
            ):
                edit = Edit("replace", f.block, f.start, f.end, text=f.replacement, comment=text)
                replaced.setdefault(f.block.id, []).append((f.start, f.end))
                action = "strike" if f.replacement == "" else "replace"
                add(edit, f.id, action, comment_at(f, section, text))
                plan.proposed[f.id] = f.replacement
                continue
        if f.replacement is not None:
            plan.proposed.setdefault(f.id, f.replacement)
        elif section is not None and section.id in ref_of and f.kind == "deviation":
            plan.proposed.setdefault(
                f.id,
                "\n".join(b.text for b in _body(ref_of[section.id].blocks) if b.text.strip()),
            )
        c = comment_at(f, section, text)
        if c is not None:
            add(c, f.id, "comment")
    _drop_conflicts(plan)
    if vendor_blocks is None:
        vendor_blocks = [b for s in vendor_sections for b in [s.heading, *s.blocks] if b]
    _order_insertions(plan, vendor_blocks)
    return plan


def _order_insertions(plan: Plan, blocks: list[Block]) -> None:
    """Anchor insertions on paragraphs that stay, and apply them in the order that makes
    the document read in the intended order.

    The writer puts each insertion right next to its anchor: a later insertion after a
    paragraph lands above an earlier one, a later insertion before a paragraph lands
    below. So insertions after one paragraph are applied last-first, insertions before
    one paragraph first-first; and all of them before any other edit, so that a missing
    clause placed after a rewritten section's last paragraph follows the paragraphs the
    rewrite adds there. A paragraph the plan deletes is never an anchor: its insertions
    move to the nearest paragraph that stays.
    """
    body = [b for b in blocks if b.story == "body"]
    index = {b.id: i for i, b in enumerate(body)}
    deleted = {p.edit.block.id for p in plan.edits if p.edit.kind == "delete_paragraph"}
    inserts = [p for p in plan.edits if p.edit.kind == "insert_paragraphs"]
    if not inserts:
        return
    for seq, p in enumerate(inserts):
        e = p.edit
        i = index.get(e.block.id)
        # logical place: just after (or before) the original anchor, then by kind and rank
        pos = (i if i is not None else -1) + (-0.5 if e.before else 0.5)
        p.order = (pos, *(p.order or (2,)), seq)
        if e.block.id in deleted and i is not None:
            step = -1 if not e.before else 1
            j = i + step
            while 0 <= j < len(body) and (body[j].id in deleted or body[j].table is not None):
                j += step
            if 0 <= j < len(body):
                if e.style_id is None:
                    # the new anchor may be a heading: keep the look of the paragraph the
                    # insertion was meant to follow
                    e.style_id = e.block.style_id or "Normal"
                e.block = body[j]
            else:
                # nothing stays on that side: anchor on the other side of the deleted run
                j = i - step
                while 0 <= j < len(body) and (body[j].id in deleted or body[j].table is not None):
                    j -= step
                if 0 <= j < len(body):
                    e.block, e.before = body[j], not e.before
    groups: dict[tuple[str, bool], list[Planned]] = {}
    for p in inserts:
        groups.setdefault((p.edit.block.id, p.edit.before), []).append(p)
    ordered: list[Planned] = []
    for (_bid, before), items in sorted(groups.items(), key=lambda kv: min(p.order for p in kv[1])):
        items.sort(key=lambda p: p.order)
        ordered.extend(items if before else reversed(items))
    others = [p for p in plan.edits if p.edit.kind != "insert_paragraphs"]
    plan.edits[:] = ordered + others


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start <= e and s <= end for s, e in spans)


def _drop_conflicts(plan: Plan) -> None:
    """A targeted replacement inside a block that a rewrite also edits is dropped to a
    comment: two edits of one stretch of text would contradict each other."""
    rewrite_blocks = {
        p.edit.block.id for p in plan.edits if p.action == "rewrite" and p.edit.block is not None
    }
    for p in plan.edits:
        if p.action == "replace" and p.edit.block is not None and p.edit.block.id in rewrite_blocks:
            if p.fallback is not None:
                p.edit, p.action, p.fallback = p.fallback, "comment", None
                if p.finding:
                    plan.actions[p.finding] = "comment"


def _reference_for(
    topic: str | None, reference_sections: list[Section], vendor_of: dict[str, Section]
) -> Section | None:
    if not topic:
        return None
    cands = [s for s in reference_sections if s.kind == "clause" and topic in (s.topics or [])]
    if not cands:
        return None
    # The section whose main topic it is, else the first that covers it.
    main = [s for s in cands if s.topics and s.topics[0] == topic]
    return (main or cands)[0]


def _insertion_point(
    ref: Section,
    reference_sections: list[Section],
    vendor_of: dict[str, Section],
    vendor_sections: list[Section],
) -> tuple[Block, bool, Section | None] | None:
    """Where the reference order puts `ref` in the vendor's document:
    (anchor block, before?, the vendor article it follows)."""
    idx = _at(reference_sections, ref)
    for j in range(idx - 1, -1, -1):
        v = vendor_of.get(reference_sections[j].id)
        if v is None or v.kind != "clause":
            continue
        top = _top_ancestor(vendor_sections, v)
        nxt = _next_article_heading(vendor_sections, top)
        if nxt is not None:
            # right before the next article's heading: the same place as after this
            # article's end, and the writer gives the new heading that heading's paragraph
            # properties (auto-numbering included) and look
            return nxt, True, top
        end = _section_end(vendor_sections, _at(vendor_sections, top))
        if end is not None:
            return _outside_table(end, vendor_sections, after=True), False, top
    for j in range(idx + 1, len(reference_sections)):
        v = vendor_of.get(reference_sections[j].id)
        if v is None or v.kind != "clause":
            continue
        top = _top_ancestor(vendor_sections, v)
        first = _first_block(top)
        if first is not None:
            k = _at(vendor_sections, top)
            prev = next((s for s in reversed(vendor_sections[:k]) if s.kind == "clause"), None)
            return _outside_table(first, vendor_sections, after=False), True, prev
    clauses = [s for s in vendor_sections if s.kind == "clause"]
    if clauses:
        top = _top_ancestor(vendor_sections, clauses[-1])
        end = _section_end(vendor_sections, _at(vendor_sections, top))
        if end is not None:
            return _outside_table(end, vendor_sections, after=True), False, top
    return None


def _is_heading_of(block: Block, sections: list[Section]) -> bool:
    return any(s.heading is block for s in sections)


def _next_article_heading(sections: list[Section], top: Section) -> Block | None:
    """The heading of the clause that follows `top` at its level, when it is a plain
    body paragraph (not a term-sheet cell)."""
    k = _at(sections, top)
    for s in sections[k + 1 :]:
        if s.level <= top.level:
            h = s.heading
            if s.kind == "clause" and h is not None and h.story == "body" and h.table is None:
                return h
            return None
    return None


def _top_ancestor(sections: list[Section], s: Section) -> Section:
    """The article a sub-article belongs to (new articles go between articles)."""
    k = _at(sections, s)
    top_level = min((x.level for x in sections if x.kind == "clause"), default=s.level)
    while k > 0 and sections[k].level > top_level:
        k -= 1
    return sections[k] if sections[k].kind == "clause" else s


def _outside_table(block: Block, sections: list[Section], after: bool) -> Block:
    """Paragraphs are never inserted inside a table cell: move the anchor out of it."""
    if block.table is None:
        return block
    blocks = [b for s in sections for b in [s.heading, *s.blocks] if b is not None]
    try:
        k = _at(blocks, block)
    except ValueError:
        return block
    seq = blocks[k + 1 :] if after else list(reversed(blocks[:k]))
    for b in seq:
        if b.table is None and b.story == "body":
            return b
    return block


# --- the accepted view ------------------------------------------------------------------


def accepted_text(blocks: list[Block], edits: list[Edit]) -> list[str]:
    """Body paragraph texts once every edit is accepted (comments change nothing).

    Offsets of several replacements in one block all refer to the block's original text.
    Insertions at one anchor stack the way the writer stacks them: each new insertion
    lands right next to the anchor, ahead of the earlier ones.
    """
    texts = {b.id: b.text for b in blocks}
    reps: dict[str, list[Edit]] = {}
    deleted: set[str] = set()
    after: dict[str, list[list[str]]] = {}
    before: dict[str, list[list[str]]] = {}
    for e in edits:
        if e.block is None:
            continue
        if e.kind == "replace":
            reps.setdefault(e.block.id, []).append(e)
        elif e.kind == "delete_paragraph":
            deleted.add(e.block.id)
        elif e.kind == "insert_paragraphs":
            paras = [p if isinstance(p, str) else p.text for p in e.paragraphs]
            (before if e.before else after).setdefault(e.block.id, []).append(paras)
    for bid, es in reps.items():
        t = texts[bid]
        for e in sorted(es, key=lambda e: (e.start, e.end), reverse=True):
            t = t[: e.start] + e.text + t[e.end :]
        texts[bid] = t
    out: list[str] = []
    for b in blocks:
        if b.story != "body" or b.mark_deleted and not b.text:
            continue
        for group in before.get(b.id, []):
            out.extend(group)
        if b.id not in deleted:
            out.append(texts[b.id])
        for group in reversed(after.get(b.id, [])):
            out.extend(group)
    return out
