"""What the translation-file readers give: units with source, target, notes and state."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Region and script subtags that say which Chinese script a language tag means.
_HANT = re.compile(r"^zh[-_](?:.*[-_])?(?:hant|tw|hk|mo)(?:[-_.@]|$)", re.IGNORECASE)
_HANS = re.compile(r"^zh[-_](?:.*[-_])?(?:hans|cn|sg|my)(?:[-_.@]|$)", re.IGNORECASE)


@dataclass(frozen=True)
class TranslationUnit:
    id: str
    source: str  # inline codes rendered as tags, e.g. `Save <x id="1"/> now` (see formats.xml)
    target: str | None  # None: not translated yet
    notes: tuple[str, ...] = ()
    state: str | None = None  # as the file says: XLIFF state ("final", "needs-review-translation"), "fuzzy", ...
    line: int | None = None  # where the unit starts in the file
    index: int = 0  # its place among the file's units, in document order (write-back finds it by this)


@dataclass(frozen=True)
class TranslationFile:
    path: str
    format: str  # "xliff-1.2", "xliff-2.0", "po", "tmx"
    source_lang: str | None  # as declared, e.g. "en-US"
    target_lang: str | None  # e.g. "zh-TW"
    units: tuple[TranslationUnit, ...]  # every unit with a source, translated or not

    @property
    def translated(self) -> tuple[TranslationUnit, ...]:
        return tuple(unit for unit in self.units if unit.target is not None)

    @property
    def untranslated(self) -> tuple[TranslationUnit, ...]:
        return tuple(unit for unit in self.units if unit.target is None)

    def untranslated_note(self) -> str | None:
        """One line saying how many units have no target and are left out, or None."""
        missing = self.untranslated
        if not missing:
            return None
        shown = ", ".join(_short(unit.id) for unit in missing[:3]) + (" ..." if len(missing) > 3 else "")
        return (f"{self.path}: {len(missing)} of {len(self.units)} units have no target and are not scored "
                f"or checked ({shown})")


def _short(text: str, limit: int = 40) -> str:
    """A unit id on one line (a PO id is its msgid, which may run over lines)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def base_language(tag: str | None) -> str | None:
    """"zh_TW" -> "zh", "en-US" -> "en"."""
    if not tag:
        return None
    return re.split(r"[-_.@]", tag.strip(), maxsplit=1)[0].lower() or None


def zh_script(tag: str | None) -> str | None:
    """"hant" for zh-TW, zh-HK, zh-MO, zh-Hant...; "hans" for zh-CN, zh-SG, zh-Hans...; None otherwise."""
    if not tag:
        return None
    if _HANT.match(tag.strip()):
        return "hant"
    if _HANS.match(tag.strip()):
        return "hans"
    return None


def clean_target(text: str | None) -> str | None:
    """A target that is empty or only spaces is no translation."""
    return text if text is not None and text.strip() else None
