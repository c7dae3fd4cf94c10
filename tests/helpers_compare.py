"""Helpers for the compare tests: a text-level simulator of edits, and small LOI pairs.

`simulate(old, edits)` applies edits to OLD's paragraph texts the way write.Writer does
(phases: text, new paragraphs (one anchor's group in edit order), rows and tables, moves,
deletions; each table or move lands right before/after its anchor), so the alignment can be
checked without any XML.
"""

from __future__ import annotations

from pathlib import Path

from loi_redline.compare import row_element, table_element
from loi_redline.diff import Op, apply_ops


class _Item:
    def __init__(self, text, block=None, row=None, table=None):
        self.text = text
        self.block = block
        self.row = row
        self.table = table


def simulate(old, edits, new=None, notes: bool = False) -> list[str]:
    """OLD's block texts after `edits` (the accept view, as a list of paragraph texts).

    `notes`: simulate the notes (footnotes, endnotes...) instead of the body."""
    blocks = [b for b in old.notes if b.story in ("footnote", "endnote")] if notes else old.blocks
    items = [
        _Item(
            b.text,
            b,
            row_element(b) if b.table is not None else None,
            table_element(b) if b.table is not None else None,
        )
        for b in blocks
    ]
    by_block = {id(it.block): it for it in items}
    edits = [e for e in edits if id(e.block) in by_block]
    replaces: dict[int, list[Op]] = {}
    gone: set[int] = set()

    def pos(block):
        return items.index(by_block[id(block)])

    def group(pred):
        return [k for k, it in enumerate(items) if pred(it)]

    def new_items_of(blocks):
        return [_Item(b.text) for b in blocks]

    phase = {"replace": 0, "insert_paragraphs": 1, "insert_row": 2, "insert_table": 2, "move": 3}
    after_p: dict[int, _Item] = {}  # anchor → last paragraph the writer put after it
    for e in sorted(edits, key=lambda e: phase.get(e.kind, 4)):
        if e.kind == "replace":
            replaces.setdefault(id(e.block), []).append(Op("replace", e.start, e.end, e.text))
        elif e.kind == "delete_paragraph":
            gone.add(id(by_block[id(e.block)]))
        elif e.kind == "insert_paragraphs":
            new_its = [_Item(p if isinstance(p, str) else p.text) for p in e.paragraphs]
            if e.before:
                at = pos(e.block)
            else:  # the writer keeps a group after one anchor in edit order
                last = after_p.get(id(e.block))
                at = (items.index(last) if last else pos(e.block)) + 1
                after_p[id(e.block)] = new_its[-1]
            items[at:at] = new_its
        elif e.kind == "move":
            it = by_block[id(e.block)]
            copy = _Item(it.block.text)
            gone.add(id(it))
            k = pos(e.target)
            items.insert(k if e.before else k + 1, copy)
        elif e.kind in ("delete_row", "delete_table"):
            key = "row" if e.kind == "delete_row" else "table"
            target = getattr(by_block[id(e.block)], key)
            for k in group(lambda it, key=key, target=target: getattr(it, key) is target):
                gone.add(id(items[k]))
        elif e.kind in ("insert_row", "insert_table"):
            src_blocks = [
                b
                for b in (new.notes if notes else new.blocks)  # noqa: E501
                if b.table is not None
                and (row_element(b) if e.kind == "insert_row" else table_element(b)) is e.source
            ]
            anchor = by_block[id(e.block)]
            if e.kind == "insert_row":
                ks = group(lambda it, r=anchor.row: it.row is r)
            elif anchor.block.table is not None:
                ks = group(lambda it, t=anchor.table: it.table is t)
            else:
                ks = [pos(e.block)]
            at = ks[0] if e.before else ks[-1] + 1
            items[at:at] = new_items_of(src_blocks)
        else:
            raise AssertionError(f"unexpected edit kind {e.kind}")
    out = []
    for it in items:
        if id(it) in gone:
            continue
        text = it.text
        if it.block is not None and id(it.block) in replaces:
            ops = sorted(replaces[id(it.block)], key=lambda o: (o.start, o.end))
            text = apply_ops(text, ops)
        out.append(text)
    return out


# --------------------------------------------------------------------------------------
# Small French LOI pairs built with python-docx.

_BASE = [
    ("h", "Lettre d’intention"),
    ("p", "Entre la société Alpha SPA, ci-après « le Prestataire », et la PME Beta SARL."),
    ("h", "Article 1 – Objet"),
    ("p", "Le Prestataire développe un modèle d’intelligence artificielle pour la PME."),
    ("h", "Article 2 – Paiement"),
    ("p", "Le paiement intervient dans un délai de trente (30) jours à compter de la facture."),
    ("h", "Article 3 – Confidentialité"),
    ("p", "Chaque partie garde confidentielles les informations reçues de l’autre partie."),
    ("p", "Cette obligation survit deux (2) ans à la fin de la présente lettre."),
    ("h", "Article 4 – Durée"),
    ("p", "La présente lettre est valable six mois à compter de sa signature."),
    ("p", "Le calendrier de paiement est le suivant :"),
    ("t", [["Jalon", "Montant"], ["Cadrage", "10 %"], ["Livraison", "60 %"], ["Recette", "30 %"]]),
    ("p", "Fait à Alger, en deux exemplaires."),
]


def build_docx(path: Path, items) -> Path:
    """A .docx from ("h"|"p", text) and ("t", rows) items (also used by the benchmark)."""
    import docx

    d = docx.Document()
    for kind, val in items:
        if kind == "h":
            d.add_heading(val, level=1)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "t":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            for r, row in enumerate(val):
                for c, text in enumerate(row):
                    t.cell(r, c).text = text
    d.save(path)
    return path


def _variant(name: str):
    items = [(k, v) for k, v in _BASE]
    if name == "noop":
        return items
    if name == "words":
        items[5] = (
            "p",
            "Le paiement intervient dans un délai de quatre-vingt-dix (90) jours à compter de la facture.",
        )
        return items
    if name == "moved":  # Article 3 (heading + 2 paragraphs) moves after Article 4
        art3 = items[6:9]
        del items[6:9]
        items[8:8] = art3
        return items
    if name == "inserted":
        items[9:9] = [
            ("h", "Article 3 bis – Propriété intellectuelle"),
            ("p", "La PME est propriétaire des données, des modèles entraînés et des livrables."),
        ]
        return items
    if name == "deleted":
        del items[6:9]
        return items
    if name == "row":
        table = [list(r) for r in items[12][1]]
        table[2] = ["Livraison", "50 %"]
        table.insert(3, ["Formation", "10 %"])
        del table[1]
        items[12] = ("t", table)
        return items
    if name == "rewritten":
        items[10] = (
            "p",
            "Toute prolongation exige un avenant écrit signé par les deux parties.",
        )
        return items
    raise ValueError(name)


VARIANTS = ("noop", "words", "moved", "inserted", "deleted", "row", "rewritten")


def loi_pair(tmp: Path, name: str) -> tuple[Path, Path]:
    old = build_docx(tmp / "loi-old.docx", _BASE)
    new = build_docx(tmp / f"loi-{name}.docx", _variant(name))
    return old, new


def oracle_batch(oracle, triples, use_lo: bool = True) -> dict:
    """`oracle.run_check(out, old, new)` for many (name, out, old, new) at once, with
    LibreOffice started ONCE: every document LibreOffice must read goes into one
    `oracle.lo_run` call, and each `run_check` is then served its share of that result.
    The oracle's judgement is untouched: only how its helper is scheduled changes.

    Returns {name: Report}."""
    lo_res = None
    if use_lo:
        ops: dict[str, list[str]] = {}
        for _, out, old, new in triples:
            for path, want in (
                (out, ["stats", "text:reject", "text:accept"]),
                (old, ["text:accept"]),
            ):
                have = ops.setdefault(str(Path(path).resolve()), [])
                have += [o for o in want if o not in have]
            have = ops.setdefault(str(Path(new).resolve()), [])
            have += [o for o in ["text:accept"] if o not in have]
        jobs = [{"id": str(k), "path": p, "ops": o} for k, (p, o) in enumerate(ops.items())]
        ids = {j["path"]: j["id"] for j in jobs}
        lo_res = oracle.lo_run(jobs, timeout=60 * 60)
    real = oracle.lo_run

    def served(jobs, timeout=600):
        res = {"ok": True, "soffice": lo_res.get("soffice"), "results": {}}
        for j in jobs:
            # the oracle may hand over the path as given or resolved (a symlinked ../shared)
            key = ids.get(j["path"]) or ids[str(Path(j["path"]).resolve())]
            res["results"][j["id"]] = lo_res["results"].get(key, {})
        return res

    reports = {}
    oracle.lo_run = served
    try:
        for name, out, old, new in triples:
            reports[name] = oracle.run_check(str(out), str(old), str(new), use_lo=use_lo)
    finally:
        oracle.lo_run = real
    return reports
