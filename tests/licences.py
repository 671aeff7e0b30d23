"""The licence of every package a plain `pip install .` brings in (core dependencies and
theirs, markers evaluated for this interpreter), read from installed metadata.

    python3 tests/licences.py    # the table, as Markdown

tests/test_licences.py checks that none of them is GPL-only: evalkit is Apache-2.0, and
GPL packages may only ever be optional extras.
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Licence:
    package: str
    version: str
    licence: str
    required_by: str

    @property
    def gpl_only(self) -> bool:
        """GPL (not LGPL/AGPL-with-exception aside) with no permissive alternative offered."""
        text = self.licence
        gpl = re.search(r"(?<!L)GPL|GNU General Public License", text) and "Lesser" not in text
        alternative = re.search(r"\bOR\b|MIT|BSD|Apache|PSF|Python Software|ISC|MPL|Zlib|CC0|Unlicense", text)
        return bool(gpl) and not alternative


def licence_of(name: str) -> tuple[str, str]:
    """(version, licence): the SPDX expression if declared, else the licence classifiers,
    else the free-text License field (often the whole licence text: its first line)."""
    meta = distribution(name).metadata
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    text = meta.get("License-Expression") or "; ".join(classifiers) or (meta.get("License") or "").strip()
    return meta["Version"], text.splitlines()[0] if text else "UNKNOWN"


def core_requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return project["dependencies"]


def runtime_licences() -> list[Licence]:
    """Breadth-first over the core requirements and theirs (extras and unmet markers skipped)."""
    queue = [(Requirement(spec), "evalkit") for spec in core_requirements()]
    found: dict[str, Licence] = {}
    while queue:
        requirement, parent = queue.pop(0)
        key = requirement.name.lower().replace("_", "-")
        if key in found or (requirement.marker and not requirement.marker.evaluate({"extra": ""})):
            continue
        try:
            version, licence = licence_of(requirement.name)
        except PackageNotFoundError:
            raise SystemExit(f"{requirement.name} (needed by {parent}) is not installed") from None
        found[key] = Licence(requirement.name, version, licence, parent)
        queue += [(Requirement(spec), requirement.name) for spec in distribution(requirement.name).requires or []]
    return sorted(found.values(), key=lambda item: item.package.lower())


def main() -> None:
    rows = runtime_licences()
    print("| package | version | licence | required by |\n|---|---|---|---|")
    for row in rows:
        print(f"| {row.package} | {row.version} | {row.licence} | {row.required_by} |")
    bad = [row.package for row in rows if row.gpl_only]
    if bad:
        print("GPL-only in the core: " + ", ".join(bad), file=sys.stderr)
        raise SystemExit(1)


if __name__ == "__main__":
    main()
