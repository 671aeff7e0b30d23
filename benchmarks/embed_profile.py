"""Where the bundled encoder's time goes: py-spy samples of one thread encoding real WMT21
text (embed_before_after's texts, twice, the token table emptied before each pass), summed
by the line of the encoder's `_forward` they are under (what a line calls counts on it),
and the share spent in matrix products (`_matmul`).

    pip install py-spy     # a profiler, not a dependency of evalkit
    PYTHONPATH=. python3 benchmarks/embed_profile.py [--commit e9c0ba9] [--data ../shared/data]

--commit profiles evalkit/embed/use.py as it was at that commit. Results:
benchmarks/out/embed_profile[-COMMIT].json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import sys, time
sys.path[:0] = [{root!r}, {benchmarks!r}]
from embed_before_after import module_at, wmt21_texts
from pathlib import Path
module = module_at({commit!r}, {directory!r}) if {commit!r} else __import__("evalkit.embed.use", fromlist=["use"])
module.worker_threads = lambda: 1
encoder = module.UniversalSentenceEncoder()
texts = wmt21_texts(Path({data!r}))
encoder.encode(texts[:64])
for _ in range(2):
    encoder.__dict__.pop("_token_rows", None)
    encoder.encode(texts)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--commit", default="", help="profile use.py at this commit (default: the working tree)")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--rate", type=int, default=250, help="samples per second")
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    if not shutil.which("py-spy"):
        sys.exit("py-spy is not installed: pip install py-spy")
    with tempfile.TemporaryDirectory() as directory:
        raw = Path(directory) / "profile.txt"
        child = CHILD.format(root=str(ROOT), benchmarks=str(ROOT / "benchmarks"), commit=args.commit,
                             directory=directory, data=str(args.data))
        subprocess.run(["py-spy", "record", "-r", str(args.rate), "-f", "raw", "-o", str(raw), "--",
                        sys.executable, "-c", child], check=True, capture_output=True,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
        source = (Path(directory) / f"use_{args.commit}.py" if args.commit else ROOT / "evalkit" / "embed" / "use.py")
        lines = source.read_text(encoding="utf-8").splitlines()
        by_line: Counter[str] = Counter()
        total = products = 0
        for sample in raw.read_text(encoding="utf-8").splitlines():
            stack, _, count = sample.rpartition(" ")
            frames = stack.split(";")
            forward = [frame for frame in frames if frame.split(" ")[0].endswith("._forward")]
            if not forward or any("._weights " in frame for frame in frames):  # encoding only, not loading
                continue
            line = int(forward[-1].rsplit(":", 1)[1].rstrip(")"))
            by_line[f"{line}: {lines[line - 1].strip()}"] += int(count)
            products += int(count) * any(frame.startswith("_matmul ") for frame in frames)
            total += int(count)
    report = {"commit": args.commit or "working tree", "samples": total, "load_avg_1min": round(os.getloadavg()[0], 2),
              "share_in_matrix_products": round(products / total, 3),
              "share_by_line": {line: round(count / total, 3) for line, count in by_line.most_common(args.top)}}
    out = ROOT / "benchmarks" / "out" / f"embed_profile{'-' + args.commit if args.commit else ''}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
