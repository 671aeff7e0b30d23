"""Which findings fail a run of `evalkit check --fail-on KIND[:SEVERITY][,...]`.

A finding fails when its kind is named and its severity is the named one or worse.
Without a severity, high and medium findings fail and low ones do not: `low` is
advisory, the severity of kinds (and of the cases of a kind) whose precision on real
machine translation was measured below 0.8 (docs/checking.md), so they never fail a
build unless asked for with `KIND:low`. `KIND:high` leaves the medium findings out too.

    kind named?  severity   KIND   KIND:high   KIND:medium   KIND:low
    no           any        pass   pass        pass          pass
    yes          high       fail   fail        fail          fail
    yes          medium     fail   pass        fail          fail
    yes          low        pass   pass        pass          fail
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping

from ..errors import ConfigError
from .findings import KINDS, SEVERITIES, Finding

DEFAULT_SEVERITY = "medium"  # the least severe finding that fails when no severity is named


@dataclass(frozen=True)
class FailOn:
    """Kind -> the least severe severity that fails; kinds not named never fail."""

    floors: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, spec: str | None) -> FailOn:
        floors: dict[str, str] = {}
        for item in (part.strip() for part in (spec or "").split(",")):
            if not item:
                continue
            kind, colon, severity = (piece.strip() for piece in item.partition(":"))
            if kind not in KINDS:
                raise ConfigError(f"--fail-on: unknown kind {kind!r}; choose from {', '.join(KINDS)}")
            if colon and severity not in SEVERITIES:
                raise ConfigError(f"--fail-on: unknown severity {severity!r} in {item!r}; "
                                  f"choose from {', '.join(SEVERITIES)}")
            if kind in floors:
                raise ConfigError(f"--fail-on: {kind} is named twice")
            floors[kind] = severity or DEFAULT_SEVERITY
        return cls(floors)

    def fails(self, finding: Finding) -> bool:
        floor = self.floors.get(finding.kind)
        return floor is not None and SEVERITIES.index(finding.severity) <= SEVERITIES.index(floor)

    def advisory(self, findings: Iterable[Finding]) -> list[Finding]:
        """Findings of the named kinds that do not fail for their severity alone."""
        return [f for f in findings if f.kind in self.floors and not self.fails(f)]

    def __bool__(self) -> bool:
        return bool(self.floors)

    def __str__(self) -> str:
        return ",".join(kind if floor == DEFAULT_SEVERITY else f"{kind}:{floor}" for kind, floor in self.floors.items())
