"""Write the tables of work done once on the shipped rulesets (see loi_redline/precomputed.py):
src/loi_redline/rulesets.json (the parsed TOML) and src/loi_redline/prefilter.json (the
prefilter analysis of every shipped pattern).

    python scripts/build_precomputed.py           # rewrite the stale tables
    python scripts/build_precomputed.py --check   # exit 1 when a shipped table is stale

Run it after changing a shipped ruleset (rulesets/*/ruleset.toml) or prefilter.py. A stale
table is never wrong, only slower: what it lacks is computed at run time, as before.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from loi_redline import precomputed  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when a table is stale")
    args = ap.parse_args(argv)
    stale = 0
    # every table built before any is written: a broken ruleset leaves them all as they were
    texts = {path: build() for path, build in precomputed.TABLES.items()}
    for path, text in texts.items():
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current == text:
            print(f"{path}: up to date")
        elif args.check:
            print(f"{path}: stale, run python scripts/build_precomputed.py", file=sys.stderr)
            stale += 1
        else:
            path.write_text(text, encoding="utf-8")
            print(f"{path}: written")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
