"""Hand-built model objects for the markup tests (plan, render, review)."""

from __future__ import annotations

from loi_redline.model import Block, Finding, Pair, Section

_counter = [0]


def block(text: str, **kw) -> Block:
    _counter[0] += 1
    kw.setdefault("id", f"t{_counter[0]}")
    return Block(text=text, spans=[], element=None, **kw)


def section(
    sid: str,
    title: str,
    body: list[str],
    number: str | None = None,
    heading_text: str | None = None,
    topics: list[str] | None = None,
    level: int = 1,
    kind: str = "clause",
    **heading_kw,
) -> Section:
    h = block(
        heading_text if heading_text is not None else title, style_id="Heading1", **heading_kw
    )
    return Section(
        id=sid,
        number=number,
        title=title,
        level=level,
        kind=kind,
        heading=h,
        blocks=[block(t, style_id="BodyText") for t in body],
        topics=list(topics or []),
    )


def blocks_of(sections: list[Section]) -> list[Block]:
    return [b for s in sections for b in [s.heading, *s.blocks] if b is not None]


def finding(fid: str, kind: str, severity: str, section: Section | None, **kw) -> Finding:
    kw.setdefault("rule", f"rule-{fid}")
    kw.setdefault("topic", section.topics[0] if section is not None and section.topics else None)
    kw.setdefault("message", f"message {fid}")
    return Finding(
        id=fid,
        kind=kind,
        severity=severity,
        section=section.id if section is not None else None,
        **kw,
    )


def pairs_by_topic(vendor: list[Section], reference: list[Section]) -> list[Pair]:
    out = []
    for r in reference:
        v = next((s for s in vendor if r.topics and r.topics[0] in s.topics), None)
        out.append(
            Pair(vendor=v, reference=r, topic=r.topics[0] if r.topics else None, similarity=1.0)
        )
    return out


def hand_findings(vendor_sections, reference_sections):
    """Pairs by heading similarity and a finding of each kind, without the playbook:
    the markup is tested on real documents whatever the rules say."""
    import re

    from rapidfuzz import fuzz

    from loi_redline.model import Finding

    for s in reference_sections:
        if s.kind == "clause":
            s.topics = [f"t-{s.id}"]
    pairs, used = [], set()
    clauses = [x for x in reference_sections if x.kind == "clause"]
    for s in vendor_sections:
        if s.kind != "clause" or not clauses:
            continue
        best = max(clauses, key=lambda x: fuzz.partial_ratio(x.title.lower(), s.title.lower()))
        if best.id not in used and fuzz.partial_ratio(best.title.lower(), s.title.lower()) > 80:
            s.topics = list(best.topics)
            pairs.append(Pair(s, best, best.topics[0], 1.0))
            used.add(best.id)
    missing = [x for x in clauses if x.id not in used]
    for x in missing:
        pairs.append(Pair(None, x, x.topics[0], 0.0))
    findings = []
    paired = [p.vendor for p in pairs if p.vendor is not None]
    n = 0
    for s in paired:
        body = [b for b in s.blocks if b.text.strip()]
        if not body:
            continue
        b = body[0]
        m = re.search(r"\w+ \(\d+\) (?:mois|jours|months|days)", b.text)
        n += 1
        if m:
            findings.append(
                Finding(
                    f"h{n}",
                    "limit",
                    s.topics[0],
                    "deviation",
                    "high",
                    s.id,
                    "Durée excessive",
                    rationale="Elle lie la PME trop longtemps",
                    suggestion="soixante jours",
                    evidence=m.group(0),
                    block=b,
                    start=m.start(),
                    end=m.end(),
                    replacement="soixante (60) jours",
                )
            )
        elif n % 3 == 0:
            findings.append(
                Finding(
                    f"h{n}",
                    "forbid",
                    s.topics[0],
                    "deviation",
                    "medium",
                    s.id,
                    "Clause à aligner sur la référence",
                )
            )
        else:
            k = min(len(b.text), 12)
            findings.append(
                Finding(
                    f"h{n}",
                    "vague",
                    s.topics[0],
                    "ambiguity",
                    "low",
                    s.id,
                    "Terme vague",
                    evidence=b.text[:k],
                    block=b,
                    start=0,
                    end=k,
                )
            )
    for x in missing[:3]:
        n += 1
        findings.append(
            Finding(
                f"h{n}",
                "missing",
                x.topics[0],
                "missing",
                "high",
                None,
                f"Clause absente : {x.title}",
            )
        )
    return findings, pairs


def reject_author(docx_bytes: bytes, author: str) -> bytes:
    """The DOCX with every revision and comment of `author` rejected, everyone else's kept.

    An independent, deliberately plain implementation (lxml only), so the tests can check
    that our markup peels off and leaves the vendor's document, revisions and comments
    included, exactly as it was.
    """
    import io
    import zipfile

    from lxml import etree

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def q(t):
        return f"{{{w}}}{t}"

    zin = zipfile.ZipFile(io.BytesIO(docx_bytes))
    root = etree.fromstring(zin.read("word/document.xml"))
    ours = lambda el: el.get(q("author")) == author  # noqa: E731
    # comments of ours: drop anchors and references
    ids = set()
    if "word/comments.xml" in zin.namelist():
        croot = etree.fromstring(zin.read("word/comments.xml"))
        for c in croot.findall(q("comment")):
            if ours(c):
                ids.add(c.get(q("id")))
    for tag in ("commentRangeStart", "commentRangeEnd"):
        for el in list(root.iter(q(tag))):
            if el.get(q("id")) in ids:
                el.getparent().remove(el)
    for ref in list(root.iter(q("commentReference"))):
        if ref.get(q("id")) in ids:
            run = ref.getparent()
            run.getparent().remove(run)
    # text revisions
    for el in list(root.iter(q("ins"), q("moveTo"))):
        if ours(el) and el.getparent() is not None and el.getparent().tag != q("rPr"):
            el.getparent().remove(el)
    for el in list(root.iter(q("del"), q("moveFrom"))):
        if ours(el) and el.getparent() is not None and el.getparent().tag != q("rPr"):
            for t in el.iter(q("delText")):
                t.tag = q("t")
            for t in el.iter(q("delInstrText")):
                t.tag = q("instrText")
            parent, i = el.getparent(), el.getparent().index(el)
            for child in reversed(list(el)):
                parent.insert(i, child)
            parent.remove(el)
    # paragraph marks: a mark we deleted comes back; a mark we inserted goes, its
    # paragraph's content joining the next paragraph
    for p in list(root.iter(q("p"))):
        rpr = p.find(f"{q('pPr')}/{q('rPr')}")
        if rpr is None:
            continue
        for d in rpr.findall(q("del")):
            if ours(d):
                rpr.remove(d)
        ins = [i for i in rpr.findall(q("ins")) if ours(i)]
        if not ins:
            continue
        nxt = p.getnext()
        while nxt is not None and nxt.tag != q("p"):
            nxt = nxt.getnext()
        content = [c for c in p if c.tag != q("pPr")]
        if nxt is not None:
            at = 1 if nxt.find(q("pPr")) is not None else 0
            for c in reversed(content):
                nxt.insert(at, c)
        p.getparent().remove(p)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            zout.writestr(info, data)
    return out.getvalue()


def chromium() -> str | None:
    """Debian's chromium, when installed."""
    import shutil
    from pathlib import Path

    found = shutil.which("chromium")
    return found or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


def chromium_dom(html_file, tmp_path) -> str:
    """The DOM headless Chromium builds from a page (no network, throw-away profile)."""
    import subprocess

    proc = subprocess.run(
        [
            chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            html_file.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout
