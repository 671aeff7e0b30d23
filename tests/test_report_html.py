"""report.html opened in headless Chromium: content present, sorting works, injected markup inert."""

from __future__ import annotations

import io
import json
import re
import shutil

import pytest
from rich.console import Console

from evalkit.cli import run
from evalkit.reports.html import script_json

from bench_fixtures import REFSET, english_refs, three_systems, write_lines  # noqa: F401 (fixtures)

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
# Each piece would run script if the page parsed candidate text as HTML anywhere.
INJECTION = ('<script>document.title="PWNED";window.__pwned=1</script></textarea>'
             '<img src=x onerror="window.__pwned=2">" onerror="window.__pwned=3" /*DATA*/ \u2028</script>')


def test_script_json_cannot_close_its_element():
    text = script_json({"hyp": INJECTION + " & <!--"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"hyp": INJECTION + " & <!--"}


@pytest.fixture(scope="module")
def report(three_systems, tmp_path_factory):
    out = tmp_path_factory.mktemp("html")
    hostile = three_systems["gamma"].read_text(encoding="utf-8").splitlines()
    hostile[5] = INJECTION
    gamma = write_lines(out / "gamma.txt", hostile)
    code = run(["score", str(three_systems["alpha"]), str(three_systems["beta"]), str(gamma), "--ref", str(REFSET),
                "--lang", "zh-en", "--out", str(out / "report"), "--resamples", "100", "--metrics", "bleu,chrf"],
               console=Console(file=io.StringIO()))
    assert code == 0
    return out / "report" / "report.html"


@pytest.fixture(scope="module")
def page(report):
    if not shutil.which(CHROMIUM):
        pytest.skip("Chromium is not installed (.ci/run installs it)")
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        requests: list[str] = []
        errors: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(report.as_uri())
        page.wait_for_selector("body[data-ready]", timeout=10_000)
        page.requests, page.errors = requests, errors
        yield page
        browser.close()


def test_sections_render_without_errors_or_network(page):
    assert page.locator("#leaderboard tbody tr").count() == 3
    assert page.locator("#plots svg.dist").count() == 2  # bleu and chrf
    assert page.locator("#plots svg.dist rect").count() == 74  # non-empty histogram bins, 3 systems x 2 metrics
    assert page.locator("#segments tbody tr").count() == 50  # first page of 237 rows
    assert page.locator("#count").inner_text() == "237 of 237 rows"
    assert page.errors == []
    assert all(url.startswith("file:") for url in page.requests)


def column(page, index: int) -> list[str]:
    return page.locator(f"#segments tbody tr td:nth-child({index})").all_inner_texts()


def test_sorting_by_a_metric_header(page):
    bleu = page.locator("#segments thead th[data-key=bleu]")
    bleu.click()
    ascending = [float(x) for x in column(page, 4)]
    assert ascending == sorted(ascending) and ascending[0] < ascending[-1]
    bleu.click()
    descending = [float(x) for x in column(page, 4)]
    assert descending == sorted(descending, reverse=True) and descending[0] > ascending[-1] - 1e-9
    assert bleu.get_attribute("aria-sort") == "descending"


def test_filter_by_system_and_score(page):
    page.select_option("#f-system", label="beta")
    page.select_option("#f-metric", "chrf")
    page.fill("#f-min", "90")
    page.dispatch_event("#f-min", "change")
    systems = set(column(page, 3))
    scores = [float(x) for x in column(page, 5)]
    assert systems == {"beta"} and scores and min(scores) >= 90
    page.select_option("#f-system", "")
    page.fill("#f-min", "")
    page.dispatch_event("#f-min", "change")


def test_injected_markup_is_shown_as_text_and_never_runs(page):
    page.fill("#f-search", "window.__pwned")
    # the CSP forbids eval, so wait through a locator rather than wait_for_function
    page.locator("#count", has_text="1 of 237 rows").wait_for()
    row = page.locator("#segments tbody tr").first
    assert "<script>document.title" in row.inner_text()
    row.click()
    detail = page.locator("#detail").inner_text()
    assert "</textarea>" in detail and 'onerror="window.__pwned=3"' in detail
    assert page.locator("#detail img, #detail script, #segments img, #segments script").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert "PWNED" not in page.title()
    assert page.errors == []


def test_word_differences_are_highlighted(page):
    page.fill("#f-search", "")
    page.locator("#segments tbody tr").nth(2).click()
    assert re.search(r"^Segment \S+ \(#\d+", page.locator("#detail-title").inner_text())
    assert page.locator("#detail-body dd").count() == 5  # source, reference, three candidates
    # the third row after the earlier tests' sorting (bleu, descending); the synthetic systems drop words
    assert page.locator("#detail-title").inner_text() == "Segment p06s00 (#14, paragraph 6)"
    assert page.locator("#detail-body del").count() == 5


def test_a_short_bleu_bucket_is_marked_and_explained(page):
    """Issue 15, item 19: paragraph 1 ("Wang Xiaohong") showed a bare 0.00 even on an exact match."""
    assert page.locator("#by-paragraph tbody tr").nth(1).locator("td").all_inner_texts() == [
        "1", "1", "0.00*", "0.00*", "0.00*"]
    note = page.locator("#paragraph-section p.note")
    assert note.count() == 1 and "sacrebleu's corpus BLEU is 0, even for an exact match" in note.inner_text()
    assert page.locator("#by-length ~ p.note").count() == 0  # no length bucket is that short


def test_markdown_shows_candidate_markup_as_text(report):
    markdown = (report.parent / "summary.md").read_text(encoding="utf-8")
    assert "&lt;script&gt;document.title" in markdown  # the injected segment is among gamma's worst
    assert "<script>" not in markdown and "<img" not in markdown


# --- a large input: report.html carries a sample of its segments (evalkit/reports/sample.py) ----

@pytest.fixture(scope="module")
def sampled(three_systems, tmp_path_factory):
    """The report of 3 systems x 79 segments with the page's limit at 150 rows (50 segments)."""
    out = tmp_path_factory.mktemp("sampled") / "report"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("evalkit.reports.sample.HTML_MAX_ROWS", 150)
        code = run(["score", str(three_systems["alpha"]), str(three_systems["beta"]), str(three_systems["gamma"]),
                    "--ref", str(REFSET), "--lang", "zh-en", "--out", str(out), "--resamples", "100",
                    "--metrics", "bleu,chrf"], console=Console(file=io.StringIO()))
    assert code == 0
    return out


def _page_data(report_dir) -> dict:
    page = (report_dir / "report.html").read_text(encoding="utf-8")
    return json.loads(re.search(r'<script type="application/json" id="data">(.*?)</script>', page, re.S).group(1))


def test_a_sampled_page_keeps_every_linked_segment_and_the_inputs_numbers(sampled):
    data, summary = _page_data(sampled), json.loads((sampled / "summary.json").read_text(encoding="utf-8"))
    index = data["sample"]["index"]
    assert data["sample"]["total"] == 79 and len(index) == 50 and index == sorted(set(index))
    analysis = summary["analysis"]
    linked = {s["index"] for segments in analysis["worst_segments"].values() for s in segments}
    linked |= {s["index"] for d in analysis["largest_differences"] for s in d["segments"]}
    assert linked <= set(index) and len(linked) < 50  # the rest is the random sample
    rows = [json.loads(line) for line in (sampled / "segments.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 3 * 79  # the segment files keep every segment
    by_system = {name: [r for r in rows if r["system"] == name] for name in data["systems"]}
    for s, name in enumerate(data["systems"]):
        assert data["ids"] == [by_system[name][i]["id"] for i in index]
        assert data["hyp"][s] == [by_system[name][i]["hyp"] for i in index]
        # the page rounds to 2 decimals, segments.jsonl to 4
        assert all(abs(ours - by_system[name][i]["chrf"]) <= 0.0051 for ours, i in zip(data["scores"]["chrf"][s], index))
    assert "report.html shows 50 of 79 segments" in (sampled / "summary.md").read_text(encoding="utf-8")


def test_a_sampled_page_says_so_and_links_to_the_right_segments(sampled, page):
    data = _page_data(sampled)
    page = page.context.browser.new_page()  # in the module's browser
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((sampled / "report.html").as_uri())
    page.wait_for_selector("body[data-ready]", timeout=10_000)
    assert page.locator("#sample").inner_text().startswith("report.html shows 50 of 79 segments")
    assert page.locator("#count").inner_text() == "150 of 150 rows (a sample of 237)"
    # the "#" column numbers segments as in the input, not as on the page
    numbers = [int(x) for x in page.locator("#segments tbody tr td:nth-child(1)").all_inner_texts()]
    assert numbers == [i + 1 for i in data["sample"]["index"]][:len(numbers)]
    # a worst segment's link opens that segment, wherever it sits among the page's
    link = page.locator("#worst tbody tr").last.locator("a")
    segment_id = link.inner_text()
    link.click()
    position = data["ids"].index(segment_id)
    title = page.locator("#detail-title").inner_text()
    assert title.startswith(f"Segment {segment_id} (#{data['sample']['index'][position] + 1}, ")
    scores = data["scores"]
    shown = f"{data['systems'][2]}bleu {scores['bleu'][2][position]:.2f} · chrf {scores['chrf'][2][position]:.2f}"
    assert shown in page.locator("#detail-body").inner_text()
    assert errors == []
    page.close()


# --- header cells never run over each other (issue 15, item 18: `embed_src ↑` over `candidate`) ---

CAREFUL = REFSET.parent.parent / "candidates" / "natsec-zh-en" / "careful.txt"
# every header cell of every table: its box, and the box of its text with the sort arrow
HEADERS = """() => [...document.querySelectorAll("th")].filter((th) => th.offsetParent).map((th) => {
  const range = document.createRange(); range.selectNodeContents(th);
  const box = th.getBoundingClientRect(), text = range.getBoundingClientRect();
  return {table: th.closest("table").id, label: th.textContent, left: box.left, right: box.right,
          top: box.top, bottom: box.bottom, textLeft: text.left, textRight: text.right,
          overflows: th.scrollWidth > th.clientWidth};
})"""


@pytest.fixture(scope="module")
def all_metrics(tmp_path_factory):
    """A report with the main job's metrics and more: long labels (embed_src), a lower-is-better arrow."""
    out = tmp_path_factory.mktemp("headers") / "report"
    code = run(["score", str(CAREFUL), "--ref", str(REFSET), "--lang", "zh-en", "--out", str(out), "--resamples", "100",
                "--metrics", "bleu,chrf,chrf++,ter,embed,embed_src"], console=Console(file=io.StringIO()))
    assert code == 0
    return out / "report.html"


def overlaps(cells: list[dict]) -> list[str]:
    found = [f"{c['table']}: {c['label']!r} runs out of its cell" for c in cells
             if c["overflows"] or c["textLeft"] < c["left"] - 0.5 or c["textRight"] > c["right"] + 0.5]
    for a in cells:
        for b in cells:
            if a is not b and a["table"] == b["table"] and a["top"] < b["bottom"] and b["top"] < a["bottom"] \
                    and a["textLeft"] < b["textRight"] and b["textLeft"] < a["textRight"]:
                found.append(f"{a['table']}: {a['label']!r} overlaps {b['label']!r}")
    return found


@pytest.mark.parametrize("width", [1024, 1400, 1920])
def test_no_header_cell_runs_over_another_at_common_widths(all_metrics, page, width):
    page = page.context.browser.new_page(viewport={"width": width, "height": 900})
    page.goto(all_metrics.as_uri())
    page.wait_for_selector("body[data-ready]", timeout=10_000)
    cells = page.evaluate(HEADERS)
    labels = {c["label"] for c in cells if c["table"] == "segments"}
    assert {"embed_src ↑", "ter ↓", "candidate"} <= labels and len({c["table"] for c in cells}) >= 4
    assert overlaps(cells) == []
    for key in ("embed_src", "hyp"):  # sorted: the arrow joins the label
        page.locator(f"#segments thead th[data-key={key}]").click()
        page.locator(f"#segments thead th[data-key={key}]").click()
        assert overlaps(page.evaluate(HEADERS)) == []
    page.close()


def test_the_overlap_check_sees_a_label_wider_than_its_cell():
    cell = {"table": "segments", "top": 0, "bottom": 20, "overflows": False}
    embed_src = {**cell, "label": "embed_src ↑", "left": 580, "right": 664, "textLeft": 590, "textRight": 690.8}
    candidate = {**cell, "label": "candidate", "left": 664, "right": 1004, "textLeft": 674, "textRight": 752.2}
    assert overlaps([embed_src, candidate]) == ["segments: 'embed_src ↑' runs out of its cell",
                                                "segments: 'embed_src ↑' overlaps 'candidate'",
                                                "segments: 'candidate' overlaps 'embed_src ↑'"]
    assert overlaps([{**embed_src, "right": 700}, {**candidate, "left": 700, "textLeft": 710}]) == []
