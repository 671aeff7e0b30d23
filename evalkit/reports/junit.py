"""The gate's verdict as JUnit XML: one test suite per system, one test case per rule.

Written with the standard library's ElementTree (CI systems read the common JUnit
dialect: testsuites > testsuite > testcase with failure or skipped).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..gate import FAIL, SKIP, Verdict
from .gate_text import excerpt, finding_place, finding_scores, headline

# Characters XML 1.0 cannot hold at all, even escaped; a candidate file may contain them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _safe(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def render_junit(verdict: Verdict) -> str:
    root = ET.Element("testsuites", name="evalkit gate", tests=str(len(verdict.outcomes)),
                      failures=str(len(verdict.failures)), errors="0")
    for system in verdict.systems:
        outcomes = [o for o in verdict.outcomes if o.system == system]
        suite = ET.SubElement(root, "testsuite", name=system, tests=str(len(outcomes)),
                              failures=str(sum(o.status == FAIL for o in outcomes)), errors="0",
                              skipped=str(sum(o.status == SKIP for o in outcomes)))
        ET.SubElement(ET.SubElement(suite, "properties"), "property", name="evalkit", value=headline(verdict))
        for outcome in outcomes:
            case = ET.SubElement(suite, "testcase", classname=f"evalkit.gate.{system}", name=outcome.rule)
            if outcome.status == SKIP:
                ET.SubElement(case, "skipped", message=outcome.detail)
            elif outcome.status == FAIL:
                failure = ET.SubElement(case, "failure", message=outcome.detail, type=outcome.rule.split(":")[0])
                failure.text = _details(verdict, system, outcome.segments) or outcome.detail
            else:
                ET.SubElement(case, "system-out").text = outcome.detail
    for element in root.iter():
        element.attrib = {key: _safe(value) for key, value in element.attrib.items()}
        if element.text:
            element.text = _safe(element.text)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _details(verdict: Verdict, system: str, ids: tuple[str, ...]) -> str:
    lines = []
    for finding in verdict.findings:
        if finding.system == system and finding.id in ids:
            lines.append(f"{finding.id} ({finding_place(finding)}): {finding_scores(finding)}")
            lines += [f"  {rule}: {problem}" for rule, problem in finding.problems]
            lines += [f"  ref: {excerpt(finding.reference)}", f"  hyp: {excerpt(finding.candidate)}"]
    return "\n".join(lines)
