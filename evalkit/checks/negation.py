"""`negation`: a negation the source and reference have and the draft lacks, or the reverse.

Negation cues are words: `not`, `n't`, `no`, `never`, `without`... in English; in Chinese
(jieba words) 不/没/未/无/非/别/勿/否 standing alone or opening a word (不能, 没有, 未能,
无法), except the words where the character no longer negates anything (不断
"continuously", 不仅 "not only", 无论 "whatever", 非常 "very", 未来 "future"), and the
English phrases that do not negate (not only, no matter, no doubt).

The evidence must be clear on one side and absent on the other: a segment is flagged
when the reference and the source both have a *strict* cue and the draft has not even a
*loose* one (loose cues add the words that negate without a cue word: unable, fail to,
lack, refuse, un-, non-, -less; 拒绝, 缺乏, 难以), or the reverse (the draft strict, the reference and the
source not even loose). A translator who writes "failed to" for 没有 is not flagged, nor is
one whose reference says "rarely". Without a reference the source alone is compared, and
without a source the reference alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..segment import jieba_words
from .findings import Finding
from .job import CheckJob

SEVERITY = "low"  # measured precision on real MT below 0.8 (docs/checking.md)

_EN_STRICT = re.compile(
    r"\b(?:not|no|never|none|nobody|nothing|nowhere|neither|nor|without|cannot)\b|n[’']t\b|\bno one\b", re.IGNORECASE)
_EN_LOOSE = re.compile(
    r"\b(?:unable|impossible|fail(?:s|ed|ing)? to|lack(?:s|ed|ing)?|refus(?:e|es|ed|ing)|absen(?:t|ce)|"
    r"hardly|barely|rarely|seldom|too|free of|instead of|rather than|deny|denied|denies|avoid(?:s|ed)?|ceas(?:e|es|ed)|"
    r"un(?!der|it|iq|iv|ion|til|cles?\b)[a-z]{3,}|[a-z]{3,}less(?:ly|ness)?|non-?[a-z]{3,}|"
    r"(?:in|im|il|ir)(?:conclusive|capable|ability|sufficient|effective|valid|legal|possible|relevant|adequate|"
    r"complete|correct|accurate|appropriate|active|dependent)[a-z]*)\b", re.IGNORECASE)
# phrases with a cue word that do not negate the sentence
_EN_NOT_NEGATING = re.compile(
    r"\b(?:not only|not just|not merely|not least|no matter|no doubt|nothing but|not to mention|none other than|"
    r"or not|if not for|no longer just|no sooner|not until|goes without saying|without (?:a )?doubt)\b", re.IGNORECASE)

_ZH_CHARS = "不没沒未无無非别別勿否"
# words opening with a negation character that do not negate (Simplified and Traditional)
_ZH_NOT_NEGATING = frozenset("""
不断 不斷 不同 不少 不仅 不僅 不但 不过 不過 不管 不久 不禁 不得不 不论 不論 不时 不時 不停 不住 不已 不料 不妨 不外乎
不约而同 不約而同 不计其数 不計其數 不可思议 不可思議 不错 不錯 不免 不由得 不惜 不定 不单 不單 不光 不然 不一会 不久前
无论 無論 无数 無數 无疑 無疑 无比 無比 无限 無限 无人机 無人機 无线 無線 无形 無形 无穷 無窮 无非 無非 无不 無不 无所不
无时无刻 無時無刻 无可厚非 無可厚非 非常 非洲 非凡 非得 非但 非遗 非遺 未来 未來 未婚 否则 否則 别人 別人 别的 別的 别处 別處
别墅 別墅 别名 別名 别称 別稱 没准 沒準 没想到 沒想到 不给力 不給力 非农 非農 不法 不法分子
毫无疑问 毫無疑問 别有用心 別有用心 不超过 不超過 不低于 不低於 不少于 不少於 不到 不足
了不起 差不多 要不然 对不起 對不起 说不定 說不定 巴不得 恨不得 怪不得 大不了 何不 要不 独一无二 獨一無二 有无 有無 没收 沒收
淹没 淹沒 沉没 沉沒 埋没 埋沒 出没 出沒 不得不 并无二致 並無二致 无一例外 無一例外 不可或缺 必不可少 少不了 离不开 離不開
""".split())
# characters that negate inside a word too: 从未 "never", 并不, 听不到 "cannot hear"
_ZH_INSIDE = "不没沒未无無"
_ZH_LOOSE = re.compile(r"拒绝|拒絕|缺乏|缺少|难以|難以|避免|免于|免於|而非|并非|並非|失败|失敗|欠缺|杜绝|杜絕|禁止|防止")


def cues(text: str, lang: str, *, loose: bool = False) -> int:
    """How many negation cues the text has; `loose` adds the words that negate without one."""
    if lang.split("-")[0] == "zh":
        tokens = jieba_words(text)
        words = [word for word, after in zip(tokens, [*tokens[1:], ""])
                 if (word not in _ZH_NOT_NEGATING or _cannot(word, after)) and not word.startswith("无论")
                 and (word[0] in _ZH_CHARS or any(char in _ZH_INSIDE for char in word[1:]))]
        if not loose:  # idioms (成语, four characters and more) seldom come out negated
            return sum(1 for word in words if len(word) < 4)
        return len(words) + len(_ZH_LOOSE.findall(text))
    text = _EN_NOT_NEGATING.sub(" ", text)
    return len(_EN_STRICT.findall(text)) + (len(_EN_LOOSE.findall(text)) if loose else 0)


_AMOUNT = re.compile(r"[0-9０-９零一二两兩三四五六七八九十百千万萬亿億半几幾]")


def _cannot(word: str, after: str) -> bool:
    """不到 after a verb is "cannot" (找不到 "cannot find", jieba cuts 找/不到); before an
    amount it is "less than" (不到一半, 不到1000元)."""
    return word == "不到" and not _AMOUNT.match(after)


def negation(job: CheckJob) -> list[Finding]:
    findings = []
    for span in job.spans:
        if not span.aligned:
            continue
        sides = [(role, text, lang) for role, text, lang in (("reference", span.reference, job.target_lang),
                                                              ("source", span.source, job.source_lang)) if text]
        if not sides:
            continue
        draft_strict = _count(span.draft, job.target_lang, False)
        names = " and ".join(role for role, _, _ in sides)
        if _count(span.draft, job.target_lang, True) == 0 and all(_count(t, lang, False) for _, t, lang in sides):
            message, missing = f"negation missing: the {names} {_verb(sides, 'negate')}, the draft does not", True
        elif draft_strict and not any(_count(t, lang, True) for _, t, lang in sides):
            message, missing = f"negation added: the draft negates, the {names} {_verb(sides, 'do')} not", False
        else:
            continue
        findings.append(Finding(
            "negation", SEVERITY, message, span.ids, span.start, span.end, badness=1.0,
            details={"missing": missing, "cues": {"draft": draft_strict,
                                                  **{role: _count(t, lang, False) for role, t, lang in sides}}},
        ))
    return findings


def _verb(sides: list, plural: str) -> str:
    return plural if len(sides) > 1 else {"negate": "negates", "do": "does"}[plural]


@lru_cache(maxsize=4096)
def _count(text: str, lang: str, loose: bool) -> int:
    return cues(text, lang, loose=loose)
