"""Placeholders, inline tags and entities in a translatable string: found, compared, masked.

What counts (one token each, found left to right by `tokens`):

    printf      %s %d %.2f %1$s %@ %(name)s        (C, Python %-format, Objective-C)
    brace       {name} {0} {} {name!r:>8}          (Python str.format, .NET, Java MessageFormat)
    double      {{ name }}                          (Symfony, Angular, Jinja, Handlebars)
    icu         {count, plural, one {...} other {...}} {n, number}   (ICU MessageFormat)
    tag         <b> </b> <br/> <x id="1"/>          (HTML in the text, XLIFF inline codes as evalkit renders them)
    entity      &brandShortName; &appName;         (DTD and XML entities: variables)

`%%` is a literal percent sign, never a placeholder; an HTML character reference (`&amp;`,
`&nbsp;`, `&#160;`) is a character, which a translation may write another way. A named
or numbered placeholder (`%(name)s`, `%1$s`, `{0}`, `{name}`) may be used any number
of times; an unnamed one (`%s`, `{}`) and a tag count each time. An ICU plural or select is one token
(its argument name and type); the placeholders inside its branches are compared as a set,
since a language may need fewer branches (Chinese has only `other`).

`mask` removes every token (a space in its place, spaces collapsed), so that metrics
compare the words on both sides: placeholders are this module's business, not BLEU's.
"""

from __future__ import annotations

import re
from collections import Counter
from html.entities import html5
from dataclasses import dataclass

_PRINTF = (r"%(?:\([^()\s]{1,64}\))?(?:[1-9]\d?\$)?[-+#0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?"
           r"(?:hh|h|ll|l|L|z|j|t|q)?[diouxXeEfFgGcsaAp@]")
_TOKEN = re.compile(
    r"(?P<percent>%%)"
    rf"|(?P<printf>{_PRINTF})"
    r"|(?P<double>\{\{[^{}]{1,100}\}\})"
    r"|(?P<brace>\{(?:[^\W\d][\w.]*|\d+)?(?:![rsa])?(?::[^{}]{0,20})?\})"
    r"|(?P<icu>\{\s*[A-Za-z_]\w*\s*,\s*(?:plural|select|selectordinal|number|date|time|spellout|ordinal)\b)"
    r"|(?P<tag></?[A-Za-z][\w:.-]*(?:\s+[\w:.-]+\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'))*\s*/?>)"
    r"|(?P<entity>&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});)"
)
_ICU_HEAD = re.compile(r"\{\s*([A-Za-z_]\w*)\s*,\s*(\w+)")
# A printf conversion without a name or position is filled in order: its order matters.
_POSITIONAL = re.compile(r"%[-+#0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|z|j|t|q)?[diouxXeEfFgGcsaAp@]$")
_SPACES = re.compile(r"\s+")
_NAMED = re.compile(r"%\([^)]*\).*|%[1-9]\d?\$.*|\{[\w.]+(?:![rsa])?(?::[^{}]*)?\}|\{\{.*\}\}|&.*;")


@dataclass(frozen=True)
class Token:
    kind: str  # printf, brace, double, icu, tag, entity
    text: str  # as written (an ICU block: the whole block)
    key: str  # what is compared: the text, spaces normalised; an ICU block's "{name, type}"
    start: int
    end: int
    inner: frozenset[str] = frozenset()  # keys of the placeholders inside an ICU block's branches


@dataclass(frozen=True)
class Mismatch:
    problem: str  # missing, extra, changed, order
    kind: str  # a token kind, or icu-branch: a placeholder inside an ICU block's branches
    source: tuple[str, ...]  # the tokens in the source (missing, changed, order)
    target: tuple[str, ...]  # the tokens in the target (extra, changed, order)

    def describe(self) -> str:
        shown = {"missing": lambda: f"missing {', '.join(self.source)}",
                 "extra": lambda: f"not in the source: {', '.join(self.target)}",
                 "changed": lambda: f"{', '.join(self.source)} changed to {', '.join(self.target)}",
                 "order": lambda: (f"order changed from {' '.join(self.source)} to {' '.join(self.target)} "
                                   "(these are filled in order)")}
        return shown[self.problem]()


def tokens(text: str) -> list[Token]:
    found = []
    position = 0
    while (match := _TOKEN.search(text, position)) is not None:
        kind = match.lastgroup or ""
        position = match.end()
        if kind == "percent":
            continue
        if kind == "icu":
            end = _closing_brace(text, match.start())
            if end is None:  # not a well-formed block: leave it to be read as text
                position = match.start() + 1
                continue
            block = text[match.start():end]
            name, kind_of = _ICU_HEAD.match(block).groups()
            found.append(Token("icu", block, f"{{{name}, {kind_of}}}", match.start(), end, _inner_keys(block)))
            position = end
            continue
        if kind == "entity" and _is_character(match.group()):
            continue
        found.append(Token(kind, match.group(), _key(kind, match.group()), match.start(), match.end()))
    return found


def _is_character(entity: str) -> bool:
    """`&amp;`, `&nbsp;`, `&#160;`: a way to write a character, which a translation may
    write otherwise or translate away; `&brandShortName;` is a variable."""
    return entity.startswith("&#") or entity[1:] in html5


def _key(kind: str, text: str) -> str:
    if kind == "double":
        return "{{ " + _SPACES.sub(" ", text[2:-2].strip()) + " }}"
    if kind == "tag":
        return _SPACES.sub(" ", text)
    return text


def _closing_brace(text: str, start: int) -> int | None:
    depth = 0
    for position in range(start, len(text)):
        char = text[position]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return position + 1
    return None


def _inner_keys(block: str) -> frozenset[str]:
    """The keys of the placeholders inside an ICU block's branches (and '#', the number)."""
    head = _ICU_HEAD.match(block)
    rest = block[head.end():-1] if head else ""
    keys: set[str] = set()
    position = 0
    while (opening := rest.find("{", position)) >= 0:
        closing = _closing_brace(rest, opening)
        if closing is None:
            break
        branch = rest[opening + 1:closing - 1]
        for token in tokens(branch):
            keys |= {token.key, *token.inner}
        if "#" in branch:
            keys.add("#")
        position = closing
    return frozenset(keys)


def _branch(block: str, selector: str) -> str:
    """The text of one branch of an ICU block ("" when it has none)."""
    head = _ICU_HEAD.match(block)
    rest = block[head.end():-1] if head else ""
    found = re.search(rf"(?:^|[\s,}}]){re.escape(selector)}\s*\{{", rest)
    if found is None:
        return ""
    closing = _closing_brace(rest, found.end() - 1)
    return rest[found.end():closing - 1] if closing else ""


def compare(source: str, target: str) -> list[Mismatch]:
    """What differs between the placeholders, tags and entities of a source and its translation."""
    source_tokens, target_tokens = tokens(source), tokens(target)
    mismatches: list[Mismatch] = []
    for kind in ("printf", "brace", "double", "icu", "tag", "entity"):
        ours = [t for t in source_tokens if t.kind == kind]
        theirs = [t for t in target_tokens if t.kind == kind]
        missing, extra = _difference([t.key for t in ours], [t.key for t in theirs])
        if missing and extra and sum(missing.values()) == sum(extra.values()):
            mismatches.append(Mismatch("changed", kind, tuple(missing.elements()), tuple(extra.elements())))
        else:
            if missing:
                mismatches.append(Mismatch("missing", kind, tuple(missing.elements()), ()))
            if extra:
                mismatches.append(Mismatch("extra", kind, (), tuple(extra.elements())))
        if kind == "printf" and not missing and not extra:
            order_ours = [t.key for t in ours if _POSITIONAL.fullmatch(t.key)]
            order_theirs = [t.key for t in theirs if _POSITIONAL.fullmatch(t.key)]
            if order_ours != order_theirs:
                mismatches.append(Mismatch("order", kind, tuple(order_ours), tuple(order_theirs)))
        if kind == "icu":
            for block in ours:
                match = next((t for t in theirs if t.key == block.key), None)
                if match is None:
                    continue
                lost, added = sorted(block.inner - match.inner), sorted(match.inner - block.inner)
                if lost:
                    mismatches.append(Mismatch("missing", "icu-branch", tuple(f"{x} in {block.key}" for x in lost), ()))
                if added:
                    mismatches.append(Mismatch("extra", "icu-branch", (), tuple(f"{x} in {block.key}" for x in added)))
    return mismatches


def _difference(ours: list[str], theirs: list[str]) -> tuple[Counter[str], Counter[str]]:
    """(missing, extra): a named or numbered placeholder may be used any number of times,
    so only whether it is there counts; an unnamed one (`%s`, `{}`) and a tag, each time."""
    counted_ours, counted_theirs = Counter(ours), Counter(theirs)
    for key in set(ours) | set(theirs):
        if _NAMED.fullmatch(key) and key in counted_ours and key in counted_theirs:
            counted_ours[key] = counted_theirs[key] = 1
    return counted_ours - counted_theirs, counted_theirs - counted_ours


def blank(text: str) -> str:
    """The text with every placeholder, tag and entity replaced by as many spaces: what
    language identification reads (`%(model_name)s 已存在` is Chinese), offsets unchanged."""
    pieces, position = [], 0
    for token in tokens(text):
        pieces += [text[position:token.start], " " * (token.end - token.start)]
        position = token.end
    pieces.append(text[position:])
    return "".join(pieces)


def mask(text: str) -> str:
    """The text with every placeholder, tag and entity removed (a space in its place, spaces
    collapsed; an ICU plural or select gives way to its `other` branch): what the metrics
    score for a unit read from a translation file."""
    found = tokens(text)
    if not found:
        return text
    pieces, position = [], 0
    for token in found:
        kept = mask(_branch(token.text, "other").replace("#", " ")) if token.kind == "icu" else ""
        pieces += [text[position:token.start], f" {kept} "]
        position = token.end
    pieces.append(text[position:])
    return _SPACES.sub(" ", "".join(pieces)).strip()
