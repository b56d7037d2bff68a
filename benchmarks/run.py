"""Benchmark tearline against plain Presidio and spaCy alone, on one corpus and one model.

    python benchmarks/run.py throughput CORPUS          # docs/s, words/s, ratios, peak memory
    python benchmarks/run.py coldstart                  # one-file CLI vs the bare model load
    python benchmarks/run.py memory CORPUS              # tearline's peak as reports go by

Each contender runs in its own child process, timed from the outside (start-up and model load
included for every contender), so their peaks do not mix. A child reports the peak resident
memory of the largest process it ran (`ru_maxrss`); it makes itself a child subreaper first,
so tearline's worker processes (children of multiprocessing's fork server) are reaped by it
and count. The contenders:

- tearline, 1 and 2 workers: the installed `tearline redact CORPUS -o OUT --workers N`;
- plain Presidio: `AnalyzerEngine` over a `SpacyNlpEngine` for the same model, with its default
  recognizers, then `AnonymizerEngine`, one document at a time, as its documentation shows;
- spaCy alone: `nlp.pipe` over the texts, with the components tearline loads for the policy,
  each running over all the text (tearline runs the entity recognizer only on the sentences
  whose entities a recognizer asks for: see `tearline.analyze.entities`).

No contender touches the network: the spaCy model is installed, and tldextract (behind
Presidio's e-mail and URL recognizers) is pinned to its bundled suffix list exactly as
`tearline.analyze.engine` does it. Linux only (`prctl`, `ru_maxrss` in kilobytes).
"""

from __future__ import annotations

import argparse
import ctypes
import json
import logging
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

BIN = Path(sys.executable).parent
TEARLINE = str(BIN / "tearline")
PR_SET_CHILD_SUBREAPER = 36
TARGETS = {
    "presidio": 1.5,  # tearline 1 worker / plain Presidio, docs/s
    "spacy": 0.7,  # tearline 1 worker / spaCy alone
    "scaling": 1.6,  # tearline 2 workers / 1 worker
    "peak_mb": 400,  # per worker
    "cold": 1.25,  # one-file CLI / bare model load
    "help_s": 0.4,
}


# ---------------------------------------------------------------- in the child processes


def _paths(corpus: Path) -> list[Path]:
    return sorted(corpus.rglob("*.txt"))


def _texts(corpus: Path) -> Iterator[str]:
    for path in _paths(corpus):
        yield path.read_text(encoding="utf-8")


def _pin_suffix_list_offline() -> None:
    """The same pin as `tearline.analyze.engine`: tldextract reads its bundled list only."""
    import tldextract.tldextract as tld

    tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=(), cache_dir=None)
    logging.getLogger("tldextract").setLevel(logging.ERROR)


def _presidio(corpus: Path, out: Path, model: str) -> int:
    _pin_suffix_list_offline()
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_anonymizer import AnonymizerEngine

    nlp_engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": model}])
    nlp_engine.load()
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine)
    anonymizer = AnonymizerEngine()  # type: ignore[no-untyped-call]
    count = 0
    for path in _paths(corpus):
        text = path.read_text(encoding="utf-8")
        results = analyzer.analyze(text=text, language="en")
        released = anonymizer.anonymize(text=text, analyzer_results=results).text  # type: ignore[arg-type]
        (out / f"{count:06d}.txt").write_text(released, encoding="utf-8")
        count += 1
    return count


def _spacy(corpus: Path, model: str, exclude: list[str]) -> int:
    import spacy

    nlp = spacy.load(model, exclude=exclude)  # every loaded component runs on every text
    return sum(1 for _ in nlp.pipe(_texts(corpus)))


def _tearline(corpus: Path, out: Path, workers: int, policy: str) -> int:
    args = [TEARLINE, "redact", str(corpus), "-o", str(out), "--workers", str(workers)]
    done = subprocess.run([*args, "-p", policy], capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(f"tearline failed ({done.returncode}): {done.stderr[-2000:]}")
    _reap()
    return sum(1 for _ in out.rglob("*.txt"))


def _reap() -> None:
    """Wait for every orphan handed to this subreaper (the fork server and its workers)."""
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def contender(name: str, corpus: Path, options: dict[str, Any]) -> dict[str, Any]:
    """Run one contender here and report its count, CPU time and peak memory."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    with tempfile.TemporaryDirectory(prefix="tearline-bench-") as temp:
        out = Path(temp)
        if name.startswith("tearline"):
            count = _tearline(corpus, out / "out", int(options["workers"]), options["policy"])
        elif name == "presidio":
            count = _presidio(corpus, out, options["model"])
        else:
            count = _spacy(corpus, options["model"], options["exclude"])
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "docs": count,
        "cpu_s": own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime,
        "peak_mb": max(own.ru_maxrss, kids.ru_maxrss) / 1024,
    }


# ---------------------------------------------------------------- in the orchestrator


def _run_contender(name: str, corpus: Path, **options: Any) -> dict[str, Any]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, "_contender", name, str(corpus), json.dumps(options)],
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{name} failed: {done.stderr[-3000:]}")
    report: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    report["wall_s"] = wall
    return report


def _policy_pipeline(policy_name: str) -> tuple[str, list[str]]:
    """The model of the policy and the components tearline leaves out for it."""
    from tearline.analyze import engine
    from tearline.analyze.registry import create
    from tearline.policy import load_policy

    policy = load_policy(policy_name)
    recognizers = [create(name) for name in policy.recognizers]
    uses_context = any(getattr(r, "context", None) for r in recognizers)
    return policy.model, list(engine.unneeded_components(tuple(policy.recognizers), uses_context))


def _words(corpus: Path) -> tuple[int, int]:
    paths = _paths(corpus)
    return len(paths), sum(len(p.read_text(encoding="utf-8").split()) for p in paths)


def _machine() -> str:
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{os.cpu_count()} cores, load average {load}"


def throughput(corpus: Path, policy: str) -> None:
    """Run the four contenders on the same corpus and print the table and the ratios."""
    docs, words = _words(corpus)
    model, exclude = _policy_pipeline(policy)
    print(f"corpus: {corpus}: {docs} reports, {words} words; model {model}; policy {policy}")
    print(f"spaCy components left out for this policy: {', '.join(exclude) or 'none'}")
    print(f"machine before: {_machine()}")
    runs = {
        "tearline 1 worker": _run_contender("tearline-1", corpus, workers=1, policy=policy),
        "tearline 2 workers": _run_contender("tearline-2", corpus, workers=2, policy=policy),
        "plain Presidio": _run_contender("presidio", corpus, model=model),
        "spaCy alone": _run_contender("spacy", corpus, model=model, exclude=exclude),
    }
    print(f"machine after:  {_machine()}")
    print()
    print(
        f"{'contender':<20}{'docs':>6}{'docs/s':>9}{'words/s':>9}{'wall s':>9}{'CPU s':>9}"
        f"{'docs/CPU s':>11}{'peak MB':>9}"
    )
    for label, r in runs.items():
        print(
            f"{label:<20}{r['docs']:>6}{docs / r['wall_s']:>9.2f}{words / r['wall_s']:>9.0f}"
            f"{r['wall_s']:>9.1f}{r['cpu_s']:>9.1f}{docs / r['cpu_s']:>11.2f}{r['peak_mb']:>9.0f}"
        )
    one, two = runs["tearline 1 worker"], runs["tearline 2 workers"]
    presidio, spacy = runs["plain Presidio"], runs["spaCy alone"]
    print()
    _ratio(
        "tearline 1 worker / plain Presidio",
        presidio["wall_s"] / one["wall_s"],
        presidio["cpu_s"] / one["cpu_s"],
        TARGETS["presidio"],
    )
    _ratio(
        "tearline 1 worker / spaCy alone",
        spacy["wall_s"] / one["wall_s"],
        spacy["cpu_s"] / one["cpu_s"],
        TARGETS["spacy"],
    )
    _ratio("tearline 2 workers / 1 worker", one["wall_s"] / two["wall_s"], None, TARGETS["scaling"])
    peak = max(one["peak_mb"], two["peak_mb"])
    verdict = "met" if peak <= TARGETS["peak_mb"] else "NOT met"
    print(f"tearline peak per worker: {peak:.0f} MB (target <= {TARGETS['peak_mb']}: {verdict})")


def _ratio(label: str, wall: float, cpu: float | None, target: float) -> None:
    verdict = "met" if wall >= target else "NOT met"
    by_cpu = f", by CPU time {cpu:.2f}x" if cpu is not None else ""
    print(f"{label}: {wall:.2f}x docs/s{by_cpu} (target >= {target}: {verdict})")


def _medians(commands: dict[str, list[str]], repeat: int) -> dict[str, tuple[float, float]]:
    """The median wall time and CPU time of each command, the commands taking turns: on a
    shared machine the load changes from minute to minute, and taking turns gives each the
    same share of it. CPU time (user and system, of the command and its children) hardly
    depends on the load at all."""
    times: dict[str, list[tuple[float, float]]] = {label: [] for label in commands}
    for _ in range(repeat):
        for label, command in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            quiet = subprocess.DEVNULL
            subprocess.run(command, stdout=quiet, stderr=quiet, check=True)
            wall = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
            times[label].append((wall, cpu))
    return {
        label: (statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs))
        for label, runs in times.items()
    }


def _compile_bytecode() -> str:
    """Compile tearline's modules to bytecode, as installing a package does: spaCy's and
    Presidio's were compiled when they were installed, while a checkout run with
    PYTHONDONTWRITEBYTECODE set compiles tearline's source again at every start."""
    import compileall

    import tearline

    package = Path(tearline.__file__).parent
    if not compileall.compile_dir(package, quiet=1):
        return f"tearline's modules could NOT all be compiled to bytecode ({package})"
    return f"tearline's modules compiled to bytecode first, as an install does ({package})"


def coldstart(report: Path, policy: str, repeat: int) -> None:
    """Time `tearline --help`, a cold one-file redact, and the bare model load (medians)."""
    model, _ = _policy_pipeline(policy)
    print(_compile_bytecode())
    print(f"machine before: {_machine()}; median of {repeat} runs each, taking turns")
    medians = _medians(
        {
            "help": [TEARLINE, "--help"],
            "list": [TEARLINE, "policy", "list"],
            "one": [TEARLINE, "redact", str(report), "-p", policy],
            "load": [sys.executable, "-c", f"import spacy; spacy.load({model!r})"],
        },
        repeat,
    )
    (help_s, _), (list_s, _), (one, one_cpu), (load, load_cpu) = (
        medians[k] for k in ("help", "list", "one", "load")
    )
    print(f"machine after:  {_machine()}")
    verdict = "met" if help_s <= TARGETS["help_s"] else "NOT met"
    print(f"tearline --help: {help_s:.2f} s (target <= {TARGETS['help_s']}: {verdict})")
    print(f"tearline policy list: {list_s:.2f} s")
    print(f"tearline redact {report.name} (cold, one file): {one:.2f} s, CPU {one_cpu:.2f} s")
    print(f'python -c "import spacy; spacy.load({model!r})": {load:.2f} s, CPU {load_cpu:.2f} s')
    ratio = one / load
    verdict = "met" if ratio <= TARGETS["cold"] else "NOT met"
    print(
        f"cold one-file redact / bare model load: {ratio:.2f}x, by CPU time "
        f"{one_cpu / load_cpu:.2f}x (target <= {TARGETS['cold']}: {verdict})"
    )


def _tree(root: int) -> list[int]:
    """`root` and every process descended from it (tearline, its fork server, its workers)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
    tree, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        tree.extend(frontier)
    return tree


def _kilobytes(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def memory(corpus: Path, policy: str, workers: int, every: int) -> None:
    """Follow the memory of one tearline run as the reports go by: flat means it does not grow.

    Every second the resident set of each process of the run is read from /proc; at every
    `every` reports written, the largest process's peak so far (VmHWM) is printed.
    """
    docs, _ = _words(corpus)
    print(f"corpus: {corpus}: {docs} reports; tearline {workers} worker(s); policy {policy}")
    print(f"machine before: {_machine()}")
    with tempfile.TemporaryDirectory(prefix="tearline-bench-") as temp:
        out = Path(temp) / "out"
        args = [TEARLINE, "redact", str(corpus), "-o", str(out), "--workers", str(workers)]
        run = subprocess.Popen([*args, "-p", policy], stderr=subprocess.DEVNULL)
        peaks: dict[int, int] = {}
        milestones: list[tuple[int, float]] = []
        started = time.perf_counter()
        while True:
            finished = run.poll() is not None
            for pid in _tree(run.pid) if not finished else []:
                peaks[pid] = max(peaks.get(pid, 0), _kilobytes(pid, "VmHWM"))
            done = sum(len(files) for _, _, files in os.walk(out)) if out.exists() else 0
            peak = max(peaks.values(), default=0) / 1024
            while done >= (len(milestones) + 1) * every:
                milestones.append(((len(milestones) + 1) * every, peak))
                elapsed = time.perf_counter() - started
                print(
                    f"{milestones[-1][0]:>6} reports: largest process peak {peak:.0f} MB "
                    f"({elapsed:.0f} s)"
                )
            if finished:
                break
            time.sleep(1.0)
    print(f"machine after: {_machine()}")
    if len(milestones) >= 2:
        first, last = milestones[0][1], milestones[-1][1]
        print(
            f"peak growth from {milestones[0][0]} to {milestones[-1][0]} reports: "
            f"{last - first:+.0f} MB ({100 * (last / first - 1):+.1f}%)"
        )


def main(argv: list[str] | None = None) -> int:
    """Parse the mode and run it."""
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["_contender"]:
        name, corpus, options = args[1], Path(args[2]), json.loads(args[3])
        print(json.dumps(contender(name, corpus, options)))
        return 0
    parser = argparse.ArgumentParser(
        description="Benchmark tearline against plain Presidio and spaCy alone.",
        epilog="Example: python benchmarks/run.py throughput /tmp/corpus",
    )
    parser.add_argument("--policy", default="duty-to-warn", help="policy (default duty-to-warn)")
    modes = parser.add_subparsers(dest="mode", required=True)
    speed = modes.add_parser("throughput", help="docs/s of the four contenders")
    speed.add_argument("corpus", type=Path)
    cold = modes.add_parser("coldstart", help="one-file CLI against the bare model load")
    cold.add_argument("--report", type=Path, default=Path("samples/flagship.txt"))
    cold.add_argument("--repeat", type=int, default=5)
    mem = modes.add_parser("memory", help="tearline's peak memory as the reports go by")
    mem.add_argument("corpus", type=Path)
    mem.add_argument("--workers", type=int, default=2)
    mem.add_argument("--every", type=int, default=1000, help="report every N reports")
    parsed = parser.parse_args(args)
    if shutil.which(TEARLINE) is None:
        parser.error(f"{TEARLINE}: not installed; run `make demo` first")
    if parsed.mode == "throughput":
        throughput(parsed.corpus, parsed.policy)
    elif parsed.mode == "coldstart":
        coldstart(parsed.report, parsed.policy, parsed.repeat)
    else:
        memory(parsed.corpus, parsed.policy, parsed.workers, parsed.every)
    return 0


if __name__ == "__main__":
    sys.exit(main())
