"""`redline compare` against python-redlines' Docxodus engine, on generated contract pairs.

    .venv/bin/python benchmarks/compare.py [--pages 4,40,200] [--growth 20,200] [--repeat 3]
    .venv/bin/python benchmarks/compare.py --corpus        # revision counts on the shared pairs

Pairs: a French contract of N pages (about 400 words a page: numbered articles, paragraphs,
a payment table every ten articles) and a revised copy (about 6 % of paragraphs reworded,
1 % deleted, 1 % inserted, one article moved per 40 pages, one table row changed in three).

Both tools do the whole job, file to file: ours is `compare_files` in process (read both,
align, diff, write) and, separately, the `redline compare` command in a fresh process;
Docxodus is python-redlines' `DocxodusEngine.run_redline` (a .NET process per call, as the
library runs it). The best of --repeat runs is kept. Bars: ours ≥ 5× faster than Docxodus
at each size; 10× the pages cost ≤ 12× our time.

Needs the `bench` extra: `pip install "python-redlines[docxodus]"` (the .NET binary is in
the wheel; no network at run time).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

SENTENCES = [
    "Le Prestataire s’engage à livrer la solution d’intelligence artificielle dans un délai de {n} jours.",
    "Le paiement intervient dans un délai de trente (30) jours à compter de la réception de la facture.",
    "Les données du Client restent sa propriété exclusive et lui sont restituées sur simple demande.",
    "Toute modification du périmètre fait l’objet d’un avenant écrit signé par les deux parties.",
    "Le Prestataire garantit la conformité du modèle aux spécifications pendant {n} mois.",
    "Les pénalités de retard sont fixées à {n} pour mille du montant par jour calendaire de retard.",
    "Chaque partie garde confidentielles les informations reçues de l’autre partie pendant {n} ans.",
    "La présente lettre est régie par le droit algérien ; tout litige relève du tribunal d’Alger.",
    "Le Client peut résilier sans indemnité en cas de manquement non réparé sous {n} jours.",
    "Les livrables comprennent le code source, les poids du modèle et la documentation technique.",
]
REWORDS = [
    ("trente (30)", "quatre-vingt-dix (90)"),
    ("exclusive", "pleine et entière"),
    ("avenant écrit", "avenant"),
    ("tribunal d’Alger", "tribunal de Blida"),
    ("sans indemnité", "moyennant un préavis de quinze (15) jours"),
    ("la documentation technique", "la documentation technique et utilisateur"),
]
TITLES = ["Objet", "Prix", "Paiement", "Livraison", "Confidentialité", "Données", "Garantie"]
WORDS_PER_PAGE = 400


def _contract(pages: int, seed: int = 7) -> list:
    """The document as a list of ("h"|"p", text) and ("t", rows) items."""
    rng = random.Random(seed)
    items: list = [("h", "Contrat de prestation d’intelligence artificielle")]
    words, art = 0, 0
    while words < pages * WORDS_PER_PAGE:
        art += 1
        items.append(("h", f"Article {art} – {rng.choice(TITLES)}"))
        for _ in range(rng.randint(2, 5)):
            text = " ".join(
                rng.choice(SENTENCES).format(n=rng.randint(2, 120))
                for _ in range(rng.randint(1, 4))
            )
            items.append(("p", text))
            words += len(text.split())
        if art % 10 == 0:
            rows = [["Jalon", "Montant", "Échéance"]] + [
                [f"Jalon {k}", f"{rng.randint(5, 40)} %", f"J+{rng.randint(10, 200)}"]
                for k in range(1, rng.randint(3, 6))
            ]
            items.append(("t", rows))
    items.append(("p", "Fait à Alger, en deux exemplaires originaux."))
    return items


def _revise(items: list, pages: int, seed: int = 11) -> list:
    rng = random.Random(seed)
    out: list = []
    for kind, val in items:
        r = rng.random()
        if kind == "p":
            if r < 0.01:
                continue  # deleted
            if r < 0.07:
                old, new = rng.choice(REWORDS)
                val = val.replace(old, new, 1) if old in val else val + " Sous réserve d’accord."
            out.append((kind, val))
            if rng.random() < 0.01:
                out.append(("p", "Clause ajoutée : le Prestataire forme deux agents du Client."))
        elif kind == "t" and r < 0.33:
            rows = [list(x) for x in val]
            k = rng.randrange(1, len(rows))
            rows[k][1] = f"{rng.randint(5, 40)} %"
            out.append((kind, rows))
        else:
            out.append((kind, val))
    # move whole articles (heading and body) further down
    for _ in range(max(1, pages // 40)):
        heads = [i for i, (k, _) in enumerate(out) if k == "h"][1:]
        if len(heads) < 3:
            break
        a = rng.randrange(len(heads) - 2)
        start, end = heads[a], heads[a + 1]
        chunk = out[start:end]
        del out[start:end]
        heads = [i for i, (k, _) in enumerate(out) if k == "h"]
        dest = heads[min(len(heads) - 1, a + 1 + rng.randint(1, 3))]
        out[dest:dest] = chunk
    return out


def _save(items: list, path: Path) -> Path:
    sys.path.insert(0, str(ROOT / "tests"))
    from helpers_compare import build_docx  # the same builder as the tests' LOI pairs

    return build_docx(path, items)


def make_pair(pages: int, folder: Path) -> tuple[Path, Path]:
    items = _contract(pages)
    old = _save(items, folder / f"contrat-{pages}p.docx")
    new = _save(_revise(items, pages), folder / f"contrat-{pages}p-v2.docx")
    return old, new


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def time_ours(old: Path, new: Path, repeat: int, folder: Path) -> tuple[float, int]:
    from loi_redline.compare import compare_files

    out = folder / "ours.docx"
    res = None

    def run():
        nonlocal res
        res = compare_files(old, new, out, author="bench", date="2026-01-01T00:00:00Z", force=True)

    t = _best(run, repeat)
    return t, res.insertions + res.deletions + res.moves


def time_ours_cli(old: Path, new: Path, repeat: int, folder: Path) -> float:
    exe = Path(sys.executable).with_name("redline")
    cmd = [str(exe), "compare", str(old), str(new), "-o", str(folder / "cli.docx"), "--force"]
    return _best(lambda: subprocess.run(cmd, check=True, capture_output=True), repeat)


def time_docxodus(old: Path, new: Path, repeat: int) -> tuple[float | None, str]:
    try:
        from python_redlines.engines import DocxodusEngine
    except ImportError as exc:
        return None, f"python-redlines not installed ({exc})"
    try:
        eng = DocxodusEngine()
    except Exception as exc:  # the companion package with the .NET binary is missing
        return None, str(exc).splitlines()[0]
    info = ""

    def run():
        nonlocal info
        _, stdout, _ = eng.run_redline("bench", str(old), str(new))
        info = next((ln.strip() for ln in (stdout or "").splitlines() if "revision" in ln), "")

    return _best(run, repeat), info


def machine() -> str:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{os.cpu_count()} CPU(s), {cpu}, Python {platform.python_version()}, {platform.system()}"
    )


def bench(pages_list: list[int], growth: list[int], repeat: int) -> None:
    print(f"machine: {machine()}")
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for pages in sorted(set(pages_list) | set(growth)):
            old, new = make_pair(pages, folder)
            ours, n = time_ours(old, new, repeat, folder)
            cli = time_ours_cli(old, new, max(1, repeat - 1), folder)
            dox, info = (
                time_docxodus(old, new, max(1, repeat - 1)) if pages in pages_list else (None, "")
            )
            rows[pages] = (ours, cli, dox)
            ratio = f"{dox / ours:.1f}×" if dox else "n/a"
            ratio_cli = f"{dox / cli:.1f}×" if dox else "n/a"
            print(
                f"| {pages} pages | {ours:.3f} s | {cli:.3f} s | "
                f"{dox:.3f} s | {ratio} | {ratio_cli} | {n} changes; Docxodus: {info} |"
                if dox
                else f"| {pages} pages | {ours:.3f} s | {cli:.3f} s | n/a | n/a | n/a | {n} changes {info} |"
            )
        sizes = sorted(rows)
        for a in sizes:
            for b in sizes:
                if b == 10 * a:
                    print(
                        f"growth {a} → {b} pages (10×): ours ×{rows[b][0] / rows[a][0]:.1f}"
                        + (
                            f", Docxodus ×{rows[b][2] / rows[a][2]:.1f}"
                            if rows[a][2] and rows[b][2]
                            else ""
                        )
                    )


def corpus(repeat: int) -> None:
    """Our revision counts next to the peer's expected counts and Docxodus's."""
    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import corpus_pairs

    from loi_redline.compare import compare_files
    from loi_redline.package import open_docx

    expected = {}
    for folder in ("wmlcomparer", "real"):
        tsv = SHARED / "corpus" / folder / "pairs.tsv"
        for row in tsv.read_text(encoding="utf-8").splitlines()[1:]:
            cols = row.split("\t")
            if len(cols) >= 4:
                expected[cols[3]] = cols[2]
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    tags = [W + t for t in ("ins", "del", "moveFrom", "moveTo")]
    try:
        from python_redlines.engines import DocxodusEngine

        eng = DocxodusEngine()
    except Exception:
        eng = None
    print("| pair | expected (WmlComparer) | ours: revision elements | ours: changes | Docxodus |")
    # revision elements: w:ins, w:del, w:moveFrom, w:moveTo in the body and the notes
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, before, after in corpus_pairs():
            out = Path(tmp) / "o.docx"
            res = compare_files(
                before, after, out, author="b", date="2026-01-01T00:00:00Z", force=True
            )
            pkg = open_docx(out)
            parts = [pkg.main_part]
            for kind in ("footnotes", "endnotes"):
                parts += pkg.related(pkg.main_part, kind)
            n = sum(1 for p in parts if pkg.has(p) for _ in pkg.xml(p).iter(*tags))
            dox = ""
            if eng is not None:
                try:
                    _, so, _ = eng.run_redline("b", str(before), str(after))
                    dox = next(
                        (
                            ln.split(":")[1].split()[0]
                            for ln in so.splitlines()
                            if "revision(s)" in ln
                        ),
                        "?",
                    )
                except Exception as exc:
                    dox = f"error: {type(exc).__name__}"
            print(f"| {name} | {expected.get(name) or '–'} | {n} | {len(res.changes)} | {dox} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", default="4,40,200", help="sizes compared with Docxodus")
    ap.add_argument("--growth", default="20,200", help="extra sizes for our growth ratio")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--corpus", action="store_true", help="revision counts on the shared pairs")
    args = ap.parse_args()
    if args.corpus:
        corpus(args.repeat)
        return
    bench(
        [int(x) for x in args.pages.split(",") if x],
        [int(x) for x in args.growth.split(",") if x],
        args.repeat,
    )


if __name__ == "__main__":
    main()
