"""Write natsec-draft.en.docx: the English test draft of the seed (tests/data/check/natsec-draft.en.md)
as a Word document, made with python-docx: `#` lines as headings, other lines as paragraphs.

    python3 tests/data/formats/make_natsec_docx.py
"""

from __future__ import annotations

from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent


def main() -> None:
    document = docx.Document()
    lines = (HERE.parent / "check" / "natsec-draft.en.md").read_text(encoding="utf-8").splitlines()
    for line in lines:
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            document.add_heading(line.lstrip("#").strip(), level=level)
        elif line.strip():
            document.add_paragraph(line)
    document.save(HERE / "natsec-draft.en.docx")


if __name__ == "__main__":
    main()
