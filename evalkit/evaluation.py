"""The whole job of `evalkit score` from Python: scores, leaderboard, analysis, report files.

    result = evalkit.score([...], ref=..., lang="zh-en")      # or score_texts / score_task
    evaluation = evalkit.evaluate(result)
    evaluation.leaderboard.cell("careful", "bleu").ci
    evaluation.analysis.worst["careful"]
    evaluation.write("reports/demo")

The leaderboard is resampled with the significance settings the result was scored
with, once, when first asked for; `evalkit score` goes through the same object.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .analysis import Analysis, analyse
from .reports import write_reports
from .scoring import ScoreResult
from .significance import Leaderboard, build_leaderboard


@dataclass(frozen=True)
class Evaluation:
    result: ScoreResult

    @cached_property
    def leaderboard(self) -> Leaderboard:
        return build_leaderboard(self.result, self.result.settings.significance, jobs=self.result.settings.jobs)

    @cached_property
    def analysis(self) -> Analysis:
        return analyse(self.result, baseline=self.leaderboard.baseline)

    def write(self, out_dir: str | Path) -> list[Path]:
        """summary.json, summary.md, report.html, segments.jsonl and segments.csv, written together."""
        return write_reports(self.result, out_dir, leaderboard=self.leaderboard, analysis=self.analysis)


def evaluate(result: ScoreResult) -> Evaluation:
    """Rank, test and analyse a scored result (lazily: each part is computed when first used)."""
    return Evaluation(result)
