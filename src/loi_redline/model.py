"""The document model: plain dataclasses shared by every stage of the pipeline.

read → structure → align → assess → plan → write → report. Only `write` changes XML;
everything here only *points* at XML nodes (so the writer can find them again).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Story = Literal["body", "footnote", "endnote", "header", "footer", "textbox", "comment"]


@dataclass
class Span:
    """A stretch `[start, end)` of a block's text held by one XML node.

    `node` is the element carrying the characters: `w:t` (any length), or a one-character
    element such as `w:tab` ("\\t"), `w:br`/`w:cr` ("\\n"), `w:noBreakHyphen` ("\\u2011"),
    `w:sym`. `run` is the `w:r` that owns `node`. `revision` is the enclosing pre-existing
    revision element (`w:ins`/`w:moveTo`) when the text sits inside one, else None: the
    writer must not split or delete such text as if it were plain.
    """

    start: int
    end: int
    node: Any
    run: Any
    revision: Any = None


@dataclass
class Revision:
    """A tracked change the input already had (read in its accepted view, never lost)."""

    kind: str  # "ins", "del", "moveFrom", "moveTo", "pPrChange", "rPrChange", "paragraph-mark-del", ...
    author: str | None
    date: str | None
    text: str  # the text concerned ("" for formatting changes)


@dataclass
class Block:
    """One paragraph (body, table cell, note, header...) in its accepted view."""

    id: str  # "b0", "b1", ... in reading order, stable for a given file
    text: str  # accepted-view text; no auto-number label
    spans: list[Span]  # cover every character of `text`, in order, without gaps
    element: Any  # the w:p
    story: Story = "body"
    style_id: str | None = None
    style_name: str | None = None
    outline_level: int | None = None  # 0 = top level, from style (basedOn chain) or pPr
    num_id: str | None = None
    num_level: int | None = None  # ilvl
    label: str | None = None  # the visible auto-number as Word renders it, e.g. "Article 3 –"
    number: str | None = None  # the bare number inside the label, e.g. "3", "3.1", "III"
    table: tuple[int, ...] | None = None  # (table index, row, cell, ...) when inside a table
    bold: bool = False  # every visible character bold
    caps: bool = False  # every letter upper-case (typed or w:caps)
    revisions: list[Revision] = field(default_factory=list)
    mark_deleted: bool = False  # its paragraph mark is a pre-existing deletion


@dataclass
class Document:
    """What `read` returns: blocks in reading order plus the package they came from."""

    path: str
    blocks: list[Block]  # body blocks (paragraphs and table-cell paragraphs) in reading order
    notes: list[Block] = field(
        default_factory=list
    )  # footnotes, endnotes, headers, footers, text boxes
    package: Any = None  # loi_redline.package.Package
    revisions: list[Revision] = field(default_factory=list)  # every pre-existing revision
    comments: int = 0  # pre-existing comment count

    def body_text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


SectionKind = Literal["clause", "preamble", "signature", "annex", "title"]


@dataclass
class Section:
    id: str  # "s0", "s1", ...
    number: str | None  # visible number ("3", "3.1", "III", "A"), auto-numbering included
    title: str
    level: int  # 1 = article, 2 = sub-article, ...
    kind: SectionKind
    heading: Block | None  # the block that carries the title (None for the preamble)
    blocks: list[Block] = field(default_factory=list)  # body blocks, heading excluded
    topics: list[str] = field(default_factory=list)  # filled by `align`

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)

    @property
    def words(self) -> int:
        return sum(len(b.text.split()) for b in self.blocks)


@dataclass
class Pair:
    """A vendor section matched with a reference section (either side may be missing)."""

    vendor: Section | None
    reference: Section | None
    topic: str | None
    similarity: float
    evidence: str = ""


Severity = Literal["info", "low", "medium", "high", "critical"]
SEVERITIES: tuple[str, ...] = ("info", "low", "medium", "high", "critical")


@dataclass
class Edit:
    """A change the writer applies. Offsets are in the accepted-view text of `block`.

    kind:
      "replace"   replace [start, end) of block's text with `text` (start == end: insert;
                  text == "": delete). Formatting of the replaced run is kept.
      "insert_paragraphs"  insert `paragraphs` after `block` (before it when `before`).
                  Each item is a str (a new paragraph styled like `block`, or like
                  `style_id` when given) or a Block of another Document (its w:p is copied
                  with its formatting; `source_package` is that Document's Package, so the
                  writer can carry hyperlinks and images along).
      "delete_paragraph"   delete `block` whole, paragraph mark included.
      "join"      delete only `block`'s paragraph mark: it runs on into the next paragraph.
      "move"      move `block` after `target` (moveFrom/moveTo).
      "insert_row"  insert `source` (a w:tr of another document) after the row holding
                  `block` (before it when `before`).
      "delete_row"  delete the table row holding `block`.
      "insert_table"  insert `source` (a w:tbl of another document) after `block`
                  (before it when `before`).
      "delete_table"  delete the table holding `block`.
      "comment"   a Word comment `text` anchored on [start, end) of `block` (the whole
                  paragraph when start and end are None).
    """

    kind: str
    block: Block | None
    start: int | None = None
    end: int | None = None
    text: str = ""
    paragraphs: list[Any] = field(default_factory=list)
    before: bool = False
    target: Block | None = None
    source: Any = None  # a w:tr / w:tbl element of another document
    source_package: Any = None  # the Package `source`/Block paragraphs come from
    style_id: str | None = None
    comment: str | None = None  # a comment attached to the inserted/replaced text


@dataclass
class Finding:
    id: str
    rule: str
    topic: str | None
    kind: Literal["missing", "deviation", "ambiguity", "added"]
    severity: Severity
    section: str | None  # vendor section id, None for a missing topic
    message: str
    rationale: str = ""
    suggestion: str | None = None
    evidence: str | None = None  # the vendor's words, verbatim
    block: Block | None = None  # where the evidence is
    start: int | None = None  # evidence span in block.text
    end: int | None = None
    replacement: str | None = None  # targeted fix for [start, end) when the rule knows it
