"""Write src/loi_redline/prefilter.json: the prefilter analysis of every shipped pattern.

    python scripts/build_prefilter.py           # rewrite the table
    python scripts/build_prefilter.py --check   # exit 1 when the shipped table is stale

Run it after changing a shipped ruleset (rulesets/*/ruleset.toml) or prefilter.py. A stale
table is never wrong, only slower: the patterns it lacks are analysed at run time, and a
table written by another analyser is ignored (see prefilter_table.py).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from loi_redline import prefilter_table  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when the table is stale")
    args = ap.parse_args(argv)
    text = prefilter_table.build()
    path = prefilter_table.TABLE
    current = path.read_text(encoding="utf-8") if path.is_file() else None
    if args.check:
        if current != text:
            print(f"{path}: stale, run python scripts/build_prefilter.py", file=sys.stderr)
            return 1
        return 0
    if current != text:
        path.write_text(text, encoding="utf-8")
        print(f"{path}: written ({text.count(chr(10)) - 4} patterns)")
    else:
        print(f"{path}: up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
