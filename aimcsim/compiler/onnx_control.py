"""ONNX control flow the frontend resolves before translating: ``If`` nodes whose condition
is computable at compile time (torch exports ``Tensor.tile`` and rank checks that way) are
replaced by the nodes of the branch they take, so the rest of the frontend sees one flat
graph.

A node with subgraphs also reads the outer tensors its subgraphs name without defining
(:func:`outer_refs`); constant folding must count them as inputs.
"""

from __future__ import annotations

from typing import Any

import numpy as np


def subgraphs(node: Any) -> list[Any]:
    """The graphs held by ``node``'s attributes (``If`` branches, ``Loop``/``Scan`` bodies)."""
    import onnx

    out: list[Any] = []
    for a in node.attribute:
        if a.type == onnx.AttributeProto.GRAPH:
            out.append(a.g)
        elif a.type == onnx.AttributeProto.GRAPHS:
            out.extend(a.graphs)
    return out


def outer_refs(node: Any) -> set[str]:
    """Tensors of the enclosing graph that ``node``'s subgraphs read (at any depth)."""
    refs: set[str] = set()
    for g in subgraphs(node):
        local = {i.name for i in g.input} | {i.name for i in g.initializer}
        for n in g.node:
            for t in [*n.input, *outer_refs(n)]:
                if t and t not in local:
                    refs.add(t)
            local.update(o for o in n.output if o)
    return refs


def static_tensors(model: Any) -> set[str]:
    """Tensors computable without the model inputs: initializers, ``Constant``/``Shape``/
    ``Size`` outputs (shapes are static here) and outputs of nodes reading only those."""
    static = {i.name for i in model.graph.initializer}
    for node in model.graph.node:
        reads = [t for t in [*node.input, *outer_refs(node)] if t]
        random = node.op_type in ("RandomNormal", "RandomUniform")
        if not random and (
            node.op_type in ("Constant", "Shape", "Size") or all(t in static for t in reads)
        ):
            static.update(o for o in node.output if o)
    return static


def inline_static_ifs(model: Any, values: dict[str, np.ndarray]) -> bool:
    """Replace every top-level ``If`` whose condition is static by its taken branch (in place;
    ``values``: the tensor values of a run). Branch-local tensors get the If node's name as
    a prefix. Returns whether anything changed."""
    import onnx

    static = static_tensors(model)
    nodes: list[Any] = []
    changed = False
    for node in model.graph.node:
        if node.op_type != "If" or node.input[0] not in static or node.input[0] not in values:
            nodes.append(node)
            continue
        taken = bool(np.asarray(values[node.input[0]]).reshape(-1)[0])
        branch = next(
            a.g for a in node.attribute if a.name == ("then_branch" if taken else "else_branch")
        )
        prefix = f"{node.name or node.output[0]}/"
        local = {i.name for i in branch.initializer} | {
            o for n in branch.node for o in n.output if o
        }

        def rename(t: str, local: set[str] = local, prefix: str = prefix) -> str:
            return prefix + t if t in local else t

        for init in branch.initializer:
            copy = onnx.TensorProto()
            copy.CopyFrom(init)
            copy.name = rename(init.name)
            model.graph.initializer.append(copy)
        for n in branch.node:
            m = onnx.NodeProto()
            m.CopyFrom(n)
            m.name = prefix + n.name if n.name else ""
            m.input[:] = [rename(t) for t in n.input]
            m.output[:] = [rename(t) for t in n.output]
            nodes.append(m)
        for res, out in zip(branch.output, node.output, strict=True):
            ident = onnx.helper.make_node(
                "Identity", [rename(res.name)], [out], name=f"{prefix}{out}"
            )
            nodes.append(ident)
        changed = True
    if changed:
        del model.graph.node[:]
        model.graph.node.extend(nodes)
    return changed
