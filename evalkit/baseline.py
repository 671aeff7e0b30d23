"""The gate's stored baseline: what a regression is measured against.

A baseline keeps, per system and metric, the corpus score, the signature and the
per-segment sufficient statistics, so the paired test of a new run against it is
the same test as if both had been scored together. It is refused, never silently
compared, when the reference text, the segment ids, or any field of a metric's
signature (tokenizer, embedding model, normalisation, versions...) differ, and when
the file does not hold together: a number that is not finite, statistics of the wrong
shape, or a stored corpus score that is not the score of the stored statistics (a
hand-edited file). The corpus score compared is the one recomputed from the
statistics, so the drop and the paired test always read the same data.
"""

from __future__ import annotations

import json
import math
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np

from .errors import ConfigError, InputError
from .scoring import ScoreResult
from .textio import atomic_write, read_text

SCHEMA = 1
# What a signature field means, for the message that refuses a baseline.
FIELDS = {
    "ref": "reference text",
    "src": "source text",
    "tok": "tokenizer",
    "model": "embedding model",
    "textnorm": "text normalisation",
    "case": "case handling",
    "nrefs": "number of references",
    "version": "sacrebleu version",
    "evalkit": "evalkit version",
}
UPDATE_HINT = "refusing to compare; run `evalkit gate --update-baseline` to accept the new settings"
REWRITE_HINT = "refusing to compare; write it again with `evalkit gate --update-baseline`"
# How far a stored corpus score may be from the score of its statistics: float noise only.
TOLERANCE = 1e-9


@dataclass(frozen=True)
class BaselineSystem:
    name: str
    corpus: dict[str, float]
    signatures: dict[str, str]
    stats: dict[str, np.ndarray] = field(repr=False, compare=False)  # metric -> (n_segments, k)


@dataclass(frozen=True)
class Baseline:
    path: str
    reference_sha256: str
    ids: tuple[str, ...]
    systems: dict[str, BaselineSystem]

    def system_for(self, result: ScoreResult, name: str, metrics: Sequence[str]) -> BaselineSystem:
        """The stored system `name`, checked to be comparable with `result` on `metrics`."""
        if self.reference_sha256 != result.reference.sha256:
            raise ConfigError(f"{self.path}: the reference text differs from the baseline's (sha256 "
                              f"{result.reference.sha256[:12]}, baseline {self.reference_sha256[:12]}); {UPDATE_HINT}")
        if self.ids != result.ids:
            raise ConfigError(f"{self.path}: the segment ids differ from the baseline's; {UPDATE_HINT}")
        if name not in self.systems:
            raise ConfigError(f"{self.path}: no baseline for system {name!r} (it has: {', '.join(self.systems)}); "
                              "name the candidate after one of them (--name) or run `evalkit gate --update-baseline`")
        stored = self.systems[name]
        current = result.system(name)
        corpus = {}
        for metric in metrics:
            if metric not in stored.signatures:
                raise ConfigError(f"{self.path}: the baseline has no {metric} scores for {name!r}; {UPDATE_HINT}")
            _same_signature(self.path, name, metric, stored.signatures[metric], current.signatures[metric])
            corpus[metric] = self._corpus_score(result, name, metric)
        return BaselineSystem(name=name, corpus=corpus, signatures=stored.signatures, stats=stored.stats)

    def _corpus_score(self, result: ScoreResult, name: str, metric: str) -> float:
        """The corpus score of the stored statistics, refused unless it is the stored score."""
        stored = self.systems[name]
        where = f"{self.path}: {name} {metric}"
        if metric not in stored.stats:
            raise ConfigError(f"{self.path}: {name}: no {metric} statistics; {REWRITE_HINT}")
        if metric not in stored.corpus:
            raise ConfigError(f"{self.path}: {name}: no corpus {metric} score; {REWRITE_HINT}")
        rows, width = stored.stats[metric], result.system(name).stats[metric].shape[1]
        if rows.shape[1] != width:
            raise ConfigError(f"{where}: {rows.shape[1]} statistics per segment, where {metric} keeps {width}; "
                              f"{REWRITE_HINT}")
        score = float(result.scorers[metric].corpus_score(rows))
        if not math.isclose(score, stored.corpus[metric], rel_tol=TOLERANCE, abs_tol=TOLERANCE):
            raise ConfigError(f"{where}: the stored corpus score {stored.corpus[metric]:g} is not the score of its "
                              f"statistics ({score:.4f}): the file was edited or damaged; {REWRITE_HINT}")
        return score


def _fields(signature: str) -> dict[str, str]:
    return dict(part.split(":", 1) if ":" in part else (part, "") for part in signature.split("|"))


def _same_signature(path: str, system: str, metric: str, stored: str, current: str) -> None:
    old, new = _fields(stored), _fields(current)
    for key in dict.fromkeys([*old, *new]):
        if old.get(key) != new.get(key):
            what = f" ({FIELDS[key]})" if key in FIELDS else ""
            raise ConfigError(f"{path}: {system} {metric} signature field {key}{what} differs: baseline "
                              f"{key}:{old.get(key, '(absent)')}, now {key}:{new.get(key, '(absent)')}; {UPDATE_HINT}")


def baseline_from(result: ScoreResult, path: str | Path) -> Baseline:
    systems = {
        s.name: BaselineSystem(name=s.name, corpus=dict(s.corpus), signatures=dict(s.signatures), stats=dict(s.stats))
        for s in result.systems
    }
    return Baseline(path=str(path), reference_sha256=result.reference.sha256, ids=result.ids, systems=systems)


def _rows(stats: np.ndarray) -> list[list[float | int]]:
    # integral counts (BLEU, chrF, TER) as ints; floats keep their exact repr, so loading gives the same array
    return [[int(x) if float(x).is_integer() else float(x) for x in row] for row in stats.tolist()]


def dump_baseline(baseline: Baseline) -> str:
    """JSON with the ids and each row of statistics on one line, so the file stays readable
    and a re-baseline diffs line by line."""
    from . import __version__

    compact: dict[str, str] = {}
    nonce = secrets.token_hex(8)

    def one_line(value: list) -> str:
        key = f"\x00{nonce}:{len(compact)}"  # a placeholder no real text serialises to
        compact[json.dumps(key)] = json.dumps(value, ensure_ascii=False)
        return key

    _check_finite(baseline)
    data = {
        "schema": SCHEMA,
        "evalkit": __version__,
        "reference_sha256": baseline.reference_sha256,
        "ids": one_line(list(baseline.ids)),
        "systems": {
            name: {
                "corpus": system.corpus,
                "signatures": system.signatures,
                "stats": {metric: [one_line(row) for row in _rows(rows)] for metric, rows in system.stats.items()},
            }
            for name, system in baseline.systems.items()
        },
    }
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return re.sub(r'"\\u0000[0-9a-f]+:\d+"', lambda m: compact.get(m.group(0), m.group(0)), text) + "\n"


def _check_finite(baseline: Baseline) -> None:
    """Refuse NaN and infinity in a baseline, written or read: no comparison with them means anything."""
    for system in baseline.systems.values():
        for metric, value in system.corpus.items():
            if not math.isfinite(value):
                raise InputError(f"{baseline.path}: {system.name} {metric}: corpus score {value} is not finite")
        for metric, rows in system.stats.items():
            if not np.isfinite(rows).all():
                raise InputError(f"{baseline.path}: {system.name} {metric}: statistics that are not finite "
                                 "(NaN or infinity)")


def write_baseline(baseline: Baseline) -> Path:
    atomic_write(baseline.path, dump_baseline(baseline))
    return Path(baseline.path)


def load_baseline(path: str | Path) -> Baseline:
    """The baseline in `path`; any fault of the file is one InputError that says how to write one."""
    try:
        return _load(path)
    except InputError as exc:
        raise InputError(f"{exc}; write it with `evalkit gate --update-baseline`") from None


def _load(path: str | Path) -> Baseline:
    text = read_text(path, max_line=None)  # JSON, not segments: a baseline of any size loads
    try:
        data = json.loads(text)
        if data.get("schema") != SCHEMA:
            raise InputError(f"{path}: unsupported baseline schema {data.get('schema')!r} (this evalkit writes {SCHEMA})")
        systems = {
            name: BaselineSystem(
                name=name,
                corpus={m: _number(v) for m, v in entry["corpus"].items()},
                signatures=dict(entry["signatures"]),
                stats={m: np.asarray(rows, dtype=np.float64).reshape(len(rows), -1) for m, rows in entry["stats"].items()},
            )
            for name, entry in data["systems"].items()
        }
        baseline = Baseline(path=str(path), reference_sha256=data["reference_sha256"],
                            ids=tuple(str(i) for i in data["ids"]), systems=systems)
    except (json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(f"{path}: not an evalkit baseline ({type(exc).__name__}: {exc})") from None
    for system in baseline.systems.values():
        for metric, rows in system.stats.items():
            if len(rows) != len(baseline.ids):
                raise InputError(f"{path}: {system.name} {metric}: {len(rows)} rows of statistics for "
                                 f"{len(baseline.ids)} segments")
    _check_finite(baseline)
    return baseline


def _number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"a corpus score is a number, not {value!r}")
    return float(value)

