"""Rebuild the blind held-out LOIs from their sources: python tests/heldout_blind/build.py

Uses only the public `build` of scripts/build_docs.py, so the .docx are byte-deterministic.
`--check` exits 1 when a committed .docx differs from what its source builds.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def _builder():
    spec = importlib.util.spec_from_file_location("build_docs", ROOT / "scripts" / "build_docs.py")
    module = importlib.util.module_from_spec(spec)
    # dataclasses looks the module up in sys.modules while the module is being executed
    sys.modules.setdefault("build_docs", module)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    check = "--check" in argv
    build = _builder().build
    stale = []
    for src in sorted((HERE / "src").glob("*.md")):
        dst = HERE / f"{src.stem}.docx"
        data = build(src.read_text(encoding="utf-8"))
        if check:
            if not dst.exists() or dst.read_bytes() != data:
                stale.append(dst.name)
        else:
            dst.write_bytes(data)
            print(dst.relative_to(ROOT))
    for name in stale:
        print(f"stale: {name}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
