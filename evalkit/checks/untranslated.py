"""`untranslated`: draft text still in the source language.

A sentence whose language (lingua, choosing between the pair's two languages) is the
source language is untranslated as a whole. Inside a sentence, a run of the source's
script is a left-over fragment: Han characters in a draft whose target language is not
written in them, or, for an English source, a run of three or more Latin-script words
copied from the aligned source (a Chinese text may quote names and acronyms in Latin
letters, so only copied runs count).
"""

from __future__ import annotations

import re

from ..langid import languages_of
from ..segment import is_cjk_language
from .findings import Finding
from .job import CheckJob

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]{2,}")
_LATIN_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]*(?:[\s,;:]+[A-Za-z][A-Za-z'’-]*){2,}")


def untranslated(job: CheckJob) -> list[Finding]:
    sentences = job.draft.sentences
    found = languages_of([s.text for s in sentences], among=(job.source_lang, job.target_lang))
    findings = []
    span_of = {j: span for span in job.spans for j in span.sentences}
    for j, (sentence, language) in enumerate(zip(sentences, found)):
        span = span_of[j]
        if language == job.source_lang and language != job.target_lang:
            findings.append(Finding(
                "untranslated", "high", f"still in {_NAMES.get(language, language)}: {job.excerpt(sentence.text)}",
                span.ids, sentence.start, sentence.end, badness=len(sentence.text),
                details={"language": language},
            ))
            continue
        for fragment in _fragments(job, sentence.text, span.source):
            start = sentence.start + fragment.start()
            findings.append(Finding(
                "untranslated", "medium", f"left in {_NAMES.get(job.source_lang, job.source_lang)}: {fragment.group(0)}",
                span.ids, start, start + len(fragment.group(0)), badness=len(fragment.group(0)),
                details={"fragment": fragment.group(0)},
            ))
    return findings


_NAMES = {"zh": "Chinese", "en": "English", "ja": "Japanese"}


def _fragments(job: CheckJob, text: str, source: str | None) -> list[re.Match[str]]:
    if job.source_lang == "zh" and not is_cjk_language(job.target_lang):
        return list(_HAN.finditer(text))
    if job.source_lang == "en" and is_cjk_language(job.target_lang) and source:
        return [run for run in _LATIN_WORDS.finditer(text) if run.group(0) in source]
    return []
