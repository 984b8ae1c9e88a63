"""Small configurations of HF ``transformers`` families, shared by the family tests
(``test_families_*.py``) and the scripts that sweep families (``benchmarks/try_families.py``,
``benchmarks/bench_families_seq.py``): one layer, hidden size 32, vocabulary 50, so that an
export compiles and runs in seconds. Keyword arguments of the HF config classes."""

from __future__ import annotations

from typing import Any

DECODER: dict[str, Any] = dict(
    vocab_size=50,
    hidden_size=32,
    intermediate_size=64,
    num_hidden_layers=1,
    num_attention_heads=4,
    num_key_value_heads=2,
    max_position_embeddings=64,
    attn_implementation="eager",
)
"""A decoder with grouped-query attention (4 query heads over 2 key/value heads; the exporter
needs eager attention for it)."""

ENCODER: dict[str, Any] = dict(
    vocab_size=50,
    hidden_size=32,
    num_hidden_layers=1,
    num_attention_heads=2,
    intermediate_size=64,
    max_position_embeddings=64,
)
"""A BERT-like text encoder."""

VIT: dict[str, Any] = dict(
    hidden_size=32, num_hidden_layers=1, num_attention_heads=2, intermediate_size=64
)
"""A vision transformer's encoder (image and patch sizes are the caller's)."""

AUDIO: dict[str, Any] = dict(
    conv_dim=(16, 16),
    conv_stride=(5, 2),
    conv_kernel=(10, 3),
    num_conv_pos_embeddings=16,
    num_conv_pos_embedding_groups=4,
    feat_extract_norm="group",
    **VIT,
)
"""A wav2vec2-style audio encoder: two Conv1d feature layers (400 samples in), GroupNorm,
the grouped positional convolution, then :data:`VIT`'s encoder."""
