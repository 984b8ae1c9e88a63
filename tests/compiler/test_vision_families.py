"""Convolutional and vision model families users bring (issue 12), exported as users export
them (``torch.onnx.export(..., dynamo=False, opset_version=17)``): small ``torch.nn``
definitions written here (torchvision is not installed) and HF ``transformers`` vision
classes built from small configs. Each compiles, runs on an ideal chip with every probed
layer equal to onnxruntime (max error <= 1e-4 of full scale) and its output equal to torch,
and runs through the timing model (see ``test_families._run``).

The operators these need beyond the earlier families are lowered in
``aimcsim/compiler/ops_*.py``: pooling with ceil_mode / any padding / exclusive averages,
Resize, ConvTranspose, InstanceNorm and GroupNorm, Pad modes, DepthToSpace, Tile, and the
activations LeakyRelu, PRelu, Elu, Selu, Celu, Softplus, Mish.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import onnx
import pytest
from test_families import Hidden, _kinds, _run, _streamed
from test_real_exports import _check, _export

from aimcsim.compiler.ops_act import LOG1P_COEFFS
from aimcsim.config.loader import load_arch

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
nn = torch.nn
F = torch.nn.functional

MESH = ["chip.mesh_rows=12", "chip.mesh_cols=12"]
SMALL_BUFFER = [*MESH, "tile.buffer.size_elements=4096"]


def cbr(cin: int, cout: int, k: int = 3, stride: int = 1, groups: int = 1, dilation: int = 1,
        act: Any = None) -> Any:  # fmt: skip
    """Conv (no bias) + BatchNorm + activation (ReLU by default), 'same' padding."""
    return nn.Sequential(
        nn.Conv2d(cin, cout, k, stride, (k // 2) * dilation, dilation, groups, bias=False),
        nn.BatchNorm2d(cout),
        act if act is not None else nn.ReLU(),
    )


# ---------------------------------------------------------------------------- torch.nn
class DenseLayer(nn.Module):
    """DenseNet: BN-ReLU-Conv1x1-BN-ReLU-Conv3x3, output concatenated to the input."""

    def __init__(self, c: int, growth: int) -> None:
        super().__init__()
        self.f = nn.Sequential(
            nn.BatchNorm2d(c),
            nn.ReLU(),
            nn.Conv2d(c, 2 * growth, 1, bias=False),
            nn.BatchNorm2d(2 * growth),
            nn.ReLU(),
            nn.Conv2d(2 * growth, growth, 3, padding=1, bias=False),
        )

    def forward(self, x: Any) -> Any:
        return torch.cat([x, self.f(x)], 1)


class DenseNet(nn.Module):
    def __init__(self, g: int = 4) -> None:
        super().__init__()
        c = 8 + 2 * g
        self.f = nn.Sequential(
            nn.Conv2d(3, 8, 3, padding=1, bias=False),
            DenseLayer(8, g),
            DenseLayer(8 + g, g),
            nn.BatchNorm2d(c),  # transition
            nn.ReLU(),
            nn.Conv2d(c, c // 2, 1, bias=False),
            nn.AvgPool2d(2, 2),
            DenseLayer(c // 2, g),
            nn.BatchNorm2d(c // 2 + g),
            nn.ReLU(),
        )
        self.fc = nn.Linear(c // 2 + g, 5)

    def forward(self, x: Any) -> Any:
        return self.fc(F.adaptive_avg_pool2d(self.f(x), 1).flatten(1))


class Fire(nn.Module):
    def __init__(self, cin: int, squeeze: int, expand: int) -> None:
        super().__init__()
        self.sq = nn.Conv2d(cin, squeeze, 1)
        self.e1 = nn.Conv2d(squeeze, expand, 1)
        self.e3 = nn.Conv2d(squeeze, expand, 3, padding=1)

    def forward(self, x: Any) -> Any:
        x = F.relu(self.sq(x))
        return torch.cat([F.relu(self.e1(x)), F.relu(self.e3(x))], 1)


class SqueezeNet(nn.Module):
    """Fire modules and ceil_mode max pools."""

    def __init__(self) -> None:
        super().__init__()
        self.f = nn.Sequential(
            nn.Conv2d(3, 16, 3, 2),
            nn.ReLU(),
            nn.MaxPool2d(3, 2, ceil_mode=True),
            Fire(16, 4, 8),
            nn.MaxPool2d(3, 2, ceil_mode=True),
            Fire(16, 8, 16),
            nn.Conv2d(32, 10, 1),
            nn.ReLU(),
            nn.AdaptiveAvgPool2d(1),
        )

    def forward(self, x: Any) -> Any:
        return self.f(x).flatten(1)


class ResNeXtBlock(nn.Module):
    """Bottleneck with a grouped 3x3 (cardinality 4)."""

    def __init__(self, c: int, stride: int = 1) -> None:
        super().__init__()
        self.f = nn.Sequential(
            cbr(c, 16, 1),
            cbr(16, 16, 3, stride, groups=4),
            nn.Conv2d(16, 2 * c, 1, bias=False),
            nn.BatchNorm2d(2 * c),
        )
        self.skip = nn.Sequential(nn.Conv2d(c, 2 * c, 1, stride, bias=False), nn.BatchNorm2d(2 * c))

    def forward(self, x: Any) -> Any:
        return F.relu(self.f(x) + self.skip(x))


class SqueezeExcite(nn.Module):
    def __init__(self, c: int) -> None:
        super().__init__()
        self.a = nn.Conv2d(c, c // 4, 1)
        self.b = nn.Conv2d(c // 4, c, 1)

    def forward(self, x: Any) -> Any:
        return x * F.hardsigmoid(self.b(F.relu(self.a(F.adaptive_avg_pool2d(x, 1)))))


class MobileNetV3Block(nn.Module):
    """Expand, depthwise, squeeze-excite (HardSigmoid), project; HardSwish activations."""

    def __init__(self, cin: int, mid: int, cout: int, k: int, stride: int) -> None:
        super().__init__()
        self.res = stride == 1 and cin == cout
        self.f = nn.Sequential(
            cbr(cin, mid, 1, act=nn.Hardswish()),
            cbr(mid, mid, k, stride, groups=mid, act=nn.Hardswish()),
            SqueezeExcite(mid),
            nn.Conv2d(mid, cout, 1, bias=False),
            nn.BatchNorm2d(cout),
        )

    def forward(self, x: Any) -> Any:
        return x + self.f(x) if self.res else self.f(x)


class ShuffleUnit(nn.Module):
    """ShuffleNetV2 unit: channel split (chunk), branch, concat, channel shuffle."""

    def __init__(self, c: int, stride: int) -> None:
        super().__init__()
        self.stride = stride
        b = c // 2
        cin = c if stride > 1 else b
        if stride > 1:
            self.left = nn.Sequential(
                nn.Conv2d(c, c, 3, stride, 1, groups=c, bias=False), nn.BatchNorm2d(c), cbr(c, b, 1)
            )
        self.right = nn.Sequential(
            cbr(cin, b, 1),
            nn.Conv2d(b, b, 3, stride, 1, groups=b, bias=False),
            nn.BatchNorm2d(b),
            cbr(b, b, 1),
        )

    def forward(self, x: Any) -> Any:
        if self.stride == 1:
            a, b = x.chunk(2, dim=1)
            y = torch.cat((a, self.right(b)), 1)
        else:
            y = torch.cat((self.left(x), self.right(x)), 1)
        n, c, h, w = y.shape
        return y.view(n, 2, c // 2, h, w).transpose(1, 2).contiguous().view(n, c, h, w)


class UNet(nn.Module):
    """Encoder-decoder: max pools, ConvTranspose2d, an upsampling Resize, skip concats."""

    def __init__(self, mode: str) -> None:
        super().__init__()
        self.mode = mode
        self.e1, self.e2, self.mid = cbr(3, 8), cbr(8, 16), cbr(16, 16)
        self.up = nn.ConvTranspose2d(16, 16, 2, 2)
        self.d1, self.d2 = cbr(32, 8), cbr(16, 8)
        self.out = nn.Conv2d(8, 2, 1)

    def forward(self, x: Any) -> Any:
        a = self.e1(x)
        b = self.e2(F.max_pool2d(a, 2))
        u = self.d1(torch.cat([self.up(self.mid(F.max_pool2d(b, 2))), b], 1))
        corners = {"align_corners": self.mode == "bilinear"} if self.mode != "nearest" else {}
        u = F.interpolate(u, scale_factor=2, mode=self.mode, **corners)
        return self.out(self.d2(torch.cat([u, a], 1)))


class VGGPools(nn.Module):
    """ceil_mode max / average pools, a padded exclusive average pool, a padded max pool."""

    def __init__(self) -> None:
        super().__init__()
        self.f = nn.Sequential(
            cbr(3, 8),
            nn.MaxPool2d(3, 2, ceil_mode=True),
            cbr(8, 16),
            nn.AvgPool2d(3, 2, padding=1, ceil_mode=True),
            cbr(16, 16),
            nn.AvgPool2d(2, 2, padding=1, count_include_pad=False),
            nn.MaxPool2d(2, 2, padding=1),
        )
        self.fc = nn.Linear(16 * 3 * 3, 5)

    def forward(self, x: Any) -> Any:
        return self.fc(self.f(x).flatten(1))


class SignedPools(nn.Module):
    """Pools over the padding of a map that is not non-negative (BN without ReLU)."""

    def __init__(self) -> None:
        super().__init__()
        self.f = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.BatchNorm2d(8))
        self.max = nn.MaxPool2d(3, 2, 1, ceil_mode=True)
        self.avg = nn.AvgPool2d(3, 2, 1, ceil_mode=True, count_include_pad=False)

    def forward(self, x: Any) -> Any:
        y = self.f(x)
        top = F.adaptive_max_pool2d(self.max(y), 1).flatten(1)
        return torch.cat([top, self.avg(y).flatten(1)], 1)


class ConvTransposes(nn.Module):
    """Strides, pads, output_padding, groups, no bias, rectangular kernels."""

    def __init__(self) -> None:
        super().__init__()
        self.a = nn.ConvTranspose2d(3, 8, 3, 2, 1, output_padding=1)
        self.b = nn.ConvTranspose2d(8, 8, 4, 2, 1, groups=2, bias=False)
        self.c = nn.ConvTranspose2d(8, 4, 3, 1, 1)
        self.d = nn.ConvTranspose2d(4, 4, (2, 3), (1, 2))

    def forward(self, x: Any) -> Any:
        return self.d(F.relu(self.c(F.relu(self.b(F.relu(self.a(x)))))))


class Audio1d(nn.Module):
    """Conv1d + BatchNorm1d (folded into the conv), PReLU, 1-D pools, ConvTranspose1d."""

    def __init__(self) -> None:
        super().__init__()
        self.f = nn.Sequential(
            nn.Conv1d(4, 8, 5, padding=2, bias=False),
            nn.BatchNorm1d(8),
            nn.PReLU(8),
            nn.MaxPool1d(3, 2, 1, ceil_mode=True),
            nn.Conv1d(8, 8, 3, dilation=2, padding=2, groups=8),
            nn.BatchNorm1d(8),
            nn.AvgPool1d(3, 1, 1, count_include_pad=False),
            nn.ConvTranspose1d(8, 4, 4, 2, 1),
        )

    def forward(self, x: Any) -> Any:
        return self.f(x)


class Resizes(nn.Module):
    """Bicubic, fractional nearest and align-corners bilinear resizes to odd sizes."""

    def __init__(self) -> None:
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, padding=1)

    def forward(self, x: Any) -> Any:
        y = self.conv(x)
        a = F.interpolate(y, size=(11, 13), mode="bicubic", align_corners=False)
        b = F.interpolate(y, scale_factor=(1.5, 2.0), mode="nearest")
        c = F.interpolate(y, size=(7, 5), mode="bilinear", align_corners=True)
        return torch.cat([a.flatten(1), b.flatten(1), c.flatten(1)], 1)


class PixelShuffle(nn.Module):
    """Sub-pixel upsampling (DepthToSpace) and its inverse, a reflect padding, a tiling."""

    def __init__(self) -> None:
        super().__init__()
        self.a = nn.Conv2d(3, 16, 3, padding=1)
        self.b = nn.Conv2d(4, 8, 3)

    def forward(self, x: Any) -> Any:
        y = F.pixel_shuffle(self.a(x), 2)
        y = self.b(F.pad(y, (1, 1, 1, 1), mode="reflect"))
        return F.pixel_unshuffle(y.repeat(1, 1, 1, 2), 2)


class Norms(nn.Module):
    """InstanceNorm (affine and not) and GroupNorm after convs."""

    def __init__(self) -> None:
        super().__init__()
        self.f = nn.Sequential(
            nn.Conv2d(3, 8, 3, padding=1),
            nn.InstanceNorm2d(8, affine=True),
            nn.ReLU(),
            nn.Conv2d(8, 8, 3, padding=1),
            nn.GroupNorm(2, 8),
            nn.SiLU(),
            nn.Conv2d(8, 8, 3, padding=1),
            nn.InstanceNorm2d(8),
        )
        with torch.no_grad():
            for m in self.f:
                if isinstance(m, nn.InstanceNorm2d | nn.GroupNorm) and m.affine:
                    m.weight.uniform_(0.5, 1.5)
                    m.bias.uniform_(-0.2, 0.2)

    def forward(self, x: Any) -> Any:
        return self.f(x)


class Activations(nn.Module):
    """Conv, the activation, conv."""

    def __init__(self, act: Any) -> None:
        super().__init__()
        self.f = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), act, nn.Conv2d(8, 4, 3, padding=1))

    def forward(self, x: Any) -> Any:
        return self.f(x)


def _resnext() -> Any:
    return nn.Sequential(cbr(3, 8, 3, 2), ResNeXtBlock(8), ResNeXtBlock(16, 2), nn.AvgPool2d(8))


def _mobilenetv3() -> Any:
    return nn.Sequential(
        cbr(3, 8, 3, 2, act=nn.Hardswish()),
        MobileNetV3Block(8, 16, 12, 3, 2),
        MobileNetV3Block(12, 32, 12, 5, 1),
    )


def _shufflenet() -> Any:
    return nn.Sequential(
        cbr(3, 8, 3, 2), nn.MaxPool2d(3, 2, 1), ShuffleUnit(8, 2), ShuffleUnit(8, 1)
    )


def _dilated() -> Any:
    return nn.Sequential(
        cbr(3, 8),
        cbr(8, 8, dilation=2),
        cbr(8, 8, dilation=4, act=nn.ReLU6()),
        nn.Conv2d(8, 4, 3, padding=(1, 3), dilation=(1, 3)),
    )


def _bn_relu6() -> Any:
    return nn.Sequential(
        cbr(3, 8, act=nn.ReLU6()),
        cbr(8, 8, groups=8, act=nn.ReLU6()),
        cbr(8, 16, 1, act=nn.ReLU6()),
    )


def _randomise_bn(model: Any) -> None:
    """Non-trivial BatchNorm statistics, so that folding them is really checked."""
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, nn.BatchNorm1d | nn.BatchNorm2d):
                m.running_mean.uniform_(-0.2, 0.2)
                m.running_var.uniform_(0.5, 1.5)
                m.weight.uniform_(0.5, 1.5)
                m.bias.uniform_(-0.2, 0.2)


SLOW = pytest.mark.slow
NN_FAMILIES: dict[str, tuple[Callable[[], Any], tuple[int, ...], set[str], set[str]]] = {
    # name: (model, input shape, IR kinds the workload must hold, kinds it must not hold)
    "densenet": (DenseNet, (3, 32, 32), {"concat", "avgpool"}, set()),
    "squeezenet": (SqueezeNet, (3, 64, 64), {"concat", "maxpool"}, {"take"}),
    "resnext": (_resnext, (3, 32, 32), {"conv", "add"}, set()),
    "mobilenetv3": (_mobilenetv3, (3, 32, 32), {"clip", "mul", "gap"}, set()),
    "shufflenetv2": (_shufflenet, (3, 32, 32), {"concat", "transpose"}, set()),
    "unet-nearest": (lambda: UNet("nearest"), (3, 32, 32), {"take", "concat"}, set()),
    "unet-bilinear": (lambda: UNet("bilinear"), (3, 32, 32), {"take", "mul", "add"}, set()),
    # pools of relu maps (and of their exclusive averages) need no edge padding
    "vgg-pools": (VGGPools, (3, 32, 32), {"maxpool", "avgpool", "mul"}, {"take"}),
    "signed-pools": (SignedPools, (3, 15, 15), {"take", "maxpool", "avgpool", "mul"}, set()),
    "dilated": (_dilated, (3, 32, 32), {"conv", "clip"}, set()),
    "bn-relu6": (_bn_relu6, (3, 32, 32), {"conv", "clip"}, {"affine"}),
    "conv-transpose": (ConvTransposes, (3, 8, 8), {"conv", "take"}, set()),
    "audio-1d": (Audio1d, (4, 32), {"conv", "take", "relu", "maxpool", "avgpool"}, set()),
    "resizes": (Resizes, (3, 8, 8), {"take", "mul", "add"}, set()),
    "pixel-shuffle": (PixelShuffle, (3, 8, 8), {"take"}, set()),
    "instance-group-norm": (Norms, (3, 8, 8), {"layernorm", "affine"}, set()),
    # GroupNorm(1) normalises the whole map as stored: no channel-major copy
    "groupnorm-1": (
        lambda: Activations(nn.GroupNorm(1, 8)),
        (3, 16, 16),
        {"layernorm"},
        {"transpose"},
    ),
    "leaky-relu": (lambda: Activations(nn.LeakyReLU(0.1)), (3, 16, 16), {"relu", "add"}, set()),
    "prelu": (lambda: Activations(nn.PReLU(8)), (3, 16, 16), {"relu", "add"}, set()),
    "elu": (lambda: Activations(nn.ELU(0.7)), (3, 16, 16), {"exp", "relu"}, set()),
    "selu": (lambda: Activations(nn.SELU()), (3, 16, 16), {"exp", "relu"}, set()),
    "celu": (lambda: Activations(nn.CELU(1.5)), (3, 16, 16), {"exp", "relu"}, set()),
    "mish": (lambda: Activations(nn.Mish()), (3, 16, 16), {"exp", "tanh", "mul"}, set()),
    "softplus": (lambda: Activations(nn.Softplus()), (3, 16, 16), {"exp", "mul"}, set()),
}
NN_SLOW = {"densenet", "resnext", "mobilenetv3", "unet-nearest", "unet-bilinear", "dilated"}
NN_SLOW |= {"bn-relu6", "pixel-shuffle", "celu"}
"""Run with -m slow (their operators are also in the default run: streamed, or in another
family)."""


def _family(name: str, seed: int = 0) -> tuple[Any, Any]:
    make, shape, _, _ = NN_FAMILIES[name]
    torch.manual_seed(seed)
    model = make().eval()
    _randomise_bn(model)
    return model, torch.randn(2, *shape)


@pytest.mark.parametrize(
    "name", [pytest.param(n, marks=SLOW) if n in NN_SLOW else n for n in NN_FAMILIES]
)
def test_nn_family(tmp_path, name):
    model, x = _family(name)
    wl = _run(model, x, name, tmp_path, MESH, "hermes")
    _, _, required, forbidden = NN_FAMILIES[name]
    assert required <= _kinds(wl)
    assert not forbidden & _kinds(wl)


def test_conv1d_batchnorm_folds_into_the_conv(tmp_path):
    """A BatchNorm1d the exporter left in the graph (no constant folding) folds into the
    Conv1d before it: no element-wise layer of its own."""
    model, x = _family("audio-1d")
    path = _export(
        model, (x[:1],), tmp_path / "a.onnx", ["x"], output_names=["y"], do_constant_folding=False
    )
    assert "BatchNormalization" in {n.op_type for n in onnx.load(str(path)).graph.node}
    wl, res = _check(path, {"x": x.numpy()}, load_arch(preset="hermes", overrides=MESH))
    sources = [la["source_op"] for la in wl.layers if la["kind"] == "conv"]
    assert sources.count("Conv (1-D)+BatchNormalization") == 2
    assert "BatchNormalization" not in {la["source_op"] for la in wl.layers}
    with torch.no_grad():
        ref = model(x).numpy()
    (y,) = res.outputs.values()
    assert float(np.abs(y.reshape(ref.shape) - ref).max()) <= 1e-4 * float(np.abs(ref).max())


@pytest.mark.parametrize(
    "name,kinds",
    [
        ("unet-bilinear", {"take", "mul", "add"}),
        ("conv-transpose", {"take", "conv"}),
        ("mish", {"exp", "tanh", "mul", "affine"}),
        ("pixel-shuffle", {"take", "reshape"}),
        ("signed-pools", {"take", "maxpool"}),
    ],
)
def test_nn_family_streams(tmp_path, name, kinds):
    """At a small buffer the new lowerings' layers stream through global memory (the last
    one of pixel-shuffle is a view of a streamed tensor that is the graph output)."""
    model, x = _family(name)
    wl = _run(model, x, name, tmp_path, SMALL_BUFFER, "hermes")
    assert kinds <= _streamed(wl)


# ---------------------------------------------------------------------------- transformers
class Logits(nn.Module):
    """The logits of a task model (segmentation, ...)."""

    def __init__(self, model: Any) -> None:
        super().__init__()
        self.model = model

    def forward(self, x: Any) -> Any:
        return self.model(x).logits


def _hf(name: str) -> tuple[Any, tuple[int, ...]]:
    t = transformers
    if name == "regnet":
        cfg = t.RegNetConfig(embedding_size=8, hidden_sizes=[8, 16], depths=[1, 1], groups_width=4)
        return Hidden(t.RegNetModel(cfg), pooled=True), (3, 32, 32)
    if name == "resnet":
        cfg = t.ResNetConfig(embedding_size=8, hidden_sizes=[8, 16], depths=[1, 1])
        return Hidden(t.ResNetModel(cfg), pooled=True), (3, 32, 32)
    if name == "bit":  # weight-standardised convs, GroupNorm, a zero Pad before a max pool
        cfg = t.BitConfig(embedding_size=8, hidden_sizes=[8, 16], depths=[1, 1], num_groups=2)
        return Hidden(t.BitModel(cfg), pooled=True), (3, 32, 32)
    if name == "poolformer":  # exclusive average pooling, GroupNorm(1)
        cfg = t.PoolFormerConfig(
            hidden_sizes=[8, 16],
            depths=[1, 1],
            num_encoder_blocks=2,
            patch_sizes=[7, 3],
            strides=[4, 2],
            padding=[2, 1],
        )
        return Hidden(t.PoolFormerModel(cfg)), (3, 32, 32)
    if name == "mobilenetv1":  # TF "SAME" padding as Pad nodes
        cfg = t.MobileNetV1Config(depth_multiplier=0.25, image_size=32)
        return Hidden(t.MobileNetV1Model(cfg), pooled=True), (3, 32, 32)
    if name == "mobilevit":  # unfold/fold as reshapes and transposes, attention
        cfg = t.MobileViTConfig(
            image_size=32,
            hidden_sizes=[16, 24, 32],
            neck_hidden_sizes=[8, 8, 16, 16, 24, 24, 32],
            num_attention_heads=2,
        )
        return Hidden(t.MobileViTModel(cfg)), (3, 32, 32)
    if name == "segformer":  # efficient attention, bilinear Resize in the decode head
        cfg = t.SegformerConfig(
            num_encoder_blocks=2,
            depths=[1, 1],
            sr_ratios=[2, 1],
            hidden_sizes=[8, 16],
            num_attention_heads=[1, 2],
            patch_sizes=[7, 3],
            strides=[4, 2],
            decoder_hidden_size=16,
            num_labels=3,
        )
        return Logits(t.SegformerForSemanticSegmentation(cfg)), (3, 32, 32)
    raise AssertionError(name)


HF_FAST = ["regnet", "poolformer"]
HF_SLOW = ["resnet", "bit", "mobilenetv1", "mobilevit", "segformer"]


@pytest.mark.parametrize("name", HF_FAST + [pytest.param(n, marks=SLOW) for n in HF_SLOW])
def test_hf_family(tmp_path, name):
    torch.manual_seed(11)
    model, shape = _hf(name)
    _randomise_bn(model)
    _run(model, torch.randn(2, *shape), name, tmp_path, MESH, "hermes")


def test_convnextv2_grn(tmp_path):
    """ConvNeXt V2's GRN: an L2 norm over the spatial axes (ReduceL2), a mean over channels
    and a division by that activation."""
    torch.manual_seed(12)
    cfg = transformers.ConvNextV2Config(hidden_sizes=[8, 16], depths=[1, 1], num_stages=2)
    _run(Hidden(transformers.ConvNextV2Model(cfg)), torch.randn(2, 3, 32, 32), "cnv2",
         tmp_path, MESH, "hermes")  # fmt: skip


# ---------------------------------------------------------------------------- units
def test_log1p_polynomial_in_float32():
    """Softplus' log1p on (0, 1], evaluated as the DPU does (float32 Horner)."""
    t = np.linspace(0.0, 1.0, 20001, dtype=np.float32)
    acc = np.float32(LOG1P_COEFFS[-1]) * t + np.float32(LOG1P_COEFFS[-2])
    for c in LOG1P_COEFFS[-3::-1]:
        acc = (acc * t + np.float32(c)).astype(np.float32)
    assert float(np.abs(acc - np.log1p(t.astype(np.float64))).max()) < 2e-7
