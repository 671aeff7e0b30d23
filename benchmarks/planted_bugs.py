"""Plant bugs one at a time and see which the tests catch (issue 15's audit of its own code).

Each bug is one textual change to a module of the gate, the baseline, meta, the checks,
the reports or the code around them. For each, a copy of the checkout gets that change
alone and pytest runs the listed test files (the most likely catchers first, stopping at
the first failure); a bug is caught when a test fails, and survives when all pass. The
checkout itself is never touched.

    python3 benchmarks/planted_bugs.py [--only NAME ...]

A change whose text is no longer in its module (the code moved on) is reported as
"gone", not counted. Runs are capped (memory and time): a bug that makes a test read
/dev/zero forever counts as caught by the limit only if a test fails for it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COPIED = ("evalkit", "tests", "docs", "references", "candidates", "seeds", "examples", "README.md", "pyproject.toml")
# Run after a bug's own test files, in this order: where any of these fails, the bug is caught.
SUITE = ("tests/test_gate_decisions.py", "tests/test_gate_rules.py", "tests/test_hostile_inputs.py",
         "tests/test_output_escaping.py", "tests/test_gate_e2e.py", "tests/test_gate_config.py",
         "tests/test_gate_reports.py", "tests/test_meta.py", "tests/test_metric_plugins.py", "tests/test_robustness.py",
         "tests/test_check_untranslated_ids.py", "tests/test_properties.py", "tests/test_significance.py")
MEMORY_LIMIT = 4 * 2**30
TIMEOUT = 1500


@dataclass(frozen=True)
class Bug:
    name: str
    module: str
    old: str
    new: str
    first: tuple[str, ...] = ()  # test files most likely to catch it, run first


BUGS = [
    Bug("outputs: only report directories checked against inputs", "evalkit/outputs.py",
        "if target is not None and target == identity:",
        "if target is not None and target == identity and output.directory is not None:"),
    Bug("outputs: two outputs on one file allowed", "evalkit/outputs.py", "        if key in seen:", "        if False:"),
    Bug("gate: the baseline is an input only when it is being rewritten", "evalkit/cli.py",
        "reads_baseline = config.rules.regression is not None and not args.update_baseline",
        "reads_baseline = config.rules.regression is not None and args.update_baseline"),
    Bug("gate: $GITHUB_STEP_SUMMARY not checked", "evalkit/cli.py",
        "    if os.environ.get(STEP_SUMMARY):", "    if False:"),
    Bug("meta: the report it reads is not an input", "evalkit/cli.py",
        '*(("report", Path(args.report) / name) for name in REPORT_INPUTS)', ""),
    Bug("baseline: an edited corpus score accepted", "evalkit/baseline.py",
        "if not math.isclose(score, stored.corpus[metric], rel_tol=TOLERANCE, abs_tol=TOLERANCE):", "if False:"),
    Bug("baseline: the stored corpus score compared, not the recomputed one", "evalkit/baseline.py",
        "return BaselineSystem(name=name, corpus=corpus,", "return BaselineSystem(name=name, corpus=stored.corpus,"),
    Bug("baseline: NaN statistics accepted", "evalkit/baseline.py",
        "            if not np.isfinite(rows).all():", "            if False:"),
    Bug("baseline: rows of the wrong width accepted", "evalkit/baseline.py",
        "        if rows.shape[1] != width:", "        if False:"),
    Bug("baseline: a signature field only the current run has is ignored", "evalkit/baseline.py",
        "for key in dict.fromkeys([*old, *new]):", "for key in dict.fromkeys(old):"),
    Bug("baseline: segment ids not compared", "evalkit/baseline.py",
        "        if self.ids != result.ids:", "        if False:"),
    Bug("gate: a drop exactly at the margin fails", "evalkit/gate.py",
        "    elif drop <= margin:", "    elif drop < margin:"),
    Bug("gate: p exactly at alpha fails", "evalkit/gate.py", "    elif p >= rule.alpha:", "    elif p > rule.alpha:"),
    Bug("gate: lower-is-better metrics read the wrong way in the regression rule", "evalkit/gate.py",
        "drop = (score - base) if metric in LOWER_IS_BETTER else (base - score)",
        "drop = (base - score) if metric in LOWER_IS_BETTER else (score - base)"),
    Bug("gate: the margin is not checked before the p-value", "evalkit/gate.py",
        "    elif drop <= margin:\n", "    elif drop <= margin and p >= rule.alpha:\n"),
    Bug("gate: every operator is >=", "evalkit/gate.py", "return OPERATORS[self.op](score, self.value)",
        "return OPERATORS['>='](score, self.value)"),
    Bug("gate: numbers must match every reference", "evalkit/gate.py", "if all(differences):", "if any(differences):"),
    Bug("gate: numbers compared with the first reference only", "evalkit/gate.py", "for o in originals]",
        "for o in originals[:1]]"),
    Bug("gate: a segment counts as having text by its first reference only", "evalkit/gate.py",
        "has_text = [any(o[i].strip() for o in originals) for i in range(n)]",
        "has_text = [bool(originals[0][i].strip()) for i in range(n)]"),
    Bug("gate: a NaN threshold accepted", "evalkit/gate.py", "        if not math.isfinite(self.value):",
        "        if False:"),
    Bug("gate: an infinite margin accepted", "evalkit/gate.py", "if not (math.isfinite(value) and value >= 0):",
        "if value < 0:"),
    Bug("meta: acc_eq counts a metric tie as agreeing with any human order", "evalkit/meta.py",
        "((dh == 0) & (dm == 0))", "(dm == 0)", ("tests/test_meta.py",)),
    Bug("meta: system Pearson on ranks", "evalkit/meta.py",
        'out["sys_pearson"] = _pearson(human_sys, metric_sys)',
        'out["sys_pearson"] = _pearson(human_sys.argsort(-1).argsort(-1) * 1.0, '
        'metric_sys.argsort(-1).argsort(-1) * 1.0)', ("tests/test_meta.py",)),
    Bug("meta: resamples and seed not bounded", "evalkit/meta.py",
        "    SignificanceSettings(resamples=resamples, seed=seed)", "    pass"),
    Bug("meta: a fresh generator for each chunk of resamples", "evalkit/meta.py",
        "        draws = rng.choice(n_items", "        draws = np.random.default_rng(seed + start).choice(n_items",
        ("tests/test_meta.py",)),
    Bug("meta: a score that is a string read as a number", "evalkit/meta.py",
        "if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):",
        "if value is None:"),
    Bug("reports: the metric in <summary> not HTML-escaped", "evalkit/reports/gate_markdown.py",
        "{html_text(verdict.metrics[0])}</summary>", "{verdict.metrics[0]}</summary>"),
    Bug("github: ##[ not escaped", "evalkit/reports/github.py", r'|#(?=#\[)', ""),
    Bug("github: an annotation printed after a line's unfinished end", "evalkit/reports/github.py",
        '        if self._pending:\n            self.write("\\n")\n', ""),
    Bug("github: no guard under GitHub Actions", "evalkit/reports/github.py",
        '    return environ.get(ACTIONS) == "true"', "    return False"),
    Bug("console: emoji codes expanded", "evalkit/console.py", '        kwargs.setdefault("emoji", False)\n', ""),
    Bug("console: warnings printed as markup", "evalkit/console.py",
        'console.print(f"[bold red]WARNING[/] {shown(console, warning)}", highlight=False)',
        'console.print(f"[bold red]WARNING[/] {warning}", highlight=False)'),
    Bug("plugins: NaN and infinity accepted", "evalkit/metrics/plugin.py",
        "    if not np.isfinite(array).all():", "    if False:"),
    Bug("plugins: numbers as strings accepted", "evalkit/metrics/plugin.py",
        "    if array.dtype.kind not in _NUMERIC:", "    if array.dtype.kind == 'O':"),
    Bug("plugins: a factory's exception is evalkit's", "evalkit/metrics/plugin.py",
        "    return guarded(kind, \"its factory\", factory)(*args)", "    return factory(*args)"),
    Bug("textio: a pipe read without a limit", "evalkit/textio.py", "            if size > MAX_PIPE_BYTES:",
        "            if False:"),
    Bug("chrF: references shorter than the n-gram order crash again", "evalkit/metrics/ngram_matches.py",
        "            if not len(positions) or not len(keys):", "            if not len(positions):",
        ("tests/test_hostile_inputs.py", "tests/test_properties.py")),
    Bug("check: an untranslated sentence takes the ids of the span before it", "evalkit/checks/untranslated.py",
        "        span = span_of[j]", "        span = span_of[max(j - 1, 0)]", ("tests/test_check_untranslated_ids.py",)),
]


def run(bug: Bug, scratch: Path) -> str:
    work = scratch / "work"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, work / name, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, work / name)
    module = work / bug.module
    text = module.read_text(encoding="utf-8")
    if text.count(bug.old) != 1:
        return "gone"
    module.write_text(text.replace(bug.old, bug.new), encoding="utf-8")
    files = list(dict.fromkeys([*bug.first, *SUITE]))

    def limit() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    try:
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *files],
                              cwd=work, env={**os.environ, "PYTHONPATH": str(work)}, capture_output=True, text=True,
                              timeout=TIMEOUT, preexec_fn=limit)
    except subprocess.TimeoutExpired:
        return "caught (time limit)"
    if done.returncode == 0:
        return "survived"
    failed = [line.split(" ")[1] for line in done.stdout.splitlines() if line.startswith(("FAILED", "ERROR"))]
    return f"caught by {failed[0] if failed else 'pytest exit ' + str(done.returncode)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="names (or parts of names) of the bugs to plant")
    args = parser.parse_args()
    bugs = [b for b in BUGS if not args.only or any(part in b.name for part in args.only)]
    results = {}
    with tempfile.TemporaryDirectory(prefix="planted-") as scratch:
        for bug in bugs:
            start = time.monotonic()
            results[bug.name] = run(bug, Path(scratch))
            print(f"{results[bug.name]:<70} {time.monotonic() - start:6.0f} s  {bug.name}", flush=True)
    counted = [r for r in results.values() if r != "gone"]
    caught = sum(r.startswith("caught") for r in counted)
    print(f"\n{len(counted)} bugs planted, {caught} caught, {len(counted) - caught} survived"
          + (f" ({len(results) - len(counted)} gone)" if len(counted) < len(results) else ""))


if __name__ == "__main__":
    main()
