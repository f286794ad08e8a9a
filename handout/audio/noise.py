"""Audio stage, noise: Piper voices seeded, so narration is a pure function of its inputs.

A Piper (VITS) voice samples Gaussian noise inside its ONNX graph, in `RandomNormalLike`
nodes: once for the phoneme durations and once for the voice's latent frames. The voice's
`noise_scale` and `noise_w` settings shape that noise and give the voice its natural
variation; zeroing them would make synthesis repeatable but flat. onnxruntime's generator
keeps its state across runs of one session, so the same sentence sounds different each
time and two builds of one handout never give the same MP3.

`seed_noise_graph` rewrites the graph in memory: each `RandomNormalLike` becomes a slice of
a new graph input, reshaped to the tensor it was "like". `SeededSession` wraps the
onnxruntime session and fills those inputs with standard normal samples from numpy's
`Generator`, seeded by a hash of the sentence's phoneme ids and the synthesis scales. The
distribution is the one the voice was trained with; only where the randomness comes from
changes. The latent length is known only inside the graph, so the input is sized from the
phoneme count and enlarged when too short: numpy's generator yields the same prefix for
any length, so the result does not depend on the size guessed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

NOISE_SCHEME = "noise seeded per sentence (v1)"
"""Named in the engine's identity, so audio made with another noise source is not reused.
The build reads it on every run, so this module imports numpy and onnx only where used."""

FRAMES_PER_PHONEME = 8
"""First guess at latent frames per phoneme id. Measured on the sample with Piper's joe at
speed 1: 2.3 on average, 3.03 at most; a slower speed stretches it, and a guess too short
costs one more run (`SeededSession.run`). The noise drawn beyond what the graph takes is
wasted work: the first guess, 32, drew about fourteen times what a sentence needed."""

NOISE_INPUT = "handout_noise_"
"""The name of each graph input that replaces a random node, before its number."""

CHANNELS = 256
"""A bound on the latent's channels per frame (Piper's VITS voices have 192)."""


def seed_noise_graph(model: bytes) -> tuple[bytes, list[str]]:
    """The voice model with its random nodes replaced by inputs; and those inputs' names."""
    import onnx
    from onnx import TensorProto, helper

    graph = onnx.load_from_string(model)
    nodes = list(graph.graph.node)
    names: list[str] = []
    rewritten = []
    for node in nodes:
        if node.op_type != "RandomNormalLike":
            rewritten.append(node)
            continue
        attributes = {a.name: helper.get_attribute_value(a) for a in node.attribute}
        if attributes.get("dtype", TensorProto.FLOAT) != TensorProto.FLOAT:
            raise ValueError(f"{node.name}: only float noise is supported")
        like, out = node.input[0], node.output[0]
        name = f"{NOISE_INPUT}{len(names)}"
        names.append(name)
        graph.graph.input.append(
            helper.make_tensor_value_info(name, TensorProto.FLOAT, [f"{name}_length"]))
        prefix = f"/handout_noise/{len(names) - 1}"
        mean, scale = attributes.get("mean", 0.0), attributes.get("scale", 1.0)
        unit = f"{prefix}/unit" if (mean, scale) != (0.0, 1.0) else out
        rewritten += [
            helper.make_node("Shape", [like], [f"{prefix}/shape"], name=f"{prefix}/Shape"),
            helper.make_node("ReduceProd", [f"{prefix}/shape"], [f"{prefix}/count"],
                             keepdims=1, name=f"{prefix}/ReduceProd"),
            helper.make_node("Constant", [], [f"{prefix}/zero"], name=f"{prefix}/Zero",
                             value=helper.make_tensor("zero", TensorProto.INT64, [1], [0])),
            helper.make_node("Slice", [name, f"{prefix}/zero", f"{prefix}/count"],
                             [f"{prefix}/flat"], name=f"{prefix}/Slice"),
            helper.make_node("Reshape", [f"{prefix}/flat", f"{prefix}/shape"], [unit],
                             name=f"{prefix}/Reshape"),
        ]
        if unit != out:
            rewritten += [
                helper.make_node("Constant", [], [f"{prefix}/scale"], name=f"{prefix}/Scale",
                                 value=helper.make_tensor("s", TensorProto.FLOAT, [], [scale])),
                helper.make_node("Constant", [], [f"{prefix}/mean"], name=f"{prefix}/Mean",
                                 value=helper.make_tensor("m", TensorProto.FLOAT, [], [mean])),
                helper.make_node("Mul", [unit, f"{prefix}/scale"], [f"{prefix}/scaled"]),
                helper.make_node("Add", [f"{prefix}/scaled", f"{prefix}/mean"], [out]),
            ]
    del graph.graph.node[:]
    graph.graph.node.extend(rewritten)
    # onnxruntime checks the graph as it loads it; onnx's own checker, which the tests run
    # on the rewritten voice, would add 0.13 s to opening a voice for the first time.
    return graph.SerializeToString(), names


def seeded_session(model: Path, md5: str, cache: Path | None, threads: int = 0):
    """An onnxruntime session on `model` (whose md5 is `md5`) with its noise seeded
    (`seed_noise_graph`), on `threads` threads (0: onnxruntime's default, every core).

    Opening a voice is most of the time it takes to narrate an edited sentence: parsing,
    rewriting and checking the graph took 0.4 s, and onnxruntime's optimising it 0.3 s. So
    the graph is kept in `cache` as onnxruntime optimised it (`optimized_model_filepath`),
    once per voice, library versions and processor, and later sessions open it with their
    own optimising off: 0.2 s, and the same samples to the bit (tested). `cache` is the
    machine's folder of voice files (`voice.voice_files`), so every project here shares
    it. It is checked against its recorded hash like every cached file, and made again if
    damaged; then onnxruntime reads the file itself (0.05 s less than handing it 63 MB of
    bytes). A fully optimised graph may suit only the processor it was made for, so the
    processor's features are part of its name: a cluster sharing the folder keeps one per
    kind of machine.
    """
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3  # the rewritten graph's shape hints are not errors
    if threads:
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
    providers = ["CPUExecutionProvider"]
    if cache is None:
        return onnxruntime.InferenceSession(seed_noise_graph(model.read_bytes())[0], options,
                                            providers=providers)
    from handout.audio.cache import GraphCache

    graphs, name = GraphCache(cache), f"{_graph_name(md5)}.onnx"
    kept = graphs.whole(name)
    if kept is not None:
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
        return onnxruntime.InferenceSession(str(kept), options, providers=providers)
    seeded, _ = seed_noise_graph(model.read_bytes())
    with tempfile.TemporaryDirectory(prefix="handout-voice-") as scratch:
        options.optimized_model_filepath = str(Path(scratch) / name)
        session = onnxruntime.InferenceSession(seeded, options, providers=providers)
        # A worker that cannot write there (on another machine) seeds each time.
        with contextlib.suppress(OSError):
            graphs.write_graph(name, Path(options.optimized_model_filepath).read_bytes())
    return session


def _graph_name(md5: str) -> str:
    """What a kept graph is made from: the voice; the seeding and the libraries; the
    processor (`GraphCache.write_graph` parts them by the dashes)."""
    import platform
    from importlib.metadata import version

    features = ""
    with contextlib.suppress(OSError):
        features = next((line for line in Path("/proc/cpuinfo").read_text().splitlines()
                         if line.startswith(("flags", "Features"))), "")
    libraries = f"{NOISE_SCHEME}; onnx {version('onnx')}; onnxruntime {version('onnxruntime')}"
    processor = f"{platform.machine()} {features}"
    return "-".join([md5[:16], *(hashlib.sha256(part.encode()).hexdigest()[:16]
                                 for part in (libraries, processor))])


def load_seeded_voice(model: Path, config: Path, md5: str, cache: Path | None = None,
                      threads: int = 0):
    """A `piper.PiperVoice` for `model` (whose md5 is `md5`) with its noise seeded per
    sentence (`seeded_session`), its graph kept in `cache` when one is given.

    `threads` caps the session's threads (0: onnxruntime's default, every core), so that
    parallel narration workers do not fight over the cores.
    """
    from piper import PiperVoice
    from piper.config import PiperConfig

    settings = PiperConfig.from_dict(json.loads(config.read_text("utf-8")))
    return PiperVoice(config=settings,
                      session=SeededSession(seeded_session(model, md5, cache, threads)))


class SeededSession:
    """An onnxruntime session on a seeded graph (`seed_noise_graph`), whose noise inputs
    are filled from a per-sentence seed."""

    def __init__(self, session):
        self._session = session
        self.noise_inputs = sorted((i.name for i in session.get_inputs()
                                    if i.name.startswith(NOISE_INPUT)),
                                   key=lambda name: int(name[len(NOISE_INPUT):]))

    def get_inputs(self):
        return [i for i in self._session.get_inputs() if i.name not in self.noise_inputs]

    def get_outputs(self):
        return self._session.get_outputs()

    def run(self, output_names, feeds: dict, run_options=None):
        """Run the voice with noise seeded by `feeds` (phoneme ids and scales)."""
        import numpy as np
        from onnxruntime.capi.onnxruntime_pybind11_state import Fail, InvalidArgument

        seed = sentence_seed(feeds)
        phonemes = int(np.asarray(feeds["input"]).size)
        length = max(phonemes, 1) * FRAMES_PER_PHONEME * CHANNELS
        while True:
            noise = {name: noise_samples(seed, index, length)
                     for index, name in enumerate(self.noise_inputs)}
            try:
                return self._session.run(output_names, {**feeds, **noise}, run_options)
            except (Fail, InvalidArgument) as error:
                if "Reshape" not in str(error) and "reshape" not in str(error):
                    raise
                length *= 4  # the latent was longer than guessed; same seed, longer stream


def sentence_seed(feeds: dict) -> int:
    """A seed made from everything the voice is asked to say and how (ids, scales, speaker)."""
    import numpy as np

    digest = hashlib.sha256()
    for name in sorted(feeds):
        array = np.ascontiguousarray(feeds[name])
        digest.update(f"{name}:{array.dtype}:{array.shape}".encode())
        digest.update(array.tobytes())
    return int.from_bytes(digest.digest()[:16], "big")


def noise_samples(seed: int, stream: int, length: int) -> np.ndarray:
    """`length` standard normal samples; any length gives the same prefix for one seed."""
    import numpy as np

    generator = np.random.Generator(np.random.PCG64(np.random.SeedSequence([seed, stream])))
    return generator.standard_normal(length, dtype=np.float32)
