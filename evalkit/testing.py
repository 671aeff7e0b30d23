"""Translation quality in a project's own pytest suite.

    from evalkit.testing import assert_translation_quality

    def test_ui_strings_keep_their_quality():
        assert_translation_quality(
            {"ui": load("ui.zh.txt")}, references=load("ui.reference.zh.txt"), sources=load("ui.en.txt"),
            lang="en-zh", metrics=["chrf"],
            rules={"floors": {"chrf": ">= 50"}, "segments": {"empty": True, "numbers": True, "script": True}},
        )

`rules` has the shape of the configuration file's [rules] table (docs/gating.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping, Sequence

from .baseline import load_baseline
from .config import parse_rules
from .gate import Rules, Verdict, check
from .reports.gate_text import verdict_text
from .scoring import score_texts
from .settings import Settings

MAX_SEGMENTS = 10  # failing segments listed in the message


def assert_translation_quality(
    candidates: Mapping[str, Sequence[str]] | Sequence[str],
    *,
    rules: Rules | Mapping[str, Any],
    references: Sequence[str] | Sequence[Sequence[str]] | None = None,
    sources: Sequence[str] | None = None,
    ids: Sequence[str] | None = None,
    lang: str | None = None,
    baseline: str | Path | None = None,
    settings: Settings | None = None,
    **options: Any,
) -> Verdict:
    """Score texts in memory and check the rules; raise AssertionError listing the rules
    and the worst failing segments when any rule fails, else return the verdict.

    `candidates` is one list of segments or several by system name; `baseline` is a
    file written by `evalkit gate --update-baseline` (needed by a regression rule);
    `options` change single settings, as in `evalkit.score_texts`.
    """
    __tracebackhide__ = True  # pytest shows the assertion, not this frame
    if not isinstance(rules, Rules):
        rules = parse_rules(rules)
    if not isinstance(candidates, Mapping):
        candidates = {"candidate": candidates}
    result = score_texts(candidates, references=references, sources=sources, ids=ids, lang=lang, settings=settings,
                         **options)
    verdict = check(result, rules, load_baseline(baseline) if baseline is not None else None)
    if not verdict.passed:
        raise AssertionError("translation quality gate failed\n" + verdict_text(verdict, max_findings=MAX_SEGMENTS))
    return verdict
