"""TMX 1.4 translation memories (lxml): units with every language variant they hold.

A `<tu>` holds one `<tuv>` per language (`xml:lang`, or TMX 1.1's `lang`), several
Chinese ones possibly (zh-CN, zh-TW, zh-HK, zh-Hans...). `read_tmx` gives the source
(the header's `srclang`, else English) and the variant picked for the target: the one
whose tag is the one asked for, else the only one of that language, else the only one
in the script asked for (`hant`/`hans`); otherwise the choice is an error naming them.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ConfigError, InputError
from .units import TranslationFile, TranslationUnit, base_language, clean_target, zh_script
from .xml import inline_text, local, parse

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def read_tmx(path: str | Path, *, target: str | None = None, script: str | None = None) -> TranslationFile:
    """`target`: a language ("zh") or tag ("zh-TW"); None: the one language besides the source."""
    root = parse(path).getroot()
    if local(root) != "tmx":
        raise InputError(f"{path}:{root.sourceline}: not TMX (the root element is <{local(root)}>)")
    header = next((child for child in root if local(child) == "header"), None)
    body = next((child for child in root if local(child) == "body"), None)
    if body is None:
        raise InputError(f"{path}:{root.sourceline}: TMX without a <body>")
    rows = []
    for number, tu in enumerate((child for child in body if local(child) == "tu"), start=1):
        variants = {}
        for tuv in tu:
            if local(tuv) != "tuv":
                continue
            lang = tuv.get(_XML_LANG) or tuv.get("lang")
            if not lang:
                raise InputError(f"{path}:{tuv.sourceline}: <tuv> without xml:lang")
            seg = next((child for child in tuv if local(child) == "seg"), None)
            variants.setdefault(lang, inline_text(seg))
        rows.append((tu.get("tuid") or str(number), tu.sourceline, variants))
    declared = header.get("srclang") if header is not None else None
    tags = sorted({lang for _, _, variants in rows for lang in variants})
    source = declared if declared and declared != "*all*" else _find(tags, "en", None, path, "source")
    chosen = _pick(tags, source, target, script, path)
    units = tuple(TranslationUnit(key, variants[source], clean_target(variants.get(chosen)), (), None, line, k)
                  for k, (key, line, variants) in enumerate(rows) if variants.get(source, "").strip())
    if len({unit.id for unit in units}) != len(units):
        raise InputError(f"{path}: duplicate tuid")
    return TranslationFile(str(path), "tmx", source, chosen, units)


def _pick(tags: list[str], source: str, target: str | None, script: str | None, path: str | Path) -> str:
    others = [tag for tag in tags if base_language(tag) != base_language(source)]
    if target is None:
        languages_found = sorted({base_language(tag) for tag in others})
        if len(languages_found) != 1:
            raise ConfigError(f"{path} holds {', '.join(tags)}: say which is the target (--lang)")
        target = languages_found[0]
    return _find(others, target, script, path, "target")


def _find(tags: list[str], wanted: str, script: str | None, path: str | Path, role: str) -> str:
    exact = [tag for tag in tags if tag.lower() == wanted.lower()]
    if exact:
        return exact[0]
    same = [tag for tag in tags if base_language(tag) == base_language(wanted)]
    if len(same) > 1 and (script or zh_script(wanted)):
        same = [tag for tag in same if zh_script(tag) == (script or zh_script(wanted))] or same
    if len(same) == 1:
        return same[0]
    if not same:
        raise ConfigError(f"{path} has no {wanted} variant for the {role} (it has {', '.join(tags) or 'none'})")
    raise ConfigError(f"{path} has several {wanted} variants ({', '.join(same)}): choose one with "
                      "--zh-script hant|hans, or a candidate file that declares its language")
