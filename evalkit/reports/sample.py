"""Which segments report.html carries. Up to `HTML_MAX_ROWS` system x segment rows, all of
them; above, the segments the page links to (each system's worst and its largest
differences from the baseline) and a seeded random sample of the rest, so the page stays
quick to open and its size bounded. The page and summary.md say so; segments.jsonl
always has every segment, and the plots and buckets are computed over all of them.
"""

from __future__ import annotations

import numpy as np

from ..analysis import Analysis
from ..scoring import ScoreResult

# report.html at 10 systems x 2,000 segments (20,000 rows) is 4.7 MB and opens in about
# 0.6 s in headless Chromium (docs/benchmarking.md)
HTML_MAX_ROWS = 20_000


def html_segments(result: ScoreResult, analysis: Analysis, seed: int) -> np.ndarray | None:
    """Indices of the segments report.html shows, ascending; None: every segment."""
    n, n_systems = len(result.ids), len(result.systems)
    if n * n_systems <= HTML_MAX_ROWS:
        return None
    linked = {ref.index for refs in analysis.worst.values() for ref in refs}
    linked |= {ref.index for difference in analysis.differences for ref in difference.segments}
    linked_indices = np.array(sorted(linked), dtype=np.int64)
    rest = np.setdiff1d(np.arange(n), linked_indices, assume_unique=True)
    size = min(len(rest), max(0, HTML_MAX_ROWS // n_systems - len(linked_indices)))
    drawn = np.random.default_rng(seed).choice(rest, size=size, replace=False)
    return np.union1d(linked_indices, drawn)


def sample_note(shown: np.ndarray, total: int, seed: int) -> str:
    """What the page and summary.md say about a sampled report.html."""
    return (f"report.html shows {len(shown):,} of {total:,} segments (each system's worst, its largest "
            f"differences from the baseline and a random sample, seed {seed}) to stay quick to open; "
            "segments.jsonl and segments.csv have every segment, and the plots and tables by length "
            "and paragraph count them all.")
