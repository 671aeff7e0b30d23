"""Long drafts are checked in time that grows with their length, guarded by counting work, never
by timing it: what pysbd is given, how many cells the aligner's dynamic program costs, and the
lookups that replaced scans (each checked against the scan it replaced)."""

from __future__ import annotations

import random
import zlib
from dataclasses import replace

import numpy as np
import pytest

from evalkit import segment
from evalkit.check import CheckResult
from evalkit.checks import AlignedSpan, Draft, DraftSentence, Finding, parse_draft
from evalkit.checks.__init__ import _Spans
from evalkit.checks.addition import _neighbours
from evalkit.docalign import DEFAULT_PARAMS, Sentences, _CostModel, align
from evalkit.documents import parse_seed
from evalkit.reports.check_html import _spans_of


@pytest.fixture(scope="module")
def seed_text(seed_path) -> dict[str, str]:
    """The seed's English side as one paragraph (24,000 characters), its Chinese side twice over
    (10,000 characters)."""
    seed = parse_seed(seed_path)
    return {"en": " ".join(seed.en), "zh": "".join(seed.zh) * 2}


@pytest.fixture
def pysbd_calls(monkeypatch) -> list[str]:
    """Every text pysbd is given."""
    calls: list[str] = []
    real = segment._segmenter

    class Recorder:
        def __init__(self, lang: str) -> None:
            self.inner = real(lang)

        def segment(self, text: str) -> list[str]:
            calls.append(text)
            return self.inner.segment(text)

    monkeypatch.setattr(segment, "_segmenter", Recorder)
    return calls


# ---- sentence splitting: pysbd's time grows with the square of what it is given

@pytest.mark.parametrize("lang", ["en", "zh"])
def test_pysbd_never_gets_more_than_a_window_and_each_character_about_once(seed_text, pysbd_calls, lang):
    text = seed_text[lang] * 3
    segment.split_sentences(text, lang)
    assert max(map(len, pysbd_calls)) <= segment.WINDOW
    assert sum(map(len, pysbd_calls)) <= 1.2 * len(text)


def test_a_one_line_draft_reaches_pysbd_in_windows(seed_text, pysbd_calls):
    draft = parse_draft(seed_text["en"] * 4 + "\n", "en")
    assert len(draft.text) > 10 * segment.WINDOW
    assert max(map(len, pysbd_calls)) <= segment.WINDOW
    assert sum(map(len, pysbd_calls)) <= 1.2 * len(draft.text)


def _boundaries(text: str, pieces: list[str]) -> list[int]:
    """Each piece's end, counted in non-space characters (pysbd moves spaces, nothing else)."""
    ends, count = [], 0
    for piece in pieces:
        count += sum(1 for char in piece if not char.isspace())
        ends.append(count)
    return ends


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_windows_find_the_sentences_pysbd_finds_in_the_whole(seed_text, lang):
    """The seed's whole side as one paragraph: window by window, pysbd ends the same sentences
    as given all of it at once (docs/checking.md, "Speed", has the same on public data)."""
    text = seed_text[lang]
    assert len(text) > segment.WINDOW
    whole = segment._segmenter(lang).segment(text)
    assert _boundaries(text, segment._pysbd_pieces(text, lang)) == _boundaries(text, whole)


def test_text_without_a_sentence_end_runs_on_through_windows():
    words = " ".join(["word"] * 3000)  # 14,999 characters: three windows, no boundary in any
    assert segment._pysbd_pieces(words, "en") == [words]
    split = segment.split_paragraph(words, "en")
    assert split.too_long == (len(words),)
    assert " ".join(split.sentences) == words


def test_cutting_a_long_run_copies_it_once(monkeypatch):
    """The cap's fallback cuts by index: each piece is sliced once from the text."""
    text = " ".join(["word"] * 50_000)
    pieces = segment._cut(text, 2000, segment._SOFT_BREAK["en"])
    assert " ".join(pieces) == text and all(len(piece) <= 2000 for piece in pieces)
    assert len(pieces) == pytest.approx(len(text) / 2000, rel=0.01)


# ---- the document aligner: cells of its dynamic program

def _unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=-1, keepdims=True)).astype(np.float32)


def _document(n: int, seed: int = 7) -> tuple[Sentences, Sentences]:
    """n sentences and a close translation of them with a 5% stretch left out in the middle."""
    rng = np.random.default_rng(seed)
    vectors = _unit(rng.normal(size=(n, 32)))
    lengths = rng.integers(20, 200, size=n).astype(float)
    keep = [i for i in range(n) if not n // 2 <= i < n // 2 + n // 20]
    translated = _unit(vectors[keep] + 0.3 * _unit(rng.normal(size=(len(keep), 32))))
    return (Sentences(vectors, tuple(lengths)), Sentences(translated, tuple(lengths[keep])))


@pytest.fixture
def cells(monkeypatch) -> list[int]:
    """Cells the aligner costs (one per bead shape and column searched), per call of align."""
    counted = [0]
    real = _CostModel.costs

    def costs(self, i, a, b, columns):
        counted[0] += columns.stop - columns.start if isinstance(columns, slice) else len(columns)
        return real(self, i, a, b, columns)

    monkeypatch.setattr(_CostModel, "costs", costs)
    return counted


def test_twice_the_document_costs_about_twice_the_cells(cells):
    params = replace(DEFAULT_PARAMS, max_bead=3, halve_above=200)  # few shapes: the first pass shows
    work = []
    for n in (800, 1600, 3200):
        cells[0] = 0
        left, right = _document(n)
        align([left], right, params)
        work.append(cells[0])
    # the band of 20% around the diagonal would make each doubling cost 4x
    assert work[1] / work[0] < 2.3 and work[2] / work[1] < 2.3


def test_a_long_gap_is_found_through_the_half_resolution_path():
    """Above `halve_above` the first pass searches around a path found at half resolution
    (three levels here); a stretch left out still comes out as omissions, the rest 1-1."""
    left, right = _document(1000)
    beads = align([left], right, replace(DEFAULT_PARAMS, halve_above=150))
    keep = [i for i in range(1000) if not 500 <= i < 550]
    expected = {((i,), ()) for i in range(500, 550)} | {((i,), (k,)) for k, i in enumerate(keep)}
    assert {(bead.left, bead.right) for bead in beads} == expected


def test_up_to_halve_above_the_diagonal_band_is_searched_as_before(cells):
    """The first pass of a document no longer than `halve_above` costs its band of 20% around
    the diagonal: the search (and its result) is the one documents were aligned with before."""
    left, right = _document(600)
    params = replace(DEFAULT_PARAMS, max_bead=2)
    align([left], right, params)
    width = max(params.first_band, int(params.first_band_share * 600))
    assert cells[0] > 600 * 2 * width  # typical cost and first pass over the wide band


# ---- checks and reports: lookups instead of scans, equal to the scans

def _spans_and_findings(rng: random.Random) -> tuple[list[AlignedSpan], list[Finding]]:
    """Spans in draft order (empty ones for omissions) and findings over them, edges included."""
    spans, position, segment_id = [], 0, 0
    for _ in range(rng.randint(1, 30)):
        if rng.random() < 0.25:  # an omission: an empty span where the text would be
            spans.append(AlignedSpan((f"s{segment_id}",), (), position, position, "", "ref", None))
            segment_id += 1
            continue
        length = rng.randint(1, 9)
        ids = () if rng.random() < 0.2 else tuple(f"s{segment_id + k}" for k in range(rng.randint(1, 2)))
        segment_id += len(ids)
        spans.append(AlignedSpan(ids, (len(spans),), position, position + length, "x" * length, None, None))
        position += length + rng.choice([0, 1])
    findings = []
    for _ in range(rng.randint(0, 20)):
        start = rng.randint(0, position + 1)
        end = start if rng.random() < 0.3 else rng.randint(start, position + 2)
        ids = tuple(rng.sample([f"s{k}" for k in range(segment_id + 2)], rng.randint(0, 2)))
        findings.append(Finding("omission", "high", "m", ids, start, end))
    return spans, findings


def test_the_page_rows_of_findings_are_the_ones_the_page_searched_for():
    """report.html's rule, as its script applied it to every finding for every span: an empty
    finding belongs to the first empty span of one of its segments, any other to the first
    span its text overlaps."""
    def searched(spans: list[AlignedSpan], finding: Finding) -> int:
        for k, span in enumerate(spans):
            if (span.draft == "" and any(i in finding.ids for i in span.ids) if finding.start == finding.end
                    else finding.start < span.start + len(span.draft) and finding.end > span.start):
                return k
        return -1

    rng = random.Random(5)
    for _ in range(500):
        spans, findings = _spans_and_findings(rng)
        draft = Draft("x" * 400, "en", (DraftSentence("x", 0, 1, 0),))
        result = CheckResult(draft, tuple(spans), tuple(findings), "zh", "en", None, None, "", None, {}, ())
        assert _spans_of(result) == [searched(spans, finding) for finding in findings]


def test_overlap_lookup_answers_as_the_scan():
    def scanned(others: list[Finding], finding: Finding) -> bool:
        return any(other.start < finding.end and finding.start < other.end for other in others)

    rng = random.Random(3)
    for _ in range(500):
        _, findings = _spans_and_findings(rng)
        others, asked = findings[: len(findings) // 2], findings[len(findings) // 2:]
        lookup = _Spans(others)
        assert [lookup.overlaps(f) for f in asked] == [scanned(others, f) for f in asked]


def test_nearest_segments_of_each_span_are_those_a_scan_finds():
    def scanned(spans: list[AlignedSpan], k: int) -> tuple[str | None, str | None]:
        previous = next((s.ids[-1] for s in reversed(spans[:k]) if s.ids), None)
        following = next((s.ids[0] for s in spans[k + 1:] if s.ids), None)
        return previous, following

    rng = random.Random(11)
    for _ in range(300):
        spans, _ = _spans_and_findings(rng)
        previous, following = _neighbours(tuple(spans))
        assert list(zip(previous, following)) == [scanned(spans, k) for k in range(len(spans))]


# ---- the whole check: calls of the model and writes of the cache do not grow with the draft

class TrigramEmbedder:
    """A stand-in model, fast and deterministic: a text's hashed character trigrams."""

    model_id = "test:hashed-trigrams"

    def __init__(self) -> None:
        self.calls = 0

    def encode(self, texts):
        self.calls += 1
        vectors = np.zeros((len(texts), 64), np.float32)
        for row, text in enumerate(texts):
            padded = f"  {text.lower()}  "
            for k in range(len(padded) - 2):
                vectors[row, zlib.crc32(padded[k:k + 3].encode("utf-8")) % 64] += 1.0
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


@pytest.fixture
def pack_writes(monkeypatch) -> list[int]:
    from evalkit.packs import PackTable

    writes = [0]
    real = PackTable._write

    def write(self, parts):
        writes[0] += 1
        return real(self, parts)

    monkeypatch.setattr(PackTable, "_write", write)
    return writes


def test_one_cache_write_per_check_however_long_the_draft(tmp_path, reference_set_dir, data_dir, pack_writes):
    """The seed's English draft against its reference and source, then followed by a second
    copy with other letters (every text new): the cache is written once either way, though
    the spans' texts reach the model in more calls (a pack per call, each fsynced, every 33
    merged with all the rest, would cost time growing with the square of the draft)."""
    from evalkit import Settings, check
    from evalkit.references import load_reference_set

    reference_set = load_reference_set(reference_set_dir)
    other = {"en": str.maketrans("ea", "éà"), "zh": str.maketrans("的是", "之乃")}
    sides = {"draft": [(data_dir / "check" / "natsec-draft.en.md").read_text(encoding="utf-8")],
             "ref": reference_set.side("en"), "src": reference_set.side("zh")}
    counts = []
    for copies in (1, 2):
        folder = tmp_path / str(copies)
        folder.mkdir()
        for name, lines in sides.items():
            table = other["zh" if name == "src" else "en"]
            text = "".join(line + "\n" for line in lines)
            (folder / f"{name}.txt").write_text(text + ("\n" + text.translate(table) if copies == 2 else ""),
                                                encoding="utf-8")
        model = TrigramEmbedder()
        pack_writes[0] = 0
        result = check(folder / "draft.txt", ref=folder / "ref.txt", src=folder / "src.txt", lang="zh-en",
                       settings=Settings(embedder=model, cache_dir=str(folder / "cache")))
        counts.append((len(result.spans), model.calls, pack_writes[0]))
    (spans_once, calls_once, writes_once), (spans_twice, calls_twice, writes_twice) = counts
    assert spans_twice > 1.8 * spans_once and calls_twice > calls_once > 10
    assert writes_once == writes_twice == 1


def test_deferred_vectors_reach_the_disk_when_it_ends_even_on_an_error(tmp_path):
    from evalkit.embed import CachingEmbedder, EmbeddingCache

    embedder = CachingEmbedder(TrigramEmbedder(), EmbeddingCache("test:hashed-trigrams", tmp_path))
    with pytest.raises(KeyboardInterrupt):
        with embedder.cache.deferred():
            embedder.encode(["one text"])
            with embedder.cache.deferred():  # nested: still one write, at the outer end
                embedder.encode(["another text"])
            assert not list((tmp_path / "embeddings").rglob("*.pack"))
            raise KeyboardInterrupt
    assert len(list((tmp_path / "embeddings").rglob("*.pack"))) == 1
    again = CachingEmbedder(TrigramEmbedder(), EmbeddingCache("test:hashed-trigrams", tmp_path))
    again.encode(["one text", "another text"])
    assert again.counters.cached == 2 and again.counters.encoded == 0


def test_the_clause_checks_call_the_model_once_for_all_spans_and_once_to_confirm():
    from evalkit.checks import CheckJob
    from evalkit.checks.clauses import clause_addition, clause_omission

    model = TrigramEmbedder()
    spans, position = [], 0
    for k in range(40):
        draft = f"the city opened {k} schools this year, while prices rose sharply in the north"
        reference = f"the city opened {k} schools, and the mayor said more would follow next spring, as prices rose"
        spans.append(AlignedSpan((str(k),), (k,), position, position + len(draft), draft, reference, f"源文{k}，市长说。"))
        position += len(draft) + 1
    job = CheckJob(Draft("x" * position, "en", ()), tuple(spans), "zh", "en", encode=model.encode)
    for check_kind in (clause_omission, clause_addition):
        model.calls = 0
        check_kind(job)
        assert model.calls <= 2
