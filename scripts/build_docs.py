"""Build the reference LOIs, the sample LOIs and the held-out LOIs from their text sources.

    python scripts/build_docs.py              # rebuild every .docx in place
    python scripts/build_docs.py --out DIR    # build into DIR (same relative paths)
    python scripts/build_docs.py --check      # exit 1 when a committed .docx is stale

The .docx are written as raw WordprocessingML, zipped by hand with fixed timestamps and
fixed core properties, so one source always gives the same bytes: a reviewer diffs the
text source, and the tests can prove the shipped .docx is what the source says.

Source format (UTF-8, one file a document):

    ---                         front matter, `key: value` lines (see DEFAULTS)
    ---
    ::title TEXT                centred title (style Title)
    ::center TEXT               centred paragraph
    ::right TEXT                right-aligned paragraph
    ::pagebreak                 page break
    # TEXT                      clause heading (style / numbering set by the front matter)
    - TEXT                      bulleted paragraph
    | a | b |                   table row (consecutive rows make one table; a |---| row
                                makes the rows above it a bold header; `<br>` splits a
                                cell into paragraphs)
    +> TEXT                     whole paragraph inserted as a tracked change
    -> TEXT                     whole paragraph deleted as a tracked change
    TEXT                        body paragraph (consecutive lines are joined)

Inline: **bold**, {+inserted+} and {-deleted-} (tracked, by `revision_author` at
`revision_date`), {#anchor#comment#} (a Word comment on `anchor`).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]

FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)
FIXED_CORE_DATE = "2026-01-01T00:00:00Z"

DEFAULTS = {
    "title": "",
    "author": "loi-redline",
    "lang": "fr-FR",
    # heading_style: a style id, or "none" for bold Normal paragraphs
    "heading_style": "Heading1",
    "heading_style_name": "heading 1",
    # a custom heading style based on heading_style (e.g. "ArticleLOI|Article LOI")
    "heading_custom": "",
    # lvlText of the heading numbering ("" = headings not auto-numbered)
    "numbering": "",
    "numfmt": "decimal",
    # where the heading numbering is attached: "style" or "paragraph"
    "numbering_on": "style",
    "heading_caps": "no",
    "header": "",
    # "fr": typographic apostrophes and no-break spaces, as Word's French autocorrect types them
    "typography": "",
    "revision_author": "",
    "revision_date": "",
    "comment_author": "",
    "comment_initials": "",
    "comment_date": "",
}

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"

ARABIC = re.compile(
    r"[\u0600-\u06ff\u0750-\u077f]+(?:[\s\u0600-\u06ff\u0750-\u077f]*[\u0600-\u06ff\u0750-\u077f])?"
)
INLINE = re.compile(r"\*\*(.+?)\*\*|\{\+(.+?)\+\}|\{-(.+?)-\}|\{#(.+?)#(.+?)#\}")


# ---------------------------------------------------------------------------------------
# Parsing the source


@dataclass
class Para:
    kind: str  # title, center, right, heading, bullet, body, pagebreak
    text: str
    mark: str = ""  # "ins" / "del" for whole tracked paragraphs


@dataclass
class Table:
    rows: list[list[str]] = field(default_factory=list)
    header_rows: int = 0


def parse(source: str) -> tuple[dict[str, str], list[Para | Table]]:
    meta = dict(DEFAULTS)
    lines = source.splitlines()
    if lines and lines[0].strip() == "---":
        end = lines.index("---", 1)
        for line in lines[1:end]:
            if line.strip() and not line.lstrip().startswith("#"):
                key, _, value = line.partition(":")
                key = key.strip()
                if key not in DEFAULTS:
                    raise ValueError(f"unknown front-matter key {key!r}")
                meta[key] = value.strip().strip('"')
        lines = lines[end + 1 :]

    items: list[Para | Table] = []
    buf: list[str] = []
    mark = ""

    def flush() -> None:
        nonlocal mark
        if buf:
            items.append(Para("body", " ".join(s.strip() for s in buf), mark))
            buf.clear()
        mark = ""

    for raw in lines:
        line = raw.rstrip()
        if not line.strip():
            flush()
            continue
        if line.startswith("|"):
            flush()
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not isinstance(items[-1] if items else None, Table):
                items.append(Table())
            table = items[-1]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                table.header_rows = len(table.rows)
            else:
                table.rows.append(cells)
            continue
        for prefix, kind in (
            ("::title ", "title"),
            ("::center ", "center"),
            ("::right ", "right"),
            ("# ", "heading"),
            ("- ", "bullet"),
        ):
            if line.startswith(prefix):
                flush()
                items.append(Para(kind, line[len(prefix) :].strip()))
                break
        else:
            if line.strip() == "::pagebreak":
                flush()
                items.append(Para("pagebreak", ""))
            elif line.startswith("+> ") or line.startswith("-> "):
                flush()
                mark = "ins" if line[0] == "+" else "del"
                buf.append(line[3:])
            else:
                buf.append(line)
    flush()
    return meta, items


# ---------------------------------------------------------------------------------------
# Writing WordprocessingML


def french_typography(text: str) -> str:
    """What a French Word document really holds: ’ and no-break spaces around « » : ; ? !"""
    text = text.replace("'", "\u2019").replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    text = text.replace(" :", "\u00a0:")
    for mark in ";?!":
        text = text.replace(f" {mark}", f"\u202f{mark}")
    return text


class Writer:
    def __init__(self, meta: dict[str, str]):
        self.meta = meta
        self.rev_id = 0
        self.comments: list[tuple[int, str]] = []

    def next_rev(self) -> int:
        self.rev_id += 1
        return self.rev_id

    # runs -------------------------------------------------------------------------------

    def runs(self, text: str, bold: bool = False, caps: bool = False, deleted: bool = False) -> str:
        """Plain runs for `text`, Arabic stretches in runs of their own (bidi language)."""
        if self.meta["typography"] == "fr":
            text = french_typography(text)
        out = []
        pos = 0
        for m in ARABIC.finditer(text):
            if m.start() > pos:
                out.append(self.run(text[pos : m.start()], bold, caps, deleted))
            out.append(self.run(m.group(0), bold, caps, deleted, arabic=True))
            pos = m.end()
        if pos < len(text) or not out:
            out.append(self.run(text[pos:], bold, caps, deleted))
        return "".join(out)

    @staticmethod
    def run(text: str, bold: bool, caps: bool, deleted: bool, arabic: bool = False) -> str:
        rpr = ""
        if arabic:
            rpr += '<w:rFonts w:cs="Arial"/>'
        if bold:
            rpr += "<w:b/>" + ("<w:bCs/>" if arabic else "")
        if caps:
            rpr += "<w:caps/>"
        if arabic:
            rpr += '<w:lang w:bidi="ar-DZ"/>'
        rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
        tag = "w:delText" if deleted else "w:t"
        return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'

    def revision_attrs(self) -> str:
        author = self.meta["revision_author"] or "Relecteur"
        date = self.meta["revision_date"] or FIXED_CORE_DATE
        return f'w:id="{self.next_rev()}" w:author="{escape(author)}" w:date="{date}"'

    def inline(
        self, text: str, bold: bool = False, caps: bool = False, deleted: bool = False
    ) -> str:
        out = []
        pos = 0
        for m in INLINE.finditer(text):
            if m.start() > pos:
                out.append(self.runs(text[pos : m.start()], bold, caps, deleted))
            strong, ins, dele, anchor, comment = m.groups()
            if strong is not None:
                out.append(self.runs(strong, True, caps, deleted))
            elif ins is not None:
                out.append(f"<w:ins {self.revision_attrs()}>{self.runs(ins, bold, caps)}</w:ins>")
            elif dele is not None:
                out.append(
                    f"<w:del {self.revision_attrs()}>{self.runs(dele, bold, caps, True)}</w:del>"
                )
            else:
                cid = len(self.comments)
                self.comments.append((cid, comment))
                out.append(f'<w:commentRangeStart w:id="{cid}"/>')
                out.append(self.runs(anchor, bold, caps, deleted))
                out.append(f'<w:commentRangeEnd w:id="{cid}"/>')
                out.append(
                    '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                    f'<w:commentReference w:id="{cid}"/></w:r>'
                )
            pos = m.end()
        if pos < len(text):
            out.append(self.runs(text[pos:], bold, caps, deleted))
        return "".join(out)

    # paragraphs -------------------------------------------------------------------------

    def heading_style_id(self) -> str | None:
        if self.meta["heading_custom"]:
            return self.meta["heading_custom"].split("|")[0]
        style = self.meta["heading_style"]
        return None if style == "none" else style

    def paragraph(self, p: Para) -> str:
        ppr = ""
        text_bold = False
        caps = False
        if p.kind == "title":
            ppr = '<w:pStyle w:val="Title"/>'
        elif p.kind == "center":
            ppr = '<w:jc w:val="center"/>'
        elif p.kind == "right":
            ppr = '<w:jc w:val="right"/>'
        elif p.kind == "bullet":
            ppr = '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'
        elif p.kind == "heading":
            style = self.heading_style_id()
            if style:
                ppr = f'<w:pStyle w:val="{style}"/>'
                if self.meta["numbering"] and self.meta["numbering_on"] == "paragraph":
                    ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
            else:
                ppr = '<w:keepNext/><w:spacing w:before="240" w:after="120"/>'
                text_bold = True
            caps = self.meta["heading_caps"] == "yes"
        elif p.kind == "body":
            ppr = '<w:jc w:val="both"/>'
        if p.kind == "pagebreak":
            return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
        body = self.inline(p.text, text_bold, caps, deleted=p.mark == "del")
        if p.mark:
            tag = "w:ins" if p.mark == "ins" else "w:del"
            ppr += f"<w:rPr><{tag} {self.revision_attrs()}/></w:rPr>"
            body = f"<{tag} {self.revision_attrs()}>{body}</{tag}>"
        ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
        return f"<w:p>{ppr}{body}</w:p>"

    def table(self, t: Table) -> str:
        ncols = max(len(r) for r in t.rows)
        width = 9000 // ncols
        widths = [width] * ncols
        if ncols == 2:
            widths = [2700, 6300]
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        rows = []
        for i, row in enumerate(t.rows):
            cells = []
            for j in range(ncols):
                cell = row[j] if j < len(row) else ""
                paras = []
                for chunk in cell.split("<br>"):
                    bold = i < t.header_rows
                    paras.append(f"<w:p>{self.inline(chunk.strip(), bold)}</w:p>")
                cells.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{widths[j]}" w:type="dxa"/></w:tcPr>'
                    + "".join(paras)
                    + "</w:tc>"
                )
            trpr = "<w:trPr><w:tblHeader/></w:trPr>" if i < t.header_rows else ""
            rows.append(f"<w:tr>{trpr}{''.join(cells)}</w:tr>")
        return (
            '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
            'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
        )

    def document(self, items: list[Para | Table]) -> str:
        body = []
        prev_table = False
        for item in items:
            if isinstance(item, Table):
                if prev_table:  # two tables in a row would merge in Word
                    body.append("<w:p/>")
                body.append(self.table(item))
                prev_table = True
            else:
                body.append(self.paragraph(item))
                prev_table = False
        header_ref = (
            '<w:headerReference w:type="default" r:id="rIdHeader1"/>' if self.meta["header"] else ""
        )
        sect = (
            f"<w:sectPr>{header_ref}"
            '<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" '
            'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
        )
        return (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>'
            + "".join(body)
            + sect
            + "</w:body></w:document>"
        )

    def comments_xml(self) -> str:
        author = escape(self.meta["comment_author"] or "Relecteur")
        initials = escape(self.meta["comment_initials"] or "R")
        date = self.meta["comment_date"] or FIXED_CORE_DATE
        items = []
        for cid, text in self.comments:
            items.append(
                f'<w:comment w:id="{cid}" w:author="{author}" w:date="{date}" w:initials="{initials}">'
                '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
                '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
                f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:comment>'
            )
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:comments xmlns:w="{W_NS}" xmlns:r="{R_NS}">' + "".join(items) + "</w:comments>"
        )


def styles_xml(meta: dict[str, str]) -> str:
    lang = meta["lang"]
    heading_numpr = ""
    if meta["numbering"] and meta["numbering_on"] == "style" and not meta["heading_custom"]:
        heading_numpr = '<w:numPr><w:numId w:val="1"/></w:numPr>'
    styles = [
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:spacing w:after="80" w:line="245" w:lineRule="auto"/></w:pPr></w:style>',
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>',
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/><w:jc w:val="center"/></w:pPr>'
        '<w:rPr><w:b/><w:caps/><w:sz w:val="32"/></w:rPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
        '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>',
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
        '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
        '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
        '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>',
        '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
        '<w:rPr><w:sz w:val="16"/></w:rPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>',
    ]
    style = meta["heading_style"]
    if style != "none":
        styles.append(
            f'<w:style w:type="paragraph" w:styleId="{style}"><w:name w:val="{escape(meta["heading_style_name"])}"/>'
            '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
            f'<w:pPr><w:keepNext/><w:keepLines/>{heading_numpr}<w:spacing w:before="200" w:after="80"/>'
            '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>'
        )
    if meta["heading_custom"]:
        cid, _, cname = meta["heading_custom"].partition("|")
        numpr = (
            '<w:numPr><w:numId w:val="1"/></w:numPr>'
            if meta["numbering"] and meta["numbering_on"] == "style"
            else ""
        )
        # No outline level of its own: it comes through basedOn, as in many vendor templates.
        styles.append(
            f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{cid}"><w:name w:val="{escape(cname or cid)}"/>'
            f'<w:basedOn w:val="{style}"/><w:next w:val="Normal"/><w:qFormat/>'
            f"<w:pPr>{numpr}</w:pPr><w:rPr><w:caps/></w:rPr></w:style>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:styles xmlns:w="{W_NS}"><w:docDefaults><w:rPrDefault><w:rPr>'
        '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Arial"/>'
        f'<w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="{lang}" w:eastAsia="en-US" w:bidi="ar-DZ"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>" + "".join(styles) + "</w:styles>"
    )


def numbering_xml(meta: dict[str, str], heading_style: str | None) -> str:
    nums = []
    if meta["numbering"]:
        pstyle = (
            f'<w:pStyle w:val="{heading_style}"/>'
            if heading_style and meta["numbering_on"] == "style"
            else ""
        )
        nums.append(
            '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{meta["numfmt"]}"/>{pstyle}'
            f'<w:suff w:val="space"/><w:lvlText w:val="{escape(meta["numbering"])}"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl></w:abstractNum>'
        )
    nums.append(
        '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
    )
    if meta["numbering"]:
        nums.append('<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    nums.append('<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>')
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:numbering xmlns:w="{W_NS}">' + "".join(nums) + "</w:numbering>"
    )


def build(source: str) -> bytes:
    """The .docx bytes for one source text."""
    meta, items = parse(source)
    writer = Writer(meta)
    document = writer.document(items)
    parts: dict[str, str] = {}
    overrides = [
        ("/word/document.xml", f"{CT_MAIN}.document.main+xml"),
        ("/word/styles.xml", f"{CT_MAIN}.styles+xml"),
        ("/word/numbering.xml", f"{CT_MAIN}.numbering+xml"),
        ("/word/settings.xml", f"{CT_MAIN}.settings+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        (
            "/docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        ),
    ]
    doc_rels = [
        ("rIdStyles", f"{RT}/styles", "styles.xml"),
        ("rIdNumbering", f"{RT}/numbering", "numbering.xml"),
        ("rIdSettings", f"{RT}/settings", "settings.xml"),
    ]
    if writer.comments:
        parts["word/comments.xml"] = writer.comments_xml()
        overrides.append(("/word/comments.xml", f"{CT_MAIN}.comments+xml"))
        doc_rels.append(("rIdComments", f"{RT}/comments", "comments.xml"))
    if meta["header"]:
        parts["word/header1.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:hdr xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:p><w:pPr><w:pStyle w:val="Header"/>'
            f'<w:jc w:val="right"/></w:pPr>{writer.runs(meta["header"])}</w:p></w:hdr>'
        )
        overrides.append(("/word/header1.xml", f"{CT_MAIN}.header+xml"))
        doc_rels.append(("rIdHeader1", f"{RT}/header", "header1.xml"))

    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
        + "</Types>"
    )
    root_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Relationships xmlns="{REL_NS}">'
        f'<Relationship Id="rId1" Type="{RT}/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{RT}/extended-properties" Target="docProps/app.xml"/>'
        "</Relationships>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Relationships xmlns="{REL_NS}">'
        + "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in doc_rels)
        + "</Relationships>"
    )
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(meta['title'])}</dc:title><dc:creator>{escape(meta['author'])}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(meta['author'])}</cp:lastModifiedBy><cp:revision>1</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{FIXED_CORE_DATE}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{FIXED_CORE_DATE}</dcterms:modified>'
        "</cp:coreProperties>"
    )
    app = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        "<Application>loi-redline build_docs</Application></Properties>"
    )
    settings = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:settings xmlns:w="{W_NS}"><w:defaultTabStop w:val="708"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        f'<w:themeFontLang w:val="{meta["lang"]}" w:bidi="ar-DZ"/></w:settings>'
    )
    ordered = {
        "[Content_Types].xml": content_types,
        "_rels/.rels": root_rels,
        "docProps/core.xml": core,
        "docProps/app.xml": app,
        "word/document.xml": document,
        "word/_rels/document.xml.rels": rels,
        "word/styles.xml": styles_xml(meta),
        "word/numbering.xml": numbering_xml(meta, writer.heading_style_id()),
        "word/settings.xml": settings,
        **parts,
    }
    return zip_bytes(ordered)


def zip_bytes(parts: dict[str, str]) -> bytes:
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            zf.writestr(info, text.encode("utf-8"), compresslevel=6)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------
# Which sources build which documents


def targets(root: Path = ROOT) -> list[tuple[Path, Path]]:
    """(source, .docx) for every document the repository ships, paths relative to root."""
    out = []
    for src in sorted((root / "rulesets").glob("*/reference.md")):
        out.append((src, src.with_suffix(".docx")))
    for folder in ("samples", "tests/heldout"):
        for src in sorted((root / folder / "src").glob("*.md")):
            out.append((src, root / folder / f"{src.stem}.docx"))
    return [(s.relative_to(root), d.relative_to(root)) for s, d in out]


def build_all(out_root: Path, root: Path = ROOT) -> list[Path]:
    written = []
    for src, dst in targets(root):
        data = build((root / src).read_text(encoding="utf-8"))
        path = out_root / dst
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, help="build into this directory instead of in place")
    ap.add_argument("--check", action="store_true", help="fail when a committed .docx is stale")
    args = ap.parse_args(argv)
    if args.check:
        stale = []
        with tempfile.TemporaryDirectory() as tmp:
            build_all(Path(tmp))
            for _, dst in targets():
                fresh = (Path(tmp) / dst).read_bytes()
                if not (ROOT / dst).exists() or (ROOT / dst).read_bytes() != fresh:
                    stale.append(str(dst))
        for name in stale:
            print(f"stale: {name}", file=sys.stderr)
        return 1 if stale else 0
    for path in build_all(args.out or ROOT):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
