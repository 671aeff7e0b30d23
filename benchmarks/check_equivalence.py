"""What `evalkit check` finds on real documents, written down so that two versions of evalkit
can be compared: the draft's sentences, the alignment and the findings of each document.

    PYTHONPATH=/path/to/other/checkout python3 benchmarks/check_equivalence.py --out before.json
    PYTHONPATH=. python3 benchmarks/check_equivalence.py --out after.json
    python3 benchmarks/check_equivalence.py --compare before.json after.json

Documents (the public data in --data; embedding cache in --cache-dir, shared by both runs):

- MAC-Dev (bertalign's six novel chapters): each English chapter checked against its
  Chinese (source alone) and each Chinese chapter against its English, laid out as
  paragraphs of five sentences and as one line (20,000-36,000 characters: the sentence
  splitter reads it window by window);
- WMT21 news zh-en lines 601-1948: the Online-W system against reference A and the source,
  as paragraphs, one line and hard-wrapped; WMT21 en-zh reference B against reference A and
  the source, as paragraphs and one line;
- the document aligner alone on MAC-Dev's six chapters concatenated, once and twice over
  (1,463 x 1,951 and 2,926 x 3,902 sentences: the second is long enough for the first pass
  to search around a half-resolution path), with strict P/R/F1 against the gold.

Layouts as in check_layouts_realdata.py. The comparison prints, per document, whether the
sentences, the alignment and the findings are the same, and the differences.
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_layouts import hard_wrap  # noqa: E402

PARAGRAPH = 5
WIDTH = {"en": 60, "zh": 30}


def _lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def layout(segments: list[str], lang: str, name: str) -> str:
    joiner = "" if lang == "zh" else " "
    paragraphs = "\n\n".join(joiner.join(segments[k:k + PARAGRAPH]) for k in range(0, len(segments), PARAGRAPH))
    return {"paragraphs": paragraphs, "one line": joiner.join(segments),
            "hard-wrapped": hard_wrap(paragraphs, WIDTH[lang], lang)}[name] + "\n"


def documents(data: Path) -> list[tuple[str, str, list[str], list[str] | None, list[str], tuple[str, ...]]]:
    """(name, pair, draft segments, reference segments or None, source segments, layouts)"""
    out = []
    mac = data / "mac-dev-zhen"
    for chapter in range(1, 7):
        zh, en = _lines(mac / f"zh.00{chapter}"), _lines(mac / f"en.00{chapter}")
        out.append((f"MAC-Dev {chapter} English", "zh-en", en, None, zh, ("paragraphs", "one line")))
        out.append((f"MAC-Dev {chapter} Chinese", "en-zh", zh, None, en, ("paragraphs", "one line")))
    zhen, enzh = data / "wmt21-zhen", data / "wmt21-enzh"
    out.append(("WMT21 zh-en Online-W, lines 601-1948", "zh-en", _lines(zhen / "newstest2021.zh-en.hyp.Online-W.en")[600:],
                _lines(zhen / "newstest2021.zh-en.ref.A.en")[600:], _lines(zhen / "newstest2021.zh-en.src.zh")[600:],
                ("paragraphs", "one line", "hard-wrapped")))
    out.append(("WMT21 en-zh ref B", "en-zh", _lines(enzh / "newstest2021.en-zh.ref.B.zh"),
                _lines(enzh / "newstest2021.en-zh.ref.A.zh"), _lines(enzh / "newstest2021.en-zh.src.en"),
                ("paragraphs", "one line")))
    return out


def checks(data: Path, cache: Path) -> dict:
    from evalkit import check
    from evalkit.settings import Settings

    results = {}
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        for name, pair, draft, reference, source, layouts in documents(data):
            lang = pair[3:]
            (folder / "src.txt").write_text("".join(line + "\n" for line in source), encoding="utf-8")
            if reference is not None:
                (folder / "ref.txt").write_text("".join(line + "\n" for line in reference), encoding="utf-8")
            for name_of_layout in layouts:
                (folder / "draft.md").write_text(layout(draft, lang, name_of_layout), encoding="utf-8")
                result = check(folder / "draft.md", src=folder / "src.txt", lang=pair,
                               ref=folder / "ref.txt" if reference is not None else None,
                               settings=Settings(cache_dir=cache))
                key = f"{name}, {name_of_layout}"
                results[key] = {
                    "sentences": [[s.start, s.end] for s in result.draft.sentences],
                    "alignment": [[list(span.ids), list(span.sentences)] for span in result.spans],
                    "findings": [[f.kind, f.severity, f.start, f.end, list(f.ids), f.message] for f in result.findings],
                }
                print(f"{key}: {len(result.draft.sentences)} sentences, {len(result.findings)} findings", flush=True)
    return results


def aligner(data: Path, cache: Path) -> dict:
    import numpy as np

    from evalkit.docalign import Sentences, align, encode_sentences, vecalign_prf
    from evalkit.embed import shared_embedder

    embedder = shared_embedder("use-multilingual", cache)
    mac = data / "mac-dev-zhen"
    chapters = []
    for chapter in range(1, 7):
        gold = []
        for line in (mac / f"gold.00{chapter}.align").read_text(encoding="utf-8").splitlines():
            left, right = line.split(":")
            gold.append((tuple(ast.literal_eval(left)), tuple(ast.literal_eval(right))))
        chapters.append((encode_sentences(_lines(mac / f"zh.00{chapter}"), embedder, joiner=""),
                         encode_sentences(_lines(mac / f"en.00{chapter}"), embedder, joiner=" "), gold))
    results = {}
    for name, parts in (("MAC-Dev concatenated", chapters), ("MAC-Dev concatenated twice", chapters + chapters[::-1])):
        gold, n, m = [], 0, 0
        for left, right, beads in parts:
            gold += [(tuple(i + n for i in a), tuple(j + m for j in b)) for a, b in beads]
            n, m = n + len(left), m + len(right)
        left = Sentences(np.vstack([p[0].vectors for p in parts]), tuple(x for p in parts for x in p[0].lengths))
        right = Sentences(np.vstack([p[1].vectors for p in parts]), tuple(x for p in parts for x in p[1].lengths))
        beads = align([left], right)
        score = vecalign_prf([beads], [gold])
        results[f"aligner: {name}"] = {"alignment": [[list(b.left), list(b.right)] for b in beads],
                                       "f1": round(score.f1, 4), "precision": round(score.precision, 4),
                                       "recall": round(score.recall, 4)}
        print(f"aligner: {name} ({n} x {m}): F1 {score.f1:.4f}", flush=True)
    return results


def compare(before_path: Path, after_path: Path) -> None:
    before = json.loads(before_path.read_text(encoding="utf-8"))
    after = json.loads(after_path.read_text(encoding="utf-8"))
    same_all = 0
    for key in before:
        if key not in after:
            print(f"{key}: missing from {after_path}")
            continue
        a, b = before[key], after[key]
        parts = [part for part in ("sentences", "alignment", "findings") if part in a and a[part] != b[part]]
        if not parts:
            same_all += 1
            print(f"{key}: same" + (f" (F1 {a['f1']})" if "f1" in a else ""))
            continue
        print(f"{key}: differs in {', '.join(parts)}" + (f" (F1 {a['f1']} -> {b['f1']})" if "f1" in a else ""))
        for part in parts:
            old = {json.dumps(row) for row in a[part]}
            new = {json.dumps(row) for row in b[part]}
            print(f"  {part}: {len(old - new)} of {len(old)} only before, {len(new - old)} of {len(new)} only after")
            for row in sorted(old - new)[:5]:
                print(f"    - {row[:200]}")
            for row in sorted(new - old)[:5]:
                print(f"    + {row[:200]}")
    print(f"{same_all} of {len(before)} the same")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--cache-dir", type=Path, default=Path(tempfile.gettempdir()) / "evalkit-equivalence-cache")
    parser.add_argument("--out", type=Path, help="write this version's results here (JSON)")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        compare(*args.compare)
        return
    if not args.out:
        parser.error("give --out FILE (or --compare BEFORE AFTER)")
    if not (args.data / "wmt21-zhen").is_dir():
        parser.error(f"no public data in {args.data} (give --data, the folder of ../shared/data)")
    results = {**checks(args.data, args.cache_dir), **aligner(args.data, args.cache_dir)}
    args.out.write_text(json.dumps(results), encoding="utf-8")


if __name__ == "__main__":
    main()
