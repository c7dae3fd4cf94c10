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
