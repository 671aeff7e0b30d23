"""SRT (srt, MIT) and WebVTT (webvtt-py, MIT) subtitles: cues as units, or as a draft.

A cue's lines are one line of text (formatting tags dropped). As a draft for `evalkit
check`, each cue is a line: the draft reader joins an English line that starts in lower
case to the one before, so a sentence split across cues is checked whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..textio import read_text

_TAG = re.compile(r"<[^>]*>|\{\\[^}]*\}")  # HTML-like tags, and SSA overrides such as {\an8}


@dataclass(frozen=True)
class Cue:
    id: str  # the SRT index, the WebVTT identifier, else the cue's number
    start: str
    end: str
    text: str


def read_cues(path: str | Path, kind: str) -> list[Cue]:
    text = read_text(path)
    cues = _srt(path, text) if kind == "srt" else _vtt(path, text)
    if not cues:
        raise InputError(f"{path}: no cues")
    return cues


def _srt(path: str | Path, text: str) -> list[Cue]:
    import srt

    try:
        parsed = list(srt.parse(text))
    except srt.SRTParseError as exc:
        line = text[: exc.expected_start].count("\n") + 1
        raise InputError(f"{path}:{line}: not SRT ({exc.unmatched_content.strip()[:40]!r} is not a cue)") from None
    return [Cue(str(cue.index), srt.timedelta_to_srt_timestamp(cue.start), srt.timedelta_to_srt_timestamp(cue.end),
                _line(cue.content)) for cue in parsed]


def _vtt(path: str | Path, text: str) -> list[Cue]:
    import webvtt
    from webvtt.errors import MalformedFileError

    try:
        parsed = webvtt.from_string(text)
    except MalformedFileError as exc:
        raise InputError(f"{path}:1: not WebVTT ({exc})") from None
    return [Cue(caption.identifier or str(k), caption.start, caption.end, _line(caption.text))
            for k, caption in enumerate(parsed.captions, start=1)]


def _line(content: str) -> str:
    return " ".join(_TAG.sub("", content).split())


def cues_text(cues: list[Cue]) -> str:
    """One line per cue, so that line N of a finding is cue N."""
    return "".join(cue.text + "\n" for cue in cues)
