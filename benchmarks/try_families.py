"""Model families NOT in the test suite: export, compile, run ideal, compare with onnxruntime.

Run: ``python benchmarks/try_families.py [FAMILY ...] [--timeout S] [--list]`` from the
repository root (needs the ``exporters`` extra; the torchvision rows are skipped without
torchvision). Each family is built from a small config (HF ``transformers`` classes, torchvision
or ``torch.nn`` definitions; random weights, no downloads), exported as users export it
(``torch.onnx.export(..., dynamo=False, opset_version=17)``, batch 1), compiled for the
``standard`` preset on a 16 x 16 mesh with a 1 Mi-element tile buffer (one slot, no
duplication), run on two samples on the ideal chip, and every probed layer is compared with
onnxruntime (the error relative to the layer's full scale; masked scores count as
``MASK_LIMIT`` on both sides); the timing model then runs on the program. One line per family:

    OK   <family>  max error <e> (<n> probes)  <cycles> cycles  <s> s
    FAIL <family>  <error class>: <first line of the message>

``EXPORT`` marks a failure of the exporter (or of the model's code at that config);
``FAIL TRACEBACK`` (an exception that is not an ``AimcSimError``) and ``FAIL INTERNAL`` (a
"malformed or unexpected node", i.e. an exception inside a lowering) are aimcsim bugs;
``WRONG`` is a layer further than 1e-4 of its full scale from onnxruntime.
"""

from __future__ import annotations

import argparse
import signal
import sys
import tempfile
import time
import traceback
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "compiler"))

MESH = ["chip.mesh_rows=16", "chip.mesh_cols=16", "tile.buffer.size_elements=1048576"]
# A family's builder returns (model, inputs): each input a tensor of two samples, batch first.
Builder = Callable[[], tuple[Any, tuple[Any, ...]]]


class _Timeout(Exception):
    pass


def _wrap(model: Any, pick: Callable[[Any], Any] | None = None) -> Any:
    """Positional inputs, the last hidden state (or what ``pick`` takes) out."""
    import torch

    class Wrapped(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, *args: Any) -> Any:
            out = self.model(*args)
            if pick is not None:
                return pick(out)
            if isinstance(out, torch.Tensor):
                return out
            return out[0] if isinstance(out, tuple) else out.last_hidden_state

    return Wrapped()


def _seq2seq(model: Any, encoder_input: str = "input_ids") -> Any:
    """Encoder-decoder: the encoder's input and the decoder's ids (the encoder's ids when
    only one input is given)."""
    import torch

    class Both(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, x: Any, ids: Any = None) -> Any:
            kw = {encoder_input: x, "decoder_input_ids": x if ids is None else ids}
            return self.model(**kw).last_hidden_state

    return Both()


def families() -> dict[str, Builder]:
    """Family name -> builder."""
    import torch
    import transformers as T
    from hf_configs import AUDIO, DECODER, ENCODER, VIT

    nn = torch.nn

    def ids(n: int = 16) -> tuple[Any, ...]:
        return (torch.randint(0, 50, (2, n)),)

    def img(size: int = 32, ch: int = 3) -> tuple[Any, ...]:
        return (torch.randn(2, ch, size, size),)

    def wave(n: int = 400) -> tuple[Any, ...]:
        return (torch.randn(2, n),)

    dec, enc, vit, audio = DECODER, ENCODER, VIT, AUDIO
    s2s = dict(
        vocab_size=50,
        d_model=32,
        encoder_layers=1,
        decoder_layers=1,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=64,
        decoder_ffn_dim=64,
        max_position_embeddings=64,
        pad_token_id=1,
        decoder_start_token_id=2,
        attn_implementation="eager",
    )

    def hf(cls: str, cfg: str, inputs: Callable[[], tuple[Any, ...]], **kw: Any) -> Builder:
        extra = kw.pop("model_kw", {})
        return lambda: (_wrap(getattr(T, cls)(getattr(T, cfg)(**kw), **extra)), inputs())

    fam: dict[str, Builder] = {
        # ------------------------------------------------------------- decoders
        "gpt2": hf("GPT2Model", "GPT2Config", ids, vocab_size=50, n_embd=32, n_layer=1,
                   n_head=2, n_positions=64),
        "bloom": hf("BloomModel", "BloomConfig", ids, vocab_size=50, hidden_size=32, n_layer=1,
                    n_head=4),
        "falcon": hf("FalconModel", "FalconConfig", ids, vocab_size=50, hidden_size=32,
                     num_hidden_layers=1, num_attention_heads=4, attn_implementation="eager"),
        "falcon-alibi": hf("FalconModel", "FalconConfig", ids, vocab_size=50, hidden_size=32,
                           num_hidden_layers=1, num_attention_heads=4, alibi=True,
                           attn_implementation="eager"),
        "phi": hf("PhiModel", "PhiConfig", ids, **dec, partial_rotary_factor=0.5),
        "phi3": hf("Phi3Model", "Phi3Config", ids, **dec, pad_token_id=0),
        "gemma": hf("GemmaModel", "GemmaConfig", ids, **dec, head_dim=8),
        "gemma2": hf("Gemma2Model", "Gemma2Config", ids, **dec, head_dim=8),
        "gemma3-text": hf("Gemma3TextModel", "Gemma3TextConfig", ids, **dec, head_dim=8),
        "stablelm": hf("StableLmModel", "StableLmConfig", ids, **dec),
        "gpt-neox": hf("GPTNeoXModel", "GPTNeoXConfig", ids, vocab_size=50, hidden_size=32,
                       intermediate_size=64, num_hidden_layers=1, num_attention_heads=4,
                       max_position_embeddings=64, attn_implementation="eager"),
        "codegen": hf("CodeGenModel", "CodeGenConfig", ids, vocab_size=50, n_embd=32, n_layer=1,
                      n_head=4, rotary_dim=4, n_positions=64),
        "mpt": hf("MptModel", "MptConfig", ids, vocab_size=50, d_model=32, n_heads=4,
                  n_layers=1, max_seq_len=64),
        "gpt-bigcode": hf("GPTBigCodeModel", "GPTBigCodeConfig", ids, vocab_size=50, n_embd=32,
                          n_layer=1, n_head=4, n_positions=64, attn_implementation="eager"),
        "qwen3": hf("Qwen3Model", "Qwen3Config", ids, **dec, head_dim=8),
        "olmo2": hf("Olmo2Model", "Olmo2Config", ids, **dec),
        "cohere": hf("CohereModel", "CohereConfig", ids, **dec),
        "granite": hf("GraniteModel", "GraniteConfig", ids, **dec),
        "starcoder2": hf("Starcoder2Model", "Starcoder2Config", ids, **dec),
        "mixtral-moe": hf("MixtralModel", "MixtralConfig", ids, **dec, num_local_experts=4,
                          num_experts_per_tok=2),
        "qwen2-moe": hf("Qwen2MoeModel", "Qwen2MoeConfig", ids, **dec, num_experts=4,
                        num_experts_per_tok=2, moe_intermediate_size=32,
                        shared_expert_intermediate_size=32),
        "mamba": hf("MambaModel", "MambaConfig", ids, vocab_size=50, hidden_size=32,
                    state_size=4, num_hidden_layers=1, expand=2, conv_kernel=4),
        "imagegpt": hf("ImageGPTModel", "ImageGPTConfig", ids, vocab_size=50, n_embd=32,
                       n_layer=1, n_head=2, n_positions=64),
        # ------------------------------------------------------------- encoder-decoders
        "bart": lambda: (_seq2seq(T.BartModel(T.BartConfig(**s2s))), ids()),
        "mbart": lambda: (_seq2seq(T.MBartModel(T.MBartConfig(**s2s))), ids()),
        "marian": lambda: (_seq2seq(T.MarianModel(T.MarianConfig(**s2s))), ids()),
        "pegasus": lambda: (_seq2seq(T.PegasusModel(T.PegasusConfig(**s2s))), ids()),
        "bart-encoder": lambda: (_wrap(T.BartModel(T.BartConfig(**s2s)).get_encoder()), ids()),
        # ------------------------------------------------------------- encoders
        "t5": lambda: (_seq2seq(T.T5Model(T.T5Config(vocab_size=50, d_model=32, d_kv=8,
                                                     d_ff=64, num_layers=1, num_heads=4,
                                                     relative_attention_num_buckets=8,
                                                     decoder_start_token_id=0))), ids()),
        "mt5": lambda: (_seq2seq(T.MT5Model(T.MT5Config(vocab_size=50, d_model=32, d_kv=8,
                                                        d_ff=64, num_layers=1, num_heads=4,
                                                        relative_attention_num_buckets=8,
                                                        decoder_start_token_id=0))), ids()),
        "speech2text-enc": lambda: (
            _wrap(T.Speech2TextModel(T.Speech2TextConfig(
                vocab_size=50, d_model=32, encoder_layers=1, decoder_layers=1,
                encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=64,
                decoder_ffn_dim=64, input_feat_per_channel=8, conv_channels=16,
                max_source_positions=64, max_target_positions=64)).get_encoder()),
            (torch.randn(2, 16, 8),),
        ),
        "modernbert": hf("ModernBertModel", "ModernBertConfig", ids, **enc,
                         global_attn_every_n_layers=1, local_attention=8, pad_token_id=0,
                         bos_token_id=1, eos_token_id=2, cls_token_id=1, sep_token_id=2,
                         attn_implementation="eager"),
        "bert": hf("BertModel", "BertConfig", ids, **enc),
        "electra": hf("ElectraModel", "ElectraConfig", ids, **enc, embedding_size=16),
        "mobilebert": hf("MobileBertModel", "MobileBertConfig", ids, vocab_size=50,
                         hidden_size=32, embedding_size=16, num_hidden_layers=1,
                         num_attention_heads=2, intermediate_size=32, intra_bottleneck_size=16,
                         true_hidden_size=16, num_feedforward_networks=2,
                         max_position_embeddings=64),
        "squeezebert": hf("SqueezeBertModel", "SqueezeBertConfig", ids, **enc, embedding_size=32,
                          q_groups=2, k_groups=2, v_groups=2, post_attention_groups=2,
                          intermediate_groups=2, output_groups=2),
        "convbert": hf("ConvBertModel", "ConvBertConfig", ids, **enc, embedding_size=32,
                       conv_kernel_size=3, head_ratio=2),
        "funnel": hf("FunnelBaseModel", "FunnelConfig", ids, vocab_size=50, d_model=32, n_head=2,
                     d_head=16, d_inner=64, block_sizes=[1, 1], num_decoder_layers=1),
        "xlnet": hf("XLNetModel", "XLNetConfig", ids, vocab_size=50, d_model=32, n_layer=1,
                    n_head=2, d_inner=64),
        "clip-text": hf("CLIPTextModel", "CLIPTextConfig", ids, **enc),
        "siglip-text": hf("SiglipTextModel", "SiglipTextConfig", ids, **enc),
        "roformer": hf("RoFormerModel", "RoFormerConfig", ids, **enc),
        "ernie": hf("ErnieModel", "ErnieConfig", ids, **enc),
        "layoutlm": lambda: (
            _wrap(T.LayoutLMModel(T.LayoutLMConfig(**enc))),
            ids(),
        ),
        # ------------------------------------------------------------- encoders, continued
        "deberta": hf("DebertaModel", "DebertaConfig", ids, **enc, relative_attention=True,
                      max_relative_positions=8, pos_att_type=["c2p", "p2c"]),
        "bigbird": hf("BigBirdModel", "BigBirdConfig", ids, **enc,
                      attention_type="original_full", model_kw={"add_pooling_layer": False}),
        "fnet": hf("FNetModel", "FNetConfig", ids, **{k: v for k, v in enc.items()
                                                     if k != "num_attention_heads"},
                   model_kw={"add_pooling_layer": False}),
        "canine": hf("CanineModel", "CanineConfig", ids, hidden_size=32, num_hidden_layers=1,
                     num_attention_heads=2, intermediate_size=64, downsampling_rate=4,
                     num_hash_buckets=64, num_hash_functions=2, max_position_embeddings=64,
                     local_transformer_stride=8),
        # ------------------------------------------------------------- vision transformers
        "clip-vision": hf("CLIPVisionModel", "CLIPVisionConfig", img, **vit, image_size=32,
                          patch_size=8),
        "siglip-vision": hf("SiglipVisionModel", "SiglipVisionConfig", img, **vit,
                            image_size=32, patch_size=8),
        "dinov2": hf("Dinov2Model", "Dinov2Config", img, **vit, image_size=32, patch_size=8),
        "vit-mae": hf("ViTMAEModel", "ViTMAEConfig", img, **vit, image_size=32, patch_size=8,
                      mask_ratio=0.0),
        "yolos": hf("YolosModel", "YolosConfig", img, **vit, image_size=[32, 32], patch_size=8,
                    num_detection_tokens=4, model_kw={"add_pooling_layer": False}),
        "beit": hf("BeitModel", "BeitConfig", img, **vit, image_size=32, patch_size=8,
                   use_relative_position_bias=True),
        "data2vec-vision": hf("Data2VecVisionModel", "Data2VecVisionConfig", img, **vit,
                              image_size=32, patch_size=8, use_relative_position_bias=True),
        "levit": hf("LevitModel", "LevitConfig", lambda: img(64), image_size=64,
                    hidden_sizes=[16, 24, 32], num_attention_heads=[1, 2, 2], depths=[1, 1, 1],
                    key_dim=[8, 8, 8], patch_size=16, stride=2),
        "pvt": hf("PvtModel", "PvtConfig", lambda: img(64), image_size=64, num_encoder_blocks=2,
                  depths=[1, 1], sequence_reduction_ratios=[2, 1], hidden_sizes=[16, 32],
                  patch_sizes=[4, 2], strides=[4, 2], num_attention_heads=[1, 2],
                  mlp_ratios=[2, 2]),
        "pvt-v2": hf("PvtV2Model", "PvtV2Config", lambda: img(64), image_size=64,
                     num_encoder_blocks=2, depths=[1, 1], sr_ratios=[2, 1],
                     hidden_sizes=[16, 32], patch_sizes=[7, 3], strides=[4, 2],
                     num_attention_heads=[1, 2], mlp_ratios=[2, 2]),
        "focalnet": hf("FocalNetModel", "FocalNetConfig", img, embed_dim=16, depths=[1, 1],
                       focal_levels=[2, 2], focal_windows=[3, 3], image_size=32, patch_size=4),
        "cvt": hf("CvtModel", "CvtConfig", lambda: img(64),
                  embed_dim=[16, 24, 32], num_heads=[1, 2, 2], depth=[1, 2, 3]),
        "swinv2": hf("Swinv2Model", "Swinv2Config", img, image_size=32, patch_size=4,
                     embed_dim=16, depths=[2], num_heads=[2], window_size=4),
        "hiera": hf("HieraModel", "HieraConfig", lambda: img(64), image_size=[64, 64],
                    patch_size=[7, 7], patch_stride=[4, 4], patch_padding=[3, 3],
                    embed_dim=16, num_heads=[1, 2], depths=[1, 1],
                    masked_unit_size=[4, 4], query_stride=[2, 2], num_query_pool=1),
        "mobilevit-v2": hf("MobileViTV2Model", "MobileViTV2Config", lambda: img(64),
                           image_size=64, width_multiplier=0.25),
        "glpn": hf("GLPNModel", "GLPNConfig", lambda: img(64), num_encoder_blocks=2,
                   depths=[1, 1], sr_ratios=[2, 1], hidden_sizes=[16, 32],
                   patch_sizes=[7, 3], strides=[4, 2], num_attention_heads=[1, 2],
                   mlp_ratios=[2, 2]),
        "dpt": hf("DPTModel", "DPTConfig", img, **vit, image_size=32, patch_size=8,
                  model_kw={"add_pooling_layer": False}),
        "mobilenet-v1": hf("MobileNetV1Model", "MobileNetV1Config", lambda: img(64),
                           image_size=64, depth_multiplier=0.25),
        "blip-vision": hf("BlipVisionModel", "BlipVisionConfig", img, **vit, image_size=32,
                          patch_size=8),
        "sam-vision": lambda: (
            _wrap(T.SamVisionModel(T.SamVisionConfig(hidden_size=32, output_channels=16,
                                                     num_hidden_layers=2, num_attention_heads=2,
                                                     mlp_dim=64, image_size=64, patch_size=8,
                                                     window_size=4,
                                                     global_attn_indexes=[1]))),
            img(64),
        ),
        "vitdet": hf("VitDetModel", "VitDetConfig", lambda: img(64), hidden_size=32,
                     num_hidden_layers=2, num_attention_heads=2, mlp_ratio=2, image_size=64,
                     pretrain_image_size=64, patch_size=8, window_size=4,
                     window_block_indices=[0], use_relative_position_embeddings=True),
        "convnext-v1-hf-tiny": hf("ConvNextModel", "ConvNextConfig", img, hidden_sizes=[8, 16],
                                  depths=[1, 1], num_stages=2),
        "upernet-convnext": lambda: (
            _wrap(T.UperNetForSemanticSegmentation(T.UperNetConfig(
                backbone_config=T.ConvNextConfig(hidden_sizes=[8, 16], depths=[1, 1],
                                                 num_stages=2, out_features=["stage1",
                                                                             "stage2"]),
                hidden_size=16, auxiliary_in_channels=16, use_auxiliary_head=False,
                pool_scales=[1, 2], num_labels=3)), lambda o: o.logits),
            img(64),
        ),
        "videomae": hf("VideoMAEModel", "VideoMAEConfig", lambda: (torch.randn(2, 4, 3, 32, 32),),
                       **vit, image_size=32, patch_size=8, num_frames=4, tubelet_size=2),
        "vivit": hf("VivitModel", "VivitConfig", lambda: (torch.randn(2, 4, 3, 32, 32),), **vit,
                    image_size=32, num_frames=4, tubelet_size=[2, 8, 8],
                    model_kw={"add_pooling_layer": False}),
        "timesformer": hf("TimesformerModel", "TimesformerConfig",
                          lambda: (torch.randn(2, 4, 3, 32, 32),), **vit, image_size=32,
                          patch_size=8, num_frames=4),
        "swiftformer": hf("SwiftFormerModel", "SwiftFormerConfig", lambda: img(64),
                          depths=[1, 1, 1, 1], embed_dims=[8, 16, 24, 32]),
        "dinov2-registers": hf("Dinov2WithRegistersModel", "Dinov2WithRegistersConfig", img,
                               **vit, image_size=32, patch_size=8, num_register_tokens=2),
        "ijepa": hf("IJepaModel", "IJepaConfig", img, **vit, image_size=32, patch_size=8,
                    model_kw={"add_pooling_layer": False}),
        # ------------------------------------------------------------- audio
        "whisper": lambda: (
            _seq2seq(
                T.WhisperModel(
                    T.WhisperConfig(vocab_size=50, d_model=32, encoder_layers=1,
                                    decoder_layers=1, encoder_attention_heads=2,
                                    decoder_attention_heads=2, encoder_ffn_dim=64,
                                    decoder_ffn_dim=64, num_mel_bins=8, max_source_positions=16,
                                    max_target_positions=32, pad_token_id=1, bos_token_id=0,
                                    eos_token_id=2, decoder_start_token_id=0,
                                    attn_implementation="eager")
                ),
                "input_features",
            ),
            (torch.randn(2, 8, 32), torch.randint(0, 50, (2, 8))),
        ),
        "data2vec-audio": hf("Data2VecAudioModel", "Data2VecAudioConfig", wave,
                             **{**audio, "feat_extract_norm": "layer",
                                "num_conv_pos_embeddings": 5}, conv_pos_kernel_size=5),
        "wav2vec2-conformer": hf("Wav2Vec2ConformerModel", "Wav2Vec2ConformerConfig", wave,
                                 **audio, conformer_conv_depthwise_kernel_size=3,
                                 position_embeddings_type="relative"),
        "wav2vec2-conformer-rope": hf("Wav2Vec2ConformerModel", "Wav2Vec2ConformerConfig", wave,
                                      **audio, conformer_conv_depthwise_kernel_size=3,
                                      position_embeddings_type="rotary"),
        "sew": hf("SEWModel", "SEWConfig", wave, **audio, squeeze_factor=2),
        "sew-d": hf("SEWDModel", "SEWDConfig", wave, **audio, squeeze_factor=2,
                    position_buckets=8, max_position_embeddings=64),
        "unispeech": hf("UniSpeechModel", "UniSpeechConfig", wave, **audio),
        "wavlm": hf("WavLMModel", "WavLMConfig", wave, **audio, num_buckets=8,
                    max_bucket_distance=16),
        "ast": hf("ASTModel", "ASTConfig", lambda: (torch.randn(2, 32, 16),), **vit,
                  patch_size=8, frequency_stride=8, time_stride=8, max_length=32,
                  num_mel_bins=16),
        "encodec": lambda: (
            _wrap(T.EncodecModel(T.EncodecConfig(num_filters=4, upsampling_ratios=[2, 2],
                                                 hidden_size=16, codebook_size=16,
                                                 num_lstm_layers=1)).encoder),
            (torch.randn(2, 1, 64),),
        ),
        "clap-audio": lambda: (
            _wrap(T.ClapAudioModel(T.ClapAudioConfig(
                window_size=4, num_mel_bins=16, spec_size=32, patch_size=4,
                patch_stride=(4, 4), num_classes=4, hidden_size=32, depths=[1, 1],
                num_attention_heads=[2, 2], patch_embeds_hidden_size=16,
                enable_fusion=False))),
            (torch.randn(2, 1, 32, 16),),
        ),
        # ------------------------------------------------------------- time series
        "patchtst": hf("PatchTSTModel", "PatchTSTConfig", lambda: (torch.randn(2, 32, 3),),
                       num_input_channels=3, context_length=32, patch_length=8, patch_stride=8,
                       d_model=16, num_attention_heads=2, num_hidden_layers=1, ffn_dim=32),
        # ------------------------------------------------------------- torch.nn
        "tcn": lambda: (_tcn(nn), (torch.randn(2, 4, 64),)),
        "nn.TransformerDecoderLayer": lambda: (_nn_decoder(nn), (torch.randn(2, 16, 32),)),
        "nn.inception-v3-block": lambda: (_inception(nn), (torch.randn(2, 3, 35, 35),)),
        "nn.alexnet": lambda: (_alexnet(nn), (torch.randn(2, 3, 224, 224),)),
        "nn.Conv3d+pool3d": lambda: (
            nn.Sequential(nn.Conv3d(3, 8, 3, padding=1), nn.BatchNorm3d(8), nn.ReLU(),
                          nn.MaxPool3d(2), nn.Conv3d(8, 8, (1, 3, 3), padding=(0, 1, 1)),
                          nn.AdaptiveAvgPool3d(1), nn.Flatten(), nn.Linear(8, 4)),
            (torch.randn(2, 3, 4, 16, 16),),
        ),
    }  # fmt: skip
    fam.update(_torchvision())
    return fam


def _tcn(nn: Any) -> Any:
    """A temporal convolutional network: dilated causal Conv1d (left padding), residuals."""

    class Block(nn.Module):
        def __init__(self, c: int, dilation: int) -> None:
            super().__init__()
            self.pad = nn.ConstantPad1d((2 * dilation, 0), 0.0)
            self.conv = nn.Conv1d(c, c, 3, dilation=dilation)
            self.act = nn.ReLU()

        def forward(self, x: Any) -> Any:
            return x + self.act(self.conv(self.pad(x)))

    return nn.Sequential(nn.Conv1d(4, 16, 1), Block(16, 1), Block(16, 2), Block(16, 4))


def _inception(nn: Any) -> Any:
    """torchvision Inception v3's blocks: a stem with a 3x3/2 max pool, InceptionA-style
    branches (1x1, 5x5, double 3x3, 3x3 average pool) and InceptionC-style factorised
    1x7 / 7x1 convolutions, concatenated; BN with eps 1e-3."""
    import torch

    def cbr(cin: int, cout: int, k: Any, p: Any = 0, s: int = 1) -> Any:
        return nn.Sequential(nn.Conv2d(cin, cout, k, s, p, bias=False),
                             nn.BatchNorm2d(cout, eps=1e-3), nn.ReLU())  # fmt: skip

    class Block(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.stem = nn.Sequential(cbr(3, 8, 3, s=2), nn.MaxPool2d(3, 2))
            self.b1 = cbr(8, 8, 1)
            self.b5 = nn.Sequential(cbr(8, 6, 1), cbr(6, 8, 5, 2))
            self.b3 = nn.Sequential(cbr(8, 8, 1), cbr(8, 8, 3, 1), cbr(8, 8, 3, 1))
            self.bp = nn.Sequential(nn.AvgPool2d(3, 1, 1), cbr(8, 4, 1))
            self.c7 = nn.Sequential(cbr(28, 8, 1), cbr(8, 8, (1, 7), (0, 3)),
                                    cbr(8, 8, (7, 1), (3, 0)))  # fmt: skip
            self.fc = nn.Linear(8, 10)

        def forward(self, x: Any) -> Any:
            x = self.stem(x)
            x = torch.cat([self.b1(x), self.b5(x), self.b3(x), self.bp(x)], 1)
            x = nn.functional.adaptive_avg_pool2d(self.c7(x), 1)
            return self.fc(torch.flatten(x, 1))

    return Block()


def _alexnet(nn: Any) -> Any:
    """torchvision AlexNet's layout (11x11/4 stem, overlapping 3x3/2 max pools, adaptive
    average pool to 6x6, an identity at 224 x 224, dropout, three linear layers),
    widths divided by 8."""
    return nn.Sequential(
        nn.Conv2d(3, 8, 11, 4, 2), nn.ReLU(), nn.MaxPool2d(3, 2),
        nn.Conv2d(8, 24, 5, padding=2), nn.ReLU(), nn.MaxPool2d(3, 2),
        nn.Conv2d(24, 48, 3, padding=1), nn.ReLU(),
        nn.Conv2d(48, 32, 3, padding=1), nn.ReLU(),
        nn.Conv2d(32, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(3, 2),
        nn.AdaptiveAvgPool2d((6, 6)), nn.Flatten(), nn.Dropout(),
        nn.Linear(32 * 36, 64), nn.ReLU(), nn.Dropout(), nn.Linear(64, 64), nn.ReLU(),
        nn.Linear(64, 10),
    )  # fmt: skip


def _nn_decoder(nn: Any) -> Any:
    """nn.TransformerDecoderLayer with a causal mask, its memory the input itself."""

    class Dec(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.layer = nn.TransformerDecoderLayer(32, 2, 64, dropout=0.0, batch_first=True)

        def forward(self, x: Any) -> Any:
            mask = nn.Transformer.generate_square_subsequent_mask(x.shape[1])
            return self.layer(x, x, tgt_mask=mask, tgt_is_causal=True)

    return Dec()


def _torchvision() -> dict[str, Builder]:
    try:
        import torch
        import torchvision.models as tv
        import torchvision.models.video as tvv
    except Exception:  # absent, or built for another torch
        return {}

    def img(size: int) -> tuple[Any, ...]:
        return (torch.randn(2, 3, size, size),)

    def m(build: Callable[[], Any], size: int = 64) -> Builder:
        return lambda: (build(), img(size))

    return {
        "tv-inception-v3": m(lambda: tv.inception_v3(num_classes=10, aux_logits=False,
                                                     init_weights=True), 96),
        "tv-googlenet": m(lambda: tv.googlenet(num_classes=10, aux_logits=False,
                                               init_weights=True)),
        "tv-mnasnet0_5": m(lambda: tv.mnasnet0_5(num_classes=10)),
        "tv-alexnet": m(lambda: tv.alexnet(num_classes=10), 64),
        "tv-wide-resnet50": m(lambda: tv.wide_resnet50_2(num_classes=10)),
        "tv-efficientnet-v2-s": m(lambda: tv.efficientnet_v2_s(num_classes=10)),
        "tv-vit-b16": m(lambda: tv.VisionTransformer(32, 8, 1, 2, 32, 64, num_classes=10), 32),
        "tv-swin-t": m(lambda: tv.swin_transformer.SwinTransformer(
            [4, 4], 16, [2], [2], [4, 4], num_classes=10), 32),
        "tv-swin-v2-t": m(lambda: tv.swin_transformer.SwinTransformer(
            [4, 4], 16, [2], [2], [4, 4], num_classes=10,
            block=tv.swin_transformer.SwinTransformerBlockV2,
            downsample_layer=tv.swin_transformer.PatchMergingV2), 32),
        "tv-maxvit": m(lambda: tv.MaxVit((32, 32), 8, 2, [16], [1], 8, num_classes=10), 32),
        "tv-convnext": m(lambda: tv.convnext.ConvNeXt(
            [tv.convnext.CNBlockConfig(16, 32, 1), tv.convnext.CNBlockConfig(32, None, 1)],
            num_classes=10)),
        "tv-regnet-y-400mf": m(lambda: tv.regnet_y_400mf(num_classes=10)),
        "tv-shufflenet-v2": m(lambda: tv.shufflenet_v2_x0_5(num_classes=10)),
        "tv-mobilenet-v3-small": m(lambda: tv.mobilenet_v3_small(num_classes=10)),
        "tv-squeezenet1_1": m(lambda: tv.squeezenet1_1(num_classes=10)),
        "tv-densenet121": m(lambda: tv.densenet121(num_classes=10)),
        "tv-vgg11-bn": m(lambda: tv.vgg11_bn(num_classes=10), 32),
        "tv-r3d_18": lambda: (tvv.r3d_18(num_classes=10), (torch.randn(2, 3, 4, 32, 32),)),
        "tv-r2plus1d_18": lambda: (tvv.r2plus1d_18(num_classes=10),
                                   (torch.randn(2, 3, 4, 32, 32),)),
        "tv-mc3_18": lambda: (tvv.mc3_18(num_classes=10), (torch.randn(2, 3, 4, 32, 32),)),
    }  # fmt: skip


def _export(model: Any, inputs: tuple[Any, ...], path: Path) -> Path:
    import torch

    names = [f"x{i}" for i in range(len(inputs))]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            model,
            tuple(x[:1] for x in inputs),
            str(path),
            dynamo=False,
            opset_version=17,
            input_names=names,
            output_names=["y"],
        )
    return path


def measure(build: Builder, work: Path) -> str:
    """``OK ...`` or ``FAIL ...`` after the family name."""
    import onnx
    import torch
    from test_real_exports import _reference

    from aimcsim.compiler import CompileOptions, compile_model
    from aimcsim.compiler.onnx_frontend import MASK_LIMIT
    from aimcsim.config.loader import load_arch
    from aimcsim.errors import AimcSimError
    from aimcsim.functional.executor import Executor, ideal_arch
    from aimcsim.timing import simulate_timing

    t0 = time.perf_counter()
    torch.manual_seed(0)
    try:
        model, inputs = build()
        model = model.eval()
        path = _export(model, inputs, work / "m.onnx")
    except Exception as exc:  # the exporter's failure is a finding too
        return f"EXPORT {type(exc).__name__}: {_first_line(exc)}"
    arch = load_arch(preset="standard", overrides=MESH)
    samples = {f"x{i}": x.numpy() for i, x in enumerate(inputs)}
    try:
        wl = compile_model(path, arch, CompileOptions(n_slots=1, duplicate=False))
        res = Executor(wl, ideal_arch(arch)).run(samples)
    except AimcSimError as exc:
        # a "malformed or unexpected node" is an exception inside a lowering: a bug
        kind = "INTERNAL " if "malformed or unexpected node" in str(exc) else ""
        return f"FAIL {kind}{type(exc).__name__}: {_first_line(exc)}"
    except _Timeout:
        raise
    except Exception as exc:  # a traceback in aimcsim: report where
        where = traceback.extract_tb(exc.__traceback__)[-1]
        loc = f"{Path(where.filename).name}:{where.lineno}"
        return f"FAIL TRACEBACK {type(exc).__name__} at {loc}: {_first_line(exc)}"
    m = onnx.load(str(path))
    known = {o for n in m.graph.node for o in n.output} | {o.name for o in m.graph.output}
    probes = {k: v for k, v in res.probes.items() if k in known}
    ref = _reference(m, samples, list(probes))
    worst, where_name = 0.0, ""
    for k, y in probes.items():
        r = np.clip(ref[k].reshape(y.shape), -MASK_LIMIT, MASK_LIMIT)
        y = np.clip(y, -MASK_LIMIT, MASK_LIMIT)
        err = float(np.abs(y - r).max()) / max(float(np.abs(r).max()), 1e-6)
        if err > worst:
            worst, where_name = err, k
    cycles = simulate_timing(wl.program, arch).total_cycles
    wall = time.perf_counter() - t0
    tag = "OK  " if worst <= 1e-4 else "WRONG"
    at = ""
    if worst > 1e-4:
        r = ref[where_name]
        y = probes[where_name].reshape(r.shape)
        at = f" at {where_name} (absolute {float(np.abs(y - r).max()):.1e})"
    return f"{tag} max error {worst:.1e}{at} ({len(probes)} probes)  {cycles} cycles  {wall:.1f} s"


def _first_line(exc: BaseException) -> str:
    text = str(exc).split(". Supported operators")[0]
    return (text.splitlines() or [""])[0][:300]


def _on_alarm(signum: int, frame: Any) -> None:
    raise _Timeout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("names", nargs="*", help="families to run (default: all)")
    ap.add_argument("--timeout", type=int, default=300, help="seconds per family")
    ap.add_argument("--list", action="store_true", help="list the families and exit")
    args = ap.parse_args()
    table = families()
    if args.list:
        print("\n".join(table))
        return 0
    unknown = [n for n in args.names if n not in table]
    if unknown:
        ap.error(f"unknown families: {', '.join(unknown)}")
    signal.signal(signal.SIGALRM, _on_alarm)
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.names or list(table):
            signal.alarm(args.timeout)
            try:
                line = measure(table[name], Path(tmp))
            except _Timeout:
                line = f"FAIL TIMEOUT after {args.timeout} s"
            finally:
                signal.alarm(0)
            print(f"{line.split(' ', 1)[0]:5} {name:26} {line.split(' ', 1)[1]}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
