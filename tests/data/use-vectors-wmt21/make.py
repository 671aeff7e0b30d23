"""Writes texts.json (real WMT21 news sentences of both languages and edge cases),
vectors.npy (the bundled encoder's vectors of them) and model_id.txt (the id they stand
for), the golden copy that tests/test_use_encoder.py holds later forward passes to: 1e-5
per component at most, under the same model id.

    PYTHONPATH=. python3 tests/data/use-vectors-wmt21/make.py [--data ../shared/data]

Made with evalkit at commit e9c0ba9 (the forward pass of issue 18's first round, the same
vectors bit for bit as before it). Remake vectors.npy only with a new model id.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from evalkit.embed import MAX_EMBED_CHARS, load_embedder

HERE = Path(__file__).resolve().parent
FIRST = 601  # newstest2021 zh-en lines 1-600 are held out for independent verification


def lines(data: Path, name: str) -> list[str]:
    return (data / name).read_text(encoding="utf-8").splitlines()


def select(data: Path) -> list[str]:
    zh_src, en_ref = lines(data, "wmt21-zhen/newstest2021.zh-en.src.zh"), lines(data, "wmt21-zhen/newstest2021.zh-en.ref.A.en")
    en_src, zh_ref = lines(data, "wmt21-enzh/newstest2021.en-zh.src.en"), lines(data, "wmt21-enzh/newstest2021.en-zh.ref.A.zh")
    picks = range(FIRST - 1, len(zh_src), 67)[:20]  # every 67th line from 601: 20 pairs
    texts = [zh_src[i] for i in picks] + [en_ref[i] for i in picks]
    texts += [en_src[i] for i in range(FIRST - 1, len(en_src), 181)[:6]] + [zh_ref[i] for i in range(FIRST - 1, len(zh_ref), 181)[:6]]
    # the longest texts the model is given (CachingEmbedder cuts there), one per language
    texts += [" ".join(en_src[FIRST - 1:])[:MAX_EMBED_CHARS], "".join(zh_src[FIRST + 399:])[:MAX_EMBED_CHARS]]
    texts += ["", " ", "a", "好", ".", "1", "😀", "\u200b",
              "NASA与SpaceX周六发射了Crew Dragon飞船，4名宇航员🚀进入轨道。",
              "Москва, 北京, القاهرة and Paris: 四座城市 four cities.",
              "ꙮꙮꙮ 𓀀𓀁 ☃☃"]
    return texts


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=HERE.parents[3] / "shared" / "data",
                        help="public data (default: ../shared/data beside the checkout)")
    args = parser.parse_args()
    texts = select(args.data)
    (HERE / "texts.json").write_text(json.dumps(texts, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    encoder = load_embedder("use-multilingual")
    np.save(HERE / "vectors.npy", encoder.encode(texts))
    (HERE / "model_id.txt").write_text(encoder.model_id + "\n", encoding="utf-8")
