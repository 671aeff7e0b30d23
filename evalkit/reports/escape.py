"""Every string from the inputs (system names, ids, texts, paths, warnings) passes through
one of these on its way into an output, since many Markdown viewers render raw HTML and
terminals obey escape sequences:

- `md`: Markdown text (tables, headings, quotes): HTML's & < > as entities, Markdown's own
  marks and table pipes backslash-escaped, line breaks as spaces;
- `html_text`: inside raw HTML (a <details> summary), where Markdown escapes would show;
- `md_code`: a code span that no backtick in the text can close early;
- `visible`: control characters as `\\x1b`-style escapes, for a terminal.
"""

from __future__ import annotations

import html
import re

_MARKDOWN = re.compile(r"([\\`*_\[\]~|])")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _one_line(text: str) -> str:
    return " ".join(text.splitlines())


def md(text: str) -> str:
    return _MARKDOWN.sub(r"\\\1", html.escape(_one_line(text), quote=False))


def html_text(text: str) -> str:
    return html.escape(_one_line(text))


def md_code(text: str) -> str:
    text = _one_line(text)
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def visible(text: str) -> str:
    """A file name or text holding ESC sequences must not drive the terminal (colours, cursor
    moves, a rewritten window title)."""
    return _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", text)
