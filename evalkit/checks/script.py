"""`script`: Simplified characters in a Traditional draft, or the reverse (OpenCC).

A character is out of place when OpenCC's character table maps it to other characters
only: 国 has just 國 as Traditional form, so 国 in a Traditional draft is Simplified;
征 may stay 征 (新征程) or become 徵, so it is fine in either script. For a Traditional
target, forms that Taiwan or Hong Kong keep (群, 台) are accepted too. The expected
script is `--zh-script` when given, else the reference's, else the draft's majority.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..scripts import SCRIPTS
from .findings import Finding
from .job import CheckJob

_TABLES = {"hant": "STCharacters.txt", "hans": "TSCharacters.txt"}  # the other script -> the target's candidates
_REGIONAL = {"hant": ("s2tw", "s2hk"), "hans": ()}


@lru_cache(maxsize=2)
def _candidates(target: str) -> dict[str, tuple[str, ...]]:
    """OpenCC's table from the other script's characters to the target script's candidates."""
    import opencc

    table = Path(opencc.__file__).parent / "dictionary" / _TABLES[target]
    found = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        found[source] = tuple(targets.split())
    return found


@lru_cache(maxsize=2)
def _regional(config: str):
    from opencc import OpenCC

    return OpenCC(config)


def misplaced(char: str, target: str) -> str | None:
    """The target-script form of a character that does not belong in the target script, else None."""
    candidates = _candidates(target).get(char)
    if not candidates or char in candidates:
        return None
    if any(_regional(config).convert(char) == char for config in _REGIONAL[target]):
        return None
    return candidates[0]


def script(job: CheckJob) -> list[Finding]:
    if job.target_script is None:
        return []
    span_of = {j: span for span in job.spans for j in span.sentences}
    other = SCRIPTS["hans" if job.target_script == "hant" else "hant"]
    findings = []
    for j, sentence in enumerate(job.draft.sentences):
        wrong = [(i, char, form) for i, char in enumerate(sentence.text)
                 if (form := misplaced(char, job.target_script)) is not None]
        if not wrong:
            continue
        shown = ", ".join(f"{char} ({form})" for _, char, form in wrong[:8]) + (" …" if len(wrong) > 8 else "")
        findings.append(Finding(
            "script", "medium", f"{other} characters in a {SCRIPTS[job.target_script]} draft: {shown}",
            span_of[j].ids, sentence.start + wrong[0][0], sentence.start + wrong[-1][0] + 1, badness=len(wrong),
            details={"characters": [char for _, char, _ in wrong], "expected": [form for _, _, form in wrong]},
        ))
    return findings
