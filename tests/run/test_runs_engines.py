"""The engines: Dask on a local two-worker cluster writes what the process pool writes; the
temporary Prefect server never outlives the command that started it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.run.document import RunConfig
from pipeline.run.flow import batches, run_flow
from tests.conftest import REPO

CONFIG = replace(RunConfig(), extract=replace(RunConfig().extract, entities=False))
COMPARED = ("documents.json", "organisations.json", "programs.json", "figures.json",
            "errors.json", "by_language/en.jsonl", "by_language/kk.jsonl",
            "by_language/ru.jsonl")


def test_batches_cover_every_item_in_order() -> None:
    items = list(range(23))
    for workers in (1, 2, 8):
        cut = batches(items, workers)
        assert [x for b in cut for x in b] == items and all(0 < len(b) <= 8 for b in cut)
    assert batches(items, 2, size=5)[0] == [0, 1, 2, 3, 4]


@pytest.mark.slow
def test_dask_on_two_local_workers_writes_what_the_process_pool_writes(
        tmp_path: Path, prefect_server) -> None:
    pytest.importorskip("prefect_dask")
    inputs = [str(p) for p in sorted((REPO / "corpora").glob("*.*"))[:3]]
    outs = {}
    for runner in ("process", "dask"):
        outs[runner] = tmp_path / runner
        counts = run_flow(inputs, str(outs[runner]), CONFIG, progress=False, runner=runner,
                          workers=2, batch_size=1)
        assert counts["documents"] == 3
    for name in COMPARED:
        assert (outs["dask"] / name).read_bytes() == (outs["process"] / name).read_bytes(), name


def _children(pid: int) -> list[int]:
    import psutil

    return [c.pid for c in psutil.Process(pid).children(recursive=True)]


SERVE = ("import os, time\nfrom pipeline.run.prefect_server import api_server, sigterm_as_exit\n"
         "with sigterm_as_exit(), api_server() as url:\n print(url, flush=True)\n time.sleep(300)")


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_the_temporary_prefect_server_dies_with_the_command(tmp_path: Path, sig: int) -> None:
    pytest.importorskip("psutil")
    import psutil

    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env |= {"PYTHONPATH": str(REPO), "PREFECT_HOME": str(tmp_path)}
    command = subprocess.Popen([sys.executable, "-c", SERVE], stdout=subprocess.PIPE,
                               text=True, env=env)
    try:
        url = command.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        servers = _children(command.pid)
        assert servers
        command.send_signal(sig)
        command.wait(timeout=60)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and any(psutil.pid_exists(p) and
                                                  psutil.Process(p).status() != "zombie"
                                                  for p in servers):
            time.sleep(0.2)
        alive = [p for p in servers if psutil.pid_exists(p)
                 and psutil.Process(p).status() != "zombie"]
        assert not alive, f"server processes {alive} outlived the command (signal {sig})"
    finally:
        command.kill()
        command.wait()
