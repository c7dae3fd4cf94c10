"""Rebuild a folder of LOIs from its sources: python scripts/build_set.py FOLDER [--check]

FOLDER holds `src/NAME.md`; each builds `FOLDER/NAME.docx` with the public `build` of
scripts/build_docs.py, so the .docx are byte-deterministic. The blind sets use this
script rather than build_docs.py's own targets, so that their authors never touch the
content engineer's build list. `--check` exits 1 when a committed .docx differs from
what its source builds.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _builder():
    spec = importlib.util.spec_from_file_location("build_docs", ROOT / "scripts" / "build_docs.py")
    module = importlib.util.module_from_spec(spec)
    # dataclasses looks the module up in sys.modules while the module is being executed
    sys.modules.setdefault("build_docs", module)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, help="a folder with a src/ of .md sources")
    ap.add_argument("--check", action="store_true", help="fail when a committed .docx is stale")
    args = ap.parse_args(argv)
    build = _builder().build
    stale = []
    for src in sorted((args.folder / "src").glob("*.md")):
        dst = args.folder / f"{src.stem}.docx"
        data = build(src.read_text(encoding="utf-8"))
        if args.check:
            if not dst.exists() or dst.read_bytes() != data:
                stale.append(dst.name)
        else:
            dst.write_bytes(data)
            print(dst)
    for name in stale:
        print(f"stale: {name}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
