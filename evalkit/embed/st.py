"""Any sentence-transformers model on disk, by Hugging Face hub name (from the local hub cache) or directory.

torch and sentence-transformers are imported only when the weights are first
needed, so resolving a spec (and failing on a bad one) stays fast.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import sys
from functools import cached_property
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..errors import BackendUnavailable
from .base import normalise_rows

INSTALL_HINT = "install evalkit's st extra, CPU torch first (see the README's Setup)"
BATCH_SIZE = 64
# A model reads at most max_seq_length tokens and cuts the rest itself; texts are cut at
# this many characters per token before that, so that tokenizing stays bounded too (a
# token rarely spans more than a few characters, so the model's own limit decides).
CHARS_PER_TOKEN = 8
PROGRESS_FROM = 512  # texts; shorter jobs finish before a bar is worth drawing
# e5 models were trained with these markers and embed noticeably worse without them;
# "query: " is the one its authors prescribe for symmetric similarity.
_E5 = re.compile(r"(^|[/_-])e5([_-]|$)", re.IGNORECASE)
def _looks_like_path(name: str) -> bool:
    return name.startswith(("/", "./", "../", "~")) or name.count("/") > 1 or os.sep != "/" and os.sep in name


def _fingerprint(directory: Path) -> str:
    """Content-derived id of a local model: sizes of all files, full text of the small ones.

    Cheap even for multi-GB weights, and a copy of the model elsewhere gets the same id.
    """
    digest = hashlib.sha256()
    for path in sorted(p for p in directory.rglob("*") if p.is_file() and ".cache" not in p.parts):
        size = path.stat().st_size
        digest.update(f"{path.relative_to(directory).as_posix()}\0{size}\0".encode())
        if size < 1 << 20:
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _cached_snapshot(repo_id: str) -> Path | None:
    from huggingface_hub import try_to_load_from_cache

    for filename in ("modules.json", "config.json"):
        try:
            found = try_to_load_from_cache(repo_id, filename)
        except Exception:  # an id the hub library rejects cannot be in the cache either
            return None
        if isinstance(found, str):
            return Path(found).parent
    return None


class SentenceTransformerEmbedder:
    def __init__(self, name: str, *, trust_remote_code: bool = False) -> None:
        if importlib.util.find_spec("sentence_transformers") is None or importlib.util.find_spec("torch") is None:
            raise BackendUnavailable(f"embedding model 'st:{name}' needs sentence-transformers and torch: {INSTALL_HINT}")
        self.name = name
        self.trust_remote_code = trust_remote_code
        path = Path(name).expanduser()
        if path.is_dir():
            # Two path components: a model dir is often called just "model".
            self._location, self._id = str(path), f"{'/'.join(path.resolve().parts[-2:])}#{_fingerprint(path)}"
        elif _looks_like_path(name):
            raise BackendUnavailable(f"embedding model 'st:{name}': no such model directory")
        else:
            # Only models already on disk: a download attempt without network costs a minute of
            # retries before it fails, and a scoring run should not fetch gigabytes unasked.
            snapshot = _cached_snapshot(name)
            if snapshot is None:
                raise BackendUnavailable(
                    f"embedding model 'st:{name}' is not in the local Hugging Face cache; evalkit does not download "
                    f"models: fetch it once with `huggingface-cli download {name}`, or pass st:/path/to/model"
                )
            self._location, self._id = str(snapshot), f"{name}@{snapshot.name[:12]}"

    @cached_property
    def _model(self) -> Any:
        try:
            import torch
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as transformers_logging
        except ImportError as exc:
            raise BackendUnavailable(f"embedding model 'st:{self.name}' cannot be used ({exc}): {INSTALL_HINT}") from None
        transformers_logging.disable_progress_bar()  # a bar per weight file is noise in a scoring run
        device = "cuda" if torch.cuda.is_available() else "cpu"
        try:
            return SentenceTransformer(
                self._location, device=device, trust_remote_code=self.trust_remote_code, local_files_only=True
            )
        except Exception as exc:
            first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            asks_for_code = "trust_remote_code" in str(exc) and not self.trust_remote_code
            hint = " (it runs its own code: allow that with st:NAME?trust_remote_code)" if asks_for_code else ""
            raise BackendUnavailable(f"cannot load embedding model 'st:{self.name}': {first_line}{hint}") from None

    @cached_property
    def _prompts(self) -> tuple[str, str]:
        """(prompt we pass to encode, prompt the model applies to every text).

        Read from the model's files rather than the loaded model, so a fully cached
        run never loads torch.
        """
        config = self._config("config_sentence_transformers.json")
        prompts = config.get("prompts") or {}
        default = config.get("default_prompt_name")
        if default:
            return "", prompts.get(default, "")  # sentence-transformers prepends it itself
        ours = prompts.get("query") or ("query: " if _E5.search(self.name) else "")
        return ours, ours

    def _config(self, filename: str) -> dict[str, Any]:
        path = Path(self._location) / filename
        try:
            config = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
        except (OSError, ValueError):
            raise BackendUnavailable(f"cannot load embedding model 'st:{self.name}': {filename} is unreadable") from None
        return config if isinstance(config, dict) else {}

    @cached_property
    def max_chars(self) -> int:
        """Characters of a text to give the model: its max_seq_length tokens, generously."""
        tokens = self._config("sentence_bert_config.json").get("max_seq_length")
        return CHARS_PER_TOKEN * (tokens if isinstance(tokens, int) and tokens > 0 else 512)

    @property
    def model_id(self) -> str:
        applied = self._prompts[1]
        # No "|": model ids go into `key:value|key:value` signatures.
        prompt = f"+prompt={applied!r}" if applied else ""
        remote = "+remote-code" if self.trust_remote_code else ""
        return f"st:{self._id}{prompt}{remote}"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        vectors = self._model.encode(
            list(texts),
            batch_size=BATCH_SIZE,
            prompt=self._prompts[0] or None,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=len(texts) >= PROGRESS_FROM and sys.stderr.isatty(),
        )
        return normalise_rows(vectors.reshape(len(texts), -1))
