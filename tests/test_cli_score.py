from __future__ import annotations

import csv
import json

from conftest import REFSET, ROOT, write_lines

CANDIDATES = ROOT / "candidates" / "natsec-zh-en"


def test_english_reference_against_itself_is_perfect(cli, tmp_path):
    res = cli("score", "--ref", REFSET, "--lang", "zh-en", REFSET / "en.txt", "--out", tmp_path, "--metrics", "bleu,chrf")
    assert res.code == 0, res.err
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert summary["systems"][0]["corpus"] == {"bleu": 100.0, "chrf": 100.0}
    assert "100.00" in res.out


def test_shipped_candidates_rank_careful_first(cli, tmp_path):
    hyps = [CANDIDATES / f"{name}.txt" for name in ("careful", "literal-mt", "hasty-draft")]
    res = cli("score", "--ref", REFSET, "--lang", "zh-en", *hyps, "--out", tmp_path, "--metrics", "bleu,chrf")
    assert res.code == 0, res.err
    data = json.loads((tmp_path / "summary.json").read_text())
    systems = {s["name"]: s for s in data["systems"]}
    assert {name: s["corpus"] for name, s in systems.items()} == {
        "careful": {"bleu": 27.177, "chrf": 61.479},
        "literal-mt": {"bleu": 5.8423, "chrf": 42.3344},
        "hasty-draft": {"bleu": 6.9933, "chrf": 31.5883},
    }
    assert [row["system"] for row in data["leaderboard"]] == ["careful", "hasty-draft", "literal-mt"]  # by bleu
    assert systems["hasty-draft"]["n_empty"] == 2
    for name in systems:
        assert name in res.out


def test_report_files_and_schema(cli, tmp_path):
    res = cli("score", "--ref", REFSET, "--lang", "zh-en", CANDIDATES / "careful.txt", "--out", tmp_path)
    assert res.code == 0, res.err
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "report.html", "segments.csv", "segments.jsonl", "summary.json", "summary.md"
    ]
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert summary["schema"] == 1
    assert summary["reference"]["n_segments"] == 79 and len(summary["reference"]["sha256"]) == 64
    signature = summary["systems"][0]["signatures"]["bleu"]
    assert "version:" in signature and "evalkit:" in signature and "ref:" in signature and "textnorm:none" in signature
    rows = [json.loads(line) for line in (tmp_path / "segments.jsonl").read_text().splitlines()]
    assert len(rows) == 79
    assert rows[0]["id"] == "p00s00" and rows[0]["index"] == 0
    assert set(rows[0]) >= {"system", "index", "id", "src", "ref", "hyp", "bleu", "chrf"}
    with open(tmp_path / "segments.csv", encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert [r["hyp"] for r in table] == [r["hyp"] for r in rows]
    assert "| careful |" in (tmp_path / "summary.md").read_text()


def test_plain_files_multiple_references_and_names(cli, tmp_path):
    ref1 = write_lines(tmp_path / "r1.txt", ["the cat sat on the mat", "hello world"])
    ref2 = write_lines(tmp_path / "r2.txt", ["a cat sat on a mat", "hello there world"])
    hyp = write_lines(tmp_path / "h.txt", ["a cat sat on the mat", "hello world"])
    res = cli("score", "--ref", ref1, "--ref", ref2, "--name", "mine", hyp, "--out", tmp_path / "o")
    assert res.code == 0, res.err
    summary = json.loads((tmp_path / "o" / "summary.json").read_text())
    assert summary["systems"][0]["name"] == "mine"
    assert summary["systems"][0]["signatures"]["bleu"].startswith("nrefs:2|")


def test_jsonl_candidates_are_matched_by_id(cli, tmp_path):
    ids = [json.loads(line)["id"] for line in (REFSET / "segments.jsonl").read_text().splitlines()]
    en = (REFSET / "en.txt").read_text(encoding="utf-8").splitlines()
    rows = [{"id": i, "text": t} for i, t in zip(ids, en)][::-1]  # order must not matter
    hyp = tmp_path / "sys.jsonl"
    hyp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    res = cli("score", "--ref", REFSET, "--lang", "zh-en", hyp, "--out", tmp_path / "o", "--metrics", "bleu")
    assert res.code == 0, res.err
    assert json.loads((tmp_path / "o" / "summary.json").read_text())["systems"][0]["corpus"]["bleu"] == 100.0


def test_empty_segments_score_zero_and_are_counted(cli, tmp_path):
    ref = write_lines(tmp_path / "r.txt", ["one two three four", "five six seven eight"])
    src = write_lines(tmp_path / "s.txt", ["一二三四", "五六七八"])
    hyp = write_lines(tmp_path / "h.txt", ["", "five six seven eight"])
    res = cli("score", "--ref", ref, "--src", src, hyp, "--out", tmp_path / "o")
    assert res.code == 0, res.err
    rows = [json.loads(line) for line in (tmp_path / "o" / "segments.jsonl").read_text().splitlines()]
    assert rows[0]["bleu"] == rows[0]["chrf"] == rows[0]["embed"] == rows[0]["embed_src"] == 0
    assert rows[1]["embed"] == 100.0  # the reference itself
    assert json.loads((tmp_path / "o" / "summary.json").read_text())["systems"][0]["n_empty"] == 1


def test_bom_and_crlf_are_accepted(cli, tmp_path):
    ref = write_lines(tmp_path / "r.txt", ["the cat sat on the mat", "the dog lay by the door"])
    hyp = tmp_path / "h.txt"
    hyp.write_bytes("\ufeffthe cat sat on the mat\r\nthe dog lay by the door\r\n".encode("utf-8"))
    res = cli("score", "--ref", ref, hyp, "--out", tmp_path / "o", "--metrics", "bleu")
    assert res.code == 0, res.err
    assert json.loads((tmp_path / "o" / "summary.json").read_text())["systems"][0]["corpus"]["bleu"] == 100.0


def test_traditional_vs_simplified_is_loud_and_normalisable(cli, tmp_path):
    from evalkit.scripts import to_script

    zh = (REFSET / "zh.txt").read_text(encoding="utf-8").splitlines()
    hyp = write_lines(tmp_path / "simplified.txt", to_script(zh, "hans"))
    res = cli("score", "--ref", REFSET, "--lang", "en-zh", hyp, "--out", tmp_path / "a", "--metrics", "bleu")
    assert res.code == 0, res.err
    assert "SCRIPT MISMATCH" in res.out and "--zh-script hant" in res.out
    before = json.loads((tmp_path / "a" / "summary.json").read_text())
    assert before["warnings"] and before["systems"][0]["corpus"]["bleu"] == 40.9168
    res = cli("score", "--ref", REFSET, "--lang", "en-zh", hyp, "--out", tmp_path / "b", "--metrics", "bleu",
              "--zh-script", "hant")
    after = json.loads((tmp_path / "b" / "summary.json").read_text())
    assert "SCRIPT MISMATCH" not in res.out and not after["warnings"]
    assert after["systems"][0]["corpus"]["bleu"] == 98.4526
    assert "textnorm:opencc-hant" in after["systems"][0]["signatures"]["bleu"]


def test_module_entry_point_runs(tmp_path):
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "evalkit", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0 and proc.stdout.startswith("evalkit ")
