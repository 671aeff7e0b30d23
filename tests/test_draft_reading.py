"""Reading a draft as translators lay it out (evalkit/checks/draft.py): no model, fast.

The decision table of when a line continues the paragraph before it, offsets back into
the file, and the layouts of benchmarks/draft_layouts.py reading back to the very
sentences of the unwrapped draft.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from evalkit.checks import parse_draft

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from draft_layouts import as_items, as_list, hard_wrap  # noqa: E402

FULL = "We need to improve the coordination mechanisms for national"  # 59 characters: a line wrapped at 60
SHORT = "Advancing the modernization"  # a title: the next word would have fit


# (lines, language, the sentences read): one row per cell of the rule
@pytest.mark.parametrize("lines, lang, sentences", [
    # the line before ends a sentence: a new block, whatever follows
    ([FULL + ".", "Security work matters."], "en", [FULL + ".", "Security work matters."]),
    # it does not, and the next line starts in lower case: joined
    ([SHORT, "security work matters."], "en", [SHORT + " security work matters."]),
    # it does not, the next starts with a capital, the line before is not full: a title stays apart
    ([SHORT, "Security work matters, we know it, and we say it again and again."], "en",
     [SHORT, "Security work matters, we know it, and we say it again and again."]),
    # ... and it is full (the next word would not have fit): joined
    ([FULL, "Security Commission and strengthen the law.", "Short tail."], "en",
     [FULL + " Security Commission and strengthen the law.", "Short tail."]),
    # a blank line, a heading, a rule and a block quote's edge always break
    ([FULL, "", "Security work."], "en", [FULL, "Security work."]),
    ([FULL, "# Security work", "more text"], "en", [FULL, "Security work", "more text"]),
    ([FULL, "---", "security work."], "en", [FULL, "security work."]),
    ([FULL, "> security work."], "en", [FULL, "security work."]),
    # inside a block quote, wrapped lines join
    (["> " + FULL, "> security work."], "en", [FULL + " security work."]),
    # bullets: an item that ends no sentence continues into the next item; one that does, does not
    (["- political, military", "- economic and cultural security."], "en", ["political, military economic and cultural security."]),
    (["- Political security.", "- Economic security."], "en", ["Political security.", "Economic security."]),
    # numbered items keep their number; one that ends in a comma continues into the next, whose number goes
    (["1. political, military,", "2. economic"], "en", ["1. political, military, economic"]),
    (["（一）政治、軍事、", "（二）經濟。"], "zh", ["（一）政治、軍事、經濟。"]),
    (["1. Political security", "2. Economic security"], "en", ["1. Political security", "2. Economic security"]),
    (["一、總體要求", "二、主要任務"], "zh", ["一、總體要求", "二、主要任務"]),
    (["1. political, military,", "- economic"], "en", ["1. political, military,", "economic"]),
    # an indented line continues a list item
    (["- the mechanisms for crisis", "  management and control"], "en", ["the mechanisms for crisis management and control"]),
    # a word hyphenated at the break is joined without a space
    (["We need a well-", "known rule."], "en", ["We need a well-known rule."]),
    # Chinese wraps anywhere: joined without a space, numbers and Latin words whole again
    (["我們要完善國家安全法治體系、戰略體系、政策體", "系，推動「12345」熱線。"], "zh",
     ["我們要完善國家安全法治體系、戰略體系、政策體系，推動「12345」熱線。"]),
    (["要強化市民熱線等公共服務平台功能，推動「12", "345」、「110」等平台對接。"], "zh",
     ["要強化市民熱線等公共服務平台功能，推動「12345」、「110」等平台對接。"]),
    # lines too short to be wrapped (a run narrower than 30 columns) stay apart, full stops included
    ([".", ".", "."], "en", [".", ".", "."]),
    (["我們要完善國", "家安全。"], "zh", ["我們要完善國", "家安全。"]),
    # a full line is a wrap even where it ends in a full stop (an abbreviation): the segmenter decides
    (["We need to improve the coordination mechanisms with the U.S.", "Congress and strengthen the law."], "en",
     ["We need to improve the coordination mechanisms with the U.S. Congress and strengthen the law."]),
    # a dash a wrap put at the start of a line inside a paragraph is text; after a colon, a list
    (["Understanding the new admission rules before choosing majors", "- Chinanews.com reports on the rules."], "en",
     ["Understanding the new admission rules before choosing majors - Chinanews.com reports on the rules."]),
    (["The measures cover the following areas of national security:", "- political security."], "en",
     ["The measures cover the following areas of national security:", "political security."]),
    # a Chinese heading without punctuation, shorter than the text under it, stays apart
    (["一、總體要求", "推動國家安全體系和能力現代化，是黨的二十大作出的重大戰略部署。"], "zh",
     ["一、總體要求", "推動國家安全體系和能力現代化，是黨的二十大作出的重大戰略部署。"]),
])
def test_when_a_line_continues_the_one_before(lines, lang, sentences):
    assert [s.text for s in parse_draft("\n".join(lines) + "\n", lang).sentences] == sentences


def test_offsets_point_into_the_file_across_joined_lines():
    text = "# Title\n\n- political, military\n- economic\n\n我們要完善國家安全法治體系、戰略體系、政策體\n系。\n"
    draft = parse_draft(text, "zh")
    assert [s.text for s in draft.sentences] == ["Title", "political, military economic",
                                                 "我們要完善國家安全法治體系、戰略體系、政策體系。"]
    spans = [text[s.start:s.end] for s in draft.sentences]
    assert spans == ["Title", "political, military\n- economic", "我們要完善國家安全法治體系、戰略體系、政策體\n系。"]
    assert draft.position(draft.sentences[2].start) == (6, 1)


@pytest.fixture(scope="module")
def seed_drafts(data_dir) -> dict[str, str]:
    return {lang: (data_dir / "check" / f"natsec-draft.{lang}.md").read_text(encoding="utf-8") for lang in ("en", "zh")}


def _texts(text: str, lang: str) -> list[str]:
    return [s.text for s in parse_draft(text, lang).sentences]


@pytest.mark.parametrize("lang, width", [("en", 60), ("zh", 30), ("en", 40), ("zh", 20)])
@pytest.mark.parametrize("layout", ["wrapped", "bullets", "wrapped bullets"])
def test_layouts_read_back_to_the_same_sentences(seed_drafts, lang, width, layout):
    text = seed_drafts[lang]
    laid_out = {"wrapped": lambda: hard_wrap(text, width, lang), "bullets": lambda: as_list(text, lang),
                "wrapped bullets": lambda: hard_wrap(as_list(text, lang), width, lang)}[layout]()
    assert laid_out != text
    assert _texts(laid_out, lang) == _texts(text, lang)
    for sentence in parse_draft(laid_out, lang).sentences:  # every span is its sentence, line breaks aside
        raw = laid_out[sentence.start:sentence.end]
        assert "".join(re.sub(r"\n\s*(?:- )?", "", raw).split()) == "".join(sentence.text.split())


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_numbered_layout_reads_back_with_its_numbers(seed_drafts, lang):
    numbered = _texts(as_list(seed_drafts[lang], lang, numbered=True), lang)
    unnumbered = [re.sub(r"^\d+\. ", "", s) for s in _texts(seed_drafts[lang], lang)]
    assert [re.sub(r"^\d+\. ", "", s) for s in numbered] == unnumbered


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_sentence_as_a_list_of_items_reads_as_one_sentence(lang):
    sentence = {"en": "The concept covers political, military, territorial, economic, financial, cultural, social, "
                      "scientific, cyber, food, ecological, resource, nuclear, space and polar security.",
                "zh": "涵蓋政治、軍事、國土、經濟、金融、文化、社會、科技、網絡、糧食、生態、資源、核、太空、極地等諸多領域。"}[lang]
    items = as_items(sentence, lang, 12)
    assert items.count("\n") >= 9
    (read,) = _texts(items, lang)
    assert "".join(re.findall(r"\w+", read)) == "".join(re.findall(r"\w+", sentence))
