"""Would onnxruntime's matrix products speed up the bundled encoder? numpy (OpenBLAS) and
onnxruntime (MLAS) side by side on the encoder's float32 products, one thread each,
medians of interleaved repeats; and whether onnxruntime's rows depend on the other rows
(they must not: a text's vector may not depend on its batch).

onnx and onnxruntime are not evalkit's dependencies; install them apart first:

    pip install --target /tmp/ort onnxruntime onnx
    PYTHONPATH=. python3 benchmarks/embed_onnxruntime.py --packages /tmp/ort

Results: benchmarks/out/embed_onnxruntime.json. Decision (docs/benchmarking.md, "Where the
time and memory go"): not adopted. Its products took 0.84-0.94x numpy's CPU time, and
products are ~62% of the encoder's (benchmarks/embed_profile.py): at most ~10% less CPU
for three new dependencies and a second copy of the model's graph.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_info, threadpool_limits

ROOT = Path(__file__).resolve().parents[1]
# (rows, inner, columns) of the encoder's products per micro-batch of 2,048 tokens: the
# second convolution of each branch, and the first layers of ~730 new tokens
SHAPES = [(2048, 512, 256), (2048, 768, 256), (2048, 1280, 256), (730, 512, 768), (730, 256, 1280)]


def median_ms(function, repeats: int) -> float:
    function()
    times = []
    for _ in range(repeats):
        start = time.process_time()
        function()
        times.append(time.process_time() - start)
    return statistics.median(times) * 1e3


def session(weights: np.ndarray):
    import onnxruntime
    from onnx import TensorProto, helper, numpy_helper

    inner, columns = weights.shape
    graph = helper.make_graph([helper.make_node("MatMul", ["A", "W"], ["Y"])], "product",
                              [helper.make_tensor_value_info("A", TensorProto.FLOAT, [None, inner])],
                              [helper.make_tensor_value_info("Y", TensorProto.FLOAT, [None, columns])],
                              [numpy_helper.from_array(weights, "W")])
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    return onnxruntime.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])


def product(ort):
    return lambda x: ort.run(None, {"A": x})[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--packages", help="a folder holding onnx and onnxruntime (searched after site-packages)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()
    if args.packages:
        sys.path.append(args.packages)
    import onnxruntime

    rng = np.random.default_rng(0)
    rows = []
    for shape in SHAPES:
        m, k, n = shape
        a, w = rng.standard_normal((m, k)).astype(np.float32), rng.standard_normal((k, n)).astype(np.float32)
        run = product(session(w))
        numpy_ms, ort_ms = [], []
        with threadpool_limits(limits=1, user_api="blas"):
            for _ in range(args.rounds):  # interleaved
                numpy_ms.append(median_ms(lambda a=a, w=w: a @ w, args.repeats))
                ort_ms.append(median_ms(lambda a=a, run=run: run(a), args.repeats))
        full = run(a)
        rows.append({"shape": shape, "numpy_ms": round(statistics.median(numpy_ms), 2),
                     "onnxruntime_ms": round(statistics.median(ort_ms), 2),
                     "onnxruntime_over_numpy": round(statistics.median(ort_ms) / statistics.median(numpy_ms), 3),
                     "rows_independent": bool(np.array_equal(run(a[:16]), full[:16])
                                              and np.array_equal(run(a[5:300]), full[5:300])),
                     "max_abs_difference": float(np.abs(full - a @ w).max())})
        print(rows[-1], flush=True)
    report = {"onnxruntime": onnxruntime.__version__, "numpy": np.__version__,
              "blas": [f"{info['internal_api']} {info['version']} {info.get('architecture', '')}"
                       for info in threadpool_info() if info["user_api"] == "blas"],
              "load_avg_1min": round(os.getloadavg()[0], 2), "rows": rows}
    out = ROOT / "benchmarks" / "out" / "embed_onnxruntime.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
