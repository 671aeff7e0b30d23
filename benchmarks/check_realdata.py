"""Precision and recall of every `evalkit check` finding kind, and of the gate's segment
guards, on public human-annotated translations and on errors planted into real ones.

    PYTHONPATH=. python3 benchmarks/check_realdata.py [--data ../shared/data] \\
        [--mqm-repo PATH] [--out benchmarks/out/check_realdata] [--docs]

Data (read where it lies, never copied into evalkit):

- `ted-zhen`: WMT21 TED talks zh-en, Google's MQM ratings (github.com/google/wmt-mqm-human-evaluation,
  `ted/zhen/mqm_ted_zhen.tsv`; in ../shared/data/ted-mqm-zhen): 5 talks, 529 segments, 13 MT
  systems, one rater per segment, error spans with categories. Each system's talk is
  checked as a document (one segment per line) against the reference refB and the source.
- `gen23-zhen`: WMT23 general zh-en, the side-by-side MQM ratings (same repository,
  `generalMT2023/zhen/sxs_mqm_generalMT2023_zhen.3ratingsPerSegment.tsv.tar.gz`, read from
  --mqm-repo: a checkout or a bare git directory): 38 news documents, 10 systems, 3
  raters per segment, no reference: checked against the source alone.
- `wmt21-zhen`: WMT21 news zh-en (../shared/data/wmt21-zhen): 8 systems with per-segment
  MQM averages on 650 segments. Lines 1-600 are held out: reported as `wmt21-zhen-heldout`,
  never used to choose anything.
- `numbers-zhen`, `numbers-enzh`: WMT21 news zh-en and en-zh, every line, for the systems
  whose number errors were read and labelled by hand (`benchmarks/data/numbers_labels.tsv`,
  from `benchmarks/numbers_realdata.py`); only `numbers` is counted there. Left out when
  that file is absent.
- `planted-zhen`, `planted-enzh`: a human translation (TED refB checked against ref; WMT21
  en-zh reference B against reference A) with one kind of error planted per draft by
  `benchmarks/perturb.py` into every fourth segment that offers a place for it; swapped
  neighbours, "." lines and wrong-sentence lines; whole drafts of "." lines and of
  shuffled translations; the clean translation itself and the reference itself.

What counts as a true finding (segment level: a finding marks the segments of its ids,
or the draft line it is on):

- on MQM data, a segment whose rating has an error the kind is about (`TRUTH` below);
  kinds that MQM has no category for are counted against "any accuracy error";
- on `wmt21-zhen`, which has scores and no spans, a segment with an MQM average of -5
  or worse (a major error);
- on planted data, a segment with the planted error the kind is meant to catch.

The base rate (positives / segments) is what a check that flags at random would reach
as precision. `fails` columns count the findings that fail `--fail-on KIND` by default
(severity high or medium). `--docs` rewrites the tables between the
`<!-- check_realdata -->` markers in docs/checking.md and docs/gating.md.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perturb import PERTURBATIONS  # noqa: E402

import evalkit  # noqa: E402
from evalkit import Settings  # noqa: E402
from evalkit.checks import KINDS  # noqa: E402
from evalkit.console import PipeConsole, progress_bar  # noqa: E402
from evalkit.textio import atomic_write  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT = 600  # newstest2021 zh-en lines 1-600: measured, never tuned on
MAJOR = -5.0  # an MQM average at or below this has a major error
FAILING = ("high", "medium")  # what --fail-on KIND counts by default


# ------------------------------------------------------------------------------------------
# What is true of a segment


@dataclass(frozen=True)
class Error:
    category: str
    severity: str
    target: str  # the marked span in the translation ("" when marked in the source)
    source: str  # the marked span in the source


@dataclass
class Truth:
    errors: list[Error] = field(default_factory=list)  # MQM spans, all raters
    mqm: float | None = None  # MQM average (wmt21-zhen)
    planted: str | None = None  # the planted error

    def any(self, *categories: str, severities: tuple[str, ...] = ("Major", "Minor", "Critical"),
            span: Callable[[Error], bool] | None = None) -> bool:
        return any(e.category.startswith(categories) and e.severity in severities and (span is None or span(e))
                   for e in self.errors)


_NUMBER = re.compile(r"\d|[零〇二三四五六七八九十百千万亿两]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                     r"hundred|thousand|million|billion|half|dozen|first|second|third)\b", re.IGNORECASE)
_NEGATION = re.compile(r"[不没未无非别勿否]|\b(?:not|no|never|none|nothing|nobody|without|neither|nor|cannot)\b|n't",
                       re.IGNORECASE)
_NAME = re.compile(r"[A-Z][a-z]+|[A-Z]{2,}")
ACCURACY = ("Accuracy", "Terminology", "Locale convention")


def _has_name(error: Error) -> bool:
    if _NAME.search(error.target) or re.search(r"[A-Za-z]", error.source):
        return True
    if not error.source:
        return False
    import jieba.posseg

    return any(word.flag in ("nr", "ns", "nt", "nz", "nrt") for word in jieba.posseg.cut(error.source))


# kind -> (what MQM calls it, the predicate); kinds not here are counted against any accuracy error
TRUTH: dict[str, tuple[str, Callable[[Truth], bool]]] = {
    "omission": ("Accuracy/Omission", lambda t: t.any("Accuracy/Omission")),
    "addition": ("Accuracy/Addition", lambda t: t.any("Accuracy/Addition")),
    "untranslated": ("Accuracy/Untranslated text, Source language fragment, Non-translation",
                     lambda t: t.any("Accuracy/Untranslated", "Accuracy/Source language fragment", "Non-translation")),
    "numbers": ("an accuracy error whose span holds a number",
                lambda t: t.any(*ACCURACY, span=lambda e: bool(_NUMBER.search(e.target + e.source)))),
    "weak": ("any major error", lambda t: t.any("Accuracy", "Fluency", "Terminology", "Style", "Locale", "Other",
                                                 "Non-translation", severities=("Major", "Critical"))),
    "negation": ("an accuracy error whose span holds a negation cue",
                 lambda t: t.any(*ACCURACY, span=lambda e: bool(_NEGATION.search(e.target + e.source)))),
    "names": ("Name format, or an accuracy error whose span holds a name",
              lambda t: t.any("Locale convention/Name format") or t.any("Accuracy", "Terminology", span=_has_name)),
    "clause-omission": ("Accuracy/Omission", lambda t: t.any("Accuracy/Omission")),
    "clause-addition": ("Accuracy/Addition", lambda t: t.any("Accuracy/Addition")),
}
ANY_ACCURACY = ("any accuracy error", lambda t: t.any("Accuracy", "Non-translation"))

# planted error -> the kinds meant to catch it
PLANTED_FOR = {
    "negation": ("negation",),
    "deleted clause": ("omission", "clause-omission"),
    "added phrase": ("addition", "clause-addition"),
    "replaced name": ("names",),
    "changed number": ("numbers",),
    "untranslated span": ("untranslated",),
    "swapped neighbours": ("order",),
    "\".\" line": ("omission", "weak"),
    "wrong sentence": ("omission", "addition", "weak"),
}


def expected_kinds(planted: str) -> tuple[str, ...]:
    return tuple(kind for kind in PLANTED_FOR[planted] if kind in KINDS)


# ------------------------------------------------------------------------------------------
# Documents


@dataclass
class Document:
    dataset: str
    system: str
    name: str
    lang: str  # "zh-en"
    draft: list[str]
    reference: list[str] | None
    source: list[str]
    truth: list[Truth]
    ids: list[str]  # the data set's segment ids


def _clean(text: str) -> str:
    return " ".join(re.sub(r"</?v>", "", text).split())


def _span(text: str) -> str:
    found = re.search(r"<v>(.*?)</v>", text)
    return found.group(1) if found else ""


def read_mqm_rows(rows: Iterable[dict], *, segment: str) -> tuple[dict, dict]:
    """(system, doc) -> seg -> (target, truth), and (doc, seg) -> source, from MQM rows."""
    texts: dict[tuple[str, str], dict[int, tuple[str, Truth]]] = defaultdict(dict)
    sources: dict[tuple[str, int], str] = {}
    for row in rows:
        key, seg = (row["system"], row["doc"]), int(row[segment])
        target = _clean(row["target"])
        entry = texts[key].setdefault(seg, (target, Truth()))
        sources[(row["doc"], seg)] = _clean(row["source"])
        category = row["category"]
        if category not in ("No-error", "Found", "Missed") and not category.startswith("Source"):
            entry[1].errors.append(Error(category, row["severity"], _span(row["target"]), _span(row["source"])))
    return texts, sources


def _tsv(handle) -> Iterable[dict]:
    csv.field_size_limit(1 << 30)
    return csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def _ted_rows(data: Path):
    with (data / "ted-mqm-zhen" / "mqm_ted_zhen.tsv").open(encoding="utf-8", newline="") as handle:
        return read_mqm_rows(_tsv(handle), segment="seg_id")


def ted_zhen(data: Path) -> list[Document]:
    texts, sources = _ted_rows(data)
    documents = []
    for (system, doc), segments in sorted(texts.items()):
        if system in ("ref", "refB"):
            continue
        reference = texts[("refB", doc)]
        order = sorted(segments)
        documents.append(Document(
            "ted-zhen", system, doc, "zh-en", [segments[s][0] for s in order], [reference[s][0] for s in order],
            [sources[(doc, s)] for s in order], [segments[s][1] for s in order], [str(s) for s in order]))
    return documents


def gen23_zhen(repo: Path) -> list[Document]:
    member = "generalMT2023/zhen/sxs_mqm_generalMT2023_zhen.3ratingsPerSegment.tsv.tar.gz"
    if (repo / member).exists():
        packed = (repo / member).read_bytes()
    else:  # a bare git directory
        packed = subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{member}"], check=True,
                                capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(packed)) as archive:
        inner = archive.extractfile(archive.getmembers()[0])
        rows = _tsv(io.TextIOWrapper(inner, encoding="utf-8", newline=""))
        texts, sources = read_mqm_rows(rows, segment="docSegId")
    documents = []
    for (system, doc), segments in sorted(texts.items()):
        order = sorted(segments)
        documents.append(Document(
            "gen23-zhen", system, doc, "zh-en", [segments[s][0] for s in order], None,
            [sources[(doc, s)] for s in order], [segments[s][1] for s in order], [str(s) for s in order]))
    return documents


def wmt21_zhen(data: Path) -> list[Document]:
    folder = data / "wmt21-zhen"
    source = _lines(folder / "newstest2021.zh-en.src.zh")
    reference = _lines(folder / "newstest2021.zh-en.ref.A.en")
    scores: dict[str, dict[int, float]] = defaultdict(dict)
    for line in _lines(folder / "mqm_newstest2021_zhen.avg_seg_scores.tsv")[1:]:
        system, score, seg = line.split()
        if score != "None":
            scores[system][int(seg)] = float(score)
    documents = []
    for system, rated in sorted(scores.items()):
        hyp = folder / f"newstest2021.zh-en.hyp.{system}.en"
        if not hyp.exists():
            continue
        lines = _lines(hyp)
        for run in _runs(sorted(rated)):
            for part, dataset in (([s for s in run if s <= HELD_OUT], "wmt21-zhen-heldout"),
                                  ([s for s in run if s > HELD_OUT], "wmt21-zhen")):
                if part:
                    documents.append(Document(
                        dataset, system, f"{part[0]}-{part[-1]}", "zh-en", [lines[s - 1] for s in part],
                        [reference[s - 1] for s in part], [source[s - 1] for s in part],
                        [Truth(mqm=rated[s]) for s in part], [str(s) for s in part]))
    return documents


NUMBER_LABELS = ROOT / "benchmarks" / "data" / "numbers_labels.tsv"  # from benchmarks/numbers_realdata.py


def numbers_labelled(data: Path, path: Path = NUMBER_LABELS, size: int = 50) -> list[Document]:
    """WMT21 news, zh-en and en-zh, every line of the systems whose number errors were read
    and labelled by hand (`benchmarks/data/numbers_labels.tsv`), in documents of `size`
    lines; true for `numbers` where the label says a number is wrong. Empty without labels."""
    if not path.exists():
        return []
    errors: dict[tuple[str, str], set[int]] = defaultdict(set)
    systems: dict[str, set[str]] = defaultdict(set)  # per labelled set (zhen-dev, zhen-heldout, enzh)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            pair = row["set"].split("-")[0]
            if pair not in ("zhen", "enzh"):
                continue
            systems[row["set"]].add(row["system"])  # the held-out lines were labelled for fewer systems
            if row["error"] == "true":
                errors[(pair, row["system"])].add(int(row["line"]))
    documents = []
    for pair, folder, source, reference, lang in (
            ("zhen", "wmt21-zhen", "zh-en.src.zh", "zh-en.ref.A.en", "zh-en"),
            ("enzh", "wmt21-enzh", "en-zh.src.en", "en-zh.ref.A.zh", "en-zh")):
        src, ref = _lines(data / folder / f"newstest2021.{source}"), _lines(data / folder / f"newstest2021.{reference}")
        for system in sorted(set().union(*(names for name, names in systems.items() if name.startswith(pair)))):
            hyp = _lines(data / folder / f"newstest2021.{lang}.hyp.{system}.{lang[-2:]}")
            for start in range(1, len(src) + 1, size):
                lines = range(start, min(start + size, len(src) + 1))
                held = pair == "zhen" and start <= HELD_OUT
                labelled_in = "enzh" if pair == "enzh" else "zhen-heldout" if held else "zhen-dev"
                if system not in systems[labelled_in]:
                    continue
                dataset = f"numbers-{pair}" + ("-heldout" if held else "")
                documents.append(Document(
                    dataset, system, f"{lines[0]}-{lines[-1]}", lang, [hyp[n - 1] for n in lines],
                    [ref[n - 1] for n in lines], [src[n - 1] for n in lines],
                    [Truth(planted="number error" if n in errors[(pair, system)] else None) for n in lines],
                    [str(n) for n in lines]))
    return documents


def _runs(numbers: list[int]) -> list[list[int]]:
    """Consecutive runs (the rated documents' opening segments)."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return runs


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")[:-1]


# ------------------------------------------------------------------------------------------
# Planted errors


def planted(clean: list[Document], dataset: str, target_lang: str) -> list[Document]:
    """For each clean document: one draft per planted error, the whole-document drafts, the
    clean translation and the reference itself."""
    out = []
    others = [line for document in clean for line in document.draft]
    for document in clean:
        def variant(label: str, draft: list[str], truth: list[Truth], reference: list[str] | None = document.reference):
            out.append(Document(dataset, label, document.name, document.lang, draft, reference, document.source,
                                truth, document.ids))

        n = len(document.draft)
        variant("clean", list(document.draft), [Truth() for _ in range(n)])
        variant("reference itself", list(document.reference), [Truth() for _ in range(n)])
        for name, perturb in PERTURBATIONS[target_lang].items():
            draft, truth = list(document.draft), [Truth() for _ in range(n)]
            for k in range(0, n):
                if any(truth[j].planted for j in range(max(0, k - 3), k)):
                    continue
                changed = perturb(draft[k], document.source[k])
                if changed and changed != draft[k]:
                    draft[k], truth[k] = changed, Truth(planted=name)
            variant(name, draft, truth)
        draft, truth = list(document.draft), [Truth() for _ in range(n)]
        for k in range(1, n - 1, 6):
            draft[k], draft[k + 1] = draft[k + 1], draft[k]
            truth[k] = truth[k + 1] = Truth(planted="swapped neighbours")
        variant("swapped neighbours", draft, truth)
        for label, line in (("\".\" line", lambda k: "."), ("wrong sentence", lambda k: _pick_other(others, document, k))):
            draft, truth = list(document.draft), [Truth() for _ in range(n)]
            for k in range(2, n, 5):
                draft[k], truth[k] = line(k), Truth(planted=label)
            variant(label, draft, truth)
        variant("all \".\"", ["."] * n, [Truth(planted="\".\" line") for _ in range(n)])
        order = list(range(n))
        random.Random(document.name).shuffle(order)
        shuffled = [document.draft[order[k]] if order[k] != k else document.draft[order[(k + 1) % n]] for k in range(n)]
        variant("all shuffled", shuffled, [Truth(planted="wrong sentence") for _ in range(n)])
    return out


def _pick_other(others: list[str], document: Document, k: int) -> str:
    """A translation of a sentence from another document (with a single document, a distant
    sentence of this one)."""
    own = set(document.draft)
    choices = [line for line in others if line not in own] or \
        [line for j, line in enumerate(document.draft) if abs(j - k) > 1] or document.draft
    return random.Random(f"{document.name}:{k}").choice(choices)


def ted_clean(data: Path) -> list[Document]:
    """TED refB as a translator's draft, checked against ref."""
    texts, sources = _ted_rows(data)
    documents = []
    for (system, doc), segments in sorted(texts.items()):
        if system != "refB":
            continue
        order = sorted(segments)
        documents.append(Document("planted-zhen", "refB", doc, "zh-en", [segments[s][0] for s in order],
                                  [texts[("ref", doc)][s][0] for s in order], [sources[(doc, s)] for s in order],
                                  [Truth() for _ in order], [str(s) for s in order]))
    return documents


def wmt21_enzh_clean(data: Path, chunks: int = 6, size: int = 40) -> list[Document]:
    """WMT21 en-zh reference B as a draft, checked against reference A, in chunks spread over the set."""
    folder = data / "wmt21-enzh"
    source = _lines(folder / "newstest2021.en-zh.src.en")
    ref_a, ref_b = _lines(folder / "newstest2021.en-zh.ref.A.zh"), _lines(folder / "newstest2021.en-zh.ref.B.zh")
    step = len(source) // chunks
    documents = []
    for start in range(0, step * chunks, step):
        lines = range(start, start + size)
        documents.append(Document("planted-enzh", "refB", f"{start + 1}-{start + size}", "en-zh",
                                  [ref_b[i] for i in lines], [ref_a[i] for i in lines], [source[i] for i in lines],
                                  [Truth() for _ in lines], [str(i + 1) for i in lines]))
    return documents


# ------------------------------------------------------------------------------------------
# Running the check


@dataclass
class Flag:
    kind: str
    severity: str
    segments: tuple[int, ...]  # positions in the document
    message: str


def run_check(document: Document, settings: Settings, work: Path) -> list[Flag]:
    draft = work / "draft.txt"
    draft.write_text("".join(_one_line(line) + "\n" for line in document.draft), encoding="utf-8")
    source = work / "source.txt"
    source.write_text("".join(_one_line(line) + "\n" for line in document.source), encoding="utf-8")
    reference = None
    if document.reference is not None:
        reference = work / "reference.txt"
        reference.write_text("".join(_one_line(line) + "\n" for line in document.reference), encoding="utf-8")
    result = evalkit.check(draft, ref=reference, src=source, lang=document.lang, settings=settings)
    flags = []
    for finding in result.findings:
        segments = {int(i) - 1 for i in finding.ids}
        if not segments:  # an addition: the draft line it is on
            segments = {result.draft.position(finding.start)[0] - 1}
        flags.append(Flag(finding.kind, finding.severity, tuple(sorted(s for s in segments if s < len(document.draft))),
                          finding.message))
    return flags


def _one_line(text: str) -> str:
    return " ".join(text.split())


# ------------------------------------------------------------------------------------------
# Counting


@dataclass
class Tally:
    segments: int = 0
    positives: int = 0
    flagged: int = 0
    hits: int = 0  # flagged and positive
    flagged_failing: int = 0
    hits_failing: int = 0
    found: int = 0  # positives flagged (any severity)
    found_failing: int = 0

    def add(self, positive: bool, severities: set[str]) -> None:
        self.segments += 1
        self.positives += positive
        if severities:
            self.flagged += 1
            self.hits += positive
            self.found += positive
        if severities & set(FAILING):
            self.flagged_failing += 1
            self.hits_failing += positive
            self.found_failing += positive


def ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "–"


def tally_mqm(runs: list[tuple[Document, list[Flag]]], kinds: tuple[str, ...]) -> dict[tuple[str, str], Tally]:
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for document, flags in runs:
        per_segment: dict[tuple[str, int], set[str]] = defaultdict(set)
        for flag in flags:
            for s in flag.segments:
                per_segment[(flag.kind, s)].add(flag.severity)
        for kind in kinds:
            label = _label(document.dataset, kind)
            if label is None:
                continue
            for s, truth in enumerate(document.truth):
                tallies[(document.dataset, kind)].add(label[1](truth), per_segment.get((kind, s), set()))
    return tallies


def _label(dataset: str, kind: str) -> tuple[str, Callable[[Truth], bool]] | None:
    if dataset.startswith("numbers"):
        return ("a number error, read by hand", lambda t: t.planted == "number error") if kind == "numbers" else None
    if dataset.startswith("wmt21"):
        return f"MQM average <= {MAJOR:g}", lambda t: t.mqm is not None and t.mqm <= MAJOR
    return TRUTH.get(kind, ANY_ACCURACY)


# ------------------------------------------------------------------------------------------
# Tables


def kind_table(tallies: dict[tuple[str, str], Tally], kinds: tuple[str, ...], datasets: list[str]) -> list[str]:
    lines = ["| kind | data set | true when | segments | positives (base rate) | flagged | precision | recall | "
             "flagged, fails by default | precision | recall |",
             "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for kind in kinds:
        for dataset in datasets:
            t = tallies.get((dataset, kind))
            if t is None:
                continue
            lines.append(
                f"| `{kind}` | {dataset} | {_label(dataset, kind)[0]} | {t.segments} | {t.positives} "
                f"({ratio(t.positives, t.segments)}) | {t.flagged} | {ratio(t.hits, t.flagged)} | "
                f"{ratio(t.found, t.positives)} | {t.flagged_failing} | {ratio(t.hits_failing, t.flagged_failing)} | "
                f"{ratio(t.found_failing, t.positives)} |")
    return lines


def planted_table(runs: list[tuple[Document, list[Flag]]], kinds: tuple[str, ...], dataset: str) -> list[str]:
    """Per planted error: how many were planted, how many the kinds meant for it caught (and
    how many findings of those kinds fell elsewhere), and how many any finding caught."""
    rows: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for document, flags in runs:
        if document.dataset != dataset or document.system in ("clean", "reference itself"):
            continue
        label = document.system
        planted_at = {s for s, t in enumerate(document.truth) if t.planted}
        meant = expected_kinds(document.truth[min(planted_at)].planted) if planted_at else ()
        row = rows[label]
        row["documents"] += 1
        row["segments"] += len(document.truth)
        row["planted"] += len(planted_at)
        by_meant = {s for f in flags if f.kind in meant for s in f.segments}
        by_meant_failing = {s for f in flags if f.kind in meant and f.severity in FAILING for s in f.segments}
        by_any = {s for f in flags for s in f.segments}
        by_any_failing = {s for f in flags if f.severity in FAILING for s in f.segments}
        row["caught"] += len(planted_at & by_meant)
        row["caught failing"] += len(planted_at & by_meant_failing)
        row["elsewhere"] += len(by_meant - planted_at)
        row["any"] += len(planted_at & by_any)
        row["any failing"] += len(planted_at & by_any_failing)
        row["meant"] = ", ".join(meant) or "–"  # type: ignore[assignment]
    lines = ["| planted | documents | planted in | caught by | recall | recall, fails by default | "
             "precision (their findings elsewhere) | caught by any finding | by one that fails by default |",
             "|---|---:|---:|---|---:|---:|---:|---:|---:|"]
    for label, row in rows.items():
        lines.append(
            f"| {label} | {row['documents']} | {row['planted']} of {row['segments']} | {row['meant']} | "
            f"{ratio(row['caught'], row['planted'])} | {ratio(row['caught failing'], row['planted'])} | "
            f"{ratio(row['caught'], row['caught'] + row['elsewhere'])} ({row['elsewhere']}) | "
            f"{ratio(row['any'], row['planted'])} | {ratio(row['any failing'], row['planted'])} |")
    return lines


def clean_table(runs: list[tuple[Document, list[Flag]]], kinds: tuple[str, ...], datasets: list[str]) -> list[str]:
    """Findings on clean human translations and on the reference itself, by kind and severity."""
    lines = ["| draft | data set | segments | " + " | ".join(f"`{k}`" for k in kinds) + " |",
             "|---|---|---:|" + "---:|" * len(kinds)]
    for dataset in datasets:
        for label in ("clean", "reference itself"):
            chosen = [(d, f) for d, f in runs if d.dataset == dataset and d.system == label]
            if not chosen:
                continue
            cells = []
            for kind in kinds:
                counts = defaultdict(int)
                for _, flags in chosen:
                    for flag in flags:
                        if flag.kind == kind:
                            counts[flag.severity] += 1
                cells.append("/".join(str(counts[s]) for s in ("high", "medium", "low")))
            name = "human translation" if label == "clean" else "the reference itself"
            lines.append(f"| {name} | {dataset} | {sum(len(d.draft) for d, _ in chosen)} | " + " | ".join(cells) + " |")
    return lines


# ------------------------------------------------------------------------------------------
# The gate's guards


def gate_table(data: Path, runs_planted: list[tuple[Document, list[Flag]]]) -> list[str]:
    from evalkit.gate import Rules, Threshold, check as gate_check

    documents = wmt21_zhen(data)
    lines = ["| guard | data set | true when | segments | positives (base rate) | failed | precision | recall |",
             "|---|---|---|---:|---:|---:|---:|---:|"]
    settings = Settings(metrics=("chrf",))
    guards = [("segments: chrf >= 15", Rules(segment_floors=(Threshold("chrf", ">=", 15),))),
              ("segments: chrf >= 30", Rules(segment_floors=(Threshold("chrf", ">=", 30),))),
              ("segments: not empty", Rules(empty=True)),
              ("segments: numbers (reference)", Rules(numbers="reference")),
              ("segments: numbers (source)", Rules(numbers="source"))]
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for dataset in ("wmt21-zhen", "wmt21-zhen-heldout"):
        chosen = [d for d in documents if d.dataset == dataset]
        by_system: dict[str, list[tuple[str, str, str, Truth]]] = defaultdict(list)
        for d in chosen:
            by_system[d.system] += list(zip(d.draft, d.reference or [], d.source, d.truth))
        for system, rows in by_system.items():
            result = evalkit.score_texts({system: [r[0] for r in rows]}, references=[r[1] for r in rows],
                                         sources=[r[2] for r in rows], lang="zh-en", settings=settings)
            for name, rules in guards:
                verdict = gate_check(result, rules)
                failed = {int(i) - 1 for o in verdict.outcomes if o.failed for i in o.segments}
                for k, row in enumerate(rows):
                    truth = row[3]
                    tallies[(name, dataset)].add(truth.mqm is not None and truth.mqm <= MAJOR,
                                                 {"high"} if k in failed else set())
    # planted: numbers and empty guards on the planted drafts
    for document, _ in runs_planted:
        if document.system not in ("changed number", "\".\" line", "clean"):
            continue
        lang = document.lang
        result = evalkit.score_texts({"draft": [l if l != "." else "" for l in document.draft]},
                                     references=document.reference, sources=document.source, lang=lang,
                                     settings=settings)
        for name, rules in guards[2:]:
            if document.system != "clean" and ("empty" in name) != (document.system == "\".\" line"):
                continue
            failed = {int(i) - 1 for o in gate_check(result, rules).outcomes if o.failed for i in o.segments}
            for k, truth in enumerate(document.truth):
                meant = (truth.planted == "changed number" and "numbers" in name) or \
                        (truth.planted == "\".\" line" and "empty" in name)
                tallies[(name, document.dataset)].add(meant, {"high"} if k in failed else set())
    for (name, dataset), t in tallies.items():
        true_when = f"MQM average <= {MAJOR:g}" if dataset.startswith("wmt21") else "the planted error"
        lines.append(f"| `{name}` | {dataset} | {true_when} | {t.segments} | {t.positives} "
                     f"({ratio(t.positives, t.segments)}) | {t.flagged} | {ratio(t.hits, t.flagged)} | "
                     f"{ratio(t.found, t.positives)} |")
    return lines


# ------------------------------------------------------------------------------------------


def check_all(documents: list[Document], settings: Settings, label: str) -> list[tuple[Document, list[Flag]]]:
    runs = []
    with tempfile.TemporaryDirectory(prefix="check-realdata-") as work, \
            progress_bar(PipeConsole(stderr=True), label) as hook:
        for k, document in enumerate(documents):
            hook(k, len(documents), f"{document.system} {document.name}")
            runs.append((document, run_check(document, settings, Path(work))))
        hook(len(documents), len(documents), "done")
    return runs


def write_findings(path: Path, runs: list[tuple[Document, list[Flag]]]) -> None:
    rows = []
    for document, flags in runs:
        for flag in flags:
            for s in flag.segments:
                rows.append(json.dumps({
                    "dataset": document.dataset, "system": document.system, "document": document.name,
                    "segment": document.ids[s], "kind": flag.kind, "severity": flag.severity, "message": flag.message,
                    "source": document.source[s], "reference": document.reference[s] if document.reference else None,
                    "draft": document.draft[s], "truth": _describe(document.truth[s]),
                }, ensure_ascii=False))
    atomic_write(path, "".join(row + "\n" for row in rows))


def _describe(truth: Truth) -> str:
    if truth.planted:
        return f"planted: {truth.planted}"
    if truth.mqm is not None:
        return f"MQM {truth.mqm:g}"
    return "; ".join(f"{e.category} {e.severity} [{e.target or e.source}]" for e in truth.errors) or "no error"


def replace_block(path: Path, name: str, body: str) -> None:
    text = path.read_text(encoding="utf-8")
    begin, end = f"<!-- {name} -->", f"<!-- /{name} -->"
    if begin not in text or end not in text:
        raise SystemExit(f"{path}: no {begin} ... {end} block to replace")
    head, rest = text.split(begin, 1)
    atomic_write(path, head + begin + "\n" + body + "\n" + end + rest.split(end, 1)[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"), help="the public data (default: %(default)s)")
    parser.add_argument("--mqm-repo", type=Path, help="google/wmt-mqm-human-evaluation (checkout or bare git dir) "
                                                      "for the WMT23 set; left out without it")
    parser.add_argument("--sets", default="ted-zhen,gen23-zhen,wmt21-zhen,numbers,planted-zhen,planted-enzh,gate",
                        help="comma-separated data sets to run (default: %(default)s)")
    parser.add_argument("--limit", type=int, help="at most this many documents per data set (a quick look)")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "check_realdata")
    parser.add_argument("--cache-dir", help="embedding cache (default: evalkit's)")
    parser.add_argument("--docs", action="store_true", help="rewrite the tables in docs/checking.md and docs/gating.md")
    args = parser.parse_args(argv)
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    settings = Settings(cache_dir=args.cache_dir)
    started = time.time()
    loaders: dict[str, Callable[[], list[Document]]] = {
        "ted-zhen": lambda: ted_zhen(args.data),
        "gen23-zhen": lambda: gen23_zhen(args.mqm_repo) if args.mqm_repo else [],
        "wmt21-zhen": lambda: wmt21_zhen(args.data),
        "numbers": lambda: numbers_labelled(args.data),
        "planted-zhen": lambda: planted(ted_clean(args.data), "planted-zhen", "en"),
        "planted-enzh": lambda: planted(wmt21_enzh_clean(args.data), "planted-enzh", "zh"),
    }
    runs: dict[str, list[tuple[Document, list[Flag]]]] = {}
    for name in sets:
        if name not in loaders:
            continue
        documents = loaders[name]()
        if args.limit:
            documents = _limit(documents, args.limit)
        if documents:
            began = time.time()
            runs[name] = check_all(documents, settings, name)
            print(f"{name}: {len(documents)} documents checked in {time.time() - began:.0f} s", file=sys.stderr)
    args.out.mkdir(parents=True, exist_ok=True)
    every = [run for chosen in runs.values() for run in chosen]
    write_findings(args.out / "findings.jsonl", every)
    kinds = tuple(KINDS)
    mqm = [run for name in ("ted-zhen", "gen23-zhen", "wmt21-zhen", "numbers") for run in runs.get(name, [])]
    datasets = [d for d in ("ted-zhen", "gen23-zhen", "wmt21-zhen", "wmt21-zhen-heldout", "numbers-zhen",
                            "numbers-zhen-heldout", "numbers-enzh") if any(doc.dataset == d for doc, _ in mqm)]
    command = ("PYTHONPATH=. python3 benchmarks/check_realdata.py --data ../shared/data "
               "--mqm-repo PATH/TO/wmt-mqm-human-evaluation --docs")
    check_lines = [f"Regenerate: `{command}` (evalkit {evalkit.__version__}, "
                   f"{time.strftime('%Y-%m-%d')}; the findings, one row per flagged segment, in "
                   f"`benchmarks/out/check_realdata/findings.jsonl`).", "",
                   "**Real machine translation, human MQM annotations**", ""]
    check_lines += kind_table(tally_mqm(mqm, kinds), kinds, datasets)
    planted_sets = [name for name in ("planted-zhen", "planted-enzh") if name in runs]
    for name in planted_sets:
        check_lines += ["", f"**Planted errors: {name}**", ""]
        check_lines += planted_table(runs[name], kinds, name)
    if planted_sets:
        check_lines += ["", "**Findings on clean translations** (high/medium/low)", ""]
        check_lines += clean_table([r for n in planted_sets for r in runs[n]], kinds, planted_sets)
    table = "\n".join(check_lines)
    atomic_write(args.out / "checking.md", table + "\n")
    print(table)
    gate = ""
    if "gate" in sets:
        gate = "\n".join([f"Regenerate: `{command}`.", ""]
                         + gate_table(args.data, [r for n in planted_sets for r in runs[n]]))
        atomic_write(args.out / "gating.md", gate + "\n")
        print("\n" + gate)
    if args.docs:
        replace_block(ROOT / "docs" / "checking.md", "check_realdata", table)
        if gate:
            replace_block(ROOT / "docs" / "gating.md", "check_realdata", gate)
    print(f"\n{len(every)} documents checked in {time.time() - started:.0f} s", file=sys.stderr)
    return 0


def _limit(documents: list[Document], limit: int) -> list[Document]:
    kept, seen = [], defaultdict(int)
    for document in documents:
        if seen[document.system] < limit:
            seen[document.system] += 1
            kept.append(document)
    return kept


if __name__ == "__main__":
    sys.exit(main())
