"""The absolute floor of `evalkit check`: when draft text says nothing of its segment.

`checks.omission.says_nothing` reports an aligned span as an omission (high) when its
text has no words, when its similarity to the reference and to the source is below what
real translations reach (`FLOORS`), or when every sentence of it matches another segment
nearby far better than its own (`MARGIN`, `OTHER_LEVEL`): a translation of the wrong
sentence. This script chooses those levels and measures them on public data that no one
here wrote, with the bundled model (the floors are for it alone):

- real translations, which should not be flagged: the eight MQM-rated systems of WMT21
  news zh-en and its reference A (against the source), the WMT21 TED talks zh-en systems
  and human translation refB (against the reference "ref"), five WMT21 news en-zh systems
  and reference B (against reference A), and MAC-Dev's human translations of six Chinese
  novel chapters (gold-aligned beads, against the source alone);
- translations of the wrong sentence, which should: each segment's real translation put
  in the place of a neighbour (one to three segments away, in the same talk or chapter),
  as a shuffled or mis-pasted draft has them.

Real outputs the rule flags are not all false alarms: machine translation hallucinates
("The company's main goal is to provide the best possible service to its customers."
for a sentence on Shaanxi opera) and one TED system's output is shifted by a segment for
a stretch of a talk. Every real output flagged at any level tried is labelled by hand in
benchmarks/data/says_nothing_labels.tsv (`unrelated`: it conveys none of its segment's
content, such as another segment's text, a hallucination, boilerplate; `translation`:
it renders some of it, however badly), with the reason. MAC-Dev's beads are translations
by its gold alignment. An unlabelled flag counts as a false alarm and is listed.

newstest2021 zh-en lines 1-600 are held out: the levels are chosen on lines 601-1948 and
the other sets; the held-out lines are only measured. The rule for choosing, per mode
(reference and source, reference alone, source alone): of the floors and margins whose
flags on real translations are right at least 90% of the time, with at most 1 false alarm
per 1,000 real translations in any one development set (MAC-Dev apart: literary text
without a reference is reported as a limit), the one with the highest recall on the
wrong-sentence cases; then the levels the other segment's match must reach, likewise.
The script prints every combination tried and says whether evalkit ships what the rule
chose. It also shows where MQM-rated good and bad translations sit against the floors.

    PYTHONPATH=. python3 benchmarks/check_floors.py [--data ../shared/data]
    PYTHONPATH=. python3 benchmarks/check_floors.py --unlabelled   # list flags that need a label
"""

from __future__ import annotations

import argparse
import ast
import csv
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

import evalkit.checks.omission  # noqa: F401  (the module, not the check function the package exports)
from evalkit.checks.spans import NEARBY, AlignedSpan
from evalkit.embed import DEFAULT_EMBEDDER, shared_embedder

omission = sys.modules["evalkit.checks.omission"]  # its levels are varied below
ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "data" / "says_nothing_labels.tsv"
HELD_OUT = 600  # newstest2021 zh-en lines 1-600: measured, never tuned on
WMT21_ZHEN_SYSTEMS = ("Borderline", "DIDI-NLP", "Facebook-AI", "IIE-MT", "MiSS", "NiuTrans", "Online-W", "SMU")
WMT21_ENZH_SYSTEMS = ("Online-W", "NiuTrans", "HuaweiTSC", "Facebook-AI", "WeChat-AI")
MODES = ("reference and source", "reference alone", "source alone")
GRID = {mode: [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4] for mode in ("reference and source", "reference alone", "source alone")}
MARGINS = [0.1, 0.2, 0.3, 0.4, 0.5]
NEIGHBOURS = 3  # a wrong sentence comes from this many segments either side


@dataclass
class Segment:
    id: str  # as the labels name it: line number, TED seg_id, MAC chapter:bead
    doc: str
    source: str
    reference: str | None
    translations: dict[str, str] = field(default_factory=dict)  # system (or human) -> text
    mqm: dict[str, float] = field(default_factory=dict)  # system -> mean MQM score (0 best, -25 a non-translation)


@dataclass
class DataSet:
    name: str
    split: str  # "dev" or "held-out"
    segments: list[Segment]


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")[:-1]


def load(data: Path) -> list[DataSet]:
    sets = []
    news = data / "wmt21-zhen"
    source, reference = _lines(news / "newstest2021.zh-en.src.zh"), _lines(news / "newstest2021.zh-en.ref.A.en")
    outputs = {system: _lines(news / f"newstest2021.zh-en.hyp.{system}.en") for system in WMT21_ZHEN_SYSTEMS}
    scores = _mqm(news / "mqm_newstest2021_zhen.avg_seg_scores.tsv")
    segments = [Segment(str(i + 1), "news", source[i], reference[i], {s: outputs[s][i] for s in WMT21_ZHEN_SYSTEMS},
                        {s: scores[s, i + 1] for s in WMT21_ZHEN_SYSTEMS if (s, i + 1) in scores})
                for i in range(len(source))]
    sets.append(DataSet("WMT21 news zh-en", "held-out", segments[:HELD_OUT]))
    sets.append(DataSet("WMT21 news zh-en", "dev", segments[HELD_OUT:]))
    # reference A as a human translation, against the source alone
    human = [Segment(s.id, "news", s.source, None, {"ref-A": s.reference or ""}) for s in segments]
    sets.append(DataSet("WMT21 news zh-en ref-A", "held-out", human[:HELD_OUT]))
    sets.append(DataSet("WMT21 news zh-en ref-A", "dev", human[HELD_OUT:]))

    ted: dict[int, Segment] = {}
    with open(data / "ted-mqm-zhen" / "mqm_ted_zhen.tsv", encoding="utf-8") as rows:
        for system, doc, _, seg, _, src, target, *_ in list(csv.reader(rows, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]:
            segment = ted.setdefault(int(seg), Segment(seg, doc, re.sub(r"</?v>", "", src), None))
            segment.translations[system] = re.sub(r"</?v>", "", target)  # MQM error-span marks
    scores = _mqm(data / "ted-mqm-zhen" / "mqm_ted_zhen.avg.tsv")
    for seg, segment in ted.items():
        segment.reference = segment.translations.pop("ref")
        segment.mqm = {s: scores[s, seg] for s in segment.translations if (s, seg) in scores}
    sets.append(DataSet("WMT21 TED zh-en", "dev", [ted[k] for k in sorted(ted)]))

    enzh = data / "wmt21-enzh"
    source, reference_a = _lines(enzh / "newstest2021.en-zh.src.en"), _lines(enzh / "newstest2021.en-zh.ref.A.zh")
    reference_b = _lines(enzh / "newstest2021.en-zh.ref.B.zh")
    outputs = {system: _lines(enzh / f"newstest2021.en-zh.hyp.{system}.zh") for system in WMT21_ENZH_SYSTEMS}
    sets.append(DataSet("WMT21 news en-zh", "dev", [
        Segment(str(i + 1), "news", source[i], reference_a[i], {"ref-B": reference_b[i], **{s: outputs[s][i] for s in outputs}})
        for i in range(len(source))]))

    mac = data / "mac-dev-zhen"
    segments = []
    for chapter in range(1, 7):
        zh, en = _lines(mac / f"zh.00{chapter}"), _lines(mac / f"en.00{chapter}")
        for k, line in enumerate((mac / f"gold.00{chapter}.align").read_text(encoding="utf-8").splitlines()):
            left, right = (ast.literal_eval(side) for side in line.split(":"))
            if left and right:
                segments.append(Segment(f"{chapter}:{k}", str(chapter), "".join(zh[i] for i in left), None,
                                        {"human": " ".join(en[j] for j in right)}))
    sets.append(DataSet("MAC-Dev zh-en (literary)", "dev", segments))
    return sets


def _mqm(path: Path) -> dict[tuple[str, int], float]:
    """(system, segment) -> MQM score from Google's per-segment averages ("None" where not rated)."""
    scores = {}
    for system, score, segment in (line.split() for line in path.read_text(encoding="utf-8").splitlines()[1:]):
        if score != "None":
            scores[system, int(segment)] = float(score)
    return scores


@dataclass(frozen=True)
class Case:
    data: str
    split: str
    segment: str
    system: str
    wrong: bool  # a translation of another segment put here
    mqm: float | None  # the real translation's MQM score, where rated
    similarity_reference: float | None
    similarity_source: float | None
    elsewhere_reference: tuple[tuple[str, float, float], ...]  # as AlignedSpan's
    elsewhere_source: tuple[tuple[str, float, float], ...]

    def span(self, mode: str) -> AlignedSpan:
        """The case as the check sees an aligned span of one sentence in this mode."""
        with_reference, with_source = mode != "source alone", mode != "reference alone"
        reference = self.similarity_reference if with_reference else None
        source = self.similarity_source if with_source else None
        text = "x"  # the text itself only matters for the no-words rule, not measured here
        return AlignedSpan((self.segment,), (0,), 0, 1, text, "x" if reference is not None else None,
                           "x" if source is not None else None, reference, source,
                           self.elsewhere_reference if with_reference else (), self.elsewhere_source if with_source else ())


def cases(sets: list[DataSet], mode: str) -> list[Case]:
    """Every real translation in its place, and one translation of a neighbour in each place."""
    embedder = shared_embedder(DEFAULT_EMBEDDER)
    out = []
    for data in sets:
        if mode != "source alone" and data.segments[0].reference is None:
            continue
        segments = data.segments
        references = _encode(embedder, [s.reference or "" for s in segments])
        sources = _encode(embedder, [s.source for s in segments])
        _encode(embedder, [t for s in segments for t in s.translations.values() if t.strip()])
        rng = random.Random(14)
        for i, segment in enumerate(segments):
            near = [j for j in range(max(0, i - NEIGHBOURS), min(len(segments), i + NEIGHBOURS + 1))
                    if j != i and segments[j].doc == segment.doc]
            j = rng.choice(near) if near else None
            for system, text in segment.translations.items():
                if not text.strip():
                    continue
                vector = _encode(embedder, [text])[0]
                out.append(_case(data, segment, system, False, vector, i, references, sources))
                if j is not None and system in segments[j].translations and segments[j].translations[system].strip():
                    wrong = _encode(embedder, [segments[j].translations[system]])[0]
                    out.append(_case(data, segment, system, True, wrong, i, references, sources))
    return out


def _case(data: DataSet, segment: Segment, system: str, wrong: bool, vector: np.ndarray, i: int,
          references: np.ndarray, sources: np.ndarray) -> Case:
    def elsewhere(units: np.ndarray) -> tuple[tuple[str, float, float], ...]:
        lo, hi = max(0, i - NEARBY), min(len(units), i + NEARBY + 1)
        similarities = units[lo:hi] @ vector
        own = float(similarities[i - lo])
        similarities[i - lo] = -np.inf
        best = int(np.argmax(similarities))
        return ((data.segments[lo + best].id, float(similarities[best]), own),)

    return Case(data.name, data.split, segment.id, system, wrong, None if wrong else segment.mqm.get(system),
                float(references[i] @ vector) if segment.reference else None, float(sources[i] @ vector),
                elsewhere(references) if segment.reference else (), elsewhere(sources))


_VECTORS: dict[str, np.ndarray] = {}


def _encode(embedder, texts: list[str]) -> np.ndarray:
    missing = sorted({t for t in texts if t not in _VECTORS})
    for start in range(0, len(missing), 1000):
        for text, vector in zip(missing[start:start + 1000], embedder.encode(missing[start:start + 1000])):
            _VECTORS[text] = np.asarray(vector, np.float32)
    return np.stack([_VECTORS[t] for t in texts]) if texts else np.zeros((0, 1), np.float32)


def read_labels(path: Path) -> dict[tuple[str, str, str], tuple[str, str]]:
    labels = {}
    with open(path, encoding="utf-8") as rows:
        for row in csv.DictReader((line for line in rows if not line.startswith("#")), delimiter="\t"):
            labels[(row["data"], row["segment"], row["system"])] = (row["label"], row["reason"])
    return labels


def flagged(case: Case, mode: str, model: str) -> str | None:
    return omission.says_nothing(case.span(mode), model)


@dataclass
class Tally:
    real: int = 0
    false_alarms: int = 0
    true_flags: int = 0
    unlabelled: list[Case] = field(default_factory=list)
    wrong: int = 0
    caught: int = 0

    def add(self, case: Case, reason: str | None, labels: dict) -> None:
        if case.wrong:
            self.wrong += 1
            self.caught += reason is not None
            return
        self.real += 1
        if reason is None:
            return
        label = "translation" if case.data.startswith("MAC-Dev") else labels.get((case.data, case.segment, case.system), (None,))[0]
        if label == "unrelated":
            self.true_flags += 1
        else:
            self.false_alarms += 1
            if label is None:
                self.unlabelled.append(case)

    @staticmethod
    def pooled(tallies) -> Tally:
        tallies = list(tallies)
        return Tally(*(sum(getattr(t, name) for t in tallies) for name in ("real", "false_alarms", "true_flags")),
                     [], *(sum(getattr(t, name) for t in tallies) for name in ("wrong", "caught")))

    def row(self) -> str:
        flags = self.true_flags + self.false_alarms
        precision = f"{self.true_flags / flags:.2f}" if flags else "  - "
        mix = self.caught + self.true_flags
        return (f"{self.real:>6} {flags:>5} {self.true_flags:>5} {precision:>5} {1000 * self.false_alarms / max(self.real, 1):>7.2f}"
                f" {self.wrong:>6} {self.caught / max(self.wrong, 1):>6.3f} {mix / max(mix + self.false_alarms, 1):>6.3f}")


HEADER = f"{'real':>6} {'flags':>5} {'right':>5} {'prec':>5} {'false/k':>7} {'wrong':>6} {'recall':>6} {'p(1:1)':>6}"


def tally(all_cases: list[Case], mode: str, model: str, labels: dict, split: str) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    for case in all_cases:
        if case.split == split:
            tallies.setdefault(case.data, Tally()).add(case, flagged(case, mode, model), labels)
    return tallies


# (name, lowest score excluded, highest included); MQM scores are penalties: 0 is best, -25 a non-translation
MQM_BANDS = (("no error: > -1", -1.0, 0.0), ("minor: -1 to > -5", -5.0, -1.0), ("major: -5 to > -15", -15.0, -5.0),
             ("severe: -15 to > -25", -25.0, -15.0), ("worst: -25 or less", -float("inf"), -25.0))


def mqm_table(all_cases: list[Case], model: str) -> None:
    """Where MQM-rated good and bad translations sit against the floors (development data)."""
    print("\nMQM-rated machine translations (WMT21 news zh-en lines 601-1948 and TED zh-en, development data): "
          "similarity to the reference and to the source by MQM band, and how many the shipped rule flags")
    print(f"  {'MQM band':<26} {'n':>6} {'ref p1':>7} {'p5':>6} {'p50':>6} {'src p1':>7} {'p5':>6} {'p50':>6} {'flagged':>8}")
    rated = [c for c in all_cases if c.split == "dev" and not c.wrong and c.mqm is not None]
    for name, low, high in MQM_BANDS:
        band = [c for c in rated if low < c.mqm <= high]
        if not band:
            continue
        ref = np.array([c.similarity_reference for c in band])
        src = np.array([c.similarity_source for c in band])
        hits = sum(flagged(c, "reference and source", model) is not None for c in band)
        print(f"  {name:<26} {len(band):>6} " + " ".join(f"{np.percentile(x, p):>{w}.3f}" for x in (ref, src)
                                                        for p, w in ((1, 7), (5, 6), (50, 6))) + f" {hits:>8}")


PRECISION = 0.9  # a high-severity finding: at least 9 flags in 10 on real translations right ...
WORST = 1.0  # ... and at most 1 false alarm per 1,000 real translations in any one data set


@dataclass
class Trial:
    floor: float
    margin: float | None
    pooled: Tally  # development data, MAC-Dev apart
    worst: float  # false alarms per 1,000 of the worst development data set, MAC-Dev apart
    mac: float | None  # MAC-Dev's false alarms per 1,000 (source alone)

    @property
    def eligible(self) -> bool:
        flags = self.pooled.true_flags + self.pooled.false_alarms
        return (not flags or self.pooled.true_flags / flags >= PRECISION) and self.worst <= WORST

    @property
    def recall(self) -> float:
        return self.pooled.caught / max(self.pooled.wrong, 1)


def trial(cases_: list[Case], mode: str, model: str, labels: dict, floor: float, margin: float | None,
          levels: dict[str, float], shipped: tuple[dict, dict, dict]) -> Trial:
    floors, margins, _ = shipped
    omission.FLOORS = {**floors, mode: tuple(None if x is None else floor for x in floors[mode])}
    omission.MARGIN = {**margins, mode: margin}
    omission.OTHER_LEVEL = levels
    tallies = tally(cases_, mode, model, labels, "dev")
    news = [t for name, t in tallies.items() if not name.startswith("MAC")]
    mac = [1000 * t.false_alarms / t.real for name, t in tallies.items() if name.startswith("MAC")]
    return Trial(floor, margin, Tally.pooled(news), max(1000 * t.false_alarms / t.real for t in news),
                 mac[0] if mac else None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--unlabelled", action="store_true", help="list every flag at any level tried that has no label")
    args = parser.parse_args()
    if not (args.data / "wmt21-zhen").is_dir():
        parser.error(f"no public data in {args.data} (give --data, the folder of ../shared/data)")
    model = shared_embedder(DEFAULT_EMBEDDER).model_id
    labels = read_labels(args.labels)
    sets = load(args.data)
    shipped = (dict(omission.FLOORS), dict(omission.MARGIN), dict(omission.OTHER_LEVEL))
    by_mode = {mode: cases(sets, mode) for mode in MODES}
    print(f"model {model}; {len(labels)} labelled flags")
    print(f"evalkit ships: floors {shipped[0]}, margins {shipped[1]}, other level {shipped[2]}")
    unlabelled: dict[tuple, Case] = {}

    def remember(tallies) -> None:
        for t in tallies:
            unlabelled.update({(c.data, c.segment, c.system): c for c in t.unlabelled})

    print(f"\nThe rule: per mode, of the floors and margins whose flags on real translations in the development data "
          f"(MAC-Dev apart) are right {PRECISION:.0%} of the time or more, with at most {WORST:g} false alarm per "
          f"1,000 real translations in any one set, the one with the highest recall on wrong-sentence cases.")
    print("Columns, pooled over the development sets of the mode (MAC-Dev apart): real translations, flags on them, "
          "flags labelled right, their precision, false alarms per 1,000; wrong-sentence cases, recall, precision in "
          "a 1:1 mix; the worst single set's false alarms per 1,000; MAC-Dev's (literary, source alone). "
          "Margin 'off': floors only.")
    picked: dict[str, Trial] = {}
    for mode in MODES:
        print(f"\n{mode:<22} {'floor':>5} {'margin':>6} {HEADER} {'worst/k':>7} {'MAC/k':>6}")
        trials = [trial(by_mode[mode], mode, model, labels, floor, margin, shipped[2], shipped)
                  for floor in GRID[mode] for margin in (None, *MARGINS)]
        remember(t.pooled for t in trials)
        eligible = [t for t in trials if t.eligible]
        picked[mode] = max(eligible, key=lambda t: (t.recall, -t.pooled.false_alarms, -t.floor))
        for t in trials:
            mark = "  <- chosen" if t is picked[mode] else ("" if t.eligible else "  (not eligible)")
            print(f"{'':<22} {t.floor:>5} {'off' if t.margin is None else t.margin:>6} {t.pooled.row()} {t.worst:>7.2f}"
                  f" {'' if t.mac is None else f'{t.mac:.2f}':>6}{mark}")
    print("\nThen, with those floors and margins, the level another segment's match must reach on each side:")
    levels: dict[str, tuple[float | None, float | None]] = {}
    for mode in MODES:
        print(f"\n{mode:<22} {'ref':>5} {'source':>6} {HEADER} {'worst/k':>7} {'MAC/k':>6}")
        options = [(r, s) for r in ((0.4, 0.5, 0.6, 0.7) if mode != "source alone" else (None,))
                   for s in ((0.0, 0.3, 0.4, 0.5, 0.6) if mode != "reference alone" else (None,))]
        trials = []
        for option in options:
            t = trial(by_mode[mode], mode, model, labels, picked[mode].floor, picked[mode].margin,
                      {**shipped[2], mode: option}, shipped)
            trials.append((option, t))
        remember(t.pooled for _, t in trials)
        # ties go to the stricter levels
        best = max((x for x in trials if x[1].eligible),
                   key=lambda x: (x[1].recall, -x[1].pooled.false_alarms, *(v or 0 for v in x[0])))
        levels[mode] = best[0]
        for option, t in trials:
            mark = "  <- chosen" if option == best[0] else ("" if t.eligible else "  (not eligible)")
            print(f"{'':<22} {'-' if option[0] is None else option[0]:>5} {'-' if option[1] is None else option[1]:>6} "
                  f"{t.pooled.row()} {t.worst:>7.2f} {'' if t.mac is None else f'{t.mac:.2f}':>6}{mark}")
    rule = ({mode: tuple(None if x is None else picked[mode].floor for x in shipped[0][mode]) for mode in MODES},
            {mode: picked[mode].margin for mode in MODES}, levels)
    print(f"\nchosen: floors {rule[0]}, margins {rule[1]}, other levels {rule[2]}")
    print("evalkit ships what the rule chose" if rule == shipped else "EVALKIT SHIPS OTHER LEVELS THAN THE RULE CHOSE")
    omission.FLOORS, omission.MARGIN, omission.OTHER_LEVEL = shipped

    mqm_table(by_mode["reference and source"], model)
    print("\nAs shipped (evalkit.checks.omission), development and held-out data: per data set and pooled")
    for split in ("dev", "held-out"):
        for mode in MODES:
            title = f"{split}, {mode}:"
            print(f"\n{title}   {'data':<28} {HEADER}")
            tallies = tally(by_mode[mode], mode, model, labels, split)
            remember(tallies.values())
            for name, t in tallies.items():
                print(f"{'':<{len(title) + 3}}{name:<28} {t.row()}")
            if len(tallies) > 1:
                print(f"{'':<{len(title) + 3}}{'all':<28} {Tally.pooled(tallies.values()).row()}")
    real_unrelated = {key for key, (label, _) in labels.items() if label == "unrelated"}
    caught = {(c.data, c.segment, c.system) for mode in ("reference and source",) for c in by_mode[mode]
              if not c.wrong and flagged(c, mode, model)} & real_unrelated
    print(f"\nreal outputs labelled unrelated: {len(real_unrelated)}; flagged as shipped with reference and source: "
          f"{len(caught)}")
    print(f"unlabelled flags counted as false alarms: {len(unlabelled)}")
    if args.unlabelled:
        for key in sorted(unlabelled):
            case = unlabelled[key]
            print("\t".join(key), f"ref={case.similarity_reference} src={case.similarity_source} "
                  f"{case.elsewhere_reference} {case.elsewhere_source}", sep="\t")


if __name__ == "__main__":
    main()
