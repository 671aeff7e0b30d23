"""Key-value catalogues, one language per file: Android `strings.xml`, iOS `.strings`, i18n JSON.

    android   <string name="k">, <plurals name="k"><item quantity="one"> (key `k[one]`),
              <string-array name="k"><item> (key `k[0]`); translatable="false" skipped;
              Android's escapes (\\' \\" \\n \\t \\@ \\?) undone, <xliff:g> kept as its text
    strings   "key" = "value"; with /* */ and // comments, UTF-8 or UTF-16 (with its BOM)
    json      an object of strings, nested objects flattened with "." (`menu.file.open`),
              arrays as `key[0]`

A translation is the pair of a target file and its source file (`check values-zh-rTW/strings.xml
--src values/strings.xml`): `keyed_pair` makes them one `TranslationFile`, a unit per key
of the source, with no target where the target file lacks the key.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..errors import InputError
from .units import TranslationFile, TranslationUnit, clean_target
from .xml import local, parse

KEYED = ("android", "strings", "json")
_ANDROID_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|.)")
_ANDROID_SIMPLE = {"n": "\n", "t": "\t"}
_STRINGS_ITEM = re.compile(
    r'\s*(?:/\*.*?\*/|//[^\n]*\n|(?P<key>"(?:[^"\\]|\\.)*"|[\w.-]+)\s*=\s*(?P<value>"(?:[^"\\]|\\.)*")\s*;)',
    re.DOTALL)
_STRINGS_ESCAPE = re.compile(r'\\(U[0-9a-fA-F]{4}|u[0-9a-fA-F]{4}|.)')


def read_keyed(path: str | Path, format_: str) -> list[tuple[str, str, int]]:
    """(key, text, line) of every translatable string, in file order."""
    if not Path(path).is_file():
        raise InputError(f"{path}: file not found")
    items = {"android": _android, "strings": _strings, "json": _json}[format_](path)
    seen: set[str] = set()
    for key, _, line in items:
        if key in seen:
            raise InputError(f"{path}:{line}: duplicate key {key!r}")
        seen.add(key)
    return items


def keyed_pair(target: str | Path, source: str | Path, format_: str) -> TranslationFile:
    """A target catalogue and its source catalogue as one translation file, by key."""
    translated = {key: text for key, text, _ in read_keyed(target, format_)}
    lines = {key: line for key, _, line in read_keyed(target, format_)}
    units = tuple(TranslationUnit(key, text, clean_target(translated.get(key)), (), None, lines.get(key, line), k)
                  for k, (key, text, line) in enumerate(read_keyed(source, format_)) if text.strip())
    if not any(unit.target is not None for unit in units) and translated:
        raise InputError(f"{target}: none of its keys is in {source}; is --src the catalogue it translates?")
    return TranslationFile(str(target), format_, None, None, units)


def _android(path: str | Path) -> list[tuple[str, str, int]]:
    root = parse(path).getroot()
    if local(root) != "resources":
        raise InputError(f"{path}:{root.sourceline}: not an Android string resource (the root is <{local(root)}>)")
    items = []
    for element in root:
        name, kind = element.get("name"), local(element)
        if not name or element.get("translatable") == "false" or kind not in ("string", "plurals", "string-array"):
            continue
        if kind == "string":
            items.append((name, _android_text(element), element.sourceline))
            continue
        for number, item in enumerate(child for child in element if local(child) == "item"):
            suffix = item.get("quantity") if kind == "plurals" else str(number)
            items.append((f"{name}[{suffix}]", _android_text(item), item.sourceline))
    return items


def _android_text(element) -> str:
    text = "".join(element.itertext())
    if len(text) >= 2 and text.startswith('"') and text.endswith('"'):
        text = text[1:-1]
    else:
        text = " ".join(text.split()) if "\n" in text else text

    def unescape(match: re.Match[str]) -> str:
        code = match.group(1)
        if code.startswith("u") and len(code) == 5:
            return chr(int(code[1:], 16))
        return _ANDROID_SIMPLE.get(code, code)

    return _ANDROID_ESCAPE.sub(unescape, text)


def _strings(path: str | Path) -> list[tuple[str, str, int]]:
    data = Path(path).read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{path}:{line}: not valid {encoding}") from None
    items, position = [], 0
    while position < len(text.rstrip()):
        match = _STRINGS_ITEM.match(text, position)
        if match is None:
            rest = text[position:]
            line = text.count("\n", 0, position + len(rest) - len(rest.lstrip())) + 1
            found = rest.strip().splitlines()[0][:40]
            raise InputError(f"{path}:{line}: not a .strings entry ({found!r}; expected \"key\" = \"value\";)")
        if match.group("key") is not None:
            key = match.group("key")
            line = text.count("\n", 0, match.start("key")) + 1
            items.append((_unquote(key) if key.startswith('"') else key, _unquote(match.group("value")), line))
        position = match.end()
    return items


def _unquote(quoted: str) -> str:
    def unescape(match: re.Match[str]) -> str:
        code = match.group(1)
        if code[0] in "Uu" and len(code) == 5:
            return chr(int(code[1:], 16))
        return {"n": "\n", "t": "\t", "r": "\r"}.get(code, code)

    return _STRINGS_ESCAPE.sub(unescape, quoted[1:-1])


def _json(path: str | Path) -> list[tuple[str, str, int]]:
    from ..textio import read_text

    text = read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}: invalid JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}:1: not an i18n catalogue (expected a JSON object of strings)")
    items: list[tuple[str, str, int]] = []

    def walk(value: object, key: str) -> None:
        if isinstance(value, str):
            needle = json.dumps(key.rsplit(".", 1)[-1].split("[")[0], ensure_ascii=False)
            items.append((key, value, text.count("\n", 0, max(text.find(needle), 0)) + 1))
        elif isinstance(value, dict):
            for name, inner in value.items():
                walk(inner, f"{key}.{name}" if key else name)
        elif isinstance(value, list):
            for number, inner in enumerate(value):
                walk(inner, f"{key}[{number}]")
        elif value is not None:
            raise InputError(f"{path}: {key}: expected a string, not {type(value).__name__}")

    walk(data, "")
    return items
