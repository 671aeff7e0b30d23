"""False additions and omissions from layout alone, on real translations laid out as translators do.

A real translation is checked once with one segment (or sentence) per line and then laid
out otherwise (benchmarks/draft_layouts.py): paragraphs of five segments, the paragraphs
hard-wrapped (60 characters for English, 30 for Chinese), each paragraph's sentences as a
bullet list, and as a numbered list. The text is the same in every layout, so whatever
`addition` and `omission` findings a layout adds to the first are false alarms caused by
reading the layout.

- WMT21 news zh-en: reference A as the draft, checked against the source (lines 601-1948;
  lines 1-600 are held out and printed apart);
- WMT21 news en-zh: reference B as the draft, against reference A and the source;
- MAC-Dev: the six English chapters against their Chinese (source alone), and the Chinese
  chapters against the English.

    PYTHONPATH=. python3 benchmarks/check_layouts_realdata.py [--data ../shared/data]

Run it with another checkout's evalkit first on PYTHONPATH to see that code's numbers.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from draft_layouts import as_list, hard_wrap

from evalkit import check

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPH = 5  # segments per paragraph
WIDTH = {"en": 60, "zh": 30}


def layouts(segments: list[str], lang: str) -> dict[str, str]:
    joiner = "" if lang == "zh" else " "
    paragraphs = "\n\n".join(joiner.join(s for s in segments[k:k + PARAGRAPH] if s.strip())
                             for k in range(0, len(segments), PARAGRAPH))
    return {
        "one per line": "\n".join(segments) + "\n",
        "paragraphs": paragraphs + "\n",
        "hard-wrapped": hard_wrap(paragraphs, WIDTH[lang], lang) + "\n",
        "bullets": as_list(paragraphs, lang) + "\n",
        "numbered": as_list(paragraphs, lang, numbered=True) + "\n",
        "wrapped bullets": hard_wrap(as_list(paragraphs, lang), WIDTH[lang], lang) + "\n",
    }


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")[:-1]


def jobs(data: Path) -> list[tuple[str, str, list[str], list[str] | None, list[str]]]:
    """(name, pair, draft segments, reference segments or None, source segments)"""
    out = []
    zhen = data / "wmt21-zhen"
    src, ref = _lines(zhen / "newstest2021.zh-en.src.zh"), _lines(zhen / "newstest2021.zh-en.ref.A.en")
    out.append(("WMT21 zh-en ref A, lines 601-1948", "zh-en", ref[600:], None, src[600:]))
    out.append(("WMT21 zh-en ref A, lines 1-600 (held out)", "zh-en", ref[:600], None, src[:600]))
    enzh = data / "wmt21-enzh"
    out.append(("WMT21 en-zh ref B vs ref A", "en-zh", _lines(enzh / "newstest2021.en-zh.ref.B.zh"),
                _lines(enzh / "newstest2021.en-zh.ref.A.zh"), _lines(enzh / "newstest2021.en-zh.src.en")))
    mac = data / "mac-dev-zhen"
    for chapter in range(1, 7):
        zh, en = _lines(mac / f"zh.00{chapter}"), _lines(mac / f"en.00{chapter}")
        out.append((f"MAC-Dev {chapter} English", "zh-en", en, None, zh))
        out.append((f"MAC-Dev {chapter} Chinese", "en-zh", zh, None, en))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--layouts", help="comma-separated layouts to run (default: all)")
    args = parser.parse_args()
    if not (args.data / "wmt21-zhen").is_dir():
        parser.error(f"no public data in {args.data} (give --data, the folder of ../shared/data)")
    names = args.layouts.split(",") if args.layouts else list(layouts(["x"], "en"))
    print("additions / omissions (high) per layout; draft sentences read in parentheses")
    print(f"{'draft':<42} {'segments':>8} " + " ".join(f"{name:>18}" for name in names))
    totals = {name: [0, 0] for name in names}
    with tempfile.TemporaryDirectory() as work:
        for name, pair, draft, reference, source in jobs(args.data):
            lang = pair[3:]
            work_dir = Path(work)
            (work_dir / "src.txt").write_text("\n".join(source) + "\n", encoding="utf-8")
            if reference is not None:
                (work_dir / "ref.txt").write_text("\n".join(reference) + "\n", encoding="utf-8")
            cells = []
            for layout, text in ((name, layouts(draft, lang)[name]) for name in names):
                (work_dir / "draft.md").write_text(text, encoding="utf-8")
                result = check(work_dir / "draft.md", src=work_dir / "src.txt", lang=pair,
                               ref=work_dir / "ref.txt" if reference is not None else None,
                               kinds=("omission", "addition"))
                additions = sum(1 for f in result.findings if f.kind == "addition" and f.severity == "high")
                omissions = sum(1 for f in result.findings if f.kind == "omission" and f.severity == "high")
                if "held out" not in name:
                    totals[layout][0] += additions
                    totals[layout][1] += omissions
                cells.append(f"{additions:>4} / {omissions:<4}({len(result.draft.sentences):>5})")
            print(f"{name:<42} {len(draft):>8} " + " ".join(f"{cell:>18}" for cell in cells), flush=True)
    print(f"{'all but the held-out lines':<42} {'':>8} " + " ".join(f"{f'{a:>4} / {o:<4}':>18}" for a, o in totals.values()))


if __name__ == "__main__":
    main()
