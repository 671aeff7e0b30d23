"""The hand labels that benchmarks/numbers_realdata.py measures the numbers guard against.

Both files parse, every row names a set the benchmark knows, a system that set is read for,
a line it has and a verdict with its reason; WMT22's labels stay in their own file (a blind
set: whoever develops the guard on the other sets need not read them); and a segment
labelled twice, in one file or across the two, is refused rather than silently counted once.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import numbers_realdata as realdata

FILES = (realdata.LABELS, realdata.LABELS_WMT22)
HEADER = ["set", "line", "system", "error", "reason"]
# The sets read for fixed systems (WMT23's rows are its 10 rated systems, whatever they are called)
SYSTEMS = {
    "zhen-dev": (*realdata.SYSTEMS, *realdata.ADDED_SYSTEMS["zhen-dev"]),
    "enzh": (*realdata.SYSTEMS, *realdata.ADDED_SYSTEMS["enzh"]),
    "ted-zhen": realdata.SYSTEMS,
    "zhen-heldout": realdata.SYSTEMS,
    **realdata.WMT22_SYSTEMS,
}


def _rows(path: Path) -> tuple[list[str] | None, list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return reader.fieldnames, list(reader)


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_every_row_names_a_known_set_system_line_and_verdict(path):
    header, rows = _rows(path)
    assert header == HEADER
    assert rows
    for row in rows:
        where = f"{path.name}: {row}"
        assert row["set"] in realdata.SETS, where
        assert row["system"] in SYSTEMS.get(row["set"], (row["system"],)), where
        assert row["line"].isdigit() and int(row["line"]) >= 1, where
        assert row["error"] in ("true", "false"), where
        assert row["reason"].strip(), where
        assert None not in row, where  # a stray tab in a reason would make an extra column


def test_wmt22_labels_are_in_their_own_file_and_on_its_lines():
    _, development = _rows(realdata.LABELS)
    assert not [row for row in development if row["set"] in realdata.WMT22_SYSTEMS]
    _, blind = _rows(realdata.LABELS_WMT22)
    assert {row["set"] for row in blind} == set(realdata.WMT22_SYSTEMS)
    for row in blind:
        assert int(row["line"]) <= realdata.WMT22_LINES[row["set"]], row


def test_the_files_read_together_hold_every_row_once():
    labels = realdata.read_labels(*FILES)
    assert len(labels) == sum(len(_rows(path)[1]) for path in FILES)
    assert all(isinstance(label.error, bool) for label in labels.values())


def _write(path: Path, *rows: str) -> Path:
    path.write_text("\t".join(HEADER) + "\n" + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def test_a_segment_labelled_in_both_files_is_refused(tmp_path):
    first = _write(tmp_path / "a.tsv", "wmt22-enzh\t29\tOnline-B\ttrue\t6 decades as 6 years")
    second = _write(tmp_path / "b.tsv", "wmt22-enzh\t29\tOnline-B\tfalse\tsame")
    assert len(realdata.read_labels(first)) == 1
    with pytest.raises(SystemExit, match="labelled twice"):
        realdata.read_labels(first, second)


def test_a_verdict_other_than_true_or_false_is_refused(tmp_path):
    labels = _write(tmp_path / "a.tsv", "wmt22-zhen\t117\tLan-Bridge\tTrue\tthe list's 2. dropped")
    with pytest.raises(SystemExit, match="true or false"):
        realdata.read_labels(labels)


def _wmt22_folder(root: Path, lines: int, short: str = "") -> Path:
    """A folder laid out like WMT22's txt/ (made-up text, `lines` lines per file; `short` one line fewer)."""
    files = {"sources/generaltest2022.zh-en.src.zh": "源{}", "sources/generaltest2022.en-zh.src.en": "source {}"}
    for ref in "AB":
        files[f"references/generaltest2022.zh-en.ref.{ref}.en"] = f"reference {ref} {{}}"
        files[f"references/generaltest2022.en-zh.ref.{ref}.zh"] = f"参考{ref}{{}}"
    for name, systems in realdata.WMT22_SYSTEMS.items():
        target = "en" if name == "wmt22-zhen" else "zh"
        for system in systems:
            files[f"system-outputs/generaltest2022.{name[6:8]}-{name[8:]}.hyp.{system}.{target}"] = f"{system} {{}}"
    for path, line in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        count = lines - 1 if path == short else lines
        (root / path).write_text("".join(line.format(n) + "\n" for n in range(1, count + 1)), encoding="utf-8")
    return root


def test_wmt22_is_read_line_by_line_for_its_fixed_systems(tmp_path, monkeypatch):
    monkeypatch.setattr(realdata, "WMT22_LINES", {"wmt22-zhen": 3, "wmt22-enzh": 2})
    zhen = realdata.load_items(tmp_path, ["wmt22-zhen"], None, _wmt22_folder(tmp_path, 3))
    assert [(i.line, i.system) for i in zhen] == [(n, s) for s in ("Lan-Bridge", "Online-B") for n in (1, 2, 3)]
    second = zhen[1]
    assert (second.source, second.references, second.candidate) == ("源2", ("reference A 2", "reference B 2"),
                                                                     "Lan-Bridge 2")
    assert (second.source_lang, second.target_lang, second.modes) == ("zh", "en", realdata.MODES)
    # en-zh has 3 lines here, not the 2 expected: another version of the test set is refused
    with pytest.raises(SystemExit, match="not the 2 lines"):
        realdata.load_items(tmp_path, ["wmt22-enzh"], None, tmp_path)


def test_wmt22_files_of_different_lengths_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(realdata, "WMT22_LINES", {"wmt22-zhen": 3, "wmt22-enzh": 3})
    folder = _wmt22_folder(tmp_path, 3, short="references/generaltest2022.zh-en.ref.B.en")
    assert len(realdata.load_items(tmp_path, ["wmt22-enzh"], None, folder)) == 3
    with pytest.raises(SystemExit, match="Lan-Bridge"):
        realdata.load_items(tmp_path, ["wmt22-zhen"], None, folder)
