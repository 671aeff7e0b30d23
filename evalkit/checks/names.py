"""`names`: a name in the reference (or kept in Latin letters in the source) missing from the draft.

Names are taken where they are unambiguous:

- English: runs of capitalised words that are capitalised somewhere in the reference
  document other than at the start of a sentence and never written there in lower case
  (so not "Promoting" in a title), less titles and other capitalised common words
  (President, Province, Monday); a name is present when any of its words is
  in the draft, ignoring case and accents, or a word with the same first four letters
  (China, Chinese), or when the draft has the acronym of the longer name it is part of
  (Aeronautics, NASA); acronyms are left out (USA, the United States);
- Latin-script words in a Chinese source (Google, SSC5, iPhone), which a translation keeps.

Chinese drafts are not checked: on WMT21 en-zh, a human translation checked against the
other human reference had a "missing" name in one segment in four (jieba tags 大桥 and
今年夏天 as names; 川普 and 特朗普, Pogba and 博格巴 are the same person).

A reference name counts only when the source has a name too (a Latin word, a capitalised
English word, a word jieba tags as a name), so a reference's own additions (a dateline,
an explanation) are not held against the draft. Without a reference, only Latin words of
a Chinese source are looked for in the draft.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .findings import Finding
from .job import CheckJob
from .spans import AlignedSpan

SEVERITY = "low"  # measured precision on real MT below 0.8 (docs/checking.md)

_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][\w’'\u00C0-\u024F-]*")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”'‘()\[\]—–-]\s*)$")
# capitalised words that are not names, or not on their own
_NOT_NAMES = frozenset("""
i a an the and or but of in on at to for from by with as is are was were be this that these those it its he she we
they his her our their my your you me us him them there here what which who whom whose when where why how if then
so not no yes all any some each every both one two three mr mrs ms dr prof sir madam mister president vice minister
prime secretary general chairman chairwoman chair director deputy head chief premier governor mayor ambassador
king queen prince princess emperor pope party government committee council ministry department bureau office
agency association union university college school institute academy hospital province city county district town
village street road avenue river mountain lake sea ocean island company co corp ltd inc group corporation news daily
times post press television radio center centre republic state states national international central federal
north south east west northern southern eastern western new great grand old upper lower first second third
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december spring summer autumn winter internet web god ok tv ceo gdp covid
united kingdom celsius centigrade fahrenheit
""".split())
_PROPER = ("nr", "ns", "nt", "nz", "nrt", "nrfg")


def names(job: CheckJob) -> list[Finding]:
    if _chinese(job.target_lang):  # jieba's name tags and transliterations vary too much to judge (docs/checking.md)
        return []
    reference_names = _document_names(tuple(span.reference or "" for span in job.spans), job.target_lang)
    findings = []
    for span in job.spans:
        if not span.aligned:
            continue
        missing = [name for name in _expected(span, job, reference_names)
                   if not _present(name, span.draft, job.target_lang) and not _abbreviated(name, span)]
        if missing:
            findings.append(Finding(
                "names", SEVERITY, "not in the draft: " + ", ".join(missing), span.ids, span.start, span.end,
                badness=len(missing), details={"missing": missing},
            ))
    return findings


def _expected(span: AlignedSpan, job: CheckJob, reference_names: frozenset[str]) -> list[str]:
    """The names the draft should have, in the order they come."""
    source_latin = _latin(span.source, job.source_lang) if span.source else []
    if span.reference is None:
        return source_latin
    expected = _names(span.reference, job.target_lang, reference_names)
    expected += [w for w in source_latin if w not in expected and _present(w, span.reference, job.target_lang)]
    if span.source is not None and not _has_name(span.source, job.source_lang):
        return []
    return expected


@lru_cache(maxsize=64)
def _document_names(references: tuple[str, ...], lang: str) -> frozenset[str]:
    """English words capitalised somewhere in the reference other than at a sentence start."""
    if _chinese(lang):
        return frozenset()
    found, lower = set(), set()
    for text in references:
        words = _WORD.findall(text)
        lower.update(w for w in words if w.islower())
        if len(words) <= 15 and sum(w[0].isupper() for w in words) > len(words) / 2:  # a headline in title case
            continue
        for word in _WORD.finditer(text):
            if word.group(0)[0].isupper() and not _SENTENCE_START.search(text[:word.start()]):
                found.add(word.group(0))
    # acronyms have spelled-out equivalents (USA, the United States); I'd and I'm are not names
    # a word the reference also writes in lower case is a common word in a title (the Decision, Promoting)
    return frozenset(w for w in found if w.lower() not in _NOT_NAMES and w.lower() not in lower and not w.isupper()
                     and not re.match(r"I[’']", w))


def _names(text: str, lang: str, known: frozenset[str]) -> list[str]:
    if _chinese(lang):
        return list(_proper_words(text)) + [w for w in _latin(text, lang)]
    names: list[list[str]] = []
    end = -1
    for word in _WORD.finditer(text):
        if word.group(0) not in known:
            continue
        if names and text[end:word.start()] == " ":  # the run of capitalised words goes on
            names[-1].append(word.group(0))
        else:
            names.append([word.group(0)])
        end = word.end()
    return list(dict.fromkeys(" ".join(name) for name in names))


def _latin(text: str, lang: str) -> list[str]:
    """Latin-script words (two letters or more) in a Chinese text."""
    if not _chinese(lang):
        return []
    return [w for w in dict.fromkeys(_LATIN.findall(text)) if len(w) >= 2 and w.lower() not in _NOT_NAMES]


def _has_name(text: str, lang: str) -> bool:
    if _chinese(lang):
        return bool(_LATIN.search(text)) or bool(_proper_words(text))
    return any(w[0].isupper() and w.lower() not in _NOT_NAMES for w in _WORD.findall(text)[1:])


@lru_cache(maxsize=4096)
def _proper_words(text: str) -> tuple[str, ...]:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    return tuple(dict.fromkeys(w.word for w in jieba.posseg.cut(text) if w.flag in _PROPER and len(w.word) >= 2))


def _present(name: str, text: str, lang: str) -> bool:
    if _chinese(lang) and not _LATIN.fullmatch(name):
        return name in text
    words = {_fold(part) for w in _WORD.findall(text) for part in (w, *w.split("-"))}
    stems = {w[:4] for w in words if len(w) >= 4}
    for part in name.split():
        folded = _fold(part)
        if folded in words or (len(folded) >= 4 and folded[:4] in stems):
            return True
    return False


def _abbreviated(name: str, span: AlignedSpan) -> bool:
    """The draft has the acronym of the longer name this one is part of in the reference
    (National Aeronautics and Space Administration, NASA)."""
    if not span.reference or _chinese_text(name):
        return False
    acronyms = set(re.findall(r"\b[A-Z]{2,}\b", span.draft))
    first = name.split()[0]
    for long in re.finditer(r"[A-Z][\w’'-]*(?:\s+(?:(?:and|of|for|the|de)\s+)*[A-Z][\w’'-]*)+", span.reference):
        words = [word for word in long.group(0).split() if word[0].isupper()]
        if first not in words:
            continue
        at = words.index(first)
        if any("".join(w[0] for w in words[i:j]) in acronyms
               for i in range(at + 1) for j in range(at + 1, len(words) + 1)):
            return True
    return False


def _chinese_text(text: str) -> bool:
    return bool(re.search(r"[\u4e00-\u9fff]", text))


def _fold(word: str) -> str:
    """Lower case without accents or possessive: Düsseldorf's -> dusseldorf."""
    word = re.sub(r"[’']s$", "", word)
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _chinese(lang: str) -> bool:
    return lang.split("-")[0] == "zh"
