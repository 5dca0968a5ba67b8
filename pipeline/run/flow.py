"""The Prefect flow: thin task wrappers around ``pipeline.run.worker`` and ``.assemble``.

Documents go to the task runner in batches (one task per batch, not per document: a
task costs far more than a model's pass over a sentence): a process pool sized to the
cores by default, or Dask (``runner="dask"``, through prefect-dask). Models load once
per worker process (``runner.warm`` and the backends' per-process cache).
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner
from tqdm import tqdm

from pipeline import __version__
from pipeline.doc.errors import ConfigError, InputError
from pipeline.doc.export import RunError
from pipeline.run.assemble import write_set
from pipeline.run.document import RunConfig
from pipeline.run.manifest import describe_models, versions
from pipeline.run.outputs import check_writable, locked
from pipeline.run.worker import CACHE_DIR, Outcome, process_batch, prune_cache, warm
from pipeline.stages.ingest.files import discover
from pipeline.stages.ingest.read import assign_ids, display

PROGRESS_MIN_DOCS = 5  # fewer documents than this finish before a bar would help
RUNNERS = ("process", "serial", "dask")
BATCHES_PER_WORKER = 4  # enough batches to keep every worker busy to the end
MAX_BATCH = 8


def cores() -> int:
    """Cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def task_runner(runner: str = "process", workers: int | None = None,
                dask_address: str | None = None, config: RunConfig | None = None
                ) -> TaskRunner[Any]:
    """The Prefect task runner for ``runner`` (process, serial or dask)."""
    workers = workers or cores()
    if runner == "process":
        return ProcessPoolTaskRunner(max_workers=workers, initializer=warm,
                                     initargs=(config or RunConfig(),))
    if runner == "serial":
        return ThreadPoolTaskRunner(max_workers=1)
    if runner == "dask":
        try:
            from prefect_dask import DaskTaskRunner
        except ImportError as e:
            raise ConfigError("--runner dask needs prefect-dask: pip install 'tilmash[dask]'"
                              ) from e
        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1,
                                              "processes": True, "dashboard_address": ":0"})
    raise ConfigError(f"unknown runner {runner!r} (choose from {', '.join(RUNNERS)})")


@task(name="analyse-batch", cache_policy=NO_CACHE)
def analyse_batch(items: list[tuple[Path, str]], cache_dir: Path, config: RunConfig
                  ) -> list[Outcome]:
    """Analyse a batch of documents (or resume them from the cache) and cache each one."""
    warm(config)  # once per worker process: later calls find the models loaded
    return process_batch(items, cache_dir, config)


@task(name="write-outputs", cache_policy=NO_CACHE)
def write_outputs(out: Path, outcomes: list[Outcome], errors: list[RunError],
                  manifest: dict, corrections: list | None = None) -> dict:
    """Merge across documents and replace the output set as one.

    A disk that fails (full, read-only) is reported as ``write_error`` in the returned
    counts, not raised: the previous set is intact and one line says why.
    """
    try:
        return write_set(out, outcomes, errors, manifest, corrections)
    except OSError as e:
        where = display(e.filename) if e.filename else display(out)
        return {"documents": 0, "write_error": f"cannot write {where}: {e.strerror or e}"}


def batches(items: list, workers: int, size: int | None = None) -> list[list]:
    """``items`` cut into batches: about BATCHES_PER_WORKER per worker, at most MAX_BATCH."""
    size = size or max(1, min(MAX_BATCH, math.ceil(len(items) / (workers * BATCHES_PER_WORKER))))
    return [items[i:i + size] for i in range(0, len(items), size)]


@flow(name="tilmash", log_prints=False,  # prefect wants an invariant TaskRunner[PrefectFuture]:
      task_runner=ProcessPoolTaskRunner())  # type: ignore[arg-type]  # its own runner is not one
def tilmash_flow(inputs: Sequence[str], out: str, config: RunConfig | None = None,
                 progress: bool | None = None, batch_size: int | None = None,
                 corrections: list | None = None) -> dict:
    """Process every document under ``inputs`` and write the datasets to ``out``."""
    config = config or RunConfig()
    started, t0 = datetime.now(UTC), time.perf_counter()
    out_dir = Path(out)
    check_writable(out_dir, CACHE_DIR)
    with locked(out_dir):
        found = list(discover(inputs, config.ingest.suffixes))
        errors = [RunError(e.path, e.code, e.reason, "discover") for e in found
                  if isinstance(e, InputError)]
        ids = assign_ids([p for p in found if isinstance(p, Path)])
        show = progress if progress is not None else len(ids) >= PROGRESS_MIN_DOCS
        outcomes = _analyse(list(ids.items()), out_dir / CACHE_DIR, config, show, batch_size)
        manifest = {
            "tilmash_version": __version__,
            "started": started.isoformat(),
            "finished": datetime.now(UTC).isoformat(),
            "inputs": [display(i) for i in inputs],
            "output": display(out_dir),
            "versions": versions(),
            "models": describe_models(config.extract),
            "config": config.to_json(),
            "timings": {"total": round(time.perf_counter() - t0, 4)},
        }
        counts = write_outputs(out_dir, outcomes, errors, manifest, corrections)
        if "write_error" not in counts:
            prune_cache(out_dir / CACHE_DIR, {o.cache for o in outcomes if o.cache})
    return counts


def _analyse(items: list[tuple[Path, str]], cache_dir: Path, config: RunConfig, show: bool,
             batch_size: int | None) -> list[Outcome]:
    """Every document's outcome, in input order, as the batches finish in any order."""
    workers = getattr(tilmash_flow_runner(), "_max_workers", None) or cores()
    futures = [analyse_batch.submit(batch, cache_dir, config)
               for batch in batches(items, workers, batch_size)]
    order = {doc_id: i for i, (_, doc_id) in enumerate(items)}
    outcomes: list[Outcome] = []
    with tqdm(total=len(items), desc="documents", unit="doc", disable=not show) as bar:
        for future in as_completed(futures):
            done = future.result()
            outcomes += done
            bar.update(len(done))
    return sorted(outcomes, key=lambda o: order[o.doc_id])


def tilmash_flow_runner() -> TaskRunner[Any] | None:
    """The task runner of the flow run in progress."""
    from prefect.context import FlowRunContext

    context = FlowRunContext.get()
    return context.task_runner if context else None


def run_flow(inputs: Sequence[str], out: str, config: RunConfig | None = None,
             progress: bool | None = None, runner: str = "process", workers: int | None = None,
             dask_address: str | None = None, batch_size: int | None = None,
             corrections: list | None = None) -> dict:
    """``tilmash_flow`` with the chosen task runner (process pool, serial or Dask)."""
    chosen = task_runner(runner, workers, dask_address, config)
    return tilmash_flow.with_options(task_runner=chosen)(inputs, out, config, progress,
                                                         batch_size, corrections)
