"""What a check reports: one concrete problem in the draft, with where it is and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KINDS = ("omission", "addition", "untranslated", "numbers", "placeholders", "terminology", "script", "weak",
         "negation", "names", "order", "clause-omission", "clause-addition")
SEVERITIES = ("high", "medium", "low")


@dataclass(frozen=True)
class Finding:
    kind: str  # one of KINDS
    severity: str  # one of SEVERITIES
    message: str  # one line a translator understands
    ids: tuple[str, ...] = ()  # reference segment ids (source line numbers without a reference set)
    start: int = 0  # character span in the draft; an omission marks where the text is missing (start == end)
    end: int = 0
    badness: float = 0.0  # orders findings of one kind and severity, worst first
    details: dict[str, Any] = field(default_factory=dict)  # the evidence, for findings.jsonl

    def sort_key(self) -> tuple[int, int, float, int]:
        return SEVERITIES.index(self.severity), KINDS.index(self.kind), -self.badness, self.start


def worst_first(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=Finding.sort_key)
