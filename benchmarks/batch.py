"""Benchmark: `redline batch` on 100 LOIs, 1 worker against 2.

    .venv/bin/python benchmarks/batch.py [--count 100] [--jobs 1,2]

The 100 LOIs are the samples, copied and varied (durations, percentages and amounts
changed, so no two files are alike). Each run is a fresh `python -m loi_redline batch`
process writing every redline, JSON, HTML report and the four summaries. Bars: 100 LOIs in
<= 30 s on 2 cores; `-j 2` at least 1.6x faster than `-j 1`. Also printed: the time per
document in the batch against one `redline VENDOR.docx` run on its own.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
SWAPS = [
    ("douze (12) mois", ["six (6) mois", "neuf (9) mois", "quatre-vingt-dix (90) jours"]),
    ("50 %", ["40 %", "60 %", "35 %"]),
    ("30 %", ["20 %", "25 %", "45 %"]),
    ("soixante (60) jours", ["quarante-cinq (45) jours", "trente (30) jours"]),
]


def make_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    import docx

    samples = sorted((ROOT / "samples").glob("*.docx"))
    if not samples:
        raise SystemExit("no samples/*.docx")
    rnd = random.Random(seed)
    out = []
    for i in range(count):
        src = samples[i % len(samples)]
        dst = folder / f"{i:03d}_{src.stem}.docx"
        if i < len(samples):
            shutil.copy(src, dst)
        else:
            d = docx.Document(str(src))
            for p in d.paragraphs:
                for r in p.runs:
                    for old, news in SWAPS:
                        if old in r.text:
                            r.text = r.text.replace(old, rnd.choice(news))
            d.save(str(dst))
        out.append(dst)
    return out


# Bytecode cached as an installed package has it (see benchmarks/review.py).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["PYTHONPYCACHEPREFIX"] = os.path.join(tempfile.gettempdir(), "loi-redline-bench-pycache")


CPU: dict[str, float] = {}


def run(cmd: list[str]) -> float:
    """Wall time of `cmd`; its CPU time (all its processes) goes to CPU["last"]."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, env=ENV)
    dt = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU["last"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if p.returncode not in (0, 1):
        print(p.stderr[-2000:], file=sys.stderr)
        raise SystemExit(f"command failed ({p.returncode}): {' '.join(cmd[:6])} ...")
    return dt


def _burn(n: int) -> int:
    s = 0
    for i in range(n):
        s += i * i
    return s


def control_speedup(n: int = 3_000_000, tasks: int = 8) -> float:
    """What this machine gives right now: a pure-CPU loop on a pool of 1, then 2 workers.
    On a shared sandbox other processes take cores; below ~1.9x here, the batch's own
    speed-up cannot reach what it would on 2 idle cores."""
    from concurrent.futures import ProcessPoolExecutor

    times = []
    for j in (1, 2):
        t = time.perf_counter()
        with ProcessPoolExecutor(j) as ex:
            list(ex.map(_burn, [n] * tasks))
        times.append(time.perf_counter() - t)
    return times[0] / times[1]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--jobs", default="1,2")
    args = ap.parse_args(argv)
    jobs = [int(j) for j in args.jobs.split(",")]
    print(f"cores: {os.cpu_count()}, load average now: {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / "in"
        src.mkdir()
        files = make_corpus(src, args.count)
        single = []
        for f in files[:3]:
            single.append(
                run(
                    [
                        PY,
                        "-m",
                        "loi_redline",
                        str(f),
                        "-o",
                        str(tmp / "single.docx"),
                        "--json",
                        str(tmp / "single.json"),
                        "--date",
                        "2026-01-01",
                        "--force",
                        "-q",
                    ]
                )
            )
        one = min(single)
        print(f"one review on its own (new process, docx+json): {one:.3f} s")
        times = {}
        for j in jobs:
            out = tmp / f"out{j}"
            times[j] = run(
                [
                    PY,
                    "-m",
                    "loi_redline",
                    "batch",
                    str(src),
                    "-o",
                    str(out),
                    "-j",
                    str(j),
                    "--date",
                    "2026-01-01",
                    "-q",
                ]
            )
            cpu = CPU["last"]
            n = len(list(out.glob("*.redline.docx")))
            print(
                f"batch -j {j}: {times[j]:.2f} s for {args.count} LOIs ({n} redlines), "
                f"{times[j] / args.count:.3f} s per document; CPU {cpu:.2f} s, "
                f"{cpu / times[j]:.2f} cores busy on average"
            )
        ok = True
        if 2 in times:
            ok &= times[2] <= 30.0 * args.count / 100
            print(f"bar 100 LOIs <= 30 s with -j 2: {'MET' if times[2] <= 30.0 else 'NOT MET'}")
        if 1 in times and 2 in times:
            print(f"control (pure-CPU loop, same pool sizes, now): {control_speedup():.2f}x")
            speed = times[1] / times[2]
            ok &= speed >= 1.6
            print(
                f"speed-up -j 1 -> -j 2: {speed:.2f}x  [bar >= 1.6x: "
                f"{'MET' if speed >= 1.6 else 'NOT MET'}]"
            )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
