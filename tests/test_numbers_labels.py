"""The hand labels that benchmarks/numbers_realdata.py measures the numbers guard against.

The files parse, every row names a set the benchmark knows, a system that set is read for,
a line it has and a verdict with its reason; WMT22's and WMT23 general's labels stay in files
of their own (blind sets: whoever develops the guard on the other sets need not read them); and
a segment labelled twice, in one file or across several, is refused rather than silently
counted once. The WMT23 general test is read without the lines Google's MQM file rates.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import numbers_realdata as realdata

FILES = (realdata.LABELS, realdata.LABELS_WMT22, realdata.LABELS_WMT23B)
HEADER = ["set", "line", "system", "error", "reason"]
# The sets read for fixed systems (WMT23's rows are its 10 rated systems, whatever they are called)
SYSTEMS = {
    "zhen-dev": (*realdata.SYSTEMS, *realdata.ADDED_SYSTEMS["zhen-dev"]),
    "enzh": (*realdata.SYSTEMS, *realdata.ADDED_SYSTEMS["enzh"]),
    "ted-zhen": realdata.SYSTEMS,
    "zhen-heldout": realdata.SYSTEMS,
    **realdata.WMT22_SYSTEMS,
    **realdata.WMT23B_SYSTEMS,
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


def test_wmt23b_labels_are_in_their_own_file_and_on_its_lines():
    _, others = _rows(realdata.LABELS)
    _, wmt22 = _rows(realdata.LABELS_WMT22)
    assert not [row for row in others + wmt22 if row["set"] in realdata.WMT23B_SYSTEMS]
    _, blind = _rows(realdata.LABELS_WMT23B)
    assert {row["set"] for row in blind} == set(realdata.WMT23B_SYSTEMS)
    for row in blind:
        assert int(row["line"]) <= realdata.WMT23B_LINES[row["set"]], row


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


def _wmt23b_folder(root: Path, lines: int, short: str = "") -> Path:
    """A folder laid out like WMT23's txt/ (made-up text, `lines` lines per file; `short` one line fewer)."""
    files = {"sources/generaltest2023.zh-en.src.zh": "源 {} 句", "sources/generaltest2023.en-zh.src.en": "source {}",
             "references/generaltest2023.zh-en.ref.refA.en": "reference {}",
             "references/generaltest2023.en-zh.ref.refA.zh": "参考{}"}
    for name, systems in realdata.WMT23B_SYSTEMS.items():
        pair, target = ("zh-en", "en") if name == "wmt23b-zhen" else ("en-zh", "zh")
        for system in systems:
            files[f"system-outputs/generaltest2023.{pair}.hyp.{system}.{target}"] = f"{system} {{}}"
    for path, line in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        count = lines - 1 if path == short else lines
        (root / path).write_text("".join(line.format(n) + "\n" for n in range(1, count + 1)), encoding="utf-8")
    return root


def _mqm(path: Path, *sources: str) -> Path:
    """A made-up MQM file: only its sources matter here (the rated lines are left out)."""
    rows = [f"sys\t{n}\tdoc\t{source}\ttarget\tAccuracy" for n, source in enumerate(sources, 1)]
    path.write_text("system\tglobalSegId\tdoc\tsource\ttarget\tcategory\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def wmt23b(tmp_path, monkeypatch):
    monkeypatch.setattr(realdata, "WMT23B_LINES", {"wmt23b-zhen": 6, "wmt23b-enzh": 6})
    monkeypatch.setattr(realdata, "WMT23B_RATED", 2)
    monkeypatch.setattr(realdata, "WMT23B_FIRST", 3)
    return _wmt23b_folder(tmp_path / "txt", 6)


def test_wmt23b_leaves_out_the_mqm_rated_lines_and_keeps_the_first_n_of_the_rest(tmp_path, wmt23b):
    # the MQM file drops the spaces txt/ has: line 2 is rated all the same; line 4 by its stripped text
    mqm = _mqm(tmp_path / "mqm.tsv", "源2句", " 源 4 句 ")
    zhen = realdata.load_items(tmp_path, ["wmt23b-zhen"], mqm, None, wmt23b)
    assert [(i.line, i.system) for i in zhen] == [(n, s) for s in ("ONLINE-W", "Lan-BridgeMT") for n in (1, 3, 5)]
    third = zhen[1]
    assert (third.source, third.references, third.candidate) == ("源 3 句", ("reference 3",), "ONLINE-W 3")
    assert (third.source_lang, third.target_lang, third.modes) == ("zh", "en", realdata.MODES)
    enzh = realdata.load_items(tmp_path, ["wmt23b-enzh"], mqm, None, wmt23b)  # nothing rated in en-zh
    assert [(i.line, i.system, i.source_lang) for i in enzh] == [(n, "ONLINE-B", "en") for n in (1, 2, 3)]


def test_wmt23b_zhen_needs_the_mqm_file_that_is_its_development_data(tmp_path, wmt23b, capsys):
    assert realdata.load_items(tmp_path, ["wmt23b-zhen", "wmt23b-enzh"], None, None, wmt23b)[0].set == "wmt23b-enzh"
    assert "wmt23b-zhen is left out" in capsys.readouterr().err
    with pytest.raises(SystemExit, match="not the 2 lines"):  # another MQM file: another exclusion
        realdata.load_items(tmp_path, ["wmt23b-zhen"], _mqm(tmp_path / "mqm.tsv", "源 2 句"), None, wmt23b)


def test_wmt23b_files_of_other_lengths_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(realdata, "WMT23B_LINES", {"wmt23b-zhen": 3, "wmt23b-enzh": 4})
    monkeypatch.setattr(realdata, "WMT23B_RATED", 0)
    mqm = _mqm(tmp_path / "mqm.tsv", "no such line")
    with pytest.raises(SystemExit, match="not the 4 lines"):  # en-zh has 3 lines here: another version
        realdata.load_items(tmp_path, ["wmt23b-enzh"], mqm, None, _wmt23b_folder(tmp_path / "a", 3))
    short = _wmt23b_folder(tmp_path / "b", 3, short="system-outputs/generaltest2023.zh-en.hyp.Lan-BridgeMT.en")
    with pytest.raises(SystemExit, match="Lan-BridgeMT"):
        realdata.load_items(tmp_path, ["wmt23b-zhen"], mqm, None, short)
    short = _wmt23b_folder(tmp_path / "c", 3, short="references/generaltest2023.zh-en.ref.refA.en")
    with pytest.raises(SystemExit, match="not the 3 lines"):
        realdata.load_items(tmp_path, ["wmt23b-zhen"], mqm, None, short)


def test_the_blind_wmt23_sets_are_not_in_the_columns_the_severities_are_chosen_on():
    def item(name: str, system: str) -> realdata.Item:
        return realdata.Item(name, 1, system, "源", ("ref",), "candidate", "zh", "en")

    items = [item("wmt23-dev", "ONLINE-A"), item("wmt23-test", "ONLINE-A"), item("wmt23b-zhen", "ONLINE-W"),
             item("wmt23b-enzh", "ONLINE-B"), item("zhen-dev", "NiuTrans"), item("zhen-dev", "Online-W")]
    columns = {name: {i.set for i in group} for name, _, group in realdata.case_columns(items)}
    assert columns["round 1, unseen"] == {"wmt23-dev", "wmt23-test", "zhen-dev"}
    assert columns["now"] == {"wmt23-dev", "wmt23-test", "zhen-dev"}
    assert columns["WMT23 general zh-en"] == {"wmt23b-zhen"} and columns["WMT23 general en-zh"] == {"wmt23b-enzh"}
