"""summary.json and the per-segment rows, as plain data."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, Iterator

from ..scoring import ScoreResult

SCHEMA = 1


def summary(result: ScoreResult) -> dict[str, Any]:
    from .. import __version__

    return {
        "schema": SCHEMA,
        "evalkit": __version__,
        "reference": asdict(result.reference),
        "reference_free": result.reference_free,
        "metrics": list(result.metrics),
        "normalisation": result.normalisation,
        "warnings": list(result.warnings),
        "systems": [
            {
                "name": system.name,
                "path": system.path,
                "n_segments": len(system.hypotheses),
                "n_empty": system.n_empty,
                "n_untranslated": system.n_untranslated,
                "corpus": {name: round(value, 4) for name, value in system.corpus.items()},
                "signatures": system.signatures,
            }
            for system in result.systems
        ],
    }


def segment_rows(result: ScoreResult) -> Iterator[dict[str, Any]]:
    """One row per system x segment, in reference order within each system, made as they
    are read (the segment files are streamed)."""
    for system in result.systems:
        untranslated = set(system.untranslated)
        scores = {name: system.segments[name].tolist() for name in result.metrics}  # Python floats: round()
        for index, segment_id in enumerate(result.ids):
            row: dict[str, Any] = {
                "system": system.name,
                "index": index,
                "id": segment_id,
                "src": result.sources[index] if result.sources is not None else None,
                "ref": result.references[0][index] if result.references else None,
                "hyp": system.hypotheses[index],
                "untranslated": index in untranslated,
            }
            for name in result.metrics:
                row[name] = round(scores[name][index], 4)
            yield row
