"""The leave-one-out gains behind `checks.spans.LEAVE_OUT`, on the seed's drafts and candidates.

For every bead of several segments or sentences, the aligner's draft alignment is
checked by leaving out its first and last part (docs/checking.md). This prints, per
draft and mode (against the reference set, or against the source alone), the lowest
gains of parts that belong to their bead and the highest of parts that do not (the
planted omissions and additions, and the empty lines of the hasty candidate), which is
where the thresholds come from.

    PYTHONPATH=. python3 benchmarks/check_leave_out.py
"""

from __future__ import annotations

from pathlib import Path

from evalkit import check, load_reference_set
from evalkit.checks import spans

ROOT = Path(__file__).resolve().parent.parent
REFSET = ROOT / "references" / "natsec-en-zh"
DRAFTS = [
    ("tests/data/check/natsec-draft.en.md", "zh-en"),
    ("tests/data/check/natsec-draft.zh.md", "en-zh"),
    ("candidates/natsec-zh-en/careful.txt", "zh-en"),
    ("candidates/natsec-zh-en/hasty-draft.txt", "zh-en"),
    ("candidates/natsec-zh-en/literal-mt.txt", "zh-en"),
    ("references/natsec-en-zh/en.txt", "zh-en"),
    ("references/natsec-en-zh/zh.txt", "en-zh"),
]
# Parts that are no translation of their bead: omitted segments, added sentences (their start)
STRANGERS = {"p12s10", "p10s04", "p06s03", "Several provinces", "各地已陸續"}


def main() -> None:
    ids = [segment.id for segment in load_reference_set(REFSET).segments]
    recorded: list[tuple[float, int, int]] = []  # (gain, side, index of the part left out)
    original = spans._leave_out

    def record(bead, gain, threshold):
        left, right = bead
        for side, items in ((0, left), (1, right)):
            if left and right and len(items) > 1:
                for edge, rest in ((items[:1], items[1:]), (items[-1:], items[:-1])):
                    trimmed = (rest, right) if side == 0 else (left, rest)
                    recorded.append((gain(bead, trimmed, 1 - side), side, edge[0]))
        return original(bead, gain, threshold)

    spans._leave_out = record
    print(f"{'draft':<42} {'against':<10} {'belongs: lowest':>16} {'stranger: highest':>18}")
    for path, lang in DRAFTS:
        for mode in ("reference", "source"):
            recorded.clear()
            result = (check(ROOT / path, ref=REFSET, lang=lang) if mode == "reference"
                      else check(ROOT / path, src=REFSET / f"{lang[:2]}.txt", lang=lang))
            what = [ids[index] if side == 0 else result.draft.sentences[index].text for _, side, index in recorded]
            strange = [any(w.startswith(s) for s in STRANGERS) for w in what]
            belongs = [g for (g, _, _), s in zip(recorded, strange) if not s]
            stranger = [g for (g, _, _), s in zip(recorded, strange) if s]
            print(f"{path:<42} {mode:<10} {min(belongs, default=float('nan')):>16.3f} "
                  f"{max(stranger, default=float('nan')):>18.3f}")
    spans._leave_out = original


if __name__ == "__main__":
    main()
