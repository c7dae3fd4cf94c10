"""Build small DOCX files from raw WordprocessingML for the reader's tests.

Hand-written parts keep each test's XML exactly what it claims to exercise (python-docx's
template would add styles and numbering of its own).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (
    f'xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'mc:Ignorable=""'
)
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"

_PARTS = {
    # part name: (relationship type, content type, root element)
    "styles": ("styles", f"{_CT}.styles+xml", "styles"),
    "numbering": ("numbering", f"{_CT}.numbering+xml", "numbering"),
    "footnotes": ("footnotes", f"{_CT}.footnotes+xml", "footnotes"),
    "endnotes": ("endnotes", f"{_CT}.endnotes+xml", "endnotes"),
    "comments": ("comments", f"{_CT}.comments+xml", "comments"),
    "header1": ("header", f"{_CT}.header+xml", "hdr"),
    "footer1": ("footer", f"{_CT}.footer+xml", "ftr"),
}


def make_docx(path: Path, body: str, **parts: str) -> Path:
    """Write a .docx whose body is `body` (XML inside w:body); keyword parts (styles,
    numbering, footnotes, endnotes, comments, header1, footer1) give the inner XML of the
    part's root element."""
    overrides = [f'<Override PartName="/word/document.xml" ContentType="{_CT}.document.main+xml"/>']
    rels = []
    files = {}
    for i, (name, inner) in enumerate(parts.items()):
        rel, ctype, root = _PARTS[name]
        overrides.append(f'<Override PartName="/word/{name}.xml" ContentType="{ctype}"/>')
        rels.append(f'<Relationship Id="rId{i + 10}" Type="{_RT}/{rel}" Target="{name}.xml"/>')
        files[f"word/{name}.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f"<w:{root} {NSDECL}>{inner}</w:{root}>"
        )
    files["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>' + "".join(overrides) + "</Types>"
    )
    files["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_RT}/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    files["word/_rels/document.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(rels)
        + "</Relationships>"
    )
    files["word/document.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f"<w:document {NSDECL}><w:body>{body}</w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return path


def p(
    text: str = "",
    style: str | None = None,
    bold: bool = False,
    num: tuple | None = None,
    ppr: str = "",
) -> str:
    """One paragraph of one run."""
    props = ""
    if style:
        props += f'<w:pStyle w:val="{style}"/>'
    if num:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    props += ppr
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    run = f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>' if text else ""
    return f"<w:p>{'<w:pPr>' + props + '</w:pPr>' if props else ''}{run}</w:p>"


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def tbl(rows: list[list[str]]) -> str:
    """A table whose cells hold the given raw XML (use p() for plain text)."""
    out = ["<w:tbl><w:tblPr/>"]
    for row in rows:
        out.append("<w:tr>")
        for cell in row:
            out.append(f"<w:tc>{cell or '<w:p/>'}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


HEADING_STYLES = (
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr>'
    "<w:rPr><w:b/></w:rPr></w:style>"
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
    '<w:basedOn w:val="Heading1"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
)


def sections_of(tmp_path: Path, body: str, **parts: str):
    """The sections `structure.sections` reads in a .docx whose body is `body`."""
    from loi_redline.read import read
    from loi_redline.structure import sections

    return sections(read(make_docx(tmp_path / "s.docx", body, **parts)))
