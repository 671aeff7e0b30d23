"""Reference sets: aligned en/zh segments built from a bilingual document.

On disk, `references/NAME/` holds `segments.jsonl`, `en.txt`, `zh.txt` (one segment
per line, as sacrebleu reads them) and `manifest.json`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .align import Bead, BeadScorer, EmbeddingScorer, LengthScorer, align_sentences
from .documents import EN_HEADER, ZH_HEADER, BilingualDocument
from .errors import ConfigError, InputError
from .langcheck import check_sides
from .segment import MAX_SENTENCE, split_paragraph
from .textio import dump_json, dump_jsonl, read_jsonl, read_text, write_files

LANGS = ("en", "zh")
# Files of a reference set whose sha256 the manifest records and loading verifies.
HASHED = ("segments.jsonl", "en.txt", "zh.txt")
ALIGNERS = ("embedding", "length")
DEFAULT_ALIGNER = "embedding"  # same F1 as length on the seed gold, more robust to omissions (docs/embedding.md)
# Field -> type in segments.jsonl, in the order written.
SEGMENT_FIELDS: dict[str, type | tuple[type, ...]] = {
    "id": str, "paragraph": int, "alignment": str, "en": str, "zh": str, "score": (int, float),
}


@dataclass(frozen=True)
class AlignedSegment:
    id: str
    paragraph: int
    alignment: str  # bead shape "en-zh", e.g. "2-1"
    en: str
    zh: str
    score: float

    def text(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


@dataclass(frozen=True)
class ReferenceSet:
    name: str
    segments: tuple[AlignedSegment, ...]
    manifest: dict[str, Any] = field(default_factory=dict)

    @property
    def warnings(self) -> list[str]:
        """What building it had to work around (kept in the manifest)."""
        return list(self.manifest.get("warnings", []))

    def side(self, lang: str) -> list[str]:
        return [segment.text(lang) for segment in self.segments]

    @property
    def ids(self) -> list[str]:
        return [segment.id for segment in self.segments]


def sha256_file(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def make_scorer(
    aligner: str = DEFAULT_ALIGNER, *, embedder: str | None = None, cache_dir: str | None = None, use_cache: bool = True
) -> BeadScorer:
    """The bead scorer behind `--aligner`; `embedder` is a model spec for the embedding aligner."""
    if aligner == "length":
        return LengthScorer()
    if aligner == "embedding":
        from .embed import DEFAULT_EMBEDDER, shared_embedder

        return EmbeddingScorer(shared_embedder(embedder or DEFAULT_EMBEDDER, cache_dir, use_cache))
    raise ConfigError(f"unknown aligner {aligner!r}; choose from {', '.join(ALIGNERS)}")


def align_paragraph(en_sents: list[str], zh_sents: list[str], scorer: BeadScorer) -> list[Bead]:
    """The beads a reference set keeps: the aligner's, with unaligned sentences folded into a neighbour."""
    return _absorb_null_beads(align_sentences(en_sents, zh_sents, scorer))


def build_reference_set(
    document: BilingualDocument,
    *,
    name: str,
    scorer: BeadScorer | None = None,
    sources: dict[str, str] | None = None,
) -> ReferenceSet:
    """Split both sides into sentences and align them paragraph by paragraph.

    `sources` maps a role ("seed", "en", "zh") to the file it came from, for the manifest.
    """
    from . import __version__

    if not document.en or not document.zh:
        raise InputError("the document has no parallel paragraphs (an empty English or Chinese section)")
    if len(document.en) != len(document.zh):
        raise InputError(
            f"paragraph counts differ: {len(document.en)} English vs {len(document.zh)} Chinese; "
            "the document must have one Chinese paragraph per English paragraph"
        )
    check_sides({lang: (_side_label(lang, sources or {}), getattr(document, lang)) for lang in LANGS},
                swapped_hint=_swapped_hint(sources or {}))
    scorer = scorer or make_scorer()  # the same default as `refs build`, so both give the committed sets
    segments: list[AlignedSegment] = []
    warnings: list[str] = []
    for p, (en_par, zh_par) in enumerate(zip(document.en, document.zh)):
        en_split, zh_split = split_paragraph(en_par, "en"), split_paragraph(zh_par, "zh")
        for lang, split in (("en", en_split), ("zh", zh_split)):
            if split.too_long:
                n = len(split.too_long)
                warnings.append(
                    f"paragraph {p} ({lang}): the sentence splitter gave {n} sentence{'s' if n > 1 else ''} over "
                    f"{MAX_SENTENCE[lang]:,} characters ({', '.join(f'{k:,}' for k in split.too_long)}); "
                    "split again on terminal punctuation (a stray quote mark?)"
                )
        en_sents, zh_sents = list(en_split.sentences), list(zh_split.sentences)
        for k, bead in enumerate(align_paragraph(en_sents, zh_sents, scorer)):
            segments.append(
                AlignedSegment(
                    id=f"p{p:02d}s{k:02d}",
                    paragraph=p,
                    alignment=bead.shape,
                    en=" ".join(en_sents[i] for i in bead.src),
                    zh="".join(zh_sents[j] for j in bead.tgt),
                    score=round(bead.score, 4),
                )
            )
    shapes: dict[str, int] = {}
    for segment in segments:
        shapes[segment.alignment] = shapes.get(segment.alignment, 0) + 1
    manifest = {
        "schema": 1,
        "name": name,
        "evalkit": __version__,
        "sources": {
            role: {"file": Path(path).name, "sha256": sha256_file(path)}
            for role, path in (sources or {}).items()
        },
        "metadata": document.metadata,
        "paragraphs": len(document.en),
        "segments": len(segments),
        "alignment_shapes": dict(sorted(shapes.items())),
        "segmenter": {"en": "pysbd", "zh": "pysbd+；"},
        "aligner": {"name": scorer.name, **scorer.settings()},
        "warnings": warnings,
    }
    return ReferenceSet(name=name, segments=tuple(segments), manifest=manifest)


def _side_label(lang: str, sources: dict[str, str]) -> str:
    if lang in sources:
        return f"--{lang} {sources[lang]}"
    header = EN_HEADER if lang == "en" else ZH_HEADER
    return f"the {header} section of {sources['seed']}" if "seed" in sources else f"the {lang} side"


def _swapped_hint(sources: dict[str, str]) -> str:
    if "seed" in sources:
        return f"are the {EN_HEADER} and {ZH_HEADER} sections swapped?"
    return "did you swap --en and --zh?" if "en" in sources else "are the sides swapped?"


def _absorb_null_beads(beads: list[Bead]) -> list[Bead]:
    """Fold 1-0 / 0-1 beads into a neighbour: a reference segment needs both sides.

    The sentence then joins the previous bead (the next one at a paragraph's start),
    which keeps every sentence of the document in the reference set.
    """
    merged: list[Bead] = []
    orphans: list[Bead] = []
    for bead in beads:
        if not bead.src or not bead.tgt:
            if merged:
                last = merged[-1]
                merged[-1] = Bead(last.src + bead.src, last.tgt + bead.tgt, last.score)
            else:
                orphans.append(bead)
            continue
        for orphan in orphans:
            bead = Bead(orphan.src + bead.src, orphan.tgt + bead.tgt, bead.score)
        orphans = []
        merged.append(bead)
    return merged or beads  # a one-sided paragraph stays as it is


def write_reference_set(reference_set: ReferenceSet, out_dir: str | Path) -> Path:
    out = Path(out_dir)
    rows = [{key: getattr(segment, key) for key in SEGMENT_FIELDS} for segment in reference_set.segments]
    files = {"segments.jsonl": dump_jsonl(rows)}
    files.update({f"{lang}.txt": "".join(text + "\n" for text in reference_set.side(lang)) for lang in LANGS})
    manifest = dict(reference_set.manifest)
    manifest["sha256"] = {name: hashlib.sha256(files[name].encode("utf-8")).hexdigest() for name in HASHED}
    files["manifest.json"] = dump_json(manifest)
    write_files(out, files)
    return out


def load_reference_set(path: str | Path) -> ReferenceSet:
    root = Path(path)
    manifest_path = root / "manifest.json"
    if not manifest_path.is_file():
        raise InputError(f"{root}: not a reference set (no manifest.json); build one with `evalkit refs build`")
    try:
        manifest = json.loads(read_text(manifest_path))
    except json.JSONDecodeError as exc:
        raise InputError(f"{manifest_path}: invalid JSON ({exc.msg})") from None
    if not isinstance(manifest, dict):
        raise InputError(f"{manifest_path}: expected a JSON object")
    segments_path = root / "segments.jsonl"
    segments = []
    for number, row in read_jsonl(segments_path):
        for key, kind in SEGMENT_FIELDS.items():
            if key not in row:
                raise InputError(f"{segments_path}:{number}: missing field {key!r}")
            # bool is an int to Python, never a valid paragraph or score here
            if not isinstance(row[key], kind) or isinstance(row[key], bool):
                raise InputError(f"{segments_path}:{number}: field {key!r} has the wrong type")
        segments.append(AlignedSegment(**{key: row[key] for key in SEGMENT_FIELDS}))
    ids = [segment.id for segment in segments]
    if len(set(ids)) != len(ids):
        raise InputError(f"{segments_path}: duplicate segment ids")
    _verify_hashes(root, manifest, segments)
    return ReferenceSet(name=str(manifest.get("name", root.name)), segments=tuple(segments), manifest=manifest)


def _verify_hashes(root: Path, manifest: dict[str, Any], segments: list[AlignedSegment]) -> None:
    """Every file as `refs build` wrote it: a hand edit is named, never used or ignored in silence."""
    recorded = manifest.get("sha256")
    if not isinstance(recorded, dict) or any(not isinstance(recorded.get(name), str) for name in HASHED):
        raise InputError(f"{root / 'manifest.json'}: no sha256 recorded for " + ", ".join(HASHED)
                         + " (built by an older evalkit?); rebuild the set with `evalkit refs build`")
    for name in HASHED:
        path = root / name
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise InputError(f"{path}: missing from the reference set; rebuild it with `evalkit refs build`") from None
        if hashlib.sha256(data).hexdigest() != recorded[name]:
            raise InputError(f"{path} changed after the reference set was built ({_difference(name, data, segments)}); "
                             "restore it or rebuild the set with `evalkit refs build`")


def _difference(name: str, data: bytes, segments: list[AlignedSegment]) -> str:
    """What differs between a changed en.txt/zh.txt and segments.jsonl, in a few words."""
    if name == "segments.jsonl":
        return "its sha256 is not the one in manifest.json"
    lines = data.decode("utf-8", errors="replace").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    expected = [segment.text(name.removesuffix(".txt")) for segment in segments]
    if len(lines) != len(expected):
        return f"{len(lines)} lines, segments.jsonl has {len(expected)} segments"
    for number, (line, text) in enumerate(zip(lines, expected), 1):
        if line != text:
            return f"line {number} differs from segments.jsonl"
    return "its sha256 is not the one in manifest.json"
