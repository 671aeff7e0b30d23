"""COMET through unbabel-comet: `comet:<hub name or checkpoint>[?batch=N]`.

Reference-based models (wmt22-comet-da) score (source, candidate, reference);
reference-free ones (the kiwi models, wmt21-comet-qe) score (source, candidate), which
is what runs when only --src is given. The checkpoint's hparams.yaml says which, so
nothing is loaded to decide it. The model runs on the GPU when torch sees one.
"""

from __future__ import annotations

import importlib.util
import logging
import warnings
from functools import cached_property
from typing import Any, Sequence

from ..errors import BackendUnavailable
from .base import MetricSettings
from .neural import SegmentScoreMetric, hub_offline, local_model_dir
from .specs import MetricSpec

INSTALL_HINT = "install evalkit's comet extra, then pip install --no-deps unbabel-comet==2.2.7 (see docs/metrics.md)"
CHECKPOINT = "checkpoints/model.ckpt"
DEFAULT_BATCH = 16
# class_identifier in hparams.yaml -> uses the reference; unified models say so in input_segments
_REFERENCE_FREE = {"referenceless_regression_metric"}


def make_comet(spec: MetricSpec, settings: MetricSettings) -> CometMetric:
    return CometMetric(spec, settings)


class CometMetric(SegmentScoreMetric):
    def __init__(self, spec: MetricSpec, settings: MetricSettings) -> None:
        spec.check_options(("batch",))
        if importlib.util.find_spec("comet") is None or importlib.util.find_spec("torch") is None:
            raise BackendUnavailable(f"metric {spec.text!r} needs unbabel-comet and torch: {INSTALL_HINT}")
        self._name = spec.argument or ""
        self._batch = spec.integer("batch", DEFAULT_BATCH)
        self._directory, model = local_model_dir("comet", self._name, CHECKPOINT)
        hparams = self._hparams()
        uses_reference = hparams.get("class_identifier") not in _REFERENCE_FREE and "ref" in hparams.get(
            "input_segments", ["ref"])
        super().__init__(spec.text, settings, needs_reference=uses_reference, needs_source=True)
        self.model_id = f"comet:{model}"

    def _hparams(self) -> dict[str, Any]:
        import yaml

        path = self._directory / "hparams.yaml"
        try:
            return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise BackendUnavailable(f"COMET model {self._name!r}: cannot read {path} ({exc})") from None

    @cached_property
    def _model(self) -> Any:
        encoder = self._hparams().get("pretrained_model", "its encoder")
        with hub_offline():
            try:
                from comet import load_from_checkpoint

                _quiet()
                model = load_from_checkpoint(str(self._directory / CHECKPOINT), local_files_only=True)
            except ImportError as exc:
                raise BackendUnavailable(f"COMET model {self._name!r} cannot be used ({exc}): {INSTALL_HINT}") from None
            except (OSError, ValueError, KeyError, RuntimeError) as exc:
                first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
                raise BackendUnavailable(
                    f"cannot load COMET model {self._name!r}: {first}; it needs the tokenizer and config of "
                    f"{encoder!r} in the local Hugging Face cache (hf download {encoder})"
                ) from None
        transformers5_compat(model.encoder)
        return model

    def predict(self, sources: Sequence[str] | None, hypotheses: Sequence[str],
                references: Sequence[str] | None) -> Sequence[float]:
        import torch

        samples = [{"src": src, "mt": hyp} for src, hyp in zip(sources or [], hypotheses)]
        if references is not None:
            for sample, ref in zip(samples, references):
                sample["ref"] = ref
        gpus = 1 if torch.cuda.is_available() else 0
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Lightning's deprecation notices, once per call
            return self._model.predict(samples, batch_size=self._batch, gpus=gpus, progress_bar=False).scores

    def signature(self) -> str:
        return super().signature() + f"|comet:{_version()}"


def _quiet() -> None:
    """Lightning announces devices and tips on every predict call: noise in a scoring run.
    Its loggers are configured when it is imported, so this runs after that."""
    import pytorch_lightning  # noqa: F401

    for name in ("pytorch_lightning", "lightning.pytorch", "lightning_fabric", "lightning", "comet"):
        logging.getLogger(name).setLevel(logging.ERROR)


def _version() -> str:
    from importlib.metadata import version

    return version("unbabel-comet")


def transformers5_compat(encoder: Any) -> None:
    """Let an unbabel-comet 2.2 encoder run on transformers 5 as on 4 (a no-op change on 4).

    comet unpacks (last hidden state, pooler output, all layers) from the encoder model,
    but transformers 5 drops the pooler's None from such tuples; and comet's unified
    models (cometkiwi, xCOMET) join segments with `build_inputs_with_special_tokens`,
    which transformers 5 tokenizers no longer have: it is rebuilt here exactly as
    transformers 4 defined it for BERT and XLM-R (cls A sep B sep, with 1 or 2 seps between).
    """
    model, tokenizer = encoder.model, encoder.tokenizer
    forward = model.forward

    def three_fields(*args: Any, **kwargs: Any) -> tuple[Any, Any, Any]:
        out = forward(*args, **{**kwargs, "return_dict": True, "output_hidden_states": True})
        return out.last_hidden_state, out.pooler_output, out.hidden_states

    model.forward = three_fields
    if not hasattr(tokenizer, "build_inputs_with_special_tokens"):
        cls, sep = [tokenizer.cls_token_id], [tokenizer.sep_token_id]

        def join(first: list[int], second: list[int] | None = None) -> list[int]:
            head = cls + list(first) + sep
            return head if second is None else head + sep * (encoder.size_separator - 1) + list(second) + sep

        tokenizer.build_inputs_with_special_tokens = join
