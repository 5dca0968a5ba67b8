"""A temporary Prefect API server that never outlives the command that started it.

Without a configured ``PREFECT_API_URL`` Prefect starts a temporary server itself, and
after ``kill -9`` or an unhandled SIGTERM that server stays up. Here the command starts
the same server (Prefect's ASGI app under uvicorn, UI off) as its child with the Linux
parent-death signal set, so the kernel stops it when the command dies in any way; on a
normal end, SIGINT or SIGTERM it is stopped in a ``finally``.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

PR_SET_PDEATHSIG = 1
STARTUP_SECONDS = 600  # a loaded machine can take minutes to migrate a new database


def _die_with_parent(parent: int) -> None:
    """In the child, before exec: the kernel sends SIGKILL when the parent dies."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def _free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _command(port: int) -> list[str]:
    import prefect

    return [sys.executable, "-m", "uvicorn", "--app-dir", str(prefect.__module_path__.parent),
            "--factory", "prefect.server.api.server:create_app", "--host", "127.0.0.1",
            "--port", str(port), "--log-level", "error", "--lifespan", "on"]


def _wait_healthy(proc: subprocess.Popen, url: str) -> None:
    import httpx

    from pipeline.doc.errors import ConfigError

    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ConfigError(f"the temporary Prefect server exited with {proc.returncode}; "
                              "set PREFECT_API_URL to a running Prefect server")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return
        time.sleep(0.1)
    raise ConfigError(f"the temporary Prefect server did not answer in {STARTUP_SECONDS} s; "
                      "set PREFECT_API_URL to a running Prefect server")


@contextlib.contextmanager
def api_server() -> Iterator[str | None]:
    """Use the configured Prefect API, or run a temporary one for the block (its URL)."""
    from prefect.context import refresh_global_settings_context
    from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

    if get_current_settings().api.url:
        yield None
        return
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1",
           "PREFECT__SERVER_FINAL": "1"}
    parent = os.getpid()
    proc = subprocess.Popen(_command(port), env=env, stdin=subprocess.DEVNULL,
                            preexec_fn=lambda: _die_with_parent(parent))
    previous = os.environ.get("PREFECT_API_URL")
    try:
        _wait_healthy(proc, url)
        # Worker processes read the environment; Prefect's own threads the global settings.
        os.environ["PREFECT_API_URL"] = url
        refresh_global_settings_context()
        with temporary_settings({PREFECT_API_URL: url}):
            yield url
            _drain()
    finally:
        _restore("PREFECT_API_URL", previous)
        refresh_global_settings_context()
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _drain(timeout: float = 10.0) -> None:
    """Send Prefect's queued logs and events while the server still answers."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for service in (APILogWorker, EventsWorker):
        with contextlib.suppress(Exception):
            service.drain_all(timeout=timeout)


def _restore(name: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value


@contextlib.contextmanager
def sigterm_as_exit() -> Iterator[None]:
    """Turn SIGTERM into SystemExit for the block, so ``finally`` clauses run."""
    def handler(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
