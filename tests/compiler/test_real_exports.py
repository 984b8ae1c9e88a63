"""Real exports: models written with ``torch.nn`` and HF ``transformers``, exported by
``torch.onnx.export(..., dynamo=False, opset_version=17)`` as users do, compile and run.

The exporters are optional test dependencies: without torch (or transformers) these tests
skip. Each export is compiled, run by the functional executor with noise off and ideal
converters, and compared layer by layer with onnxruntime (and the final outputs with torch);
the timing model runs on the same program.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import numpy as np
import onnx
import pytest
from helpers import ort_values

from aimcsim.compiler import CompileOptions, compile_model
from aimcsim.compiler.onnx_frontend import MASK_LIMIT, _input_batch_axis
from aimcsim.config.loader import load_arch
from aimcsim.functional.executor import Executor, ideal_arch

torch = pytest.importorskip("torch")
nn = torch.nn

BIG_BUFFER = ["tile.buffer.size_elements=1048576"]
RESNET_ARCH = ["chip.mesh_rows=16", "chip.mesh_cols=16", "tile.buffer.size_elements=1048576"]


# ---------------------------------------------------------------------------- models
class BasicBlock(nn.Module):
    """torchvision's ResNet BasicBlock, written with torch.nn."""

    def __init__(self, cin: int, cout: int, stride: int) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.relu = nn.ReLU(inplace=True)
        self.conv2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.downsample: nn.Module | None = None
        if stride != 1 or cin != cout:
            self.downsample = nn.Sequential(
                nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout)
            )

    def forward(self, x: Any) -> Any:
        identity = x if self.downsample is None else self.downsample(x)
        y = self.relu(self.bn1(self.conv1(x)))
        y = self.bn2(self.conv2(y))
        return self.relu(y + identity)


class ResNet18(nn.Module):
    """torchvision-style ResNet-18 (channel widths scaled by ``width / 64``)."""

    def __init__(self, n_classes: int = 10, width: int = 16) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(3, width, 7, 2, 3, bias=False)
        self.bn1 = nn.BatchNorm2d(width)
        self.relu = nn.ReLU(inplace=True)
        self.maxpool = nn.MaxPool2d(3, 2, 1)
        blocks: list[nn.Module] = []
        cin = width
        for i, c in enumerate((width, 2 * width, 4 * width, 8 * width)):
            blocks += [BasicBlock(cin, c, 1 if i == 0 else 2), BasicBlock(c, c, 1)]
            cin = c
        self.layers = nn.Sequential(*blocks)
        self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(cin, n_classes)

    def forward(self, x: Any) -> Any:
        x = self.maxpool(self.relu(self.bn1(self.conv1(x))))
        x = self.avgpool(self.layers(x))
        return self.fc(torch.flatten(x, 1))


class MobileNetBlock(nn.Module):
    """A MobileNetV2-like net: ReLU6 (exported as Clip), a depthwise conv, a residual."""

    def __init__(self) -> None:
        super().__init__()
        self.stem = nn.Sequential(
            nn.Conv2d(3, 16, 3, 2, 1, bias=False), nn.BatchNorm2d(16), nn.ReLU6(inplace=True)
        )
        self.expand = nn.Sequential(
            nn.Conv2d(16, 32, 1, bias=False), nn.BatchNorm2d(32), nn.ReLU6(inplace=True)
        )
        self.dw = nn.Sequential(
            nn.Conv2d(32, 32, 3, 1, 1, groups=32, bias=False),
            nn.BatchNorm2d(32),
            nn.ReLU6(inplace=True),
        )
        self.project = nn.Sequential(nn.Conv2d(32, 16, 1, bias=False), nn.BatchNorm2d(16))
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(16, 10)

    def forward(self, x: Any) -> Any:
        x = self.stem(x)
        x = x + self.project(self.dw(self.expand(x)))
        return self.fc(torch.flatten(self.pool(x), 1))


class LSTMNet(nn.Module):
    def __init__(self, layers: int) -> None:
        super().__init__()
        self.lstm = nn.LSTM(8, 16, num_layers=layers)
        self.fc = nn.Linear(16, 4)

    def forward(self, x: Any) -> Any:
        y, _ = self.lstm(x)
        return self.fc(y)


def _randomise_bn(model: Any) -> None:
    """Non-trivial BatchNorm statistics, so that BN folding is really checked."""
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, nn.BatchNorm2d):
                m.running_mean.uniform_(-0.2, 0.2)
                m.running_var.uniform_(0.5, 1.5)
                m.weight.uniform_(0.5, 1.5)
                m.bias.uniform_(-0.2, 0.2)


def _export(model: Any, args: tuple, path: Path, names: list[str], **kw: Any) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            model,
            args,
            str(path),
            dynamo=False,
            opset_version=17,
            input_names=names,
            **kw,
        )
    return path


# ---------------------------------------------------------------------------- checking
def _reference(model: onnx.ModelProto, samples: dict[str, np.ndarray], names: list[str]):
    """onnxruntime values of ``names``, one sample at a time (exports often fix the batch
    at 1), batch first: ``name -> (N, ...)``."""
    bax = {i.name: _input_batch_axis(i) for i in model.graph.input}
    n = len(next(iter(samples.values())))
    per: dict[str, list[np.ndarray]] = {k: [] for k in names}
    for i in range(n):
        feeds = {k: np.expand_dims(v[i], bax[k]) for k, v in samples.items()}
        vals = ort_values(model, feeds, names)
        for k in names:
            per[k].append(vals[k])
    return {k: np.stack(v) for k, v in per.items()}


def _check(path: Path, samples: dict[str, np.ndarray], arch: Any, rtol: float = 1e-4):
    """Compile, run ideal, compare every probe with onnxruntime, run timing."""
    from aimcsim.timing import simulate_timing

    wl = compile_model(path, arch, CompileOptions(n_slots=1, duplicate=False))
    res = Executor(wl, ideal_arch(arch)).run(samples)
    model = onnx.load(str(path))
    known = {o for n in model.graph.node for o in n.output} | {o.name for o in model.graph.output}
    probes = {k: v for k, v in res.probes.items() if k in known}  # not frontend-made tensors
    assert probes, "no layer outputs were probed"
    ref = _reference(model, samples, list(probes))
    for name, y in probes.items():
        # masked attention scores: -inf in onnxruntime, -MASK_LIMIT (finite) simulated, or a
        # multiple of it where two masks add up (both mean "masked": exp gives 0)
        r = np.clip(ref[name].reshape(y.shape), -MASK_LIMIT, MASK_LIMIT)
        y = np.clip(y, -MASK_LIMIT, MASK_LIMIT)
        err = float(np.abs(y - r).max()) / max(float(np.abs(r).max()), 1e-6)
        assert err < rtol, f"layer output {name}: max error {err:.2e} of full scale"
    assert simulate_timing(wl.program, arch).total_cycles > 0
    return wl, res


def _close_to_torch(y: np.ndarray, t: Any, rtol: float = 1e-4) -> None:
    r = t.detach().numpy().reshape(y.shape)
    err = float(np.abs(y - r).max()) / max(float(np.abs(r).max()), 1e-6)
    assert err < rtol, f"max error {err:.2e} of full scale against torch"


# ---------------------------------------------------------------------------- CNNs
def test_resnet18_export(tmp_path):
    torch.manual_seed(0)
    model = ResNet18().eval()
    _randomise_bn(model)
    x = torch.randn(2, 3, 32, 32)
    p = _export(
        model,
        (x[:1],),
        tmp_path / "r18.onnx",
        ["x"],
        output_names=["y"],
        dynamic_axes={"x": {0: "N"}, "y": {0: "N"}},
    )
    arch = load_arch(preset="hermes", overrides=RESNET_ARCH)
    wl, res = _check(p, {"x": x.numpy()}, arch)
    convs = [la for la in wl.layers if la["kind"] == "conv"]
    assert len(convs) == 20  # the exporter already fuses eval-mode BN into the convs
    assert "affine" not in {la["kind"] for la in wl.layers}
    with torch.no_grad():
        _close_to_torch(res.outputs["y"], model(x))


def test_mobilenet_block_export_static_batch(tmp_path):
    """ReLU6 -> Clip(0, 6), a depthwise conv, exported with a fixed batch of 1."""
    torch.manual_seed(1)
    model = MobileNetBlock().eval()
    _randomise_bn(model)
    x = torch.randn(2, 3, 32, 32)
    p = _export(model, (x[:1],), tmp_path / "mb.onnx", ["x"], output_names=["y"])
    arch = load_arch(preset="standard", overrides=BIG_BUFFER)
    wl, res = _check(p, {"x": x.numpy()}, arch)
    kinds = [la["kind"] for la in wl.layers]
    assert kinds.count("clip") == 3 and "Clip" in {la["source_op"] for la in wl.layers}
    with torch.no_grad():
        _close_to_torch(res.outputs["y"], model(x))


# ---------------------------------------------------------------------------- LSTM
@pytest.mark.parametrize("layers", [1, 2])
def test_lstm_export(tmp_path, layers):
    torch.manual_seed(2)
    model = LSTMNet(layers).eval()
    x = torch.randn(10, 3, 8)  # (seq, batch, input): batch_first=False
    p = _export(model, (x[:, :1],), tmp_path / "lstm.onnx", ["x"], output_names=["y"])
    arch = load_arch(preset="standard", overrides=BIG_BUFFER)
    samples = {"x": np.ascontiguousarray(x.numpy().transpose(1, 0, 2))}  # executor: batch first
    wl, res = _check(p, samples, arch)
    assert [la["kind"] for la in wl.layers].count("lstm") == layers
    with torch.no_grad():
        ref = model(x).numpy().transpose(1, 0, 2)
    _close_to_torch(res.outputs["y"], torch.from_numpy(ref))


# ---------------------------------------------------------------------------- BERT
SEQ = 16


@pytest.fixture(scope="module")
def tiny_bert():
    transformers = pytest.importorskip("transformers")
    torch.manual_seed(3)
    cfg = transformers.BertConfig(
        vocab_size=100,
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=64,
    )
    bert = transformers.BertModel(cfg).eval()

    class Wrapper(nn.Module):
        """Plain positional inputs and tuple outputs (the keyword API of ``forward`` differs
        between transformers versions)."""

        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: Any, attention_mask: Any = None) -> Any:
            o = self.bert(input_ids=input_ids, attention_mask=attention_mask)
            return o.last_hidden_state, o.pooler_output

    return Wrapper().eval()


BERT_OUTS = ["last_hidden_state", "pooler_output"]


def _bert_check(model, tmp_path, with_mask: bool, masks: np.ndarray | None = None):
    rng = np.random.default_rng(4)
    ids = rng.integers(0, 100, (2, SEQ)).astype(np.int64)
    t_ids = torch.from_numpy(ids[:1])
    if with_mask:
        args: tuple = (t_ids, torch.ones(1, SEQ, dtype=torch.long))
        names = ["input_ids", "attention_mask"]
    else:
        args, names = (t_ids,), ["input_ids"]
    p = _export(model, args, tmp_path / "bert.onnx", names, output_names=BERT_OUTS)
    arch = load_arch(preset="standard", overrides=BIG_BUFFER)
    samples = {"input_ids": ids}
    if with_mask:
        samples["attention_mask"] = (
            masks if masks is not None else np.ones((2, SEQ), dtype=np.int64)
        )
    wl, res = _check(p, samples, arch)
    kinds = {la["kind"] for la in wl.layers}
    assert {"dense", "matmul", "softmax", "layernorm", "gelu", "slice", "tanh"} <= kinds
    with torch.no_grad():
        mask = torch.from_numpy(samples["attention_mask"]) if with_mask else None
        hidden, pooled = model(torch.from_numpy(ids), mask)
    _close_to_torch(res.outputs["last_hidden_state"], hidden)
    _close_to_torch(res.outputs["pooler_output"], pooled)
    return wl


def test_bert_export_without_mask(tiny_bert, tmp_path):
    wl = _bert_check(tiny_bert, tmp_path, with_mask=False)
    assert wl.manifest["inputs"][0]["transform"]["kind"] == "embedding"


def test_bert_export_with_all_ones_mask(tiny_bert, tmp_path):
    wl = _bert_check(tiny_bert, tmp_path, with_mask=True)
    ins = {e["name"]: e for e in wl.manifest["inputs"]}
    assert "attention_mask" in ins


def test_bert_export_with_padding_mask(tiny_bert, tmp_path):
    """A real key-padding mask: the mask subgraph is mapped, not assumed all ones."""
    masks = np.ones((2, SEQ), dtype=np.int64)
    masks[1, 11:] = 0
    masks[0, 3] = 0
    _bert_check(tiny_bert, tmp_path, with_mask=True, masks=masks)


def test_unsupported_export_names_node(tmp_path):
    """A Where on activations that is not the isnan guard stays a clear CompileError."""
    from aimcsim.errors import CompileError

    class Bad(nn.Module):
        def forward(self, x: Any) -> Any:
            return torch.where(x > 0, x, x * 2.0) + 1.0

    p = _export(Bad(), (torch.randn(1, 8),), tmp_path / "bad.onnx", ["x"])
    arch = load_arch(preset="standard", overrides=BIG_BUFFER)
    with pytest.raises(CompileError, match=r"op (Greater|Where)\).*Supported operators"):
        compile_model(p, arch, CompileOptions(n_slots=1))
