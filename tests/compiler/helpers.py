"""Reference runs with onnxruntime and comparisons probe by probe."""

from __future__ import annotations

import numpy as np


def ort_values(model, feeds, names):
    """Values of tensors ``names`` of ``model`` on ``feeds`` (onnxruntime, CPU)."""
    import onnx
    import onnxruntime as ort

    m = onnx.ModelProto()
    m.CopyFrom(model)
    have = {o.name for o in m.graph.output}
    for n in names:
        if n not in have:
            m.graph.output.append(onnx.ValueInfoProto(name=n))
    sess = ort.InferenceSession(m.SerializeToString(), providers=["CPUExecutionProvider"])
    return dict(zip(names, sess.run(names, feeds), strict=True))


def assert_layers_match(probes, ref, rtol=1e-4):
    """Every probed layer output equals the reference to float tolerance."""
    assert probes, "no layer outputs were probed"
    for name, y in probes.items():
        r = ref[name].reshape(y.shape)
        scale = max(float(np.abs(r).max()), 1e-6)
        err = float(np.abs(y - r).max()) / scale
        assert err < rtol, f"layer output {name}: max error {err:.2e} of full scale"
