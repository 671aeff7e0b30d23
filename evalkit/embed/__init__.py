"""Sentence embeddings: the Embedder protocol, two backends, and an on-disk cache.

Specs name a model: `use-multilingual` (bundled, the default) or `st:<hub name or
path>` for any sentence-transformers model; append `?trust_remote_code` to allow a
model's own code to run. Nothing heavy is imported until a model is loaded.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..errors import BackendUnavailable, ConfigError
from .base import Embedder, normalise_rows
from .cache import (
    MAX_EMBED_CHARS, CachingEmbedder, EmbeddingCache, EmbeddingTruncated, EncodeCounters, default_cache_dir, text_key,
)

DEFAULT_EMBEDDER = "use-multilingual"
_REMOTE_CODE = "?trust_remote_code"


@lru_cache(maxsize=4)
def load_embedder(spec: str | Embedder = DEFAULT_EMBEDDER) -> Embedder:
    """The model behind a spec; kept loaded, since loading costs seconds. An Embedder
    object (from the API: any `model_id` and `encode`, such as a test's fake) is used as is."""
    if not isinstance(spec, str):
        return spec
    spec = spec.strip()
    if spec == DEFAULT_EMBEDDER:
        from .use import UniversalSentenceEncoder

        return UniversalSentenceEncoder()
    if spec.startswith("st:") and len(spec) > 3:
        from .st import SentenceTransformerEmbedder

        name, remote = spec[3:], spec.endswith(_REMOTE_CODE)
        return SentenceTransformerEmbedder(name.removesuffix(_REMOTE_CODE), trust_remote_code=remote)
    raise ConfigError(f"unknown embedding model {spec!r}; use {DEFAULT_EMBEDDER} or st:<hub name or path>")


def shared_embedder(spec: str | Embedder = DEFAULT_EMBEDDER, cache_dir: str | Path | None = None, use_cache: bool = True) -> CachingEmbedder:
    """One caching embedder per (model, cache directory) in a process, so metrics share vectors.

    `cache_dir=None` means the default user cache directory, looked up now (not when
    first used); `use_cache=False` keeps vectors in memory only.
    """
    directory = (Path(cache_dir) if cache_dir else default_cache_dir()) if use_cache else None
    return _shared(spec, str(directory) if directory else None)


@lru_cache(maxsize=8)
def _shared(spec: str | Embedder, directory: str | None) -> CachingEmbedder:
    embedder = load_embedder(spec)
    return CachingEmbedder(embedder, EmbeddingCache(embedder.model_id, directory))


__all__ = [
    "DEFAULT_EMBEDDER", "MAX_EMBED_CHARS", "BackendUnavailable", "CachingEmbedder", "Embedder", "EmbeddingCache",
    "EmbeddingTruncated", "EncodeCounters",
    "default_cache_dir", "load_embedder", "normalise_rows", "shared_embedder", "text_key",
]
