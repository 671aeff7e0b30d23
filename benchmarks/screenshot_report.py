"""Score three candidate systems on the seed and screenshot report.html in headless Chromium.

    python3 benchmarks/screenshot_report.py                 # the checked-in natsec-zh-en candidates
    python3 benchmarks/screenshot_report.py --synthetic     # candidates derived from the reference
    python3 benchmarks/screenshot_report.py a.txt b.txt c.txt

Writes the reports to benchmarks/out/screenshot/ and two PNGs next to them:
report.png (the page as it opens, full length) and report-detail.png (one segment
with word differences). benchmarks/out/ is git-ignored. With --readme it also
refreshes docs/report-screenshot.jpg, the top of the page shown in the README, and
docs/report-screenshot.json, the record of the report it shows: tests/test_readme_main_job.py
compares that record with the README main job's report.html today, so a picture of an old
report fails there (pixels would differ across Chromium versions; the page's code, plots
and data do not).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evalkit.cli import run  # noqa: E402

CANDIDATES = [ROOT / "candidates/natsec-zh-en" / f"{name}.txt" for name in ("careful", "literal-mt", "hasty-draft")]
REFSET = ROOT / "references/natsec-en-zh"
PICTURE, RECORD = ROOT / "docs/report-screenshot.jpg", ROOT / "docs/report-screenshot.json"
DATA = re.compile(r'(<script type="application/json" id="data">)(.*?)(</script>)', re.S)
# what the top of the page shows, from its data (the signatures and segments are further down)
SHOWN = ("title", "reference", "target", "metrics", "lower", "systems", "warnings", "leaderboard")
CHROMIUM = "/usr/bin/chromium"
BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"]


def synthetic(out: Path) -> list[Path]:
    """Stand-ins for the real candidates: the English reference with words dropped and swapped."""
    refs = (REFSET / "en.txt").read_text(encoding="utf-8").splitlines()
    rnd = random.Random(7)
    vocab = sorted({w for line in refs for w in line.split()})
    paths = []
    for name, error in (("careful", 0.04), ("literal-mt", 0.15), ("hasty-draft", 0.3)):
        lines = [" ".join(w if rnd.random() >= error else rnd.choice(vocab) for w in line.split()
                          if rnd.random() >= error / 2) for line in refs]
        path = out / f"{name}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def record(report: Path) -> dict:
    """What a picture of `report` shows: the page less its data (template, style, script and the
    plots, which the page draws from the segment scores) by hash, and the data at the top."""
    page = report.read_text(encoding="utf-8")
    found = DATA.search(page)
    data = json.loads(found.group(2))
    significance = {key: value for key, value in data["significance"].items() if key != "signatures"}
    return {"page_sha256": sha256((page[:found.start(2)] + page[found.end(2):]).encode()),
            **{key: data[key] for key in SHOWN}, "significance": significance}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("candidates", nargs="*", type=Path, default=CANDIDATES)
    parser.add_argument("--synthetic", action="store_true", help="derive three candidates from the reference")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/out/screenshot")
    parser.add_argument("--readme", action="store_true", help="also write docs/report-screenshot.jpg and its record")
    args = parser.parse_args()
    if args.readme and (args.synthetic or args.candidates != CANDIDATES):
        parser.error("--readme pictures the README's main job: the shipped candidates")
    args.out.mkdir(parents=True, exist_ok=True)
    candidates = synthetic(args.out) if args.synthetic else args.candidates
    code = run(["score", *map(str, candidates), "--ref", str(REFSET), "--lang", "zh-en", "--out", str(args.out)])
    if code:
        return code

    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto((args.out / "report.html").as_uri())
        page.wait_for_selector("body[data-ready]")
        page.screenshot(path=str(args.out / "report.png"), full_page=True)
        if args.readme:  # a small JPEG of the leaderboard and plots, light enough to commit
            page.screenshot(path=str(PICTURE), type="jpeg", quality=80, full_page=True,
                            clip={"x": 0, "y": 0, "width": 1280, "height": 1150})
            shown = {"jpeg_sha256": sha256(PICTURE.read_bytes()), **record(args.out / "report.html")}
            RECORD.write_text(json.dumps(shown, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        # the segment where the systems differ most from the baseline
        page.locator("#differences a").first.click()
        page.locator("#detail").screenshot(path=str(args.out / "report-detail.png"))
        browser.close()
    print(f"Screenshots: {args.out / 'report.png'}, {args.out / 'report-detail.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
