"""Issue 15, item 15: every module evalkit imports at run time is a declared dependency.

A plain `pip install .` once ended in `No module named 'threadpoolctl'`: the bundled
encoder imported it and nothing declared it, while the test extras pulled it in, so no
test saw it. Here every import in evalkit/ (at module level or inside a function, not
under `if TYPE_CHECKING:`) is mapped to the distribution that provides it and checked
against pyproject.toml: the core's imports against the core's dependencies, the
optional backends' against the extras that make them run. .ci/run also installs the
core alone in a fresh virtual environment and runs the README's commands with it.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, packages_distributions, requires

import pytest
from packaging.requirements import Requirement

from conftest import ROOT

# evalkit modules that run only when an extra's backend is asked for, and those extras
OPTIONAL = {
    "evalkit/embed/st.py": ("st",),
    "evalkit/metrics/comet.py": ("comet",),
    "evalkit/metrics/bertscore.py": ("bertscore",),
    "evalkit/metrics/neural.py": ("comet", "bertscore"),
    "evalkit/ray_engine.py": ("ray",),
}
# installed by hand after the extra, as the README and docs/metrics.md say (its pins clash)
BY_HAND = {"comet": "unbabel-comet"}


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def declared(specs: list[str]) -> set[str]:
    return {canonical(Requirement(spec).name) for spec in specs}


def closure(names: set[str]) -> set[str]:
    """The distributions and everything they require, as installed (markers for this interpreter)."""
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            specs = requires(name) or []
        except PackageNotFoundError:
            continue
        for spec in specs:
            requirement = Requirement(spec)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(canonical(requirement.name))
    return seen


def _type_checking_only(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            return True
    return False


def third_party_imports(path) -> list[tuple[str, int]]:
    """(top-level module, line) of every import that is neither evalkit's nor the standard library's."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            if top not in sys.stdlib_module_names and top not in ("__future__", "evalkit") \
                    and not _type_checking_only(node, parents):
                found.append((top, node.lineno))
    return found


MODULES = sorted(path.relative_to(ROOT).as_posix() for path in (ROOT / "evalkit").rglob("*.py"))


def test_every_import_of_the_core_is_a_core_dependency():
    core = declared(project()["dependencies"])
    providers = packages_distributions()
    missing = []
    for module in MODULES:
        if module in OPTIONAL:
            continue
        for name, line in third_party_imports(ROOT / module):
            distributions = {canonical(d) for d in providers.get(name, [])}
            if not distributions & core:
                missing.append(f"{module}:{line} imports {name} ({', '.join(sorted(distributions)) or 'not installed'})")
    assert not missing, "not in [project] dependencies:\n" + "\n".join(missing)


@pytest.mark.parametrize("module", sorted(OPTIONAL))
def test_every_import_of_an_optional_backend_comes_with_its_extras(module):
    extras = project()["optional-dependencies"]
    names = declared(project()["dependencies"]) | {BY_HAND[e] for e in OPTIONAL[module] if e in BY_HAND}
    for extra in OPTIONAL[module]:
        names |= declared(extras[extra])
    available = closure(names)
    providers = packages_distributions()
    missing = [f"{module}:{line} imports {name}" for name, line in third_party_imports(ROOT / module)
               if not {canonical(d) for d in providers.get(name, [])} & available]
    assert not missing, f"not brought in by the extras {OPTIONAL[module]}:\n" + "\n".join(missing)


def test_the_scan_sees_imports_inside_functions_and_skips_type_checking_ones(tmp_path):
    source = tmp_path / "m.py"
    source.write_text("from __future__ import annotations\nimport os, numpy.linalg\nfrom typing import TYPE_CHECKING\n"
                      "if TYPE_CHECKING:\n    import torch\nfrom . import x\nfrom evalkit import y\n"
                      "def f():\n    from threadpoolctl import threadpool_limits\n", encoding="utf-8")
    assert third_party_imports(source) == [("numpy", 2), ("threadpoolctl", 9)]
