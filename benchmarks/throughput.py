"""Throughput and peak memory of `analyze` against bare spaCy `nlp.pipe` on the same texts.

usage: python benchmarks/throughput.py [CORPUS.jsonl|DIR] [--repeat N] [--workers N]

Each mode runs in its own process so peak memory (max RSS) is its own. Prints
documents/s, words/s and peak memory for both, and their time ratio; then the same
ratio measured batch by batch in one process against spaCy's whole pipeline as shipped
(steadier: the machine's speed drifts between separate runs). Loading is
timed apart from the run in both modes: spaCy's is loading the pipeline;
tidings' is loading the same pipeline and building its dictionaries (actor
gazetteer, event patterns, cue lexicon), done once per process whatever the corpus size.
Default corpus: ../shared/corpus/dev.jsonl when present, else examples/.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# one core: numpy's BLAS (which tidings uses where it beats BLIS) would otherwise start a thread per core
ONE_CORE = {**os.environ, "OPENBLAS_NUM_THREADS": os.environ.get("OPENBLAS_NUM_THREADS", "1"),
            "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1")}
WARM_UP = "Japan pledged aid to Pakistan on Monday, the foreign ministry said."


def _texts(path: Path, repeat: int) -> list[str]:
    from tidings.ingest.readers import iter_documents

    return [d.text for d in iter_documents([path])] * repeat


def _run(mode: str, path: Path, repeat: int, workers: int) -> dict[str, float]:
    texts = _texts(path, repeat)
    if mode == "bare":
        import spacy

        from tidings.nlp.model import _installed_model

        t_load = time.perf_counter()
        nlp = spacy.load(_installed_model())
        load = time.perf_counter() - t_load
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16, n_process=workers):
            pass
    else:
        from tidings.nlp import load_model
        from tidings.pipeline import analyze_documents
        from tidings.records import Document

        t_load = time.perf_counter()
        load_model()
        # build the dictionaries once, as any run does before its first article
        next(analyze_documents([Document(id="warm-up", text=WARM_UP)]))
        load = time.perf_counter() - t_load
        docs = [Document(id=str(i), text=t) for i, t in enumerate(texts)]
        t0 = time.perf_counter()
        for _ in analyze_documents(docs, workers=workers):
            pass
    secs = time.perf_counter() - t0
    words = sum(len(t.split()) for t in texts)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"docs": len(texts), "seconds": secs, "load_s": load, "docs_per_s": len(texts) / secs, "words_per_s": words / secs,
            "peak_rss_mb": rss_mb}


def _interleaved(path: Path, repeat: int) -> dict[str, float]:
    """The bare parse and tidings' analysis of the same documents, batch by batch in one process, alternating
    which goes first: the machine's speed drifts between separate runs, so this is the steadier measure.

    bare: spaCy's whole ``en_core_web_sm`` pipeline as shipped (``spacy.load``); tidings: its own loading of the
    same model (sentence rules, the exact stand-ins of ``tidings.nlp.fast``) plus every stage after parsing.
    Wall-clock and CPU time are both summed; CPU time is the less disturbed by other load on the machine."""
    import spacy

    from tidings.bounded import BATCH_SIZE
    from tidings.nlp import load_model
    from tidings.nlp.model import _installed_model
    from tidings.pipeline import analyze_documents, analyze_parsed, versions
    from tidings.records import Document

    bare = spacy.load(_installed_model())
    nlp = load_model()
    next(analyze_documents([Document(id="warm-up", text=WARM_UP)]))
    list(bare.pipe([WARM_UP]))
    stamp = versions()
    docs = [Document(id=str(i), text=t) for i, t in enumerate(_texts(path, repeat))]
    sums = dict.fromkeys(("bare_s", "parse_s", "stages_s", "bare_cpu", "parse_cpu", "stages_cpu"), 0.0)

    def run_bare(batch: list[Document]) -> None:
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in bare.pipe([d.text for d in batch], batch_size=16):
            pass
        sums["bare_s"] += time.perf_counter() - t0
        sums["bare_cpu"] += time.process_time() - c0

    def run_tidings(batch: list[Document]) -> None:
        t0, c0 = time.perf_counter(), time.process_time()
        parsed = list(nlp.pipe([d.text for d in batch], batch_size=BATCH_SIZE))
        t1, c1 = time.perf_counter(), time.process_time()
        for d, doc in zip(batch, parsed):
            analyze_parsed(d, doc, stamp=stamp)
        sums["parse_s"] += t1 - t0
        sums["parse_cpu"] += c1 - c0
        sums["stages_s"] += time.perf_counter() - t1
        sums["stages_cpu"] += time.process_time() - c1

    step = max(16, BATCH_SIZE)
    for n, at in enumerate(range(0, len(docs), step)):
        batch = docs[at:at + step]
        for run in ((run_bare, run_tidings) if n % 2 == 0 else (run_tidings, run_bare)):
            run(batch)
    return sums


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
    ap.add_argument("corpus", nargs="?", type=Path, default=default if default.exists() else ROOT / "examples")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--mode", choices=["bare", "analyze", "interleaved"], help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.mode == "interleaved":
        print(json.dumps(_interleaved(a.corpus, a.repeat)))
        return
    if a.mode:
        print(json.dumps(_run(a.mode, a.corpus, a.repeat, a.workers)))
        return
    res = {}
    for mode in ("bare", "analyze"):
        out = subprocess.run([sys.executable, __file__, str(a.corpus), "--repeat", str(a.repeat),
                              "--workers", str(a.workers), "--mode", mode], check=True, capture_output=True, text=True,
                             env=ONE_CORE)
        res[mode] = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"corpus {a.corpus} x{a.repeat}: {res['bare']['docs']} documents, workers {a.workers}")
    for mode, label in (("bare", "spaCy nlp.pipe"), ("analyze", "tidings analyze")):
        r = res[mode]
        print(f"{label:16s} {r['docs_per_s']:7.1f} docs/s {r['words_per_s']:9.0f} words/s "
              f"{r['seconds']:6.2f} s  (load {r['load_s']:4.1f} s)  peak RSS {r['peak_rss_mb']:6.0f} MB")
    print(f"analyze / bare parse time ratio (separate runs): {res['analyze']['seconds'] / res['bare']['seconds']:.2f}x")
    out = subprocess.run([sys.executable, __file__, str(a.corpus), "--repeat", str(a.repeat), "--mode", "interleaved"],
                         check=True, capture_output=True, text=True, env=ONE_CORE)
    il = json.loads(out.stdout.strip().splitlines()[-1])
    for unit, suffix in (("wall", "_s"), ("cpu", "_cpu")):
        bare, parse, stages = il["bare" + suffix], il["parse" + suffix], il["stages" + suffix]
        print(f"same process, batch by batch ({unit}): bare parse {bare:.2f} s; tidings parse {parse:.2f} s + stages "
              f"{stages:.2f} s -> analyze / bare parse time ratio {(parse + stages) / bare:.2f}x")


if __name__ == "__main__":
    main()
