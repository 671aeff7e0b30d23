"""Traditional vs Simplified Chinese: detection and OpenCC normalisation."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from .errors import ConfigError

SCRIPTS = {"hant": "Traditional", "hans": "Simplified"}
_CONVERSIONS = {"hant": "s2t", "hans": "t2s"}


@lru_cache(maxsize=2)
def _converter(config: str):
    from opencc import OpenCC

    return OpenCC(config)


@lru_cache(maxsize=None)
def _char_scripts(c: str) -> tuple[bool, bool]:
    """(only Traditional has it, only Simplified has it); cached, as the gate asks per segment."""
    return _converter("t2s").convert(c) != c, _converter("s2t").convert(c) != c


def detect_script(texts: Iterable[str]) -> str | None:
    """'hant', 'hans', or None when the text has no script-specific characters."""
    chars = {c for text in texts for c in text if "\u4e00" <= c <= "\u9fff"}
    if not chars:
        return None
    kinds = [_char_scripts(c) for c in chars]
    traditional = sum(1 for t, _ in kinds if t)
    simplified = sum(1 for _, s in kinds if s)
    if traditional == simplified:
        return None
    return "hant" if traditional > simplified else "hans"


def to_script(texts: Iterable[str], script: str) -> list[str]:
    if script not in _CONVERSIONS:
        raise ConfigError(f"unknown Chinese script {script!r}; use hant (Traditional) or hans (Simplified)")
    convert = _converter(_CONVERSIONS[script]).convert
    return [convert(text) for text in texts]
