"""What every check looks at: the draft, its alignment, the languages and the glossary."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from .draft import Draft
from .glossary import GlossaryEntry
from .spans import AlignedSpan, Unit


@dataclass(frozen=True)
class CheckJob:
    draft: Draft
    spans: tuple[AlignedSpan, ...]
    source_lang: str
    target_lang: str
    glossary: tuple[GlossaryEntry, ...] = ()
    target_script: str | None = None  # "hant" / "hans" for a Chinese draft, when known
    model: str = ""  # the embedding model behind the spans' similarities (absolute floors are per model)
    encode: Callable[[Sequence[str]], np.ndarray] | None = None  # unit sentence vectors; None: checks needing them skip
    units: tuple[Unit, ...] = ()  # the segments aligned to, each with its own texts

    def excerpt(self, text: str, limit: int = 80) -> str:
        text = " ".join(text.split())
        return text if len(text) <= limit else text[: limit - 1] + "…"
