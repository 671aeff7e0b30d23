"""`evalkit refs build FILE` for a translation file: its translated units are the segments.

XLIFF, PO and TMX units are aligned already (by the translator's tool), so they are
neither split nor re-aligned: each translated unit is one segment with the unit's id,
shape "1-1", its own position as paragraph, and as `score` the cosine of its two sides
(the embedding model's, as the embedding aligner's confidence is). Text is masked as for
scoring (placeholders and tags removed). The sides must be English and Chinese.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..errors import InputError
from ..langcheck import check_sides
from ..placeholders import mask
from ..references import AlignedSegment, ReferenceSet, sha256_file
from . import base_language, read_translation_file


def reference_set_from(path: str | Path, *, name: str, embedder, script: str | None = None) -> ReferenceSet:
    from .. import __version__

    document = read_translation_file(path, target="zh" if _is_tmx(path) else None, script=script)
    units = document.translated
    if not units:
        raise InputError(f"{path}: no unit has a target: nothing to build a reference set from")
    source = base_language(document.source_lang) or "en"
    target = base_language(document.target_lang) or ("zh" if source == "en" else "en")
    if {source, target} != {"en", "zh"}:
        raise InputError(f"{path}: {document.source_lang}-{document.target_lang}; reference sets are English and "
                         "Chinese")
    sides = {source: [mask(u.source) for u in units], target: [mask(u.target or "") for u in units]}
    check_sides({lang: (f"the {role} of {path}", sides[lang]) for lang, role in ((source, "sources"),
                                                                                (target, "targets"))},
                swapped_hint="are its source and target languages declared the wrong way round?")
    cosines = np.einsum("ij,ij->i", np.asarray(embedder.encode(sides["en"])), np.asarray(embedder.encode(sides["zh"])))
    segments = tuple(AlignedSegment(unit.id, k, "1-1", sides["en"][k], sides["zh"][k], round(float(cosines[k]), 4))
                     for k, unit in enumerate(units))
    manifest = {
        "schema": 1, "name": name, "evalkit": __version__,
        "sources": {document.format: {"file": Path(path).name, "sha256": sha256_file(path)}},
        "metadata": {"source_lang": document.source_lang, "target_lang": document.target_lang},
        "paragraphs": len(segments), "segments": len(segments), "alignment_shapes": {"1-1": len(segments)},
        "segmenter": {"en": "units", "zh": "units"},
        "aligner": {"name": "units", "model": embedder.model_id, "score": "cosine of the unit's two sides"},
        "warnings": [note for note in (document.untranslated_note(),) if note],
    }
    return ReferenceSet(name=name, segments=segments, manifest=manifest)


def _is_tmx(path: str | Path) -> bool:
    from . import detect

    return detect(path) == "tmx"
