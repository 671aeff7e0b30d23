"""How many entries and placeholders the real catalogues hold, and what the `placeholders`
comparison flags in them (docs/formats.md).

    python3 benchmarks/placeholders_realdata.py [FILE ...]   # default: tests/data/formats' PO and XLIFF files

Any XLIFF or PO file may be given (a whole catalogue taken from a package, say). A row per
file: translated units, placeholders/tags/entities in their sources, flagged units that
are not fuzzy (each one printed: a false alarm or a real error, to be judged) and
flagged fuzzy ones.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evalkit.formats import read_translation_file  # noqa: E402
from evalkit.placeholders import compare, tokens  # noqa: E402

DEFAULT = ["django.zh_Hans.po", "superset.zh_TW.po", "symfony-validators.zh_TW.xlf", "angular.de.xlf",
           "angular.en.xlf2"]


def main(paths: list[str]) -> None:
    files = paths or [str(ROOT / "tests" / "data" / "formats" / name) for name in DEFAULT]
    print("| file | translated units | placeholders, tags, entities in sources | flagged, not fuzzy | flagged, fuzzy |")
    print("|---|---:|---:|---:|---:|")
    shown = []
    for path in files:
        document = read_translation_file(path)
        units = document.translated
        flagged = [(unit, compare(unit.source, unit.target or "")) for unit in units]
        flagged = [(unit, found) for unit, found in flagged if found]
        plain = [(unit, found) for unit, found in flagged if unit.state != "fuzzy"]
        shown += [(Path(path).name, unit, found) for unit, found in plain]
        print(f"| {Path(path).name} | {len(units):,} | {sum(len(tokens(u.source)) for u in units):,} | "
              f"{len(plain)} | {len(flagged) - len(plain)} |")
    for name, unit, found in shown:
        print(f"{name} {unit.id}: " + "; ".join(mismatch.describe() for mismatch in found))


if __name__ == "__main__":
    main(sys.argv[1:])
