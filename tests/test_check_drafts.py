"""`evalkit check` on whole bad drafts, on clean ones, and on drafts as translators lay them out.

A draft that says nothing of its segments (every line "."; the right translations in the
wrong places) is reported segment by segment whatever the rest of it looks like; a clean
human translation, and the reference itself, get nothing above `low`; hard-wrapped,
bulleted and numbered layouts add no finding (docs/checking.md). The similarity levels
themselves are measured on public data by benchmarks/check_floors.py.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import pytest

from evalkit import Settings, check
from evalkit.checks import AlignedSpan
from evalkit.checks.omission import FLOOR_MODEL, FLOORS, MARGIN, OTHER_LEVEL, says_nothing
from evalkit.checks.spans import _absorb, joined

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from draft_layouts import as_items, as_list, hard_wrap  # noqa: E402

PAIRS = {"en": ("zh-en", "glossary.zh-en.tsv"), "zh": ("en-zh", "glossary.en-zh.tsv")}
MINE = ("omission", "addition", "untranslated", "weak")  # the number check is another branch's (issue 14 item 2)


@pytest.fixture(scope="module")
def settings(tmp_path_factory) -> Settings:
    return Settings(cache_dir=str(tmp_path_factory.getbasetemp() / "evalkit-cache"))


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _above_low(result) -> list[tuple[str, str, tuple[str, ...], str]]:
    return [(f.kind, f.severity, f.ids, f.message) for f in result.findings if f.severity != "low"]


# -- whole bad drafts -------------------------------------------------------------------------

@pytest.mark.parametrize("against", ["reference set", "source alone"])
def test_a_draft_of_full_stops_is_an_omission_on_every_segment(against, settings, reference_set_dir, tmp_path):
    segments = (reference_set_dir / "zh.txt").read_text(encoding="utf-8").splitlines()
    draft = tmp_path / "draft.txt"
    draft.write_text(".\n" * len(segments), encoding="utf-8")
    where = {"ref": reference_set_dir} if against == "reference set" else {"src": reference_set_dir / "zh.txt"}
    result = check(draft, lang="zh-en", settings=settings, **where)
    said = {i for f in result.findings if f.details.get("says_nothing") == "no words" for i in f.ids}
    assert len(said) == len(segments)
    # and nothing else: the numbers and weak matches of empty text are the same finding again
    assert {(f.kind, f.severity) for f in result.findings} == {("omission", "high")}


def test_shuffled_translations_are_reported_where_they_do_not_belong(settings, reference_set_dir, tmp_path):
    """A careful translation with its lines shuffled: every segment whose aligned text is not
    its own translation should get a finding; at least 80% do (84-91% on the shuffles
    tried; the rest are mostly merged beads that hold some of their own text)."""
    lines = (Path(__file__).resolve().parent.parent / "candidates" / "natsec-zh-en" / "careful.txt").read_text(
        encoding="utf-8").splitlines()
    order = list(range(len(lines)))
    random.Random(14).shuffle(order)
    draft = tmp_path / "shuffled.txt"
    draft.write_text("".join(lines[k] + "\n" for k in order), encoding="utf-8")
    result = check(draft, ref=reference_set_dir, lang="zh-en", settings=settings)
    ids = [i for span in result.spans for i in span.ids]
    own = {i for span in result.spans for i in span.ids if lines[ids.index(i)][:40] in span.draft}
    reported = {i for f in result.findings if f.severity != "low" for i in f.ids}
    displaced = [i for i in ids if i not in own]
    assert len(displaced) > 50
    assert sum(i in reported for i in displaced) / len(displaced) >= 0.8
    assert any(f.details.get("says_nothing") == "elsewhere" for f in result.findings)


# -- clean translations -----------------------------------------------------------------------

def _careful_as_document(reference_set_dir, path: Path) -> Path:
    """The careful candidate laid out as its document: the segments of a paragraph on one line."""
    ids = [json.loads(line)["id"] for line in (reference_set_dir / "segments.jsonl").read_text(encoding="utf-8").splitlines()]
    lines = (Path(__file__).resolve().parent.parent / "candidates" / "natsec-zh-en" / "careful.txt").read_text(
        encoding="utf-8").splitlines()
    paragraphs: dict[str, list[str]] = {}
    for segment, line in zip(ids, lines, strict=True):
        paragraphs.setdefault(segment.split("s")[0], []).append(line)
    path.write_text("\n\n".join(" ".join(p) for p in paragraphs.values()) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("case", ["clean en draft", "clean zh draft", "careful as a document",
                                  "en reference as a plain file", "zh reference with its source",
                                  "WMT21 reference A against its source"])
def test_clean_translations_have_no_finding_above_low(case, settings, reference_set_dir, data_dir, tmp_path):
    check_dir = data_dir / "check"
    kinds: tuple[str, ...] = ("omission", "addition", "untranslated", "numbers", "terminology", "script", "weak")
    if case.startswith("clean"):
        lang = case.split()[1]
        pair, glossary = PAIRS[lang]
        args = dict(draft=check_dir / f"natsec-draft.{lang}.clean.md", ref=reference_set_dir, lang=pair,
                    glossary=check_dir / glossary)
    elif case == "careful as a document":
        args = dict(draft=_careful_as_document(reference_set_dir, tmp_path / "careful.md"), ref=reference_set_dir,
                    lang="zh-en")
    elif case == "en reference as a plain file":
        args = dict(draft=reference_set_dir / "en.txt", ref=reference_set_dir / "en.txt", lang="zh-en")
    elif case == "zh reference with its source":
        args = dict(draft=reference_set_dir / "zh.txt", ref=reference_set_dir / "zh.txt",
                    src=reference_set_dir / "en.txt", lang="en-zh")
    else:  # a real translation no one here wrote, laid out in paragraphs of five segments
        lines = (check_dir / "wmt21-zhen.1101-1140.en").read_text(encoding="utf-8").splitlines()
        draft = tmp_path / "wmt.md"
        draft.write_text("\n\n".join(" ".join(lines[k:k + 5]) for k in range(0, len(lines), 5)) + "\n", encoding="utf-8")
        args = dict(draft=draft, src=check_dir / "wmt21-zhen.1101-1140.zh", lang="zh-en")
        kinds = MINE  # its numbers (COVID-19 and the like) are issue 14 item 2's
    draft = args.pop("draft")
    result = check(draft, settings=settings, kinds=kinds, **args)
    assert _above_low(result) == []


# -- layouts ----------------------------------------------------------------------------------
# Hard-wrapped and bulleted layouts read back to the very sentences of the draft
# (tests/test_draft_reading.py), so they check the same; numbered lists and an enumeration
# cut into list items change the sentences and are checked here.

@pytest.mark.parametrize("lang", ["en", "zh"])
def test_numbered_layout_keeps_every_planted_finding_and_adds_none(lang, settings, reference_set_dir, data_dir, tmp_path):
    pair, glossary = PAIRS[lang]
    original = data_dir / "check" / f"natsec-draft.{lang}.md"
    draft = tmp_path / "numbered.md"
    draft.write_text(hard_wrap(as_list(original.read_text(encoding="utf-8"), lang, numbered=True),
                               {"en": 60, "zh": 30}[lang], lang), encoding="utf-8")
    result = check(draft, ref=reference_set_dir, lang=pair, glossary=data_dir / "check" / glossary, settings=settings)
    planted = _rows(data_dir / "check" / f"natsec-draft.{lang}.planted.jsonl")
    for row in planted:  # the planted text may now run over lines
        assert any(f.kind == row["kind"] and list(f.ids) == row["ids"]
                   and "".join(row["text"].split()) in "".join(result.draft.text[f.start:f.end].split())
                   for f in result.findings), row
    counts = result.counts()
    for kind in ("omission", "addition", "untranslated", "terminology", "script"):
        assert counts[kind] == sum(1 for row in planted if row["kind"] == kind), kind
    # the list numbers answer the source's enumerators and are never numbers the draft added:
    # no numbers finding the unnumbered draft does not have (48 in English, 40 in Chinese before)
    plain = check(original, ref=reference_set_dir, lang=pair, settings=settings, kinds=("numbers",))
    assert {(f.ids, f.message) for f in result.of_kind("numbers")} == {(f.ids, f.message) for f in plain.findings}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_clean_draft_with_lists_has_no_addition_or_omission(lang, settings, reference_set_dir, data_dir, tmp_path):
    """The clean draft numbered, wrapped, and its longest enumeration cut into numbered items
    (more than a bead of the aligner holds): nothing added, nothing left out."""
    pair, _ = PAIRS[lang]
    text = (data_dir / "check" / f"natsec-draft.{lang}.clean.md").read_text(encoding="utf-8")
    longest = max(re.split(r"(?<=[.。])\s*", text), key=lambda s: s.count(",") + s.count("、") + s.count("，"))
    items = as_items(longest, lang, 12, numbered=True)
    assert items.count("\n") >= 9
    laid_out = hard_wrap(as_list(text.replace(longest, "\n\n" + items + "\n\n"), lang), {"en": 60, "zh": 30}[lang], lang)
    draft = tmp_path / "lists.md"
    draft.write_text(laid_out, encoding="utf-8")
    result = check(draft, ref=reference_set_dir, lang=pair, settings=settings, kinds=("omission", "addition"))
    assert _above_low(result) == []


# -- the rule, cell by cell (no model) -------------------------------------------------------

MODEL = FLOOR_MODEL + "test"


def _span(reference=None, source=None, draft="some words", basis="the segment", elsewhere=((), ())) -> AlignedSpan:
    return AlignedSpan(("1",), (0,), 0, len(draft), draft, basis if reference is not None else None,
                       basis if source is not None else None, reference, source, *elsewhere)


def _just_below(value: float) -> float:
    return value - 1e-9


@pytest.mark.parametrize("mode, reference, source, expected", [
    # both sides known: both must be below their floor
    ("reference and source", "below", "below", "unrelated"),
    ("reference and source", "below", "on", None),
    ("reference and source", "on", "below", None),
    ("reference and source", "on", "on", None),
    # one side known: its own floor
    ("reference alone", "below", None, "unrelated"),
    ("reference alone", "on", None, None),
    ("source alone", None, "below", "unrelated"),
    ("source alone", None, "on", None),
])
def test_floor_decision_table(mode, reference, source, expected):
    floors = FLOORS[mode]

    def value(which, floor):
        return None if which is None else (_just_below(floor) if which == "below" else floor)

    span = _span(value(reference, floors[0]), value(source, floors[1]))
    assert says_nothing(span, MODEL) == expected
    assert says_nothing(span, "st:some-other-model") is None  # other models' cosines: no floor


@pytest.mark.parametrize("mode, reference_gap, source_gap, expected", [
    # every sentence, on every known side, at least MARGIN better elsewhere, and as good as a translation
    ("reference and source", 0.0, 0.0, "elsewhere"),
    ("reference and source", -1e-9, 0.0, None),
    ("reference and source", 0.0, -1e-9, None),
    ("reference alone", 0.0, None, "elsewhere"),
    ("reference alone", -1e-9, None, None),
    ("source alone", None, 0.0, "elsewhere"),
    ("source alone", None, -1e-9, None),
])
def test_translation_of_another_segment_decision_table(mode, reference_gap, source_gap, expected):
    own = 0.3  # above every floor: only the margin rule can fire
    levels = OTHER_LEVEL[mode]

    def facts(gap, level):
        if gap is None:
            return ()
        there = max(own + MARGIN[mode], level) + gap
        return (("7", there, own), ("8", max(own + MARGIN[mode], level) + 0.1, own))  # two sentences

    span = _span(own if reference_gap is not None else None, own if source_gap is not None else None,
                 elsewhere=(facts(reference_gap, levels[0]), facts(source_gap, levels[1])))
    assert says_nothing(span, MODEL) == expected


@pytest.mark.parametrize("draft, basis, expected", [
    (".", "Wang Xiaohong", "no words"),
    ("……", "王小洪", "no words"),
    ("—", "—", None),  # a segment that is itself no words (a rule, a dash) is rendered by one
    ("12345", "12345", None),
])
def test_no_words_whatever_the_model(draft, basis, expected):
    span = _span(0.9, 0.9, draft=draft, basis=basis)
    assert says_nothing(span, "st:some-other-model") == expected


def test_stray_sentences_join_the_bead_they_add_to():
    """Draft sentences 2-5 were left unaligned between two beads: the ones that add to the
    bead before join it (nearest first, a short one together with the next), a real addition
    stays; gains come from a table here, from the embedding in the check."""
    belongs = {2: "before", 3: "before", 4: None, 5: "after"}
    pieces = [((0,), (0, 1)), ((), (2,)), ((), (3,)), ((), (4,)), ((), (5,)), ((1,), (6,))]

    def gain(grown, bead, side):
        added = [j for j in grown[1] if j not in bead[1]]
        where = "before" if grown[0] == (0,) else "after"
        return 0.1 if all(belongs[j] == where for j in added) else -0.3

    assert _absorb(pieces, gain, 0.0) == [((0,), (0, 1, 2, 3)), ((), (4,)), ((1,), (5, 6))]


@pytest.mark.parametrize("pieces, lang, expected", [
    (["超过卢比.", "100贿赂"], "zh", "超过卢比. 100贿赂"),  # newstest2021 en-zh line 77, P3AI: cut at ". "
    (["他说。", "100人到场"], "zh", "他说。100人到场"),  # a Chinese full stop: nothing between
    (["用了iPhone", "手机"], "zh", "用了iPhone手机"),  # Han after Latin: nothing between
    (["MLA.", "Indore"], "zh", "MLA. Indore"),
    (["It rained.", "We stayed."], "en", "It rained. We stayed."),
    (["", "100"], "zh", "100"),
])
def test_a_spans_sentences_join_with_a_space_only_where_latin_or_digits_meet(pieces, lang, expected):
    assert joined(pieces, lang) == expected


def test_a_number_after_a_sentence_cut_in_a_chinese_span_is_still_read():
    # the draft's own 100, cut from 卢比 by the sentence splitter, answers the source's 100
    from evalkit.numbers import number_problems
    text = joined(["超过卢比.", "100贿赂"], "zh")
    assert not number_problems(text, against="source", source="more than Rs. 100 in bribes")
