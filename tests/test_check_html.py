"""The check's report.html in headless Chromium: findings in place, draft text never parsed as HTML."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from evalkit.cli import run
from test_report_html import INJECTION, page  # noqa: F401 (page opens this module's report in Chromium)


QUIET = '<img src=x onerror="window.__pwned=true">'


@pytest.fixture(scope="module")
def report(data_dir, reference_set_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("check-html")
    draft = out / "draft.md"
    text = (data_dir / "check" / "natsec-draft.en.md").read_text(encoding="utf-8")
    # hostile markup as a line of its own (an addition, marked) and inside a sentence with no finding
    text = text.replace("fighting capacity.", f"fighting capacity {QUIET}.")
    draft.write_text(text + "\n" + INJECTION + "\n", encoding="utf-8")
    code = run(["check", str(draft), "--ref", str(reference_set_dir), "--lang", "zh-en", "--out", str(out / "report"),
                "--cache-dir", str(tmp_path_factory.getbasetemp() / "evalkit-cache")], console=Console(file=io.StringIO()))
    assert code == 0
    return out / "report" / "report.html"


def test_nothing_in_the_draft_runs_and_nothing_is_fetched(page, report):
    assert page.errors == []
    assert page.evaluate("window.__pwned") is None
    assert page.title().startswith("evalkit check")
    assert page.requests == [report.as_uri()]
    shown = page.inner_text(".spans")
    assert INJECTION.split("\u2028")[0] in shown and QUIET in shown


def test_findings_are_listed_and_marked_in_place(page):
    rows = page.locator(".findings tbody tr")
    kinds = [rows.nth(k).get_attribute("data-kind") for k in range(rows.count())]
    severities = [rows.nth(k).locator(".badge").inner_text() for k in range(rows.count())]
    # worst first; two additions: the planted sentence and the hostile line; then the advisory (low)
    # findings, the planted wrong figure among them (a "digits changed" number difference)
    assert [kind for kind, severity in zip(kinds, severities) if severity != "low"] == [
        "omission", "addition", "addition", "untranslated"]
    assert "numbers" in [kind for kind, severity in zip(kinds, severities) if severity == "low"]
    assert severities == sorted(severities, key=["high", "medium", "low"].index)
    marked = page.locator(".spans mark.sev-high").all_inner_texts()
    assert any("12315" in text for text in page.locator(".spans mark.sev-low").all_inner_texts())
    assert "(no draft text)" in marked
    # unticking a kind unmarks its text and hides its rows
    page.locator(".filters label", has_text="numbers").locator("input").uncheck()
    assert page.locator(".findings tr.hidden").count() == kinds.count("numbers")
    assert not any("12315" in text for text in page.locator(".spans mark:not(.off)").all_inner_texts())
