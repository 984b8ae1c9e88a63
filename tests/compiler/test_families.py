"""Model families users bring, exported as users export them (``torch.onnx.export(...,
dynamo=False, opset_version=17)``) from HF ``transformers`` classes built from small configs
and from ``torch.nn`` modules: each compiles, runs on an ideal chip with every probed layer
equal to onnxruntime (max error <= 1e-4 of full scale), and runs through the timing model.

Small buffers make the feature maps stream through global memory, so the streamed code of
every op class these families use is checked as well as the resident one.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from test_real_exports import _check, _export

from aimcsim.config.loader import load_arch

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
nn = torch.nn

BIG_MESH = ["chip.mesh_rows=8", "chip.mesh_cols=8"]
HUGE_MESH = ["chip.mesh_rows=12", "chip.mesh_cols=12"]


class Hidden(nn.Module):
    """Positional inputs, the last hidden state out (keyword APIs differ between versions)."""

    def __init__(self, model: Any, pooled: bool = False) -> None:
        super().__init__()
        self.model = model
        self.pooled = pooled

    def forward(self, *args: Any) -> Any:
        out = self.model(*args)
        if self.pooled:
            return out.pooler_output
        return out[0] if isinstance(out, tuple) else out.last_hidden_state


def _run(model: Any, x: Any, name: str, tmp_path: Any, overrides: list[str], preset="standard"):
    """Export with a fixed batch of 1, check two samples (integer inputs: token ids)."""
    model = model.eval()
    p = _export(model, (x[:1],), tmp_path / f"{name}.onnx", ["x"], output_names=["y"])
    arch = load_arch(preset=preset, overrides=overrides)
    wl, res = _check(p, {"x": x.numpy()}, arch)
    with torch.no_grad():
        ref = model(x).numpy()
    (y,) = res.outputs.values()  # the graph output keeps the name of the tensor it aliases
    y = y.reshape(ref.shape)
    assert float(np.abs(y - ref).max()) <= 1e-4 * max(float(np.abs(ref).max()), 1e-6)
    return wl


def _kinds(wl: Any) -> set[str]:
    return {la["kind"] for la in wl.layers}


def _streamed(wl: Any) -> set[str]:
    """Kinds of the layers whose output was streamed through global memory."""
    spilled = {p["tensor"] for p in wl.manifest["probes"] if p.get("space") in ("sram", "dram")}
    return {la["kind"] for la in wl.layers if la["output"] in spilled}


# ---------------------------------------------------------------------------- transformers
def test_gpt2_causal_mask_tanh_gelu(tmp_path):
    """Causal mask (Trilu/Where folded), tanh-GELU (Pow), Conv1D as Gemm on a merged batch,
    Split of the fused QKV projection."""
    torch.manual_seed(0)
    cfg = transformers.GPT2Config(vocab_size=50, n_embd=32, n_layer=1, n_head=2, n_positions=32)
    cfg.bos_token_id = cfg.eos_token_id = 0
    ids = torch.randint(0, 50, (2, 16))
    wl = _run(Hidden(transformers.GPT2Model(cfg)), ids, "gpt2", tmp_path, [])
    assert {"matmul", "softmax", "mul", "tanh", "layernorm"} <= _kinds(wl)


def test_vit_class_token(tmp_path):
    """The class token (a constant) concatenated to the patch embeddings."""
    torch.manual_seed(1)
    cfg = transformers.ViTConfig(
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        image_size=32,
        patch_size=8,
    )
    x = torch.randn(2, 3, 32, 32)
    vit = Hidden(transformers.ViTModel(cfg, add_pooling_layer=False))
    wl = _run(vit, x, "vit", tmp_path, ["tile.buffer.size_elements=4096"])
    assert "concat" in _streamed(wl)


def test_whisper_encoder_conv1d(tmp_path):
    """Conv1d (stride 2) front end, GELU, transposed to (time, channels), attention."""
    from transformers.models.whisper.modeling_whisper import WhisperEncoder

    torch.manual_seed(2)
    cfg = transformers.WhisperConfig(
        d_model=32,
        encoder_layers=1,
        encoder_attention_heads=2,
        encoder_ffn_dim=64,
        num_mel_bins=8,
        max_source_positions=16,
    )
    x = torch.randn(2, 8, 32)
    wl = _run(Hidden(WhisperEncoder(cfg)), x, "whisper", tmp_path, [])
    assert sum(la["kind"] == "conv" for la in wl.layers) == 2


def test_bert_long_sequence_streams(tmp_path):
    """Attention at a sequence longer than the buffer holds: every layer streams."""
    torch.manual_seed(3)
    cfg = transformers.BertConfig(
        vocab_size=50,
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=128,
    )
    ids = torch.randint(0, 50, (2, 128))
    wl = _run(
        Hidden(transformers.BertModel(cfg)),
        ids,
        "bert",
        tmp_path,
        ["tile.buffer.size_elements=8192"],
    )
    assert {"matmul", "softmax", "layernorm"} <= _streamed(wl)


# ---------------------------------------------------------------------------- CNNs
def test_convnext_channels_last(tmp_path):
    """Channels-last LayerNorm via Transpose (free views of the nhwc map), depthwise 7x7,
    GELU, layer scale."""
    torch.manual_seed(4)
    cfg = transformers.ConvNextConfig(hidden_sizes=[8, 16], depths=[1, 1], num_stages=2)
    x = torch.randn(2, 3, 32, 32)
    wl = _run(Hidden(transformers.ConvNextModel(cfg)), x, "convnext", tmp_path, BIG_MESH)
    assert {"conv", "layernorm", "gelu"} <= _kinds(wl)


def test_efficientnet_silu_squeeze_excite(tmp_path):
    """SiLU as Sigmoid * Mul, squeeze-excite (a per-channel scale broadcast over the map)."""
    torch.manual_seed(5)
    cfg = transformers.EfficientNetConfig(
        image_size=32, width_coefficient=0.25, depth_coefficient=0.25, hidden_dim=320
    )
    x = torch.randn(2, 3, 32, 32)
    wl = _run(
        Hidden(transformers.EfficientNetModel(cfg)), x, "effnet", tmp_path, HUGE_MESH, "hermes"
    )
    assert "mul" in _kinds(wl)


def test_mobilenetv2_streams_clip(tmp_path):
    """ReLU6 as Clip, Pad/Slice plumbing, at a buffer that makes the maps stream."""
    torch.manual_seed(6)
    cfg = transformers.MobileNetV2Config(depth_multiplier=0.25, image_size=64)
    x = torch.randn(2, 3, 64, 64)
    wl = _run(
        Hidden(transformers.MobileNetV2Model(cfg)),
        x,
        "mbv2",
        tmp_path,
        [*HUGE_MESH, "tile.buffer.size_elements=16384"],
        "hermes",
    )
    assert "clip" in _streamed(wl)


def test_resnet_bottleneck_streams_gap(tmp_path):
    """Bottleneck ResNet with the last map streamed into global average pooling."""
    torch.manual_seed(7)
    cfg = transformers.ResNetConfig(
        embedding_size=8, hidden_sizes=[16, 32], depths=[1, 1], layer_type="bottleneck"
    )
    x = torch.randn(2, 3, 64, 64)
    wl = _run(
        Hidden(transformers.ResNetModel(cfg), pooled=True),
        x,
        "resnet",
        tmp_path,
        ["tile.buffer.size_elements=4096"],
    )
    assert "gap" in _kinds(wl)


# ---------------------------------------------------------------------------- torch.nn
def test_conv1d_stack(tmp_path):
    torch.manual_seed(8)
    model = nn.Sequential(
        nn.Conv1d(8, 16, 3, stride=2, padding=1),
        nn.BatchNorm1d(16),
        nn.SiLU(),
        nn.Conv1d(16, 8, 5, padding=2, groups=2),
        nn.Hardswish(),
    )
    with torch.no_grad():
        model[1].running_mean.uniform_(-0.2, 0.2)
        model[1].running_var.uniform_(0.5, 1.5)
    x = torch.randn(2, 8, 32)
    wl = _run(model, x, "conv1d", tmp_path, [])
    assert "clip" in _kinds(wl)


class Recurrent(nn.Module):
    """A recurrent layer and a linear head over every step (sequence-first input)."""

    def __init__(self, rnn: Any) -> None:
        super().__init__()
        self.rnn = rnn
        width = rnn.hidden_size * (2 if rnn.bidirectional else 1)
        self.fc = nn.Linear(width, 4)

    def forward(self, x: Any) -> Any:
        y, _ = self.rnn(x)
        return self.fc(y)


@pytest.mark.parametrize(
    "rnn,buffer",
    [
        (lambda: nn.GRU(8, 16), 65536),
        (lambda: nn.LSTM(8, 16, bidirectional=True), 1024),
        (lambda: nn.GRU(8, 12, num_layers=2, bidirectional=True), 1536),
    ],
    ids=["gru", "bilstm", "bigru-2layers"],
)
def test_recurrent(tmp_path, rnn, buffer):
    """GRU and bidirectional layers; at the small buffers the directions' concat (and, at
    1024, the recurrent outputs themselves) stream through global memory."""
    torch.manual_seed(9)
    model = Recurrent(rnn()).eval()
    x = torch.randn(10, 2, 8)  # (seq, batch, input)
    p = _export(model, (x[:, :1],), tmp_path / "rnn.onnx", ["x"], output_names=["y"])
    arch = load_arch(preset="standard", overrides=[f"tile.buffer.size_elements={buffer}"])
    samples = {"x": np.ascontiguousarray(x.numpy().transpose(1, 0, 2))}  # executor: batch first
    wl, res = _check(p, samples, arch)
    assert "lstm" in _kinds(wl)
    if buffer < 65536:
        assert "concat" in _streamed(wl)
    with torch.no_grad():
        ref = model(x).numpy().transpose(1, 0, 2)
    (y,) = res.outputs.values()
    y = y.reshape(ref.shape)
    assert float(np.abs(y - ref).max()) <= 1e-4 * float(np.abs(ref).max())


class Reductions(nn.Module):
    """Means and sums over axes: spatial (a global pooling), channels, the last axis."""

    def forward(self, x: Any) -> Any:
        pooled = x.mean(dim=(2, 3))  # (N, C)
        per_pixel = x.sum(dim=1, keepdim=True)  # (N, 1, H, W)
        rows = x.flatten(2).mean(-1)  # (N, C)
        return torch.cat([pooled + rows, per_pixel.flatten(1)], dim=1)


def test_reductions(tmp_path):
    torch.manual_seed(10)
    x = torch.randn(2, 6, 5, 7)
    _run(nn.Sequential(nn.Conv2d(6, 6, 3, padding=1), Reductions()), x, "reduce", tmp_path, [])
