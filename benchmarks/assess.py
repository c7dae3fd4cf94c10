"""Time `align` + the ruleset (`assess_sections`) on a 100-page LOI (~40 000 words).

    .venv/bin/python benchmarks/assess.py [--pages 100] [--repeat 5] [--ruleset pme-ia-fr]

The document is made of the vendor samples' own clauses (real wording, real findings),
repeated and renumbered until it reaches --pages (400 words a page). Reading the DOCX is
not timed here (benchmarks/read.py does). Prints the best and median in-process times; the bar
(on the best) is 1 s.
Exit status 1 when the bar is missed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORDS_PER_PAGE = 400
BAR = 1.0


def build(pages: int):
    from loi_redline.read import read
    from loi_redline.structure import sections

    pool = []
    for p in sorted((ROOT / "samples").glob("*.docx")):
        pool += [s for s in sections(read(p)) if s.kind == "clause"]
    if not pool:
        sys.exit("benchmarks/assess.py: no samples/*.docx to build from")
    out, words, i = [], 0, 0
    while words < pages * WORDS_PER_PAGE:
        src = pool[i % len(pool)]
        out.append(replace(src, id=f"s{i}", number=str(i + 1), topics=[]))
        words += src.words + len(src.title.split())
        i += 1
    return out, words


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--ruleset", default="pme-ia-fr")
    args = ap.parse_args(argv)

    from loi_redline.assess import assess_sections
    from loi_redline.read import read
    from loi_redline.ruleset import load_ruleset
    from loi_redline.structure import sections

    rs = load_ruleset(args.ruleset)
    reference = sections(read(rs.reference))
    vendor, words = build(args.pages)
    times = []
    for _ in range(args.repeat):
        for s in vendor:
            s.topics = []
        t0 = time.perf_counter()
        a = assess_sections(vendor, reference, rs)
        times.append(time.perf_counter() - t0)
    best = min(times)
    print(
        f"assess: {len(vendor)} sections, {words} words (~{words // WORDS_PER_PAGE} pages), "
        f"{len(rs.rules)} rules, {len(a.findings)} findings: best {best:.3f} s, "
        f"median {statistics.median(times):.3f} s over {args.repeat} runs (bar {BAR:.1f} s)"
    )
    return 0 if best <= BAR else 1


if __name__ == "__main__":
    sys.exit(main())
