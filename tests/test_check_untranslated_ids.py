"""An untranslated sentence after a span of several sentences is reported with its own
segment's id, not the span before it (issue 15, "tests that would have caught more")."""

from __future__ import annotations

import pytest

import evalkit
from conftest import write_lines

ZH = ["今天天氣很好，陽光明媚。", "我們下午去公園散步了很久。", "公園裡有很多人在放風箏。", "晚上我們在家裡吃了晚飯。"]
EN = ["The weather is nice today and the sun is shining.", "In the afternoon we took a long walk in the park.",
      "Many people in the park were flying kites.", "In the evening we had dinner at home."]
DRAFTS = {
    # segment 1 as two draft sentences, then segment 3 left in Chinese
    "a two-sentence span before it": "The weather is nice today. The sun is shining. In the afternoon we took a long "
                                     "walk in the park. 公園裡有很多人在放風箏。 In the evening we had dinner at home.\n",
    # segments 1 and 2 as one draft sentence, then segment 3 left in Chinese
    "a span over two segments before it": "The weather is nice today and the sun is shining, so in the afternoon we "
                                          "took a long walk in the park. 公園裡有很多人在放風箏。 In the evening we "
                                          "had dinner at home.\n",
}


@pytest.mark.parametrize("draft", DRAFTS, ids=list(DRAFTS))
def test_the_untranslated_sentence_has_its_own_segment_id(tmp_path, draft):
    (tmp_path / "draft.md").write_text(DRAFTS[draft], encoding="utf-8")
    result = evalkit.check(tmp_path / "draft.md", ref=write_lines(tmp_path / "en.txt", EN),
                           src=write_lines(tmp_path / "zh.txt", ZH), settings=evalkit.Settings(use_cache=False))
    assert any(len(span.ids) > 1 or len(span.sentences) > 1 for span in result.spans)  # the span the case is about
    [finding] = result.of_kind("untranslated")
    assert finding.ids == ("3",)
    assert result.draft.text[finding.start:finding.end] == ZH[2]
