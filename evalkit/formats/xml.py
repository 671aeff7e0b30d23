"""XML for the translation formats (lxml): parsed safely, errors as one line with the line
number, inline codes rendered as short tags.

An inline code (XLIFF's `<x/>`, `<g>`, `<ph>`, `<pc>`, TMX's `<bpt>`, ...) becomes a tag
with only its identifying attribute, `<x id="START_BOLD_TEXT"/>`, `<g id="1">`...`</g>`:
what a translator sees in a CAT tool, and what the `placeholders` check compares
between source and target. Native code inside a code (`<ph>&lt;br/&gt;</ph>`) is not
text and is not rendered; markers (`<mrk>`, TMX `<hi>`) are transparent.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..errors import InputError

# Name -> how to render it: "pair" wraps its children, "empty" is one tag, "text" keeps
# only its children, "char" is a code point.
INLINE = {
    "g": "pair", "pc": "pair",
    "x": "empty", "bx": "empty", "ex": "empty", "ph": "empty", "bpt": "empty", "ept": "empty", "it": "empty",
    "sc": "empty", "ec": "empty", "ut": "empty",
    "mrk": "text", "hi": "text", "sub": "skip", "sm": "skip", "em": "skip",
    "cp": "char",
}
_IDENTIFYING = ("id", "startRef", "i", "x", "rid")


def parse(path: str | Path) -> etree._ElementTree:
    """The file as an lxml tree: no entity expansion, no network, no DTD loading."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=False, strip_cdata=False)
    try:
        return etree.parse(str(path), parser)
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or (exc.position[0] if exc.position else 0)
        message = (exc.msg or str(exc)).split(f"{path}:")[-1].strip()
        raise InputError(f"{path}:{line}: malformed XML ({message})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc})") from None


def local(element: etree._Element) -> str:
    tag = element.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def inline_text(element: etree._Element | None) -> str:
    """The text of a `<source>`, `<target>` or `<seg>`, inline codes rendered as tags."""
    if element is None:
        return ""
    pieces = [element.text or ""]
    for child in element:
        pieces.append(_render(child))
        pieces.append(child.tail or "")
    return "".join(pieces)


def _render(element: etree._Element) -> str:
    name = local(element)
    how = INLINE.get(name, "text") if name else "skip"  # comments and processing instructions are not text
    if how == "skip":
        return ""
    if how == "char":
        try:
            return chr(int(element.get("hex", ""), 16))
        except (ValueError, OverflowError):
            return ""
    if how == "text":
        return inline_text(element)
    attributes = "".join(f' {key}="{element.get(key)}"' for key in _IDENTIFYING if element.get(key) is not None)
    if how == "empty":
        return f"<{name}{attributes}/>"
    return f"<{name}{attributes}>{inline_text(element)}</{name}>"
