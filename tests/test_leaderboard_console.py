"""Issue 11, item 17: the terminal leaderboard never cuts a name, score, interval, p-value
or rank, whatever the width; narrow terminals get one row per system and metric."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from rich.console import Console

import evalkit
from evalkit.console import leaderboard_table, print_score
from evalkit.reports.markdown import leaderboard_cell
from evalkit.settings import SignificanceSettings
from evalkit.significance import build_leaderboard

from conftest import REFSET, ROOT, write_lines

CANDIDATES = ROOT / "candidates" / "natsec-zh-en"
# 8 systems derived from the shipped candidates, with names too long for one column per metric in 80
NAMES = ["zh-en.careful", "zh-en.literal-mt", "zh-en.hasty-draft", "zh-en.careful-lowercased",
         "zh-en.careful-then-literal", "zh-en.literal-then-careful", "zh-en.careful-no-commas",
         "zh-en.hasty-fixed-by-careful"]


def eight_systems(folder: Path) -> list[Path]:
    careful, literal, hasty = ((CANDIDATES / f"{n}.txt").read_text(encoding="utf-8").splitlines()
                               for n in ("careful", "literal-mt", "hasty-draft"))
    texts = [careful, literal, hasty, [line.lower() for line in careful], careful[:40] + literal[40:],
             literal[:40] + careful[40:], [line.replace(",", "") for line in careful],
             [h if h.strip() else c for h, c in zip(hasty, careful)]]
    return [write_lines(folder / f"{name}.txt", lines) for name, lines in zip(NAMES, texts)]


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    paths = eight_systems(tmp_path_factory.mktemp("eight"))
    # all default metrics; names given, since by default the shared "zh-en." would be stripped
    result = evalkit.score(paths, ref=REFSET, lang="zh-en", names=NAMES)
    board = build_leaderboard(result, SignificanceSettings(resamples=200))
    return result, board


def render(result, board, width: int) -> str:
    buffer = io.StringIO()
    print_score(Console(file=buffer, width=width, color_system=None), result, board)
    return buffer.getvalue()


def test_all_default_metrics_are_on_the_board(scored):
    result, board = scored
    assert board.metrics == ("bleu", "chrf", "embed", "embed_src")
    assert [s.name for s in result.systems] == NAMES


def test_at_80_columns_nothing_is_cut(scored):
    result, board = scored
    text = render(result, board, 80)
    lines = text.splitlines()
    assert "…" not in text
    assert max(len(line) for line in lines) <= 80
    rows = [[cell.strip() for cell in line.strip("│").split("│")] for line in lines if line.startswith("│")]
    for system in board.order:
        [start] = [i for i, row in enumerate(rows) if row[1] == system]  # the whole name, on one line
        rank = board.cell(system, "bleu").cluster
        assert rows[start][0] == str(rank)
        for k, metric in enumerate(board.metrics):
            score, p = leaderboard_cell(board, system, metric)
            arrow = "↓" if metric == "ter" else "↑"
            assert rows[start + k][2:] == [f"{metric} {arrow}", score, p], rows[start + k]
    daggers = sum(leaderboard_cell(board, s, m)[1].endswith("†") for s in board.order for m in board.metrics)
    assert daggers > 0 and text.count("†") == daggers + 1  # every marked p-value, and the legend


def test_a_name_longer_than_the_column_folds_onto_more_lines():
    long_name = "a-very-long-system-name-from-a-very-long-file-stem-2021.zh-en.hyp.Borderline"
    renamed = evalkit.score([CANDIDATES / "careful.txt", CANDIDATES / "hasty-draft.txt"], ref=REFSET, lang="zh-en",
                            names=["careful", long_name], metrics=["bleu", "chrf", "embed"])
    small_board = build_leaderboard(renamed, SignificanceSettings(resamples=100))
    text = render(renamed, small_board, 60)
    assert "…" not in text
    column = [line.split("│")[2].strip() for line in text.splitlines() if line.startswith("│")]
    assert len([piece for piece in column if piece]) > 3  # folded onto several lines
    assert "".join(column) == "careful" + long_name + "2 empty"  # every character, in order, then its empty count


@pytest.mark.parametrize("width", [40, 60, 100])
def test_narrow_and_wide_terminals_show_every_number(scored, width):
    result, board = scored
    text = render(result, board, width)
    assert "…" not in text
    assert max(len(line) for line in text.splitlines()) <= width
    flat = re.sub(r"\s+", " ", text)
    for system in board.order:
        for metric in board.metrics:
            score, p = leaderboard_cell(board, system, metric)
            assert score in flat and p in flat


def test_a_board_that_fits_keeps_one_row_per_system(scored):
    result, board = scored
    table = leaderboard_table(Console(file=io.StringIO(), width=250), result, board)
    assert [column.header for column in table.columns][:2] == ["#", "system"] and table.row_count == 8
    narrow = leaderboard_table(Console(file=io.StringIO(), width=80), result, board)
    assert [column.header for column in narrow.columns] == ["#", "system", "metric", "score", "p"]
    assert narrow.row_count == 8 * 4
