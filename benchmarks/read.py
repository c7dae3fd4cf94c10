"""Time `read` + `structure.sections` on a 100-page LOI (~40 000 words).

    .venv/bin/python benchmarks/read.py [--pages 100] [--repeat 7] [--keep PATH]

Prints the best in-process time over --repeat runs and the wall time of a fresh process
(interpreter start and imports included). The bar is 0.3 s in process.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"

WORDS = (
    "le prestataire s'engage à livrer la solution d'intelligence artificielle au client dans "
    "les délais convenus selon le calendrier annexé les données restent la propriété exclusive "
    "du client qui peut en demander la restitution à tout moment prix forfaitaire payable en "
    "trois échéances acompte de trente pour cent à la signature pénalités de retard "
    "confidentialité exclusivité réversibilité propriété intellectuelle droit algérien"
).split()

STYLES = (
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr>'
    '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Titre2"><w:name w:val="heading 2"/>'
    '<w:basedOn w:val="Titre1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr>'
    '<w:outlineLvl w:val="1"/></w:pPr></w:style>'
)
NUMBERING = (
    '<w:abstractNum w:abstractNumId="0">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="Article %1 –"/><w:pStyle w:val="Titre1"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1.%2"/><w:pStyle w:val="Titre2"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
)


def _runs(rng: random.Random, n_words: int) -> str:
    out = []
    left = n_words
    while left > 0:
        k = min(left, rng.randint(3, 14))
        text = " ".join(rng.choice(WORDS) for _ in range(k)) + " "
        rpr = "<w:rPr><w:b/></w:rPr>" if rng.random() < 0.1 else ""
        out.append(f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>')
        left -= k
    return "".join(out)


def build(path: Path, pages: int = 100, seed: int = 1) -> int:
    """Write the benchmark document; returns its word count."""
    rng = random.Random(seed)
    body = []
    words = 0
    target = pages * 400
    article = 0
    while words < target:
        article += 1
        body.append(
            f'<w:p><w:pPr><w:pStyle w:val="Titre1"/></w:pPr><w:r><w:t>Clause {article}</w:t></w:r></w:p>'
        )
        for sub in range(rng.randint(1, 4)):
            body.append(
                '<w:p><w:pPr><w:pStyle w:val="Titre2"/></w:pPr>'
                f"<w:r><w:t>Point {sub + 1}</w:t></w:r></w:p>"
            )
            for _ in range(rng.randint(2, 5)):
                n = rng.randint(30, 90)
                body.append(f"<w:p>{_runs(rng, n)}</w:p>")
                words += n
        if article % 8 == 0:
            rows = "".join(
                "<w:tr>"
                + "".join(f"<w:tc><w:p>{_runs(rng, 6)}</w:p></w:tc>" for _ in range(3))
                + "</w:tr>"
                for _ in range(6)
            )
            body.append(f"<w:tbl><w:tblPr/>{rows}</w:tbl>")
            words += 6 * 3 * 6
    ns = f'xmlns:w="{W}"'
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{CT}.document.main+xml"/>'
            f'<Override PartName="/word/styles.xml" ContentType="{CT}.styles+xml"/>'
            f'<Override PartName="/word/numbering.xml" ContentType="{CT}.numbering+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{RT}/officeDocument" Target="word/document.xml"/>'
            "</Relationships>"
        ),
        "word/_rels/document.xml.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{RT}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId2" Type="{RT}/numbering" Target="numbering.xml"/>'
            "</Relationships>"
        ),
        "word/document.xml": f"<w:document {ns}><w:body>{''.join(body)}</w:body></w:document>",
        "word/styles.xml": f"<w:styles {ns}>{STYLES}</w:styles>",
        "word/numbering.xml": f"<w:numbering {ns}>{NUMBERING}</w:numbering>",
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return words


def run_once(path: Path) -> tuple[float, int, int]:
    from loi_redline.read import read
    from loi_redline.structure import sections

    t0 = time.perf_counter()
    doc = read(path)
    secs = sections(doc)
    return time.perf_counter() - t0, len(doc.blocks), len(secs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--keep", type=Path, help="also keep the generated document here")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        path = args.keep or Path(d) / "bench.docx"
        words = build(path, args.pages)
        times = []
        for _ in range(args.repeat):
            t, nblocks, nsecs = run_once(path)
            times.append(t)
        code = (
            "import sys;from loi_redline.read import read;"
            "from loi_redline.structure import sections;sections(read(sys.argv[1]))"
        )
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, str(path)], check=True)
        proc = time.perf_counter() - t0
    best = min(times)
    print(
        f"read+structure: {words} words, {nblocks} blocks, {nsecs} sections: "
        f"best {best:.3f} s in process (median {sorted(times)[len(times) // 2]:.3f} s), "
        f"{proc:.3f} s as a fresh process; bar 0.300 s: {'ok' if best < 0.3 else 'SLOW'}"
    )
    return 0 if best < 0.3 else 1


if __name__ == "__main__":
    sys.exit(main())
